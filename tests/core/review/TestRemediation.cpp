#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"
#include "tests/support/TestDatabase.h"

using namespace recertify;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

int scalar(const Database& database, const QString& statement)
{
    auto q = sql::run(database.connection(), statement);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

/**
 * Certifying an identity keeps it, not its stale keys: closing the campaign asks for each stale
 * credential to be rotated, and the next sync marks the task done once the key is reissued or gone.
 */
class TestRemediation : public QObject
{
    Q_OBJECT

private slots:
    void certifiedStaleKeysMustBeRotated_data() { test::engineRows(); }

    void certifiedStaleKeysMustBeRotated()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        FixedClock clock(kStart);
        const Database& db = *store.database();
        QVERIFY(DemoEstate::generate(db, { 200, 11, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        CampaignService campaigns(store.database(), clock);
        auto id = campaigns.create(
            { QStringLiteral("Stale keys"), kStart.addDays(7), QStringLiteral("finding=stale-credential"),
              QStringLiteral("governance@example.com"), QString(), QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ReviewService reviews(store.database(), clock);
        auto items = reviews.items(id.value());
        QVERIFY(items.ok() && items->size() >= 2);

        // The first identity is revoked (no rotation needed), every other one certified as it is.
        for (qsizetype n = 0; n < items->size(); ++n) {
            Decision d;
            // The reviewer's three answers, given explicitly: a Decision starts unanswered.
            d.ownership = QStringLiteral("confirm");
            d.scope = QStringLiteral("keep");
            d.need = QStringLiteral("certify");
            d.itemId = items->at(n).id;
            d.decidedBy = items->at(n).reviewer;
            d.need = n == 0 ? QStringLiteral("revoke") : QStringLiteral("certify");
            d.certifyUntil = kStart.addYears(1);
            d.justification = QStringLiteral("reviewed with the owner");
            d.secondsSpent = 30;
            d.ownership = QStringLiteral("reassign"); // the owner has left: name another
            d.ownershipTarget = QStringLiteral("ada@example.com");
            auto decided = reviews.decide(d);
            QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
        }
        const QString certified
            = QStringLiteral(
                  "SELECT COUNT(*) FROM findings f JOIN review_items r ON r.identity_id = f.identity_id "
                  "WHERE r.campaign_id = %1 AND r.id <> %2 AND f.type = 'stale-credential' AND f.resolved_at IS NULL")
                  .arg(id.value())
                  .arg(items->first().id);
        const int expected = scalar(db, certified);
        QVERIFY(expected >= 1);
        auto closed = campaigns.close(id.value(), QStringLiteral("test"));
        QVERIFY2(closed.ok(), qPrintable(closed.errorString()));
        const QString rotations
            = QStringLiteral(
                  "SELECT COUNT(*) FROM remediation_tasks WHERE campaign_id = %1 AND action = 'rotate-credential'")
                  .arg(id.value());
        QCOMPARE(scalar(db, rotations), expected);
        QCOMPARE(scalar(db, rotations + QStringLiteral(" AND identity_id = %1").arg(items->first().identityId)), 0);
        QCOMPARE(scalar(db, rotations + QStringLiteral(" AND state = 'open'")), expected);

        // A day later the owner reissues one key; the next verification sees it.
        clock.advanceDays(1);
        auto task = sql::run(db.connection(),
                             QStringLiteral("SELECT identity_id, subject FROM remediation_tasks WHERE campaign_id = ? "
                                            "AND action = 'rotate-credential' ORDER BY id"),
                             { id.value() });
        QVERIFY(task.ok() && task->next());
        const qint64 identity = task->value(0).toLongLong();
        const QString credential = task->value(1).toString();
        task->finish();
        QVERIFY(sql::run(
                    db.connection(),
                    QStringLiteral("UPDATE credentials SET created_at = ? WHERE identity_id = ? AND credential_id = ?"),
                    { Timestamp::toIso(clock.now()), identity, credential })
                    .ok());
        auto verified = campaigns.verifyRemediation();
        QVERIFY(verified.ok());
        QCOMPARE(scalar(db, rotations + QStringLiteral(" AND state = 'done'")), 1);
        QCOMPARE(scalar(db, rotations + QStringLiteral(" AND state = 'open'")), expected - 1);

        // Two weeks on, what nobody rotated is overdue.
        clock.advanceDays(15);
        QVERIFY(campaigns.verifyRemediation().ok());
        QCOMPARE(scalar(db, rotations + QStringLiteral(" AND state = 'overdue'")), expected - 1);
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "TestRemediation.moc"
