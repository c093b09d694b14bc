#include "core/domain/ReviewEvidence.h"
#include "core/review/ReviewService.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Sha256.h"
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

    // What the release before the direct writer hashed to decide "unchanged since the last review".
    static QByteArray stableAsReleasedBefore(const QJsonObject& evidence)
    {
        QJsonObject stable = evidence;
        for (const char* key : { "capturedAt", "version", "trustDebt", "why", "whyData", "reasonData", "attestations" })
            stable.remove(QString::fromLatin1(key));
        QJsonArray findings;
        for (const QJsonValue& f : evidence.value(QStringLiteral("findings")).toArray()) {
            QJsonObject o = f.toObject();
            for (const char* key : { "detail", "detailData", "since" })
                o.remove(QString::fromLatin1(key));
            findings.append(o);
        }
        stable.insert(QStringLiteral("findings"), findings);
        QJsonArray credentials;
        for (const QJsonValue& c : evidence.value(QStringLiteral("credentials")).toArray()) {
            QJsonObject o = c.toObject();
            o.remove(QStringLiteral("ageDays"));
            credentials.append(o);
        }
        stable.insert(QStringLiteral("credentials"), credentials);
        return QJsonDocument(stable).toJson(QJsonDocument::Compact);
    }

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
            // The fast writer campaigns use writes the bytes Qt writes, and hashes what the last release hashed:
            // an item certified before stays "unchanged since the last review" after an upgrade.
            QCOMPARE(e.toCompactJson(), QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            QCOMPARE(e.stableJson(), stableAsReleasedBefore(e.toJson()));
            auto stored = sql::run(store.database()->connection(),
                                   QStringLiteral("SELECT evidence_hash FROM review_items WHERE id = ?"), { item.id });
            QVERIFY(stored && stored->next());
            QCOMPARE(QString::fromLatin1(Sha256::hash(e.stableJson()).toHex()), stored->value(0).toString());
        }
        QVERIFY(withFindings > 0);
        QVERIFY(withCredentials > 0);
        QCOMPARE(withAttestations, int(items->size()));
    }

    void textAndFiguresOfEveryShapeAreWrittenAsQtWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("score");
        QTest::addRow("plain") << QStringLiteral("ci-deployer") << 12.5;
        QTest::addRow("quotes, backslash, controls") << QStringLiteral("a\"b\\c\n\t\r\b\f\x01\x1f end") << 0.1;
        QTest::addRow("accents and CJK") << QStringLiteral("Zoë's Größe 日本語") << 1e21;
        QTest::addRow("emoji (a surrogate pair)") << QStringLiteral("agent \U0001F916") << -3.0;
        QTest::addRow("a lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x") << 123456789.0;
        QTest::addRow("empty") << QString() << 0.0;
        QTest::addRow("whole numbers Qt keeps as integers") << QStringLiteral("1e5") << 1e5;
        QTest::addRow("a large whole number") << QStringLiteral("2e6") << -2e6;
        QTest::addRow("a whole number past 2^53") << QStringLiteral("1e16") << 1e16;
    }

    void textAndFiguresOfEveryShapeAreWrittenAsQtWritesThem()
    {
        QFETCH(QString, text);
        QFETCH(double, score);
        ReviewEvidence e;
        e.identity = { 42,
                       text,
                       text,
                       QStringLiteral("agent"),
                       QStringLiteral("mcp"),
                       QStringLiteral("active"),
                       text,
                       QString(),
                       text,
                       { text, QStringLiteral("read") },
                       {},
                       QDateTime::currentDateTimeUtc() };
        e.grants.append({ text, QString(), text, true, false, true });
        e.credentials.append({ text, text, -1, {}, QDateTime::currentDateTimeUtc() });
        e.findings.append({ QStringLiteral("unused-grant"),
                            text,
                            QStringLiteral("medium"),
                            text,
                            QStringLiteral("NHI5"),
                            {},
                            QJsonObject { { QStringLiteral("a"), QJsonArray { text, 7, score, true } },
                                          { text, QJsonValue() },
                                          { QStringLiteral("n"), qint64(1) << 60 } },
                            {} });
        e.debtScore = score;
        e.debtFactors.append({ text, score, {}, text });
        e.why << text;
        e.whyData << QJsonObject { { QStringLiteral("s"), text } };
        e.reasonData = QJsonObject { { QStringLiteral("list"), QJsonArray { QJsonObject {}, QJsonArray {} } } };
        e.coverage = { -1, 90, text };
        e.attestations.insert(text, { false, QDateTime::currentDateTimeUtc() });
        QCOMPARE(e.toCompactJson(), QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(e.stableJson(), stableAsReleasedBefore(e.toJson()));
        // A campaign hands the finding's data over as the analyser stored it (compact JSON), not parsed: the same
        // bytes.
        ReviewEvidence raw = e;
        for (ReviewEvidence::FindingLine& f : raw.findings) {
            f.detailJson = QJsonDocument(f.detailData).toJson(QJsonDocument::Compact);
            f.detailData = {};
        }
        QCOMPARE(raw.toCompactJson(), e.toCompactJson());
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
