#include "ui/widgets/StatusColours.h"

#include <QGuiApplication>
#include <cmath>

namespace recertify {

namespace {

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

bool StatusColours::isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

double StatusColours::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColours::colour(Tone tone, const QPalette& palette)
{
    // Each pair measured against white and #efefef (light), #1f2124 and #2b2d31 (dark): all above 4.5:1.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8a, 0x53, 0x00);
    case Tone::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x3a);
    case Tone::Muted:
        return dark ? QColor(0x9a, 0x9d, 0xa3) : QColor(0x6b, 0x6b, 0x6b);
    }
    return palette.color(QPalette::Text);
}

QColor StatusColours::colour(Tone tone)
{
    return colour(tone, QGuiApplication::palette());
}

QString StatusColours::hex(Tone tone)
{
    return colour(tone).name();
}

QString StatusColours::style(Tone tone)
{
    return QStringLiteral("color: %1;").arg(hex(tone));
}

QColor StatusColours::bannerBackground(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Danger:
        return dark ? QColor(0x4a, 0x1d, 0x1d) : QColor(0xfd, 0xec, 0xea);
    case Tone::Warning:
        return dark ? QColor(0x45, 0x33, 0x10) : QColor(0xff, 0xf4, 0xe0);
    case Tone::Success:
        return dark ? QColor(0x1b, 0x3a, 0x26) : QColor(0xe7, 0xf5, 0xec);
    case Tone::Muted:
        return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::Base);
}

QColor StatusColours::bannerText(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Danger:
        return dark ? QColor(0xff, 0xd7, 0xd4) : QColor(0x8e, 0x1c, 0x1c);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xe0, 0xb2) : QColor(0x7a, 0x4b, 0x00);
    case Tone::Success:
        return dark ? QColor(0xc8, 0xf0, 0xd4) : QColor(0x1e, 0x5e, 0x36);
    case Tone::Muted:
        return palette.color(QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QString StatusColours::bannerStyle(Tone tone)
{
    const QPalette palette = QGuiApplication::palette();
    return QStringLiteral("background: %1; color: %2; border-radius: 6px;")
        .arg(bannerBackground(tone, palette).name(), bannerText(tone, palette).name());
}

QPalette StatusColours::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6), mid(0x5a, 0x5d, 0x63);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Disabled, QPalette::Text, mid);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mid);
    // Labels of controls that take no input (an attestation not asked) read as such, as they do in light.
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x83, 0x89));
    return p;
}

void StatusColours::ensureReadable(QPalette& palette)
{
    // Qt's default placeholder is the text colour at half opacity: about 4:1 on white. Move it towards
    // the text colour until it reads at 4.5:1 on both Base and Window.
    const QColor text = palette.color(QPalette::Text);
    QColor placeholder = palette.color(QPalette::PlaceholderText);
    if (placeholder.alpha() < 255) {
        const QColor base = palette.color(QPalette::Base);
        const double a = placeholder.alphaF();
        placeholder = QColor::fromRgbF(placeholder.redF() * a + base.redF() * (1 - a),
                                       placeholder.greenF() * a + base.greenF() * (1 - a),
                                       placeholder.blueF() * a + base.blueF() * (1 - a));
    }
    for (int step = 0; step < 20; ++step) {
        if (contrast(placeholder, palette.color(QPalette::Base)) >= 4.5
            && contrast(placeholder, palette.color(QPalette::Window)) >= 4.5)
            break;
        placeholder = QColor::fromRgbF(placeholder.redF() * 0.85 + text.redF() * 0.15,
                                       placeholder.greenF() * 0.85 + text.greenF() * 0.15,
                                       placeholder.blueF() * 0.85 + text.blueF() * 0.15);
    }
    palette.setColor(QPalette::PlaceholderText, placeholder);

    // Selected rows: Fusion's blue under white text is about 3.7:1; darken it until it reads.
    QColor highlight = palette.color(QPalette::Highlight);
    const QColor selectedText = palette.color(QPalette::HighlightedText);
    const bool lightText = luminance(selectedText) > 0.5;
    for (int step = 0; step < 20 && contrast(highlight, selectedText) < 4.5; ++step)
        highlight = lightText ? highlight.darker(110) : highlight.lighter(110);
    palette.setColor(QPalette::Highlight, highlight);
}

} // namespace recertify
