#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>

#include <functional>

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
    QString baseUrl() const; ///< http://127.0.0.1:PORT
    const QList<Request>& requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace recertify::test
