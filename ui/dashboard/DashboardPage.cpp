#include "ui/dashboard/DashboardPage.h"

#include "core/storage/IdentityRepository.h"
#include "core/storage/SnapshotRepository.h"
#include "ui/charts/ChartFactory.h"
#include "ui/widgets/EmptyState.h"

#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace recertify {

DashboardPage::DashboardPage(DatabasePtr database, QWidget* parent)
    : LazyPage(parent)
    , m_database(std::move(database))
    , m_summary(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_empty(new EmptyState(tr("No analysis has run yet. Bring identities in from files or a live source; the "
                                "charts of privilege drift and trust debt fill in after the first import."),
                             tr("Go to Sources"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty, 1);
    layout->addLayout(m_grid, 1);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->hide();
    connect(m_empty, &EmptyState::actionRequested, this, &DashboardPage::sourcesRequested);
    m_grid->setSpacing(10);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
}

void DashboardPage::load()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    SnapshotRepository snapshots(m_database);
    auto estate = snapshots.estate();
    auto distribution = snapshots.debtDistribution(10);
    IdentityQuery top;
    top.sortKey = IdentityQuery::SortKey::TrustDebt;
    top.ascending = false;
    auto highest = IdentityRepository(m_database).page(top, 0, 8);
    if (!estate || !distribution || !highest) {
        m_summary->setText(estate.errorString() + distribution.errorString() + highest.errorString());
        return;
    }
    // Nothing analysed yet: one sentence and the way to the Sources page, where the charts will be.
    m_empty->setVisible(estate->isEmpty());
    m_summary->setVisible(!estate->isEmpty());
    if (estate->isEmpty())
        return;
    const SnapshotPoint& now = estate->last();
    const QLocale locale;
    m_summary->setText(
        tr("%1 identities · %2 grants, %3 used and %4 unused in the last 90 days · %5 actions out of scope · "
           "estate trust debt %6 (mean %7 per identity) · %n snapshots",
           nullptr, int(estate->size()))
            .arg(locale.toString(now.identities), locale.toString(now.granted), locale.toString(now.used),
                 locale.toString(now.unused), locale.toString(now.outOfScope), locale.toString(now.trustDebt, 'f', 0),
                 locale.toString(now.identities ? now.trustDebt / now.identities : 0.0, 'f', 1)));

    QList<std::pair<QString, double>> scores;
    for (const Identity& i : highest.value()) {
        if (i.trustDebt > 0)
            scores.append({ i.displayName, i.trustDebt });
    }
    QChartView* drift = ChartFactory::driftOverTime(estate.value(), tr("Privilege drift of the estate"), this);
    QChartView* debt = ChartFactory::debtOverTime(estate.value(), tr("Estate trust debt over time"), this);
    QChartView* spread = ChartFactory::debtDistribution(distribution.value(), this);
    QChartView* topChart = ChartFactory::topByDebt(scores, this);
    drift->setObjectName(QStringLiteral("driftChart"));
    debt->setObjectName(QStringLiteral("debtChart"));
    spread->setObjectName(QStringLiteral("distributionChart"));
    topChart->setObjectName(QStringLiteral("topChart"));
    m_grid->addWidget(drift, 0, 0);
    m_grid->addWidget(debt, 0, 1);
    m_grid->addWidget(spread, 1, 0);
    m_grid->addWidget(topChart, 1, 1);
}

} // namespace recertify
