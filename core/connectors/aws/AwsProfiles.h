#pragma once

#include "core/connectors/aws/SigV4.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace recertify {

/** A role to assume with STS before reading, as a profile's role_arn + source_profile asks. */
struct AwsAssumeRole
{
    QString roleArn;
    QString sessionName;
    QString externalId;
    int durationSeconds = 3600;
};

/** What the AWS CLI would use for a profile: credentials (or the ones a role is assumed with) and a region. */
struct AwsResolved
{
    AwsCredentials credentials;
    std::optional<AwsAssumeRole> assume;
    QString region;
    QString profile;
};

/**
 * Finds credentials the way the AWS CLI does: an explicit profile, else the environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), else $AWS_PROFILE or "default" from
 * the shared credentials and config files ($AWS_SHARED_CREDENTIALS_FILE, $AWS_CONFIG_FILE,
 * ~/.aws/credentials, ~/.aws/config), following role_arn with source_profile or
 * credential_source = Environment. Region: --region, $AWS_REGION, $AWS_DEFAULT_REGION, the profile's.
 */
class AwsProfiles
{
    Q_DECLARE_TR_FUNCTIONS(AwsProfiles)

public:
    [[nodiscard]] static Result<AwsResolved> resolve(const QString& profile, const QString& region);

    /** The profiles the shared files define, sorted (for a picker). */
    static QStringList profileNames();

    using Section = QHash<QString, QString>;
    /** An INI file as the AWS CLI reads it: sections, `key = value`, comments, nested (indented) values skipped. */
    static QHash<QString, Section> readIni(const QString& path);
};

} // namespace recertify
