#pragma once

#include <QWidget>
#include <initializer_list>

namespace recertify {

/**
 * Tab visits these widgets in the order given, which is the order a reader meets them: left to right, top to
 * bottom. Qt's default is the order widgets were created in, which is not always the order they are laid out.
 */
inline void setReadingOrder(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* w : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace recertify
