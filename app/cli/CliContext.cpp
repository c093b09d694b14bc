#include "CliContext.h"

#include "util/People.h"
#include "util/SafeText.h"

#include "JsonViews.h"

#include <QJsonObject>

#include "evidence/AuditAnchor.h"
#include "evidence/SigningKeys.h"
#include "secrets/KeychainSecretStore.h"
#include "team/TeamConnection.h"

namespace recertify::cli {

DatabasePtr CliContext::database()
{
    if (m_database)
        return m_database;
    // A team server's password: the keychain entry the app keeps, unless libpq is given one (PGPASSWORD, ~/.pgpass).
    QString location = dbLocation;
    if (Database::isServerLocation(location) && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        KeychainSecretStore keychain(3000);
        if (auto kept = TeamConnection::withPassword(keychain, location); kept)
            location = kept.value();
    }
    auto opened = Database::open(location);
    if (!opened) {
        m_err << opened.errorString() << Qt::endl;
        return nullptr;
    }
    m_database = opened.value();
    // Every change batch that adds to the audit chain signs its new end with the export key.
    AuditAnchor::install(*m_database, [owner = actor()] {
        KeychainSecretStore keychain(3000);
        return SigningKeys::fromKeychain(keychain, true, owner);
    }, m_clock);
    return m_database;
}

QString CliContext::actor() const
{
    const QString actor = qEnvironmentVariable("RECERTIFY_ACTOR");
    return QStringLiteral("cli:") + (actor.isEmpty() ? osLogin() : actor);
}

int CliContext::printStarted(const QList<qint64>& ids, const QString& summary)
{
    if (json) {
        printJson(QJsonDocument(QJsonObject { { QStringLiteral("campaigns"), toJson(ids) } }));
        return Success;
    }
    m_out << summary << '\n';
    for (qint64 id : ids)
        m_out << QStringLiteral("  %1").arg(id) << '\n';
    m_out.flush();
    return Success;
}

int CliContext::fail(const QString& message)
{
    m_err << SafeText::printable(message) << Qt::endl;
    return Failed;
}

QString CliContext::describe(const Error& error)
{
    if (error.field.isEmpty())
        return error.message;
    // Core names the input in the domain's words ("fallbackReviewer"); here it is the flag that set it.
    QString flag;
    for (const QChar c : error.field) {
        if (c.isUpper())
            flag += u'-' + c.toLower();
        else
            flag += c;
    }
    return QStringLiteral("--") + flag + QStringLiteral(": ") + error.message;
}

int CliContext::fail(const Error& error)
{
    return fail(describe(error));
}

int CliContext::usage(const Error& error)
{
    return usage(describe(error));
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace recertify::cli
