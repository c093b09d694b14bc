#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace recertify {

/** One decision ever recorded in a campaign, as stored (text as the database holds it). */
struct RecordedDecision
{
    QString itemId;
    QString identityNativeId;
    QString identity;
    QString assignedTo;
    QString decidedBy;
    QString decidedAt;
    QString ownership;
    QString ownershipTarget;
    QString scope;
    QString scopeRemove; ///< newline-separated
    QString need;
    QString certifyUntil;
    QString justification;
    QString flags;
    QString secondsSpent;
    QString onBehalfOf;
    QString decisionId;
    QString supersedes;
    QString ownershipUntil;
    QString scopeUntil;
    bool superseded = false; ///< a later amendment replaced it
};

/** One campaign item with the evidence frozen when the campaign started (its JSON text as stored). */
struct FrozenItem
{
    qint64 itemId = 0;
    qint64 identityId = 0;
    int stage = 1;
    QString reviewer;
    QString state;
    QString reason;
    QByteArray evidenceJson; ///< UTF-8, as stored
    bool unchangedSinceLastReview = false;
};

/** One audit row exactly as stored, for the chain an auditor re-checks link by link. */
struct StoredAuditRow
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString payload;
    QString prevHash;
    QString hash;
};

/**
 * The reads an evidence export streams, one row at a time so memory stays flat at any campaign
 * size: decisions, frozen items, the audit chain, and the open findings by type. A callback that
 * returns an error stops the read.
 */
class ExportReader
{
public:
    explicit ExportReader(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    /** Every decision of the campaign, amendments included, in the order they were made. */
    [[nodiscard]] Status decisions(qint64 campaignId, const std::function<Status(const RecordedDecision&)>& each) const;
    [[nodiscard]] Status items(qint64 campaignId, const std::function<Status(const FrozenItem&)>& each) const;
    [[nodiscard]] Status auditChain(const std::function<Status(const StoredAuditRow&)>& each) const;
    /** Open findings of the campaign's identities by type, most frequent first. */
    [[nodiscard]] Result<QList<std::pair<QString, int>>> openFindingsByType(qint64 campaignId) const;

private:
    QSqlDatabase m_db;
};

} // namespace recertify
