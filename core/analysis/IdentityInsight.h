#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Finding.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/domain/LifecycleEvent.h"
#include "core/domain/TrustDebt.h"
#include "core/domain/UsageRecord.h"
#include "core/storage/Database.h"
#include "core/storage/SnapshotRepository.h"
#include "core/util/Clock.h"

namespace recertify {

/** A grant with what the analysis knows of it. */
struct GrantInsight
{
    Grant grant;
    bool used = false;
    bool admin = false;
    bool declared = false; ///< within the declared task scope
};

/** Someone this identity can act as or through: a sub-agent, an assumable role. */
struct ReachableIdentity
{
    qint64 id = 0;
    QString displayName;
    QString kind;
    QString via; ///< "delegated to", "sts:AssumeRole"
    int depth = 1;
    int grants = 0;
};

/** Which days of the last 90 activity data covers for an identity: only there can a grant be called unused. */
struct UsageCoverage
{
    int days = -1; ///< -1: not known; 0: usage unknown
    QString scope; ///< "aws account 1111…", "k8s"
    QDate through; ///< the last day the data covers, whatever the window
};

/** Everything the identity page shows, read in one go. */
struct IdentityInsight
{
    Identity identity;
    QList<GrantInsight> grants;
    QList<Credential> credentials;
    QList<UsageRecord> usage;
    QList<LifecycleEvent> lifecycle;
    QList<Finding> findings;
    TrustDebt debt;
    QList<SnapshotPoint> history;
    QList<ReachableIdentity> blastRadius;
    int reachablePermissions = 0; ///< distinct permissions across the blast radius, its own included
    Identity parent;
    int coverageDays = -1; ///< days of the last 90 with activity data for its source or account; 0: usage unknown
    QString coverageScope; ///< "aws account 1111…", "k8s"
};

/**
 * The read model behind the identity page: grants marked used or unused with the same matcher the
 * analysis uses, the trust-debt breakdown from the open findings, and the blast radius, following
 * delegation to sub-agents and role assumption (sts:AssumeRole on a role's ARN) a few hops deep.
 */
class IdentityInsightService
{
public:
    IdentityInsightService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    [[nodiscard]] Result<IdentityInsight> load(qint64 identityId) const;
    /** What activity data covers for one identity, as the analysis reads it. */
    [[nodiscard]] Result<UsageCoverage> coverage(qint64 identityId) const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
