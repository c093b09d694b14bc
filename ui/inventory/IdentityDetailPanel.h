#pragma once

#include "core/storage/IdentityRepository.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace recertify {

/** The selected identity at a glance: owners, purpose, credentials with ages, grants, usage, lifecycle. */
class IdentityDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityDetailPanel(DatabasePtr database, QWidget* parent = nullptr);

    void showIdentity(qint64 id);
    void clear();

private:
    QString render(const Identity& identity) const;

    IdentityRepository m_repository;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTextBrowser* m_body;
};

} // namespace recertify
