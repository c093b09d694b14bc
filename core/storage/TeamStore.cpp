#include "core/storage/TeamStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace recertify {

namespace {

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
    // Whoever changes the estate moves its generation (by one, through the function), so the next analysis runs.
    "REVOKE INSERT, UPDATE, DELETE ON estate_generation FROM recertify_manager",
    "GRANT EXECUTE ON FUNCTION recertify_estate_changed() TO recertify_manager, recertify_reviewer, "
    "recertify_auditor",
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

} // namespace

const QString TeamStore::kManagerGroup = QStringLiteral("recertify_manager");
const QString TeamStore::kReviewerGroup = QStringLiteral("recertify_reviewer");
const QString TeamStore::kAuditorGroup = QStringLiteral("recertify_auditor");

Status TeamStore::initialise()
{
    for (const char* statement : kInitialise) {
        auto q = sql::run(m_db, QString::fromUtf8(statement));
        if (!q)
            return q.error();
    }
    return {};
}

Result<std::optional<bool>> TeamStore::loginPrivileged(const QString& login)
{
    // "is not a member" on REVOKE later in the same transaction is expected noise.
    if (auto q = sql::run(m_db, QStringLiteral("SET LOCAL client_min_messages = error")); !q)
        return q.error();
    auto exists = sql::run(m_db,
                           QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolbypassrls OR rolname = "
                                          "current_user FROM pg_roles WHERE rolname = ?"),
                           { login });
    if (!exists)
        return exists.error();
    if (!exists->next())
        return std::optional<bool> {};
    return std::optional<bool> { exists->value(0).toBool() };
}

Status TeamStore::putLogin(const QString& login, bool exists, const QString& scramVerifier)
{
    // Role statements take no parameters: the caller checked the login, the verifier is quoted by the driver.
    const QString quoted = m_db.driver()->escapeIdentifier(login, QSqlDriver::FieldName);
    QString statement = (exists ? QStringLiteral("ALTER ROLE ") : QStringLiteral("CREATE ROLE ")) + quoted
        + QStringLiteral(" LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS");
    if (!scramVerifier.isEmpty()) {
        QSqlField field(QStringLiteral("password"), QMetaType::fromType<QString>());
        field.setValue(scramVerifier);
        statement += QStringLiteral(" PASSWORD ") + m_db.driver()->formatValue(field);
    }
    QSqlQuery createLogin(m_db); // run directly: an error must not quote the statement back
    if (!createLogin.exec(statement))
        return makeError(tr("Cannot create the login %1: %2").arg(login, createLogin.lastError().databaseText()));
    // Locks and idle transactions are bounded, so one stalled desktop cannot hold up the team.
    for (const char* limit : { "lock_timeout = '15s'", "idle_in_transaction_session_timeout = '5min'" }) {
        if (auto q = sql::run(m_db, QStringLiteral("ALTER ROLE %1 SET %2").arg(quoted, QString::fromLatin1(limit))); !q)
            return q.error();
    }
    return {};
}

Status TeamStore::joinOnly(const QString& login, const QString& group)
{
    const QString quoted = m_db.driver()->escapeIdentifier(login, QSqlDriver::FieldName);
    for (const QString& other : { kManagerGroup, kReviewerGroup, kAuditorGroup }) {
        if (other == group)
            continue;
        if (auto q = sql::run(m_db, QStringLiteral("REVOKE %1 FROM %2").arg(other, quoted)); !q)
            return q.error();
    }
    if (auto q = sql::run(m_db, QStringLiteral("GRANT %1 TO %2").arg(group, quoted)); !q)
        return makeError(tr("Cannot grant %1 to %2 (run team init first): %3").arg(group, login, q.errorString()));
    return {};
}

Status TeamStore::mapMember(const TeamMemberRow& member)
{
    auto mapped = sql::run(
        m_db,
        QStringLiteral("INSERT INTO team_members (db_role, email, role, added_at, added_by) VALUES (?,?,?,?,?) "
                       "ON CONFLICT (db_role) DO UPDATE SET email = excluded.email, role = excluded.role, "
                       "added_at = excluded.added_at, added_by = excluded.added_by"),
        { member.dbRole, member.email, member.role, Timestamp::toIso(member.addedAt), member.addedBy });
    if (!mapped)
        return mapped.error();
    return {};
}

Result<QList<TeamMemberRow>> TeamStore::members() const
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT db_role, email, role, added_at, added_by FROM team_members ORDER BY email, db_role"));
    if (!q)
        return q.error();
    QList<TeamMemberRow> out;
    while (q->next()) {
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     Timestamp::fromIso(q->value(3).toString()), q->value(4).toString() });
    }
    return out;
}

Result<SignedInRow> TeamStore::signedIn() const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'identities'), 'MEMBER'), (SELECT email FROM team_members WHERE db_role = current_user)"));
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("Cannot tell who is signed in"));
    SignedInRow row;
    row.dbRole = q->value(0).toString();
    row.ownsStore = q->value(1).toBool() || q->value(2).toBool();
    row.email = q->value(3).toString();
    q->finish();
    auto groups = sql::run(
        m_db,
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('recertify_manager', 'recertify_reviewer', "
                       "'recertify_auditor') AND pg_has_role(current_user, oid, 'MEMBER')"));
    if (!groups)
        return groups.error();
    while (groups->next())
        row.groups << groups->value(0).toString();
    return row;
}

} // namespace recertify
