#include "ui/widgets/ReadableStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace recertify {

ReadableStyle::ReadableStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

QColor ReadableStyle::indicatorEdge(const QPalette& palette, bool enabled)
{
    // Enabled: the placeholder grey, which reads at 4.5:1 on Base and Window; disabled: the disabled text, dimmer.
    return enabled ? palette.color(QPalette::Active, QPalette::PlaceholderText)
                   : palette.color(QPalette::Disabled, QPalette::Text);
}

void ReadableStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorRadioButton && element != PE_IndicatorCheckBox)
        return;
    const bool enabled = option->state & State_Enabled;
    const QColor edge = indicatorEdge(option->palette, enabled);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(edge, 1.2));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.6, 0.6, -0.6, -0.6);
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(box);
        if (option->state & State_On) {
            const qreal inset = box.width() * 0.27;
            painter->setPen(Qt::NoPen);
            painter->setBrush(enabled ? option->palette.color(QPalette::Highlight) : edge);
            painter->drawEllipse(box.adjusted(inset, inset, -inset, -inset));
        }
    } else {
        painter->drawRoundedRect(box, 2, 2);
    }
    painter->restore();
}

} // namespace recertify
