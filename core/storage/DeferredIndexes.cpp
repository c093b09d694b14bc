#include "core/storage/DeferredIndexes.h"

#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"

#include <QSqlDriver>

namespace recertify {

namespace {

// Named indexes with their CREATE statement; constraint-backed ones (primary keys, UNIQUE) are
// left out: SQLite keeps no statement for them, PostgreSQL ties them to a constraint.
QString definitionsQuery(SqlDialect::Engine engine)
{
    if (engine == SqlDialect::Engine::PostgreSQL) {
        return QStringLiteral(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname "
            "JOIN pg_index x ON x.indexrelid = c.oid WHERE i.schemaname = current_schema() AND i.tablename = ? "
            "AND NOT x.indisunique AND NOT x.indisprimary ORDER BY i.indexname");
    }
    return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT "
                          "NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
}

} // namespace

Result<DeferredIndexes> DeferredIndexes::drop(const QSqlDatabase& transaction, const QStringList& tables)
{
    DeferredIndexes deferred;
    deferred.m_db = transaction;
    const QString query = definitionsQuery(SqlDialect::of(transaction.driverName()).engine());
    QStringList names;
    for (const QString& table : tables) {
        auto q = sql::run(transaction, query, { table });
        if (!q)
            return q.error();
        while (q->next()) {
            names << q->value(0).toString();
            deferred.m_definitions << q->value(1).toString();
        }
    }
    for (const QString& name : std::as_const(names)) {
        // The names come from the store's own catalogue, never from input.
        const QString quoted = transaction.driver()->escapeIdentifier(name, QSqlDriver::TableName);
        if (auto q = sql::run(transaction, QStringLiteral("DROP INDEX ") + quoted); !q)
            return q.error();
    }
    return deferred;
}

Status DeferredIndexes::restore()
{
    for (const QString& definition : std::as_const(m_definitions)) {
        if (auto q = sql::run(m_db, definition); !q)
            return q.error();
    }
    m_definitions.clear();
    return {};
}

} // namespace recertify
