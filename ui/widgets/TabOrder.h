#pragma once

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QTextEdit>
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

/**
 * Tab moves from control to control everywhere under root, as in a form: never from cell to cell of a table
 * (Qt's default for tables, which holds a keyboard user in a table of thousands of rows) nor into a text box as
 * a tab character. The arrow keys move within a table.
 */
inline void tabMovesBetweenControls(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    for (QTextEdit* edit : root->findChildren<QTextEdit*>())
        edit->setTabChangesFocus(true);
    for (QPlainTextEdit* edit : root->findChildren<QPlainTextEdit*>())
        edit->setTabChangesFocus(true);
}

} // namespace recertify
