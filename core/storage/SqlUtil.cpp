#include "core/storage/SqlUtil.h"

#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace recertify::sql {

namespace {
// In team mode the server decides what a login may do; say so plainly rather than in SQLSTATE terms.
QString describe(const QSqlError& error)
{
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        QString reason = error.databaseText().section(u'\n', 0, 0).trimmed();
        reason.remove(QRegularExpression(QStringLiteral("^ERROR:\\s*")));
        return QCoreApplication::translate("Database", "your database login is not allowed to do this (%1)")
            .arg(reason);
    }
    return error.text();
}
} // namespace

QString statementFailed(const QString& statement, const QString& why)
{
    return QCoreApplication::translate("Database", "Database statement \"%1…\" failed: %2")
        .arg(statement.simplified().left(60), why);
}

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return makeError(statementFailed(statement, describe(query.lastError())));
    }
    return query;
}

namespace {

template <typename Values> Status bindAndExec(QSqlQuery& query, const Values& values)
{
    int i = 0;
    for (const QVariant& value : values) {
        // A null QString inside a non-null variant is an empty string to us; Qt would bind it as NULL.
        // Deliberate NULLs are null variants (see nullableText/nullableTime).
        if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query.bindValue(i++, QStringLiteral(""));
        else
            query.bindValue(i++, value);
    }
    if (!query.exec()) {
        return makeError(statementFailed(query.lastQuery(), describe(query.lastError())));
    }
    return {};
}

} // namespace

Status exec(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    return bindAndExec(query, values);
}

Status execList(QSqlQuery& query, const QVariantList& values)
{
    return bindAndExec(query, values);
}

Result<QSqlQuery> runList(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = prepare(db, statement);
    if (!query)
        return query.error();
    if (auto status = bindAndExec(query.value(), values); !status)
        return status.error();
    return query;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    if (values.size() == 0) {
        // Without parameters, run it directly: PostgreSQL cannot PREPARE schema statements.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(statement)) {
            return makeError(statementFailed(statement, describe(query.lastError())));
        }
        return query;
    }
    auto query = prepare(db, statement);
    if (!query)
        return query.error();
    if (auto status = exec(query.value(), values); !status)
        return status.error();
    return query;
}

QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(Timestamp::toIso(time)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace recertify::sql
