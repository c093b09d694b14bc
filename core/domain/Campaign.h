#pragma once

#include "core/domain/Decision.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace recertify {

/** Which identities a campaign covers, as parsed from its scope: every condition given must hold. */
struct IdentitySelection
{
    QStringList sources;
    QStringList kinds;
    QStringList statuses; ///< empty: every identity that is not retired
    QStringList findings; ///< an open finding of one of these types
    QList<qint64> ids;
    double minDebt = -1; ///< below zero: any trust debt
    bool orphaned = false; ///< no business owner, or one who is not an active person
};

/** A review campaign: which identities, who reviews, by when. */
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString scope; ///< the scope expression it was created with
    QDateTime due;
    QDateTime createdAt;
    QString createdBy;
    QString status = CampaignState::Open;
    QString fallbackReviewer;
    QString secondStage; ///< empty, "technical" or "manager"
    QString trigger; ///< set for event-driven micro-campaigns
    QDateTime closedAt;
};

/** One identity to review, with the evidence the reviewer sees. */
struct ReviewItem
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 identityId = 0;
    QString nativeId;
    QString displayName;
    int stage = 1;
    QString reviewer;
    QString state = ItemState::Pending;
    QString reason; ///< why it is in this queue
    QJsonObject evidence;
    int version = 1;
    bool unchangedSinceLastReview = false;
    QDateTime decidedAt;
    bool campaignOpen = true; ///< decisions may be amended until the campaign closes
    QStringList asks; ///< the attestations this item asks (ownership, scope, need); empty: all three

    /** Whether the item asks this attestation ("ownership", "scope" or "need"). */
    bool asksFor(const QString& attestation) const { return asks.isEmpty() || asks.contains(attestation); }
};

/** The three attestations for one item. */
struct Decision
{
    qint64 itemId = 0;
    QString decidedBy; ///< the person deciding
    QString onBehalfOf; ///< the assigned reviewer, when their manager decides for them
    // Every answer starts empty: nothing is recorded that the reviewer did not give.
    QString ownership; ///< confirm, reassign; not-asked where the item does not ask it
    QString ownershipTarget; ///< the new owner, for reassign
    QString scope; ///< keep, reduce; not-asked
    QStringList scopeRemove; ///< grants to remove, for reduce
    QString need; ///< certify, revoke, retire; not-asked
    QDateTime certifyUntil; ///< how long the business need is certified
    QDateTime ownershipUntil; ///< how long the ownership answer holds (default: a year)
    QDateTime scopeUntil; ///< how long the task scope answer holds (default: a year)
    QString justification;
    int secondsSpent = -1; ///< how long the reviewer looked, when known
    int expectedVersion = 0; ///< the item version the reviewer saw; 0 skips the check
    // As recorded (read back from the store):
    qint64 id = 0;
    qint64 supersedes = 0; ///< the decision this one amends
    QDateTime decidedAt;
};

/** Where a campaign stands, for the manager. */
struct CampaignStatus
{
    Campaign campaign;
    int items = 0;
    int decided = 0;
    int overdue = 0;
    struct Reviewer
    {
        QString email;
        int items = 0;
        int decided = 0;
        int flagged = 0;
    };
    QList<Reviewer> reviewers;
    int certified = 0;
    int reduced = 0;
    int revoked = 0;
    int retired = 0;
    int reassigned = 0;
    int flagged = 0;
    int handedOn = 0; ///< items handed on: delegated by their reviewer or escalated to a manager
    int recommended = 0; ///< decisions made where usage gave a recommendation on scope
    int followed = 0; ///< of those, how many answered the scope as recommended
    int amended = 0; ///< decisions in force that amend an earlier one
    double percentComplete() const { return items ? 100.0 * decided / items : 100.0; }
};

/** One event that starts a micro-campaign by itself, as configured. */
struct TriggerConfig
{
    QString kind; ///< out-of-scope, owner-deactivated, credential-expiring, debt-threshold
    double threshold = 0; ///< days (credential-expiring) or points (debt-threshold)
    QString fallbackReviewer;
    bool enabled = false;
    QDateTime lastRunAt;
};

/** A campaign that comes back on its own: every N days, due M days after it starts. */
struct CampaignTemplate
{
    qint64 id = 0;
    QString name;
    QString scope;
    QString fallbackReviewer;
    QString secondStage;
    int everyDays = 90;
    int durationDays = 14;
    QDateTime nextRunAt;
    QString createdBy;
};

/** A decision flagged to the manager (too fast, part of an approve-all streak), with what it said. */
struct FlaggedDecision
{
    qint64 itemId = 0;
    QString identity;
    QString reviewer; ///< assigned
    QString decidedBy;
    QDateTime decidedAt;
    QStringList flags; ///< fast, streak
    int secondsSpent = -1;
    QString ownership;
    QString scope;
    QString need;
    QString justification;
};

/** Who still has items waiting in a campaign, for a reminder. */
struct Reminder
{
    QString reviewer;
    int pending = 0;
    QString manager; ///< from the people directory, for a copy
};

/** A remediation task from a closed campaign, and whether the next sync saw it done. */
struct RemediationTask
{
    qint64 id = 0;
    qint64 identityId = 0;
    QString displayName;
    QString action; ///< remove-grant, disable-identity, retire-identity, reassign-owner
    QString subject;
    QString state; ///< open, done, overdue
    QDateTime verifiedAt;
};

} // namespace recertify
