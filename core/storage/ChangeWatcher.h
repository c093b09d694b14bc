#pragma once

#include "core/storage/Database.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace recertify {

/**
 * Tells a desktop when someone else changed the store, so its views refresh while several
 * reviewers work on one campaign. PostgreSQL pushes it (LISTEN/NOTIFY from triggers on review
 * items, campaigns, sync runs and snapshots); a SQLite file is polled cheaply (data_version moves
 * only when another connection commits). Lives on the thread that owns the connection.
 */
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(DatabasePtr database, QObject* parent = nullptr);

    /** The channel the server's triggers notify. */
    static QString channel() { return QStringLiteral("recertify_changes"); }
    /** How often a SQLite file is polled, in milliseconds. */
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    bool isListening() const { return m_listening; }

signals:
    /** what: the table that changed ("review_items", "campaigns", "sync_runs", "snapshots"), or empty when unknown. */
    void changed(const QString& what);

private:
    void poll();
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    DatabasePtr m_database;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace recertify
