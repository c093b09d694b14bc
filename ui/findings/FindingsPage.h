#pragma once

#include "core/storage/Database.h"
#include "ui/widgets/LazyPage.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace recertify {

class FindingTableModel;

/** Every open finding of the estate, most severe first, filtered by type, severity or name. */
class FindingsPage : public LazyPage
{
    Q_OBJECT

public:
    explicit FindingsPage(DatabasePtr database, QWidget* parent = nullptr);

    void reload() { invalidate(); }
    FindingTableModel* model() const { return m_model; }

signals:
    void openIdentity(qint64 id);

protected:
    void load() override { applyFilters(); }

private:
    void applyFilters();
    void showDetail();

    FindingTableModel* m_model;
    QComboBox* m_type;
    QComboBox* m_severity;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_view;
    QLabel* m_detail; ///< the selected finding in full: the table's Detail column is cut at its width
};

} // namespace recertify
