#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace recertify::Migrations {

namespace {

// Schema v1: the whole domain. Timestamps are ISO 8601 UTC text ("2026-12-31T23:59:59Z"), which
// sorts correctly and reads the same on both engines; booleans are 0/1 integers.
const char* const kSchemaV1[] = {
    R"(CREATE TABLE sources (
        id {ID}, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, base_url TEXT,
        secret_key_name TEXT, config_json TEXT, created_at TEXT NOT NULL))",
    R"(CREATE TABLE sync_runs (
        id {ID}, source_id BIGINT REFERENCES sources(id) ON DELETE SET NULL, format TEXT NOT NULL,
        inputs TEXT, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0, error TEXT))",
    R"(CREATE TABLE people (
        email TEXT PRIMARY KEY, name TEXT NOT NULL, manager_email TEXT, active INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE identities (
        id {ID}, source TEXT NOT NULL, native_id TEXT NOT NULL, kind TEXT NOT NULL, display_name TEXT NOT NULL,
        business_owner TEXT, technical_owner TEXT, status TEXT NOT NULL DEFAULT 'active',
        enabled INTEGER NOT NULL DEFAULT 1, discovered_from_activity INTEGER NOT NULL DEFAULT 0,
        created_at TEXT, last_used_at TEXT, purpose TEXT, declared_scope TEXT, retirement_condition TEXT,
        expires_at TEXT, parent_id BIGINT REFERENCES identities(id) ON DELETE SET NULL,
        trust_debt {REAL}, last_certified_at TEXT, updated_at TEXT NOT NULL,
        UNIQUE (source, native_id)))",
    "CREATE INDEX identities_name ON identities(display_name)",
    "CREATE INDEX identities_kind ON identities(kind, display_name)",
    "CREATE INDEX identities_source ON identities(source, display_name)",
    "CREATE INDEX identities_status ON identities(status, display_name)",
    "CREATE INDEX identities_owner ON identities(business_owner)",
    "CREATE INDEX identities_last_used ON identities(last_used_at)",
    "CREATE INDEX identities_created ON identities(created_at)",
    "CREATE INDEX identities_debt ON identities(trust_debt)",
    "CREATE INDEX identities_parent ON identities(parent_id)",
    R"(CREATE TABLE credentials (
        id {ID}, identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        credential_id TEXT NOT NULL, type TEXT NOT NULL, created_at TEXT, expires_at TEXT, last_used_at TEXT,
        enabled INTEGER NOT NULL DEFAULT 1, UNIQUE (identity_id, credential_id)))",
    R"(CREATE TABLE grants (
        id {ID}, identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        permission TEXT NOT NULL, resource_scope TEXT NOT NULL DEFAULT '', granted_via TEXT NOT NULL DEFAULT '',
        granted_at TEXT, UNIQUE (identity_id, permission, resource_scope, granted_via)))",
    R"(CREATE TABLE usage_daily (
        identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, action TEXT NOT NULL,
        day TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT 'allowed', count BIGINT NOT NULL,
        last_seen TEXT NOT NULL, raw_ref TEXT, PRIMARY KEY (identity_id, action, day, outcome)))",
    R"(CREATE TABLE snapshots (
        id {ID}, sync_run_id BIGINT REFERENCES sync_runs(id) ON DELETE SET NULL, taken_at TEXT NOT NULL,
        identities INTEGER NOT NULL, granted INTEGER NOT NULL, used INTEGER NOT NULL, unused INTEGER NOT NULL,
        out_of_scope INTEGER NOT NULL, trust_debt {REAL} NOT NULL))",
    R"(CREATE TABLE identity_snapshots (
        snapshot_id BIGINT NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
        granted INTEGER NOT NULL, used INTEGER NOT NULL, unused INTEGER NOT NULL, out_of_scope INTEGER NOT NULL,
        trust_debt {REAL} NOT NULL, PRIMARY KEY (snapshot_id, identity_id)))",
    R"(CREATE TABLE lifecycle_events (
        id {ID}, identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, at TEXT NOT NULL,
        from_state TEXT, to_state TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT))",
    "CREATE INDEX lifecycle_identity ON lifecycle_events(identity_id, at)",
    R"(CREATE TABLE findings (
        id {ID}, identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, type TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL, detail TEXT NOT NULL, owasp TEXT NOT NULL,
        opened_at TEXT NOT NULL, resolved_at TEXT, UNIQUE (identity_id, type, subject)))",
    R"(CREATE TABLE campaigns (
        id {ID}, name TEXT NOT NULL, scope_expr TEXT, due TEXT NOT NULL, created_at TEXT NOT NULL,
        created_by TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open', fallback_reviewer TEXT,
        second_stage TEXT, template_id BIGINT, trigger_kind TEXT, closed_at TEXT))",
    R"(CREATE TABLE review_items (
        id {ID}, campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        identity_id BIGINT NOT NULL REFERENCES identities(id), stage INTEGER NOT NULL DEFAULT 1,
        reviewer TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', reason TEXT, evidence_json TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1, unchanged_since_last INTEGER NOT NULL DEFAULT 0, decided_at TEXT))",
    "CREATE INDEX review_items_campaign ON review_items(campaign_id, reviewer)",
    R"(CREATE TABLE decisions (
        id {ID}, item_id BIGINT NOT NULL REFERENCES review_items(id) ON DELETE CASCADE, assigned_to TEXT NOT NULL,
        decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, ownership TEXT NOT NULL, ownership_target TEXT,
        scope TEXT NOT NULL, scope_remove TEXT, need TEXT NOT NULL, certify_until TEXT, justification TEXT,
        seconds_spent INTEGER))",
    R"(CREATE TABLE remediation_tasks (
        id {ID}, campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        identity_id BIGINT NOT NULL REFERENCES identities(id), action TEXT NOT NULL, subject TEXT,
        state TEXT NOT NULL DEFAULT 'open', created_at TEXT NOT NULL, verified_at TEXT))",
    // Append-only; each row carries the SHA-256 of the previous row so an edit or deletion is detectable.
    R"(CREATE TABLE audit_log (
        seq {ID}, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL,
        entity_id TEXT, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL))",
};

// v2: what sync needs to be idempotent and to attribute activity.
const char* const kSchemaV2[] = {
    "ALTER TABLE identities ADD COLUMN source_fingerprint TEXT",
    R"(CREATE TABLE identity_aliases (
        source TEXT NOT NULL, alias TEXT NOT NULL,
        identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, PRIMARY KEY (source, alias)))",
    R"(CREATE TABLE imported_inputs (
        sha256 TEXT PRIMARY KEY, format TEXT NOT NULL, path TEXT NOT NULL,
        sync_run_id BIGINT REFERENCES sync_runs(id) ON DELETE SET NULL, imported_at TEXT NOT NULL))",
};

// v3: drift figures kept on the identity (so snapshots record changes only), what was certified,
// and when each finding's condition began.
const char* const kSchemaV3[] = {
    "ALTER TABLE identities ADD COLUMN granted_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE identities ADD COLUMN used_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE identities ADD COLUMN unused_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE identities ADD COLUMN out_of_scope_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE identities ADD COLUMN certified_grants TEXT",
    "ALTER TABLE findings ADD COLUMN since TEXT",
    "CREATE INDEX findings_open ON findings(identity_id) WHERE resolved_at IS NULL",
    "CREATE INDEX snapshots_taken ON snapshots(taken_at)",
    "CREATE INDEX identity_snapshots_identity ON identity_snapshots(identity_id, snapshot_id)",
};

// v4: review campaigns: evidence fingerprints (unchanged since last review), decision flags.
const char* const kSchemaV4[] = {
    "ALTER TABLE review_items ADD COLUMN evidence_hash TEXT",
    "ALTER TABLE review_items ADD COLUMN delegated_from TEXT",
    "ALTER TABLE decisions ADD COLUMN flags TEXT",
    "CREATE INDEX review_items_identity ON review_items(identity_id)",
    "CREATE INDEX decisions_item ON decisions(item_id)",
    "CREATE INDEX decisions_reviewer ON decisions(decided_by, id)",
    "CREATE INDEX remediation_campaign ON remediation_tasks(campaign_id, state)",
};

// v5: event-driven micro-campaigns: which triggers start a campaign by themselves.
const char* const kSchemaV5[] = {
    R"(CREATE TABLE campaign_triggers (
        kind TEXT PRIMARY KEY, threshold {REAL}, fallback_reviewer TEXT, enabled INTEGER NOT NULL DEFAULT 1,
        last_run_at TEXT))",
};

// v6: recurring campaign templates.
const char* const kSchemaV6[] = {
    R"(CREATE TABLE campaign_templates (
        id {ID}, name TEXT NOT NULL UNIQUE, scope_expr TEXT, fallback_reviewer TEXT, second_stage TEXT,
        every_days INTEGER NOT NULL, duration_days INTEGER NOT NULL, next_run_at TEXT NOT NULL, created_by TEXT NOT NULL))",
};

// v7: team mode. Who each database login is (the app maps it to what it shows) and one decision
// per review item, on both engines. On PostgreSQL the helpers row-level security and live refresh
// need, and the records the server keeps whole for everyone: the audit chain linked, hashed and
// append-only, decided items as they were decided. Every function pins its search_path and names
// its tables, so a session's temporary tables cannot stand in for them. Roles and policies come
// from `team init` (TeamService), run by the store's owner.
const char* const kSchemaV7[] = {
    R"(CREATE TABLE team_members (
        db_role TEXT PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL))",
    // Row-level security asks "which items are this reviewer's" on every statement a reviewer runs.
    "CREATE INDEX review_items_reviewer ON review_items(reviewer)",
    "CREATE UNIQUE INDEX decisions_one_per_item ON decisions(item_id)",
};

const char* const kSchemaV7Postgres[] = {
    // The signed-in reviewer's email, for row-level security policies (runs as the caller).
    R"(CREATE OR REPLACE FUNCTION recertify_me() RETURNS TEXT LANGUAGE sql STABLE
        SET search_path = pg_catalog, public, pg_temp
        AS $$ SELECT email FROM public.team_members WHERE db_role = current_user $$)",
    // Reviewers append to the audit chain without reading it: this locks the table for the rest of
    // the transaction (two writers cannot extend the same row) and returns only the last hash.
    R"(CREATE OR REPLACE FUNCTION recertify_audit_tail() RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp
        AS $$ BEGIN LOCK TABLE public.audit_log IN EXCLUSIVE MODE;
              RETURN (SELECT hash FROM public.audit_log ORDER BY seq DESC LIMIT 1); END $$)",
    "REVOKE EXECUTE ON FUNCTION recertify_audit_tail() FROM PUBLIC",
    // Desktops on the same server refresh when someone else decides, delegates or starts a campaign.
    R"(CREATE OR REPLACE FUNCTION recertify_notify() RETURNS trigger LANGUAGE plpgsql
        AS $$ BEGIN PERFORM pg_notify('recertify_changes', TG_TABLE_NAME); RETURN NULL; END $$)",
    R"(CREATE TRIGGER review_items_changed AFTER INSERT OR UPDATE OR DELETE ON review_items
        FOR EACH STATEMENT EXECUTE FUNCTION recertify_notify())",
    R"(CREATE TRIGGER campaigns_changed AFTER INSERT OR UPDATE OR DELETE ON campaigns
        FOR EACH STATEMENT EXECUTE FUNCTION recertify_notify())",
    // A sync or an analysis touches thousands of identities; their run and snapshot rows say it once.
    R"(CREATE TRIGGER sync_runs_changed AFTER INSERT OR UPDATE ON sync_runs
        FOR EACH STATEMENT EXECUTE FUNCTION recertify_notify())",
    R"(CREATE TRIGGER snapshots_changed AFTER INSERT ON snapshots
        FOR EACH STATEMENT EXECUTE FUNCTION recertify_notify())",
    // The same canonical form as AuditLog::hashOf: fields joined by the unit separator, SHA-256, hex.
    R"(CREATE OR REPLACE FUNCTION recertify_audit_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp
        AS $$ DECLARE tail TEXT; BEGIN
            tail := COALESCE((SELECT hash FROM public.audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64));
            IF NEW.prev_hash IS DISTINCT FROM tail THEN
                RAISE EXCEPTION 'audit row does not extend the chain (prev_hash is not the last row''s hash)'
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(concat_ws(chr(31), NEW.prev_hash, NEW.at, NEW.actor,
                   NEW.action, NEW.entity, COALESCE(NEW.entity_id, ''), NEW.payload), 'UTF8')), 'hex') THEN
                RAISE EXCEPTION 'audit row hash does not match its fields' USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NEW; END $$)",
    R"(CREATE TRIGGER audit_log_linked BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION recertify_audit_link())",
    // Append-only, enforced where the rows live: even the owner must switch this off to edit history.
    R"(CREATE OR REPLACE FUNCTION recertify_audit_append_only() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp
        AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation'; END $$)",
    R"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW
        EXECUTE FUNCTION recertify_audit_append_only())",
    R"(CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT
        EXECUTE FUNCTION recertify_audit_append_only())",
    // Items start pending; once decided or expired, what was decided and by whom stays as it was.
    R"(CREATE OR REPLACE FUNCTION recertify_freeze_item() RETURNS trigger LANGUAGE plpgsql
        SET search_path = pg_catalog, public, pg_temp
        AS $$ BEGIN
            IF TG_OP = 'INSERT' AND NEW.state <> 'pending' THEN
                RAISE EXCEPTION 'a review item starts pending' USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.state <> 'pending' AND (NEW.state, NEW.reviewer, NEW.evidence_json, NEW.decided_at,
                   NEW.identity_id, NEW.campaign_id) IS DISTINCT FROM (OLD.state, OLD.reviewer, OLD.evidence_json, OLD.decided_at,
                   OLD.identity_id, OLD.campaign_id) THEN
                RAISE EXCEPTION 'review item % was % and cannot change', OLD.id, OLD.state
                    USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NEW; END $$)",
    R"(CREATE TRIGGER review_items_frozen BEFORE INSERT OR UPDATE ON review_items FOR EACH ROW
        EXECUTE FUNCTION recertify_freeze_item())",
};

// v8: an import retires only inside a scope it listed completely; the run history says which.
const char* const kSchemaV8[] = {
    "ALTER TABLE identities ADD COLUMN source_scope TEXT",
    "ALTER TABLE sync_runs ADD COLUMN authoritative TEXT",
    "ALTER TABLE sync_runs ADD COLUMN warnings TEXT",
    // The days each source's activity data covers (account and region, cluster, organisation):
    // "unused" is claimed only where usage was observed.
    R"(CREATE TABLE activity_coverage (source TEXT NOT NULL, scope TEXT NOT NULL, day TEXT NOT NULL,
        PRIMARY KEY (source, scope, day)))",
};

// v9: a manager may decide for someone who reports to them; the decision says so, and whether it
// followed the recommendation.
const char* const kSchemaV9[] = {
    "ALTER TABLE decisions ADD COLUMN on_behalf_of TEXT",
    // Whether the scope answer followed what usage recommended: followed, not-followed, or none known.
    "ALTER TABLE decisions ADD COLUMN recommendation TEXT",
};

// v10: a finding's detail is also kept as data (text, count, arguments), shown in the reader's language.
const char* const kSchemaV10[] = {
    "ALTER TABLE findings ADD COLUMN detail_data TEXT",
};

// v11: a reviewer may amend a decision while the campaign is open; the amendment names the decision it
// supersedes and both stay on record.
const char* const kSchemaV11[] = {
    "ALTER TABLE decisions ADD COLUMN supersedes BIGINT REFERENCES decisions(id)",
    // Still one first decision per item, and one amendment per decision: two desktops cannot fork the record.
    "DROP INDEX decisions_one_per_item",
    "CREATE UNIQUE INDEX decisions_first_per_item ON decisions(item_id) WHERE supersedes IS NULL",
    "CREATE UNIQUE INDEX decisions_supersedes ON decisions(supersedes)",
};

// v12: ownership, task scope and business need are each certified until their own date; an item asks
// only the attestations that are due (NULL: all three).
const char* const kSchemaV12[] = {
    "ALTER TABLE decisions ADD COLUMN ownership_until TEXT",  "ALTER TABLE decisions ADD COLUMN scope_until TEXT",
    "ALTER TABLE identities ADD COLUMN ownership_until TEXT", "ALTER TABLE identities ADD COLUMN scope_until TEXT",
    "ALTER TABLE identities ADD COLUMN need_until TEXT",      "ALTER TABLE review_items ADD COLUMN asks TEXT",
};

// v13: the estate changed and its findings were not yet recomputed (an import killed before its analysis).
const char* const kSchemaV13[] = {
    "CREATE TABLE analysis_due (id INTEGER PRIMARY KEY CHECK (id = 1), since TEXT NOT NULL, cause TEXT NOT NULL)",
    // Events counted so far, by a hash of the source's own id, so an overlapping import does not count
    // them again; kept for the imports of a bounded number of days (SyncWriter::kSeenRetentionDays).
    // The key mixes the source in; recorded is the import's day, in days since 1970.
    "CREATE TABLE activity_seen (event_key {KEY64}, recorded INTEGER NOT NULL)",
};
// A team set up before this table existed: its managers import (and mark), everyone reads the mark.
const char* const kSchemaV13Postgres[] = {
    R"(DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'recertify_manager') THEN
            GRANT SELECT, INSERT, UPDATE, DELETE ON analysis_due, activity_seen TO recertify_manager;
            GRANT SELECT ON analysis_due, activity_seen TO recertify_reviewer, recertify_auditor;
        END IF;
    END $$)",
};

// v14: the estate's generation moves with every transaction that changes it (Database::transaction), and the
// analysis of the whole estate records the generation it saw, so a run with nothing new can say so at once.
const char* const kSchemaV14[] = {
    "CREATE TABLE estate_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL)",
    "INSERT INTO estate_generation (id, generation) VALUES (1, 1)",
    R"(CREATE TABLE analysis_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation BIGINT NOT NULL,
        analysed_at TEXT NOT NULL, stable_until TEXT NOT NULL, inputs TEXT NOT NULL, snapshot_id BIGINT NOT NULL))",
};
// Anyone who changes the estate moves its generation (a reviewer's decision does), by one and only by one: a
// function that may do nothing else, so no role can set it back to make a stale analysis look current.
const char* const kSchemaV14Postgres[] = {
    R"(CREATE OR REPLACE FUNCTION recertify_estate_changed() RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, public, pg_temp
        AS $$ DECLARE moved BIGINT; BEGIN
              INSERT INTO public.estate_generation (id, generation) VALUES (1, 1)
                  ON CONFLICT (id) DO UPDATE SET generation = public.estate_generation.generation + 1
                  RETURNING generation INTO moved;
              RETURN moved; END $$)",
    "REVOKE EXECUTE ON FUNCTION recertify_estate_changed() FROM PUBLIC",
    R"(DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'recertify_manager') THEN
            GRANT SELECT ON estate_generation TO recertify_manager, recertify_reviewer, recertify_auditor;
            GRANT EXECUTE ON FUNCTION recertify_estate_changed()
                TO recertify_manager, recertify_reviewer, recertify_auditor;
            GRANT SELECT, INSERT, UPDATE, DELETE ON analysis_state TO recertify_manager;
            GRANT SELECT ON analysis_state TO recertify_reviewer, recertify_auditor;
        END IF;
    END $$)",
};

// v15: which of its source's objects listed a credential (an Entra principal's own, or its app registration's), so
// an input that lists one of them whole replaces those credentials and keeps the others.
const char* const kSchemaV15[] = {
    "ALTER TABLE credentials ADD COLUMN listed_in TEXT",
};

// v16: a campaign's progress (per reviewer, state, stage, hand-overs) and its population read from one index: the
// items themselves hold their frozen evidence, about 4 KB each, which a count of 100k items read whole (380 MB).
const char* const kSchemaV16[] = {
    "CREATE INDEX review_items_progress ON review_items(campaign_id, reviewer, state, stage, identity_id, "
    "delegated_from)",
    "DROP INDEX review_items_campaign",
};

// v17: an identity's other names read by identity (show, the inventory's detail panel, deleting an identity): the
// primary key leads with the source, so each of those scanned every alias.
const char* const kSchemaV17[] = {
    "CREATE INDEX identity_aliases_identity ON identity_aliases(identity_id)",
};
// On SQLite the day aggregates become the B-tree of their key (WITHOUT ROWID): an import's upsert of each (identity,
// action, day, outcome) then writes one tree instead of the table and its key's index, and the rows are small.
// PostgreSQL keeps its table (a team's grants and policies on it stay as they are).
const char* const kSchemaV17Sqlite[] = {
    R"(CREATE TABLE usage_daily_keyed (
        identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, action TEXT NOT NULL,
        day TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT 'allowed', count BIGINT NOT NULL,
        last_seen TEXT NOT NULL, raw_ref TEXT, PRIMARY KEY (identity_id, action, day, outcome)) WITHOUT ROWID)",
    R"(INSERT INTO usage_daily_keyed (identity_id, action, day, outcome, count, last_seen, raw_ref)
        SELECT identity_id, action, day, outcome, count, last_seen, raw_ref FROM usage_daily)",
    "DROP TABLE usage_daily",
    "ALTER TABLE usage_daily_keyed RENAME TO usage_daily",
};

// v18: a credential's last use seen in activity before any inventory listed it (an Entra sign-in names the key id of
// a secret whose application is imported later): kept per identity, so the credential takes it when it comes.
const char* const kSchemaV18[] = {
    R"(CREATE TABLE credential_sightings (
        identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, credential_id TEXT NOT NULL,
        last_used_at TEXT NOT NULL, PRIMARY KEY (identity_id, credential_id)))",
};
const char* const kSchemaV18Postgres[] = {
    R"(DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'recertify_manager') THEN
            GRANT SELECT, INSERT, UPDATE, DELETE ON credential_sightings TO recertify_manager;
            GRANT SELECT ON credential_sightings TO recertify_reviewer, recertify_auditor;
        END IF;
    END $$)",
};

// v19: a campaign's items in their order (the evidence bundle, the PDF), read from an index instead of sorted: the sort
// held every item's frozen evidence in memory, 350 MB of a 100k-item campaign's export.
const char* const kSchemaV19[] = {
    "CREATE INDEX review_items_in_order ON review_items(campaign_id, id)",
};

struct Step
{
    int version;
    const char* const* statements;
    size_t count;
    const char* const* postgresStatements = nullptr;
    size_t postgresCount = 0;
    const char* const* sqliteStatements = nullptr;
    size_t sqliteCount = 0;
};

const Step kSteps[] = {
    { 1, kSchemaV1, std::size(kSchemaV1) },
    { 2, kSchemaV2, std::size(kSchemaV2) },
    { 3, kSchemaV3, std::size(kSchemaV3) },
    { 4, kSchemaV4, std::size(kSchemaV4) },
    { 5, kSchemaV5, std::size(kSchemaV5) },
    { 6, kSchemaV6, std::size(kSchemaV6) },
    { 7, kSchemaV7, std::size(kSchemaV7), kSchemaV7Postgres, std::size(kSchemaV7Postgres) },
    { 8, kSchemaV8, std::size(kSchemaV8) },
    { 9, kSchemaV9, std::size(kSchemaV9) },
    { 10, kSchemaV10, std::size(kSchemaV10) },
    { 11, kSchemaV11, std::size(kSchemaV11) },
    { 12, kSchemaV12, std::size(kSchemaV12) },
    { 13, kSchemaV13, std::size(kSchemaV13), kSchemaV13Postgres, std::size(kSchemaV13Postgres) },
    { 14, kSchemaV14, std::size(kSchemaV14), kSchemaV14Postgres, std::size(kSchemaV14Postgres) },
    { 15, kSchemaV15, std::size(kSchemaV15) },
    { 16, kSchemaV16, std::size(kSchemaV16) },
    { 17, kSchemaV17, std::size(kSchemaV17), nullptr, 0, kSchemaV17Sqlite, std::size(kSchemaV17Sqlite) },
    { 18, kSchemaV18, std::size(kSchemaV18), kSchemaV18Postgres, std::size(kSchemaV18Postgres) },
    { 19, kSchemaV19, std::size(kSchemaV19) },
};

bool hasMetaTable(const QSqlDatabase& db)
{
    return db.tables().contains(QStringLiteral("schema_meta"));
}

} // namespace

Result<int> currentVersion(const QSqlDatabase& db)
{
    if (!hasMetaTable(db))
        return 0;
    auto query = sql::run(db, QStringLiteral("SELECT value FROM schema_meta WHERE key = 'schema_version'"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString().toInt() : 0;
}

Status migrate(const Database& database)
{
    QSqlDatabase db = database.connection();
    if (!hasMetaTable(db)) {
        auto created
            = sql::run(db, QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        if (!created)
            return created.error();
    }
    auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (*version > kLatestVersion) {
        return makeError(
            QCoreApplication::translate(
                "Database", "the database has schema version %1, newer than this version of Recertify understands (%2)")
                .arg(*version)
                .arg(kLatestVersion));
    }
    for (const Step& step : kSteps) {
        if (step.version <= *version)
            continue;
        qCInfo(lcStorage) << "migrating schema to version" << step.version;
        Status status = database.transaction([&](QSqlDatabase& tx) -> Status {
            for (size_t i = 0; i < step.count; ++i) {
                auto query = sql::run(tx, database.dialect().expand(QString::fromUtf8(step.statements[i])));
                if (!query)
                    return query.error();
            }
            const bool postgres = database.dialect().engine() == SqlDialect::Engine::PostgreSQL;
            const char* const* own = postgres ? step.postgresStatements : step.sqliteStatements;
            const size_t ownCount = postgres ? step.postgresCount : step.sqliteCount;
            for (size_t i = 0; i < ownCount; ++i) {
                auto query = sql::run(tx, QString::fromUtf8(own[i]));
                if (!query)
                    return query.error();
            }
            auto stored = sql::run(tx,
                                   QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                   { QString::number(step.version) });
            return stored ? Status() : Status(stored.error());
        });
        if (!status)
            return status;
    }
    return {};
}

} // namespace recertify::Migrations
