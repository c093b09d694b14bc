#include "TriggerService.h"

#include "CampaignService.h"
#include "storage/SqlUtil.h"
#include "util/People.h"
#include "util/Timestamp.h"

namespace recertify {

namespace {

// Defaults when a trigger is enabled without a threshold.
double defaultThreshold(const QString& kind)
{
    if (kind == QLatin1String("credential-expiring"))
        return 14;
    if (kind == QLatin1String("debt-threshold"))
        return 70;
    return 0;
}

const QString kNotInOpenCampaign
    = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM review_items r JOIN campaigns c ON c.id = r.campaign_id "
                     "WHERE r.identity_id = i.id AND r.state = 'pending' AND c.status = 'open')");

} // namespace

QStringList TriggerService::kinds()
{
    return { QStringLiteral("out-of-scope"), QStringLiteral("owner-deactivated"), QStringLiteral("credential-expiring"),
             QStringLiteral("debt-threshold") };
}

FindingText TriggerService::describeText(const QString& kind)
{
    // Kept as data in review evidence and shown in the reader's language.
    if (kind == QLatin1String("out-of-scope"))
        return { "TriggerService",
                 QT_TRANSLATE_NOOP("TriggerService",
                                   "started by a trigger: it acted outside its declared scope since the last sync"),
                 {},
                 -1 };
    if (kind == QLatin1String("owner-deactivated"))
        return { "TriggerService",
                 QT_TRANSLATE_NOOP("TriggerService",
                                   "started by a trigger: its owner left or is no longer in the directory"),
                 {},
                 -1 };
    if (kind == QLatin1String("credential-expiring"))
        return { "TriggerService",
                 QT_TRANSLATE_NOOP("TriggerService",
                                   "started by a trigger: a credential expires soon; renew it or let it go"),
                 {},
                 -1 };
    if (kind == QLatin1String("debt-threshold"))
        return { "TriggerService",
                 QT_TRANSLATE_NOOP("TriggerService", "started by a trigger: its trust debt crossed the threshold"),
                 {},
                 -1 };
    return { "TriggerService", QT_TRANSLATE_NOOP("TriggerService", "started by the %1 trigger"), { kind }, -1 };
}

QString TriggerService::describe(const QString& kind)
{
    return describeText(kind).render();
}

Result<QList<TriggerConfig>> TriggerService::all() const
{
    QList<TriggerConfig> out;
    for (const QString& kind : kinds())
        out.append(TriggerConfig { kind, defaultThreshold(kind), QString(), false, QDateTime() });
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral("SELECT kind, threshold, fallback_reviewer, enabled, last_run_at FROM campaign_triggers"));
    if (!q)
        return q.error();
    while (q->next()) {
        for (TriggerConfig& t : out) {
            if (t.kind == q->value(0).toString()) {
                t.threshold = q->value(1).isNull() ? defaultThreshold(t.kind) : q->value(1).toDouble();
                t.fallbackReviewer = q->value(2).toString();
                t.enabled = q->value(3).toInt() != 0;
                t.lastRunAt = Timestamp::fromIso(q->value(4).toString());
            }
        }
    }
    return out;
}

Status TriggerService::set(const TriggerConfig& config)
{
    if (!kinds().contains(config.kind))
        return makeError(
            tr("Unknown trigger \"%1\"; expected one of %2").arg(config.kind, kinds().join(QStringLiteral(", "))));
    if (config.enabled && !looksLikeEmail(config.fallbackReviewer))
        return fieldError(QStringLiteral("fallbackReviewer"),
                          tr("a trigger needs an email address for what no active owner can review"));
    if (config.threshold < 0)
        return fieldError(QStringLiteral("threshold"), tr("expected a positive number"));
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral(
            "INSERT INTO campaign_triggers (kind, threshold, fallback_reviewer, enabled) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind) DO UPDATE SET threshold = excluded.threshold, fallback_reviewer = "
            "excluded.fallback_reviewer, "
            "enabled = excluded.enabled"),
        { config.kind, config.threshold > 0 ? config.threshold : defaultThreshold(config.kind),
          sql::nullableText(config.fallbackReviewer.toLower()), config.enabled ? 1 : 0 });
    return q ? Status() : Status(q.error());
}

Result<QList<qint64>> TriggerService::candidates(const TriggerConfig& t) const
{
    const QString since = t.lastRunAt.isValid() ? Timestamp::toIso(t.lastRunAt) : QStringLiteral("0000");
    const QDateTime now = m_clock.now();
    QString statement;
    QVariantList binds;
    if (t.kind == QLatin1String("out-of-scope") || t.kind == QLatin1String("owner-deactivated")) {
        statement
            = QStringLiteral("SELECT DISTINCT i.id FROM identities i JOIN findings f ON f.identity_id = i.id "
                             "WHERE i.status <> 'retired' AND f.resolved_at IS NULL AND f.type = ? AND f.opened_at > ?")
            + (t.kind == QLatin1String("owner-deactivated") ? QStringLiteral(" AND f.subject <> ''") : QString());
        binds << (t.kind == QLatin1String("out-of-scope") ? QStringLiteral("out-of-scope-action")
                                                          : QStringLiteral("orphaned"))
              << since;
    } else if (t.kind == QLatin1String("credential-expiring")) {
        statement = QStringLiteral("SELECT DISTINCT i.id FROM identities i JOIN credentials c ON c.identity_id = i.id "
                                   "WHERE i.status <> 'retired' AND i.enabled = 1 AND c.enabled = 1 AND c.expires_at > "
                                   "? AND c.expires_at <= ?");
        binds << Timestamp::toIso(now) << Timestamp::toIso(now.addDays(qint64(t.threshold)));
    } else {
        // Crossing, not standing: a snapshot since the last run put it over, and the one before was under.
        statement = QStringLiteral(
            "SELECT i.id FROM identities i WHERE i.status <> 'retired' AND i.trust_debt >= ? AND EXISTS ("
            "SELECT 1 FROM identity_snapshots s JOIN snapshots n ON n.id = s.snapshot_id WHERE s.identity_id = i.id "
            "AND n.taken_at > ? "
            "AND s.trust_debt >= ? AND COALESCE((SELECT p.trust_debt FROM identity_snapshots p WHERE p.identity_id = "
            "i.id "
            "AND p.snapshot_id < s.snapshot_id ORDER BY p.snapshot_id DESC LIMIT 1), 0) < ?)");
        binds << t.threshold << since << t.threshold << t.threshold;
    }
    auto q = sql::runList(m_database->connection(), statement + kNotInOpenCampaign + QStringLiteral(" ORDER BY i.id"),
                          binds);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> TriggerService::run(const QString& actor)
{
    auto triggers = all();
    if (!triggers)
        return triggers.error();
    QList<qint64> started;
    const QDateTime now = m_clock.now();
    for (const TriggerConfig& t : triggers.value()) {
        if (!t.enabled)
            continue;
        auto ids = candidates(t);
        if (!ids)
            return ids.error();
        if (!ids->isEmpty()) {
            QStringList list;
            for (qint64 id : ids.value())
                list << QString::number(id);
            CampaignRequest request { tr("Triggered: %1, %2").arg(t.kind, now.date().toString(Qt::ISODate)),
                                      now.addDays(7),
                                      QStringLiteral("ids=") + list.join(u','),
                                      t.fallbackReviewer,
                                      QString(),
                                      actor,
                                      t.kind };
            auto id = CampaignService(m_database, m_clock).create(request);
            if (!id)
                return makeError(tr("Trigger %1: %2").arg(t.kind, id.errorString()));
            started << id.value();
        }
        auto stamped = sql::run(m_database->connection(),
                                QStringLiteral("UPDATE campaign_triggers SET last_run_at = ? WHERE kind = ?"),
                                { Timestamp::toIso(now), t.kind });
        if (!stamped)
            return stamped.error();
    }
    return started;
}

} // namespace recertify
