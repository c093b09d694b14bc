#include "core/storage/AnalysisState.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

Result<qint64> AnalysisState::estateGeneration(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT generation FROM estate_generation WHERE id = 1"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<std::optional<AnalysisState>> AnalysisState::read(const QSqlDatabase& db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT generation, analysed_at, stable_until, inputs, snapshot_id FROM "
                                     "analysis_state "
                                     "WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AnalysisState>();
    AnalysisState state;
    state.generation = q->value(0).toLongLong();
    state.analysedAt = Timestamp::fromIso(q->value(1).toString());
    state.stableUntil = Timestamp::fromIso(q->value(2).toString());
    state.inputs = q->value(3).toString();
    state.snapshotId = q->value(4).toLongLong();
    return std::optional<AnalysisState>(state);
}

Status AnalysisState::write(const QSqlDatabase& db, const AnalysisState& state)
{
    auto q = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO analysis_state (id, generation, analysed_at, stable_until, inputs, "
            "snapshot_id) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET generation "
            "= excluded.generation, analysed_at = excluded.analysed_at, stable_until = excluded.stable_until, inputs = "
            "excluded.inputs, snapshot_id = excluded.snapshot_id"),
        { state.generation, Timestamp::toIso(state.analysedAt), Timestamp::toIso(state.stableUntil), state.inputs,
          state.snapshotId });
    return q ? Status() : Status(q.error());
}

Result<std::optional<EstateTotals>> AnalysisState::snapshotTotals(const QSqlDatabase& db, qint64 snapshotId)
{
    auto q
        = sql::run(db,
                   QStringLiteral("SELECT identities, granted, used, unused, out_of_scope, trust_debt FROM snapshots "
                                  "WHERE id = ?"),
                   { snapshotId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EstateTotals>();
    return std::optional<EstateTotals>(EstateTotals { q->value(0).toInt(), q->value(1).toLongLong(),
                                                      q->value(2).toLongLong(), q->value(3).toLongLong(),
                                                      q->value(4).toLongLong(), q->value(5).toDouble() });
}

Result<int> AnalysisState::openFindings(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE resolved_at IS NULL"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace recertify
