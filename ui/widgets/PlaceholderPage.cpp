#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace recertify {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& whatIsComing, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(whatIsComing, this);
    body->setWordWrap(true);
    body->setMaximumWidth(620);
    body->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace recertify
