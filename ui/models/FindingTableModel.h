#pragma once

#include "core/storage/FindingRepository.h"

#include <QAbstractTableModel>

namespace recertify {

/** The estate's open findings, loaded a page at a time as the view scrolls. */
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        TypeColumn,
        IdentityColumn,
        OwaspColumn,
        SinceColumn,
        DetailColumn,
        ColumnCount
    };

    explicit FindingTableModel(DatabasePtr database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setQuery(const FindingQuery& query);
    const FindingQuery& query() const { return m_query; }
    int totalCount() const { return m_total; }
    const FindingRow* rowAt(int row) const;
    static constexpr int kPageSize = 200;

private:
    FindingRepository m_repository;
    FindingQuery m_query;
    QList<FindingRow> m_rows;
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace recertify
