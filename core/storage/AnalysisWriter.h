#pragma once

#include "core/domain/Finding.h"
#include "core/domain/IdentityFacts.h"
#include "core/storage/BulkStatement.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace recertify {

/** The estate's figures summed over what every identity holds. */
struct EstateTotals
{
    int identities = 0;
    qint64 granted = 0;
    qint64 used = 0;
    qint64 unused = 0;
    qint64 outOfScope = 0;
    double debt = 0;
};

/**
 * What an analysis writes, in typed calls on the caller's transaction, each statement prepared
 * once: the snapshot it leaves, findings opened, updated and resolved, each identity's figures and
 * their history. What the findings are is DriftAnalyzer's business.
 */
class AnalysisWriter
{
public:
    explicit AnalysisWriter(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    /** Starts the run's snapshot (its totals are set at the end); returns its id. */
    [[nodiscard]] Result<qint64> beginSnapshot(const QDateTime& at);
    /** Opens a finding (or opens it again, if it was resolved). */
    [[nodiscard]] Status openFinding(qint64 identityId, const Finding& finding, const QDateTime& openedAt);
    [[nodiscard]] Status updateFinding(qint64 findingId, const Finding& finding);
    [[nodiscard]] Status resolveFinding(qint64 findingId, const QDateTime& at);
    /** The identity's current figures and trust debt, and a history row in the snapshot. */
    [[nodiscard]] Status recordFigures(qint64 snapshotId, qint64 identityId, const DriftFigures& figures, double debt);
    [[nodiscard]] Result<EstateTotals> estateTotals() const;
    [[nodiscard]] Status finishSnapshot(qint64 snapshotId, const EstateTotals& totals);

private:
    [[nodiscard]] Status exec(std::optional<BulkStatement>& statement, const char* text,
                              std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    // Run once per finding or identity (555,000 findings opened at 100,000 identities): bound through SQLite itself.
    std::optional<BulkStatement> m_open, m_update, m_resolve, m_figures, m_history;
};

} // namespace recertify
