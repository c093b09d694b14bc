#include "TeamService.h"

#include "storage/AuditLog.h"
#include "storage/SqlUtil.h"
#include "util/People.h"
#include "util/Timestamp.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace recertify {

namespace {

const QString kManager = QStringLiteral("recertify_manager");
const QString kReviewer = QStringLiteral("recertify_reviewer");
const QString kAuditor = QStringLiteral("recertify_auditor");

// Roles and policies, in order. Idempotent: roles may exist already (they belong to the whole
// server), policies are replaced. Reviewers get only what deciding and handing on need.
const char* const kInitialise[] = {
    "SET LOCAL client_min_messages = warning", // "policy does not exist, skipping" is expected noise
    "DO $$ BEGIN CREATE ROLE recertify_manager NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    "DO $$ BEGIN CREATE ROLE recertify_reviewer NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    "DO $$ BEGIN CREATE ROLE recertify_auditor NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
    // A temporary table named like one of ours would be searched first by careless SQL; nobody needs them here.
    "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); END $$",
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM recertify_manager, recertify_reviewer, recertify_auditor",
    "GRANT USAGE ON SCHEMA public TO recertify_manager, recertify_reviewer, recertify_auditor",
    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO recertify_manager, recertify_reviewer, recertify_auditor",
    "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO recertify_manager",
    // Who is on the team is the owner's to say; the audit chain is append-only; decisions are records.
    "REVOKE INSERT, UPDATE, DELETE ON team_members, schema_meta FROM recertify_manager",
    "REVOKE UPDATE, DELETE ON audit_log, decisions FROM recertify_manager",
    "REVOKE DELETE ON campaigns, review_items FROM recertify_manager", // a delete would cascade to decisions
    "REVOKE SELECT ON audit_log FROM recertify_reviewer",
    // Reviewers insert named columns only: never an id or a sequence number of their choosing.
    "GRANT INSERT (at, actor, action, entity, entity_id, payload, prev_hash, hash) ON audit_log TO recertify_reviewer",
    "GRANT INSERT (item_id, assigned_to, decided_by, decided_at, ownership, ownership_target, scope, scope_remove, "
    "need, "
    "certify_until, justification, seconds_spent, flags, on_behalf_of, recommendation, supersedes, ownership_until, "
    "scope_until) ON decisions TO recertify_reviewer",
    "GRANT INSERT (campaign_id, identity_id, stage, reviewer, state, reason, evidence_json, evidence_hash, "
    "unchanged_since_last, asks) ON review_items TO recertify_reviewer",
    "GRANT UPDATE (state, decided_at, version, reviewer, delegated_from) ON review_items TO recertify_reviewer",
    "GRANT UPDATE (last_certified_at, certified_grants, expires_at, ownership_until, scope_until, need_until) ON "
    "identities TO recertify_reviewer",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO recertify_manager, recertify_reviewer",
    "GRANT EXECUTE ON FUNCTION recertify_audit_tail() TO recertify_manager, recertify_reviewer",
    "ALTER TABLE review_items ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE decisions ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE identities ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS manage ON review_items",
    "CREATE POLICY manage ON review_items TO recertify_manager USING (true) WITH CHECK (true)",
    "DROP POLICY IF EXISTS audit ON review_items",
    "CREATE POLICY audit ON review_items FOR SELECT TO recertify_auditor USING (true)",
    "DROP POLICY IF EXISTS own_read ON review_items",
    // Their own items, and those they handed on (read only: PostgreSQL requires an updated row to stay visible).
    "CREATE POLICY own_read ON review_items FOR SELECT TO recertify_reviewer "
    "USING (reviewer = (SELECT recertify_me()) OR delegated_from = (SELECT recertify_me()))",
    // Deciding keeps the item the reviewer's; handing on gives it away, recorded in delegated_from.
    "DROP POLICY IF EXISTS own_decide ON review_items",
    "CREATE POLICY own_decide ON review_items FOR UPDATE TO recertify_reviewer USING (reviewer = (SELECT "
    "recertify_me())) "
    "WITH CHECK ((reviewer = (SELECT recertify_me()) OR delegated_from = (SELECT recertify_me())) "
    "AND state IN ('pending', 'decided'))",
    // Certifying at stage one opens the second stage: once, for the person the campaign designates, with the
    // same evidence. The check reads review_items itself, so it runs as the owner (a policy may not).
    "DROP POLICY IF EXISTS second_stage ON review_items",
    "DROP FUNCTION IF EXISTS recertify_stage_one_decided(BIGINT, BIGINT, TEXT, TEXT)",
    "CREATE OR REPLACE FUNCTION recertify_stage_two_allowed(c BIGINT, i BIGINT, e TEXT, r TEXT, me TEXT) RETURNS "
    "BOOLEAN "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$ "
    "SELECT EXISTS (SELECT 1 FROM public.review_items s WHERE s.campaign_id = c AND s.identity_id = i AND s.stage = 1 "
    "AND s.state = 'decided' AND s.reviewer = me AND s.evidence_json = e) "
    "AND NOT EXISTS (SELECT 1 FROM public.review_items t WHERE t.campaign_id = c AND t.identity_id = i AND t.stage = "
    "2) "
    "AND r = (SELECT CASE k.second_stage WHEN 'technical' THEN lower(d.technical_owner) WHEN 'manager' THEN "
    "lower(p.manager_email) END "
    "FROM public.campaigns k JOIN public.identities d ON d.id = i LEFT JOIN public.people p ON p.email = me WHERE k.id "
    "= c) $$",
    "REVOKE EXECUTE ON FUNCTION recertify_stage_two_allowed(BIGINT, BIGINT, TEXT, TEXT, TEXT) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION recertify_stage_two_allowed(BIGINT, BIGINT, TEXT, TEXT, TEXT) TO recertify_reviewer",
    "CREATE POLICY second_stage ON review_items FOR INSERT TO recertify_reviewer WITH CHECK (stage = 2 AND state = "
    "'pending' "
    "AND reviewer <> (SELECT recertify_me()) "
    "AND recertify_stage_two_allowed(campaign_id, identity_id, evidence_json, reviewer, (SELECT recertify_me())))",
    // An item is decided only with its decision on record, whoever writes it and however.
    "CREATE OR REPLACE FUNCTION recertify_require_decision() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = pg_catalog, public, pg_temp AS $$ BEGIN "
    "IF NOT EXISTS (SELECT 1 FROM public.decisions WHERE item_id = NEW.id) THEN "
    "RAISE EXCEPTION 'review item % is marked decided without a decision', NEW.id USING ERRCODE = "
    "'integrity_constraint_violation'; "
    "END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS review_items_decided ON review_items",
    "CREATE CONSTRAINT TRIGGER review_items_decided AFTER UPDATE OF state ON review_items DEFERRABLE INITIALLY "
    "DEFERRED "
    "FOR EACH ROW WHEN (NEW.state = 'decided' AND OLD.state IS DISTINCT FROM 'decided') EXECUTE FUNCTION "
    "recertify_require_decision()",
    "DROP POLICY IF EXISTS manage ON decisions",
    "CREATE POLICY manage ON decisions FOR SELECT TO recertify_manager USING (true)",
    "DROP POLICY IF EXISTS manage_decide ON decisions",
    "CREATE POLICY manage_decide ON decisions FOR INSERT TO recertify_manager WITH CHECK (decided_by = (SELECT "
    "recertify_me()))",
    "DROP POLICY IF EXISTS audit ON decisions",
    "CREATE POLICY audit ON decisions FOR SELECT TO recertify_auditor USING (true)",
    "DROP POLICY IF EXISTS own_read ON decisions",
    "CREATE POLICY own_read ON decisions FOR SELECT TO recertify_reviewer "
    "USING (EXISTS (SELECT 1 FROM review_items r WHERE r.id = decisions.item_id))",
    "DROP POLICY IF EXISTS own_decide ON decisions",
    "CREATE POLICY own_decide ON decisions FOR INSERT TO recertify_reviewer WITH CHECK (decided_by = (SELECT "
    "recertify_me()) "
    "AND EXISTS (SELECT 1 FROM review_items r WHERE r.id = decisions.item_id AND r.reviewer = (SELECT "
    "recertify_me())))",
    "DROP POLICY IF EXISTS manage ON identities",
    "CREATE POLICY manage ON identities TO recertify_manager USING (true) WITH CHECK (true)",
    "DROP POLICY IF EXISTS read ON identities",
    "CREATE POLICY read ON identities FOR SELECT TO recertify_reviewer, recertify_auditor USING (true)",
    "DROP POLICY IF EXISTS certify ON identities",
    // Certification changes only in the transaction that decides one of the reviewer's items for it
    // (the item's row version, xmin, is this transaction's id).
    "CREATE POLICY certify ON identities FOR UPDATE TO recertify_reviewer "
    "USING (EXISTS (SELECT 1 FROM review_items r WHERE r.identity_id = identities.id AND r.reviewer = (SELECT "
    "recertify_me()) "
    "AND r.state = 'decided' AND r.xmin::text = (txid_current() % 4294967296)::text))",
    "DROP POLICY IF EXISTS manage ON audit_log",
    "CREATE POLICY manage ON audit_log TO recertify_manager USING (true) WITH CHECK (true)",
    "DROP POLICY IF EXISTS audit ON audit_log",
    "CREATE POLICY audit ON audit_log FOR SELECT TO recertify_auditor USING (true)",
    "DROP POLICY IF EXISTS own_append ON audit_log",
    "CREATE POLICY own_append ON audit_log FOR INSERT TO recertify_reviewer WITH CHECK (actor = (SELECT "
    "recertify_me()))",
};

QString groupFor(TeamRole role)
{
    switch (role) {
    case TeamRole::Manager:
        return kManager;
    case TeamRole::Reviewer:
        return kReviewer;
    case TeamRole::Auditor:
        return kAuditor;
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
        for (const char* statement : kInitialise) {
            auto q = sql::run(db, QString::fromUtf8(statement));
            if (!q)
                return q.error();
        }
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
        // Role statements take no parameters: the login is checked above, the password is quoted by the driver.
        const QString quoted = db.driver()->escapeIdentifier(login, QSqlDriver::FieldName);
        if (auto q = sql::run(db, QStringLiteral("SET LOCAL client_min_messages = error"));
            !q) // "is not a member" on REVOKE
            return q.error();
        auto exists = sql::run(db,
                               QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolbypassrls OR rolname = "
                                              "current_user FROM pg_roles WHERE rolname = ?"),
                               { login });
        if (!exists)
            return exists.error();
        const bool known = exists->next();
        const bool privileged = known && exists->value(0).toBool();
        exists->finish();
        if (privileged)
            return fieldError(QStringLiteral("login"),
                              tr("%1 is a privileged login; team members sign in with logins of their own").arg(login));
        // Locks and idle transactions are bounded, so one stalled desktop cannot hold up the team.
        QString statement = (known ? QStringLiteral("ALTER ROLE ") : QStringLiteral("CREATE ROLE ")) + quoted
            + QStringLiteral(" LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS");
        if (!password.isEmpty()) {
            // Only the SCRAM verifier travels, so the password is in no statement a server could log.
            QSqlField field(QStringLiteral("password"), QMetaType::fromType<QString>());
            field.setValue(scramVerifier(password, randomSalt(), 4096));
            statement += QStringLiteral(" PASSWORD ") + db.driver()->formatValue(field);
        }
        QSqlQuery createLogin(db); // run directly: an error must not quote the statement back
        if (!createLogin.exec(statement))
            return makeError(tr("Cannot create the login %1: %2").arg(login, createLogin.lastError().databaseText()));
        for (const char* limit : { "lock_timeout = '15s'", "idle_in_transaction_session_timeout = '5min'" }) {
            if (auto q = sql::run(db, QStringLiteral("ALTER ROLE %1 SET %2").arg(quoted, QString::fromLatin1(limit)));
                !q)
                return q.error();
        }
        for (const QString& other : { kManager, kReviewer, kAuditor }) {
            if (other == group)
                continue;
            if (auto q = sql::run(db, QStringLiteral("REVOKE %1 FROM %2").arg(other, quoted)); !q)
                return q.error();
        }
        if (auto q = sql::run(db, QStringLiteral("GRANT %1 TO %2").arg(group, quoted)); !q)
            return makeError(tr("Cannot grant %1 to %2 (run team init first): %3").arg(group, login, q.errorString()));
        auto mapped = sql::run(
            db,
            QStringLiteral("INSERT INTO team_members (db_role, email, role, added_at, added_by) VALUES (?,?,?,?,?) "
                           "ON CONFLICT (db_role) DO UPDATE SET email = excluded.email, role = excluded.role, "
                           "added_at = excluded.added_at, added_by = excluded.added_by"),
            { login, person, roleName(role), Timestamp::toIso(m_clock.now()), actor });
        if (!mapped)
            return mapped.error();
        AuditLog audit(db);
        return audit.append(
            m_clock.now(), actor, QStringLiteral("team.add"), QStringLiteral("team-member"), login,
            QJsonObject { { QStringLiteral("email"), person }, { QStringLiteral("role"), roleName(role) } });
    });
}

Result<QList<TeamMember>> TeamService::members() const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral("SELECT db_role, email, role, added_at, added_by FROM team_members ORDER BY email, db_role"));
    if (!q)
        return q.error();
    QList<TeamMember> out;
    while (q->next()) {
        TeamMember m;
        m.dbRole = q->value(0).toString();
        m.email = q->value(1).toString();
        m.role = roleFromName(q->value(2).toString()).value_or(TeamRole::None);
        m.addedAt = Timestamp::fromIso(q->value(3).toString());
        m.addedBy = q->value(4).toString();
        out.append(m);
    }
    return out;
}

Result<TeamSession> TeamService::whoAmI() const
{
    TeamSession session;
    if (!isPostgres(*m_database))
        return session; // a SQLite file belongs to whoever can open it
    session.teamMode = true;
    const QSqlDatabase db = m_database->connection();
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'identities'), 'MEMBER'), (SELECT email FROM team_members WHERE db_role = current_user)"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("Cannot tell who is signed in"));
    session.dbRole = q->value(0).toString();
    const bool owner = q->value(1).toBool() || q->value(2).toBool();
    session.email = q->value(3).toString();
    q->finish();
    if (owner) {
        session.role = TeamRole::Owner;
        return session;
    }
    auto groups = sql::run(
        db,
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('recertify_manager', 'recertify_reviewer', "
                       "'recertify_auditor') AND pg_has_role(current_user, oid, 'MEMBER')"));
    if (!groups)
        return groups.error();
    QStringList names;
    while (groups->next())
        names << groups->value(0).toString();
    session.role = names.contains(kManager) ? TeamRole::Manager
        : names.contains(kReviewer)         ? TeamRole::Reviewer
        : names.contains(kAuditor)          ? TeamRole::Auditor
                                            : TeamRole::None;
    return session;
}

} // namespace recertify
