#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace recertify {

/**
 * Reads the rows of one query, column by column, for the loaders that read hundreds of thousands of rows (the
 * analysis's facts). On SQLite it steps the statement through the library: Qt's driver makes a QVariant of every
 * value first, which was half the time of reading them. Elsewhere (PostgreSQL) it is an ordinary forward-only
 * QSqlQuery. Values read as the store's columns are: integers, text, doubles or null.
 */
class RowCursor
{
public:
    RowCursor(const RowCursor&) = delete;
    RowCursor& operator=(const RowCursor&) = delete;
    RowCursor(RowCursor&& other) noexcept;
    RowCursor& operator=(RowCursor&& other) noexcept;
    ~RowCursor();

    [[nodiscard]] static Result<RowCursor> run(const QSqlDatabase& db, const QString& statement,
                                               const QVariantList& values = {});
    /** SQLite's own handle behind a connection of Qt's driver, when it is the library linked here; else null. */
    static sqlite3* sqliteHandle(const QSqlDatabase& db);

    /** The next row; false at the end, or on an error that status() then names. */
    bool next();
    [[nodiscard]] Status status() const;

    QString text(int column) const;
    /** Text as its UTF-8 bytes, for text copied on as it is (frozen evidence into a bundle). */
    QByteArray utf8(int column) const;
    /** A hash of the text's UTF-8 bytes (qHashBits with seed), without copying them: for comparing, not keeping. */
    size_t hash(int column, size_t seed = 0) const;
    /** A time in the storage form (Timestamp::fromIso), read without a QString. */
    QDateTime time(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    RowCursor() = default;

    sqlite3_stmt* m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    QString m_error;
    QString m_words; ///< for errors, which name its first words
};

} // namespace recertify
