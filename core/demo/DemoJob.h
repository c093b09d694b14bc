#pragma once

#include "core/demo/DemoEstate.h"
#include "core/storage/Database.h"

#include <QFutureWatcher>
#include <QObject>

namespace recertify {

/**
 * The demo estate written and analysed in a worker thread, for the desktop's first run: progress
 * and the outcome arrive as signals on the thread that started it.
 */
class DemoJob : public QObject
{
    Q_OBJECT

public:
    DemoJob(DatabasePtr database, DemoEstate::Options options, QObject* parent = nullptr);
    ~DemoJob() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void progress(int done, int total);
    /** error is empty when the estate was written and analysed. */
    void finished(int identities, const QString& error);

private:
    struct Outcome
    {
        int identities = 0;
        QString error;
    };

    DatabasePtr m_database;
    DemoEstate::Options m_options;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace recertify
