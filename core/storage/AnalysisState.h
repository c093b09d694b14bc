#pragma once

#include "core/storage/AnalysisWriter.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace recertify {

/**
 * What the last analysis of the whole estate saw: the estate's generation (which every transaction that changes
 * the estate moves), until when the passing of time alone leaves its findings as they are, what else they depend
 * on (the policy, this version's rules), and the snapshot it left. While all of that holds, analysing again
 * would find the same; the run can say so without reading the estate.
 */
struct AnalysisState
{
    qint64 generation = 0;
    QDateTime analysedAt;
    QDateTime stableUntil;
    QString inputs;
    qint64 snapshotId = 0;

    /** The estate's generation now. */
    [[nodiscard]] static Result<qint64> estateGeneration(const QSqlDatabase& db);
    /** Empty before the first analysis of the whole estate. */
    [[nodiscard]] static Result<std::optional<AnalysisState>> read(const QSqlDatabase& db);
    [[nodiscard]] static Status write(const QSqlDatabase& db, const AnalysisState& state);
    /** A snapshot's estate totals and the findings open now; empty when the snapshot is gone. */
    [[nodiscard]] static Result<std::optional<EstateTotals>> snapshotTotals(const QSqlDatabase& db, qint64 snapshotId);
    [[nodiscard]] static Result<int> openFindings(const QSqlDatabase& db);
};

} // namespace recertify
