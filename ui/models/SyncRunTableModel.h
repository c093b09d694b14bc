#pragma once

#include "core/storage/SyncRunRepository.h"

#include <QAbstractTableModel>

namespace recertify {

/** The run history: every import or sync with its counts, or the reason it failed. */
class SyncRunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartedColumn,
        FormatColumn,
        StatusColumn,
        AddedColumn,
        ChangedColumn,
        RemovedColumn,
        SkippedColumn,
        CompleteForColumn,
        DetailColumn,
        ColumnCount
    };

    explicit SyncRunTableModel(DatabasePtr database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    const SyncRun* runAt(int row) const;

private:
    SyncRunRepository m_repository;
    QList<SyncRun> m_runs;
};

} // namespace recertify
