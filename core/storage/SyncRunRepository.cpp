#include "SyncRunRepository.h"

#include "SqlUtil.h"
#include "util/Timestamp.h"

namespace recertify {

Result<QList<SyncRun>> SyncRunRepository::recent(int limit) const
{
    auto q = sql::run(m_database->connection(),
        QStringLiteral("SELECT id, format, inputs, started_at, finished_at, status, added, changed, removed, skipped, error, "
                       "authoritative, warnings FROM sync_runs ORDER BY id DESC LIMIT ?"),
        { limit });
    if (!q)
        return q.error();
    QList<SyncRun> runs;
    while (q->next()) {
        SyncRun run;
        run.id = q->value(0).toLongLong();
        run.format = q->value(1).toString();
        run.inputs = q->value(2).toString().split(u'\n', Qt::SkipEmptyParts);
        run.startedAt = Timestamp::fromIso(q->value(3).toString());
        run.finishedAt = Timestamp::fromIso(q->value(4).toString());
        run.status = q->value(5).toString();
        run.added = q->value(6).toInt();
        run.changed = q->value(7).toInt();
        run.removed = q->value(8).toInt();
        run.skipped = q->value(9).toInt();
        run.error = q->value(10).toString();
        run.authoritative = q->value(11).toString().split(u'\n', Qt::SkipEmptyParts);
        run.warnings = q->value(12).toString().split(u'\n', Qt::SkipEmptyParts);
        runs.append(run);
    }
    return runs;
}

} // namespace recertify
