#pragma once

#include "core/storage/SqlDialect.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace recertify {

/**
 * Owns the store. One named connection per thread (Qt SQL connections must not cross threads),
 * WAL and foreign keys on SQLite, and the schema migrated stepwise on open. The location is a
 * file path (SQLite) or a postgresql://user[:password]@host[:port]/dbname URL (team mode).
 */
class Database : public std::enable_shared_from_this<Database>
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] static Result<std::shared_ptr<Database>> open(const QString& location);

    /** True for a postgresql:// (team server) location, false for a SQLite file. */
    static bool isServerLocation(const QString& location);

    /** The default SQLite file, in the app data location shared by the app and the CLI. */
    static QString defaultLocation();

    const SqlDialect& dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    /** Location without a password, fit for logs and window titles. */
    QString displayLocation() const;

    /** The calling thread's connection, opened on first use. */
    QSqlDatabase connection() const;

    /** What a transaction may change: the estate, or only what is derived from it (the analysis's findings). */
    enum class Writes
    {
        Estate,
        Derived,
    };

    /**
     * Runs work in one transaction: committed when it succeeds, rolled back otherwise. A transaction that
     * changed any row moves the estate's generation, unless it says it writes only what is derived.
     */
    [[nodiscard]] Status transaction(const std::function<Status(QSqlDatabase&)>& work,
                                     Writes writes = Writes::Estate) const;

    [[nodiscard]] Result<int> schemaVersion() const;

    /**
     * What runs around every transaction's commit, for work that must follow each change batch
     * (the audit chain's signed checkpoint). Set once, before the store is shared between threads;
     * the hooks must be thread-safe and never fail the transaction.
     */
    struct CommitHooks
    {
        std::function<void()> begun;
        std::function<void(QSqlDatabase&)> beforeCommit; ///< inside the transaction, its work done
        std::function<void(QSqlDatabase&)> afterCommit; ///< once the commit holds
    };
    void setCommitHooks(CommitHooks hooks) { m_hooks = std::move(hooks); }

private:
    Database(QString location, SqlDialect dialect);
    [[nodiscard]] Status configure(QSqlDatabase& db) const;
    [[nodiscard]] Result<qint64> rowsChanged(const QSqlDatabase& db) const;
    [[nodiscard]] Status noteChanges(const QSqlDatabase& db, qint64 changedBefore) const;

    QString m_location;
    SqlDialect m_dialect;
    QString m_connectionPrefix;
    CommitHooks m_hooks;
    bool m_countsChanges = false; ///< from when the schema has the estate's generation
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace recertify
