#pragma once

#include "core/evidence/EvidenceBundle.h"

#include <QFutureWatcher>
#include <QObject>

namespace recertify {

/**
 * A campaign's signed evidence bundle written in a worker thread, so the window stays responsive while the
 * decisions, the evidence, the audit chain and the PDF are written and signed; the outcome arrives as a
 * signal on the thread that started it. The bundle is written whole or not at all.
 */
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(DatabasePtr database, qint64 campaignId, QString path, SigningKey key, QString actor,
              QObject* parent = nullptr);
    ~ExportJob() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    /** items is how many review items the bundle holds; error says why when nothing was written. */
    void finished(int items, const QString& error);

private:
    struct Outcome
    {
        int items = 0;
        QString error;
    };

    DatabasePtr m_database;
    qint64 m_campaignId;
    QString m_path;
    SigningKey m_key;
    QString m_actor;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace recertify
