#include "analysis/DriftAnalyzer.h"
#include "TranslationScope.h"
#include "analysis/FindingText.h"

#include <QCoreApplication>
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
        facts.grants << Grant { 0, 1, QStringLiteral("s3:GetObject"), QStringLiteral("*"), QStringLiteral("policy"), now.addDays(-300) };
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
    void readInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("unused");
        QTest::addColumn<QString>("orphaned");
        QTest::addRow("English") << "en" << "s3:GetObject was not used in the last 90 days" << "no business owner";
        QTest::addRow("German") << "de" << "s3:GetObject wurde seit 90 Tagen nicht genutzt" << "kein fachlicher Eigentümer";
        QTest::addRow("French") << "fr" << "l'autorisation s3:GetObject n'a pas été utilisée depuis 90 jours" << "aucun propriétaire métier";
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

    void olderFindingsWithoutDataKeepTheirSentence()
    {
        QCOMPARE(FindingText::render(QString(), QStringLiteral("as stored")), QStringLiteral("as stored"));
        QCOMPARE(FindingText::render(QStringLiteral("not json"), QStringLiteral("as stored")), QStringLiteral("as stored"));
    }

    void anArgumentHoldingAPlaceholderIsNotReplacedAgain()
    {
        // A permission named "%2" (crafted input) must come out as written.
        const FindingText text { "DriftAnalyzer", "%1 through %2", { QStringLiteral("%2"), QStringLiteral("policy") }, -1 };
        QCOMPARE(FindingText::render(text.toData(), QString()), QStringLiteral("%2 through policy"));
    }
};

QTEST_GUILESS_MAIN(TestFindingText)
#include "TestFindingText.moc"
