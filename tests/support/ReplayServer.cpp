#include "tests/support/ReplayServer.h"

#include <QSslCertificate>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace recertify::test {

ReplayServer::ReplayServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
}

void ReplayServer::accept()
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // A request may have arrived with the handshake's last bytes.
            if (socket->bytesAvailable() > 0)
                serve(socket);
        }
    });
}

bool ReplayServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    accept();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ReplayServer::listenTls(const QSslConfiguration& configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    connect(server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket*, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    connect(server.get(), &QSslServer::peerVerifyError, this,
            [this](QSslSocket*, const QSslError&) { ++m_failedHandshakes; });
    m_server = std::move(server);
    m_tls = true;
    accept();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString ReplayServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_server->serverPort());
}

void ReplayServer::serve(QTcpSocket* socket)
{
    // Accumulate until the headers and the announced body are in; keep-alive requests follow in turn.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            break;
        request.body = buffer.mid(headerEnd + 4, length);
        if (auto* tls = qobject_cast<QSslSocket*>(socket); tls && !tls->peerCertificate().isNull())
            request.peerCommonName = tls->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);

        const Response response = m_handler(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        bool typed = false;
        for (const auto& [name, value] : response.headers) {
            out += name + ": " + value + "\r\n";
            typed = typed || name.toLower() == "content-type";
        }
        if (!typed)
            out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
        socket->write(out);
    }
    socket->setProperty("buffer", buffer);
}

} // namespace recertify::test
