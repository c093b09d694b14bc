#include "ui/sources/SourcesPage.h"

#include "core/connectors/FormatSniffer.h"
#include "core/connectors/Importer.h"
#include "core/connectors/entra/EntraLiveImporter.h"
#include "core/pipeline/SyncJob.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/LiveSources.h"
#include "core/util/Clock.h"
#include "ui/models/SyncRunTableModel.h"
#include "ui/sources/AwsSourceDialog.h"
#include "ui/sources/EntraSourceDialog.h"
#include "ui/sources/GitHubSourceDialog.h"
#include "ui/sources/K8sSourceDialog.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace recertify {

SourcesPage::SourcesPage(DatabasePtr database, std::shared_ptr<SecretStore> secrets, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_secrets(std::move(secrets))
    , m_live(new QListWidget(this))
    , m_connect(new QPushButton(tr("Connect Microsoft Entra ID…"), this))
    , m_connectK8s(new QPushButton(tr("Connect Kubernetes…"), this))
    , m_connectGitHub(new QPushButton(tr("Connect GitHub…"), this))
    , m_connectAws(new QPushButton(tr("Connect AWS…"), this))
    , m_every(new QComboBox(this))
    , m_schedule(new QTimer(this))
    , m_syncLive(new QPushButton(tr("Sync now"), this))
    , m_removeLive(new QPushButton(tr("Remove"), this))
    , m_format(new QComboBox(this))
    , m_inputs(new QListWidget(this))
    , m_addFiles(new QPushButton(tr("Add files…"), this))
    , m_addFolder(new QPushButton(tr("Add folder…"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_historyView(new QTableView(this))
    , m_history(new SyncRunTableModel(m_database, this))
{
    setObjectName(QStringLiteral("sourcesPage"));
    m_format->setObjectName(QStringLiteral("importFormat"));
    // Told from the files themselves unless the user names the format.
    m_format->addItem(tr("Detect from the files"), QStringLiteral("auto"));
    for (const QString& format : Importers::formats())
        m_format->addItem(Importers::displayName(format), format);
    m_inputs->setObjectName(QStringLiteral("importInputs"));
    m_inputs->setAccessibleName(tr("Files to import"));
    m_inputs->setMaximumHeight(110);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_clear->setObjectName(QStringLiteral("clearInputsButton"));
    m_import->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* title = new QLabel(tr("Sources"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Connect live sources to be synced on a schedule, or import identities, credentials, "
                                "grants and activity from the files your systems export. Each sync or import is one "
                                "transaction: a bad input changes nothing, and the same data again changes nothing."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* liveBox = new QGroupBox(tr("Live sources"), this);
    m_live->setObjectName(QStringLiteral("liveSources"));
    m_live->setAccessibleName(tr("Connected sources"));
    m_live->setMaximumHeight(80);
    m_syncLive->setObjectName(QStringLiteral("syncLive"));
    m_connect->setObjectName(QStringLiteral("connectEntra"));
    m_connectK8s->setObjectName(QStringLiteral("connectKubernetes"));
    m_connectGitHub->setObjectName(QStringLiteral("connectGitHub"));
    m_connectAws->setObjectName(QStringLiteral("connectAws"));
    m_every->setObjectName(QStringLiteral("syncEvery"));
    m_every->setAccessibleName(tr("How often the selected source is synced"));
    m_every->addItem(tr("Only when asked"), 0);
    m_every->addItem(tr("Every hour"), 3600);
    m_every->addItem(tr("Every 6 hours"), 6 * 3600);
    m_every->addItem(tr("Every day"), 86400);
    m_every->addItem(tr("Every week"), 7 * 86400);
    auto* everyLabel = new QLabel(tr("Sync &every:"), liveBox);
    everyLabel->setBuddy(m_every);
    // The selected source's controls sit under the list; the ways to connect a new one below them.
    auto* selectedRow = new QHBoxLayout;
    selectedRow->addWidget(everyLabel);
    selectedRow->addWidget(m_every);
    selectedRow->addStretch();
    selectedRow->addWidget(m_removeLive);
    selectedRow->addWidget(m_syncLive);
    auto* liveButtons = new QHBoxLayout;
    liveButtons->addWidget(m_connectK8s);
    liveButtons->addWidget(m_connectGitHub);
    liveButtons->addWidget(m_connectAws);
    liveButtons->addWidget(m_connect);
    liveButtons->addStretch();
    auto* liveLayout = new QVBoxLayout(liveBox);
    liveLayout->addWidget(m_live);
    liveLayout->addLayout(selectedRow);
    liveLayout->addLayout(liveButtons);

    auto* importBox = new QGroupBox(tr("Import from files"), this);
    auto* formRow = new QHBoxLayout;
    formRow->addWidget(new QLabel(tr("Format:"), importBox));
    formRow->addWidget(m_format, 1);
    formRow->addWidget(m_addFiles);
    formRow->addWidget(m_addFolder);
    formRow->addWidget(m_clear);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addStretch();
    runRow->addWidget(m_import);
    auto* importLayout = new QVBoxLayout(importBox);
    importLayout->addLayout(formRow);
    importLayout->addWidget(m_inputs);
    importLayout->addLayout(runRow);
    importLayout->addWidget(m_message);

    m_historyView->setObjectName(QStringLiteral("runHistory"));

    m_historyView->setAccessibleName(tr("Run history"));
    m_historyView->setModel(m_history);
    // Empty lists say what would fill them.
    EmptyState::installHint(m_live,
                            tr("No live source is connected yet. Connect one below to keep its identities "
                               "current on a schedule."));
    EmptyState::installHint(m_inputs, tr("No files chosen. Add exports with Add files… or Add folder…, then Import."));
    EmptyState::installHint(m_historyView,
                            tr("Nothing was imported or synced yet. Every run, good or failed, is "
                               "listed here."));
    m_historyView->verticalHeader()->hide();
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setShowGrid(false);
    m_historyView->setWordWrap(false);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(SyncRunTableModel::StartedColumn, 150);
    m_historyView->setColumnWidth(SyncRunTableModel::FormatColumn, 140);
    m_historyView->setColumnWidth(SyncRunTableModel::CompleteForColumn, 300);
    for (int column = SyncRunTableModel::StatusColumn; column <= SyncRunTableModel::SkippedColumn; ++column)
        m_historyView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    fitHeaderTitles(m_historyView->horizontalHeader());
    auto* historyTitle = new QLabel(tr("Run history"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(liveBox);
    layout->addWidget(importBox);
    layout->addWidget(historyTitle);
    layout->addWidget(m_historyView, 1);

    connect(m_addFiles, &QPushButton::clicked, this, &SourcesPage::chooseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to import"));
        if (!folder.isEmpty())
            addInputs({ folder });
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_inputs->clear();
        m_message->clear();
        updateButtons();
    });
    connect(m_import, &QPushButton::clicked, this, &SourcesPage::startImport);
    connect(m_connect, &QPushButton::clicked, this, &SourcesPage::connectEntra);
    connect(m_connectK8s, &QPushButton::clicked, this, &SourcesPage::connectKubernetes);
    connect(m_connectGitHub, &QPushButton::clicked, this, &SourcesPage::connectGitHub);
    connect(m_connectAws, &QPushButton::clicked, this, &SourcesPage::connectAws);
    connect(m_every, &QComboBox::activated, this, &SourcesPage::saveInterval);
    // Due sources are synced while the app runs; each sync is a worker job like a manual one.
    m_schedule->setInterval(60 * 1000);
    connect(m_schedule, &QTimer::timeout, this, &SourcesPage::runDueSource);
    m_schedule->start();
    connect(m_syncLive, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_live->currentItem())
            syncLiveSource(item->data(Qt::UserRole).toString());
    });
    connect(m_removeLive, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_live->currentItem()) {
            auto removed = SourceRepository(m_database).remove(item->data(Qt::UserRole + 1).toLongLong());
            if (!removed)
                m_message->setText(removed.errorString());
            reloadLiveSources();
        }
    });
    connect(m_live, &QListWidget::currentRowChanged, this, &SourcesPage::updateButtons);
    reloadLiveSources();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_planCancelled = m_planning != nullptr; // telling the files apart ends, and nothing is imported
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
    });
    updateButtons();
}

SourcesPage::~SourcesPage() = default;

void SourcesPage::addInputs(const QStringList& paths)
{
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(path), m_inputs);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QFileInfo(path).isDir() ? tr("Folder") : tr("File"));
    }
    updateButtons();
}

void SourcesPage::chooseFiles()
{
    addInputs(QFileDialog::getOpenFileNames(
        this, tr("Files to import"), QString(),
        tr("Exports (*.json *.jsonl *.json.gz *.csv *.log *.yaml *.yml);;All files (*)")));
}

void SourcesPage::focusConnect()
{
    m_connectK8s->setFocus(Qt::OtherFocusReason);
}

void SourcesPage::selectFormat(const QString& format)
{
    m_format->setCurrentIndex(m_format->findData(format));
}

void SourcesPage::updateButtons()
{
    const bool running = m_job != nullptr || m_planning != nullptr;
    m_import->setEnabled(!running && m_inputs->count() > 0);
    m_format->setEnabled(!running);
    m_addFiles->setEnabled(!running);
    m_addFolder->setEnabled(!running);
    m_clear->setEnabled(!running && m_inputs->count() > 0);
    m_connect->setEnabled(!running);
    m_connectK8s->setEnabled(!running);
    m_connectGitHub->setEnabled(!running);
    m_connectAws->setEnabled(!running);
    m_every->setEnabled(m_live->currentItem() != nullptr);
    if (const QListWidgetItem* item = m_live->currentItem())
        m_every->setCurrentIndex(std::max(0, m_every->findData(item->data(Qt::UserRole + 2).toLongLong())));
    m_syncLive->setEnabled(!running && m_live->currentItem() != nullptr);
    m_removeLive->setEnabled(!running && m_live->currentItem() != nullptr);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
}

void SourcesPage::startImport()
{
    QStringList inputs;
    for (int i = 0; i < m_inputs->count(); ++i)
        inputs << m_inputs->item(i)->data(Qt::UserRole).toString();
    QString format = m_format->currentData().toString();
    m_queued.clear();
    m_doneSoFar.clear();
    if (format == QLatin1String("auto") && !inputs.isEmpty()) {
        // Every file is recognised, or the one that is not is named with what it looks like; several kinds are
        // imported one after the other, each in its own run. Telling a folder of thousands of files apart reads
        // each one's start: in a worker, the page busy meanwhile.
        using Plan = std::optional<Result<QList<FormatSniffer::Run>>>;
        m_planning = new QFutureWatcher<Plan>(this);
        connect(m_planning, &QFutureWatcher<Plan>::finished, this, [this] {
            const Plan planned = m_planning->result();
            m_planning->deleteLater();
            m_planning = nullptr;
            m_progress->setVisible(false);
            updateButtons();
            if (std::exchange(m_planCancelled, false)) {
                m_message->setText(tr("Cancelled; nothing was changed."));
                return;
            }
            if (!planned || !*planned) {
                showImportError(planned ? planned->errorString() : QString());
                return;
            }
            for (const FormatSniffer::Run& run : planned->value())
                m_queued.append({ run.format, run.paths });
            const auto [first, paths] = m_queued.takeFirst();
            m_runLabel = Importers::displayName(first);
            if (auto importer = Importers::create(first))
                startJob(std::move(importer), paths);
        });
        m_planning->setFuture(QtConcurrent::run([inputs]() -> Plan { return FormatSniffer::plan(inputs); }));
        m_message->clear();
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Telling the files apart…"));
        m_cancel->setEnabled(true);
        updateButtons();
        m_progress->setVisible(true);
        return;
    }
    auto importer = Importers::create(format);
    if (!importer || inputs.isEmpty())
        return;
    startJob(std::move(importer), inputs);
}

void SourcesPage::startJob(std::unique_ptr<Importer> importer, const QStringList& inputs)
{
    m_job = new SyncJob(m_database, std::move(importer), inputs, this);
    connect(m_job, &SyncJob::progress, this, [this](qint64 done, qint64 total, const QString& stage) {
        // Byte counts can pass int's range; show per mille. Live sources report no total: keep it busy.
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(stage + QStringLiteral(" %p%"));
        emit jobProgress(total > 0 ? int(done * 1000 / total) : 0, total > 0 ? 1000 : 0);
    });
    connect(m_job, &SyncJob::finished, this, &SourcesPage::finishImport);
    emit jobProgress(0, 0);
    m_message->clear();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting…"));
    m_cancel->setEnabled(true);
    updateButtons();
    m_job->start();
}

void SourcesPage::setChangeable(bool changeable)
{
    m_changeable = changeable;
    for (QPushButton* button : { m_connect, m_connectK8s, m_connectGitHub, m_connectAws, m_syncLive, m_removeLive,
                                 m_addFiles, m_addFolder, m_clear, m_import })
        button->setVisible(changeable);
    // Without their buttons the live-source and import boxes hold nothing a reader can use.
    // Only ever hidden: a window's role does not change (showing them explicitly broke the owner's import test).
    if (!changeable) {
        m_connect->parentWidget()->hide();
        m_import->parentWidget()->hide();
    }
}

void SourcesPage::reloadLiveSources()
{
    m_live->clear();
    auto sources = SourceRepository(m_database).all();
    if (!sources)
        return;
    const QDateTime now = Clock::instance().now();
    for (const SourceConfig& source : sources.value()) {
        const QDateTime last = LiveSources::lastSynced(source);
        const qint64 every = LiveSources::interval(source);
        QString schedule
            = every > 0 ? tr("synced every %1").arg(LiveSources::formatInterval(every)) : tr("synced when asked");
        schedule += QStringLiteral(", ")
            + (last.isValid() ? tr("last %1").arg(LocalDates::dateTime(last)) : tr("never synced yet"));
        if (LiveSources::isDue(source, now))
            schedule += QStringLiteral(", ") + tr("due");
        auto* item
            = new QListWidgetItem(tr("%1 — %2 (%3)").arg(source.name, LiveSources::describe(source), schedule), m_live);
        item->setData(Qt::UserRole, source.name);
        item->setData(Qt::UserRole + 1, source.id);
        item->setData(Qt::UserRole + 2, every);
        if (!source.secretKeyName.isEmpty())
            item->setToolTip(tr("Secret in the keychain as %1").arg(source.secretKeyName));
    }
    if (m_live->count() > 0)
        m_live->setCurrentRow(0);
    m_live->setMaximumHeight(m_live->count() > 2 ? 110 : 80);
    updateButtons();
}

void SourcesPage::connectEntra()
{
    EntraSourceDialog dialog(*m_secrets, this);
    if (beforeDialogShows)
        beforeDialogShows(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto saved = SourceRepository(m_database).save(dialog.source(), Clock::instance().now());
    if (!saved) {
        m_message->setText(saved.errorString());
        return;
    }
    reloadLiveSources();
}

void SourcesPage::connectKubernetes()
{
    K8sSourceDialog dialog(this);
    if (beforeK8sDialogShows)
        beforeK8sDialogShows(dialog);
    if (dialog.exec() == QDialog::Accepted)
        saveConnected(dialog.source());
}

void SourcesPage::connectGitHub()
{
    GitHubSourceDialog dialog(*m_secrets, this);
    if (beforeGitHubDialogShows)
        beforeGitHubDialogShows(dialog);
    if (dialog.exec() == QDialog::Accepted)
        saveConnected(dialog.source());
}

void SourcesPage::connectAws()
{
    AwsSourceDialog dialog(this);
    if (beforeAwsDialogShows)
        beforeAwsDialogShows(dialog);
    if (dialog.exec() == QDialog::Accepted)
        saveConnected(dialog.source());
}

void SourcesPage::saveConnected(SourceConfig source)
{
    LiveSources::setInterval(source, m_every->currentData().toLongLong());
    auto saved = SourceRepository(m_database).save(source, Clock::instance().now());
    if (!saved) {
        m_message->setText(saved.errorString());
        return;
    }
    reloadLiveSources();
}

void SourcesPage::saveInterval()
{
    const QListWidgetItem* item = m_live->currentItem();
    if (!item)
        return;
    auto sources = SourceRepository(m_database).all();
    if (!sources)
        return;
    for (SourceConfig source : sources.value()) {
        if (source.name != item->data(Qt::UserRole).toString())
            continue;
        LiveSources::setInterval(source, m_every->currentData().toLongLong());
        if (auto saved = SourceRepository(m_database).save(source, Clock::instance().now()); !saved)
            m_message->setText(saved.errorString());
    }
    const int row = m_live->currentRow();
    reloadLiveSources();
    m_live->setCurrentRow(row);
}

bool SourcesPage::runDueSource()
{
    if (m_job || !m_changeable)
        return false;
    auto sources = SourceRepository(m_database).all();
    if (!sources)
        return false;
    const QDateTime now = Clock::instance().now();
    for (const SourceConfig& source : sources.value()) {
        if (!LiveSources::isDue(source, now))
            continue;
        if (!syncLiveSource(source.name))
            return false;
        emit statusMessage(tr("Syncing %1 (scheduled)…").arg(source.name));
        return true;
    }
    return false;
}

bool SourcesPage::syncLiveSource(const QString& name)
{
    auto sources = SourceRepository(m_database).all();
    if (!sources || m_job)
        return false;
    for (const SourceConfig& source : sources.value()) {
        if (source.name != name)
            continue;
        auto run = LiveSources::prepare(source, *m_secrets);
        if (!run) {
            showImportError(run.errorString());
            return false;
        }
        m_runningSource = name;
        startJob(std::move(run->importer), { run->input });
        return true;
    }
    return false;
}

bool SourcesPage::askNamespaceAndRetry(const SyncReport& failed)
{
    bool ok = false;
    const QString ns
        = QInputDialog::getText(this, tr("Namespace of the manifests"),
                                tr("These manifests name no namespace; they are applied with kubectl apply -n.\n"
                                   "Namespace they are applied to:"),
                                QLineEdit::Normal, QStringLiteral("default"), &ok)
              .trimmed();
    if (!ok || ns.isEmpty())
        return false;
    auto importer = Importers::create(failed.format);
    if (!importer || !importer->setNamespace(ns))
        return false;
    startJob(std::move(importer), failed.inputs);
    return true;
}

void SourcesPage::finishImport(const SyncReport& report)
{
    const QJsonObject state = m_job->syncState();
    m_job->deleteLater();
    m_job = nullptr;
    emit jobProgress(1, 1);
    const QString source = std::exchange(m_runningSource, QString());
    if (!source.isEmpty()) {
        // The schedule counts from the last sync that worked; a failed one is tried again at the next check.
        if (report.error.isEmpty()) {
            if (auto marked = LiveSources::markSynced(m_database, source, Clock::instance().now(), state); !marked)
                m_message->setText(marked.errorString());
        }
        const int row = m_live->currentRow();
        reloadLiveSources();
        m_live->setCurrentRow(row);
        emit statusMessage(report.error.isEmpty() ? tr("%1 synced: %2 added, %3 changed, %4 removed")
                                                        .arg(source)
                                                        .arg(report.added)
                                                        .arg(report.changed)
                                                        .arg(report.removed)
                                                  : tr("%1 could not be synced: %2").arg(source, report.error));
    }
    updateButtons();
    m_history->reload();
    if (!report.error.isEmpty()) {
        // Asked for the manifests' namespace, the run is tried again and the kinds after it follow; else they stop.
        const bool retry = report.errorField == QLatin1String("namespace") && m_changeable;
        const QStringList done = m_doneSoFar;
        if (!retry) {
            m_queued.clear();
            m_doneSoFar.clear();
        }
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(
            done.isEmpty()
                ? tr("Nothing was changed. %1").arg(report.error)
                : tr("%1 Then this import failed and changed nothing: %2").arg(done.join(u' '), report.error));
        // Manifests written for kubectl apply -n leave the namespace to whoever applies them: ask for it, run again.
        if (retry && !askNamespaceAndRetry(report)) {
            m_queued.clear();
            m_doneSoFar.clear();
        }
        return;
    }
    m_message->setStyleSheet(QString());
    QString text = tr("Done: %1 added, %2 changed, %3 removed, %4 unchanged.")
                       .arg(report.added)
                       .arg(report.changed)
                       .arg(report.removed)
                       .arg(report.unchanged);
    if (report.events > 0) {
        text += u' '
            + tr("%1 activity events in %2 day aggregates; %3 identities discovered from activity; %4 records without "
                 "a principal skipped.")
                  .arg(report.events)
                  .arg(report.usageRows)
                  .arg(report.shadow)
                  .arg(report.skipped);
    }
    if (!report.skippedWhy.isEmpty())
        text += u' ' + tr("Passed over most often: %1.").arg(report.skippedWhy.first());
    // What the changed identities gained and lost: a new release's added rules are seen without comparing pages.
    // The first few: the message stays readable beside the history.
    constexpr qsizetype kShown = 3;
    for (qsizetype i = 0; i < std::min(report.changes.size(), kShown); ++i)
        text += u' ' + tr("Changed: %1.").arg(report.changes.at(i));
    if (report.changes.size() > kShown)
        text += u' ' + tr("Further changes: %n more.", nullptr, int(report.changes.size() - kShown));
    if (!report.alreadyImported.isEmpty())
        text += u' '
            + tr("%n file(s) had been imported before; their activity was not counted again.", nullptr,
                 int(report.alreadyImported.size()));
    if (report.countedBefore > 0)
        text += u' '
            + tr("%n event(s) had been counted by an earlier import and were not counted again.", nullptr,
                 int(report.countedBefore));
    if (report.listedBefore)
        text += u' '
            + tr("Every file had been imported before, so nothing was retired: what it leaves out may have come since "
                 "from another input.");
    // Say where the run could retire identities, so a partial export is seen to change nothing else.
    if (!report.authoritative.isEmpty())
        text += u' '
            + tr("Complete for %1; identities elsewhere were left alone.")
                  .arg(report.authoritative.join(QStringLiteral(", ")));
    for (const QString& warning : report.warnings)
        text += u' ' + warning;
    // Files of several kinds: each kind's run says what it did, and the next starts.
    if (!m_queued.isEmpty() || !m_doneSoFar.isEmpty())
        text = tr("%1: %2").arg(m_runLabel, text);
    if (!m_queued.isEmpty()) {
        m_doneSoFar << text;
        const auto [format, inputs] = m_queued.takeFirst();
        m_runLabel = Importers::displayName(format);
        startJob(Importers::create(format), inputs);
        return;
    }
    m_doneSoFar << text;
    m_message->setText(std::exchange(m_doneSoFar, {}).join(u' '));
}

void SourcesPage::showImportError(const QString& message)
{
    m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_message->setText(tr("Nothing was changed. %1").arg(message));
    m_inputs->clear();
    updateButtons();
    emit storeChanged();
}

} // namespace recertify
