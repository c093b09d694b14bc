#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace recertify::test {

/** A widget that takes the keyboard or a click: what a screen reader names and Tab must reach. */
inline bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractItemView*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w);
}

/**
 * A control a person sees under root as one of its own. A combo box's or spin box's line edit, a view's
 * viewport and its headers (read by their section titles) belong to their owner, which takes the focus.
 */
inline bool isOwnControl(const QWidget* w, const QWidget* root)
{
    const QWidget* parent = w->parentWidget();
    return isControl(w) && w->isVisibleTo(root) && !qobject_cast<const QComboBox*>(parent)
        && !qobject_cast<const QAbstractSpinBox*>(parent) && !qobject_cast<const QHeaderView*>(w)
        && !(parent && qobject_cast<const QAbstractItemView*>(parent->parentWidget()));
}

} // namespace recertify::test
