#pragma once

#include "Database.h"

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

private:
    DatabasePtr m_database;
};

} // namespace recertify
