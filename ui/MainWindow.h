#pragma once

#include "core/storage/Database.h"
#include "core/team/TeamService.h"

#include <QMainWindow>

class QProgressBar;
#include <QPointer>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace recertify {

class AnalysisJob;
class DemoJob;

class WelcomePage;

class CampaignsPage;
class DashboardPage;
class ReviewQueuePage;
class FindingsPage;
class EvidencePage;
class IdentityWindow;
class InventoryPage;
class OrphansPage;
class ChangeWatcher;
class SecretStore;
class SourcesPage;

/** A coordinator: the sidebar, the pages and the status bar. Each page owns its own work. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** secrets: where connector secrets go; the OS keychain when null. */
    explicit MainWindow(DatabasePtr database, std::shared_ptr<SecretStore> secrets = nullptr,
                        QWidget* parent = nullptr);

    InventoryPage* inventory() const { return m_inventory; }
    SourcesPage* sources() const { return m_sources; }
    /** The first-run page an empty store opens on (inside the Inventory section). */
    WelcomePage* welcome() const { return m_welcome; }
    /** Puts the window where it was last closed, on the section it showed (not for screenshots). */
    void restoreLayout();
    /** Ctrl+F: the current page's search field gets the keyboard, its text selected; false without one. */
    bool focusSearch();
    /** Switches to a section by its index in the sidebar. */
    void showSection(int index);
    /** Switches by the section's stable name (inventory, sources…); false when there is none. */
    bool showSection(const QString& name);
    /** Opens an evidence bundle in the auditor's view, verifying it. */
    bool openBundle(const QString& path);
    EvidencePage* evidence() const { return m_evidence; }
    /** Opens (or raises) the page of one identity. */
    IdentityWindow* openIdentity(qint64 id);
    DashboardPage* dashboard() const { return m_dashboard; }
    ReviewQueuePage* reviews() const { return m_reviews; }
    CampaignsPage* campaigns() const { return m_campaigns; }
    /** Who is signed in, and so what this window shows. */
    const TeamSession& session() const { return m_session; }
    ChangeWatcher* changeWatcher() const { return m_watcher; }

    /**
     * Who is using the app on a local store (a team server knows its logins): their queue is *My
     * reviews*, their name is on every decision, and the status bar shows it.
     */
    void setLocalUser(const QString& email);
    QString localUser() const { return m_localUser; }
    /** The remembered user of this store, or empty. */
    QString rememberedUser() const;
    /** Asks who is using the app, proposing the login's match in the people directory; remembers the answer. */
    bool askWhoYouAre();

signals:
    /**
     * The user chose another store (a team server or a file); the launcher opens it and, once it
     * opened, keeps the password in the keychain when asked to.
     */
    void storeRequested(const QString& location, const QString& password, bool rememberPassword);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addSection(const QString& iconName, const QString& title, QWidget* page);
    void createMenus();
    void refreshStatus(int matching);
    void storeChanged();
    void applySession();
    void changedElsewhere(const QString& what);
    void connectToTeam();
    void openBundleDialog();
    void loadDemo();
    void catchUpAnalysis();

    DatabasePtr m_database;
    std::shared_ptr<SecretStore> m_secrets;
    QString m_localUser;
    TeamSession m_session;
    ChangeWatcher* m_watcher = nullptr;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    InventoryPage* m_inventory;
    WelcomePage* m_welcome;
    QStackedWidget* m_inventoryStack;
    DemoJob* m_demo = nullptr;
    AnalysisJob* m_analysis = nullptr;
    SourcesPage* m_sources = nullptr;
    DashboardPage* m_dashboard = nullptr;
    OrphansPage* m_orphans = nullptr;
    FindingsPage* m_findings = nullptr;
    ReviewQueuePage* m_reviews = nullptr;
    CampaignsPage* m_campaigns = nullptr;
    EvidencePage* m_evidence = nullptr;
    QList<QPointer<IdentityWindow>> m_identityWindows;
    QLabel* m_counts;
    QLabel* m_location;
    QLabel* m_signedIn;
    QProgressBar* m_syncProgress;
};

} // namespace recertify
