#pragma once

#include "core/analysis/AnalysisService.h"

#include <QFutureWatcher>
#include <QObject>

namespace recertify {

/** Findings and trust debt recomputed in a worker thread, for the desktop; the outcome arrives as a signal. */
class AnalysisJob : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisJob(DatabasePtr database, QObject* parent = nullptr);
    ~AnalysisJob() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    /** error is empty when the analysis was written. */
    void finished(const AnalysisReport& report, const QString& error);

private:
    struct Outcome
    {
        AnalysisReport report;
        QString error;
    };

    DatabasePtr m_database;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace recertify
