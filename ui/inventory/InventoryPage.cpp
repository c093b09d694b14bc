#include "ui/inventory/InventoryPage.h"

#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"
#include "ui/inventory/IdentityDetailPanel.h"
#include "ui/models/IdentityTableModel.h"
#include "ui/widgets/HeaderFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    // Long names lose their middle, where generated suffixes and environments differ least; the tooltip has it all.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setColumnWidth(IdentityTableModel::CredentialsColumn, 85);
    m_view->setColumnWidth(IdentityTableModel::GrantsColumn, 60);
    fitColumns();
    m_view->viewport()->installEventFilter(this);
    // Once the user sizes a column, the layout is theirs.
    // The stretched last column follows every resize of the window by itself: only the others are the user's.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        QHeaderView* header = m_view->horizontalHeader();
        if (!m_fitting && header->visualIndex(logical) != lastVisibleSection(header))
            m_userSized = true;
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("inventorySplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    // The table takes the room; the detail keeps what it needs to read and grows only when dragged.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(240);
    splitter->setSizes({ 4000, 240 }); // at 1280 px the name column reads a typical name whole

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

int InventoryPage::lastVisibleSection(const QHeaderView* header)
{
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            return visual;
    }
    return -1;
}

bool InventoryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void InventoryPage::fitColumns()
{
    if (m_userSized) {
        // Columns set aside for a narrow window come back once the user sizes them: the layout is theirs then.
        for (const int column : { int(IdentityTableModel::CredentialsColumn), int(IdentityTableModel::GrantsColumn),
                                  int(IdentityTableModel::CreatedColumn) })
            m_view->setColumnHidden(column, false);
        return;
    }
    m_fitting = true;
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView* header = m_view->horizontalHeader();
    const auto width = [&](int column, const QStringList& samples) {
        int widest = headerTitleWidth(header, column);
        for (const QString& sample : samples)
            widest = std::max(widest, fm.horizontalAdvance(sample) + 16);
        return widest;
    };
    QStringList kinds;
    for (const QString& kind : IdentityKind::all())
        kinds << IdentityKind::displayName(kind);
    QStringList states;
    for (const QString& state : LifecycleState::all())
        states << LifecycleState::displayName(state);
    const QList<std::pair<int, int>> fixed {
        // A kind's longest names are elided; the common ones fit.
        { IdentityTableModel::KindColumn,
          std::min(width(IdentityTableModel::KindColumn, kinds),
                   fm.horizontalAdvance(QStringLiteral("Service principal")) + 16) },
        // An address loses its middle where it is longer than most.
        { IdentityTableModel::OwnerColumn,
          width(IdentityTableModel::OwnerColumn, { QStringLiteral("wen.haddad@example") }) },
        { IdentityTableModel::DebtColumn, width(IdentityTableModel::DebtColumn, { QStringLiteral("100.0") }) },
        { IdentityTableModel::StatusColumn,
          std::min(width(IdentityTableModel::StatusColumn, states),
                   std::max(headerTitleWidth(header, IdentityTableModel::StatusColumn),
                            fm.horizontalAdvance(QStringLiteral("Suspended")) + 16)) },
        { IdentityTableModel::LastUsedColumn,
          width(IdentityTableModel::LastUsedColumn,
                { QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat) }) },
        { IdentityTableModel::SourceColumn, width(IdentityTableModel::SourceColumn, { QStringLiteral("github") }) },
    };
    int used = 0;
    for (const auto& [column, w] : fixed) {
        m_view->setColumnWidth(column, w);
        used += w;
    }
    // The name comes first: a typical one is read whole. Counts and creation (also in the detail beside) give way
    // when the window is narrow, then the owner's address loses more of its middle, down to a short one's width.
    const int nameWanted = fm.horizontalAdvance(QStringLiteral("checkout-audit-shipper-prod")) + 16;
    const int viewport = m_view->viewport()->width();
    int extras = 0;
    for (const int column : { int(IdentityTableModel::CredentialsColumn), int(IdentityTableModel::GrantsColumn),
                              int(IdentityTableModel::CreatedColumn) })
        extras += std::max(m_view->columnWidth(column), headerTitleWidth(header, column));
    const bool roomy = viewport - used - extras >= nameWanted;
    for (const int column : { int(IdentityTableModel::CredentialsColumn), int(IdentityTableModel::GrantsColumn),
                              int(IdentityTableModel::CreatedColumn) })
        m_view->setColumnHidden(column, !roomy);
    if (!roomy && viewport - used < nameWanted) {
        const int owner = m_view->columnWidth(IdentityTableModel::OwnerColumn);
        const int ownerMin = std::max(headerTitleWidth(header, IdentityTableModel::OwnerColumn),
                                      fm.horizontalAdvance(QStringLiteral("ada@example.com")) + 16);
        const int shrunk = std::max(ownerMin, owner - (nameWanted - (viewport - used)));
        m_view->setColumnWidth(IdentityTableModel::OwnerColumn, shrunk);
        used -= owner - shrunk;
    }
    const int available = viewport - used - (roomy ? extras : 0);
    m_view->setColumnWidth(IdentityTableModel::NameColumn,
                           std::max({ 120, available, headerTitleWidth(header, IdentityTableModel::NameColumn) }));
    fitHeaderTitles(header);
    m_fitting = false;
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
