#include "core/review/CampaignJob.h"

#include <QtConcurrent>

namespace recertify {

CampaignJob::CampaignJob(DatabasePtr database, CampaignRequest request, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_request(std::move(request))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.id, outcome.error);
    });
}

CampaignJob::~CampaignJob()
{
    // The worker writes through the store this object holds: stop it and let it finish first.
    m_cancelled = true;
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void CampaignJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] {
        Outcome outcome;
        auto id = CampaignService(m_database).create(m_request, [this](int done, int total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        });
        if (id)
            outcome.id = id.value();
        else
            outcome.error = id.errorString();
        return outcome;
    }));
}

} // namespace recertify
