#pragma once

#include "core/domain/Campaign.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace recertify {

/** Who owns an identity, as the people directory knows them. */
struct OwnerStanding
{
    QString businessOwner;
    bool directoryHasPeople = false; ///< a directory was imported at all
    bool inDirectory = false;
    bool active = false;
};

/** The answers of one decision in force, for the approve-all streak. */
struct AnswerTriple
{
    QString ownership;
    QString scope;
    QString need;
};

/** A decision as it is recorded: the reviewer's answers plus what checking them established. */
struct DecisionRecord
{
    qint64 itemId = 0;
    QString assignedTo;
    QString decidedBy;
    QString onBehalfOf; ///< empty unless a manager decided for the reviewer
    QString recommendation; ///< followed, not-followed, or empty
    qint64 supersedes = 0; ///< the decision this one amends
    QDateTime decidedAt;
    QDateTime ownershipUntil; ///< invalid where the item does not ask ownership
    QDateTime scopeUntil; ///< invalid where the item does not ask the task scope
    QString ownership;
    QString ownershipTarget;
    QString scope;
    QStringList scopeRemove;
    QString need;
    QDateTime certifyUntil;
    QString justification;
    int secondsSpent = -1;
    QStringList flags;
};

/** A certifying decision in force: when, the grants its item showed, and those it removed. */
struct CertifyingDecision
{
    QString at; ///< as stored
    QStringList grantsShown;
    QStringList removed;
};

/**
 * The review tables in typed calls: items, decisions, and the certification they set on an
 * identity. Works on the connection it is given, inside the caller's transaction where it writes;
 * the review rules themselves live in ReviewService.
 */
class ReviewStore
{
public:
    explicit ReviewStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    /** Items of a campaign (optionally one reviewer's), pending first; campaign 0: the reviewer's in every open
     * campaign. */
    [[nodiscard]] Result<QList<ReviewItem>> items(qint64 campaignId, const QString& reviewer) const;
    [[nodiscard]] Result<std::optional<ReviewItem>> item(qint64 itemId) const;
    /** The decision in force for an item (the latest amendment, or the first decision). */
    [[nodiscard]] Result<std::optional<Decision>> decisionInForce(qint64 itemId) const;

    [[nodiscard]] Result<QString> managerOf(const QString& email) const;
    [[nodiscard]] Result<std::optional<OwnerStanding>> ownerOf(qint64 identityId) const;
    /** The answers in force of a reviewer's latest decisions in a campaign, newest first. */
    [[nodiscard]] Result<QList<AnswerTriple>> recentAnswers(qint64 campaignId, const QString& decidedBy,
                                                            int limit) const;
    /** The reviewer of a later stage of the same identity in the same campaign, if one was opened. */
    [[nodiscard]] Result<std::optional<QString>> laterStageReviewer(const ReviewItem& item) const;
    /** Who reviews stage two: the technical owner or the reviewer's manager, as the campaign asks; empty for none. */
    [[nodiscard]] Result<QString> secondStageReviewer(const ReviewItem& item) const;

    /** Moves a pending item at this version to decided; false when someone else got there first. */
    [[nodiscard]] Result<bool> claimPending(qint64 itemId, int version, const QDateTime& at);
    /** Moves a decided item's version on, for an amendment; false when someone else amended it first. */
    [[nodiscard]] Result<bool> claimDecided(qint64 itemId, int version);
    /** Hands a pending item at this version to another reviewer; false when it changed meanwhile. */
    [[nodiscard]] Result<bool> handOn(qint64 itemId, int version, const QString& from, const QString& to);
    [[nodiscard]] Status insertDecision(const DecisionRecord& record);
    /** Each attestation's certified-until date on the identity; an unset optional leaves a date alone. */
    [[nodiscard]] Status setAttestedUntil(qint64 identityId, const std::optional<QDateTime>& ownership,
                                          const std::optional<QDateTime>& scope, const std::optional<QDateTime>& need);
    /** The grants a certification keeps, as the identity's baseline. */
    [[nodiscard]] Status setCertifiedGrants(qint64 identityId, const QStringList& grants);
    /** Certifies the identity now with the grants it keeps; a valid expiry also ends it then. */
    [[nodiscard]] Status certify(qint64 identityId, const QDateTime& at, const QStringList& grants,
                                 const QDateTime& expires);
    /** The latest certifying decision in force for an identity, with its item's evidence grants. */
    [[nodiscard]] Result<std::optional<CertifyingDecision>> latestCertifying(qint64 identityId) const;
    /**
     * Puts the identity's certification back to an earlier one (an empty time: none), where the one
     * certified at takenBackAt is still the identity's own.
     */
    [[nodiscard]] Status restoreCertification(qint64 identityId, const QString& earlierAt,
                                              const QStringList& earlierGrants, const QString& takenBackAt);
    [[nodiscard]] Status openSecondStage(const ReviewItem& item, const QString& reviewer, const QString& reason);

private:
    QSqlDatabase m_db;
};

} // namespace recertify
