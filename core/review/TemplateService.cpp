#include "TemplateService.h"

#include "CampaignScope.h"
#include "CampaignService.h"
#include "storage/AuditLog.h"
#include "storage/SqlUtil.h"
#include "util/People.h"
#include "util/Timestamp.h"

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
    auto taken
        = sql::run(m_database->connection(), QStringLiteral("SELECT COUNT(*) FROM campaign_templates WHERE name = ?"),
                   { t.name.trimmed() });
    if (!taken)
        return taken.error();
    if (taken->next() && taken->value(0).toInt() > 0)
        return fieldError(QStringLiteral("name"), tr("a template called \"%1\" exists already").arg(t.name.trimmed()));
    taken->finish();
    const QDateTime first = t.nextRunAt.isValid() ? t.nextRunAt : m_clock.now();
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("INSERT INTO campaign_templates (name, scope_expr, fallback_reviewer, "
                                     "second_stage, every_days, duration_days, next_run_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      { t.name.trimmed(), t.scope, sql::nullableText(t.fallbackReviewer.toLower()),
                        sql::nullableText(t.secondStage), t.everyDays, t.durationDays, Timestamp::toIso(first),
                        t.createdBy });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("The template was not stored"));
    return q->value(0).toLongLong();
}

Result<QList<CampaignTemplate>> TemplateService::list() const
{
    auto q = sql::run(
        m_database->connection(),
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

Status TemplateService::remove(qint64 id, const QString& actor)
{
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto removed
            = sql::run(db, QStringLiteral("DELETE FROM campaign_templates WHERE id = ? RETURNING name"), { id });
        if (!removed)
            return removed.error();
        if (!removed->next())
            return makeError(tr("No campaign template with id %1").arg(id));
        const QString name = removed->value(0).toString();
        removed->finish();
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
            auto moved = sql::run(m_database->connection(),
                                  QStringLiteral("UPDATE campaign_templates SET next_run_at = ? WHERE id = ?"),
                                  { Timestamp::toIso(next), t.id });
            if (!moved)
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
