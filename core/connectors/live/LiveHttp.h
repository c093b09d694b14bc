#pragma once

#include "core/connectors/Records.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace recertify {

/** One answer of a server; a transport failure has status 0 and the reason in networkError. */
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QString networkError;

    QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/**
 * The transport every live connector shares: one request at a time from the sync worker, a transfer
 * timeout, no redirects followed (a token never travels to a host it was not meant for), 429 and 503
 * retried after Retry-After (seconds or an HTTP date, capped) or a jittered exponential backoff, and
 * Cancel honoured while waiting through the sink's progress callback.
 */
class LiveHttp
{
    Q_DECLARE_TR_FUNCTIONS(LiveHttp)

public:
    struct Policy
    {
        int maxRetries = 5;
        int maxRetryAfterSeconds = 120;
        int requestTimeoutMs = 30000;
    };

    LiveHttp();
    explicit LiveHttp(Policy policy);
    ~LiveHttp();

    void setPolicy(Policy policy) { m_policy = policy; }
    const Policy& policy() const { return m_policy; }
    /** Trust anchors and client certificate for TLS; the default is the system's trust store. */
    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }

    /** One request, no retry. Creates the network access in the calling (worker) thread on first use. */
    HttpReply send(const QByteArray& method, const QUrl& url, const HttpHeaders& headers, const QByteArray& body = {});
    /**
     * The request, retried while the server says to slow down (429, 503, and 403 with Retry-After as
     * GitHub's secondary limit sends, or with X-RateLimit-Remaining 0 until X-RateLimit-Reset). A reply that is neither
     * is returned as it is, for the caller to judge.
     */
    [[nodiscard]] Result<HttpReply> request(const QByteArray& method, const QUrl& url, const HttpHeaders& headers,
                                            RecordSink& sink, const QByteArray& body = {});
    /** Waits, telling the sink; false from the sink (Cancel) ends the wait with an error. */
    [[nodiscard]] Status wait(int seconds, RecordSink& sink);

    /** Seconds a Retry-After value asks for (delta seconds or an HTTP date); -1 when absent or unreadable. */
    static int retryAfterSeconds(const QByteArray& value, const QDateTime& now);

    int requestCount() const { return m_requests; }
    void resetCount() { m_requests = 0; }
    /** Drops the connection pool (call at the end of a read, in the thread that made the requests). */
    void close();

private:
    Policy m_policy;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_requests = 0;
};

} // namespace recertify
