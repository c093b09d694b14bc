#include "core/domain/ReviewEvidence.h"
#include "core/review/ReviewService.h"
#include "core/storage/SqlUtil.h"
#include "tests/support/CampaignEstate.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recertify;

/**
 * What a reviewer saw is read through one struct by the queue, the evidence page and the command
 * line: every item a campaign freezes reads back field for field and writes back byte for byte, and
 * items frozen before the version field read as version 1 without losing anything.
 */
class TestReviewEvidence : public QObject
{
    Q_OBJECT

private slots:
    void everyFrozenItemReadsBackAsItWasWritten()
    {
        test::TestDatabase store;
        QVERIFY2(store.database(), qPrintable(store.error()));
        const test::CampaignEstate estate = test::openCampaign(store.database(), 300, 7);
        QVERIFY(estate.campaign > 0);
        auto items = ReviewService(store.database()).items(estate.campaign);
        QVERIFY(items);
        QVERIFY(items->size() > 100);
        int withFindings = 0, withCredentials = 0, withAttestations = 0;
        for (const ReviewItem& item : items.value()) {
            const ReviewEvidence e = ReviewEvidence::fromJson(item.evidence);
            QCOMPARE(e.version, ReviewEvidence::kVersion);
            QCOMPARE(e.identity.id, item.identityId);
            QCOMPARE(e.identity.displayName, item.displayName);
            QVERIFY(e.used + e.unused <= e.granted);
            QVERIFY(e.capturedAt.isValid());
            withFindings += !e.findings.isEmpty();
            withCredentials += !e.credentials.isEmpty();
            withAttestations += e.attestations.size() == 3;
            // Written back, it is the very object the store froze: nothing is dropped or reshaped.
            QCOMPARE(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact),
                     QJsonDocument(item.evidence).toJson(QJsonDocument::Compact));
        }
        QVERIFY(withFindings > 0);
        QVERIFY(withCredentials > 0);
        QCOMPARE(withAttestations, int(items->size()));
    }

    void evidenceFrozenBeforeTheVersionFieldReadsAsVersionOne_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("grants");
        QTest::addColumn<bool>("noActivityData");
        QTest::addColumn<int>("ageDays");
        // As stored by releases before the field: no version, no attestations, no usage coverage.
        QTest::addRow("an item from before usage coverage")
            << QByteArray(R"({"identity":{"id":4,"displayName":"ci-deployer","kind":"iam-role","source":"aws"},
                "granted":2,"used":1,"unused":1,"grants":[{"permission":"s3:GetObject","used":true},
                {"permission":"s3:PutObject","used":false}],"proposedReduce":["s3:PutObject"],
                "credentials":[{"type":"access-key","credentialId":"AKIA…","ageDays":400}],
                "trustDebt":{"score":12.5,"factors":[]}})")
            << 1 << 2 << false << 400;
        QTest::addRow("an item whose source had no activity data")
            << QByteArray(R"({"identity":{"id":9},"grants":[{"permission":"get pods"}],
                "usageCoverage":{"days":0,"windowDays":90,"scope":"k8s"},
                "credentials":[{"type":"sa-token","credentialId":"t","ageDays":null}]})")
            << 1 << 1 << true << -1;
        QTest::addRow("a versioned item")
            << QByteArray(R"({"version":2,"identity":{"id":1}})") << 2 << 0 << false << -2;
    }

    void evidenceFrozenBeforeTheVersionFieldReadsAsVersionOne()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, version);
        QFETCH(int, grants);
        QFETCH(bool, noActivityData);
        QFETCH(int, ageDays);
        const ReviewEvidence e = ReviewEvidence::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(e.version, version);
        QCOMPARE(int(e.grants.size()), grants);
        QCOMPARE(e.coverage.noActivityData(), noActivityData);
        if (ageDays >= -1) {
            QCOMPARE(e.credentials.size(), 1);
            QCOMPARE(e.credentials.first().ageDays, ageDays);
        }
        // An old item's attestations are all asked: nothing was certified before the field existed.
        QVERIFY(e.attestations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewEvidence)
#include "TestReviewEvidence.moc"
