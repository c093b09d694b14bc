#include "ui/MainWindow.h"

#include "core/analysis/AnalysisJob.h"
#include "core/connectors/Importer.h"
#include "core/demo/DemoJob.h"
#include "core/evidence/SigningKeys.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/IdentityRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/team/LocalUser.h"
#include "core/util/Elision.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/findings/FindingsPage.h"
#include "ui/identity/IdentityWindow.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/orphans/OrphansPage.h"
#include "ui/reviews/ReviewQueuePage.h"
#include "ui/sources/SourcesPage.h"
#include "ui/team/ConnectDialog.h"
#include "ui/team/WhoAreYouDialog.h"
#include "ui/welcome/WelcomePage.h"
#include "ui/widgets/TabOrder.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace recertify {

MainWindow::MainWindow(DatabasePtr database, std::shared_ptr<SecretStore> secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_inventory(new InventoryPage(m_database, this))
    , m_welcome(new WelcomePage(this))
    , m_inventoryStack(new QStackedWidget(this))
    , m_counts(new QLabel(this))
    , m_location(new QLabel(this))
    , m_signedIn(new QLabel(this))
    , m_syncProgress(new QProgressBar(this))
{
    m_secrets = secrets ? secrets : std::make_shared<KeychainSecretStore>();
    setObjectName(QStringLiteral("mainWindow"));
    // The store first, as desktop apps name the document they show.
    setWindowTitle(tr("%1 — Recertify").arg(m_database->displayLocation()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/recertify.svg")));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));

    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setSpacing(1);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); padding-top: 8px; border-right: 1px solid palette(mid); }"
        "QListWidget#sidebar::item { padding: 7px 10px; border-radius: 5px; margin: 0 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    // An empty store opens on the welcome page, in the Inventory section it is about to fill.
    m_inventoryStack->addWidget(m_welcome);
    m_inventoryStack->addWidget(m_inventory);
    addSection(QStringLiteral("inventory"), tr("Inventory"), m_inventoryStack);
    m_sources = new SourcesPage(m_database, m_secrets, this);
    addSection(QStringLiteral("sources"), tr("Sources"), m_sources);
    m_orphans = new OrphansPage(m_database, this);
    addSection(QStringLiteral("owners"), tr("Owners & orphans"), m_orphans);
    m_findings = new FindingsPage(m_database, this);
    addSection(QStringLiteral("findings"), tr("Findings"), m_findings);
    m_dashboard = new DashboardPage(m_database, this);
    addSection(QStringLiteral("dashboard"), tr("Dashboard"), m_dashboard);
    m_reviews = new ReviewQueuePage(m_database, this);
    addSection(QStringLiteral("reviews"), tr("My reviews"), m_reviews);
    m_campaigns = new CampaignsPage(m_database, this);
    addSection(QStringLiteral("campaigns"), tr("Campaigns"), m_campaigns);
    m_evidence = new EvidencePage(this);
    addSection(QStringLiteral("evidence"), tr("Evidence"), m_evidence);

    // Wide enough for the longest section name in the current language.
    m_sidebar->setFixedWidth(std::max(185, m_sidebar->sizeHintForColumn(0) + 36));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_location->setText(m_database->displayLocation());
    m_location->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addWidget(m_counts, 1);
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    // A sync running in the worker (a scheduled one while the user is on another page) shows here.
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setAccessibleName(tr("Sync in progress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_signedIn);
    statusBar()->addPermanentWidget(m_location);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_inventory, &InventoryPage::matchCountChanged, this, &MainWindow::refreshStatus);
    connect(m_sources, &SourcesPage::storeChanged, this, &MainWindow::storeChanged);
    connect(m_dashboard, &DashboardPage::sourcesRequested, this,
            [this] { (void)showSection(QStringLiteral("sources")); });
    connect(m_sources, &SourcesPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(elided(message), 15000); });
    connect(m_sources, &SourcesPage::jobProgress, this, [this](int done, int total) {
        m_syncProgress->setRange(0, total);
        m_syncProgress->setValue(done);
        m_syncProgress->setVisible(total == 0 || done < total);
    });
    connect(m_orphans, &OrphansPage::storeChanged, this, &MainWindow::storeChanged);
    connect(m_inventory, &InventoryPage::openIdentity, this, &MainWindow::openIdentity);
    connect(m_orphans, &OrphansPage::openIdentity, this, &MainWindow::openIdentity);
    connect(m_findings, &FindingsPage::openIdentity, this, &MainWindow::openIdentity);
    connect(m_campaigns, &CampaignsPage::storeChanged, this, &MainWindow::storeChanged);
    connect(m_reviews, &ReviewQueuePage::decided, m_campaigns, &CampaignsPage::reload);
    connect(m_welcome, &WelcomePage::importFiles, this, [this] {
        showSection(1);
        m_sources->chooseFiles();
    });
    connect(m_welcome, &WelcomePage::connectSource, this, [this] {
        showSection(1);
        m_sources->focusConnect();
    });
    connect(m_welcome, &WelcomePage::loadDemo, this, &MainWindow::loadDemo);
    connect(m_welcome, &WelcomePage::openBundle, this, &MainWindow::openBundleDialog);
    connect(m_inventory, &InventoryPage::problem, this,
            [this](const QString& message) { statusBar()->showMessage(elided(message), 10000); });

    createMenus();
    tabMovesBetweenControls(this);
    applySession();
    // Other desktops on the same store: their decisions and syncs show up here without a reload.
    m_watcher = new ChangeWatcher(m_database, this);
    connect(m_watcher, &ChangeWatcher::changed, this, &MainWindow::changedElsewhere);
    showSection(0);
    refreshStatus(-1);
    resize(1280, 780);
    // A store left by a process that ended between an import and its analysis: findings catch up first.
    QTimer::singleShot(0, this, &MainWindow::catchUpAnalysis);
}

namespace {

// The line icons drawn in the text's colour, and in the highlighted text's colour when their section is
// selected: the stock grey vanished on the selection (1.05:1) and on the dark window (2.5:1).
QIcon sectionIcon(const QString& name, const QPalette& palette)
{
    const QIcon source(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon icon;
    for (const int size : { 20, 40 }) {
        const QPixmap shape = source.pixmap(size, size);
        for (const auto& [mode, colour] : { std::pair { QIcon::Normal, palette.color(QPalette::WindowText) },
                                            std::pair { QIcon::Selected, palette.color(QPalette::HighlightedText) } }) {
            QPixmap tinted = shape;
            QPainter painter(&tinted);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(tinted.rect(), colour);
            painter.end();
            icon.addPixmap(tinted, mode);
        }
    }
    return icon;
}

} // namespace

void MainWindow::addSection(const QString& iconName, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(sectionIcon(iconName, palette()), title, m_sidebar);
    item->setData(Qt::UserRole, iconName);
    m_pages->addWidget(page);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // A palette switched while running (light to dark): the icons take its colours again.
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < m_sidebar->count(); ++i)
            m_sidebar->item(i)->setIcon(sectionIcon(m_sidebar->item(i)->data(Qt::UserRole).toString(), palette()));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);
    const int section = settings.value(QStringLiteral("window/section"), 0).toInt();
    if (section > 0 && section < m_sidebar->count())
        showSection(section);
    // Each page's splitters come back where the user last dragged them; only a drag is remembered, so a page
    // never shown keeps its own first layout.
    for (QSplitter* splitter : findChildren<QSplitter*>()) {
        const QString key = QStringLiteral("splitters/") + splitter->objectName();
        if (splitter->objectName().isEmpty())
            continue;
        if (const QByteArray state = settings.value(key).toByteArray(); !state.isEmpty())
            splitter->restoreState(state);
        connect(splitter, &QSplitter::splitterMoved, this,
                [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/section"), m_sidebar->currentRow());
    QMainWindow::closeEvent(event);
}

bool MainWindow::focusSearch()
{
    // Each page names its search field "…Search"; the one on the page in front gets the keys.
    for (QLineEdit* field : m_pages->currentWidget()->findChildren<QLineEdit*>()) {
        if (field->objectName().endsWith(QLatin1String("Search")) && field->isVisible()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return true;
        }
    }
    return false;
}

void MainWindow::openBundleDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open evidence bundle"), QString(), tr("Evidence bundles (*.zip)"));
    if (!path.isEmpty())
        openBundle(path);
}

void MainWindow::loadDemo()
{
    if (m_demo)
        return;
    m_demo = new DemoJob(m_database, DemoEstate::Options(), this);
    connect(m_demo, &DemoJob::progress, m_welcome, &WelcomePage::showProgress);
    connect(m_demo, &DemoJob::finished, this, [this](int identities, const QString& error) {
        m_demo->deleteLater();
        m_demo = nullptr;
        if (!error.isEmpty()) {
            m_welcome->showProblem(tr("The demo estate could not be written: %1").arg(error));
            return;
        }
        m_welcome->showProgress(1, 1);
        storeChanged();
        refreshStatus(-1);
        statusBar()->showMessage(tr("Loaded the demo estate: %n identities", nullptr, identities), 10000);
    });
    m_welcome->showProgress(0, 0);
    m_demo->start();
}

void MainWindow::catchUpAnalysis()
{
    auto due = AnalysisDue::read(*m_database);
    if (!due || !due->has_value() || m_analysis)
        return;
    const AnalysisDue& what = due->value();
    const QString change = what.cause == QLatin1String("demo")
        ? tr("The demo estate written on %1").arg(QLocale().toString(what.since.toLocalTime(), QLocale::ShortFormat))
        : tr("The import of %1 on %2")
              .arg(Importers::displayName(what.cause),
                   QLocale().toString(what.since.toLocalTime(), QLocale::ShortFormat));
    if (!m_session.capabilities().changeEstate) {
        statusBar()->showMessage(
            elided(tr("Findings may be out of date: %1 ended before its analysis. The next import or sync "
                      "by a governance manager recomputes them.")
                       .arg(change)));
        return;
    }
    statusBar()->showMessage(elided(tr("Bringing findings up to date: %1 ended before its analysis…").arg(change)));
    m_syncProgress->setRange(0, 0);
    m_syncProgress->show();
    m_analysis = new AnalysisJob(m_database, this);
    connect(m_analysis, &AnalysisJob::finished, this, [this](const AnalysisReport& report, const QString& error) {
        m_analysis->deleteLater();
        m_analysis = nullptr;
        m_syncProgress->hide();
        if (!error.isEmpty()) {
            statusBar()->showMessage(elided(tr("Findings could not be brought up to date: %1").arg(error)));
            return;
        }
        storeChanged();
        statusBar()->showMessage(tr("Findings are up to date again: %n open", nullptr, report.openFindings), 15000);
    });
    m_analysis->start();
}

void MainWindow::showSection(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::storeChanged()
{
    m_inventory->reload();
    m_dashboard->reload();
    m_orphans->reload();
    m_findings->reload();
    m_campaigns->reload();
    m_reviews->reload();
}

QString MainWindow::rememberedUser() const
{
    return QSettings().value(LocalUser::settingsKey(m_database->location())).toString();
}

void MainWindow::setLocalUser(const QString& email)
{
    if (m_session.teamMode)
        return;
    m_localUser = email.trimmed().toLower();
    m_signedIn->setText(m_localUser.isEmpty() ? QString() : tr("You: %1").arg(m_localUser));
    m_signedIn->setVisible(!m_localUser.isEmpty());
    m_reviews->setSignedIn(m_localUser, true);
}

bool MainWindow::askWhoYouAre()
{
    if (m_session.teamMode)
        return false;
    auto people = PeopleRepository(m_database).all();
    const QList<Person> directory = people ? people.value() : QList<Person>();
    const QString proposed = m_localUser.isEmpty() ? LocalUser::propose(directory, LocalUser::osLogin()) : m_localUser;
    WhoAreYouDialog dialog(directory, proposed, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QSettings().setValue(LocalUser::settingsKey(m_database->location()), dialog.email());
    setLocalUser(dialog.email());
    return true;
}

void MainWindow::applySession()
{
    auto session = TeamService(m_database).whoAmI();
    if (!session) {
        statusBar()->showMessage(session.errorString(), 10000);
        m_session.teamMode = true;
        m_session.role = TeamRole::None; // unknown: show, change nothing
    } else {
        m_session = session.value();
    }
    const Capabilities can = m_session.capabilities();
    if (m_session.teamMode) {
        const QString who = m_session.email.isEmpty() ? m_session.dbRole : m_session.email;
        m_signedIn->setText(
            m_session.role == TeamRole::None
                ? tr("Signed in as %1, who is not on the team: ask the store's owner to add this login").arg(who)
                : tr("Signed in as %1 · %2").arg(who, TeamService::translatedRoleName(m_session.role)));
    }
    m_signedIn->setVisible(m_session.teamMode || !m_localUser.isEmpty());
    m_signedIn->setToolTip(m_database->displayLocation());
    m_location->setVisible(!m_session.teamMode); // the title and the tooltip name the server
    if (!can.decideForOthers) {
        const bool decides = can.decide && !m_session.email.isEmpty();
        m_reviews->setSignedIn(decides ? m_session.email : QString(), decides);
    }
    m_campaigns->setManageable(can.manageCampaigns);
    m_sources->setChangeable(can.changeEstate);
    m_welcome->setChangeable(can.changeEstate);
    m_orphans->setChangeable(can.changeEstate);
}

void MainWindow::changedElsewhere(const QString& what)
{
    statusBar()->showMessage(tr("Updated with changes made on another desktop"), 5000);
    if (what == QLatin1String("campaigns"))
        m_reviews->reload(); // a new or closed campaign: the campaign list itself changes
    else
        m_reviews->othersChanged();
    m_campaigns->reload();
    if (what.isEmpty() || what == QLatin1String("sync_runs") || what == QLatin1String("snapshots")) {
        m_inventory->reload();
        m_dashboard->reload();
        m_orphans->reload();
        m_findings->reload();
        refreshStatus(-1);
    }
}

void MainWindow::connectToTeam()
{
    TeamServer initial { QStringLiteral("localhost"), 5432, QStringLiteral("recertify"), qEnvironmentVariable("USER") };
    if (auto current = TeamConnection::parse(m_database->location()); current)
        initial = current.value();
    ConnectDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit storeRequested(dialog.url(), dialog.password(), dialog.rememberPassword());
}

IdentityWindow* MainWindow::openIdentity(qint64 id)
{
    // One window per identity: asking again brings it forward.
    for (IdentityWindow* open : std::as_const(m_identityWindows)) {
        if (open && open->identityId() == id) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* window = new IdentityWindow(m_database, id, this);
    window->setEditable(m_session.capabilities().changeEstate);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &IdentityWindow::identityChanged, this, &MainWindow::storeChanged);
    m_identityWindows.append(window);
    window->show();
    return window;
}

bool MainWindow::openBundle(const QString& path)
{
    showSection(QStringLiteral("evidence"));
    return m_evidence->openBundle(path);
}

bool MainWindow::showSection(const QString& name)
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == name) {
            showSection(i);
            return true;
        }
    }
    return false;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open evidence bundle…"), this, &MainWindow::openBundleDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("&Connect to team server…"), this, &MainWindow::connectToTeam)
        ->setObjectName(QStringLiteral("connectTeam"));
    file->addAction(tr("Open a &local store…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Open or create a local store"), Database::defaultLocation(), tr("Recertify stores (*.sqlite)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            emit storeRequested(path, QString(), false);
    });
    QAction* who = file->addAction(tr("&Who am I…"), this, [this] { askWhoYouAre(); });
    who->setObjectName(QStringLiteral("whoAmI"));
    who->setEnabled(!m_session.teamMode); // a team server knows its logins
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Find"), this, [this] { focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* action = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { showSection(i); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Signing key…"), this, [this] {
        // Shows the fingerprint auditors compare; never creates a key by looking.
        KeychainSecretStore secrets;
        auto key = SigningKeys::standard(secrets, false);
        auto fingerprint = key ? Signer::fingerprint(key->publicPem) : Result<QString>(key.error());
        QMessageBox::information(
            this, tr("Signing key"),
            fingerprint ? tr("Evidence bundles are signed with the Ed25519 key whose fingerprint is:\n\n%1\n\nGive it "
                             "to your auditors so they "
                             "can trust it.")
                              .arg(fingerprint.value())
                        : tr("No signing key yet: the first export makes one and keeps it in the OS keychain.\n\n%1")
                              .arg(fingerprint.errorString()));
    });
    help->addAction(tr("&About Recertify"), this, [this] {
        QMessageBox::about(
            this, tr("About Recertify"),
            tr("<h3>Recertify %1</h3><p>Governance of AI agents and other non-human identities: inventory, "
               "ownership, privilege drift, trust debt and signed recertification.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::refreshStatus(int matching)
{
    auto stats = IdentityRepository(m_database).stats();
    if (!stats) {
        m_counts->setText(stats.errorString());
        return;
    }
    QStringList parts;
    parts << tr("%n identities", nullptr, stats->identities);
    parts << tr("%n AI agents", nullptr, stats->aiAgents);
    parts << tr("%n without an owner", nullptr, stats->withoutOwner);
    parts << tr("%n with a departed owner", nullptr, stats->ownerDeparted);
    parts << tr("%n discovered from activity", nullptr, stats->shadow);
    // An empty store shows what would fill it; the first identity in brings the inventory.
    m_inventoryStack->setCurrentWidget(stats->identities == 0 ? static_cast<QWidget*>(m_welcome) : m_inventory);
    if (matching >= 0 && matching != stats->identities)
        parts.prepend(tr("%n shown", nullptr, matching));
    m_counts->setText(parts.join(QStringLiteral("   ·   ")));
}

} // namespace recertify
