#pragma once

#include <QWidget>

namespace recertify {

/** A section that is not built yet says plainly what will be there; it shows nothing fake. */
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& whatIsComing, QWidget* parent = nullptr);
};

} // namespace recertify
