#pragma once

#include "core/domain/Identity.h"
#include "core/storage/IdentityRepository.h"

#include <QAbstractTableModel>

namespace recertify {

/**
 * The inventory as a table. Loads lazily: a count and the first page on a new query, further
 * pages through fetchMore as the view scrolls, so 100,000 identities open as fast as 100.
 * Sorting and filtering are done by the store, not in memory.
 */
class IdentityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Most telling first: what it is, who answers for it, whether it is alive.
    enum Column
    {
        NameColumn,
        KindColumn,
        OwnerColumn,
        DebtColumn,
        StatusColumn,
        LastUsedColumn,
        SourceColumn,
        CredentialsColumn,
        GrantsColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        IdRole
    };

    explicit IdentityTableModel(DatabasePtr database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setQuery(const IdentityQuery& query);
    const IdentityQuery& query() const { return m_query; }
    /** All identities matching the query, loaded or not. */
    int totalCount() const { return m_total; }
    const Identity* identityAt(int row) const;
    QString errorString() const { return m_error; }
    static constexpr int kPageSize = 200;

signals:
    void queryChanged();
    void loadFailed(const QString& message);

private:
    void reload();
    void setError(const QString& message);

    IdentityRepository m_repository;
    IdentityQuery m_query;
    QList<Identity> m_rows;
    int m_total = 0;
    QString m_error;
    bool m_fetching = false;
};

} // namespace recertify
