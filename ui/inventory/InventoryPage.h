#pragma once

#include "core/storage/Database.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QHeaderView;
class QTableView;
class QTimer;

namespace recertify {

class IdentityDetailPanel;
class IdentityTableModel;

/** The inventory: search, filters, the lazily loaded table and the detail of the selected identity. */
class InventoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryPage(DatabasePtr database, QWidget* parent = nullptr);

    IdentityTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    /** Reads the store again (after an import), keeping the filters. */
    void reload();

signals:
    /** The number of matching identities changed (for the status bar). */
    void matchCountChanged(int matching);
    void problem(const QString& message);
    /** A row was double-clicked or Enter pressed on it. */
    void openIdentity(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** Name, kind, owner, trust debt, status, last used and source fit the table; the name takes what is left. */
    void fitColumns();
    static int lastVisibleSection(const QHeaderView* header);
    bool m_fitting = false;
    bool m_userSized = false;
    void applyFilters();
    void showCurrent();
    void selectFirst();
    void fillSources();

    IdentityTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_source;
    QCheckBox* m_orphans;
    QTableView* m_view;
    IdentityDetailPanel* m_detail;
    QTimer* m_searchDelay;
    DatabasePtr m_database;
};

} // namespace recertify
