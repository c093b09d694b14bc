#include "core/team/TeamService.h"

#include "core/storage/AuditLog.h"
#include "core/storage/TeamStore.h"
#include "core/util/People.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace recertify {

namespace {

QString groupFor(TeamRole role)
{
    switch (role) {
    case TeamRole::Manager:
        return TeamStore::kManagerGroup;
    case TeamRole::Reviewer:
        return TeamStore::kReviewerGroup;
    case TeamRole::Auditor:
        return TeamStore::kAuditorGroup;
    default:
        return {};
    }
}

QByteArray randomSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    return salt;
}

bool isPostgres(const Database& database)
{
    return database.dialect().engine() == SqlDialect::Engine::PostgreSQL;
}

} // namespace

QString TeamService::scramVerifier(const QString& password, const QByteArray& salt, int iterations)
{
    // RFC 5802 / 7677, as PostgreSQL stores it: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>.
    const QByteArray salted
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Capabilities TeamSession::capabilities() const
{
    Capabilities c;
    switch (role) {
    case TeamRole::Owner:
        c = { true, true, true, true };
        break;
    case TeamRole::Manager:
        c = { true, true, true, false };
        break;
    case TeamRole::Reviewer:
        c.decide = true;
        break;
    case TeamRole::Auditor:
    case TeamRole::None:
        break;
    }
    return c;
}

QString TeamService::roleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return QStringLiteral("owner");
    case TeamRole::Manager:
        return QStringLiteral("manager");
    case TeamRole::Reviewer:
        return QStringLiteral("reviewer");
    case TeamRole::Auditor:
        return QStringLiteral("auditor");
    case TeamRole::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<TeamRole> TeamService::roleFromName(const QString& name)
{
    for (TeamRole role : { TeamRole::Manager, TeamRole::Reviewer, TeamRole::Auditor }) {
        if (roleName(role) == name.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString TeamService::translatedRoleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return tr("owner");
    case TeamRole::Manager:
        return tr("governance manager");
    case TeamRole::Reviewer:
        return tr("reviewer");
    case TeamRole::Auditor:
        return tr("auditor");
    case TeamRole::None:
        break;
    }
    return tr("no team role");
}

QString TeamService::loginFor(const QString& email)
{
    QString local = email.trimmed().toLower().section(u'@', 0, 0);
    local.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (local.isEmpty() || local.at(0).isDigit())
        local.prepend(QStringLiteral("r_"));
    return local.left(63);
}

Status TeamService::initialise(const QString& actor)
{
    if (!isPostgres(*m_database))
        return fieldError(QStringLiteral("db"),
                          tr("team mode needs a PostgreSQL store (postgresql://user@host:port/dbname)"));
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        if (auto done = TeamStore(db).initialise(); !done)
            return done;
        AuditLog audit(db);
        return audit.append(m_clock.now(), actor, QStringLiteral("team.init"), QStringLiteral("team"), QString(),
                            QJsonObject {});
    });
}

Status TeamService::addMember(const QString& email, TeamRole role, const QString& dbRole, const QString& password,
                              const QString& actor)
{
    if (!isPostgres(*m_database))
        return fieldError(QStringLiteral("db"),
                          tr("team mode needs a PostgreSQL store (postgresql://user@host:port/dbname)"));
    const QString person = email.trimmed().toLower();
    if (!looksLikeEmail(person))
        return makeError(tr("Expected the member's email address, got \"%1\"").arg(email));
    const QString group = groupFor(role);
    if (group.isEmpty())
        return fieldError(QStringLiteral("role"), tr("expected manager, reviewer or auditor"));
    const QString login = dbRole.isEmpty() ? loginFor(person) : dbRole.trimmed();
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!loginPattern.match(login).hasMatch())
        return fieldError(QStringLiteral("login"),
                          tr("\"%1\" is not a valid database login (lower-case letters, digits and _)").arg(login));

    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        TeamStore store(db);
        auto privileged = store.loginPrivileged(login);
        if (!privileged)
            return privileged.error();
        if (privileged->value_or(false))
            return fieldError(QStringLiteral("login"),
                              tr("%1 is a privileged login; team members sign in with logins of their own").arg(login));
        // Only the SCRAM verifier travels, so the password is in no statement a server could log.
        const QString verifier = password.isEmpty() ? QString() : scramVerifier(password, randomSalt(), 4096);
        if (auto done = store.putLogin(login, privileged->has_value(), verifier); !done)
            return done;
        if (auto done = store.joinOnly(login, group); !done)
            return done;
        if (auto done = store.mapMember({ login, person, roleName(role), m_clock.now(), actor }); !done)
            return done;
        AuditLog audit(db);
        return audit.append(
            m_clock.now(), actor, QStringLiteral("team.add"), QStringLiteral("team-member"), login,
            QJsonObject { { QStringLiteral("email"), person }, { QStringLiteral("role"), roleName(role) } });
    });
}

Result<QList<TeamMember>> TeamService::members() const
{
    auto rows = TeamStore(m_database->connection()).members();
    if (!rows)
        return rows.error();
    QList<TeamMember> out;
    for (const TeamMemberRow& row : *rows)
        out.append(
            { row.dbRole, row.email, roleFromName(row.role).value_or(TeamRole::None), row.addedAt, row.addedBy });
    return out;
}

Result<TeamSession> TeamService::whoAmI() const
{
    TeamSession session;
    if (!isPostgres(*m_database))
        return session; // a SQLite file belongs to whoever can open it
    session.teamMode = true;
    auto row = TeamStore(m_database->connection()).signedIn();
    if (!row)
        return row.error();
    session.dbRole = row->dbRole;
    session.email = row->email;
    const QStringList& groups = row->groups;
    session.role = row->ownsStore                    ? TeamRole::Owner
        : groups.contains(TeamStore::kManagerGroup)  ? TeamRole::Manager
        : groups.contains(TeamStore::kReviewerGroup) ? TeamRole::Reviewer
        : groups.contains(TeamStore::kAuditorGroup)  ? TeamRole::Auditor
                                                     : TeamRole::None;
    return session;
}

} // namespace recertify
