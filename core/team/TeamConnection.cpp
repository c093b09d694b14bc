#include "core/team/TeamConnection.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace recertify {

namespace {
const QString kLastStore = QStringLiteral("store/location");
}

Result<QString> TeamConnection::urlFor(const TeamServer& server)
{
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9.:\\-\\[\\]]+$"));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$\\-]{0,62}$"));
    if (!host.match(server.host.trimmed()).hasMatch())
        return makeError(tr("Server: expected a host name or address, got \"%1\"").arg(server.host));
    if (server.port < 1 || server.port > 65535)
        return makeError(tr("Port: expected 1 to 65535, got %1").arg(server.port));
    if (!name.match(server.database.trimmed()).hasMatch())
        return makeError(tr("Database: expected a database name, got \"%1\"").arg(server.database));
    if (!name.match(server.login.trimmed()).hasMatch())
        return makeError(tr("Login: expected a database login, got \"%1\"").arg(server.login));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(server.login.trimmed());
    url.setHost(server.host.trimmed());
    url.setPort(server.port);
    url.setPath(u'/' + server.database.trimmed());
    return url.toString();
}

Result<TeamServer> TeamConnection::parse(const QString& location)
{
    if (!Database::isServerLocation(location))
        return makeError(tr("%1 is not a team server address").arg(location));
    const QUrl url(location);
    TeamServer server { url.host(), url.port(5432), url.path().mid(1), url.userName() };
    return server;
}

QString TeamConnection::secretKey(const QString& url)
{
    return QStringLiteral("team:") + QUrl(url).toString(QUrl::RemovePassword);
}

Status TeamConnection::rememberPassword(SecretStore& secrets, const QString& url, const QString& password)
{
    if (password.isEmpty()) {
        auto removed = secrets.remove(secretKey(url));
        Q_UNUSED(removed) // nothing kept is fine
        return {};
    }
    return secrets.write(secretKey(url), password);
}

Result<QString> TeamConnection::withPassword(SecretStore& secrets, const QString& location)
{
    QUrl url(location);
    if (!Database::isServerLocation(location) || !url.password().isEmpty())
        return location;
    auto password = secrets.read(secretKey(location));
    if (!password) {
        if (password.error().code == QLatin1String("not-found"))
            return location;
        return password.error();
    }
    url.setPassword(password.value());
    return url.toString();
}

Status TeamConnection::saveLastStore(QSettings& settings, const QString& location)
{
    if (Database::isServerLocation(location) && !QUrl(location).password().isEmpty())
        return makeError(tr("A password never goes into the settings; keep it in the keychain"));
    settings.setValue(kLastStore, location);
    settings.sync();
    return {};
}

QString TeamConnection::lastStore(const QSettings& settings)
{
    return settings.value(kLastStore).toString();
}

} // namespace recertify
