#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>

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

private:
    DatabasePtr m_database;
};

} // namespace recertify
