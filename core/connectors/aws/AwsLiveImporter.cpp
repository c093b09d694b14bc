#include "AwsLiveImporter.h"

#include "AwsQueryXml.h"
#include "util/Logging.h"
#include "util/SafeText.h"
#include "util/Timestamp.h"

#include <QRandomGenerator>

namespace recertify {

namespace {

bool isThrottling(const QString& code)
{
    static const QStringList codes { QStringLiteral("Throttling"), QStringLiteral("ThrottlingException"),
        QStringLiteral("RequestLimitExceeded"), QStringLiteral("TooManyRequestsException"), QStringLiteral("SlowDown"),
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
    source.config = QJsonObject { { QStringLiteral("profile"), profile }, { QStringLiteral("region"), region } };
    return source;
}

AwsConnection AwsConnection::fromSource(const SourceConfig& source)
{
    AwsConnection connection;
    connection.profile = source.config.value(QStringLiteral("profile")).toString();
    connection.region = source.config.value(QStringLiteral("region")).toString();
    if (!source.baseUrl.isEmpty())
        connection.endpoint = QUrl(source.baseUrl);
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
    return QUrl(QStringLiteral("https://sts.%1.amazonaws.com/").arg(m_region));
}

Result<QJsonObject> AwsLiveImporter::call(const QString& service, const QString& action,
                                          const QList<std::pair<QString, QString>>& parameters,
                                          const AwsCredentials& credentials, RecordSink& sink)
{
    const QUrl url = endpointFor(service);
    // The form body by hand: every value percent-encoded (RFC 3986), so a Marker's '+' or '=' arrives intact.
    QByteArrayList form { "Action=" + QUrl::toPercentEncoding(action),
        "Version=" + QUrl::toPercentEncoding(service == QLatin1String("iam") ? QStringLiteral("2010-05-08") : QStringLiteral("2011-06-15")) };
    for (const auto& [key, value] : parameters)
        form << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    const QByteArray body = form.join('&');
    // IAM is global and signed for us-east-1; STS for the region it is reached in.
    const QString signingRegion = service == QLatin1String("iam") ? QStringLiteral("us-east-1") : m_region;
    for (int attempt = 0;; ++attempt) {
        HttpHeaders headers { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8") } };
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
        if ((isThrottling(error.code) || reply->status == 429 || reply->status == 503) && attempt < m_connection.policy.maxRetries) {
            // Exponential backoff with full jitter, as AWS advises, so many clients do not retry in step.
            const int ceiling = 1 << std::min(attempt + 1, 6);
            const int seconds = 1 + int(QRandomGenerator::global()->bounded(ceiling));
            ++m_throttled;
            qCInfo(lcSync) << action << "throttled (" << error.code << "); retrying in" << seconds << "s";
            if (auto waited = m_http.wait(seconds, sink); !waited)
                return waited.error();
            continue;
        }
        const QString detail = error.code.isEmpty() ? tr("HTTP %1").arg(reply->status)
                                                    : tr("HTTP %1 %2: %3").arg(reply->status).arg(SafeText::quote(error.code), SafeText::quote(error.message));
        return makeError(tr("%1: %2 with the credentials from %3 was refused: %4").arg(url.toString(), action, credentials.origin, detail));
    }
}

Status AwsLiveImporter::read(const QString& input, RecordSink& sink)
{
    Q_UNUSED(input)
    m_http.resetCount();
    m_pages = 0;
    m_throttled = 0;
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
            { QStringLiteral("RoleSessionName"), role.sessionName }, { QStringLiteral("DurationSeconds"), QString::number(role.durationSeconds) } };
        if (!role.externalId.isEmpty())
            parameters.append({ QStringLiteral("ExternalId"), role.externalId });
        auto assumed = call(QStringLiteral("sts"), QStringLiteral("AssumeRole"), parameters, credentials, sink);
        if (!assumed)
            return done(assumed.error());
        const QJsonObject issued = assumed->value(QStringLiteral("Credentials")).toObject();
        AwsCredentials temporary { issued.value(QStringLiteral("AccessKeyId")).toString(), issued.value(QStringLiteral("SecretAccessKey")).toString(),
            issued.value(QStringLiteral("SessionToken")).toString(), Timestamp::fromJson(issued.value(QStringLiteral("Expiration"))).value_or(QDateTime()),
            tr("role %1 (assumed with %2)").arg(role.roleArn, credentials.origin) };
        if (temporary.accessKeyId.isEmpty() || temporary.secretAccessKey.isEmpty())
            return done(makeError(tr("%1: AssumeRole of %2 returned no credentials").arg(endpointFor(QStringLiteral("sts")).toString(), role.roleArn)));
        credentials.secretAccessKey.fill(u'\0');
        credentials = temporary;
    }

    // Every page first: the listing is complete only once IsTruncated is false.
    QList<QJsonObject> pages;
    QString marker;
    do {
        QList<std::pair<QString, QString>> parameters { { QStringLiteral("MaxItems"), QString::number(m_connection.maxItems) } };
        if (!marker.isEmpty())
            parameters.append({ QStringLiteral("Marker"), marker });
        auto page = call(QStringLiteral("iam"), QStringLiteral("GetAccountAuthorizationDetails"), parameters, credentials, sink);
        if (!page)
            return done(page.error());
        const bool truncated = page->value(QStringLiteral("IsTruncated")).toBool();
        marker = truncated ? page->value(QStringLiteral("Marker")).toString() : QString();
        if (truncated && marker.isEmpty())
            return done(makeError(tr("%1: a page says more follow (IsTruncated) but gives no Marker").arg(endpointFor(QStringLiteral("iam")).toString())));
        // The run holds every page, so each one is read as part of a whole listing.
        page->remove(QStringLiteral("IsTruncated"));
        page->remove(QStringLiteral("Marker"));
        pages.append(*page);
    } while (!marker.isEmpty());
    m_pages = int(pages.size());

    m_iam.start();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString origin = tr("%1 GetAccountAuthorizationDetails page %2").arg(endpointFor(QStringLiteral("iam")).toString()).arg(i + 1);
        if (auto status = m_iam.readPage(pages.at(i), origin, sink); !status)
            return done(status);
    }
    return done(m_iam.finish(sink));
}

} // namespace recertify
