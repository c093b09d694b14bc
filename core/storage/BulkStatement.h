#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace recertify {

/**
 * A prepared statement run many times in a row (a day aggregate per row, an event id per row). On SQLite it
 * binds straight through the library: Qt's positional binding formats a placeholder name with QString::arg for
 * every value, which was a tenth of an import. Elsewhere (PostgreSQL) it is an ordinary QSqlQuery.
 * Values are integers, text, doubles or null, like the store's columns; a QByteArray is UTF-8 text.
 */
class BulkStatement
{
public:
    BulkStatement() = default;
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;
    BulkStatement(BulkStatement&& other) noexcept;
    BulkStatement& operator=(BulkStatement&& other) noexcept;
    ~BulkStatement();

    [[nodiscard]] static Result<BulkStatement> prepare(const QSqlDatabase& db, const QString& statement);

    /** Binds the values in order and runs the statement; each row it returns goes to `row` by its first column. */
    [[nodiscard]] Status exec(std::initializer_list<QVariant> values, const std::function<void(qint64)>& row = nullptr);
    /** The same for values gathered at run time (many rows in one statement). */
    [[nodiscard]] Status execList(const QVariantList& values, const std::function<void(qint64)>& row = nullptr);

private:
    template <typename Values> Status run(const Values& values, const std::function<void(qint64)>& row);
    Status bind(int index, const QVariant& value);

    sqlite3_stmt* m_statement = nullptr;
    std::vector<QByteArray> m_bound; ///< the texts bound to the row being run, read by SQLite in place
    std::optional<QSqlQuery> m_query;
    QString m_text; ///< for errors, which name its first words
};

} // namespace recertify
