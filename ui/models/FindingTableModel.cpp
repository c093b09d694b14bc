#include "ui/models/FindingTableModel.h"

#include "core/analysis/FindingText.h"
#include "core/analysis/TrustDebtWeights.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

namespace recertify {

FindingTableModel::FindingTableModel(DatabasePtr database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(database))
{
    // Empty until a query is set: the page asks when it is first shown.
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const FindingRow* FindingTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    const FindingRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const Finding& f = row->finding;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        // Codes stay in the data (export, search); people read them in their language.
        case SeverityColumn:
            return TrustDebtWeights::severityLabel(f.severity);
        case TypeColumn:
            return TrustDebtWeights::label(f.type);
        case IdentityColumn:
            return row->displayName;
        case OwaspColumn:
            return f.owasp;
        case SinceColumn:
            return f.since.isValid() ? LocalDates::dateOf(f.since) : QString();
        case DetailColumn:
            return FindingText::render(f.detailData, f.detail);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TypeColumn)
            return TrustDebtWeights::describe(f.type);
        if (index.column() == OwaspColumn)
            return TrustDebtWeights::owaspTitle(f.owasp);
        if (index.column() == DetailColumn)
            return FindingText::render(f.detailData, f.detail);
    }
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        if (f.severity == QLatin1String("high"))
            return QBrush(StatusColours::colour(StatusColours::Tone::Danger));
        if (f.severity == QLatin1String("medium"))
            return QBrush(StatusColours::colour(StatusColours::Tone::Warning));
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TypeColumn:
        return tr("Finding");
    case IdentityColumn:
        return tr("Identity");
    case OwaspColumn:
        return tr("OWASP");
    case SinceColumn:
        return tr("Since");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

bool FindingTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void FindingTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback guard(m_fetching, true);
    auto page = m_repository.page(m_query, int(m_rows.size()), kPageSize);
    if (!page || page->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void FindingTableModel::setQuery(const FindingQuery& query)
{
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_query = query;
    m_rows.clear();
    auto total = m_repository.count(m_query);
    auto page = m_repository.page(m_query, 0, kPageSize);
    m_total = total && page ? total.value() : 0;
    m_rows = page ? page.value() : QList<FindingRow>();
    endResetModel();
}

} // namespace recertify
