#pragma once

#include <QString>

namespace recertify {

/**
 * Text from inputs and servers made safe to print, log and store: control characters, terminal
 * escape sequences and bidirectional overrides (not line breaks) are shown as \xNN or \uNNNN, and the length is capped,
 * so a crafted file or an echoing server can neither rewrite a terminal nor flood a log.
 */
class SafeText
{
public:
    /** At most maxLength characters (then "…"), every unprintable character escaped. */
    static QString printable(const QString& text, qsizetype maxLength = 2000);
    /** A piece of input quoted in a message: at most 100 characters. */
    static QString quote(const QString& text) { return printable(text, 100); }
};

} // namespace recertify
