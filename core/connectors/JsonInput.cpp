#include "core/connectors/JsonInput.h"

#include <QFile>
#include <QStringDecoder>
#include <algorithm>
#include <cctype>

namespace recertify {

Result<QByteArray> JsonInput::readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    // Windows PowerShell writes UTF-16 with a byte order mark; editors add one to UTF-8.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    const bool le = bytes.startsWith("\xFF\xFE");
    if (le || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decode(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decode(bytes.mid(2));
        if (decode.hasError())
            return makeError(tr("%1: starts as UTF-16 text but is not valid UTF-16").arg(path));
        return text.toUtf8();
    }
    return bytes;
}

Result<QJsonDocument> JsonInput::readFile(const QString& path)
{
    auto bytes = readText(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, path);
}

qint64 JsonInput::openBrackets(const QByteArray& bytes)
{
    // The closers still expected, innermost last: a closer that is not the one expected makes the text whole but
    // wrong ({"a": 1]), not cut.
    QByteArray expected;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            expected.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (expected.isEmpty() || expected.back() != c)
                return -1;
            expected.chop(1);
        }
    }
    // A string left open is cut off too.
    return inString ? expected.size() + 1 : expected.size();
}

bool JsonInput::cutAt(const QByteArray& bytes, qint64 offset)
{
    // At the end, with brackets still open: the text stops inside a value, as a cut copy does ({"a": 1] also fails
    // at its end, but is whole). Qt places an error in a literal at its start: "…": null cut there fails at "null",
    // a few letters before the end.
    const QByteArray tail = bytes.mid(std::min<qint64>(offset, bytes.size())).trimmed();
    const bool literalAtEnd = tail.size() <= 5
        && std::all_of(tail.cbegin(), tail.cend(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    return literalAtEnd && openBrackets(bytes) > 0;
}

Result<QJsonDocument> JsonInput::parse(const QByteArray& bytes, const QString& where, qint64 firstLine)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt may place an error at the end one or two bytes past it: never point outside the file.
        const qint64 at = std::min<qint64>(error.offset, bytes.size());
        const QByteArray before = bytes.left(at);
        const qint64 line = firstLine + before.count('\n');
        const qint64 column = at - (before.lastIndexOf('\n') + 1) + 1;
        // JSON Lines (an MCP stdio capture, a log export) read as one document fail at the second line: the first
        // line that is no JSON of its own is the one to name, cut off when it is the last.
        // Only when every line is a value of its own but the last, which may be cut: a compact value followed by a
        // pretty-printed one is two documents, not lines.
        if (firstLine == 1 && error.error == QJsonParseError::GarbageAtEnd) {
            const QList<QByteArray> lines = bytes.split('\n');
            qsizetype last = lines.size() - 1;
            while (last > 0 && lines.at(last).trimmed().isEmpty())
                --last;
            qint64 values = 0;
            bool jsonLines = true;
            for (qsizetype n = 0; n <= last && jsonLines; ++n) {
                if (lines.at(n).trimmed().isEmpty())
                    continue;
                if (!QJsonDocument::fromJson(lines.at(n)).isNull()) {
                    ++values;
                } else if (n == last && values > 0) {
                    if (auto one = parse(lines.at(n), where, n + 1); !one)
                        return one.error();
                } else {
                    jsonLines = false;
                }
            }
            if (jsonLines && values > 1)
                return makeError(tr("%1: holds one JSON value per line (JSON Lines, %2 values), where one JSON "
                                    "document was expected")
                                     .arg(where)
                                     .arg(values));
        }
        const bool atEnd = cutAt(bytes, at);
        // One line of a longer file (JSON Lines) knows its own bytes only: its line and column place it.
        if (firstLine != 1) {
            const QString cut = atEnd ? tr(" (the line ends there: it looks cut off)") : QString();
            return makeError(tr("%1: line %2, column %3: invalid JSON: %4%5")
                                 .arg(where)
                                 .arg(line)
                                 .arg(column)
                                 .arg(error.errorString(), cut));
        }
        // Another value right after the first (jq's default output: pretty-printed values one after another).
        if (error.error == QJsonParseError::GarbageAtEnd) {
            const QByteArray rest = bytes.mid(at).trimmed();
            if ((rest.startsWith('{') || rest.startsWith('[')) && !QJsonDocument::fromJson(bytes.left(at)).isNull())
                return makeError(tr("%1: line %2: a second JSON document begins after the first ends, as jq prints "
                                    "values one after another; write one per line (jq -c) or one array (jq -s)")
                                     .arg(where)
                                     .arg(line));
        }
        const QString cut = atEnd ? tr(" (the file ends there: it looks cut off)") : QString();
        return makeError(tr("%1: line %2, column %3 (byte %4): invalid JSON: %5%6")
                             .arg(where)
                             .arg(line)
                             .arg(column)
                             .arg(at)
                             .arg(error.errorString(), cut));
    }
    return document;
}

Error JsonInput::fieldError(const QString& where, const QString& field, const QString& expected)
{
    return makeError(tr("%1: %2: expected %3").arg(where, field, expected));
}

QList<QByteArray> JsonInput::topLevelValues(const QByteArray& bytes)
{
    QList<QByteArray> values;
    qsizetype start = -1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (start < 0) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
                continue;
            if (c != '{' && c != '[')
                return { bytes }; // not a sequence of objects or arrays: the parser says what it is
            start = i;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0) {
            values << bytes.mid(start, i + 1 - start);
            start = -1;
        }
    }
    if (start >= 0 || values.isEmpty())
        values << (start >= 0 ? bytes.mid(start) : bytes);
    return values;
}

QJsonObject JsonInput::insightsMessage(const QJsonArray& row)
{
    for (const QJsonValue& cell : row) {
        if (cell.toObject().value(QStringLiteral("field")).toString() == QLatin1String("@message"))
            return QJsonObject { { QStringLiteral("message"), cell.toObject().value(QStringLiteral("value")) } };
    }
    return {};
}

} // namespace recertify
