#pragma once

#include <QProxyStyle>

namespace recertify {

/**
 * Fusion, with radio buttons and check boxes whose edge reads at 3:1 (WCAG 1.4.11): Fusion outlines them a shade
 * darker than the window, about 2:1 in light and all but invisible in dark, where checked and unchecked (and
 * enabled and disabled) looked alike. Here the edge is drawn in a colour that reads on the background, and a
 * chosen radio button carries a dot in the highlight colour.
 */
class ReadableStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ReadableStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override;

    /** The edge colour an indicator gets in this palette and state. */
    [[nodiscard]] static QColor indicatorEdge(const QPalette& palette, bool enabled);
};

} // namespace recertify
