#include "core/demo/DemoJob.h"

#include "core/analysis/AnalysisService.h"

#include <QtConcurrent>

namespace recertify {

DemoJob::DemoJob(DatabasePtr database, DemoEstate::Options options, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_options(options)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.identities, outcome.error);
    });
}

DemoJob::~DemoJob()
{
    // The worker writes through the store this object holds: let it finish first.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void DemoJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] {
        Outcome outcome;
        auto summary = DemoEstate::generate(*m_database, m_options, Clock::instance(), [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        if (!summary) {
            outcome.error = summary.errorString();
            return outcome;
        }
        outcome.identities = summary->identities;
        // Findings and trust debt, as after any import, so every page has something to show.
        if (auto analysis = AnalysisService(m_database, Clock::instance()).run(); !analysis)
            outcome.error = analysis.errorString();
        return outcome;
    }));
}

} // namespace recertify
