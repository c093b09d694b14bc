#pragma once

#include "core/storage/Database.h"
#include "ui/widgets/LazyPage.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace recertify {

class IdentityTableModel;

/** The queue of identities nobody answers for, and the people directory that decides it. */
class OrphansPage : public LazyPage
{
    Q_OBJECT

public:
    explicit OrphansPage(DatabasePtr database, QWidget* parent = nullptr);

    void reload() { invalidate(); }
    /** Imports a people directory in a worker (the button's file dialog ends here). */
    void importPeople(const QString& path);
    void setChangeable(bool changeable);
    IdentityTableModel* model() const { return m_model; }

signals:
    void openIdentity(qint64 id);
    void storeChanged();

protected:
    void load() override;

private:
    DatabasePtr m_database;
    IdentityTableModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_import;
    QFutureWatcher<QString> m_watcher;
};

} // namespace recertify
