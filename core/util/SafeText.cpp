#include "core/util/SafeText.h"

namespace recertify {

QString SafeText::printable(const QString& text, qsizetype maxLength)
{
    QString out;
    out.reserve(std::min(text.size(), maxLength) + 8);
    for (qsizetype i = 0; i < text.size() && out.size() < maxLength; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
        if (control && c != u'\n')
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (bidi)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += text.at(i);
    }
    if (out.size() >= maxLength && text.size() > maxLength)
        out += QStringLiteral("…");
    return out;
}

} // namespace recertify
