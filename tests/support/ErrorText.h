#pragma once

#include "core/util/Result.h"

#include <QRegularExpression>

namespace recertify::test {

/**
 * True when a core error says what a test expects. Core names the input at fault as a field, never
 * as a flag: "--fallback-reviewer: not an email" expects field fallbackReviewer and a message
 * containing "not an email"; anything else is looked for in the message.
 */
inline bool errorSays(const Error& error, const QString& expected)
{
    static const QRegularExpression flag(QStringLiteral("^--([a-z-]+)(: )?"));
    const QRegularExpressionMatch m = flag.match(expected);
    if (!m.hasMatch())
        return error.message.contains(expected);
    QString field;
    bool upper = false;
    for (const QChar c : m.captured(1)) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        field += upper ? c.toUpper() : c;
        upper = false;
    }
    return error.field == field && error.message.contains(expected.mid(m.capturedLength()));
}

} // namespace recertify::test
