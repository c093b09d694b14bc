#pragma once

#include "core/storage/Database.h"
#include "ui/widgets/LazyPage.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace recertify {

/**
 * The estate at a glance: privilege drift and trust debt over time, how debt is spread, and the
 * identities that carry the most. Rebuilt from the store whenever it is shown or the store changes.
 */
class DashboardPage : public LazyPage
{
    Q_OBJECT

public:
    explicit DashboardPage(DatabasePtr database, QWidget* parent = nullptr);

    void reload() { invalidate(); }

signals:
    void openIdentity(qint64 id);
    /** The empty dashboard's button: take the user where identities come in. */
    void sourcesRequested();

protected:
    void load() override;

private:
    DatabasePtr m_database;
    QLabel* m_summary;
    QGridLayout* m_grid;
    class EmptyState* m_empty;
};

} // namespace recertify
