#include "core/connectors/aws/AwsLiveImporter.h"

#include "core/connectors/aws/AwsQueryXml.h"
#include "core/util/Logging.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace recertify {

namespace {

bool isThrottling(const QString& code)
{
    static const QStringList codes { QStringLiteral("Throttling"),
                                     QStringLiteral("ThrottlingException"),
                                     QStringLiteral("RequestLimitExceeded"),
                                     QStringLiteral("TooManyRequestsException"),
                                     QStringLiteral("SlowDown"),
                                     QStringLiteral("RequestThrottled") };
    return codes.contains(code);
}

} // namespace

SourceConfig AwsConnection::toSource(const QString& name) const
{
    SourceConfig source;
    source.name = name;
    source.kind = QStringLiteral("aws");
    source.baseUrl = endpoint.toString();
    source.config = QJsonObject { { QStringLiteral("profile"), profile },
                                  { QStringLiteral("region"), region },
                                  { QStringLiteral("lastAccessed"), lastAccessed },
                                  { QStringLiteral("activityDays"), activityDays } };
    return source;
}

AwsConnection AwsConnection::fromSource(const SourceConfig& source)
{
    AwsConnection connection;
    connection.profile = source.config.value(QStringLiteral("profile")).toString();
    connection.region = source.config.value(QStringLiteral("region")).toString();
    if (!source.baseUrl.isEmpty())
        connection.endpoint = QUrl(source.baseUrl);
    connection.lastAccessed = source.config.value(QStringLiteral("lastAccessed")).toBool();
    connection.activityDays = source.config.value(QStringLiteral("activityDays")).toInt();
    connection.activitySince = Timestamp::fromIso(
        source.config.value(QStringLiteral("state")).toObject().value(QStringLiteral("activitySince")).toString());
    return connection;
}

AwsLiveImporter::AwsLiveImporter(AwsConnection connection)
    : m_connection(std::move(connection))
    , m_http(m_connection.policy)
{
}

AwsLiveImporter::~AwsLiveImporter() = default;

QUrl AwsLiveImporter::endpointFor(const QString& service) const
{
    if (!m_connection.endpoint.isEmpty())
        return m_connection.endpoint;
    if (service == QLatin1String("iam"))
        return QUrl(QStringLiteral("https://iam.amazonaws.com/"));
    return QUrl(QStringLiteral("https://%1.%2.amazonaws.com/").arg(service, m_region));
}

Result<QJsonObject> AwsLiveImporter::call(const QString& service, const QString& action,
                                          const QList<std::pair<QString, QString>>& parameters,
                                          const AwsCredentials& credentials, RecordSink& sink)
{
    const QUrl url = endpointFor(service);
    // The form body by hand: every value percent-encoded (RFC 3986), so a Marker's '+' or '=' arrives intact.
    QByteArrayList form { "Action=" + QUrl::toPercentEncoding(action),
                          "Version="
                              + QUrl::toPercentEncoding(service == QLatin1String("iam")
                                                            ? QStringLiteral("2010-05-08")
                                                            : QStringLiteral("2011-06-15")) };
    for (const auto& [key, value] : parameters)
        form << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    const QByteArray body = form.join('&');
    // IAM is global and signed for us-east-1; STS for the region it is reached in.
    const QString signingRegion = service == QLatin1String("iam") ? QStringLiteral("us-east-1") : m_region;
    for (int attempt = 0;; ++attempt) {
        HttpHeaders headers { { QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8") } };
        // Signed again on every attempt: the signature carries the time.
        SigV4::sign("POST", url, headers, body, credentials, signingRegion, service, QDateTime::currentDateTimeUtc());
        auto reply = m_http.request("POST", url, headers, sink, body);
        if (!reply)
            return reply.error();
        if (reply->status == 200)
            return AwsQueryXml::result(reply->body, action, url.toString());
        if (reply->status == 0)
            return makeError(tr("%1: cannot reach AWS: %2").arg(url.toString(), reply->networkError));
        const AwsError error = AwsQueryXml::error(reply->body);
        if ((isThrottling(error.code) || reply->status == 429 || reply->status == 503)
            && attempt < m_connection.policy.maxRetries) {
            // Exponential backoff with full jitter, as AWS advises, so many clients do not retry in step.
            const int ceiling = 1 << std::min(attempt + 1, 6);
            const int seconds = 1 + int(QRandomGenerator::global()->bounded(ceiling));
            ++m_throttled;
            qCInfo(lcSync) << action << "throttled (" << error.code << "); retrying in" << seconds << "s";
            if (auto waited = m_http.wait(seconds, sink); !waited)
                return waited.error();
            continue;
        }
        const QString detail = error.code.isEmpty()
            ? tr("HTTP %1").arg(reply->status)
            : tr("HTTP %1 %2: %3").arg(reply->status).arg(SafeText::quote(error.code), SafeText::quote(error.message));
        return makeError(tr("%1: %2 with the credentials from %3 was refused: %4")
                             .arg(url.toString(), action, credentials.origin, detail));
    }
}

QJsonObject AwsLiveImporter::syncState() const
{
    const QDateTime since = m_newestEvent.isValid() ? m_newestEvent : m_connection.activitySince;
    return since.isValid() ? QJsonObject { { QStringLiteral("activitySince"), Timestamp::toIso(since) } }
                           : QJsonObject();
}

Result<QJsonObject> AwsLiveImporter::callJson(const QString& service, const QString& target, const QJsonObject& request,
                                              const AwsCredentials& credentials, RecordSink& sink)
{
    const QUrl url = endpointFor(service);
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    for (int attempt = 0;; ++attempt) {
        HttpHeaders headers { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.1") },
                              { QByteArrayLiteral("X-Amz-Target"), target.toLatin1() } };
        SigV4::sign("POST", url, headers, body, credentials, m_region, service, QDateTime::currentDateTimeUtc());
        auto reply = m_http.request("POST", url, headers, sink, body);
        if (!reply)
            return reply.error();
        if (reply->status == 0)
            return makeError(tr("%1: cannot reach AWS: %2").arg(url.toString(), reply->networkError));
        const QJsonObject answer = QJsonDocument::fromJson(reply->body).object();
        if (reply->status == 200)
            return answer;
        // {"__type": "com.amazonaws…#ThrottlingException", "message": "Rate exceeded"}
        const QString code = answer.value(QStringLiteral("__type")).toString().section(u'#', -1);
        if ((isThrottling(code) || reply->status == 429 || reply->status == 503)
            && attempt < m_connection.policy.maxRetries) {
            const int seconds = 1 + int(QRandomGenerator::global()->bounded(1 << std::min(attempt + 1, 6)));
            ++m_throttled;
            if (auto waited = m_http.wait(seconds, sink); !waited)
                return waited.error();
            continue;
        }
        const QString message
            = answer.value(QStringLiteral("message")).toString(answer.value(QStringLiteral("Message")).toString());
        return makeError(tr("%1: %2 with the credentials from %3 was refused: HTTP %4 %5: %6")
                             .arg(url.toString(), target.section(u'.', -1), credentials.origin)
                             .arg(reply->status)
                             .arg(SafeText::quote(code), SafeText::quote(message)));
    }
}

Status AwsLiveImporter::readLastAccessed(const QStringList& arns, const AwsCredentials& credentials, RecordSink& sink)
{
    AccessAdvisorImporter advisor;
    for (const QString& arn : arns) {
        auto job = call(QStringLiteral("iam"), QStringLiteral("GenerateServiceLastAccessedDetails"),
                        { { QStringLiteral("Arn"), arn } }, credentials, sink);
        if (!job)
            return job.error();
        const QString jobId = job->value(QStringLiteral("JobId")).toString();
        // The job runs on AWS's side: asked again until it is done, a second apart.
        for (int poll = 0;; ++poll) {
            auto details = call(QStringLiteral("iam"), QStringLiteral("GetServiceLastAccessedDetails"),
                                { { QStringLiteral("JobId"), jobId } }, credentials, sink);
            if (!details)
                return details.error();
            const QString status = details->value(QStringLiteral("JobStatus")).toString();
            if (status == QLatin1String("COMPLETED")) {
                if (auto read
                    = advisor.readJob(tr("GetServiceLastAccessedDetails for %1").arg(arn), *details, sink, arn);
                    !read)
                    return read;
                break;
            }
            if (status != QLatin1String("IN_PROGRESS") || poll > 120) {
                sink.warning(tr("last-accessed job for %1 ended as %2: %3")
                                 .arg(arn, status,
                                      details->value(QStringLiteral("Error"))
                                          .toObject()
                                          .value(QStringLiteral("Message"))
                                          .toString()));
                break;
            }
            QEventLoop pause;
            QTimer::singleShot(m_connection.jobPollMs, &pause, &QEventLoop::quit);
            pause.exec();
            if (!sink.progress(0, 0))
                return makeError(tr("Cancelled"));
        }
    }
    return {};
}

Status AwsLiveImporter::readLookupEvents(const AwsCredentials& credentials, RecordSink& sink)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // LookupEvents keeps 90 days; a later run starts where the last one stopped.
    QDateTime start = m_connection.activitySince.isValid() ? m_connection.activitySince
                                                           : now.addDays(-std::min(m_connection.activityDays, 90));
    CloudTrailImporter trail;
    trail.start();
    QString token;
    int page = 0;
    do {
        QJsonObject request { { QStringLiteral("StartTime"), double(start.toSecsSinceEpoch()) },
                              { QStringLiteral("EndTime"), double(now.toSecsSinceEpoch()) },
                              { QStringLiteral("MaxResults"), 50 } };
        if (!token.isEmpty())
            request.insert(QStringLiteral("NextToken"), token);
        if (page > 0) {
            QEventLoop pause;
            QTimer::singleShot(m_connection.lookupIntervalMs, &pause, &QEventLoop::quit);
            pause.exec();
        }
        auto answer = callJson(QStringLiteral("cloudtrail"),
                               QStringLiteral("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents"),
                               request, credentials, sink);
        if (!answer)
            return answer.error();
        ++page;
        const QJsonArray events = answer->value(QStringLiteral("Events")).toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject event = events.at(i).toObject();
            const auto at = Timestamp::fromJson(event.value(QStringLiteral("EventTime")));
            // The event at the cursor itself was read by the last run.
            if (m_connection.activitySince.isValid() && at && *at <= m_connection.activitySince)
                continue;
            if (at && (!m_newestEvent.isValid() || *at > m_newestEvent))
                m_newestEvent = *at;
            if (auto status = trail.readEvent(event, tr("LookupEvents page %1").arg(page),
                                              QStringLiteral("Events[%1]").arg(i), sink);
                !status)
                return status;
        }
        token = answer->value(QStringLiteral("NextToken")).toString();
    } while (!token.isEmpty());
    return trail.finish(sink);
}

Status AwsLiveImporter::read(const QString& input, RecordSink& sink)
{
    Q_UNUSED(input)
    m_http.resetCount();
    m_pages = 0;
    m_throttled = 0;
    m_newestEvent = QDateTime();
    auto resolved = AwsProfiles::resolve(m_connection.profile, m_connection.region);
    if (!resolved)
        return resolved.error();
    m_region = resolved->region;
    AwsCredentials credentials = resolved->credentials;
    auto done = [this, &credentials](Status status) {
        m_http.close();
        credentials.secretAccessKey.fill(u'\0');
        credentials.sessionToken.fill(u'\0');
        return status;
    };
    if (resolved->assume) {
        const AwsAssumeRole& role = *resolved->assume;
        QList<std::pair<QString, QString>> parameters { { QStringLiteral("RoleArn"), role.roleArn },
                                                        { QStringLiteral("RoleSessionName"), role.sessionName },
                                                        { QStringLiteral("DurationSeconds"),
                                                          QString::number(role.durationSeconds) } };
        if (!role.externalId.isEmpty())
            parameters.append({ QStringLiteral("ExternalId"), role.externalId });
        auto assumed = call(QStringLiteral("sts"), QStringLiteral("AssumeRole"), parameters, credentials, sink);
        if (!assumed)
            return done(assumed.error());
        const QJsonObject issued = assumed->value(QStringLiteral("Credentials")).toObject();
        AwsCredentials temporary {
            issued.value(QStringLiteral("AccessKeyId")).toString(),
            issued.value(QStringLiteral("SecretAccessKey")).toString(),
            issued.value(QStringLiteral("SessionToken")).toString(),
            Timestamp::fromJson(issued.value(QStringLiteral("Expiration"))).value_or(QDateTime()),
            tr("role %1 (assumed with %2)").arg(role.roleArn, credentials.origin)
        };
        if (temporary.accessKeyId.isEmpty() || temporary.secretAccessKey.isEmpty())
            return done(makeError(tr("%1: AssumeRole of %2 returned no credentials")
                                      .arg(endpointFor(QStringLiteral("sts")).toString(), role.roleArn)));
        credentials.secretAccessKey.fill(u'\0');
        credentials = temporary;
    }

    // Every page first: the listing is complete only once IsTruncated is false.
    QList<QJsonObject> pages;
    QString marker;
    do {
        QList<std::pair<QString, QString>> parameters { { QStringLiteral("MaxItems"),
                                                          QString::number(m_connection.maxItems) } };
        if (!marker.isEmpty())
            parameters.append({ QStringLiteral("Marker"), marker });
        auto page = call(QStringLiteral("iam"), QStringLiteral("GetAccountAuthorizationDetails"), parameters,
                         credentials, sink);
        if (!page)
            return done(page.error());
        const bool truncated = page->value(QStringLiteral("IsTruncated")).toBool();
        marker = truncated ? page->value(QStringLiteral("Marker")).toString() : QString();
        if (truncated && marker.isEmpty())
            return done(makeError(tr("%1: a page says more follow (IsTruncated) but gives no Marker")
                                      .arg(endpointFor(QStringLiteral("iam")).toString())));
        // The run holds every page, so each one is read as part of a whole listing.
        page->remove(QStringLiteral("IsTruncated"));
        page->remove(QStringLiteral("Marker"));
        pages.append(*page);
    } while (!marker.isEmpty());
    m_pages = int(pages.size());

    m_iam.start();
    QStringList arns;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString origin = tr("%1 GetAccountAuthorizationDetails page %2")
                                   .arg(endpointFor(QStringLiteral("iam")).toString())
                                   .arg(i + 1);
        if (auto status = m_iam.readPage(pages.at(i), origin, sink); !status)
            return done(status);
        for (const char* list : { "RoleDetailList", "UserDetailList" })
            for (const QJsonValue& item : pages.at(i).value(QLatin1String(list)).toArray())
                arns << item.toObject().value(QStringLiteral("Arn")).toString();
    }
    if (auto status = m_iam.finish(sink); !status)
        return done(status);
    arns.removeAll(QString());
    if (m_connection.lastAccessed) {
        if (auto status = readLastAccessed(arns, credentials, sink); !status)
            return done(status);
    }
    if (m_connection.activityDays > 0 || m_connection.activitySince.isValid()) {
        if (auto status = readLookupEvents(credentials, sink); !status)
            return done(status);
    }
    return done({});
}

} // namespace recertify
