#include "JsonInput.h"

#include <QFile>

namespace recertify {

Result<QJsonDocument> JsonInput::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<QJsonDocument> JsonInput::parse(const QByteArray& bytes, const QString& where, qint64 firstLine)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qint64 line = firstLine + before.count('\n');
        const qint64 column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(tr("%1: line %2, column %3 (byte %4): invalid JSON: %5")
                             .arg(where)
                             .arg(line)
                             .arg(column)
                             .arg(error.offset)
                             .arg(error.errorString()));
    }
    return document;
}

Error JsonInput::fieldError(const QString& where, const QString& field, const QString& expected)
{
    return makeError(tr("%1: %2: expected %3").arg(where, field, expected));
}

} // namespace recertify
