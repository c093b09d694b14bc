#include "core/storage/AutomationStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

namespace {

const QString kNotInOpenCampaign
    = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM review_items r JOIN campaigns c ON c.id = r.campaign_id "
                     "WHERE r.identity_id = i.id AND r.state = 'pending' AND c.status = 'open') ORDER BY i.id");

QString sinceText(const QDateTime& since)
{
    return since.isValid() ? Timestamp::toIso(since) : QStringLiteral("0000");
}

} // namespace

Result<QList<TriggerConfig>> AutomationStore::triggers() const
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT kind, threshold, fallback_reviewer, enabled, last_run_at FROM campaign_triggers"));
    if (!q)
        return q.error();
    QList<TriggerConfig> out;
    while (q->next()) {
        out.append(TriggerConfig { q->value(0).toString(), q->value(1).isNull() ? 0 : q->value(1).toDouble(),
                                   q->value(2).toString(), q->value(3).toInt() != 0,
                                   Timestamp::fromIso(q->value(4).toString()) });
    }
    return out;
}

Status AutomationStore::saveTrigger(const TriggerConfig& config)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO campaign_triggers (kind, threshold, fallback_reviewer, enabled) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET threshold = "
                       "excluded.threshold, fallback_reviewer = excluded.fallback_reviewer, "
                       "enabled = excluded.enabled"),
        { config.kind, config.threshold, sql::nullableText(config.fallbackReviewer), config.enabled ? 1 : 0 });
    return q ? Status() : Status(q.error());
}

Status AutomationStore::stampTrigger(const QString& kind, const QDateTime& ranAt)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE campaign_triggers SET last_run_at = ? WHERE kind = ?"),
                      { Timestamp::toIso(ranAt), kind });
    return q ? Status() : Status(q.error());
}

Result<QList<qint64>> AutomationStore::ids(const QString& statement, const QVariantList& binds) const
{
    auto q = sql::runList(m_db, statement + kNotInOpenCampaign, binds);
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<QList<qint64>> AutomationStore::withNewFinding(const QString& type, const QDateTime& since,
                                                      bool namingSomeone) const
{
    return ids(
        QStringLiteral("SELECT DISTINCT i.id FROM identities i JOIN findings f ON f.identity_id = i.id "
                       "WHERE i.status <> 'retired' AND f.resolved_at IS NULL AND f.type = ? AND f.opened_at > ?")
            + (namingSomeone ? QStringLiteral(" AND f.subject <> ''") : QString()),
        { type, sinceText(since) });
}

Result<QList<qint64>> AutomationStore::withCredentialExpiring(const QDateTime& from, const QDateTime& to) const
{
    return ids(QStringLiteral("SELECT DISTINCT i.id FROM identities i JOIN credentials c ON c.identity_id = i.id "
                              "WHERE i.status <> 'retired' AND i.enabled = 1 AND c.enabled = 1 AND c.expires_at > ? "
                              "AND c.expires_at <= ?"),
               { Timestamp::toIso(from), Timestamp::toIso(to) });
}

Result<QList<qint64>> AutomationStore::crossingDebt(double threshold, const QDateTime& since) const
{
    return ids(
        QStringLiteral("SELECT i.id FROM identities i WHERE i.status <> 'retired' AND i.trust_debt >= ? AND EXISTS ("
                       "SELECT 1 FROM identity_snapshots s JOIN snapshots n ON n.id = s.snapshot_id "
                       "WHERE s.identity_id = i.id AND n.taken_at > ? AND s.trust_debt >= ? AND COALESCE(("
                       "SELECT p.trust_debt FROM identity_snapshots p WHERE p.identity_id = i.id "
                       "AND p.snapshot_id < s.snapshot_id ORDER BY p.snapshot_id DESC LIMIT 1), 0) < ?)"),
        { threshold, sinceText(since), threshold, threshold });
}

Result<QList<CampaignTemplate>> AutomationStore::templates() const
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT id, name, scope_expr, fallback_reviewer, second_stage, every_days, duration_days, "
                       "next_run_at, created_by FROM campaign_templates ORDER BY name"));
    if (!q)
        return q.error();
    QList<CampaignTemplate> out;
    while (q->next()) {
        out.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toInt(), q->value(6).toInt(),
                     Timestamp::fromIso(q->value(7).toString()), q->value(8).toString() });
    }
    return out;
}

Result<bool> AutomationStore::templateNamed(const QString& name) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM campaign_templates WHERE name = ?"), { name });
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() > 0;
}

Result<qint64> AutomationStore::insertTemplate(const CampaignTemplate& t)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO campaign_templates (name, scope_expr, fallback_reviewer, "
                                     "second_stage, every_days, duration_days, next_run_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      { t.name, t.scope, sql::nullableText(t.fallbackReviewer), sql::nullableText(t.secondStage),
                        t.everyDays, t.durationDays, Timestamp::toIso(t.nextRunAt), t.createdBy });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<std::optional<QString>> AutomationStore::removeTemplate(qint64 id)
{
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM campaign_templates WHERE id = ? RETURNING name"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status AutomationStore::moveTemplate(qint64 id, const QDateTime& nextRunAt)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE campaign_templates SET next_run_at = ? WHERE id = ?"),
                      { Timestamp::toIso(nextRunAt), id });
    return q ? Status() : Status(q.error());
}

} // namespace recertify
