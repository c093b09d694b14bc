#include "ui/orphans/OrphansPage.h"

#include "core/lifecycle/LifecycleService.h"
#include "core/pipeline/AfterChange.h"
#include "core/util/People.h"
#include "ui/models/IdentityTableModel.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/StatusColours.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace recertify {

OrphansPage::OrphansPage(DatabasePtr database, QWidget* parent)
    : LazyPage(parent)
    , m_database(std::move(database))
    , m_model(new IdentityTableModel(m_database, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("Import people directory…"), this))
{
    setObjectName(QStringLiteral("orphansPage"));
    auto* title = new QLabel(tr("Owners & orphans"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("orphansSummary"));
    m_summary->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importPeople"));
    m_import->setToolTip(tr("CSV with the header email,name,manager,active"));

    m_view->setObjectName(QStringLiteral("orphansTable"));

    m_view->setAccessibleName(tr("Identities without a current owner"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(IdentityTableModel::NameColumn, 300);
    m_view->setColumnWidth(IdentityTableModel::KindColumn, 180);
    m_view->setColumnWidth(IdentityTableModel::OwnerColumn, 260);
    fitHeaderTitles(m_view->horizontalHeader());

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const Identity* identity = m_model->identityAt(index.row()))
            emit openIdentity(identity->id);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("People directory"), QString(), tr("CSV (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importPeople(path);
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_import->setEnabled(true);
        const QString message = m_watcher.result();
        m_summary->setStyleSheet(message.isEmpty() ? QString() : StatusColours::style(StatusColours::Tone::Danger));
        refresh();
        if (message.isEmpty())
            emit storeChanged();
        else
            m_summary->setText(tr("Nothing was imported. %1").arg(message));
    });
}

void OrphansPage::setChangeable(bool changeable)
{
    m_import->setVisible(changeable);
}

void OrphansPage::load()
{
    IdentityQuery query = m_model->query();
    query.orphanedOnly = true;
    m_model->setQuery(query);
    m_summary->setText(
        tr("%n identities have no owner, an owner the people directory does not know, or an owner who has left. "
           "Open one to assign an owner; every change goes into the audit log.",
           nullptr, m_model->totalCount()));
}

void OrphansPage::importPeople(const QString& path)
{
    m_import->setEnabled(false);
    m_summary->setText(tr("Importing %1…").arg(path));
    const QString actor = desktopActor();
    DatabasePtr database = m_database;
    m_watcher.setFuture(QtConcurrent::run([database, path, actor]() -> QString {
        auto count = LifecycleService(database).importPeople(path, actor);
        if (!count)
            return count.errorString();
        return AfterChange(database).estateChanged(actor).warnings.join(u'\n');
    }));
}

} // namespace recertify
