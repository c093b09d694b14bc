#include "core/storage/ChangeWatcher.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Logging.h"

#include <QSqlError>

namespace recertify {

ChangeWatcher::ChangeWatcher(DatabasePtr database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    QSqlDatabase db = m_database->connection();
    if (m_database->dialect().engine() == SqlDialect::Engine::PostgreSQL) {
        QSqlDriver* driver = db.driver();
        m_listening = driver->subscribeToNotification(channel());
        if (!m_listening)
            qCWarning(lcStorage) << "cannot listen for changes by others" << driver->lastError().text();
        connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::notified);
        return;
    }
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
    poll();
    m_poll.start();
    m_listening = true;
}

void ChangeWatcher::poll()
{
    auto q = sql::run(m_database->connection(), QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return;
    const qint64 version = q->value(0).toLongLong();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved)
        emit changed(QString());
}

void ChangeWatcher::notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // This desktop's own changes already refreshed what it shows.
    if (name == channel() && source != QSqlDriver::SelfSource)
        emit changed(payload.toString());
}

} // namespace recertify
