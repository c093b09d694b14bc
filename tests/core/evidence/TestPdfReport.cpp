#include "core/evidence/PdfReport.h"

#include <QRegularExpression>
#include <QTest>

using namespace recertify;

/**
 * The signed report summarises a campaign of any size for people: every reviewer of a small campaign, and of a large
 * one the reviewers it waits on most, with a pointer to the file that lists them all.
 */
class TestPdfReport : public QObject
{
    Q_OBJECT

private slots:
    void listsTheReviewersACampaignWaitsOnFirst_data()
    {
        QTest::addColumn<int>("reviewers");
        QTest::addColumn<int>("listed");
        QTest::addColumn<bool>("saysHowManyInAll");
        QTest::addRow("a team of five: every one") << 5 << 5 << false;
        QTest::addRow("exactly the limit: every one")
            << PdfReport::kListedReviewers << PdfReport::kListedReviewers << false;
        QTest::addRow("4,000 owners at 100k identities: the limit, and how many in all")
            << 4000 << PdfReport::kListedReviewers << true;
    }

    void listsTheReviewersACampaignWaitsOnFirst()
    {
        QFETCH(int, reviewers);
        QFETCH(int, listed);
        QFETCH(bool, saysHowManyInAll);
        ReportData data;
        data.status.campaign.name = QStringLiteral("Q4 agents");
        for (int i = 0; i < reviewers; ++i) {
            // Reviewer i has i items pending: the last one added is the one the campaign waits on most.
            data.status.reviewers.append({ QStringLiteral("owner%1@example.com").arg(i), 10 + i, 10, 0 });
        }
        const QString html = PdfReport::html(data);
        static const QRegularExpression owner(QStringLiteral("<td>owner(\\d+)@example.com</td>"));
        QList<int> shown;
        for (auto it = owner.globalMatch(html); it.hasNext();)
            shown << it.next().captured(1).toInt();
        QCOMPARE(shown.size(), listed);
        QCOMPARE(shown.first(), reviewers - 1);
        QVERIFY(std::is_sorted(shown.cbegin(), shown.cend(), std::greater<>()));
        QCOMPARE(html.contains(QStringLiteral("campaign.json in this bundle lists them all")), saysHowManyInAll);
        QCOMPARE(html.contains(QLocale().toString(reviewers) + QStringLiteral(" reviewers in all")), saysHowManyInAll);
    }

    void rendersAPdf()
    {
        ReportData data;
        data.status.campaign.name = QStringLiteral("Q4 agents");
        data.status.reviewers.append({ QStringLiteral("ada@example.com"), 3, 1, 0 });
        QVERIFY(PdfReport::render(data).startsWith("%PDF"));
    }
};

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
