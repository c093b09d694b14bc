#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/review/TriggerService.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"
#include "tests/support/ErrorText.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QSet>

using namespace recertify;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString kFallback = QStringLiteral("governance@example.com");

QSet<qint64> ids(const Database& database, const QString& statement, const QVariantList& binds = {})
{
    QSet<qint64> out;
    auto q = sql::runList(database.connection(), statement, binds);
    if (!q)
        return { -1 };
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

QSet<qint64> itemIdentities(const Database& database, qint64 campaign)
{
    return ids(database, QStringLiteral("SELECT identity_id FROM review_items WHERE campaign_id = ?"), { campaign });
}

int scalar(const Database& database, const QString& statement, const QVariantList& binds = {})
{
    auto q = sql::runList(database.connection(), statement, binds);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

/**
 * Event-driven micro-campaigns, delegation and escalation on a demo estate, on both engines:
 * each trigger asks about exactly the identities that meet it, never twice, and an overdue
 * campaign moves to the reviewers' managers once.
 */
class TestTriggers : public QObject
{
    Q_OBJECT

private slots:
    void eachTriggerAsksAboutWhatMeetsIt_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("expected");
        // Retired identities are past reviewing, whatever their history says.
        const QString open
            = QStringLiteral("SELECT DISTINCT f.identity_id FROM findings f JOIN identities i ON i.id = f.identity_id "
                             "WHERE i.status <> 'retired' AND f.resolved_at IS NULL AND f.type = ");
        for (const QString& engine : test::engines()) {
            QTest::addRow("%s: out-of-scope", qPrintable(engine))
                << engine << "out-of-scope" << 0.0 << open + "'out-of-scope-action'";
            QTest::addRow("%s: owner-deactivated", qPrintable(engine))
                << engine << "owner-deactivated" << 0.0 << open + "'orphaned' AND f.subject <> ''";
            QTest::addRow("%s: credential-expiring", qPrintable(engine))
                << engine << "credential-expiring" << 60.0
                << "SELECT DISTINCT c.identity_id FROM credentials c JOIN identities i ON i.id = c.identity_id WHERE "
                   "i.status <> 'retired' AND i.enabled = 1 AND c.enabled = 1 "
                   "AND c.expires_at > '2026-11-23T09:00:00Z' AND c.expires_at <= '2027-01-22T09:00:00Z'";
            QTest::addRow("%s: debt-threshold", qPrintable(engine))
                << engine << "debt-threshold" << 50.0
                << "SELECT id FROM identities WHERE status <> 'retired' AND trust_debt >= 50";
        }
    }

    void eachTriggerAsksAboutWhatMeetsIt()
    {
        QFETCH(QString, engine);
        QFETCH(QString, kind);
        QFETCH(double, threshold);
        QFETCH(QString, expected);
        RECERTIFY_OPEN_DB(store, engine);
        const FixedClock clock(kStart);
        QVERIFY(DemoEstate::generate(*store.database(), { 300, 7, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        const QSet<qint64> meeting = ids(*store.database(), expected);
        QVERIFY2(!meeting.isEmpty() && !meeting.contains(-1), "the demo estate has identities that meet every trigger");

        TriggerService triggers(store.database(), clock);
        // Off by default: nothing starts.
        auto none = triggers.run(QStringLiteral("sync"));
        QVERIFY2(none.ok(), qPrintable(none.errorString()));
        QVERIFY(none->isEmpty());

        QVERIFY(triggers.set({ kind, threshold, kFallback, true, {} }).ok());
        auto started = triggers.run(QStringLiteral("sync"));
        QVERIFY2(started.ok(), qPrintable(started.errorString()));
        QCOMPARE(started->size(), 1);
        const qint64 campaign = started->first();
        QCOMPARE(itemIdentities(*store.database(), campaign), meeting);
        auto made = CampaignService(store.database(), clock).byId(campaign);
        QVERIFY(made.ok());
        QVERIFY(made->name.contains(kind));
        QCOMPARE(made->due, kStart.addDays(7));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE trigger_kind = ?"),
                        { kind }),
                 1);
        // The reviewer reads why the identity is here in words, not as a list of ids.
        auto items = ReviewService(store.database(), clock).items(campaign);
        QVERIFY(items.ok() && !items->isEmpty());
        QCOMPARE(items->first().evidence.value(QStringLiteral("why")).toArray().first().toString(),
                 TriggerService::describe(kind));

        // The next sync finds nothing new: nobody is asked twice.
        auto again = triggers.run(QStringLiteral("sync"));
        QVERIFY(again.ok());
        QVERIFY2(again->isEmpty(), "a second run starts no campaign for the same identities");

        // The configuration is kept; turning it off keeps it off.
        auto all = triggers.all();
        QVERIFY(all.ok());
        for (const TriggerConfig& t : all.value()) {
            QCOMPARE(t.enabled, t.kind == kind);
            if (t.kind == kind) {
                QCOMPARE(t.fallbackReviewer, kFallback);
                QVERIFY(t.lastRunAt.isValid());
            }
        }
    }

    void badConfigurationIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<QString>("fallback");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown kind") << "weather" << 0.0 << kFallback << "weather";
        QTest::addRow("no fallback reviewer") << "out-of-scope" << 0.0 << ""
                                              << "--fallback-reviewer";
        QTest::addRow("negative threshold") << "debt-threshold" << -5.0 << kFallback << "--threshold";
    }

    void badConfigurationIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(double, threshold);
        QFETCH(QString, fallback);
        QFETCH(QString, message);
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const FixedClock clock(kStart);
        TriggerService triggers(store.database(), clock);
        const Status st = triggers.set({ kind, threshold, fallback, true, {} });
        QVERIFY(!st.ok());
        QVERIFY2(test::errorSays(st.error(), message), qPrintable(st.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM campaign_triggers")), 0);
    }

    void delegationAndEscalation_data() { test::engineRows(); }
    void delegationAndEscalation()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        FixedClock clock(kStart);
        QVERIFY(DemoEstate::generate(*store.database(), { 200, 3, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        CampaignService campaigns(store.database(), clock);
        auto id = campaigns.create({ QStringLiteral("Q4"), kStart.addDays(5), QString(), kFallback, QString(),
                                     QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ReviewService reviews(store.database(), clock);
        auto items = reviews.items(id.value());
        QVERIFY(items.ok() && items->size() > 10);

        // Delegation: only the assigned reviewer hands an item on; the new reviewer then holds it.
        const ReviewItem first = items->first();
        const Status stranger
            = reviews.delegate(first.id, QStringLiteral("someone@example.com"), QStringLiteral("x@example.com"));
        QVERIFY(!stranger.ok());
        QVERIFY(stranger.errorString().contains(first.reviewer));
        QVERIFY(!reviews.delegate(first.id, first.reviewer, QStringLiteral("not an email")).ok());
        QVERIFY(reviews.delegate(first.id, first.reviewer, QStringLiteral("Deputy@Example.com")).ok());
        auto moved = reviews.item(first.id);
        QVERIFY(moved.ok());
        QCOMPARE(moved->reviewer, QStringLiteral("deputy@example.com"));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.delegate'")),
                 1);

        // Not overdue yet: escalation moves nothing.
        auto early = campaigns.escalate(id.value(), QStringLiteral("manager"));
        QVERIFY(early.ok());
        QCOMPARE(early.value(), 0);

        // Overdue: every pending, not yet handed-on item whose reviewer has a manager goes to that manager.
        const int expected = scalar(
            *store.database(),
            QStringLiteral("SELECT COUNT(*) FROM review_items r JOIN people p ON p.email = r.reviewer WHERE "
                           "r.campaign_id = ? AND r.state = 'pending' "
                           "AND r.delegated_from IS NULL AND p.manager_email IS NOT NULL AND p.manager_email <> ''"),
            { id.value() });
        QVERIFY2(expected > 0, "the demo's owners have managers");
        clock.advanceDays(6);
        auto escalated = campaigns.escalate(id.value(), QStringLiteral("manager"));
        QVERIFY2(escalated.ok(), qPrintable(escalated.errorString()));
        QCOMPARE(escalated.value(), expected);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM review_items r JOIN people p ON p.email = r.delegated_from "
                                  "WHERE r.campaign_id = ? AND r.reviewer = p.manager_email"),
                   { id.value() }),
            expected);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.escalate'")),
                 expected);
        auto status = campaigns.status(id.value());
        QVERIFY(status.ok());
        QCOMPARE(status->handedOn, expected + 1); // and the one delegated

        // Once per item: a second escalation moves nothing.
        auto twice = campaigns.escalate(id.value(), QStringLiteral("manager"));
        QVERIFY(twice.ok());
        QCOMPARE(twice.value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTriggers)
#include "TestTriggers.moc"
