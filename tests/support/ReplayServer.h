#pragma once

#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>
#include <functional>
#include <memory>

namespace recertify::test {

/**
 * A real HTTP/1.1 server on 127.0.0.1 for connector tests: each request goes to a handler that
 * answers with the payload a real API would send (pages, throttling, expired tokens). Every
 * request is logged so tests can check what the client sent.
 */
class ReplayServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query, as sent
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
        QString peerCommonName; ///< the client certificate's CN over TLS, empty without one
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Response(const Request&)>;

    explicit ReplayServer(Handler handler, QObject* parent = nullptr);

    bool listen();
    /** HTTPS with this certificate and key; a client certificate is asked for (not required) and checked against its
     * CAs. */
    bool listenTls(const QSslConfiguration& configuration);
    QString baseUrl() const; ///< http://127.0.0.1:PORT, or https:// over TLS
    /** TLS handshakes that failed (an untrusted client or server certificate). */
    int failedHandshakes() const { return m_failedHandshakes; }
    const QList<Request>& requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket);

    void accept();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_failedHandshakes = 0;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace recertify::test
