#include "core/review/TemplateService.h"

#include "core/review/CampaignScope.h"
#include "core/review/CampaignService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/AutomationStore.h"
#include "core/util/People.h"
#include "core/util/Timestamp.h"

namespace recertify {

Result<qint64> TemplateService::create(const CampaignTemplate& t)
{
    if (t.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("a template needs a name"));
    if (t.everyDays < 1)
        return fieldError(QStringLiteral("every"),
                          tr("expected a number of days of at least 1, got %1").arg(t.everyDays));
    if (t.durationDays < 1)
        return fieldError(QStringLiteral("duration"),
                          tr("expected a number of days of at least 1, got %1").arg(t.durationDays));
    if (auto scope = CampaignScope::parse(t.scope); !scope)
        return scope.error();
    if (!t.fallbackReviewer.isEmpty() && !looksLikeEmail(t.fallbackReviewer))
        return fieldError(QStringLiteral("fallbackReviewer"),
                          tr("\"%1\" is not an email address").arg(t.fallbackReviewer));
    if (!t.secondStage.isEmpty() && t.secondStage != QLatin1String("technical")
        && t.secondStage != QLatin1String("manager"))
        return fieldError(QStringLiteral("secondStage"),
                          tr("expected technical or manager, got \"%1\"").arg(t.secondStage));
    AutomationStore store(m_database->connection());
    auto taken = store.templateNamed(t.name.trimmed());
    if (!taken)
        return taken.error();
    if (taken.value())
        return fieldError(QStringLiteral("name"), tr("a template called \"%1\" exists already").arg(t.name.trimmed()));
    CampaignTemplate kept = t;
    kept.name = t.name.trimmed();
    kept.fallbackReviewer = t.fallbackReviewer.toLower();
    kept.nextRunAt = t.nextRunAt.isValid() ? t.nextRunAt : m_clock.now();
    auto id = store.insertTemplate(kept);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return makeError(tr("The template was not stored"));
    return id.value();
}

Result<QList<CampaignTemplate>> TemplateService::list() const
{
    return AutomationStore(m_database->connection()).templates();
}

Status TemplateService::remove(qint64 id, const QString& actor)
{
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto removed = AutomationStore(db).removeTemplate(id);
        if (!removed)
            return removed.error();
        if (!removed->has_value())
            return makeError(tr("No campaign template with id %1").arg(id));
        const QString name = removed->value();
        AuditLog audit(db);
        return audit.append(m_clock.now(), actor, QStringLiteral("template.remove"),
                            QStringLiteral("campaign-template"), QString::number(id),
                            QJsonObject { { QStringLiteral("name"), name } });
    });
}

Result<QList<qint64>> TemplateService::runDue(const QString& actor)
{
    auto templates = list();
    if (!templates)
        return templates.error();
    const QDateTime now = m_clock.now();
    QList<qint64> started;
    for (const CampaignTemplate& t : templates.value()) {
        if (!t.nextRunAt.isValid() || t.nextRunAt > now)
            continue;
        CampaignRequest request { tr("%1, %2").arg(t.name, now.date().toString(Qt::ISODate)),
                                  now.addDays(t.durationDays),
                                  t.scope,
                                  t.fallbackReviewer,
                                  t.secondStage,
                                  actor,
                                  QString() };
        // A recurring review asks each identity only what has run out since it was last certified.
        request.onlyExpired = true;
        // Missed periods start nothing more: the next run is the first one after now.
        QDateTime next = t.nextRunAt;
        while (next <= now)
            next = next.addDays(t.everyDays);
        auto id = CampaignService(m_database, m_clock).create(request, t.id, next);
        if (!id && id.error().code == QLatin1String("all-certified")) {
            // Nothing is due this time: no empty campaign, and the template waits for its next period.
            if (auto moved = AutomationStore(m_database->connection()).moveTemplate(t.id, next); !moved)
                return moved.error();
            continue;
        }
        if (!id)
            return makeError(tr("Template \"%1\": %2").arg(t.name, id.errorString()));
        started << id.value();
    }
    return started;
}

} // namespace recertify
