#include "ui/findings/FindingsPage.h"

#include "core/analysis/TrustDebtWeights.h"
#include "ui/models/FindingTableModel.h"
#include "ui/widgets/HeaderFit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace recertify {

FindingsPage::FindingsPage(DatabasePtr database, QWidget* parent)
    : LazyPage(parent)
    , m_model(new FindingTableModel(std::move(database), this))
    , m_type(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsPage"));
    auto* title = new QLabel(tr("Findings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_type->setObjectName(QStringLiteral("findingType"));
    m_type->addItem(tr("All findings"), QString());
    for (const DebtWeight& w : TrustDebtWeights::all())
        m_type->addItem(TrustDebtWeights::describe(QString::fromLatin1(w.type)), QString::fromLatin1(w.type));
    m_severity->setObjectName(QStringLiteral("findingSeverity"));
    m_severity->addItem(tr("Any severity"), QString());
    m_severity->addItem(tr("High"), QStringLiteral("high"));
    m_severity->addItem(tr("Medium"), QStringLiteral("medium"));
    m_severity->addItem(tr("Low"), QStringLiteral("low"));
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setAccessibleName(tr("Search findings"));
    m_search->setPlaceholderText(tr("Identity, finding or detail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    // The type list holds long names; the search field, not the list, takes the room.
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(22);
    m_count->setObjectName(QStringLiteral("findingCount"));
    m_count->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("findingsList"));

    m_view->setAccessibleName(tr("Open findings"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the header in every language ("Schweregrad", "Gravité").
    m_view->setColumnWidth(
        FindingTableModel::SeverityColumn,
        std::max(75,
                 m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
                     m_model->headerData(FindingTableModel::SeverityColumn, Qt::Horizontal).toString())
                     + 24));
    m_view->setColumnWidth(FindingTableModel::TypeColumn, 190);
    m_view->setColumnWidth(FindingTableModel::IdentityColumn, 230);
    m_view->setColumnWidth(FindingTableModel::OwaspColumn, 65);
    m_view->setColumnWidth(FindingTableModel::SinceColumn, 90);
    fitHeaderTitles(m_view->horizontalHeader());

    auto* filters = new QHBoxLayout;
    filters->addWidget(title);
    filters->addSpacing(16);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_type);
    filters->addWidget(m_severity);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing() + 8);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    showDetail();

    connect(m_type, &QComboBox::currentIndexChanged, this, &FindingsPage::applyFilters);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPage::applyFilters);
    // Filters as you type, a moment after the last key, as the inventory does.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(searchDelay, &QTimer::timeout, this, &FindingsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FindingsPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPage::showDetail);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const FindingRow* row = m_model->rowAt(index.row()))
            emit openIdentity(row->finding.identityId);
    });
}

void FindingsPage::showDetail()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_model->rowAt(row)) {
        m_detail->setForegroundRole(QPalette::PlaceholderText);
        m_detail->setText(tr("Select a finding to read it in full here; Enter opens its identity."));
        return;
    }
    const auto cell = [&](int column) {
        return m_model->data(m_model->index(row, column), Qt::DisplayRole).toString().toHtmlEscaped();
    };
    m_detail->setForegroundRole(QPalette::WindowText);
    m_detail->setText(tr("<b>%1</b> · %2 · %3 (%4), since %5<br>%6")
                          .arg(cell(FindingTableModel::IdentityColumn), cell(FindingTableModel::SeverityColumn),
                               cell(FindingTableModel::TypeColumn), cell(FindingTableModel::OwaspColumn),
                               cell(FindingTableModel::SinceColumn), cell(FindingTableModel::DetailColumn)));
}

void FindingsPage::applyFilters()
{
    FindingQuery query;
    query.type = m_type->currentData().toString();
    query.severity = m_severity->currentData().toString();
    query.text = m_search->text().trimmed();
    m_model->setQuery(query);
    const int total = m_model->totalCount();
    // An empty list says why: nothing analysed yet, or nothing matching what was asked.
    if (total == 0 && query.type.isEmpty() && query.severity.isEmpty() && query.text.isEmpty())
        m_count->setText(
            tr("No open findings. They appear once identities are imported or synced (Sources) and analysed: "
               "unused or out-of-scope grants, missing owners, old credentials, reviews overdue."));
    else if (total == 0)
        m_count->setText(tr("No open finding matches the search and filters."));
    else
        m_count->setText(tr("%n open findings", nullptr, total));
}

} // namespace recertify
