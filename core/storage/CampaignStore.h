#pragma once

#include "core/domain/Campaign.h"
#include "core/storage/BulkStatement.h"
#include "core/util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace recertify {

/** An identity a campaign's scope matched, with until when each attestation is certified. */
struct ScopedIdentity
{
    qint64 id = 0;
    QString businessOwner;
    QDateTime ownershipUntil;
    QDateTime scopeUntil;
    QDateTime needUntil;
};

/** A campaign as it is first written. */
struct NewCampaign
{
    QString name;
    QString scope;
    QDateTime due;
    QDateTime createdAt;
    QString createdBy;
    QString fallbackReviewer;
    QString secondStage;
    QString trigger;
    qint64 templateId = 0;
};

/** One stage-one item as it is first written, its evidence frozen. */
struct NewItem
{
    qint64 campaignId = 0;
    qint64 identityId = 0;
    QString reviewer;
    QString reason;
    QByteArray evidenceJson; ///< UTF-8
    QString evidenceHash;
    bool unchangedSinceLastReview = false;
    QStringList asks;
};

/** An overdue item that can move to the reviewer's manager. */
struct Escalation
{
    qint64 itemId = 0;
    QString reviewer;
    QString manager;
};

/** A decision in force at close, as far as remediation needs it. */
struct ClosingDecision
{
    qint64 identityId = 0;
    QString ownership;
    QString ownershipTarget;
    QString scope;
    QStringList scopeRemove;
    QString need;
};

/**
 * The campaign tables in typed calls: campaigns, their items and the figures a manager reads.
 * Works on the connection it is given (inside the caller's transaction where it writes); the
 * routing, evidence and close rules live in CampaignService.
 */
class CampaignStore
{
public:
    explicit CampaignStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<Campaign>> list() const;
    [[nodiscard]] Result<std::optional<Campaign>> byId(qint64 id) const;
    /** Per-reviewer counts and the decision mix, into status (whose campaign is already set). */
    [[nodiscard]] Status countInto(qint64 id, CampaignStatus* status) const;
    [[nodiscard]] Result<QList<Reminder>> pendingByReviewer(qint64 id) const;
    /** Pending items not handed on yet whose reviewer has a manager in the people directory. */
    [[nodiscard]] Result<QList<Escalation>> escalations(qint64 id) const;
    [[nodiscard]] Result<QList<FlaggedDecision>> flagged(qint64 id) const;
    [[nodiscard]] Result<int> itemCount(qint64 id) const;
    /** When each item was first decided (an amendment does not decide an item twice), oldest first. */
    [[nodiscard]] Result<QList<QDateTime>> firstDecisions(qint64 id) const;
    [[nodiscard]] Result<QStringList> reviewers(qint64 id) const;

    /** The identities a campaign's scope selects. */
    [[nodiscard]] Result<QList<ScopedIdentity>> inScope(const IdentitySelection& selection) const;
    /** Each identity's evidence hash when it was last certified. */
    [[nodiscard]] Result<QHash<qint64, QString>> lastCertifiedEvidence() const;
    [[nodiscard]] Result<qint64> insertCampaign(const NewCampaign& campaign);
    [[nodiscard]] Status insertItem(const NewItem& item);
    /** Gives an item to the reviewer's manager, keeping whom it came from. */
    [[nodiscard]] Status moveItem(qint64 itemId, const QString& to, const QString& from);

    [[nodiscard]] Result<QList<ClosingDecision>> closingDecisions(qint64 id) const;
    /** Identities certified (or not asked) in this campaign that still hold stale credentials: identity, credential. */
    [[nodiscard]] Result<QList<std::pair<qint64, QString>>> staleCredentialsKept(qint64 id) const;
    /** Items nobody decided expire; returns how many. */
    [[nodiscard]] Result<int> expirePending(qint64 id);
    [[nodiscard]] Status markClosed(qint64 id, const QDateTime& at);

private:
    QSqlDatabase m_db;
    std::optional<BulkStatement> m_insertItem; ///< prepared once per campaign
};

} // namespace recertify
