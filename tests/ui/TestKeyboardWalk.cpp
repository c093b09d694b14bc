#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/Controls.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/identity/IdentityWindow.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace recertify;

/**
 * A person without a mouse walks every section with Tab and back with Shift+Tab: every visible control that
 * takes a click is on the way, Tab never sticks in a table or a text box (arrows move there) and never lands
 * on a control of another section, and the walk comes back round to where it started.
 */
class TestKeyboardWalk : public QObject
{
    Q_OBJECT

    static constexpr int kLimit = 120; // far more controls than any section has: a walk this long is stuck

    static QString describe(QWidget* w)
    {
        if (!w)
            return QStringLiteral("nothing");
        return QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }

    /** The controls of page a person can see and use: what the walk must reach. */
    static QList<QWidget*> controls(QWidget* page)
    {
        QList<QWidget*> out;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if (!test::isOwnControl(w, page) || !w->isEnabled())
                continue;
            out << w;
        }
        return out;
    }

    /** The widgets focus visits, pressing the key from start until it comes back (or kLimit presses). */
    static QList<QWidget*> walk(QWidget* start, Qt::KeyboardModifiers modifiers, bool* cameBack)
    {
        QList<QWidget*> visited { start };
        *cameBack = false;
        int steps = 0;
        for (int press = 0; press < kLimit; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
            QWidget* now = QApplication::focusWidget();
            if (!now || now == start) {
                *cameBack = now == start;
                break;
            }
            if (now == visited.last()) {
                // A date's Tab steps day, month, year, then moves on (Qt's way, and a short one); anything else
                // that keeps Tab (a table's cells, a text box's tab character) holds the keyboard user.
                auto* date = qobject_cast<QDateTimeEdit*>(now);
                if (date && ++steps < date->sectionCount())
                    continue;
                break;
            }
            steps = 0;
            visited << now;
        }
        return visited;
    }

private slots:
    void tabReachesEveryControlOfEverySection_data()
    {
        QTest::addColumn<bool>("estate");
        QTest::newRow("an estate") << true;
        QTest::newRow("an empty store") << false;
    }

    void tabReachesEveryControlOfEverySection()
    {
        QFETCH(bool, estate);
        test::TestDatabase store;
        if (estate) {
            const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
            QVERIFY(DemoEstate::generate(*store.database(), { 120, 3, false }, clock).ok());
            QVERIFY(AnalysisService(store.database(), clock).run().ok());
        }
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar && sidebar->count() >= 8);
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QStringList problems;
        for (int section = 0; section < sidebar->count(); ++section) {
            // The sections are chosen by keyboard too: the arrow keys in the sidebar.
            sidebar->setFocus(Qt::TabFocusReason);
            sidebar->setCurrentRow(0);
            for (int step = 0; step < section; ++step)
                QTest::keyClick(sidebar, Qt::Key_Down);
            QCOMPARE(pages->currentIndex(), section);
            QCoreApplication::processEvents();
            const QString name = sidebar->item(section)->text();
            QWidget* page = pages->currentWidget();

            bool cameBack = false;
            const QList<QWidget*> forward = walk(sidebar, Qt::NoModifier, &cameBack);
            if (!cameBack)
                problems << QStringLiteral("%1: Tab did not come back to the sections after %2 presses; it stuck at %3")
                                .arg(name)
                                .arg(kLimit)
                                .arg(describe(forward.last()));
            for (QWidget* w : forward) {
                if (!w->isVisible())
                    problems << QStringLiteral("%1: Tab landed on a hidden %2").arg(name, describe(w));
                else if (w != sidebar && !page->isAncestorOf(w) && window.isAncestorOf(w) && pages->isAncestorOf(w))
                    problems << QStringLiteral("%1: Tab landed on %2 of another section").arg(name, describe(w));
            }
            for (QWidget* w : controls(page))
                if (!forward.contains(w))
                    problems << QStringLiteral("%1: Tab never reaches %2").arg(name, describe(w));
            if (forward.size() < 2)
                problems << QStringLiteral("%1: Tab reaches nothing beside the sections").arg(name);

            // Shift+Tab walks the same way back.
            sidebar->setFocus(Qt::TabFocusReason);
            const QList<QWidget*> backward = walk(sidebar, Qt::ShiftModifier, &cameBack);
            QList<QWidget*> reversed { sidebar };
            for (qsizetype i = forward.size() - 1; i > 0; --i)
                reversed << forward.at(i);
            if (!cameBack)
                problems << QStringLiteral("%1: Shift+Tab did not come back to the sections; it stuck at %2")
                                .arg(name, describe(backward.last()));
            else if (backward != reversed)
                problems << QStringLiteral("%1: Shift+Tab does not walk Tab's way back").arg(name);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
    }

    // The identity window, every tab: Tab goes round its controls and back to the tab bar, where the arrow keys
    // choose the next tab.
    void tabReachesEveryControlOfEveryTabOfAnIdentity()
    {
        test::TestDatabase store;
        const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoEstate::generate(*store.database(), { 60, 3, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        MainWindow main(store.database(), std::make_shared<InMemorySecretStore>());
        IdentityWindow* window = main.openIdentity(1);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTabBar* bar = window->tabs()->tabBar();
        QStringList problems;
        for (int tab = 0; tab < window->tabs()->count(); ++tab) {
            window->tabs()->setCurrentIndex(tab);
            bar->setFocus(Qt::TabFocusReason);
            QCoreApplication::processEvents();
            const QString name = window->tabs()->tabText(tab);
            bool cameBack = false;
            const QList<QWidget*> forward = walk(bar, Qt::NoModifier, &cameBack);
            if (!cameBack)
                problems << QStringLiteral("%1: Tab did not come back to the tab bar; it stuck at %2")
                                .arg(name, describe(forward.last()));
            QWidget* page = window->tabs()->currentWidget();
            for (QWidget* w : controls(page))
                if (!forward.contains(w))
                    problems << QStringLiteral("%1: Tab never reaches %2").arg(name, describe(w));
            for (QWidget* w : forward) {
                if (!w->isVisible())
                    problems << QStringLiteral("%1: Tab landed on a hidden %2").arg(name, describe(w));
                else if (window->tabs()->isAncestorOf(w) && w != bar && !page->isAncestorOf(w))
                    problems << QStringLiteral("%1: Tab landed on %2 of another tab").arg(name, describe(w));
            }
            if (forward.size() < 2)
                problems << QStringLiteral("%1: Tab reaches nothing beside the tab bar").arg(name);
            bar->setFocus(Qt::TabFocusReason);
            const QList<QWidget*> backward = walk(bar, Qt::ShiftModifier, &cameBack);
            QList<QWidget*> reversed { bar };
            for (qsizetype i = forward.size() - 1; i > 0; --i)
                reversed << forward.at(i);
            if (!cameBack)
                problems << QStringLiteral("%1: Shift+Tab did not come back to the tab bar; it stuck at %2")
                                .arg(name, describe(backward.last()));
            else if (backward != reversed)
                problems << QStringLiteral("%1: Shift+Tab does not walk Tab's way back").arg(name);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "TestKeyboardWalk.moc"
