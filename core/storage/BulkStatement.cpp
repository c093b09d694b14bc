#include "core/storage/BulkStatement.h"

#include "core/storage/RowCursor.h"
#include "core/storage/SqlUtil.h"

#include <QSqlDriver>
#include <sqlite3.h>
#include <utility>

namespace recertify {

BulkStatement::BulkStatement(BulkStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_bound(std::move(other.m_bound))
    , m_query(std::move(other.m_query))
    , m_text(std::move(other.m_text))
{
}

BulkStatement& BulkStatement::operator=(BulkStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bound = std::move(other.m_bound);
        m_query = std::move(other.m_query);
        m_text = std::move(other.m_text);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

Result<BulkStatement> BulkStatement::prepare(const QSqlDatabase& db, const QString& statement)
{
    BulkStatement out;
    out.m_text = statement;
    if (sqlite3* handle = RowCursor::sqliteHandle(db)) {
        const QByteArray utf8 = statement.toUtf8();
        if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &out.m_statement,
                               nullptr)
            != SQLITE_OK)
            return makeError(sql::statementFailed(out.m_text, QString::fromUtf8(sqlite3_errmsg(handle))));
        return out;
    }
    auto query = sql::prepare(db, statement);
    if (!query)
        return query.error();
    out.m_query.emplace(std::move(query.value()));
    return out;
}

Status BulkStatement::bind(int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            // UTF-8 text (evidence written as bytes): stored as the same TEXT, without a trip through UTF-16.
            // Held until the statement is reset, so SQLite reads it in place instead of copying it.
            const QByteArray& text = m_bound.emplace_back(value.toByteArray());
            rc = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
            break;
        }
        default: {
            // The store's text is UTF-8: converted here once (ASCII at SIMD speed) rather than handed over as
            // UTF-16 for SQLite to copy and translate character by character. The values stored are the same.
            const QByteArray& text = m_bound.emplace_back(value.toString().toUtf8());
            rc = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
        }
        }
    }
    if (rc != SQLITE_OK)
        return makeError(sql::statementFailed(m_text, QString::fromUtf8(sqlite3_errstr(rc))));
    return {};
}

template <typename Values> Status BulkStatement::run(const Values& values, const std::function<void(qint64)>& row)
{
    if (m_query) {
        // Qt's own binding, with its rules (an empty string is never NULL) and its error wording.
        QSqlQuery& q = *m_query;
        QVariantList list(values.begin(), values.end());
        for (QVariant& v : list) {
            if (v.typeId() == QMetaType::QByteArray)
                v = QString::fromUtf8(v.toByteArray()); // text, as on SQLite, not bytea
        }
        if (auto status = sql::execList(q, list); !status)
            return status;
        while (row && q.next())
            row(q.value(0).toLongLong());
        q.finish();
        return {};
    }
    if (!m_statement)
        return makeError(sql::statementFailed(m_text, QStringLiteral("not prepared")));
    int index = 1;
    for (const QVariant& value : values) {
        if (auto status = bind(index++, value); !status) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
            m_bound.clear();
            return status;
        }
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
        if (row)
            row(sqlite3_column_int64(m_statement, 0));
    }
    const QString error
        = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    sqlite3_reset(m_statement);
    // Reset keeps the bindings: they point into m_bound, so clear both before the texts go.
    sqlite3_clear_bindings(m_statement);
    m_bound.clear();
    if (rc != SQLITE_DONE)
        return makeError(sql::statementFailed(m_text, error));
    return {};
}

Status BulkStatement::exec(std::initializer_list<QVariant> values, const std::function<void(qint64)>& row)
{
    return run(values, row);
}

Status BulkStatement::execList(const QVariantList& values, const std::function<void(qint64)>& row)
{
    return run(values, row);
}

} // namespace recertify
