#pragma once

#include "core/connectors/Importer.h"
#include "core/storage/Database.h"
#include "core/sync/SightedLog.h"
#include "core/sync/SyncReport.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace recertify {

/**
 * Runs an importer over its inputs, stages what it reads, diffs it against the store and writes
 * the result in one transaction: a bad file anywhere leaves the store exactly as it was.
 * Re-importing the same data changes nothing. Every run, good or bad, is kept in the run history.
 */
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString& stage)>;

    SyncEngine(DatabasePtr database, const Clock& clock = Clock::instance());

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /** Safe to call from another thread; the run stops at the next record and rolls back. */
    void cancel() { m_cancelled = true; }
    /** Who the lifecycle events name as actor. */
    void setActor(const QString& actor) { m_actor = actor; }
    /**
     * How many event ids stay in memory before a run goes to disk, and how many are checked against the store at a
     * time (SightedLog::kRunEvents and SyncWriter::kSeenChunk unless set): small values reach both paths in tests.
     */
    void setIdLimits(size_t inMemory, size_t perCheck)
    {
        m_idsInMemory = inMemory;
        m_idsPerCheck = perCheck;
    }

    [[nodiscard]] Result<SyncReport> run(Importer& importer, const QStringList& inputs);

private:
    DatabasePtr m_database;
    const Clock& m_clock;
    Progress m_progress;
    std::atomic_bool m_cancelled { false };
    QString m_actor;
    size_t m_idsInMemory = SightedLog::kRunEvents;
    size_t m_idsPerCheck = size_t(1) << 18; // SyncWriter::kSeenChunk
};

} // namespace recertify
