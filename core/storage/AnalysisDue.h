#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <optional>

namespace recertify {

/**
 * Marks the estate as changed since findings were last computed. The mark is written in the same
 * transaction as the change (an import, a sync, the demo estate) and cleared by the analysis of the
 * whole estate, so a process killed between the two leaves findings known to be out of date
 * instead of silently old.
 */
class AnalysisDue
{
public:
    QDateTime since; ///< when the first change not yet analysed was committed
    QString cause; ///< what made it: the import's format, "demo"

    [[nodiscard]] static Status mark(const QSqlDatabase& db, const QString& cause, const QDateTime& at);
    [[nodiscard]] static Status clear(const QSqlDatabase& db);
    /** Empty when findings follow every committed change. */
    [[nodiscard]] static Result<std::optional<AnalysisDue>> read(const Database& database);
};

} // namespace recertify
