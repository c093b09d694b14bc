#include "InventoryPage.h"

#include "IdentityDetailPanel.h"
#include "domain/IdentityKind.h"
#include "models/IdentityTableModel.h"
#include "widgets/HeaderFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace recertify {

InventoryPage::InventoryPage(DatabasePtr database, QWidget* parent)
    : QWidget(parent)
    , m_model(new IdentityTableModel(database, this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_orphans(new QCheckBox(tr("Orphans only"), this))
    , m_view(new QTableView(this))
    , m_detail(new IdentityDetailPanel(database, this))
    , m_searchDelay(new QTimer(this))
    , m_database(database)
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setAccessibleName(tr("Search identities"));
    m_search->setPlaceholderText(tr("Search by name, native id or owner…"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : IdentityKind::all())
        m_kind->addItem(IdentityKind::displayName(kind), kind);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->addItem(tr("All sources"), QString());
    fillSources();
    m_orphans->setObjectName(QStringLiteral("orphansOnly"));
    m_orphans->setToolTip(tr("Identities with no owner, or whose owner has left"));

    auto* title = new QLabel(tr("Inventory"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* filters = new QHBoxLayout;
    filters->addWidget(title);
    filters->addSpacing(16);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_source);
    filters->addWidget(m_orphans);

    m_view->setObjectName(QStringLiteral("inventoryTable"));

    m_view->setAccessibleName(tr("Identities"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IdentityTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(IdentityTableModel::NameColumn, 240);
    m_view->setColumnWidth(IdentityTableModel::KindColumn, 150);
    m_view->setColumnWidth(IdentityTableModel::OwnerColumn, 200);
    m_view->setColumnWidth(IdentityTableModel::DebtColumn, 85);
    m_view->setColumnWidth(IdentityTableModel::StatusColumn, 95);
    m_view->setColumnWidth(IdentityTableModel::LastUsedColumn, 90);
    m_view->setColumnWidth(IdentityTableModel::SourceColumn, 65);
    m_view->setColumnWidth(IdentityTableModel::CredentialsColumn, 85);
    m_view->setColumnWidth(IdentityTableModel::GrantsColumn, 60);
    fitHeaderTitles(m_view->horizontalHeader());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(340);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    // Typing waits a moment so one query runs per pause, not per key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(180);
    connect(m_searchDelay, &QTimer::timeout, this, &InventoryPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilters);
    connect(m_orphans, &QCheckBox::toggled, this, &InventoryPage::applyFilters);
    connect(m_model, &IdentityTableModel::queryChanged, this, [this] {
        emit matchCountChanged(m_model->totalCount());
        selectFirst();
    });
    connect(m_model, &IdentityTableModel::loadFailed, this, &InventoryPage::problem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showCurrent);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const Identity* identity = m_model->identityAt(index.row()))
            emit openIdentity(identity->id);
    });
    selectFirst();
}

void InventoryPage::reload()
{
    const QString current = m_source->currentData().toString();
    m_source->blockSignals(true);
    fillSources();
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    m_source->blockSignals(false);
    applyFilters();
}

void InventoryPage::fillSources()
{
    while (m_source->count() > 1)
        m_source->removeItem(1);
    if (auto sources = IdentityRepository(m_database).sources(); sources) {
        for (const QString& source : sources.value())
            m_source->addItem(source, source);
    }
}

void InventoryPage::selectFirst()
{
    // Master-detail: the first match is selected so the panel never sits empty beside data.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, IdentityTableModel::NameColumn));
    else
        m_detail->clear();
}

void InventoryPage::applyFilters()
{
    IdentityQuery query = m_model->query();
    query.text = m_search->text().trimmed();
    query.kind = m_kind->currentData().toString();
    query.source = m_source->currentData().toString();
    query.orphanedOnly = m_orphans->isChecked();
    m_model->setQuery(query);
}

void InventoryPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (const Identity* identity = current.isValid() ? m_model->identityAt(current.row()) : nullptr)
        m_detail->showIdentity(identity->id);
    else
        m_detail->clear();
}

} // namespace recertify
