#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/AnalysisDue.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/models/IdentityTableModel.h"
#include "ui/sources/SourcesPage.h"
#include "ui/welcome/WelcomePage.h"
#include "ui/widgets/StatusColours.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>

using namespace recertify;

/** Walks the main window as a user would, offscreen, finding widgets by object name. */
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_store;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoEstate::generate(*m_store->database(), { 500, 5, false }, clock).ok());
    }

    void searchingNarrowsTheTableAndTheStatusBar()
    {
        MainWindow window(m_store->database());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* table = window.findChild<QTableView*>(QStringLiteral("inventoryTable"));
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("inventorySearch"));
        auto* counts = window.findChild<QLabel*>(QStringLiteral("statusCounts"));
        QVERIFY(table && search && counts);
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY2(counts->text().contains(QStringLiteral("500 identities")), qPrintable(counts->text()));

        // The detail panel shows the selected identity.
        auto* detail = window.findChild<QWidget*>(QStringLiteral("identityDetail"));
        QVERIFY(detail);
        const QString firstName = table->model()->index(0, IdentityTableModel::NameColumn).data().toString();
        QTRY_VERIFY(!detail->findChildren<QLabel*>().isEmpty());
        QCOMPARE(detail->findChildren<QLabel*>().first()->text(), firstName);

        QTest::keyClicks(search, QStringLiteral("agent"));
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("shown")), 3000);
        const int shown = window.inventory()->model()->totalCount();
        QVERIFY(shown > 0 && shown < 500);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto* identity = window.inventory()->model()->identityAt(row);
            QVERIFY(identity->displayName.contains(QStringLiteral("agent"))
                    || identity->nativeId.contains(QStringLiteral("agent"))
                    || identity->businessOwner.contains(QStringLiteral("agent")));
        }

        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(window.inventory()->model()->totalCount(), 500, 3000);
    }

    void orphansFilterAndKindFilter()
    {
        MainWindow window(m_store->database());
        window.show();
        auto* orphans = window.findChild<QCheckBox*>(QStringLiteral("orphansOnly"));
        auto* kind = window.findChild<QComboBox*>(QStringLiteral("kindFilter"));
        QVERIFY(orphans && kind);
        orphans->click();
        const int orphanCount = window.inventory()->model()->totalCount();
        QVERIFY(orphanCount > 0 && orphanCount < 500);
        kind->setCurrentIndex(kind->findData(QStringLiteral("ai-agent")));
        const int orphanAgents = window.inventory()->model()->totalCount();
        QVERIFY(orphanAgents > 0 && orphanAgents < orphanCount);
    }

    void sidebarSwitchesSections()
    {
        MainWindow window(m_store->database());
        window.show();
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Inventory"));
        QVERIFY(sidebar->count() >= 6);
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(pages);
        // Every section is a real page now; each switches by its stable name.
        for (const char* name :
             { "inventory", "sources", "owners", "findings", "dashboard", "reviews", "campaigns", "evidence" }) {
            QVERIFY2(window.showSection(QString::fromLatin1(name)), name);
            QCOMPARE(pages->currentIndex(), sidebar->currentRow());
        }
        QVERIFY(!window.showSection(QStringLiteral("nowhere")));
    }

    void anEmptyStoreOpensOnTheWelcomePage()
    {
        test::TestDatabase empty;
        MainWindow window(empty.database(), std::make_shared<InMemorySecretStore>());
        window.show();
        WelcomePage* welcome = window.welcome();
        QVERIFY(welcome->isVisible());
        QVERIFY(!window.inventory()->isVisible());
        // Every way in has a name and a line on what it does, for people and screen readers alike.
        const QStringList choices { "welcomeImport", "welcomeConnect", "welcomeDemo", "welcomeBundle" };
        for (const QString& name : choices) {
            auto* button = welcome->findChild<QCommandLinkButton*>(name);
            QVERIFY(button && button->isVisible() && button->isEnabled());
            QVERIFY(!button->accessibleName().isEmpty() && !button->accessibleName().contains(u'&'));
            QVERIFY(!button->description().isEmpty());
        }
        // "Connect a live source…" leads to the Sources page with the keyboard on its first Connect button.
        QTest::mouseClick(welcome->findChild<QCommandLinkButton*>("welcomeConnect"), Qt::LeftButton);
        QVERIFY(window.sources()->isVisible());
        QVERIFY(window.focusWidget());
        QCOMPARE(window.focusWidget()->objectName(), QStringLiteral("connectKubernetes"));

        // The other pages say what would fill them, and offer nothing to act on.
        auto* sections = window.findChild<QListWidget*>("sidebar");
        sections->setCurrentRow(3); // Findings
        sections->setCurrentRow(6); // Campaigns
        QVERIFY(window.findChild<QLabel*>("findingCount")
                    ->text()
                    .startsWith(QStringLiteral("No open findings. They appear once")));
        QVERIFY(!window.findChild<QPushButton*>("closeCampaign")->isEnabled());
        QVERIFY(!window.findChild<QPushButton*>("escalateCampaign")->isEnabled());
        // The dashboard has no chart to draw: it says so and leads to the Sources page.
        sections->setCurrentRow(4);
        auto* noCharts = window.findChild<QWidget*>("dashboardEmpty");
        QVERIFY(noCharts && noCharts->isVisible());
        QVERIFY(window.findChildren<QChartView*>().isEmpty());
        QTest::mouseClick(noCharts->findChild<QPushButton*>(), Qt::LeftButton);
        QVERIFY(window.sources()->isVisible());
        // Empty lists on the Sources page say what would fill them.
        auto* noRuns = window.findChild<QLabel*>("runHistoryEmptyHint");
        QVERIFY(noRuns && noRuns->isVisible());
        QVERIFY(noRuns->text().startsWith(QStringLiteral("Nothing was imported or synced yet")));
        // With no bundle open, the Evidence page offers to open one instead of empty panes.
        sections->setCurrentRow(7);
        auto* noBundle = window.findChild<QWidget*>("evidenceEmpty");
        QVERIFY(noBundle && noBundle->isVisible());
        QVERIFY(!window.findChild<QListWidget*>("bundleFiles")->isVisible());
        QVERIFY(noBundle->findChild<QPushButton*>()->isEnabled());

        // The demo estate is written in a worker, then the inventory takes the welcome page's place.
        window.findChild<QListWidget*>("sidebar")->setCurrentRow(0);
        QTest::mouseClick(welcome->findChild<QCommandLinkButton*>("welcomeDemo"), Qt::LeftButton);
        QVERIFY(welcome->findChild<QProgressBar*>("welcomeProgress")->isVisible() || window.inventory()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.inventory()->isVisible(), 30000);
        QTRY_COMPARE(window.inventory()->model()->totalCount(), 300);
        QVERIFY(!welcome->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("300 identities")));
        // Analysed now: the dashboard draws its charts instead of the empty state.
        sections->setCurrentRow(4);
        QTRY_VERIFY(!noCharts->isVisible());
        QTRY_VERIFY(!window.findChildren<QChartView*>().isEmpty());
    }

    // A store left by a process killed between an import and its analysis: the window says so and
    // brings the findings up to date in a worker, then shows them.
    void findingsLeftBehindAreBroughtUpToDateOnOpening()
    {
        test::TestDatabase store;
        QVERIFY(DemoEstate::generate(*store.database(), { 200, 5, false }, Clock::instance()).ok());
        auto due = AnalysisDue::read(*store.database());
        QVERIFY(due.ok() && due->has_value());
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().startsWith(QStringLiteral("Findings are up to date again")), 30000);
        due = AnalysisDue::read(*store.database());
        QVERIFY(due.ok() && !due->has_value());
        window.findChild<QListWidget*>("sidebar")->setCurrentRow(3); // Findings
        QTRY_VERIFY(!window.findChild<QLabel*>("findingCount")->text().startsWith(QStringLiteral("No open findings")));
    }

    // The sidebar's line icons are graphics that carry meaning: 3:1 against what they sit on (WCAG 1.4.11), in the
    // light and the dark palette, selected or not.
    void sidebarIconsStandOutInBothPalettes_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addRow("light") << "light";
        QTest::addRow("dark") << "dark";
    }

    void sidebarIconsStandOutInBothPalettes()
    {
        QFETCH(QString, palette);
        QPalette p = palette == QLatin1String("dark") ? StatusColours::darkPalette()
                                                      : QApplication::style()->standardPalette();
        StatusColours::ensureReadable(p);
        MainWindow window(m_store->database(), std::make_shared<InMemorySecretStore>());
        window.setPalette(p);
        auto* sidebar = window.findChild<QListWidget*>("sidebar");
        const auto inkOf = [](const QPixmap& pixmap) {
            const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
            QColor ink;
            for (int y = 0; y < image.height() && !ink.isValid(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) == 255) {
                        ink = QColor::fromRgb(image.pixel(x, y));
                        break;
                    }
                }
            }
            return ink;
        };
        for (int i = 0; i < sidebar->count(); ++i) {
            const QIcon icon = sidebar->item(i)->icon();
            const QColor normal = inkOf(icon.pixmap(20, 20, QIcon::Normal));
            const QColor selected = inkOf(icon.pixmap(20, 20, QIcon::Selected));
            QVERIFY(normal.isValid() && selected.isValid());
            QVERIFY2(StatusColours::contrast(normal, p.color(QPalette::Window)) >= 3.0,
                     qPrintable(sidebar->item(i)->text()));
            QVERIFY2(StatusColours::contrast(selected, p.color(QPalette::Highlight)) >= 3.0,
                     qPrintable(sidebar->item(i)->text()));
        }
    }

    void findIsCtrlFAndSearchesFilterAsYouType()
    {
        QVERIFY(AnalysisService(m_store->database(), FixedClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)))
                    .run()
                    .ok());
        MainWindow window(m_store->database());
        window.show();
        QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" — Recertify")), qPrintable(window.windowTitle()));
        QAction* find = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(QKeySequence::Find))
                find = action;
        QVERIFY(find);
        find->trigger();
        QCOMPARE(window.focusWidget()->objectName(), QStringLiteral("inventorySearch"));

        auto* sidebar = window.findChild<QListWidget*>("sidebar");
        sidebar->setCurrentRow(3); // Findings
        find->trigger();
        auto* search = qobject_cast<QLineEdit*>(window.focusWidget());
        QVERIFY(search && search->objectName() == QStringLiteral("findingsSearch"));
        auto* count = window.findChildren<QLabel*>().last();
        for (QLabel* label : window.findChildren<QLabel*>())
            if (label->text().endsWith(QStringLiteral("open findings")) && label->isVisible())
                count = label;
        const QString before = count->text();
        // Typed, not entered: the list narrows a moment after the last key, and the Finding column's words match.
        QTest::keyClicks(search, QStringLiteral("unused grant"));
        QTRY_VERIFY2(
            count->text() != before,
            qPrintable(before + QStringLiteral(" / ") + count->text() + QStringLiteral(" / ") + search->text()));
        QVERIFY(count->text().section(u' ', 0, 0).toInt() > 0);
        sidebar->setCurrentRow(2);
        // The review page's line between evidence and answers, dragged: the next start keeps it there.
        window.restoreLayout();
        sidebar->setCurrentRow(5);
        auto* form = window.findChild<QSplitter*>("reviewFormSplitter");
        QVERIFY(form);
        QVERIFY(form->isVisible());
        const QList<int> first = form->sizes();
        const int total = first.value(0) + first.value(1);
        form->setSizes({ 80, total - 80 });
        const QList<int> dragged = form->sizes();
        QVERIFY2(dragged != first, qPrintable(QStringLiteral("%1 %2").arg(first.value(0)).arg(dragged.value(0))));
        emit form->splitterMoved(dragged.value(0), 1);
        sidebar->setCurrentRow(2);
        window.close(); // remembers the section for the next start
        MainWindow again(m_store->database());
        again.resize(window.size());
        again.restoreLayout();
        QCOMPARE(again.findChild<QListWidget*>("sidebar")->currentRow(), 2);
        QCOMPARE(again.findChild<QSplitter*>("reviewFormSplitter")->saveState(), form->saveState());
        QSettings().remove(QStringLiteral("window"));
        QSettings().remove(QStringLiteral("splitters"));
    }

    void grabsItsOwnWindow()
    {
        MainWindow window(m_store->database());
        window.show();
        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), window.size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
