#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace recertify {

/** Writing RFC 4180 CSV: a field is quoted only when it holds a comma, a quote or a line break. */
class Csv
{
public:
    [[nodiscard]] static QByteArray field(const QString& text);
    /** One record, CRLF-free: fields joined by commas, ending in a newline. */
    [[nodiscard]] static QByteArray line(const QStringList& fields);
};

} // namespace recertify
