#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace recertify {

/** Reading JSON payloads with errors a user can act on: the file, the line and what was expected. */
class JsonInput
{
    Q_DECLARE_TR_FUNCTIONS(JsonInput)

public:
    /** A whole text file as UTF-8: a UTF-8 byte order mark dropped, UTF-16 with one converted. */
    [[nodiscard]] static Result<QByteArray> readText(const QString& path);
    /** Reads a whole JSON document from a file (for inventories, which are small next to activity). */
    [[nodiscard]] static Result<QJsonDocument> readFile(const QString& path);
    /** Parses bytes; the error names `where` and the line and column of the fault. */
    [[nodiscard]] static Result<QJsonDocument> parse(const QByteArray& bytes, const QString& where,
                                                     qint64 firstLine = 1);
    /**
     * Values written one after another (`gh api --paginate` pages, Firehose's subscription batches): `[…][…]` or
     * `{…}{…}`, with or without space between. The top-level values, in order; one for an ordinary file. A value left
     * open is returned as it is, for the parser to name where it ends; text between values makes the whole one value.
     */
    [[nodiscard]] static QList<QByteArray> topLevelValues(const QByteArray& bytes);
    /** Brackets opened and not closed, outside strings (an open string counts one): above 0, the text is cut off;
     *  -1 when a bracket closes one it does not match. */
    [[nodiscard]] static qint64 openBrackets(const QByteArray& bytes);
    /** Whether a parse error at `offset` is the end of a text cut off inside a value. */
    [[nodiscard]] static bool cutAt(const QByteArray& bytes, qint64 offset);
    /** An error about a missing or mistyped field: "FILE: FIELD: expected WHAT". */
    /** A CloudWatch Logs Insights row (a list of {field, value}) as {"message": its @message}; empty without one. */
    static QJsonObject insightsMessage(const QJsonArray& row);
    static Error fieldError(const QString& where, const QString& field, const QString& expected);
};

} // namespace recertify
