#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/TemplateService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/FindingRepository.h"
#include "core/storage/IdentityRepository.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/campaigns/NewCampaignDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/identity/IdentityWindow.h"
#include "ui/models/IdentityTableModel.h"
#include "ui/orphans/OrphansPage.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>

using namespace recertify;

/** The dashboard, an identity's page and the orphans queue, driven offscreen as a user would. */
class TestGovernancePages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_store;
    const FixedClock m_clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };

    qint64 orphanedAgent()
    {
        IdentityQuery query;
        query.kind = QStringLiteral("ai-agent");
        query.orphanedOnly = true;
        auto page = IdentityRepository(m_store->database()).page(query, 0, 1);
        return page.ok() && !page->isEmpty() ? page->first().id : 0;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        QVERIFY(DemoEstate::generate(*m_store->database(), { 600, 9, false }, m_clock).ok());
        for (int week = 3; week > 0; --week)
            QVERIFY(AnalysisService(m_store->database(), FixedClock(m_clock.now().addDays(-7 * week))).run().ok());
        QVERIFY(AnalysisService(m_store->database(), m_clock).run().ok());
    }

    void dashboardChartsShowTheEstate()
    {
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("dashboard")));
        auto* drift = window.findChild<QChartView*>(QStringLiteral("driftChart"));
        auto* debt = window.findChild<QChartView*>(QStringLiteral("debtChart"));
        auto* spread = window.findChild<QChartView*>(QStringLiteral("distributionChart"));
        auto* top = window.findChild<QChartView*>(QStringLiteral("topChart"));
        QVERIFY(drift && debt && spread && top);
        for (QChartView* view : { drift, debt, spread, top }) {
            QVERIFY2(!view->chart()->title().isEmpty(), "every chart has a title");
            QVERIFY(!view->chart()->axes().isEmpty());
            for (QAbstractAxis* axis : view->chart()->axes(Qt::Horizontal))
                QVERIFY2(!axis->titleText().isEmpty() || view == top, "the horizontal axis says what it measures");
        }
        // Four drift lines, one point per snapshot (three past weeks and now).
        QCOMPARE(drift->chart()->series().size(), 4);
        QCOMPARE(static_cast<QLineSeries*>(drift->chart()->series().first())->count(), 4);
        QVERIFY(drift->chart()->legend()->isVisible());
        // Debt grows with interest while nothing is resolved.
        auto* debtLine = static_cast<QLineSeries*>(debt->chart()->series().first());
        QVERIFY(debtLine->at(3).y() > debtLine->at(0).y());
        // The distribution counts every scored identity once.
        auto* bars = static_cast<QBarSeries*>(spread->chart()->series().first());
        double counted = 0;
        for (int i = 0; i < bars->barSets().first()->count(); ++i)
            counted += bars->barSets().first()->at(i);
        QCOMPARE(int(counted), 600);
        auto* summary = window.findChild<QLabel*>(QStringLiteral("dashboardSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("600 identities")), qPrintable(summary->text()));
        QVERIFY(!window.grab().isNull());
    }

    // The Detail column is cut at its width; the selected finding reads in full below the table.
    void theSelectedFindingReadsInFull()
    {
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("findings")));
        auto* table = window.findChild<QTableView*>(QStringLiteral("findingsList"));
        auto* detail = window.findChild<QLabel*>(QStringLiteral("findingDetail"));
        QVERIFY(table && detail);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(detail->text().startsWith(QStringLiteral("Select a finding")));
        // The longest detail among the first rows: the one the column is most likely to cut.
        int longest = 0;
        const int detailColumn = table->model()->columnCount() - 1;
        for (int row = 1; row < std::min(50, table->model()->rowCount()); ++row) {
            if (table->model()->index(row, detailColumn).data().toString().size()
                > table->model()->index(longest, detailColumn).data().toString().size())
                longest = row;
        }
        const QString full = table->model()->index(longest, detailColumn).data().toString();
        QVERIFY(table->fontMetrics().horizontalAdvance(full) > table->columnWidth(detailColumn) - 10);
        table->setCurrentIndex(table->model()->index(longest, 0));
        QVERIFY2(detail->text().contains(full.toHtmlEscaped()), qPrintable(detail->text()));
        QVERIFY(detail->text().contains(table->model()->index(longest, 2).data().toString().toHtmlEscaped()));
    }

    void identityWindowClosesWithEscapeAndCtrlW_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("Ctrl+W") << QKeySequence(QKeySequence::Close);
    }

    void identityWindowClosesWithEscapeAndCtrlW()
    {
        QFETCH(QKeySequence, keys);
        MainWindow main(m_store->database());
        IdentityWindow* window = main.openIdentity(orphanedAgent());
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keySequence(window, keys);
        QTRY_VERIFY(!window->isVisible());
    }

    void identityPageEditsOwnershipAndPaysOffDebt()
    {
        const qint64 id = orphanedAgent();
        QVERIFY(id > 0);
        MainWindow main(m_store->database());
        IdentityWindow* window = main.openIdentity(id);
        QVERIFY(window);
        auto* debtBadge = window->findChild<QLabel*>(QStringLiteral("debtBadge"));
        const double before = debtBadge->text().section(u' ', -1).toDouble();
        QVERIFY(before > 0);
        auto* findings = window->findChild<QTableWidget*>(QStringLiteral("findingsTable"));
        bool orphaned = false;
        for (int row = 0; row < findings->rowCount(); ++row)
            orphaned = orphaned
                || findings->item(row, 1)->text() == QLatin1String("Orphaned"); // in the reader's words, not the code
        QVERIFY2(orphaned, "an orphaned agent shows its orphaned finding");

        // A bad email is refused with the field named; nothing is saved.
        const QString ownerBefore = IdentityRepository(m_store->database()).byId(id)->businessOwner;
        window->findChild<QLineEdit*>(QStringLiteral("businessOwner"))->setText(QStringLiteral("nobody"));
        QVERIFY(!window->saveOwnership());
        QCOMPARE(IdentityRepository(m_store->database()).byId(id)->businessOwner, ownerBefore);

        // An owner from the directory: the orphaned finding goes, and the debt with it.
        auto people = m_store->database()->connection().exec(
            QStringLiteral("SELECT email FROM people WHERE active = 1 LIMIT 1"));
        QVERIFY(people.next());
        const QString owner = people.value(0).toString();
        people.finish();
        window->findChild<QLineEdit*>(QStringLiteral("businessOwner"))->setText(owner);
        window->findChild<QLineEdit*>(QStringLiteral("purpose"))
            ->setText(QStringLiteral("Summarises incidents for the on-call engineer"));
        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("saveOwnership")), Qt::LeftButton);
        QCOMPARE(IdentityRepository(m_store->database()).byId(id)->businessOwner, owner);
        auto open = FindingRepository(m_store->database()).openFor(id);
        QVERIFY(open.ok());
        for (const Finding& f : open.value()) {
            QVERIFY(f.type != QLatin1String("orphaned"));
            QVERIFY(f.type != QLatin1String("no-purpose"));
        }
        const double after = debtBadge->text().section(u' ', -1).toDouble();
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // The change is evidence.
        auto entries
            = AuditLog::entries(m_store->database()->connection(), QStringLiteral("identity"), QString::number(id));
        QVERIFY(entries.ok());
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(),
                            [](const AuditEntry& e) { return e.action == QLatin1String("owners.set"); }));
        QVERIFY(AuditLog::verify(m_store->database()->connection())->ok());

        // The grants tab agrees with its title.
        auto* grants = window->findChild<QTableWidget*>(QStringLiteral("grantsTable"));
        int unused = 0;
        for (int row = 0; row < grants->rowCount(); ++row)
            unused += grants->item(row, 1)->text() == QLatin1String("unused") ? 1 : 0;
        QVERIFY(window->tabs()->tabText(2).contains(QStringLiteral("%1 unused").arg(unused)));
    }

    void orphansQueueFollowsThePeopleDirectory()
    {
        MainWindow main(m_store->database());
        auto* page = main.findChild<OrphansPage*>();
        QVERIFY(page);
        page->refresh(); // pages read the store when first shown
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = page->model()->totalCount();
        QVERIFY(before > 0);
        // Mark every owner as departed: every owned identity becomes an orphan.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,name,manager,active\n");
        auto owners = m_store->database()->connection().exec(QStringLiteral("SELECT email, name FROM people"));
        while (owners.next())
            file.write(owners.value(0).toString().toUtf8() + ',' + owners.value(1).toString().toUtf8() + ",,false\n");
        owners.finish();
        file.close();
        page->importPeople(csv);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() > before, 20000);
        // Everyone has left, so nobody answers for anything: all 600 are orphans now.
        QCOMPARE(page->model()->totalCount(), 600);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("orphansSummary"));
        QVERIFY(summary->text().startsWith(QString::number(page->model()->totalCount())));
    }

    void aNewCampaignSaysWhatItWillDoThenRunsInAWorker()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(DemoEstate::generate(*store.database(), { 300, 5, false }, m_clock).ok());
        NewCampaignDialog dialog(store.database(), QStringLiteral("gov@example.com"));
        dialog.show();
        auto* start = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        // Without a fallback reviewer, orphans would go to nobody: it says so, and it cannot start.
        QVERIFY2(dialog.previewText().contains(QStringLiteral("name a fallback reviewer")),
                 qPrintable(dialog.previewText()));
        QVERIFY(!start->isEnabled());
        auto* fallback = dialog.findChild<QLineEdit*>(QStringLiteral("campaignFallback"));
        fallback->setText(QStringLiteral("governance@example.com"));
        QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("fallback reviewer")) && start->isEnabled());
        QVERIFY(dialog.previewText().contains(QStringLiteral("identities match")));
        // A scope that matches nothing cannot start either.
        auto* scope = dialog.findChild<QLineEdit*>(QStringLiteral("campaignScope"));
        scope->setText(QStringLiteral("kind=ai-agent debt>=101"));
        QTRY_VERIFY(dialog.previewText().contains(QStringLiteral("No identity matches")));
        QVERIFY(!start->isEnabled());
        scope->setText(QStringLiteral("kind=ai-agent"));
        QTRY_VERIFY(start->isEnabled());
        auto* stage = dialog.findChild<QComboBox*>(QStringLiteral("campaignSecondStage"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("manager")));
        // Repeating every quarter keeps a recurring template, next due one period from now.
        auto* repeat = dialog.findChild<QComboBox*>(QStringLiteral("campaignRepeat"));
        QVERIFY(repeat);
        repeat->setCurrentIndex(repeat->findData(90));
        // Started: the form is locked while the worker runs, and the dialog closes with the new campaign.
        start->click();
        QVERIFY(!scope->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY(dialog.createdId() > 0);
        QSqlQuery q(store.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT second_stage, (SELECT COUNT(*) FROM review_items WHERE campaign_id = "
                                      "c.id) FROM campaigns c WHERE id = %1")
                           .arg(dialog.createdId())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("manager"));
        QSqlQuery agents(store.database()->connection());
        QVERIFY(agents.exec(
                    QStringLiteral("SELECT COUNT(*) FROM identities WHERE kind = 'ai-agent' AND status <> 'retired'"))
                && agents.next());
        QCOMPARE(q.value(1).toInt(), agents.value(0).toInt());
        auto templates = TemplateService(store.database()).list();
        QVERIFY(templates.ok());
        QCOMPARE(templates->size(), 1);
        QCOMPARE(templates->first().everyDays, 90);
        QCOMPARE(templates->first().scope, QStringLiteral("kind=ai-agent"));
        QCOMPARE(templates->first().secondStage, QStringLiteral("manager"));
        QVERIFY(templates->first().nextRunAt > QDateTime::currentDateTimeUtc().addDays(89));
    }
};

QTEST_MAIN(TestGovernancePages)
#include "TestGovernancePages.moc"
