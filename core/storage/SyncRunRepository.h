#pragma once

#include "core/storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <utility>

namespace recertify {

/** One row of the run history: an import or sync, good or failed. */
struct SyncRun
{
    qint64 id = 0;
    QString format;
    QStringList inputs;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; ///< ok, failed
    int added = 0;
    int changed = 0;
    int removed = 0;
    int skipped = 0;
    QString error;
    QStringList authoritative; ///< the scopes the run listed completely (the only ones it could retire in)
    QStringList warnings;
};

class SyncRunRepository
{
public:
    explicit SyncRunRepository(DatabasePtr database)
        : m_database(std::move(database))
    {
    }

    /** The newest runs first. */
    [[nodiscard]] Result<QList<SyncRun>> recent(int limit = 200) const;
    /** Per input format, the newest run that finished well by this time: what a campaign started then stood on. */
    [[nodiscard]] Result<QList<SyncRun>> lastGoodBefore(const QDateTime& before) const;
    /** Source and native id of every identity a campaign reviews (stage one), for proving its population. */
    [[nodiscard]] Result<QList<std::pair<QString, QString>>> campaignPopulation(qint64 campaignId) const;
    /** Distinct days between two (inclusive) that a source's activity data covers or its identities were seen acting.
     */
    [[nodiscard]] Result<int> coverageDays(const QString& source, const QDate& from, const QDate& to) const;

    /** A run that failed: its writes are gone, its error stays in the history. */
    [[nodiscard]] static Status recordFailed(const QSqlDatabase& db, const SyncRun& run);
    /** A run that finished well, inside its own transaction; returns its id. */
    [[nodiscard]] static Result<qint64> recordDone(const QSqlDatabase& db, const SyncRun& run);
    /** Whether a file with this content (SHA-256, hex) was imported before. */
    [[nodiscard]] static Result<bool> wasImported(const QSqlDatabase& db, const QByteArray& sha256);
    /** Remembers an imported file by its content, so its activity is never counted twice. */
    [[nodiscard]] static Status rememberInput(const QSqlDatabase& db, const QByteArray& sha256, const QString& format,
                                              const QString& path, qint64 runId, const QDateTime& at);

private:
    DatabasePtr m_database;
};

} // namespace recertify
