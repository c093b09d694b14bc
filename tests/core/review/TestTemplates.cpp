#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/review/TemplateService.h"
#include "core/storage/SqlUtil.h"
#include "tests/support/ErrorText.h"
#include "tests/support/TestDatabase.h"

using namespace recertify;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

int scalar(const Database& database, const QString& statement)
{
    auto q = sql::run(database.connection(), statement);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

CampaignTemplate quarterly()
{
    CampaignTemplate t;
    t.name = QStringLiteral("Quarterly agents");
    t.scope = QStringLiteral("kind=ai-agent");
    t.fallbackReviewer = QStringLiteral("governance@example.com");
    t.everyDays = 90;
    t.durationDays = 14;
    t.createdBy = QStringLiteral("test");
    return t;
}

} // namespace

/**
 * Recurring campaigns: defined once, started when due, due after their duration, linked to
 * their template; a missed stretch starts one campaign, not a backlog. Both engines.
 */
class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void aTemplateComesBackOnSchedule_data() { test::engineRows(); }

    void aTemplateComesBackOnSchedule()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        FixedClock clock(kStart);
        QVERIFY(DemoEstate::generate(*store.database(), { 150, 5, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        TemplateService templates(store.database(), clock);
        auto id = templates.create(quarterly());
        QVERIFY2(id.ok(), qPrintable(id.errorString()));

        // Due now: one campaign over the agents, due in 14 days, linked to the template.
        auto first = templates.runDue(QStringLiteral("sync"));
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QCOMPARE(first->size(), 1);
        auto campaign = CampaignService(store.database(), clock).byId(first->first());
        QVERIFY(campaign.ok());
        QCOMPARE(campaign->due, kStart.addDays(14));
        QCOMPARE(campaign->name, QStringLiteral("Quarterly agents, 2026-11-23"));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE template_id = %1").arg(id.value())),
                 1);
        const int agents
            = scalar(*store.database(),
                     QStringLiteral("SELECT COUNT(*) FROM identities WHERE kind = 'ai-agent' AND status <> 'retired'"));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM review_items WHERE campaign_id = %1").arg(first->first())),
                 agents);

        // Not again until the period is over.
        clock.advanceDays(89);
        QVERIFY(templates.runDue(QStringLiteral("sync"))->isEmpty());
        clock.advanceDays(1);
        QCOMPARE(templates.runDue(QStringLiteral("sync"))->size(), 1);

        // Nobody ran it for a year: one campaign, and the next run is after today.
        clock.advanceDays(365);
        QCOMPARE(templates.runDue(QStringLiteral("sync"))->size(), 1);
        auto listed = templates.list();
        QVERIFY(listed.ok() && listed->size() == 1);
        QVERIFY(listed->first().nextRunAt > clock.now());
        QVERIFY(listed->first().nextRunAt <= clock.now().addDays(90));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE template_id = %1").arg(id.value())),
                 3);
    }

    void badTemplatesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("no name") << "name"
                                 << "  "
                                 << "--name";
        QTest::addRow("every zero days") << "every"
                                         << "0"
                                         << "--every";
        QTest::addRow("no duration") << "duration"
                                     << "0"
                                     << "--duration";
        QTest::addRow("an unknown scope term") << "scope"
                                               << "colour=blue"
                                               << "colour";
        QTest::addRow("a fallback that is not an email") << "fallback"
                                                         << "governance"
                                                         << "--fallback-reviewer";
        QTest::addRow("an unknown second stage") << "stage"
                                                 << "ceo"
                                                 << "--second-stage";
        QTest::addRow("a name taken") << "duplicate"
                                      << ""
                                      << "exists already";
    }

    void badTemplatesAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const FixedClock clock(kStart);
        TemplateService templates(store.database(), clock);
        CampaignTemplate t = quarterly();
        if (field == QLatin1String("name"))
            t.name = value;
        else if (field == QLatin1String("every"))
            t.everyDays = value.toInt();
        else if (field == QLatin1String("duration"))
            t.durationDays = value.toInt();
        else if (field == QLatin1String("scope"))
            t.scope = value;
        else if (field == QLatin1String("fallback"))
            t.fallbackReviewer = value;
        else if (field == QLatin1String("stage"))
            t.secondStage = value;
        else
            QVERIFY(templates.create(quarterly()).ok());
        const int before = scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM campaign_templates"));
        auto id = templates.create(t);
        QVERIFY(!id.ok());
        QVERIFY2(test::errorSays(id.error(), message), qPrintable(id.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM campaign_templates")), before);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "TestTemplates.moc"
