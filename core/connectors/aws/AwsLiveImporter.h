#pragma once

#include "AwsIamImporter.h"
#include "AwsProfiles.h"
#include "connectors/Importer.h"
#include "connectors/live/LiveHttp.h"
#include "storage/SourceRepository.h"

namespace recertify {

/** Which account to read and as whom: an AWS CLI profile (or the environment) and a region; never a key. */
struct AwsConnection
{
    QString profile;  ///< empty: the environment, else $AWS_PROFILE, else "default"
    QString region;   ///< empty: the profile's or the environment's
    QUrl endpoint;    ///< empty: AWS's IAM and STS endpoints; set: both go there (tests, VPC endpoints)
    int maxItems = 1000;
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

    int requestCount() const { return m_http.requestCount(); }
    int pageCount() const { return m_pages; }
    /** Throttled answers waited out in the last read. */
    int throttledCount() const { return m_throttled; }

private:
    /** One query API call (form POST), signed, retried while throttled; the <ACTIONResult> as JSON. */
    [[nodiscard]] Result<QJsonObject> call(const QString& service, const QString& action,
                                           const QList<std::pair<QString, QString>>& parameters, const AwsCredentials& credentials,
                                           RecordSink& sink);
    QUrl endpointFor(const QString& service) const;

    AwsConnection m_connection;
    QString m_region;
    LiveHttp m_http;
    AwsIamImporter m_iam;
    int m_pages = 0;
    int m_throttled = 0;
};

} // namespace recertify
