#include "ui/charts/ChartFactory.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>
#include <cmath>

using namespace recertify;

/** Charts tell the truth to everyone: whole-number ticks for counts, and the same figures in words. */
class TestCharts : public QObject
{
    Q_OBJECT

    static QValueAxis* valueAxis(QChartView* view)
    {
        for (QAbstractAxis* axis : view->chart()->axes()) {
            if (auto* value = qobject_cast<QValueAxis*>(axis))
                return value;
        }
        return nullptr;
    }

private slots:
    void countsGetWholeNumberTicks_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("top");
        QTest::addColumn<int>("ticks");
        QTest::addRow("nothing yet: 0 and 1") << 0 << 1 << 2;
        QTest::addRow("two items: 0 1 2, never 0 0.5 1 1.5 2") << 2 << 2 << 3;
        QTest::addRow("three items") << 3 << 3 << 4;
        QTest::addRow("seven items step by 2") << 7 << 8 << 5;
        QTest::addRow("59 items step by 20, never 0 15 30 44 59") << 59 << 60 << 4;
        QTest::addRow("291 items step by 100") << 291 << 300 << 4;
        QTest::addRow("1,234 items step by 500") << 1234 << 1500 << 4;
    }

    void countsGetWholeNumberTicks()
    {
        QFETCH(int, items);
        QFETCH(int, top);
        QFETCH(int, ticks);
        for (QChartView* view :
             { ChartFactory::reviewerProgress({ { QStringLiteral("ada@example.com"), items, 0 } }, nullptr),
               ChartFactory::burndown({ { QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), items } },
                                      QDateTime(QDate(2026, 12, 31), QTime(9, 0), Qt::UTC), nullptr) }) {
            QValueAxis* axis = valueAxis(view);
            QVERIFY(axis);
            QCOMPARE(axis->min(), 0.0);
            QCOMPARE(axis->max(), double(top));
            QCOMPARE(axis->tickCount(), ticks);
            const double step = axis->max() / (axis->tickCount() - 1);
            QCOMPARE(step, std::round(step)); // every tick a whole number
            QVERIFY(axis->tickCount() <= 6);
            delete view;
        }
    }

    void everyChartSaysItsFiguresInWords()
    {
        // Screen readers get the chart's title and its figures; sighted users the same in the chart.
        std::unique_ptr<QChartView> reviewers(ChartFactory::reviewerProgress(
            { { QStringLiteral("ada@example.com"), 59, 12 }, { QStringLiteral("tariq.li@example.com"), 21, 21 } },
            nullptr));
        QCOMPARE(reviewers->accessibleName(), ChartFactory::tr("Progress per reviewer (@%1)").arg("example.com"));
        QVERIFY2(reviewers->accessibleDescription().contains(QStringLiteral("ada@example.com: 12 of 59 decided")),
                 qPrintable(reviewers->accessibleDescription()));
        QVERIFY(reviewers->accessibleDescription().contains(QStringLiteral("tariq.li@example.com: 21 of 21 decided")));

        std::unique_ptr<QChartView> spread(ChartFactory::debtDistribution({ { 0, 9, 120 }, { 10, 19, 3 } }, nullptr));
        QVERIFY2(spread->accessibleDescription().contains(QStringLiteral("0 to 9: 120 identities")),
                 qPrintable(spread->accessibleDescription()));

        SnapshotPoint point;
        point.takenAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        point.granted = 40;
        point.used = 12;
        point.unused = 28;
        point.outOfScope = 3;
        point.trustDebt = 41.5;
        std::unique_ptr<QChartView> drift(ChartFactory::driftOverTime({ point }, QStringLiteral("Drift"), nullptr));
        QVERIFY2(
            drift->accessibleDescription().contains(QStringLiteral("40 granted, 12 used, 28 unused, 3 out of scope")),
            qPrintable(drift->accessibleDescription()));
        std::unique_ptr<QChartView> top(ChartFactory::topByDebt({ { QStringLiteral("billing-bot"), 87.5 } }, nullptr));
        QVERIFY(top->accessibleDescription().contains(QStringLiteral("billing-bot: 87.5")));
    }

    // Every grant used: Used lies on Granted, which must still be seen around it and not cut by the plot's edge;
    // with one snapshot, which draws no line, Granted keeps its point.
    void grantedStaysInSightUnderUsed_data()
    {
        QTest::addColumn<int>("snapshots");
        QTest::addRow("one snapshot: a point") << 1;
        QTest::addRow("a week: a line") << 2;
    }

    void grantedStaysInSightUnderUsed()
    {
        QFETCH(int, snapshots);
        SnapshotPoint point;
        point.takenAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        point.granted = 4;
        point.used = 4;
        SnapshotPoint later = point;
        later.takenAt = point.takenAt.addDays(7);
        const QList<SnapshotPoint> points
            = snapshots == 1 ? QList<SnapshotPoint> { point } : QList<SnapshotPoint> { point, later };
        std::unique_ptr<QChartView> drift(ChartFactory::driftOverTime(points, QStringLiteral("Drift"), nullptr));
        QValueAxis* axis = valueAxis(drift.get());
        QVERIFY(axis);
        QVERIFY2(axis->max() > 4, qPrintable(QString::number(axis->max())));
        QLineSeries* granted = nullptr;
        QLineSeries* used = nullptr;
        for (QAbstractSeries* s : drift->chart()->series()) {
            if (s->name() == ChartFactory::tr("Granted"))
                granted = qobject_cast<QLineSeries*>(s);
            if (s->name() == ChartFactory::tr("Used"))
                used = qobject_cast<QLineSeries*>(s);
        }
        QVERIFY(granted && used);
        QVERIFY(drift->chart()->series().indexOf(granted) < drift->chart()->series().indexOf(used)); // drawn first
        QVERIFY2(granted->pen().widthF() >= 2 * used->pen().widthF(), "Granted is no wider than Used");
        QCOMPARE(granted->pointsVisible(), snapshots == 1);
        QVERIFY(axis->tickCount() <= 6);
    }

    // Dates on a time axis: one tick a day while there are few (never the same day twice), whole days, and the
    // year once the span leaves the current one.
    void datesAreNamedOnceAndWithTheirYear_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("otherYear");
        QTest::addRow("one snapshot") << 0 << false;
        QTest::addRow("two days") << 2 << false;
        QTest::addRow("a month") << 30 << false;
        QTest::addRow("into next year") << 400 << true;
    }

    void datesAreNamedOnceAndWithTheirYear()
    {
        QFETCH(int, days);
        QFETCH(bool, otherYear);
        const QDateTime start(QDate(QDate::currentDate().year(), 1, 5), QTime(9, 30), Qt::UTC);
        SnapshotPoint first;
        first.takenAt = start;
        first.granted = 10;
        SnapshotPoint last = first;
        last.takenAt = start.addDays(days);
        std::unique_ptr<QChartView> drift(
            ChartFactory::driftOverTime({ first, last }, QStringLiteral("Drift"), nullptr));
        QDateTimeAxis* axis = nullptr;
        for (QAbstractAxis* a : drift->chart()->axes())
            axis = axis ? axis : qobject_cast<QDateTimeAxis*>(a);
        QVERIFY(axis);
        QCOMPARE(axis->min().toUTC().time(), QTime(0, 0));
        QCOMPARE(axis->max().toUTC().time(), QTime(0, 0));
        const qint64 span = axis->min().daysTo(axis->max());
        QVERIFY(axis->tickCount() <= span + 1); // ticks at least a day apart: no date twice
        QCOMPARE(axis->format().contains(QStringLiteral("yyyy")), otherYear);
    }
};

QTEST_MAIN(TestCharts)
#include "TestCharts.moc"
