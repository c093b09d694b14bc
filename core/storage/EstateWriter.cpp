#include "core/storage/EstateWriter.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

using sql::nullableText;
using sql::nullableTime;

EstateWriter::EstateWriter(const QSqlDatabase& transaction)
    : m_db(transaction)
    , m_audit(transaction)
{
}

Status EstateWriter::prepare()
{
    const std::pair<std::optional<BulkStatement>*, QString> statements[] = {
        { &m_identity,
          QStringLiteral("INSERT INTO identities (source, native_id, kind, display_name, business_owner, "
                         "technical_owner, status, enabled, discovered_from_activity, created_at, last_used_at, "
                         "purpose, declared_scope, retirement_condition, expires_at, parent_id, updated_at) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id") },
        { &m_credential,
          QStringLiteral("INSERT INTO credentials (identity_id, credential_id, type, created_at, expires_at, "
                         "last_used_at, enabled, listed_in) VALUES (?,?,?,?,?,?,?,?)") },
        { &m_grant,
          QStringLiteral("INSERT INTO grants (identity_id, permission, resource_scope, granted_via, granted_at) "
                         "VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING") },
        { &m_lifecycle,
          QStringLiteral("INSERT INTO lifecycle_events (identity_id, at, from_state, to_state, actor, reason) "
                         "VALUES (?,?,?,?,?,?)") },
        { &m_person,
          QStringLiteral("INSERT INTO people (email, name, manager_email, active) VALUES (?,?,?,?) "
                         "ON CONFLICT (email) DO UPDATE SET name = excluded.name, "
                         "manager_email = excluded.manager_email, active = excluded.active") },
    };
    for (const auto& [slot, statement] : statements) {
        auto prepared = BulkStatement::prepare(m_db, statement);
        if (!prepared)
            return prepared.error();
        slot->emplace(std::move(prepared.value()));
    }
    // A row per principal, action and day: hundreds of thousands in one import.
    auto usage = BulkStatement::prepare(
        m_db,
        QStringLiteral("INSERT INTO usage_daily (identity_id, action, day, outcome, count, last_seen) "
                       "VALUES (?,?,?,?,?,?) ON CONFLICT (identity_id, action, day, outcome) DO UPDATE SET "
                       "count = usage_daily.count + excluded.count, "
                       "last_seen = CASE WHEN excluded.last_seen > usage_daily.last_seen "
                       "THEN excluded.last_seen ELSE usage_daily.last_seen END"));
    if (!usage)
        return usage.error();
    m_usage.emplace(std::move(usage.value()));
    return {};
}

Result<qint64> EstateWriter::insertIdentity(const Identity& i, const QDateTime& now)
{
    qint64 id = 0;
    auto status = m_identity->exec(
        { i.source, i.nativeId, i.kind, i.displayName, nullableText(i.businessOwner), nullableText(i.technicalOwner),
          i.status, i.enabled ? 1 : 0, i.discoveredFromActivity ? 1 : 0, nullableTime(i.createdAt),
          nullableTime(i.lastUsedAt), nullableText(i.purpose), nullableText(i.declaredScope.join(u'\n')),
          nullableText(i.retirementCondition), nullableTime(i.expiresAt),
          i.parentId > 0 ? QVariant(i.parentId) : QVariant(QMetaType::fromType<qlonglong>()), Timestamp::toIso(now) },
        [&id](qint64 returned) { id = returned; });
    if (!status)
        return status.error();
    return id;
}

Status EstateWriter::insertCredential(const Credential& c)
{
    return m_credential->exec({ c.identityId, c.credentialId, c.type, nullableTime(c.createdAt),
                                nullableTime(c.expiresAt), nullableTime(c.lastUsedAt), c.enabled ? 1 : 0,
                                sql::nullableText(c.listedIn) });
}

Status EstateWriter::insertGrant(const Grant& g)
{
    return m_grant->exec({ g.identityId, g.permission, g.resourceScope, g.grantedVia, nullableTime(g.grantedAt) });
}

Status EstateWriter::addUsage(const UsageRecord& u)
{
    return m_usage->exec(
        { u.identityId, u.action, Timestamp::isoDay(u.day), u.outcome, u.count, Timestamp::toIso(u.lastSeen) });
}

Status EstateWriter::addUsage(qint64 identityId, const QByteArray& action, const QDate& day, const QByteArray& outcome,
                              qint64 count, const QDateTime& lastSeen)
{
    // Bytes bind as UTF-8 text as they are; a QString would be converted from UTF-16 for every row.
    return m_usage->exec(
        { identityId, action, Timestamp::isoDayBytes(day), outcome, count, Timestamp::toIsoBytes(lastSeen) });
}

Status EstateWriter::insertLifecycle(const LifecycleEvent& e)
{
    if (auto status = m_lifecycle->exec({ e.identityId, Timestamp::toIso(e.at), nullableText(e.fromState), e.toState,
                                          e.actor, nullableText(e.reason) });
        !status)
        return status;
    // Every lifecycle change is evidence: it goes into the hash chain too.
    return m_audit.append(e.at, e.actor, QStringLiteral("lifecycle.transition"), QStringLiteral("identity"),
                          QString::number(e.identityId),
                          QJsonObject { { QStringLiteral("from"), e.fromState },
                                        { QStringLiteral("to"), e.toState },
                                        { QStringLiteral("reason"), e.reason } });
}

Status EstateWriter::upsertPerson(const Person& p)
{
    return m_person->exec({ p.email, p.name, nullableText(p.managerEmail), p.active ? 1 : 0 });
}

Status EstateWriter::clearEstate()
{
    // Children first, so the cascade does not have to find them row by row. The audit log stays: it
    // is append-only, and its signed end would rightly call a cleared chain tampering.
    for (const char* table :
         { "identity_aliases", "identity_snapshots", "usage_daily", "activity_seen", "grants", "credentials",
           "lifecycle_events", "findings", "decisions", "review_items", "remediation_tasks", "identities", "people" }) {
        auto q = sql::run(m_db, QStringLiteral("DELETE FROM ") + QString::fromLatin1(table));
        if (!q)
            return q.error();
    }
    return {};
}

} // namespace recertify
