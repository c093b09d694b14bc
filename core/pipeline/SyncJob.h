#pragma once

#include "core/pipeline/AfterChange.h"
#include "core/sync/SyncEngine.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace recertify {

/**
 * One import running in a worker thread, for the desktop, followed by what follows every change
 * (analysis, remediation, triggers): progress and the result arrive as signals on the thread that
 * started it; cancel() stops it at the next record, changing nothing.
 */
class SyncJob : public QObject
{
    Q_OBJECT

public:
    SyncJob(DatabasePtr database, std::unique_ptr<Importer> importer, QStringList inputs, QObject* parent = nullptr);
    ~SyncJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    /** What the importer keeps for its next run (read once the job has finished). */
    QJsonObject syncState() const { return m_importer ? m_importer->syncState() : QJsonObject(); }

signals:
    void progress(qint64 done, qint64 total, const QString& stage);
    void finished(const recertify::SyncReport& report); ///< report.error is set when it failed

private:
    DatabasePtr m_database;
    std::unique_ptr<Importer> m_importer;
    QStringList m_inputs;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<AfterChange> m_after;
    QFutureWatcher<SyncReport> m_watcher;
};

} // namespace recertify
