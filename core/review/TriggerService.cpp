#include "core/review/TriggerService.h"

#include "core/review/CampaignService.h"
#include "core/storage/AutomationStore.h"
#include "core/util/People.h"
#include "core/util/Timestamp.h"

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
    auto stored = AutomationStore(m_database->connection()).triggers();
    if (!stored)
        return stored.error();
    for (const TriggerConfig& kept : stored.value()) {
        for (TriggerConfig& t : out) {
            if (t.kind == kept.kind) {
                t = kept;
                if (t.threshold <= 0)
                    t.threshold = defaultThreshold(t.kind);
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
    TriggerConfig kept = config;
    kept.threshold = config.threshold > 0 ? config.threshold : defaultThreshold(config.kind);
    kept.fallbackReviewer = config.fallbackReviewer.toLower();
    return AutomationStore(m_database->connection()).saveTrigger(kept);
}

Result<QList<qint64>> TriggerService::candidates(const TriggerConfig& t) const
{
    const AutomationStore store(m_database->connection());
    const QDateTime now = m_clock.now();
    if (t.kind == QLatin1String("out-of-scope"))
        return store.withNewFinding(QStringLiteral("out-of-scope-action"), t.lastRunAt, false);
    if (t.kind == QLatin1String("owner-deactivated"))
        return store.withNewFinding(QStringLiteral("orphaned"), t.lastRunAt, true);
    if (t.kind == QLatin1String("credential-expiring"))
        return store.withCredentialExpiring(now, now.addDays(qint64(t.threshold)));
    // Crossing, not standing: a snapshot since the last run put it over, and the one before was under.
    return store.crossingDebt(t.threshold, t.lastRunAt);
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
        if (auto stamped = AutomationStore(m_database->connection()).stampTrigger(t.kind, now); !stamped)
            return stamped.error();
    }
    return started;
}

} // namespace recertify
