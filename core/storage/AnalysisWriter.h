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
 * A finding's columns as the store's UTF-8 text. Encoded where the finding is made (on the analysing cores), so
 * the one thread that writes only binds: at 100,000 identities that is 555,000 rows.
 */
struct FindingColumns
{
    QByteArray type, subject, severity, detail, owasp, since, detailData;

    [[nodiscard]] static FindingColumns of(const Finding& finding);
};

/**
 * What an analysis writes, in typed calls on the caller's transaction, each statement prepared
 * once: the snapshot it leaves, findings opened, updated and resolved, each identity's figures and
 * their history. What the findings are is DriftAnalyzer's business.
 */
class AnalysisWriter
{
public:
    explicit AnalysisWriter(const QSqlDatabase& db);

    /** Starts the run's snapshot (its totals are set at the end); returns its id. */
    [[nodiscard]] Result<qint64> beginSnapshot(const QDateTime& at);
    /**
     * Opens a finding (or opens it again, if it was resolved); written by the time flush() returns. One identity
     * has one finding of a type and subject: two in one batch are an error on PostgreSQL.
     */
    [[nodiscard]] Status openFinding(qint64 identityId, const FindingColumns& finding, const QByteArray& openedAt);
    /** Writes the findings opened and the figures' history recorded since the last flush. */
    [[nodiscard]] Status flush();
    [[nodiscard]] Status updateFinding(qint64 findingId, const FindingColumns& finding);
    [[nodiscard]] Status resolveFinding(qint64 findingId, const QDateTime& at);
    /** The identity's current figures and trust debt, and a history row in the snapshot. */
    [[nodiscard]] Status recordFigures(qint64 snapshotId, qint64 identityId, const DriftFigures& figures, double debt);
    [[nodiscard]] Result<EstateTotals> estateTotals() const;
    [[nodiscard]] Status finishSnapshot(qint64 snapshotId, const EstateTotals& totals);

private:
    /**
     * Rows inserted many to a statement: a statement per row spent more in starting and ending each than in
     * the row (555,000 findings opened at 100,000 identities).
     */
    struct Batch
    {
        const char* head; ///< INSERT INTO … VALUES
        const char* tail; ///< what follows the rows
        int columns;
        QVariantList values;
        std::optional<BulkStatement> full, rest;
        qsizetype restRows = 0; ///< the rows `rest` was prepared for
    };

    [[nodiscard]] Status exec(std::optional<BulkStatement>& statement, const char* text,
                              std::initializer_list<QVariant> values);
    [[nodiscard]] Status add(Batch& batch, std::initializer_list<QVariant> row);
    [[nodiscard]] Status write(Batch& batch);

    QSqlDatabase m_db;
    // Run once per finding or identity: bound through SQLite itself.
    std::optional<BulkStatement> m_update, m_resolve, m_figures;
    Batch m_open, m_history;
};

} // namespace recertify
