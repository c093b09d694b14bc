#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace recertify::sql {

/** Every failed statement's error, in one wording: the statement's first words and why. */
QString statementFailed(const QString& statement, const QString& why);

/** Prepares a statement; the error names the statement's first words and the driver's message. */
[[nodiscard]] Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement);

/** Binds positional values and executes a prepared query. */
[[nodiscard]] Status exec(QSqlQuery& query, std::initializer_list<QVariant> values = {});
/** The same for values gathered at run time (batched inserts). */
[[nodiscard]] Status execList(QSqlQuery& query, const QVariantList& values);

/** Prepare, bind and execute in one step, for statements that run once. */
[[nodiscard]] Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement,
                                    std::initializer_list<QVariant> values = {});
/** The same, for values gathered at run time (an IN list, optional conditions). */
[[nodiscard]] Result<QSqlQuery> runList(const QSqlDatabase& db, const QString& statement, const QVariantList& values);

/** Null for an invalid time or empty text, so "unknown" stays NULL in the store. */
QVariant nullableTime(const QDateTime& time);
QVariant nullableText(const QString& text);

/**
 * The decisions in force, to join as a table: an amendment supersedes the decision it corrects and
 * both stay on record, so everything that acts on a decision reads only the latest of each item.
 */
inline QString currentDecisions()
{
    return QStringLiteral(
        "(SELECT * FROM decisions WHERE id NOT IN (SELECT supersedes FROM decisions WHERE supersedes IS NOT NULL))");
}

} // namespace recertify::sql
