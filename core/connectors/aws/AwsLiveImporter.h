#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/aws/AccessAdvisorImporter.h"
#include "core/connectors/aws/AwsIamImporter.h"
#include "core/connectors/aws/AwsProfiles.h"
#include "core/connectors/aws/CloudTrailImporter.h"
#include "core/connectors/live/LiveHttp.h"
#include "core/domain/SourceConfig.h"

namespace recertify {

/** Which account to read and as whom: an AWS CLI profile (or the environment) and a region; never a key. */
struct AwsConnection
{
    QString profile; ///< empty: the environment, else $AWS_PROFILE, else "default"
    QString region; ///< empty: the profile's or the environment's
    QUrl endpoint; ///< empty: AWS's IAM and STS endpoints; set: both go there (tests, VPC endpoints)
    int maxItems = 1000;
    bool lastAccessed = false; ///< also run IAM's service-last-accessed job for every role and user
    int activityDays = 0; ///< > 0: read CloudTrail LookupEvents, this many days back on the first run
    QDateTime activitySince; ///< where the last run's LookupEvents stopped
    int lookupIntervalMs = 500; ///< LookupEvents allows two requests a second per account and region
    int jobPollMs = 1000;
    LiveHttp::Policy policy;

    SourceConfig toSource(const QString& name) const;
    static AwsConnection fromSource(const SourceConfig& source);
};

/**
 * An AWS account over the IAM query API: credentials found as the AWS CLI finds them (a profile's
 * role assumed through STS AssumeRole first), every request signed with Signature Version 4, all of
 * GetAccountAuthorizationDetails read with Marker paging, throttling (Throttling, RequestLimitExceeded,
 * 429/503) retried with jittered backoff, and the pages mapped by the file importer.
 */
class AwsLiveImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(AwsLiveImporter)

public:
    explicit AwsLiveImporter(AwsConnection connection);
    ~AwsLiveImporter() override;

    QString format() const override { return QStringLiteral("aws-live"); }
    QString source() const override { return QStringLiteral("aws"); }
    bool isInventory() const override { return true; }
    bool readsFiles() const override { return false; }
    [[nodiscard]] Status read(const QString& input, RecordSink& sink) override;
    QJsonObject syncState() const override;

    int requestCount() const { return m_http.requestCount(); }
    int pageCount() const { return m_pages; }
    /** Throttled answers waited out in the last read. */
    int throttledCount() const { return m_throttled; }

private:
    /** One query API call (form POST), signed, retried while throttled; the <ACTIONResult> as JSON. */
    [[nodiscard]] Result<QJsonObject> call(const QString& service, const QString& action,
                                           const QList<std::pair<QString, QString>>& parameters,
                                           const AwsCredentials& credentials, RecordSink& sink);
    /** One call of a JSON-protocol API (CloudTrail), signed, retried while throttled. */
    [[nodiscard]] Result<QJsonObject> callJson(const QString& service, const QString& target,
                                               const QJsonObject& request, const AwsCredentials& credentials,
                                               RecordSink& sink);
    [[nodiscard]] Status readLastAccessed(const QStringList& arns, const AwsCredentials& credentials, RecordSink& sink);
    [[nodiscard]] Status readLookupEvents(const AwsCredentials& credentials, RecordSink& sink);
    QUrl endpointFor(const QString& service) const;

    AwsConnection m_connection;
    QString m_region;
    LiveHttp m_http;
    AwsIamImporter m_iam;
    int m_pages = 0;
    int m_throttled = 0;
    QDateTime m_newestEvent;
};

} // namespace recertify
