#pragma once

#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

namespace recertify {

/** Where a team's server is, as the connection dialog asks for it. */
struct TeamServer
{
    QString host;
    int port = 5432;
    QString database;
    QString login;
};

/**
 * The way from a connection dialog to an open team store: the URL (never with a password) is
 * remembered in the settings, the password in the OS keychain, and the two meet only in memory.
 */
class TeamConnection
{
    Q_DECLARE_TR_FUNCTIONS(TeamConnection)

public:
    /** postgresql://login@host:port/database, checked field by field. */
    [[nodiscard]] static Result<QString> urlFor(const TeamServer& server);
    [[nodiscard]] static Result<TeamServer> parse(const QString& url);
    /** The keychain entry of a server's password. */
    static QString secretKey(const QString& url);
    /** Keeps the password in the keychain (an empty one removes it). */
    [[nodiscard]] static Status rememberPassword(SecretStore& secrets, const QString& url, const QString& password);
    /** The URL to open: with the keychain's password when one is kept, else as given (libpq may still find one in
     * ~/.pgpass). */
    [[nodiscard]] static Result<QString> withPassword(SecretStore& secrets, const QString& url);
    /** The store the app opens next time; refuses a URL that carries a password. */
    [[nodiscard]] static Status saveLastStore(QSettings& settings, const QString& location);
    static QString lastStore(const QSettings& settings);
};

} // namespace recertify
