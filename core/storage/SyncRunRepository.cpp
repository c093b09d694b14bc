#include "core/storage/SyncRunRepository.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT id, format, inputs, started_at, finished_at, status, added, changed, removed, skipped, error, "
    "authoritative, warnings FROM sync_runs");

Result<QList<SyncRun>> read(Result<QSqlQuery> q)
{
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

} // namespace

Result<QList<SyncRun>> SyncRunRepository::recent(int limit) const
{
    return read(sql::run(m_database->connection(), kColumns + QStringLiteral(" ORDER BY id DESC LIMIT ?"), { limit }));
}

Result<QList<SyncRun>> SyncRunRepository::lastGoodBefore(const QDateTime& before) const
{
    // ISO times in UTC sort as text, on both engines.
    return read(sql::run(m_database->connection(),
                         kColumns
                             + QStringLiteral(" WHERE id IN (SELECT MAX(id) FROM sync_runs WHERE status = 'ok' AND "
                                              "finished_at <= ? GROUP BY format) ORDER BY format"),
                         { Timestamp::toIso(before) }));
}

Result<QList<std::pair<QString, QString>>> SyncRunRepository::campaignPopulation(qint64 campaignId) const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral(
            "SELECT DISTINCT i.source, i.native_id FROM review_items r JOIN identities i ON i.id = r.identity_id "
            "WHERE r.campaign_id = ? AND r.stage = 1"),
        { campaignId });
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString() });
    return out;
}

Result<int> SyncRunRepository::coverageDays(const QString& source, const QDate& from, const QDate& to) const
{
    auto q = sql::run(
        m_database->connection(),
        // Days the source's activity data covers, and days its identities were seen acting (usage is an observation
        // too).
        QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT day FROM activity_coverage WHERE source = ? AND day >= ? AND day <= ? "
            "UNION SELECT u.day FROM usage_daily u JOIN identities i ON i.id = u.identity_id WHERE i.source = ? AND "
            "u.day >= ? AND u.day <= ?) d"),
        { source, from.toString(Qt::ISODate), to.toString(Qt::ISODate), source, from.toString(Qt::ISODate),
          to.toString(Qt::ISODate) });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status SyncRunRepository::recordFailed(const QSqlDatabase& db, const SyncRun& run)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO sync_runs (format, inputs, started_at, finished_at, status, error) "
                                     "VALUES (?, ?, ?, ?, 'failed', ?)"),
                      { run.format, run.inputs.join(u'\n'), Timestamp::toIso(run.startedAt),
                        Timestamp::toIso(run.finishedAt), run.error });
    return q ? Status() : Status(q.error());
}

Result<qint64> SyncRunRepository::recordDone(const QSqlDatabase& db, const SyncRun& run)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO sync_runs (format, inputs, started_at, finished_at, status, added, "
                                     "changed, removed, skipped, authoritative, warnings) "
                                     "VALUES (?, ?, ?, ?, 'ok', ?, ?, ?, ?, ?, ?) RETURNING id"),
                      { run.format, run.inputs.join(u'\n'), Timestamp::toIso(run.startedAt),
                        Timestamp::toIso(run.finishedAt), run.added, run.changed, run.removed, run.skipped,
                        run.authoritative.join(u'\n'), sql::nullableText(run.warnings.join(u'\n')) });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<bool> SyncRunRepository::wasImported(const QSqlDatabase& db, const QByteArray& sha256)
{
    auto q = sql::run(db, QStringLiteral("SELECT 1 FROM imported_inputs WHERE sha256 = ?"),
                      { QString::fromLatin1(sha256) });
    if (!q)
        return q.error();
    return q->next();
}

Status SyncRunRepository::rememberInput(const QSqlDatabase& db, const QByteArray& sha256, const QString& format,
                                        const QString& path, qint64 runId, const QDateTime& at)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO imported_inputs (sha256, format, path, sync_run_id, imported_at) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                      { QString::fromLatin1(sha256), format, path, runId, Timestamp::toIso(at) });
    return q ? Status() : Status(q.error());
}

} // namespace recertify
