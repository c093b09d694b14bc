#include "core/storage/RemediationStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

Result<QList<RemediationTask>> RemediationStore::tasks(qint64 campaignId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT t.id, t.identity_id, i.display_name, t.action, t.subject, t.state, "
                                     "t.verified_at FROM remediation_tasks t JOIN identities i ON i.id = t.identity_id "
                                     "WHERE t.campaign_id = ? ORDER BY t.state, t.id"),
                      { campaignId });
    if (!q)
        return q.error();
    QList<RemediationTask> out;
    while (q->next()) {
        out.append(RemediationTask { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                                     q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                     Timestamp::fromIso(q->value(6).toString()) });
    }
    return out;
}

Status RemediationStore::insert(qint64 campaignId, qint64 identityId, const QString& action, const QString& subject,
                                const QDateTime& at)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO remediation_tasks (campaign_id, identity_id, action, subject, state, "
                                     "created_at) VALUES (?, ?, ?, ?, 'open', ?)"),
                      { campaignId, identityId, action, sql::nullableText(subject), Timestamp::toIso(at) });
    return q ? Status() : Status(q.error());
}

Result<QList<OpenTask>> RemediationStore::open() const
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT t.id, t.identity_id, t.action, t.subject, c.closed_at, t.created_at FROM "
                       "remediation_tasks t JOIN campaigns c ON c.id = t.campaign_id WHERE t.state IN ('open', "
                       "'overdue')"));
    if (!q)
        return q.error();
    QList<OpenTask> out;
    while (q->next()) {
        out.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                     Timestamp::fromIso(q->value(4).toString()), q->value(5).toString() });
    }
    return out;
}

Result<std::optional<bool>> RemediationStore::isDone(const OpenTask& t) const
{
    // Each check binds what it needs; PostgreSQL refuses a parameter it cannot type.
    Result<QSqlQuery> q = makeError(QString());
    if (t.action == QLatin1String("remove-grant")) {
        q = sql::run(m_db,
                     QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM grants WHERE identity_id = ? AND "
                                    "permission = ?) THEN 0 ELSE 1 END"),
                     { t.identityId, t.subject });
    } else if (t.action == QLatin1String("disable-identity")) {
        q = sql::run(m_db,
                     QStringLiteral("SELECT CASE WHEN enabled = 0 OR status IN ('suspended', 'retired') THEN 1 ELSE "
                                    "0 END FROM identities WHERE id = ?"),
                     { t.identityId });
    } else if (t.action == QLatin1String("retire-identity")) {
        q = sql::run(
            m_db, QStringLiteral("SELECT CASE WHEN status = 'retired' THEN 1 ELSE 0 END FROM identities WHERE id = ?"),
            { t.identityId });
    } else if (t.action == QLatin1String("reassign-owner")) {
        q = sql::run(
            m_db, QStringLiteral("SELECT CASE WHEN business_owner = ? THEN 1 ELSE 0 END FROM identities WHERE id = ?"),
            { t.subject.toLower(), t.identityId });
    } else if (t.action == QLatin1String("rotate-credential")) {
        // Gone, disabled, or reissued since the task.
        q = sql::run(m_db,
                     QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM credentials WHERE identity_id = ? AND "
                                    "credential_id = ? AND enabled = 1 AND (created_at IS NULL OR created_at < ?)) "
                                    "THEN 0 ELSE 1 END"),
                     { t.identityId, t.subject, t.createdAt });
    } else {
        return std::optional<bool>();
    }
    if (!q)
        return q.error();
    return std::optional<bool>(q->next() && q->value(0).toInt() == 1);
}

Status RemediationStore::setState(qint64 taskId, const QString& state, const QDateTime& verifiedAt)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE remediation_tasks SET state = ?, verified_at = ? WHERE id = ?"),
                      { state, sql::nullableTime(verifiedAt), taskId });
    return q ? Status() : Status(q.error());
}

} // namespace recertify
