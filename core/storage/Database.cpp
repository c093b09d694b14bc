#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace recertify {

namespace {

// Connections each Database opened, so they can all be removed when it goes away.
QMutex s_connectionsMutex;

} // namespace

Database::Database(QString location, SqlDialect dialect)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_connectionPrefix(QStringLiteral("recertify-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    QMutexLocker lock(&s_connectionsMutex);
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name); // closes it; the handles in use have all gone by now
    }
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("recertify.sqlite"));
}

QString Database::displayLocation() const
{
    if (!isServerLocation(m_location))
        return QDir::toNativeSeparators(m_location);
    QUrl url(m_location);
    return url.toString(QUrl::RemovePassword);
}

Result<std::shared_ptr<Database>> Database::open(const QString& location)
{
    const bool postgres = isServerLocation(location);
    if (!postgres) {
        const QFileInfo info(location);
        if (location.isEmpty() || info.isDir())
            return makeError(QCoreApplication::translate("Database", "%1: not a database file").arg(location));
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(
                QCoreApplication::translate("Database", "%1: cannot create the folder").arg(info.absolutePath()));
        }
    } else if (!QUrl(location).isValid() || QUrl(location).path().size() < 2) {
        return makeError(QCoreApplication::translate("Database", "%1: expected postgresql://user@host:port/dbname")
                             .arg(QUrl(location).toString(QUrl::RemovePassword)));
    }

    std::shared_ptr<Database> database(
        new Database(location, SqlDialect(postgres ? SqlDialect::Engine::PostgreSQL : SqlDialect::Engine::SQLite)));
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        return makeError(QCoreApplication::translate("Database", "%1: cannot open the database: %2")
                             .arg(database->displayLocation(), db.lastError().text()));
    }
    if (auto status = Migrations::migrate(*database); !status) {
        return makeError(
            QCoreApplication::translate("Database", "%1: %2").arg(database->displayLocation(), status.errorString()));
    }
    database->m_countsChanges = true;
    qCInfo(lcStorage) << "opened" << database->displayLocation();
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name
        = m_connectionPrefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    QMutexLocker lock(&s_connectionsMutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_dialect.engine() == SqlDialect::Engine::SQLite) {
        db.setDatabaseName(m_location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        const QUrl url(m_location);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    if (QThread* thread = QThread::currentThread();
        QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
        // A worker's connection goes with its thread; a connection must not outlive or cross it.
        QObject::connect(
            thread, &QThread::finished, thread, [name] { QSqlDatabase::removeDatabase(name); }, Qt::DirectConnection);
    }
    if (!db.open()) {
        qCWarning(lcStorage) << "cannot open" << displayLocation() << db.lastError().text();
        return db;
    }
    if (auto status = configure(db); !status)
        qCWarning(lcStorage) << status.errorString();
    return db;
}

Status Database::configure(QSqlDatabase& db) const
{
    if (m_dialect.engine() != SqlDialect::Engine::SQLite)
        return {};
    // WAL lets readers (the UI) run beside one writer (a sync); foreign keys are off by default in SQLite.
    // A 64 MiB page cache keeps index pages of a 100k-identity estate in memory during bulk writes. A new store gets
    // 16 KiB pages (an existing one keeps its own): a review item's frozen evidence (about 4 KB) then fits one page
    // instead of spilling into overflow pages, which made creating a campaign of 100k items a sixth slower.
    for (const char* pragma : { "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY" }) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return makeError(query.lastError().text());
    }
    return {};
}

Result<qint64> Database::rowsChanged(const QSqlDatabase& db) const
{
    // SQLite counts the rows its connection changed; a PostgreSQL transaction has an id once it wrote.
    auto q = sql::run(db,
                      m_dialect.engine() == SqlDialect::Engine::SQLite
                          ? QStringLiteral("SELECT total_changes()")
                          : QStringLiteral("SELECT CASE WHEN txid_current_if_assigned() IS NULL THEN 0 ELSE 1 END"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status Database::noteChanges(const QSqlDatabase& db, qint64 changedBefore) const
{
    auto changed = rowsChanged(db);
    if (!changed)
        return changed.error();
    if (changed.value() == changedBefore)
        return {};
    // By one, whatever the row held, and the row made if it was missing: a missing row must not look unchanged.
    auto moved = sql::run(db,
                          m_dialect.engine() == SqlDialect::Engine::SQLite
                              ? QStringLiteral("INSERT INTO estate_generation (id, generation) VALUES (1, 1) ON "
                                               "CONFLICT (id) DO UPDATE SET generation = generation + 1")
                              : QStringLiteral("SELECT recertify_estate_changed()"));
    return moved ? Status() : Status(moved.error());
}

Status Database::transaction(const std::function<Status(QSqlDatabase&)>& work, Writes writes) const
{
    QSqlDatabase db = connection();
    if (m_dialect.engine() == SqlDialect::Engine::SQLite) {
        // IMMEDIATE takes the write lock up front (waiting up to the busy timeout): a deferred
        // transaction that read first would fail outright once another writer had committed.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return makeError(QCoreApplication::translate("Database", "Cannot start a transaction: %1")
                                 .arg(begin.lastError().text()));
        }
    } else if (!db.transaction()) {
        return makeError(
            QCoreApplication::translate("Database", "Cannot start a transaction: %1").arg(db.lastError().text()));
    }
    if (m_hooks.begun)
        m_hooks.begun();
    const bool counts = m_countsChanges && writes == Writes::Estate;
    qint64 changedBefore = 0;
    if (counts && m_dialect.engine() == SqlDialect::Engine::SQLite) {
        auto before = rowsChanged(db);
        if (!before) {
            db.rollback();
            return before.error();
        }
        changedBefore = before.value();
    }
    Status status = work(db);
    if (status && counts)
        status = noteChanges(db, changedBefore);
    if (!status) {
        db.rollback();
        return status;
    }
    if (m_hooks.beforeCommit)
        m_hooks.beforeCommit(db);
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return makeError(QCoreApplication::translate("Database", "Cannot commit: %1").arg(reason));
    }
    if (m_hooks.afterCommit)
        m_hooks.afterCommit(db);
    return {};
}

Result<int> Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

} // namespace recertify
