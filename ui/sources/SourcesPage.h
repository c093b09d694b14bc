#pragma once

#include "core/connectors/FormatSniffer.h"
#include "core/storage/Database.h"
#include "core/storage/SourceRepository.h"

#include <QFutureWatcher>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace recertify {

class SecretStore;
class SyncJob;
class SyncRunTableModel;
struct SyncReport;

/** Import files from a source with progress and Cancel, and read the history of every run. */
class SourcesPage : public QWidget
{
    Q_OBJECT

public:
    SourcesPage(DatabasePtr database, std::shared_ptr<SecretStore> secrets, QWidget* parent = nullptr);
    ~SourcesPage() override;

    /** Adds files or folders to import (the file dialogs end here; tests call it directly). */
    void addInputs(const QStringList& paths);
    /** Opens the file chooser for files to import (the Add files button and the welcome page). */
    void chooseFiles();
    /** Puts the keyboard focus on the first Connect button. */
    void focusConnect();
    void selectFormat(const QString& format);
    SyncRunTableModel* history() const { return m_history; }
    /** Runs a sync of the configured live source with this name (the Sync button does the same). */
    bool syncLiveSource(const QString& name);
    void reloadLiveSources();
    /** Only those who may change the estate import and sync; others see the run history. */
    void setChangeable(bool changeable);

    /** Opens the Connect dialog; tests fill it through this hook before it shows. */
    std::function<void(class EntraSourceDialog&)> beforeDialogShows;
    std::function<void(class K8sSourceDialog&)> beforeK8sDialogShows;
    std::function<void(class GitHubSourceDialog&)> beforeGitHubDialogShows;
    std::function<void(class AwsSourceDialog&)> beforeAwsDialogShows;
    /** Starts the first connected source whose interval has passed, if nothing runs; false when none was started. */
    bool runDueSource();

signals:
    /** An import changed the store: other pages reload. */
    void storeChanged();
    /** A line for the status bar (scheduled syncs run while the user is elsewhere in the app). */
    void statusMessage(const QString& message);
    /** A sync or import runs (done < total, or total 0 while its size is unknown) or has ended (done == total). */
    void jobProgress(int done, int total);

private:
    void startImport();
    void startJob(std::unique_ptr<class Importer> importer, const QStringList& inputs);
    void connectEntra();
    void connectKubernetes();
    void connectGitHub();
    void connectAws();
    void saveConnected(SourceConfig source);
    void saveInterval();
    void finishImport(const SyncReport& report);
    /** False when the user gave no namespace (nothing was started). */
    bool askNamespaceAndRetry(const SyncReport& failed);
    void showImportError(const QString& message);
    void updateButtons();

    DatabasePtr m_database;
    std::shared_ptr<SecretStore> m_secrets;
    QListWidget* m_live;
    QPushButton* m_connect;
    QPushButton* m_connectK8s;
    QPushButton* m_connectGitHub;
    QPushButton* m_connectAws;
    QComboBox* m_every;
    class QTimer* m_schedule;
    QString m_runningSource; ///< the connected source the running job syncs, empty for a file import
    bool m_changeable = true;
    QPushButton* m_syncLive;
    QPushButton* m_removeLive;
    QComboBox* m_format;
    QListWidget* m_inputs;
    QPushButton* m_addFiles;
    QPushButton* m_addFolder;
    QPushButton* m_clear;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
    QTableView* m_historyView;
    SyncRunTableModel* m_history;
    SyncJob* m_job = nullptr;
    /// Telling the files of an import by format apart (import auto), before its first run starts.
    QFutureWatcher<std::optional<Result<QList<FormatSniffer::Run>>>>* m_planning = nullptr;
    bool m_planCancelled = false;
    /// Files of other kinds given with the running import, each imported after it in its own run.
    QList<std::pair<QString, QStringList>> m_queued;
    QStringList m_doneSoFar; ///< what the earlier runs of one import said, in order
    QString m_runLabel; ///< the kind of file the running run of several reads
};

} // namespace recertify
