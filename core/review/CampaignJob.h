#pragma once

#include "core/review/CampaignService.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>

namespace recertify {

/**
 * A campaign created in a worker thread, so the window never freezes while evidence is frozen per item:
 * progress and the outcome arrive as signals on the thread that started it; cancel() stops it and nothing
 * is created (the whole campaign is one transaction).
 */
class CampaignJob : public QObject
{
    Q_OBJECT

public:
    CampaignJob(DatabasePtr database, CampaignRequest request, QObject* parent = nullptr);
    ~CampaignJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int done, int total);
    /** id is 0 and error says why when nothing was created. */
    void finished(qint64 id, const QString& error);

private:
    struct Outcome
    {
        qint64 id = 0;
        QString error;
    };

    DatabasePtr m_database;
    CampaignRequest m_request;
    std::atomic_bool m_cancelled = false;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace recertify
