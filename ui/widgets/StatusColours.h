#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace recertify {

/**
 * The colours that carry meaning (a problem, a warning, all is well, retired), chosen for the palette
 * in use so that text keeps a WCAG 2.1 AA contrast of at least 4.5:1 on its background in light and
 * dark alike. Colour is never the only carrier: the words say it too.
 */
class StatusColours
{
public:
    enum class Tone
    {
        Danger,
        Warning,
        Success,
        Muted
    };

    /** For text on the palette's Base and Window. */
    static QColor colour(Tone tone, const QPalette& palette);
    static QColor colour(Tone tone);
    /** "#rrggbb", for rich text. */
    static QString hex(Tone tone);
    /** "color: #rrggbb;", for a label's style sheet. */
    static QString style(Tone tone);
    /** A banner's background and text, readable together. */
    static QColor bannerBackground(Tone tone, const QPalette& palette);
    static QColor bannerText(Tone tone, const QPalette& palette);
    static QString bannerStyle(Tone tone);

    /** True when the palette draws light text on dark. */
    static bool isDark(const QPalette& palette);
    /** The WCAG 2.1 contrast ratio of two colours, 1 to 21. */
    static double contrast(const QColor& a, const QColor& b);
    /** The dark palette of --palette dark. */
    static QPalette darkPalette();
    /** Raises a palette's placeholder text (dimmed rows use it) and selection to 4.5:1 where they fall short. */
    static void ensureReadable(QPalette& palette);
};

} // namespace recertify
