#include "core/storage/AnalysisDue.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

Status AnalysisDue::mark(const QSqlDatabase& db, const QString& cause, const QDateTime& at)
{
    // The first unanalysed change is the one to name; later ones leave it.
    auto q = sql::run(
        db, QStringLiteral("INSERT INTO analysis_due (id, since, cause) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING"),
        { Timestamp::toIso(at), cause });
    return q ? Status() : Status(q.error());
}

Status AnalysisDue::clear(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("DELETE FROM analysis_due"));
    return q ? Status() : Status(q.error());
}

Result<std::optional<AnalysisDue>> AnalysisDue::read(const Database& database)
{
    auto q = sql::run(database.connection(), QStringLiteral("SELECT since, cause FROM analysis_due"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AnalysisDue>();
    AnalysisDue due;
    due.since = Timestamp::fromIso(q->value(0).toString());
    due.cause = q->value(1).toString();
    return std::optional<AnalysisDue>(due);
}

} // namespace recertify
