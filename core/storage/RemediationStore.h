#pragma once

#include "core/domain/Campaign.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace recertify {

/** A remediation task still open or overdue, with what checking it needs. */
struct OpenTask
{
    qint64 id = 0;
    qint64 identityId = 0;
    QString action;
    QString subject;
    QDateTime campaignClosedAt;
    QString createdAt; ///< as stored, compared with credential dates as text
};

/**
 * Remediation tasks in typed calls: written when a campaign closes, and checked against what the
 * store now says (a grant gone, an identity disabled or retired, an owner named, a credential
 * rotated). Which decision makes which task is CampaignService's rule.
 */
class RemediationStore
{
public:
    explicit RemediationStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<RemediationTask>> tasks(qint64 campaignId) const;
    [[nodiscard]] Status insert(qint64 campaignId, qint64 identityId, const QString& action, const QString& subject,
                                const QDateTime& at);
    [[nodiscard]] Result<QList<OpenTask>> open() const;
    /** Whether the store shows the task done; nothing for an action it cannot check. */
    [[nodiscard]] Result<std::optional<bool>> isDone(const OpenTask& task) const;
    /** The task's state; a time for when it was seen done. */
    [[nodiscard]] Status setState(qint64 taskId, const QString& state, const QDateTime& verifiedAt);

private:
    QSqlDatabase m_db;
};

} // namespace recertify
