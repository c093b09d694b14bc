#include "ui/campaigns/CampaignsPage.h"

#include "core/evidence/ExportJob.h"
#include "core/evidence/SigningKeys.h"
#include "core/review/CampaignService.h"
#include "core/review/ReminderExport.h"
#include "core/review/ReviewService.h"
#include "core/review/TriggerService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/util/People.h"
#include "ui/campaigns/NewCampaignDialog.h"
#include "ui/campaigns/TemplatesDialog.h"
#include "ui/campaigns/TriggersDialog.h"
#include "ui/charts/ChartFactory.h"
#include "ui/reviews/ReviewQueuePage.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/TabOrder.h"

#include <QChartView>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace recertify {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString actor()
{
    return desktopActor();
}

} // namespace

CampaignsPage::CampaignsPage(DatabasePtr database, QWidget* parent)
    : LazyPage(parent)
    , m_database(std::move(database))
    , m_list(new QTableWidget(0, 5, this))
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(tr("New campaign…"), this))
    , m_close(new QPushButton(tr("Close campaign"), this))
    , m_escalate(new QPushButton(tr("Escalate overdue"), this))
    , m_triggers(new QPushButton(tr("Triggers…"), this))
    , m_templates(new QPushButton(tr("Recurring…"), this))
    , m_remind(new QPushButton(tr("Send reminders…"), this))
    , m_export(new QPushButton(tr("Export evidence…"), this))
    , m_exportProgress(new QProgressBar(this))
    , m_notice(new QLabel(this))
    , m_tasksEmpty(new QLabel(this))
    , m_reviewers(new QTableWidget(0, 5, this))
    , m_flagged(new QTableWidget(0, 5, this))
    , m_reviewerTabs(new QTabWidget(this))
    , m_charts(new QVBoxLayout)
    , m_tasks(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    auto* title = new QLabel(tr("Campaigns"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_list->setAccessibleName(tr("Campaigns"));
    m_list->setHorizontalHeaderLabels({ tr("Campaign"), tr("Status"), tr("Due"), tr("Decided"), tr("Complete") });
    m_tasks->setObjectName(QStringLiteral("remediationTasks"));
    m_tasks->setAccessibleName(tr("Remediation tasks"));
    m_tasks->setHorizontalHeaderLabels({ tr("Identity"), tr("Remediation"), tr("State") });
    for (QTableWidget* t : { m_list, m_tasks }) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setAlternatingRowColors(true);
        t->setShowGrid(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    // The name takes what is left, so every figure stays in view however narrow the list.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_list->columnCount(); ++column)
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_reviewers->setObjectName(QStringLiteral("reviewerTable"));
    m_reviewers->setAccessibleName(tr("Every reviewer"));
    // Named before any campaign is chosen: an empty table still says what it will hold.
    m_reviewers->setHorizontalHeaderLabels(
        { tr("Reviewer"), tr("Items"), tr("Decided"), tr("Pending"), tr("Flagged") });
    m_reviewers->verticalHeader()->hide();
    m_reviewers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviewers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviewers->setAlternatingRowColors(true);
    m_reviewers->setShowGrid(false);
    m_reviewers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // An address cut in the middle keeps both the person and the domain in view.
    m_reviewers->setTextElideMode(Qt::ElideMiddle);
    for (int column = 1; column < m_reviewers->columnCount(); ++column)
        m_reviewers->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_reviewerTabs->setObjectName(QStringLiteral("reviewerTabs"));
    m_reviewerTabs->addTab(m_reviewers, tr("Every reviewer"));
    // Rubber-stamping flags lead to the decision itself and what the reviewer had in front of them.
    m_flagged->setObjectName(QStringLiteral("flaggedDecisions"));
    m_flagged->setAccessibleName(tr("Flagged decisions"));
    m_flagged->setAccessibleDescription(
        tr("Decisions flagged as possible rubber-stamping; Enter or a double click opens one with its evidence"));
    m_flagged->setHorizontalHeaderLabels(
        { tr("Identity"), tr("Decided by"), tr("Why flagged"), tr("Seconds"), tr("Decision") });
    m_flagged->verticalHeader()->hide();
    m_flagged->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flagged->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flagged->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flagged->setAlternatingRowColors(true);
    m_flagged->setShowGrid(false);
    m_flagged->setWordWrap(false);
    // Fits its width, no sideways scrolling: names and seconds by content, the words share the rest
    // (elided; the whole text is in the window a row opens).
    m_flagged->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_flagged->setTextElideMode(Qt::ElideRight);
    for (int column : { 0, 3 })
        m_flagged->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : { 1, 2, 4 })
        m_flagged->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_reviewerTabs->addTab(m_flagged, tr("Flagged"));
    connect(m_flagged, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* item) { openFlagged(item->row()); });
    m_new->setObjectName(QStringLiteral("newCampaign"));
    m_remind->setObjectName(QStringLiteral("remindCampaign"));
    m_remind->setToolTip(tr(
        "Saves a reminder per reviewer with pending items (with a ready e-mail link) for your mailer, and records it"));
    m_notice->setObjectName(QStringLiteral("campaignNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("closeCampaign"));
    m_escalate->setObjectName(QStringLiteral("escalateCampaign"));
    m_escalate->setToolTip(tr("Moves each undecided item of an overdue campaign to its reviewer's manager, once"));

    // What starts campaigns beside the title; what acts on the chosen one above it, so neither row outgrows
    // the window in a longer language.
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_triggers);
    top->addWidget(m_templates);
    top->addWidget(m_new);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_remind);
    actions->addWidget(m_export);
    actions->addWidget(m_escalate);
    actions->addWidget(m_close);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 2);
    leftLayout->addWidget(new QLabel(tr("Remediation"), this));
    leftLayout->addWidget(m_tasks, 1);
    m_tasksEmpty->setObjectName(QStringLiteral("remediationEmpty"));
    m_tasksEmpty->setWordWrap(true);
    m_tasksEmpty->setVisible(false);
    leftLayout->addWidget(m_tasksEmpty);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_summary);
    rightLayout->addLayout(m_charts, 1);
    rightLayout->addWidget(m_reviewerTabs, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("campaignSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Stretch factors only share out spare room; the tables' size hints would otherwise take it all.
    splitter->setSizes({ 1900, 3100 });
    setReadingOrder({ m_triggers, m_templates, m_new, m_list, m_tasks, m_remind, m_export, m_escalate, m_close,
                      m_reviewerTabs, m_reviewers });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setAccessibleName(tr("Export in progress"));
    m_exportProgress->setRange(0, 0); // writing and signing has no steps worth counting: busy until done
    m_exportProgress->setMaximumHeight(8);
    m_exportProgress->setTextVisible(false);
    m_exportProgress->setVisible(false);
    layout->addWidget(m_exportProgress);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_list->item(row, 0))
            showCampaign(m_list->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    m_new->setShortcut(QKeySequence::New); // Ctrl+N on this page
    m_new->setToolTip(
        tr("Start a campaign (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_close, &QPushButton::clicked, this, &CampaignsPage::closeCampaign);
    connect(m_escalate, &QPushButton::clicked, this, &CampaignsPage::escalateCampaign);
    connect(m_remind, &QPushButton::clicked, this, &CampaignsPage::sendReminders);
    m_export->setObjectName(QStringLiteral("exportCampaign"));
    m_export->setToolTip(tr("Writes the campaign's signed evidence bundle (decisions, what each reviewer saw, the "
                            "audit chain, a PDF report) for auditors"));
    connect(m_export, &QPushButton::clicked, this, &CampaignsPage::exportEvidence);
    m_triggers->setObjectName(QStringLiteral("campaignTriggers"));
    m_triggers->setToolTip(tr("Which events start a micro-campaign by themselves after a sync"));
    connect(m_triggers, &QPushButton::clicked, this, [this] {
        TriggersDialog dialog(m_database, this);
        dialog.exec();
    });
    m_templates->setObjectName(QStringLiteral("campaignTemplates"));
    m_templates->setToolTip(tr("Campaigns that start again by themselves, every so many days"));
    connect(m_templates, &QPushButton::clicked, this, [this] {
        TemplatesDialog dialog(m_database, this);
        connect(&dialog, &TemplatesDialog::campaignsStarted, this, &CampaignsPage::reload);
        dialog.exec();
    });
}

void CampaignsPage::setManageable(bool manageable)
{
    for (QPushButton* button : { m_new, m_close, m_escalate, m_triggers, m_templates, m_remind, m_export })
        button->setVisible(manageable);
}

void CampaignsPage::load()
{
    const qint64 current = m_list->currentRow() >= 0 && m_list->item(m_list->currentRow(), 0)
        ? m_list->item(m_list->currentRow(), 0)->data(Qt::UserRole).toLongLong()
        : 0;
    CampaignService service(m_database);
    auto campaigns = service.list();
    m_list->setRowCount(0);
    if (!campaigns)
        return;
    for (const Campaign& c : campaigns.value()) {
        auto status = service.status(c.id);
        if (!status)
            continue;
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        auto* name = cell(c.name);
        name->setData(Qt::UserRole, c.id);
        m_list->setItem(row, 0, name);
        m_list->setItem(row, 1, cell(c.status == CampaignState::Open ? tr("open") : tr("closed")));
        m_list->setItem(row, 2, cell(LocalDates::date(c.due.date())));
        m_list->setItem(row, 3, cell(QStringLiteral("%1 / %2").arg(status->decided).arg(status->items)));
        m_list->setItem(row, 4, cell(QStringLiteral("%1%").arg(QLocale().toString(status->percentComplete(), 'f', 0))));
    }
    if (m_list->rowCount() == 0) {
        // Nothing to close, escalate or remind until a campaign exists.
        m_close->setEnabled(false);
        m_escalate->setEnabled(false);
        m_remind->setEnabled(false);
        m_export->setEnabled(false);
        m_summary->setText(
            tr("No campaign yet. Start one with New campaign…: choose which identities, a due date and a fallback "
               "reviewer for those nobody owns."));
        return;
    }
    select(current);
}

void CampaignsPage::select(qint64 campaignId)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == campaignId) {
            m_list->setCurrentCell(row, 0);
            showCampaign(campaignId);
            return;
        }
    }
    m_list->setCurrentCell(0, 0);
    showCampaign(m_list->item(0, 0)->data(Qt::UserRole).toLongLong());
}

void CampaignsPage::showCampaign(qint64 id)
{
    CampaignService service(m_database);
    auto status = service.status(id);
    auto burndown = service.burndown(id);
    auto tasks = service.tasks(id);
    if (!status || !burndown || !tasks)
        return;
    const CampaignStatus& s = status.value();
    m_close->setEnabled(s.campaign.status == CampaignState::Open);
    m_escalate->setEnabled(s.overdue > 0);
    m_remind->setEnabled(s.campaign.status == CampaignState::Open && s.decided < s.items);
    m_export->setEnabled(!m_exportJob || !m_exportJob->isRunning());
    m_summary->setText(
        tr("<b>%1</b> — %2 of %3 decided (%4%), %5 overdue, %6 decisions flagged as rubber-stamping; handed on: "
           "%13.<br>"
           "Decisions: %7 certified, %8 reduced in scope, %9 revoked, %10 retired, %11 reassigned. Scope: %12")
            .arg(s.campaign.name.toHtmlEscaped())
            .arg(s.decided)
            .arg(s.items)
            .arg(QLocale().toString(s.percentComplete(), 'f', 0))
            .arg(s.overdue)
            .arg(s.flagged)
            .arg(s.certified)
            .arg(s.reduced)
            .arg(s.revoked)
            .arg(s.retired)
            .arg(s.reassigned)
            .arg(!s.campaign.trigger.isEmpty()
                     ? TriggerService::describe(s.campaign.trigger).toHtmlEscaped() // not a list of ids
                     : s.campaign.scope.isEmpty() ? tr("every identity that is not retired")
                                                  : s.campaign.scope.toHtmlEscaped())
            .arg(s.handedOn)
        + (s.recommended > 0 ? QStringLiteral("<br>")
                   + tr("%1 of %2 decisions with a recommendation on scope followed it (%3%).")
                         .arg(s.followed)
                         .arg(s.recommended)
                         .arg(QLocale().toString(100.0 * s.followed / s.recommended, 'f', 0))
                             : QString())
        + (s.amended > 0 ? QStringLiteral("<br>")
                   + tr("%n decision(s) amended by the reviewer; the amendments count, the earlier decisions stay on "
                        "record.",
                        nullptr, s.amended)
                         : QString()));
    while (QLayoutItem* old = m_charts->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    // The ten reviewers with the most left to do: the ones a manager chases.
    QList<CampaignStatus::Reviewer> busiest = s.reviewers;
    std::stable_sort(busiest.begin(), busiest.end(),
                     [](const auto& a, const auto& b) { return a.items - a.decided > b.items - b.decided; });
    QList<std::tuple<QString, int, int>> reviewers;
    for (const CampaignStatus::Reviewer& r : busiest.mid(0, 10))
        reviewers.append({ r.email, r.items, r.decided });
    QChartView* burn = ChartFactory::burndown(burndown.value(), s.campaign.due, this);
    burn->setObjectName(QStringLiteral("burndownChart"));
    // A closed campaign has nothing pending: what was left undecided expired when it closed.
    const bool closed = s.campaign.status != CampaignState::Open;
    QChartView* bars = ChartFactory::reviewerProgress(reviewers, this, closed ? tr("Undecided at close") : QString());
    bars->setObjectName(QStringLiteral("reviewerChart"));
    m_charts->addWidget(burn, 1);
    while (m_reviewerTabs->count() > 2) {
        QWidget* old = m_reviewerTabs->widget(2);
        m_reviewerTabs->removeTab(2);
        delete old;
    }
    m_reviewerTabs->addTab(bars, tr("Most left to do"));
    showReviewers(s);
    showFlagged(id);

    m_tasks->setRowCount(0);
    // An empty table says what would fill it.
    m_tasksEmpty->setVisible(tasks->isEmpty());
    m_tasksEmpty->setText(
        closed ? tr("No decision of this campaign asked for a change.")
               : tr("Closing the campaign turns its decisions into remediation tasks (remove a grant, disable, retire, "
                    "reassign); they appear here, and the next sync marks each one done."));
    for (const RemediationTask& t : tasks.value()) {
        const int row = m_tasks->rowCount();
        m_tasks->insertRow(row);
        m_tasks->setItem(row, 0, cell(t.displayName));
        m_tasks->setItem(row, 1,
                         cell(t.subject.isEmpty() ? t.action : QStringLiteral("%1 %2").arg(t.action, t.subject)));
        auto* state = cell(t.state == QLatin1String("done")          ? tr("done, seen in the last sync")
                               : t.state == QLatin1String("overdue") ? tr("overdue")
                                                                     : tr("open"));
        state->setForeground(t.state == QLatin1String("done") ? StatusColours::colour(StatusColours::Tone::Success)
                                 : t.state == QLatin1String("overdue")
                                 ? StatusColours::colour(StatusColours::Tone::Danger)
                                 : palette().color(QPalette::Text));
        m_tasks->setItem(row, 2, state);
    }
}

void CampaignsPage::showReviewers(const CampaignStatus& s)
{
    const bool closed = s.campaign.status != CampaignState::Open;
    m_reviewers->setHorizontalHeaderLabels({ tr("Reviewer"), tr("Items"), tr("Decided"),
                                             closed ? tr("Undecided at close") : tr("Pending"), tr("Flagged") });
    m_reviewers->setSortingEnabled(false);
    m_reviewers->setRowCount(0);
    for (const CampaignStatus::Reviewer& r : s.reviewers) {
        const int row = m_reviewers->rowCount();
        m_reviewers->insertRow(row);
        m_reviewers->setItem(row, 0, cell(r.email));
        const int figures[] = { r.items, r.decided, r.items - r.decided, r.flagged };
        for (int i = 0; i < 4; ++i) {
            auto* number = new QTableWidgetItem;
            number->setData(Qt::DisplayRole, figures[i]); // sorts as a number
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_reviewers->setItem(row, i + 1, number);
        }
    }
    m_reviewers->setSortingEnabled(true);
    m_reviewers->sortByColumn(3, Qt::DescendingOrder); // who has most left to do first
}

void CampaignsPage::showFlagged(qint64 campaignId)
{
    m_flagged->setRowCount(0);
    auto flagged = CampaignService(m_database).flagged(campaignId);
    m_flaggedRows = flagged ? flagged.value() : QList<FlaggedDecision>();
    const QList<FlaggedDecision>& rows = m_flaggedRows;
    m_reviewerTabs->setTabText(1, tr("Flagged (%1)").arg(rows.size()));
    for (const FlaggedDecision& f : rows) {
        const int row = m_flagged->rowCount();
        m_flagged->insertRow(row);
        auto* identity = cell(f.identity);
        identity->setData(Qt::UserRole, f.itemId);
        m_flagged->setItem(row, 0, identity);
        m_flagged->setItem(
            row, 1, cell(f.decidedBy == f.reviewer ? f.decidedBy : tr("%1 for %2").arg(f.decidedBy, f.reviewer)));
        QStringList why;
        for (const QString& flag : f.flags) {
            why << (flag == QLatin1String("fast")
                        ? tr("under %n second(s) on the evidence", nullptr, ReviewService::kFastSeconds)
                        : flag == QLatin1String("streak")
                        ? tr("%n certify-everything decisions in a row", nullptr, ReviewService::kStreak)
                        : flag);
        }
        m_flagged->setItem(row, 2, cell(why.join(QStringLiteral("; "))));
        auto* seconds = new QTableWidgetItem;
        if (f.secondsSpent >= 0)
            seconds->setData(Qt::DisplayRole, f.secondsSpent);
        seconds->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_flagged->setItem(row, 3, seconds);
        m_flagged->setItem(row, 4, cell(QStringLiteral("%1 · %2 · %3").arg(f.ownership, f.scope, f.need)));
        for (int column = 0; column < m_flagged->columnCount(); ++column) {
            QTableWidgetItem* c = m_flagged->item(row, column);
            c->setToolTip(c->text() + u'\n'
                          + tr("Enter or double-click: the decision with the evidence its reviewer saw"));
        }
    }
}

QDialog* CampaignsPage::openFlagged(int row)
{
    if (row < 0 || row >= m_flaggedRows.size())
        return nullptr;
    const FlaggedDecision& f = m_flaggedRows.at(row);
    auto item = ReviewService(m_database).item(f.itemId);
    if (!item)
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("flaggedDecisionDialog"));
    dialog->setWindowTitle(tr("Flagged decision: %1").arg(item->displayName));
    auto* view = new QTextBrowser(dialog);
    view->setObjectName(QStringLiteral("flaggedDecisionView"));
    view->setAccessibleName(tr("The decision and the evidence its reviewer saw"));
    QString html
        = QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p><hr>")
              .arg(tr("<b>Decided</b> %1 by %2").arg(esc(LocalDates::dateTime(f.decidedAt)), esc(f.decidedBy)),
                   esc(tr("Why flagged: %1").arg(m_flagged->item(row, 2)->text())),
                   esc(tr("Ownership: %1 · Task scope: %2 · Business need: %3").arg(f.ownership, f.scope, f.need)),
                   esc(tr("Justification: %1").arg(f.justification.isEmpty() ? tr("none given") : f.justification)));
    view->setHtml(html + ReviewQueuePage::renderEvidence(item.value(), ReviewEvidence::fromJson(item->evidence)));
    auto* close = new QPushButton(tr("Close"), dialog);
    connect(close, &QPushButton::clicked, dialog, &QDialog::close);
    auto* closeShortcut = new QShortcut(QKeySequence::Close, dialog);
    connect(closeShortcut, &QShortcut::activated, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    tabMovesBetweenControls(dialog);
    dialog->resize(760, 620);
    dialog->show();
    return dialog;
}

void CampaignsPage::exportEvidence()
{
    const int row = m_list->currentRow();
    if (row < 0 || !m_list->item(row, 0))
        return;
    const qint64 id = m_list->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the signed evidence bundle"),
                                                      QStringLiteral("campaign-%1-evidence.zip").arg(id),
                                                      tr("Evidence bundles (*.zip)"));
    if (path.isEmpty())
        return;
    // The keychain's key, made on first use and named after whoever made it.
    KeychainSecretStore secrets;
    auto key = SigningKeys::standard(secrets, true, actor());
    if (!key) {
        m_notice->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Danger));
        m_notice->setText(tr("Nothing was exported: %1").arg(key.errorString()));
        m_notice->setVisible(true);
        return;
    }
    exportTo(id, path, key.value());
}

void CampaignsPage::exportTo(qint64 campaignId, const QString& path, const SigningKey& key)
{
    if (m_exportJob && m_exportJob->isRunning())
        return;
    delete m_exportJob;
    m_exportJob = new ExportJob(m_database, campaignId, path, key, actor(), this);
    m_export->setEnabled(false);
    m_notice->setStyleSheet(QString());
    m_notice->setText(tr("Writing and signing the evidence bundle…"));
    m_notice->setVisible(true);
    m_exportProgress->setVisible(true);
    connect(m_exportJob, &ExportJob::finished, this, [this, path](int items, const QString& error) {
        m_export->setEnabled(true);
        m_exportProgress->setVisible(false);
        if (!error.isEmpty()) {
            m_notice->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Danger));
            m_notice->setText(tr("Nothing was exported: %1").arg(error));
        } else {
            m_notice->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Success));
            m_notice->setText(tr("Exported %n item(s) to %1, signed. Auditors open it in Evidence, or check it with "
                                 "openssl as the README shows.",
                                 nullptr, items)
                                  .arg(QDir::toNativeSeparators(path)));
            emit storeChanged();
        }
        emit exported(path, error);
    });
    m_exportJob->start();
}

void CampaignsPage::sendReminders()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save reminders for your mailer"),
                                                      QStringLiteral("reminders.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        writeReminders(m_list->item(row, 0)->data(Qt::UserRole).toLongLong(), path);
}

bool CampaignsPage::writeReminders(qint64 campaignId, const QString& path)
{
    CampaignService service(m_database);
    auto campaign = service.byId(campaignId);
    auto reminders = campaign ? service.remind(campaignId, actor()) : Result<QList<Reminder>>(campaign.error());
    Status written
        = reminders ? ReminderExport::write(campaign.value(), reminders.value(), path) : Status(reminders.error());
    m_notice->setVisible(true);
    if (!written) {
        m_notice->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_notice->setText(written.errorString());
        return false;
    }
    m_notice->setStyleSheet(QString());
    m_notice->setText(
        tr("Reminders for %n reviewer(s) saved to %1, each with a ready e-mail link; recorded in the audit log.",
           nullptr, int(reminders->size()))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void CampaignsPage::newCampaign()
{
    NewCampaignDialog dialog(m_database, actor(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        select(dialog.createdId());
        emit storeChanged();
    }
}

void CampaignsPage::closeCampaign()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_list->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (QMessageBox::question(this, tr("Close campaign"),
                              tr("Close \"%1\"? Undecided items expire, and decisions become remediation tasks that "
                                 "the next sync verifies.")
                                  .arg(m_list->item(row, 0)->text()))
        != QMessageBox::Yes)
        return;
    auto closed = CampaignService(m_database).close(id, actor());
    if (!closed) {
        m_summary->setText(closed.errorString());
        return;
    }
    reload();
    select(id);
    emit storeChanged();
}

void CampaignsPage::escalateCampaign()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_list->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto moved = CampaignService(m_database).escalate(id, actor());
    if (!moved) {
        m_summary->setText(moved.errorString());
        return;
    }
    reload();
    select(id);
    emit storeChanged();
    QMessageBox::information(this, tr("Escalate overdue"),
                             tr("%n undecided items moved to the reviewers' managers.", nullptr, moved.value()));
}

} // namespace recertify
