#include "core/storage/RowCursor.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QSqlDriver>
#include <QSqlError>
#include <array>
#include <sqlite3.h>
#include <utility>

namespace recertify {

RowCursor::RowCursor(RowCursor&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_query(std::move(other.m_query))
    , m_error(std::move(other.m_error))
    , m_words(std::move(other.m_words))
{
}

RowCursor& RowCursor::operator=(RowCursor&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_query = std::move(other.m_query);
        m_error = std::move(other.m_error);
        m_words = std::move(other.m_words);
    }
    return *this;
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

sqlite3* RowCursor::sqliteHandle(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle is only ours to use when Qt's driver runs on the very SQLite library linked here (Debian's, shared);
    // a Qt with its own copy of SQLite goes through Qt's statements instead.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_source_id()")) || !version.next()
        || version.value(0).toString() != QString::fromUtf8(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

Result<RowCursor> RowCursor::run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    RowCursor out;
    out.m_words = statement;
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        auto query = sql::prepare(db, statement);
        if (!query)
            return query.error();
        query->setForwardOnly(true);
        if (auto ran = sql::execList(*query, values); !ran)
            return ran.error();
        out.m_query.emplace(std::move(query.value()));
        return out;
    }
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &out.m_statement, nullptr) != SQLITE_OK)
        return makeError(sql::statementFailed(out.m_words, QString::fromUtf8(sqlite3_errmsg(handle))));
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant& value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(out.m_statement, i + 1);
        } else if (value.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(out.m_statement, i + 1, value.toDouble());
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong
                   || value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong
                   || value.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(out.m_statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(out.m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return makeError(sql::statementFailed(out.m_words, QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return out;
}

bool RowCursor::next()
{
    if (m_query)
        return m_query->next();
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

Status RowCursor::status() const
{
    if (m_query && m_query->lastError().isValid())
        return makeError(sql::statementFailed(m_words, m_query->lastError().text()));
    return m_error.isEmpty() ? Status() : Status(makeError(sql::statementFailed(m_words, m_error)));
}

QString RowCursor::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray RowCursor::utf8(int column) const
{
    if (m_query)
        return m_query->value(column).toString().toUtf8();
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArray(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

qint64 RowCursor::integer(int column) const
{
    return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
}

size_t RowCursor::hash(int column, size_t seed) const
{
    if (m_query) {
        const QByteArray bytes = m_query->value(column).toString().toUtf8();
        return qHashBits(bytes.constData(), size_t(bytes.size()), seed);
    }
    const auto* bytes = sqlite3_column_text(m_statement, column);
    return qHashBits(bytes, bytes ? size_t(sqlite3_column_bytes(m_statement, column)) : 0, seed);
}

QDateTime RowCursor::time(int column) const
{
    if (m_query)
        return Timestamp::fromIso(m_query->value(column).toString());
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = bytes ? sqlite3_column_bytes(m_statement, column) : 0;
    if (size == 0)
        return {};
    // The storage form is short ASCII: read in place, without a QString for each of a million rows.
    std::array<char16_t, 40> wide {};
    if (size > int(wide.size()))
        return Timestamp::fromIso(QString::fromUtf8(bytes, size));
    for (int k = 0; k < size; ++k) {
        if (static_cast<unsigned char>(bytes[k]) >= 0x80)
            return Timestamp::fromIso(QString::fromUtf8(bytes, size));
        wide[size_t(k)] = char16_t(bytes[k]);
    }
    return Timestamp::parse(QStringView(wide.data(), size)).value_or(QDateTime());
}

double RowCursor::real(int column) const
{
    return m_query ? m_query->value(column).toDouble() : sqlite3_column_double(m_statement, column);
}

bool RowCursor::isNull(int column) const
{
    return m_query ? m_query->value(column).isNull() : sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace recertify
