#include "core/analysis/DriftAnalyzer.h"
#include "core/analysis/FindingText.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TranslationScope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace recertify;

/**
 * A finding reads in the reader's language, whatever language analysed it: its detail is kept as data (text,
 * count, arguments) and rendered when shown. One analysis in English, read in English, German and French.
 */
class TestFindingText : public QObject
{
    Q_OBJECT

    static QList<Finding> analysed()
    {
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        IdentityFacts facts;
        facts.identity.id = 1;
        facts.identity.source = QStringLiteral("aws");
        facts.identity.nativeId = QStringLiteral("AROA1");
        facts.identity.createdAt = now.addDays(-400);
        facts.identity.lastUsedAt = now.addDays(-1);
        facts.coverageDays = 90;
        facts.grants << Grant {
            0, 1, QStringLiteral("s3:GetObject"), QStringLiteral("*"), QStringLiteral("policy"), now.addDays(-300)
        };
        return DriftAnalyzer(now).analyze(facts);
    }

    static const Finding* of(const QList<Finding>& findings, const char* type)
    {
        for (const Finding& f : findings) {
            if (f.type == QLatin1String(type))
                return &f;
        }
        return nullptr;
    }

private slots:
    // Stored data is compared with what analysis writes to decide whether a finding changed: the hand-written form
    // must equal QJsonDocument's compact one byte for byte, whatever the arguments hold.
    void dataIsTheCompactJsonOfTheText_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("n");
        QTest::addRow("plain") << QStringList { QStringLiteral("s3:GetObject") } << -1;
        QTest::addRow("plural") << QStringList { QStringLiteral("90") } << 90;
        QTest::addRow("no arguments") << QStringList() << 0;
        QTest::addRow("quotes and backslashes")
            << QStringList { QStringLiteral("a\"b\\c"), QStringLiteral("/x/") } << -1;
        QTest::addRow("control characters") << QStringList { QStringLiteral("tab\tline\nret\rbell\x07\x1f\b\f") } << 3;
        QTest::addRow("unicode") << QStringList { QStringLiteral("Zoë → 東京 \U0001F600"), QString() } << -1;
        QTest::addRow("a lone surrogate")
            << QStringList { QString(QChar(0xd800)) + QStringLiteral("x"), QStringLiteral("y") + QChar(0xdc01) } << -1;
    }

    void dataIsTheCompactJsonOfTheText()
    {
        QFETCH(QStringList, args);
        QFETCH(int, n);
        const FindingText text { "DriftAnalyzer", QT_TR_NOOP("%1 was not used in the last %n days"), args, n };
        QCOMPARE(text.toData(), QString::fromUtf8(QJsonDocument(text.toJson()).toJson(QJsonDocument::Compact)));
        QCOMPARE(FindingText::render(text.toData(), QString()), text.render());
    }

    // Analysis looks each text up once; a language installed since the last run shows in the next one.
    void cachedRenderingFollowsTheLanguageOfTheRun()
    {
        const FindingText text { "DriftAnalyzer", QT_TR_NOOP("no business owner"), {}, -1 };
        FindingText::dropCache();
        QCOMPARE(text.renderCached(), QStringLiteral("no business owner"));
        const test::TranslationScope german(QStringLiteral("de"));
        QVERIFY(german.ok());
        QCOMPARE(text.renderCached(), QStringLiteral("no business owner")); // the run's cache holds
        FindingText::dropCache();
        QCOMPARE(text.renderCached(), QStringLiteral("kein fachlicher Eigentümer"));
        FindingText::dropCache();
    }

    void readInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("unused");
        QTest::addColumn<QString>("orphaned");
        QTest::addRow("English") << "en"
                                 << "s3:GetObject was not used in the last 90 days"
                                 << "no business owner";
        QTest::addRow("German") << "de"
                                << "s3:GetObject wurde seit 90 Tagen nicht genutzt"
                                << "kein fachlicher Eigentümer";
        QTest::addRow("French") << "fr"
                                << "l'autorisation s3:GetObject n'a pas été utilisée depuis 90 jours"
                                << "aucun propriétaire métier";
    }

    void readInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, unused);
        QFETCH(QString, orphaned);
        const QList<Finding> findings = analysed(); // analysed with no translation installed: English sentences
        const Finding* grant = of(findings, "unused-grant");
        const Finding* owner = of(findings, "orphaned");
        QVERIFY(grant && owner);
        QCOMPARE(grant->detail, QStringLiteral("s3:GetObject was not used in the last 90 days"));
        QVERIFY(!grant->detailData.isEmpty());
        const test::TranslationScope translation(language);
        QVERIFY(translation.ok());
        QCOMPARE(FindingText::render(grant->detailData, grant->detail), unused);
        QCOMPARE(FindingText::render(owner->detailData, owner->detail), orphaned);
    }

    // A credential's finding names its type by the code it is stored under: read in the reader's words.
    void aCredentialsTypeIsReadInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addRow("English") << "en"
                                 << "access key access_key_1 expires on 2027-01-31";
        QTest::addRow("German") << "de"
                                << "Zugriffsschlüssel access_key_1 läuft am 2027-01-31 ab";
    }

    void aCredentialsTypeIsReadInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const FindingText text { "DriftAnalyzer",
                                 QT_TR_NOOP("%1 %2 expires on %3"),
                                 { QStringLiteral("access-key"), QStringLiteral("access_key_1"),
                                   QStringLiteral("2027-01-31") } };
        const test::TranslationScope translation(language);
        QVERIFY(translation.ok());
        QCOMPARE(FindingText::render(text.toData(), QString()), expected);
    }

    // Why an identity is in a campaign is frozen as data too: a campaign started in English reads in German and French.
    void whyAnItemIsHereIsReadInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("finding");
        const QString nbsp(QChar(0x00a0));
        QTest::addRow("English") << "en"
                                 << "orphaned: no owner, routed to the fallback reviewer"
                                 << "in scope of orphaned"
                                 << "Orphaned (NHI1): no business owner";
        QTest::addRow("German") << "de"
                                << "verwaist: kein Eigentümer, an den Ersatzprüfer weitergeleitet"
                                << "im Umfang: orphaned"
                                << "Verwaist (NHI1): kein fachlicher Eigentümer";
        QTest::addRow("French")
            << "fr" << QStringLiteral("orpheline%1: aucun propriétaire, transmise au réviseur de repli").arg(nbsp)
            << QStringLiteral("dans le périmètre%1: orphaned").arg(nbsp)
            << QStringLiteral("Orpheline (NHI1)%1: aucun propriétaire métier").arg(nbsp);
    }

    void whyAnItemIsHereIsReadInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, reason);
        QFETCH(QString, scope);
        QFETCH(QString, finding);
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(DemoEstate::generate(*store.database(), { 60, 5, false }, Clock::instance()).ok());
        auto campaign = CampaignService(store.database())
                            .create({ QStringLiteral("orphans"), QDateTime::currentDateTimeUtc().addDays(7),
                                      QStringLiteral("orphaned"), QStringLiteral("gov@example.com"), QString(),
                                      QStringLiteral("test"), QString() });
        QVERIFY2(campaign.ok(), qPrintable(campaign.errorString()));
        auto items = ReviewService(store.database()).items(campaign.value());
        QVERIFY(items.ok());
        const ReviewItem* noOwner = nullptr;
        for (const ReviewItem& i : items.value()) {
            if (i.evidence.value(QStringLiteral("identity"))
                    .toObject()
                    .value(QStringLiteral("businessOwner"))
                    .toString()
                    .isEmpty())
                noOwner = &i;
        }
        QVERIFY(noOwner);
        QCOMPARE(noOwner->reason,
                 QStringLiteral("orphaned: no owner, routed to the fallback reviewer")); // made in English
        const QJsonArray why = noOwner->evidence.value(QStringLiteral("whyData")).toArray();
        QVERIFY(why.size() >= 3);

        const test::TranslationScope translation(language);
        QVERIFY(translation.ok());
        QCOMPARE(FindingText::render(noOwner->evidence.value(QStringLiteral("reasonData")).toObject(), noOwner->reason),
                 reason);
        QCOMPARE(FindingText::render(why.at(0).toObject(), QString()), scope);
        QStringList lines;
        for (const QJsonValue& w : why)
            lines << FindingText::render(w.toObject(), QString());
        QVERIFY2(lines.contains(finding), qPrintable(lines.join(QStringLiteral(" | "))));
    }

    // The sentence each frozen finding keeps beside its data is in the language the campaign was started in, even
    // when an earlier campaign in the same session was started in another.
    void aCampaignFreezesSentencesInItsOwnLanguage()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(DemoEstate::generate(*store.database(), { 60, 5, false }, Clock::instance()).ok());
        auto sentences = [&](const QString& name) {
            QStringList out;
            auto campaign
                = CampaignService(store.database())
                      .create({ name, QDateTime::currentDateTimeUtc().addDays(7), QStringLiteral("orphaned"),
                                QStringLiteral("gov@example.com"), QString(), QStringLiteral("test"), QString() });
            if (!campaign)
                return out;
            const auto items = ReviewService(store.database()).items(campaign.value());
            if (!items)
                return out;
            for (const ReviewItem& i : items.value()) {
                for (const QJsonValue& f : i.evidence.value(QStringLiteral("findings")).toArray())
                    out << f.toObject().value(QStringLiteral("detail")).toString();
            }
            return out;
        };
        QVERIFY(sentences(QStringLiteral("in English")).contains(QStringLiteral("no business owner")));
        const test::TranslationScope german(QStringLiteral("de"));
        QVERIFY(german.ok());
        const QStringList inGerman = sentences(QStringLiteral("auf Deutsch"));
        QVERIFY2(inGerman.contains(QStringLiteral("kein fachlicher Eigentümer")), qPrintable(inGerman.join(u'|')));
        QVERIFY(!inGerman.contains(QStringLiteral("no business owner")));
    }

    void olderFindingsWithoutDataKeepTheirSentence()
    {
        QCOMPARE(FindingText::render(QString(), QStringLiteral("as stored")), QStringLiteral("as stored"));
        QCOMPARE(FindingText::render(QStringLiteral("not json"), QStringLiteral("as stored")),
                 QStringLiteral("as stored"));
    }

    void anArgumentHoldingAPlaceholderIsNotReplacedAgain()
    {
        // A permission named "%2" (crafted input) must come out as written.
        const FindingText text {
            "DriftAnalyzer", "%1 through %2", { QStringLiteral("%2"), QStringLiteral("policy") }, -1
        };
        QCOMPARE(FindingText::render(text.toData(), QString()), QStringLiteral("%2 through policy"));
    }
};

QTEST_GUILESS_MAIN(TestFindingText)
#include "TestFindingText.moc"
