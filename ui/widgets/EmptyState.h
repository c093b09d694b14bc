#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace recertify {

/**
 * What a page shows while it has nothing to show: one sentence on what would fill it, and the
 * button that does, in the middle of the space the content will take.
 */
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString& text, const QString& action, QWidget* parent = nullptr);

    void setText(const QString& text);
    QPushButton* button() const { return m_button; }

    /**
     * A line of text in the middle of an empty list or table saying what would fill it; it hides
     * itself as soon as the view has a row and comes back when the last one goes.
     */
    static QLabel* installHint(QAbstractItemView* view, const QString& text);

signals:
    void actionRequested();

private:
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace recertify
