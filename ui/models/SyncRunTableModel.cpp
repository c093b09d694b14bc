#include "ui/models/SyncRunTableModel.h"

#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace recertify {

SyncRunTableModel::SyncRunTableModel(DatabasePtr database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(database))
{
    reload();
}

int SyncRunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SyncRun* SyncRunTableModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

void SyncRunTableModel::reload()
{
    beginResetModel();
    auto runs = m_repository.recent();
    m_runs = runs ? runs.value() : QList<SyncRun>();
    endResetModel();
}

QVariant SyncRunTableModel::data(const QModelIndex& index, int role) const
{
    const SyncRun* run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return {};
    const bool failed = run->status != QLatin1String("ok");
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn:
            return LocalDates::dateTime(run->startedAt);
        case FormatColumn:
            return run->format;
        case StatusColumn:
            return failed ? tr("Failed") : tr("Done");
        case AddedColumn:
            return failed ? QVariant() : QVariant(run->added);
        case ChangedColumn:
            return failed ? QVariant() : QVariant(run->changed);
        case RemovedColumn:
            return failed ? QVariant() : QVariant(run->removed);
        case SkippedColumn:
            return failed ? QVariant() : QVariant(run->skipped);
        case CompleteForColumn:
            return failed ? QVariant() : QVariant(run->authoritative.join(QStringLiteral(", ")));
        case DetailColumn: {
            if (failed)
                return run->error;
            QStringList names;
            for (const QString& input : run->inputs)
                names << QFileInfo(input).fileName();
            return names.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        if (failed)
            return run->error;
        QStringList lines = run->inputs;
        lines << (run->authoritative.isEmpty() ? tr("Complete for no scope: nothing could be retired by this run.")
                                               : tr("Complete for: %1 (only there could identities be retired)")
                                                     .arg(run->authoritative.join(QStringLiteral(", "))));
        lines << run->warnings;
        return lines.join(u'\n');
    }
    if (role == Qt::ForegroundRole && failed && (index.column() == StatusColumn || index.column() == DetailColumn))
        return QBrush(StatusColours::colour(StatusColours::Tone::Danger));
    if (role == Qt::TextAlignmentRole && index.column() >= AddedColumn && index.column() <= SkippedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SyncRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Result");
    case AddedColumn:
        return tr("Added");
    case ChangedColumn:
        return tr("Changed");
    case RemovedColumn:
        return tr("Removed");
    case SkippedColumn:
        return tr("Skipped");
    case CompleteForColumn:
        return tr("Complete for");
    case DetailColumn:
        return tr("Inputs or error");
    }
    return {};
}

} // namespace recertify
