#pragma once

#include "FindingText.h"
#include "domain/Credential.h"
#include "domain/Finding.h"
#include "domain/Grant.h"
#include "domain/Identity.h"
#include "domain/UsageRecord.h"

#include <QCoreApplication>
#include <QList>

namespace recertify {

/** Everything the analyzer needs to know about one identity. */
struct IdentityFacts
{
    Identity identity;
    QList<Grant> grants;
    QList<Credential> credentials;
    QList<UsageRecord> usage; ///< within the observation window
    QStringList certifiedGrants; ///< the grants at the last certification (empty: never certified)
    QDateTime lastCertifiedAt;
    QDateTime ownershipUntil; ///< each attestation certified until its own date (invalid: never certified)
    QDateTime scopeUntil;
    QDateTime needUntil;
    QStringList removalRequested; ///< grants a reviewer's reduce decision named for removal
    QDateTime removalRequestedAt;
    bool directoryKnown = false; ///< a people directory was imported
    bool ownerInDirectory = false;
    bool ownerActive = false;
    /// Days of the window the identity's source (its account, for AWS) has activity data for;
    /// 0: none, so nothing can be called unused; -1: not measured (treated as observed).
    int coverageDays = -1;
    QString coverageScope; ///< what the days are of: "aws account:1111…", "k8s"
};

/** Granted vs used vs declared, for one identity. */
struct DriftFigures
{
    int granted = 0;
    int used = 0; ///< grants covered by allowed activity in the window
    int unused = 0;
    int outOfScope = 0; ///< distinct actions outside the declared scope (or denied outside the grants)
};

/** The policy the analyzer applies; the defaults follow ARCHITECTURE.md and the anchors. */
struct DriftPolicy
{
    int windowDays = 90; ///< observation window for usage
    int rotationDays = 365; ///< credentials older than this are stale
    int expiringDays = 30; ///< credentials expiring within this are flagged
    int neverUsedGraceDays = 30; ///< new identities are not "never used" yet
    int reviewIntervalDays = 365;
    int removalDays = 30; ///< a removal a reviewer requested is overdue after this
};

/**
 * Computes the findings of CLI.md for one identity: privilege drift (unused grants, out-of-scope
 * actions, scope creep, admin grants) and hygiene (stale, expiring and expired credentials, never
 * used, dormant, orphaned, no purpose, no expiry, review overdue, human use). Pure: no store.
 */
class DriftAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(DriftAnalyzer)

public:
    DriftAnalyzer(QDateTime now, DriftPolicy policy = {})
        : m_now(std::move(now))
        , m_policy(policy)
    {
    }

    [[nodiscard]] QList<Finding> analyze(const IdentityFacts& facts, DriftFigures* figures = nullptr) const;

private:
    void add(QList<Finding>& out, const IdentityFacts& facts, const QString& type, const QString& subject,
             const FindingText& detail, QDateTime since) const;

    QDateTime m_now;
    DriftPolicy m_policy;
};

} // namespace recertify
