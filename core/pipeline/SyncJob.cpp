#include "core/pipeline/SyncJob.h"

#include <QtConcurrent>

namespace recertify {

SyncJob::SyncJob(DatabasePtr database, std::unique_ptr<Importer> importer, QStringList inputs, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_importer(std::move(importer))
    , m_inputs(std::move(inputs))
    , m_engine(std::make_unique<SyncEngine>(m_database))
    , m_after(std::make_unique<AfterChange>(m_database))
{
    m_engine->setActor(QStringLiteral("desktop import"));
    // Progress comes from the worker; queue it to this object's thread.
    m_engine->setProgress([this](qint64 done, qint64 total, const QString& stage) {
        QMetaObject::invokeMethod(
            this, [this, done, total, stage] { emit progress(done, total, stage); }, Qt::QueuedConnection);
    });
    m_after->setProgress([this](const QString& stage) {
        QMetaObject::invokeMethod(
            this, [this, stage] { emit progress(1, 1, stage); }, Qt::QueuedConnection);
    });
    connect(&m_watcher, &QFutureWatcher<SyncReport>::finished, this, [this] { emit finished(m_watcher.result()); });
}

SyncJob::~SyncJob()
{
    // Never leave a worker writing through an engine that is gone.
    if (m_watcher.isRunning()) {
        m_engine->cancel();
        m_watcher.waitForFinished();
    }
}

void SyncJob::start()
{
    m_watcher.setFuture(QtConcurrent::run([this] {
        auto result = m_after->sync(*m_engine, *m_importer, m_inputs, QStringLiteral("desktop import"));
        if (result)
            return result.value();
        SyncReport failed;
        failed.format = m_importer->format();
        failed.inputs = m_inputs;
        failed.error = result.errorString();
        failed.errorField = result.error().field;
        return failed;
    }));
}

void SyncJob::cancel()
{
    m_engine->cancel();
}

} // namespace recertify
