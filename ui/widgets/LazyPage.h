#pragma once

#include <QWidget>

namespace recertify {

/**
 * A section that reads the store only when it is shown: start-up stays as fast with 100,000
 * identities as with 100, and a page nobody opens costs nothing.
 */
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** The store changed: reload now if visible, else on the next show. */
    void invalidate()
    {
        m_stale = true;
        if (isVisible())
            refresh();
    }
    /** Loads now (tests and callers that need the data at once). */
    void refresh()
    {
        m_stale = false;
        load();
    }

protected:
    virtual void load() = 0;
    void showEvent(QShowEvent* event) override
    {
        QWidget::showEvent(event);
        if (m_stale)
            refresh();
    }

private:
    bool m_stale = true;
};

} // namespace recertify
