#include "core/analysis/TrustDebtScorer.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>
#include <QTest>

using namespace recertify;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

Finding finding(const char* type, int daysOpen, const char* subject = "")
{
    return Finding { 7,
                     QString::fromLatin1(type),
                     QString::fromLatin1(subject),
                     QStringLiteral("medium"),
                     QStringLiteral("detail"),
                     QString(),
                     kNow.addDays(-daysOpen),
                     QString() };
}

const DebtFactor* factor(const TrustDebt& debt, const QString& type)
{
    for (const DebtFactor& f : debt.factors) {
        if (f.factor == type)
            return &f;
    }
    return nullptr;
}

} // namespace

/**
 * Trust debt is debt with interest (ARCHITECTURE.md, "Trust debt"): each figure below is worked
 * out by hand from the weights table (principal, interest per day, cap per factor).
 */
class TestTrustDebtScorer : public QObject
{
    Q_OBJECT

private slots:
    void principalPlusInterest_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("daysOpen");
        QTest::addColumn<double>("points");

        QTest::addRow("orphaned opened today is its principal, 15") << "orphaned" << 0 << 15.0;
        QTest::addRow("orphaned for 100 days is 15 + 100 x 0.05 = 20") << "orphaned" << 100 << 20.0;
        QTest::addRow("orphaned for 400 days is capped at 25") << "orphaned" << 400 << 25.0;
        QTest::addRow("admin-grant for 100 days is 30 + 5 = 35") << "admin-grant" << 100 << 35.0;
        QTest::addRow("admin-grant for 1000 days is capped at 40") << "admin-grant" << 1000 << 40.0;
        QTest::addRow("stale-credential for 35 days is 6 + 0.7 = 6.7") << "stale-credential" << 35 << 6.7;
        QTest::addRow("unused-grant for 50 days is 1 + 0.5 = 1.5") << "unused-grant" << 50 << 1.5;
        QTest::addRow("out-of-scope-action for 3 days is 8 + 0.3 = 8.3") << "out-of-scope-action" << 3 << 8.3;
        QTest::addRow("human-use for 20 days is 10 + 1 = 11") << "human-use" << 20 << 11.0;
        QTest::addRow("no-purpose for 100 days is 2 + 0.5 = 2.5") << "no-purpose" << 100 << 2.5;
        QTest::addRow("expiring-credential earns no interest") << "expiring-credential" << 25 << 2.0;
        QTest::addRow("a condition dated in the future is its principal") << "dormant" << -5 << 5.0;
    }

    void principalPlusInterest()
    {
        QFETCH(QString, type);
        QFETCH(int, daysOpen);
        QFETCH(double, points);
        const TrustDebt debt = TrustDebtScorer(kNow).score({ finding(qPrintable(type), daysOpen) });
        QCOMPARE(debt.factors.size(), 1);
        QCOMPARE(debt.factors.first().factor, type);
        QCOMPARE(debt.factors.first().points, points);
        QCOMPARE(debt.factors.first().count, 1);
        QCOMPARE(debt.score, points);
    }

    void aFindingWithNoStartIsItsPrincipal()
    {
        Finding f = finding("orphaned", 0);
        f.since = QDateTime();
        QCOMPARE(TrustDebtScorer(kNow).score({ f }).score, 15.0);
    }

    void interestGrowsDayByDay()
    {
        const QList<Finding> findings { finding("orphaned", 10) };
        const double today = TrustDebtScorer(kNow).score(findings).score;
        const double in30Days = TrustDebtScorer(kNow.addDays(30)).score(findings).score;
        QCOMPARE(today, 15.5);
        QCOMPARE(in30Days, 17.0);
    }

    void findingsOfOneTypeAddUpUnderTheCap()
    {
        const TrustDebtScorer scorer(kNow);
        // Two unused grants of 50 days: 1.5 each.
        const TrustDebt two = scorer.score(
            { finding("unused-grant", 50, "s3:PutObject"), finding("unused-grant", 50, "iam:PassRole") });
        QCOMPARE(two.factors.size(), 1);
        QCOMPARE(two.factors.first().points, 3.0);
        QCOMPARE(two.factors.first().count, 2);
        QCOMPARE(two.score, 3.0);

        // Ten of 200 days would be 10 x 3 = 30: the factor stops at its cap of 12.
        QList<Finding> many;
        for (int i = 0; i < 10; ++i)
            many << finding("unused-grant", 200, qPrintable(QStringLiteral("s3:Action%1").arg(i)));
        const TrustDebt capped = scorer.score(many);
        QCOMPARE(capped.factors.first().points, 12.0);
        QCOMPARE(capped.factors.first().count, 10);
        QCOMPARE(capped.score, 12.0);
    }

    void theTotalIsCappedAt100()
    {
        // 40 (admin) + 25 (orphaned) + 25 (expired-active) + 20 (out of scope) = 110.
        const TrustDebt debt
            = TrustDebtScorer(kNow).score({ finding("admin-grant", 500), finding("orphaned", 400),
                                            finding("expired-active", 200), finding("out-of-scope-action", 200) });
        QCOMPARE(debt.factors.size(), 4);
        double sum = 0;
        for (const DebtFactor& f : debt.factors)
            sum += f.points;
        QCOMPARE(sum, 110.0);
        QCOMPARE(debt.score, 100.0);
    }

    void aFactorIsOpenSinceItsEarliestFinding()
    {
        const TrustDebt debt = TrustDebtScorer(kNow).score(
            { finding("unused-grant", 10, "a"), finding("unused-grant", 50, "b"), finding("unused-grant", 30, "c") });
        QCOMPARE(debt.factors.size(), 1);
        QCOMPARE(debt.factors.first().since, Timestamp::fromIso(QStringLiteral("2026-10-04T09:00:00Z")));
        QCOMPARE(debt.factors.first().points, 1.1 + 1.5 + 1.3);
    }

    void factorsFollowTheWeightsTable()
    {
        // Given in reverse, they come back in the table's order; unknown types add nothing.
        QList<Finding> findings;
        const auto all = TrustDebtWeights::all();
        for (auto it = all.rbegin(); it != all.rend(); ++it)
            findings << finding(it->type, 1);
        findings << finding("not-a-finding-type", 100);
        const TrustDebt debt = TrustDebtScorer(kNow).score(findings);
        QCOMPARE(debt.factors.size(), qsizetype(all.size()));
        for (qsizetype i = 0; i < debt.factors.size(); ++i) {
            QCOMPARE(debt.factors.at(i).factor, QString::fromLatin1(all[size_t(i)].type));
            QCOMPARE(debt.factors.at(i).owasp, QString::fromLatin1(all[size_t(i)].owasp));
        }
        QVERIFY(!factor(debt, QStringLiteral("not-a-finding-type")));
        // Every condition at once is far more than 100.
        QCOMPARE(debt.score, 100.0);
        // The table reads high before medium before low.
        const QStringList order { QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") };
        for (size_t i = 1; i < all.size(); ++i)
            QVERIFY2(order.indexOf(QString::fromLatin1(all[i - 1].severity))
                         <= order.indexOf(QString::fromLatin1(all[i].severity)),
                     all[i].type);
    }

    void unknownTypesScoreNothing()
    {
        const TrustDebt debt = TrustDebtScorer(kNow).score({ finding("not-a-finding-type", 100) });
        QCOMPARE(debt.score, 0.0);
        QVERIFY(debt.factors.isEmpty());
        QCOMPARE(TrustDebtScorer(kNow).score({}).score, 0.0);
    }

    void everyFindingTypeOfTheCliContractHasAWeight()
    {
        const QStringList cliTypes { "unused-grant", "out-of-scope-action", "scope-creep", "admin-grant",
                                     "stale-credential", "expiring-credential", "expired-active", "never-used",
                                     "dormant", "orphaned", "no-purpose", "no-expiry", "review-overdue", "human-use",
                                     // added to the contract with the real-world importers (add, never rename)
                                     "open-trust", "destructive-tool", "unresolved-grant",
                                     // a reviewer's reduce decision, until the next sync no longer lists the grant
                                     "removal-pending",
                                     // below administrator, every user's data or deleting at large
                                     "sensitive-grant" };
        QCOMPARE(qsizetype(TrustDebtWeights::all().size()), cliTypes.size());
        for (const QString& type : cliTypes)
            QVERIFY2(TrustDebtWeights::of(type), qPrintable(type));
        QVERIFY(!TrustDebtWeights::of(QStringLiteral("Orphaned")));
    }

    void everyWeightIsExplainable()
    {
        static const QRegularExpression nhi(QStringLiteral("^NHI([1-9]|10)$"));
        for (const DebtWeight& w : TrustDebtWeights::all()) {
            const QString type = QString::fromLatin1(w.type);
            QVERIFY2(nhi.match(QString::fromLatin1(w.owasp)).hasMatch(), w.type);
            QVERIFY2(!TrustDebtWeights::owaspTitle(QString::fromLatin1(w.owasp)).isEmpty(), w.type);
            const QString description = TrustDebtWeights::describe(type);
            QVERIFY2(!description.isEmpty() && description != type, w.type);
            QVERIFY2(QStringList({ "high", "medium", "low" }).contains(QString::fromLatin1(w.severity)), w.type);
            QVERIFY2(w.principal > 0 && w.perDay >= 0 && w.cap >= w.principal, w.type);
        }
    }

    void owaspCodesMatchTheirMeaning_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("owasp");
        QTest::addColumn<QString>("title");
        QTest::addRow("an orphan is improper offboarding") << "orphaned"
                                                           << "NHI1"
                                                           << "Improper Offboarding";
        QTest::addRow("an expired but enabled identity is improper offboarding") << "expired-active"
                                                                                 << "NHI1"
                                                                                 << "Improper Offboarding";
        QTest::addRow("an admin grant is an overprivileged NHI") << "admin-grant"
                                                                 << "NHI5"
                                                                 << "Overprivileged NHI";
        QTest::addRow("an unused grant is an overprivileged NHI") << "unused-grant"
                                                                  << "NHI5"
                                                                  << "Overprivileged NHI";
        QTest::addRow("a stale credential is a long-lived secret") << "stale-credential"
                                                                   << "NHI7"
                                                                   << "Long-Lived Secrets";
        QTest::addRow("human use is human use of an NHI") << "human-use"
                                                          << "NHI10"
                                                          << "Human Use of NHI";
    }

    void owaspCodesMatchTheirMeaning()
    {
        QFETCH(QString, type);
        QFETCH(QString, owasp);
        QFETCH(QString, title);
        QCOMPARE(QString::fromLatin1(TrustDebtWeights::of(type)->owasp), owasp);
        QCOMPARE(TrustDebtWeights::owaspTitle(owasp), title);
    }

    void owaspTitlesOutsideTheTopTenAreEmpty()
    {
        QVERIFY(TrustDebtWeights::owaspTitle(QStringLiteral("NHI0")).isEmpty());
        QVERIFY(TrustDebtWeights::owaspTitle(QStringLiteral("NHI11")).isEmpty());
        QVERIFY(TrustDebtWeights::owaspTitle(QStringLiteral("CWE79")).isEmpty());
    }

    void resolvingAFindingPaysOffExactlyItsShare_data()
    {
        QTest::addColumn<int>("resolve");
        QTest::addColumn<double>("after");
        // orphaned 100 d = 20, no-purpose 100 d = 2.5, unused-grant 50 d = 1.5 twice, stale 35 d = 6.7: 32.2.
        QTest::addRow("the orphan (20)") << 0 << 12.2;
        QTest::addRow("the missing purpose (2.5)") << 1 << 29.7;
        QTest::addRow("one of two unused grants (1.5)") << 2 << 30.7;
        QTest::addRow("the stale key (6.7)") << 4 << 25.5;
    }

    void resolvingAFindingPaysOffExactlyItsShare()
    {
        QFETCH(int, resolve);
        QFETCH(double, after);
        QList<Finding> findings { finding("orphaned", 100), finding("no-purpose", 100),
                                  finding("unused-grant", 50, "s3:PutObject"),
                                  finding("unused-grant", 50, "iam:PassRole"),
                                  finding("stale-credential", 35, "AKIA1") };
        const TrustDebtScorer scorer(kNow);
        QCOMPARE(scorer.score(findings).score, 32.2);
        findings.removeAt(resolve);
        QCOMPARE(scorer.score(findings).score, after);
    }
};

QTEST_GUILESS_MAIN(TestTrustDebtScorer)
#include "TestTrustDebtScorer.moc"
