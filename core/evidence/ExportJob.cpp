#include "core/evidence/ExportJob.h"

#include <QtConcurrent>

namespace recertify {

ExportJob::ExportJob(DatabasePtr database, qint64 campaignId, QString path, SigningKey key, QString actor,
                     QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_campaignId(campaignId)
    , m_path(std::move(path))
    , m_key(std::move(key))
    , m_actor(std::move(actor))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.items, outcome.error);
    });
}

ExportJob::~ExportJob()
{
    // The worker reads through the store this object holds: let it finish first.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void ExportJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] {
        Outcome outcome;
        auto written = EvidenceBundle::write(m_database, m_campaignId, m_path, m_key, m_actor);
        if (written)
            outcome.items = written->items;
        else
            outcome.error = written.errorString();
        return outcome;
    }));
}

} // namespace recertify
