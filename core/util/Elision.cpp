#include "core/util/Elision.h"

#include <QRegularExpression>

namespace recertify {

QString elided(const QString& text, const QLocale& locale)
{
    if (locale.language() != QLocale::French)
        return text;
    // de, le, la, que, ne, je, se, me, te as whole words, then one space, then a vowel (not h or y: too many
    // exceptions).
    static const QRegularExpression shortWord(
        QStringLiteral("(?<![\\p{L}'’])(de|le|la|que|ne|je|se|me|te) (?=[aeiouàâäéèêëîïôöùûü])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = shortWord.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m.capturedView(1).chopped(1);
        out += u'\'';
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace recertify
