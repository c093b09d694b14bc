#pragma once

#include "core/domain/Campaign.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace recertify {

/**
 * The reviewer's side: the items assigned to them and the three attestations per item. Only the
 * assigned reviewer decides; a justification is required where it matters; every decision is one
 * transaction with its audit row (who was assigned, who decided); two reviewers deciding the same
 * item at once cannot both win (the item's version must be the one the reviewer saw).
 */
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    /** Items of a campaign, optionally one reviewer's; pending ones first. Campaign 0: the reviewer's items in every
     * open campaign. */
    [[nodiscard]] Result<QList<ReviewItem>> items(qint64 campaignId, const QString& reviewer = {}) const;
    [[nodiscard]] Result<ReviewItem> item(qint64 itemId) const;
    /**
     * Records one decision. Returns the flags it raised for the manager (fast, streak), if any.
     * The caller runs AfterChange for the item's identity, so its findings and debt follow at once.
     */
    [[nodiscard]] Result<QStringList> decide(const Decision& decision);
    /**
     * Amends a decided item while its campaign is open: a new decision that supersedes the one in
     * force, under the same rules. Both stay on record (the store, the audit chain, the export); only
     * the new one acts (certification, removals, remediation at close). Returns the flags it raised.
     */
    [[nodiscard]] Result<QStringList> amend(const Decision& decision);
    /** The decision in force for an item (the latest amendment, or the first decision). */
    [[nodiscard]] Result<Decision> decision(qint64 itemId) const;

    /** The assigned reviewer hands an item to someone else; recorded and audited. */
    [[nodiscard]] Status delegate(qint64 itemId, const QString& from, const QString& to);

    /** "ownership", "scope" or "need" in the reader's words. */
    static QString attestationName(const QString& attestation);

    /** Decisions faster than this many seconds are flagged to the manager. */
    static constexpr int kFastSeconds = 3;
    /** This many certify-everything decisions in a row by one reviewer are flagged. */
    static constexpr int kStreak = 10;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
