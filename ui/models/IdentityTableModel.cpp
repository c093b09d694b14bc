#include "ui/models/IdentityTableModel.h"

#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

namespace recertify {

IdentityTableModel::IdentityTableModel(DatabasePtr database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(database))
{
    reload();
}

int IdentityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdentityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Identity* IdentityTableModel::identityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant IdentityTableModel::data(const QModelIndex& index, int role) const
{
    const Identity* identity = index.isValid() ? identityAt(index.row()) : nullptr;
    if (!identity)
        return {};
    const Identity& i = *identity;
    const QLocale locale;
    auto date = [&](const QDateTime& time) {
        return time.isValid() ? LocalDates::dateOf(time, locale) : QString();
    };

    if (role == IdRole)
        return i.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return i.displayName;
        case KindColumn:
            return IdentityKind::displayName(i.kind);
        case SourceColumn:
            return i.source;
        case OwnerColumn:
            if (i.businessOwner.isEmpty())
                return tr("No owner");
            return i.ownerInactive ? tr("%1 (left)").arg(i.businessOwner) : i.businessOwner;
        case StatusColumn:
            return LifecycleState::displayName(i.status);
        case DebtColumn:
            return i.trustDebt >= 0 ? locale.toString(i.trustDebt, 'f', 1) : QString();
        case CredentialsColumn:
            return i.credentialCount;
        case GrantsColumn:
            return i.grantCount;
        case CreatedColumn:
            return date(i.createdAt);
        case LastUsedColumn:
            return i.lastUsedAt.isValid() ? date(i.lastUsedAt) : tr("Never");
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case NameColumn:
            return i.displayName;
        case KindColumn:
            return i.kind;
        case SourceColumn:
            return i.source;
        case OwnerColumn:
            return i.businessOwner;
        case StatusColumn:
            return i.status;
        case DebtColumn:
            return i.trustDebt;
        case CredentialsColumn:
            return i.credentialCount;
        case GrantsColumn:
            return i.grantCount;
        case CreatedColumn:
            return i.createdAt;
        case LastUsedColumn:
            return i.lastUsedAt;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn) {
            QString tip = i.displayName + u'\n' + i.nativeId;
            if (i.discoveredFromActivity)
                tip += u'\n' + tr("Discovered from activity: no inventory knows this identity");
            return tip;
        }
        if (index.column() == OwnerColumn && i.businessOwner.isEmpty())
            return tr("Nobody is accountable for this identity");
        if (index.column() == OwnerColumn && i.ownerInactive)
            return tr("The business owner has left; the identity is orphaned");
        if (index.column() == LastUsedColumn && i.lastUsedAt.isValid())
            return locale.toString(i.lastUsedAt.toLocalTime(), QLocale::LongFormat);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == OwnerColumn && (i.businessOwner.isEmpty() || i.ownerInactive))
            return QBrush(StatusColours::colour(StatusColours::Tone::Danger));
        if (index.column() == LastUsedColumn && !i.lastUsedAt.isValid())
            return QBrush(StatusColours::colour(StatusColours::Tone::Muted));
        if (!i.enabled)
            return QBrush(StatusColours::colour(StatusColours::Tone::Muted));
    }
    if (role == Qt::FontRole && index.column() == NameColumn && i.discoveredFromActivity) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == DebtColumn && i.trustDebt >= 60)
        return QBrush(StatusColours::colour(StatusColours::Tone::Danger));
    if (role == Qt::ToolTipRole && index.column() == DebtColumn)
        return tr("Trust debt, 0 to 100: what stays unresolved about this identity, with interest");
    if (role == Qt::TextAlignmentRole
        && (index.column() == CredentialsColumn || index.column() == GrantsColumn || index.column() == DebtColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IdentityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DebtColumn)
        return tr("Trust debt (0–100): what its open findings add up to");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case OwnerColumn:
        return tr("Business owner", "column title, as short as possible");
    case StatusColumn:
        return tr("Status");
    // The table's narrowest title: languages with a long word for it use a short one here; the tooltip has it whole.
    case DebtColumn:
        return tr("Trust debt", "column title, as short as possible");
    case CredentialsColumn:
        return tr("Credentials");
    case GrantsColumn:
        return tr("Grants");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used", "column title, as short as possible");
    }
    return {};
}

bool IdentityTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void IdentityTableModel::fetchMore(const QModelIndex& parent)
{
    // A listener of rowsInserted may ask for more while this page is still going in.
    if (m_fetching || !canFetchMore(parent))
        return;
    const QScopedValueRollback guard(m_fetching, true);
    auto page = m_repository.page(m_query, int(m_rows.size()), kPageSize);
    if (!page) {
        setError(page.errorString());
        m_total = int(m_rows.size()); // stop asking for more until the next query
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void IdentityTableModel::sort(int column, Qt::SortOrder order)
{
    using Key = IdentityQuery::SortKey;
    Key key = Key::DisplayName;
    switch (column) {
    case KindColumn:
        key = Key::Kind;
        break;
    case SourceColumn:
        key = Key::Source;
        break;
    case OwnerColumn:
        key = Key::BusinessOwner;
        break;
    case StatusColumn:
        key = Key::Status;
        break;
    case DebtColumn:
        key = Key::TrustDebt;
        break;
    case CreatedColumn:
        key = Key::CreatedAt;
        break;
    case LastUsedColumn:
        key = Key::LastUsedAt;
        break;
    default:
        key = Key::DisplayName;
        break; // counts are not sortable in the store; fall back to name
    }
    const bool ascending = order == Qt::AscendingOrder;
    if (key == m_query.sortKey && ascending == m_query.ascending)
        return;
    m_query.sortKey = key;
    m_query.ascending = ascending;
    reload();
}

void IdentityTableModel::setQuery(const IdentityQuery& query)
{
    m_query = query;
    reload();
}

void IdentityTableModel::reload()
{
    // The count and the first page load inside the reset, so views see one consistent change.
    // Listeners of modelReset may ask for more before it is over: m_fetching holds them off.
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_total = 0;
    if (auto total = m_repository.count(m_query); !total) {
        m_error = total.errorString();
    } else if (auto page = m_repository.page(m_query, 0, kPageSize); !page) {
        m_error = page.errorString();
    } else {
        m_total = total.value();
        m_rows = page.value();
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
    emit queryChanged();
}

void IdentityTableModel::setError(const QString& message)
{
    m_error = message;
    emit loadFailed(message);
}

} // namespace recertify
