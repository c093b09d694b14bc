#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignPreview.h"
#include "core/review/CampaignService.h"
#include "core/storage/SqlUtil.h"
#include "tests/support/TestDatabase.h"

using namespace recertify;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

int scalar(const Database& database, const QString& statement)
{
    auto q = sql::run(database.connection(), statement);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

/**
 * A manager sees what a campaign will do before it starts, and the preview is the truth: the same identities,
 * the same reviewers with the same counts, as the campaign then created. Cancelling creates nothing.
 */
class TestCampaignPreview : public QObject
{
    Q_OBJECT

private slots:
    void thePreviewIsWhatTheCampaignDoes_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("fallback");
        for (const QString& engine : test::engines()) {
            QTest::addRow("%s: everything, with a fallback", qPrintable(engine)) << engine << ""
                                                                                 << "governance@example.com";
            QTest::addRow("%s: AI agents with debt", qPrintable(engine)) << engine << "kind=ai-agent debt>=20"
                                                                         << "governance@example.com";
            QTest::addRow("%s: orphans only", qPrintable(engine)) << engine << "orphaned"
                                                                  << "governance@example.com";
        }
    }

    void thePreviewIsWhatTheCampaignDoes()
    {
        QFETCH(QString, engine);
        QFETCH(QString, scope);
        QFETCH(QString, fallback);
        RECERTIFY_OPEN_DB(store, engine);
        FixedClock clock(kNow);
        QVERIFY(DemoEstate::generate(*store.database(), { 150, 5, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        CampaignRequest request { QStringLiteral("Q4"),   kNow.addDays(14), scope, fallback, QString(),
                                  QStringLiteral("test"), QString() };
        auto preview = CampaignPreview::of(store.database(), request);
        QVERIFY2(preview.ok(), qPrintable(preview.errorString()));
        QVERIFY(preview->identities > 0);
        QCOMPARE(preview->unrouted, 0);
        int itemsPreviewed = 0;
        for (const auto& [reviewer, items] : preview->reviewers)
            itemsPreviewed += items;
        QCOMPARE(itemsPreviewed, preview->identities);
        QVERIFY(preview->summary().contains(QString::number(preview->identities)));

        auto id = CampaignService(store.database(), clock).create(request);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM review_items WHERE campaign_id = %1").arg(id.value())),
                 preview->identities);
        for (const auto& [reviewer, items] : preview->reviewers) {
            QCOMPARE(
                scalar(*store.database(),
                       QStringLiteral("SELECT COUNT(*) FROM review_items WHERE campaign_id = %1 AND reviewer = '%2'")
                           .arg(id.value())
                           .arg(reviewer)),
                items);
        }
    }

    void withoutAFallbackThePreviewSaysWhoIsLeftOut()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        FixedClock clock(kNow);
        QVERIFY(DemoEstate::generate(*store.database(), { 150, 5, false }, clock).ok());
        auto preview = CampaignPreview::of(
            store.database(), { QStringLiteral("Q4"), kNow.addDays(14), QString(), QString(), QString(), {}, {} });
        QVERIFY(preview.ok());
        QVERIFY(preview->unrouted > 0);
        QCOMPARE(preview->toFallback, 0);
        QVERIFY2(preview->summary().contains(QStringLiteral("name a fallback reviewer")),
                 qPrintable(preview->summary()));
        auto none = CampaignPreview::of(store.database(),
                                        { QStringLiteral("Q4"),
                                          kNow.addDays(14),
                                          QStringLiteral("kind=certificate debt>=101"),
                                          QString(),
                                          QString(),
                                          {},
                                          {} });
        QVERIFY(none.ok());
        QCOMPARE(none->identities, 0);
        QCOMPARE(none->summary(), CampaignPreview::tr("No identity matches this scope."));
    }

    // Creation refuses as the preview warns, before it builds a single item (it built every item of 100,000 first,
    // 4.4 s, to say so), naming as many as the preview counts and the first of them; nothing is written.
    void withoutAFallbackCreationSaysWhoIsLeftOutFirst()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        FixedClock clock(kNow);
        QVERIFY(DemoEstate::generate(*store.database(), { 150, 5, false }, clock).ok());
        const CampaignRequest request {
            QStringLiteral("Q4"), kNow.addDays(14), QString(), QString(), QString(), {}, {}
        };
        auto preview = CampaignPreview::of(store.database(), request);
        QVERIFY(preview.ok());
        QVERIFY(preview->unrouted > 0);
        int progressCalls = 0;
        auto id = CampaignService(store.database(), clock).create(request, [&](int, int) {
            ++progressCalls;
            return true;
        });
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, QStringLiteral("fallbackReviewer"));
        QVERIFY2(id.errorString().startsWith(QString::number(preview->unrouted) + QLatin1String(" identities")),
                 qPrintable(id.errorString()));
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT display_name FROM identities i LEFT JOIN people p ON p.email = "
                                         "i.business_owner WHERE i.business_owner IS NULL OR p.active = 0 "
                                         "OR p.email IS NULL ORDER BY i.id LIMIT 1"));
        QVERIFY(q.ok() && q->next());
        QVERIFY2(id.errorString().contains(QStringLiteral("(first: %1)").arg(q->value(0).toString())),
                 qPrintable(id.errorString()));
        QCOMPARE(progressCalls, 0);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
    }

    void cancellingCreatesNothing()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        FixedClock clock(kNow);
        QVERIFY(DemoEstate::generate(*store.database(), { 400, 5, false }, clock).ok());
        const int auditRows = scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        int calls = 0;
        auto id = CampaignService(store.database(), clock)
                      .create({ QStringLiteral("Q4"),
                                kNow.addDays(14),
                                QString(),
                                QStringLiteral("governance@example.com"),
                                QString(),
                                QStringLiteral("test"),
                                {} },
                              [&](int done, int total) {
                                  ++calls;
                                  return done < total / 2; // the manager pressed Cancel halfway
                              });
        QVERIFY(!id.ok());
        QVERIFY2(id.errorString().contains(QStringLiteral("Cancelled")), qPrintable(id.errorString()));
        QVERIFY(calls >= 2);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM review_items")), 0);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditRows);
    }
};

QTEST_GUILESS_MAIN(TestCampaignPreview)
#include "TestCampaignPreview.moc"
