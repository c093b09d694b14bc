#include "core/analysis/AnalysisJob.h"

#include <QtConcurrent>

namespace recertify {

AnalysisJob::AnalysisJob(DatabasePtr database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.report, outcome.error);
    });
}

AnalysisJob::~AnalysisJob()
{
    // The worker writes through the store this object holds: let it finish first.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void AnalysisJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] {
        Outcome outcome;
        if (auto analysed = AnalysisService(m_database, Clock::instance()).run(); analysed)
            outcome.report = analysed.value();
        else
            outcome.error = analysed.errorString();
        return outcome;
    }));
}

} // namespace recertify
