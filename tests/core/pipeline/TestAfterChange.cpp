#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/lifecycle/LifecycleService.h"
#include "core/pipeline/AfterChange.h"
#include "core/review/TemplateService.h"
#include "core/review/TriggerService.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/SqlUtil.h"
#include "tests/support/TestDatabase.h"

using namespace recertify;

namespace {

const QDateTime kStart(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QVariant scalar(const Database& database, const QString& statement, const QVariantList& binds = {})
{
    auto q = sql::runList(database.connection(), statement, binds);
    return q.ok() && q->next() ? q->value(0) : QVariant();
}

} // namespace

/**
 * What follows a change runs the same whoever made it: an owner named in the desktop or the CLI
 * is seen by the findings and by the configured triggers at once, and a whole-estate change
 * leaves nothing marked due. On both engines.
 */
class TestAfterChange : public QObject
{
    Q_OBJECT

private slots:
    void anOwnerWhoLeftIsSeenByFindingsAndTriggersAtOnce_data() { test::engineRows(); }
    void anOwnerWhoLeftIsSeenByFindingsAndTriggersAtOnce()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& db = *store.database();
        const FixedClock clock(kStart);
        QVERIFY(DemoEstate::generate(db, { 300, 7, false }, clock).ok());
        AfterChange after(store.database(), clock);
        const AfterChangeReport first = after.estateChanged(QStringLiteral("test"));
        QVERIFY2(first.warnings.isEmpty(), qPrintable(first.warnings.join(u'\n')));
        QVERIFY(first.analysis.openFindings > 0);
        auto due = AnalysisDue::read(db);
        QVERIFY(due.ok() && !due->has_value());

        // The trigger is on; what met it before this change was asked about already.
        TriggerService triggers(store.database(), clock);
        QVERIFY(
            triggers.set({ QStringLiteral("owner-deactivated"), 0, QStringLiteral("governance@example.com"), true, {} })
                .ok());
        QVERIFY(triggers.run(QStringLiteral("test")).ok());

        const QString left
            = scalar(db, QStringLiteral("SELECT email FROM people WHERE active = 0 ORDER BY email")).toString();
        QVERIFY2(!left.isEmpty(), "the demo directory has someone who left");
        const qint64 id
            = scalar(db,
                     QStringLiteral(
                         "SELECT i.id FROM identities i WHERE i.status = 'active' AND i.business_owner IS NOT NULL AND "
                         "NOT EXISTS "
                         "(SELECT 1 FROM findings f WHERE f.identity_id = i.id AND f.type = 'orphaned' AND "
                         "f.resolved_at IS NULL) "
                         "AND NOT EXISTS (SELECT 1 FROM review_items r JOIN campaigns c ON c.id = r.campaign_id "
                         "WHERE r.identity_id = i.id AND c.status = 'open') ORDER BY i.id"))
                  .toLongLong();
        QVERIFY(id > 0);
        const QString orphaned = QStringLiteral(
            "SELECT COUNT(*) FROM findings WHERE identity_id = ? AND type = 'orphaned' AND resolved_at IS NULL");

        // An hour later, someone names the person who left as the owner.
        const FixedClock later(kStart.addSecs(3600));
        OwnershipChange change;
        change.businessOwner = left;
        QVERIFY(LifecycleService(store.database(), later).setOwnership(id, change, QStringLiteral("test")).ok());
        // The change alone does not analyse: that is the pipeline's one job.
        QCOMPARE(scalar(db, orphaned, { id }).toInt(), 0);

        AfterChange afterwards(store.database(), later);
        const AfterChangeReport report = afterwards.identitiesChanged({ id }, QStringLiteral("test"));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));
        QCOMPARE(scalar(db, orphaned, { id }).toInt(), 1);
        QCOMPARE(report.triggeredCampaigns.size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM review_items WHERE campaign_id = ?"),
                        { report.triggeredCampaigns.first() })
                     .toInt(),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT identity_id FROM review_items WHERE campaign_id = ?"),
                        { report.triggeredCampaigns.first() })
                     .toLongLong(),
                 id);

        // Nothing new since: the same change followed again starts nothing.
        const AfterChangeReport again = afterwards.identitiesChanged({ id }, QStringLiteral("test"));
        QVERIFY(again.triggeredCampaigns.isEmpty());

        // A recurring campaign that fell due starts after a change of the whole estate, never in the middle
        // of one identity's change (a reviewer's decision in the desktop).
        CampaignTemplate quarterly;
        quarterly.name = QStringLiteral("Quarterly");
        quarterly.fallbackReviewer = QStringLiteral("governance@example.com");
        quarterly.nextRunAt = kStart;
        quarterly.createdBy = QStringLiteral("test");
        QVERIFY(TemplateService(store.database(), later).create(quarterly).ok());
        QVERIFY(afterwards.identitiesChanged({ id }, QStringLiteral("test")).scheduledCampaigns.isEmpty());
        QCOMPARE(afterwards.estateChanged(QStringLiteral("test")).scheduledCampaigns.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAfterChange)
#include "TestAfterChange.moc"
