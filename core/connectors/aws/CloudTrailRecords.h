#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <string_view>

namespace recertify {

/** The fields of one CloudTrail record that Recertify keeps, read without building a document. */
struct CloudTrailFields
{
    std::string_view eventVersion, eventTime, eventSource, eventName, eventID, eventType, eventCategory,
        recipientAccountId, awsRegion, errorCode, sourceIp;
    bool hasUserIdentity = false;
    std::string_view userType, principalId, arn, userName, accessKeyId;
    std::string_view issuerPrincipalId, issuerArn, issuerUserName;
    std::string_view invokedBy; ///< the AWS service that made the call (userIdentity.invokedBy)
    std::string_view userAccountId; ///< userIdentity.accountId: the caller's account (another's, for type AWSAccount)
    std::string_view roleArn; ///< requestParameters.roleArn of an AssumeRole
    std::string_view resourceArn; ///< the first of resources[]
    std::string_view consoleLogin; ///< responseElements.ConsoleLogin: "Success" or "Failure" (sign-in events only)
    std::string_view sessionCredentialFromConsole; ///< "true" when the call used a console (or CloudShell) session
    std::string_view userAgent; ///< "signin.amazonaws.com", "console.amazonaws.com": a console call in older records
    /// "@timestamp": the eventTime a log shipper (Logstash's cloudtrail codec, Elastic) moved there and removed.
    std::string_view shippedTime;
    /// DynamoDB PartiQL: which statements the call ran (requestParameters keeps each statement's first word).
    unsigned partiql = 0;
    /// Secrets Manager BatchGetSecretValue with filters, which then needs secretsmanager:ListSecrets too.
    bool filtered = false;
    /// EFS NewClientConnection: which client permissions serviceEventDetails.permissions says were granted.
    unsigned efsPermissions = 0;

    /**
     * The caller's ARN is a role session's (arn:aws:sts::…:assumed-role/ROLE/SESSION), issued by a role, whatever a
     * copy says its type is (the Organizations guide's samples say IAMUser): the call is the role's, not a user's
     * named after the session.
     */
    void settleUserType()
    {
        if (userType == "IAMUser" && arn.find(":assumed-role/") != std::string_view::npos
            && issuerArn.find(":role/") != std::string_view::npos)
            userType = "AssumedRole";
    }

    enum EfsPermission : unsigned
    {
        ClientMount = 1,
        ClientWrite = 2,
        ClientRootAccess = 4
    };
    /** The bit of an EFS client permission's name ("ClientWrite" → ClientWrite); 0 for another. */
    static unsigned efsPermission(std::string_view name)
    {
        return name == "ClientMount"     ? ClientMount
            : name == "ClientWrite"      ? ClientWrite
            : name == "ClientRootAccess" ? ClientRootAccess
                                         : 0u;
    }

    enum PartiQL : unsigned
    {
        Select = 1,
        Insert = 2,
        Update = 4,
        Delete = 8
    };
    /** The PartiQL verb a statement starts with ("SELECT * FROM …" → Select); 0 for another. */
    static unsigned partiqlVerb(std::string_view statement);
    /** Whether requestParameters may hold PartiQL statements worth reading. */
    static bool runsPartiql(std::string_view eventName)
    {
        return eventName == "ExecuteStatement" || eventName == "BatchExecuteStatement"
            || eventName == "ExecuteTransaction";
    }
};

/**
 * Reads the records of a CloudTrail log file body ({"Records": […]}) with simdjson's On-Demand
 * API: fields are read straight from the buffer, once, and only those Recertify keeps; nothing
 * else is converted. The views handed to `each` live until it returns.
 */
class CloudTrailRecords
{
public:
    using Each = std::function<Status(const CloudTrailFields& fields, qint64 offset)>;
    static constexpr size_t kMaxDepth = 256;
    static constexpr qint64 kMaxRecordBytes = 32 * 1024 * 1024;

    /** bytes must stay alive and unchanged during the call; errors name `path` and the byte. */
    [[nodiscard]] static Status read(const QByteArray& bytes, const QString& path, const Each& each);
};

} // namespace recertify
