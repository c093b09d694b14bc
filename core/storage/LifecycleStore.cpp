#include "core/storage/LifecycleStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

Result<std::optional<Stewardship>> LifecycleStore::stewardship(qint64 identityId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT business_owner, technical_owner, purpose, declared_scope, expires_at, "
                                     "retirement_condition FROM identities WHERE id = ?"),
                      { identityId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Stewardship>();
    return std::optional<Stewardship>(Stewardship {
        q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
        q->value(3).toString().split(u'\n', Qt::SkipEmptyParts), q->value(4).toString(), q->value(5).toString() });
}

Status LifecycleStore::setStewardship(qint64 identityId, const Stewardship& s, const QDateTime& now)
{
    auto updated = sql::run(
        m_db,
        QStringLiteral(
            "UPDATE identities SET business_owner = ?, technical_owner = ?, purpose = ?, declared_scope = ?, "
            "expires_at = ?, retirement_condition = ?, updated_at = ? WHERE id = ?"),
        { s.businessOwner, sql::nullableText(s.technicalOwner), sql::nullableText(s.purpose),
          sql::nullableText(s.declaredScope.join(u'\n')), sql::nullableText(s.expires),
          sql::nullableText(s.retirementCondition), Timestamp::toIso(now), identityId });
    if (!updated)
        return updated.error();
    return {};
}

Result<std::optional<QString>> LifecycleStore::status(qint64 identityId) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT status FROM identities WHERE id = ?"), { identityId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status LifecycleStore::setStatus(qint64 identityId, const QString& state, std::optional<bool> enabled,
                                 const QDateTime& now)
{
    const QString enabledSql = !enabled ? QStringLiteral("enabled")
        : *enabled                      ? QStringLiteral("1")
                                        : QStringLiteral("0");
    auto updated = sql::run(m_db,
                            QStringLiteral("UPDATE identities SET status = ?, enabled = ") + enabledSql
                                + QStringLiteral(", updated_at = ? WHERE id = ?"),
                            { state, Timestamp::toIso(now), identityId });
    if (!updated)
        return updated.error();
    return {};
}

Status LifecycleStore::recordEvent(qint64 identityId, const QDateTime& at, const QString& from, const QString& to,
                                   const QString& actor, const QString& reason)
{
    auto event = sql::run(m_db,
                          QStringLiteral("INSERT INTO lifecycle_events (identity_id, at, from_state, to_state, "
                                         "actor, reason) VALUES (?,?,?,?,?,?)"),
                          { identityId, Timestamp::toIso(at), from, to, actor, reason });
    if (!event)
        return event.error();
    return {};
}

Status LifecycleStore::upsertPerson(const QString& email, const QString& name, const QString& manager, bool active)
{
    if (!m_upsertPerson) {
        auto prepared
            = sql::prepare(m_db,
                           QStringLiteral("INSERT INTO people (email, name, manager_email, active) VALUES (?,?,?,?) "
                                          "ON CONFLICT (email) DO UPDATE SET name = excluded.name, "
                                          "manager_email = excluded.manager_email, active = excluded.active"));
        if (!prepared)
            return prepared.error();
        m_upsertPerson = std::move(prepared.value());
    }
    return sql::exec(*m_upsertPerson, { email, name, sql::nullableText(manager), active ? 1 : 0 });
}

} // namespace recertify
