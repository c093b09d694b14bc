#include "core/util/Csv.h"

namespace recertify {

QByteArray Csv::field(const QString& text)
{
    QString value = text;
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + value.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return value.toUtf8();
}

QByteArray Csv::line(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    return out + '\n';
}

} // namespace recertify
