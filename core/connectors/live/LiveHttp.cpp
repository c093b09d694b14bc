#include "core/connectors/live/LiveHttp.h"

#include "core/util/Logging.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <algorithm>

namespace recertify {

LiveHttp::LiveHttp()
    : LiveHttp(Policy())
{
}

LiveHttp::LiveHttp(Policy policy)
    : m_policy(policy)
{
}

LiveHttp::~LiveHttp() = default;

void LiveHttp::close()
{
    m_network.reset();
}

HttpReply LiveHttp::send(const QByteArray& method, const QUrl& url, const HttpHeaders& headers, const QByteArray& body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    ++m_requests;
    QNetworkRequest request(url);
    request.setTransferTimeout(m_policy.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    // Runs in a sync worker: a local loop waits for this one reply (bounded by the transfer timeout).
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    if (out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

int LiveHttp::retryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool number = false;
    const int seconds = trimmed.toInt(&number);
    if (number)
        return std::max(0, seconds);
    // RFC 9110 HTTP-date: "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime at
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    return static_cast<int>(std::max<qint64>(0, now.secsTo(utc)));
}

Status LiveHttp::wait(int seconds, RecordSink& sink)
{
    const int capped = std::clamp(seconds, 0, m_policy.maxRetryAfterSeconds);
    for (int waited = 0; waited < capped * 10; ++waited) {
        if (!sink.progress(0, 0))
            return makeError(tr("Cancelled"));
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return {};
}

Result<HttpReply> LiveHttp::request(const QByteArray& method, const QUrl& url, const HttpHeaders& headers,
                                    RecordSink& sink, const QByteArray& body)
{
    for (int attempt = 0;; ++attempt) {
        if (!sink.progress(0, 0))
            return makeError(tr("Cancelled"));
        HttpReply reply = send(method, url, headers, body);
        int asked = retryAfterSeconds(reply.header("retry-after"), QDateTime::currentDateTimeUtc());
        // GitHub's primary limit: nothing left until the reset time it names (epoch seconds).
        if (asked < 0 && (reply.status == 403 || reply.status == 429) && reply.header("x-ratelimit-remaining") == "0"
            && !reply.header("x-ratelimit-reset").isEmpty())
            asked = int(std::max<qint64>(
                1, reply.header("x-ratelimit-reset").toLongLong() - QDateTime::currentSecsSinceEpoch()));
        const bool slowDown = reply.status == 429 || reply.status == 503 || (reply.status == 403 && asked >= 0);
        if (!slowDown || attempt >= m_policy.maxRetries)
            return reply;
        // Without Retry-After: 1, 2, 4… seconds, each with up to half again of jitter so clients spread out.
        int seconds = asked;
        if (seconds < 0) {
            const int base = 1 << std::min(attempt, 6);
            seconds = base + static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
        }
        qCInfo(lcSync) << "throttled by" << url.host() << "status" << reply.status << "; retrying after" << seconds
                       << "s";
        if (auto status = wait(seconds, sink); !status)
            return status.error();
    }
}

} // namespace recertify
