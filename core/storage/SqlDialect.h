#pragma once

#include <QString>

namespace recertify {

/**
 * Every difference between SQLite and PostgreSQL lives here; the rest of the SQL is written
 * once in the subset both engines share (ON CONFLICT upserts and RETURNING work in both).
 */
class SqlDialect
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Engine engine = Engine::SQLite)
        : m_engine(engine)
    {
    }

    /** The dialect of an open connection, from its driver. */
    static SqlDialect of(const QString& driverName)
    {
        return SqlDialect(driverName == QLatin1String("QPSQL") ? Engine::PostgreSQL : Engine::SQLite);
    }

    Engine engine() const { return m_engine; }
    /**
     * The last audit hash, taking the chain's head for this transaction. PostgreSQL locks it in a
     * function reviewers may call without reading the log; SQLite already serialises writers.
     */
    QString auditTailStatement() const;
    QString driverName() const;
    /** A surrogate key column definition. */
    QString autoIdColumn() const;
    QString realType() const;
    QString blobType() const;
    /** Case-insensitive LIKE (SQLite's LIKE already folds ASCII case; PostgreSQL needs ILIKE). */
    QString caseInsensitiveLike() const;
    /** Replaces {ID}, {REAL}, {BLOB} in a schema statement. */
    QString expand(QString sql) const;

private:
    Engine m_engine;
};

} // namespace recertify
