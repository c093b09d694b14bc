#pragma once

#include "core/analysis/DriftAnalyzer.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace recertify {

/** What one analysis run found, for the estate. */
struct AnalysisReport
{
    qint64 snapshotId = 0;
    int identities = 0;
    int openFindings = 0;
    int opened = 0; ///< findings new in this run
    int resolved = 0; ///< findings that went away
    double totalDebt = 0;
    qint64 granted = 0;
    qint64 used = 0;
    qint64 unused = 0;
    qint64 outOfScope = 0;
    /** Nothing changed since the last analysis of the whole estate: its snapshot and findings stand, none written. */
    bool unchanged = false;
};

/**
 * Runs drift analysis and trust-debt scoring over the whole store in one transaction: findings
 * are opened and resolved (keeping when each began), every identity's score and drift figures are
 * updated, and a snapshot records the estate (and each identity that changed) so every figure has
 * a history. Works in batches of identities: memory does not grow with the estate. When nothing changed since
 * the last run (no transaction changed the estate, no moment passed at which time alone turns a finding, the same
 * policy and rules), the run says so and leaves the store as it is.
 */
class AnalysisService
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisService)

public:
    AnalysisService(DatabasePtr database, const Clock& clock = Clock::instance(), DriftPolicy policy = {})
        : m_database(std::move(database))
        , m_clock(clock)
        , m_policy(policy)
    {
    }

    [[nodiscard]] Result<AnalysisReport> run();
    /** Analyses every identity even when nothing changed (after a suspected fault, or to time it). */
    [[nodiscard]] Result<AnalysisReport> runFull();
    /** Re-analyses one identity after a change to it; the snapshot's estate totals stay exact. */
    [[nodiscard]] Result<AnalysisReport> runFor(qint64 identityId);

private:
    [[nodiscard]] Result<AnalysisReport> analyse(qint64 only, bool evenIfUnchanged);
    /** What findings depend on besides the estate and the time: the policy and the build's rules. */
    QString inputs() const;

    DatabasePtr m_database;
    const Clock& m_clock;
    DriftPolicy m_policy;
};

} // namespace recertify
