#include "core/sync/SightedLog.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace recertify;

// The ids of one import, kept in memory up to a run's size and on disk beyond it: read back, they must come out
// exactly as if sorted in memory, repeats included, whatever the number of runs.
class TestSightedLog : public QObject
{
    Q_OBJECT

private slots:
    void readsBackEveryIdInOrder_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("runEvents");
        QTest::addColumn<int>("distinct"); // ids drawn from this many, so repeats happen
        QTest::addColumn<int>("runsOnDisk");
        QTest::addRow("fewer than a run: all in memory") << 1000 << 4096 << 300 << 0;
        QTest::addRow("exactly one run: on disk, nothing left in memory") << 512 << 512 << 100 << 1;
        QTest::addRow("many runs and a part-filled buffer") << 10007 << 1000 << 2500 << 10;
        QTest::addRow("a run per event") << 50 << 1 << 7 << 50;
        QTest::addRow("runs larger than a read block (64 Ki events)") << 200000 << 70000 << 150000 << 2;
    }

    void readsBackEveryIdInOrder()
    {
        QFETCH(int, events);
        QFETCH(int, runEvents);
        QFETCH(int, distinct);
        QFETCH(int, runsOnDisk);
        QRandomGenerator random(42);
        SightedLog log { size_t(runEvents) };
        std::vector<SightedEvent> expected;
        for (int i = 0; i < events; ++i) {
            const SightedEvent event { 1 + random.bounded(quint32(distinct)) * 0x9E3779B97F4A7C15ULL,
                                       random.bounded(4U), quint32(i % 2) };
            log.add(event);
            expected.push_back(event);
        }
        QCOMPARE(log.size(), qint64(events));
        QCOMPARE(log.spilled(), runsOnDisk);
        std::stable_sort(expected.begin(), expected.end());
        std::vector<SightedEvent> got;
        QVERIFY(log.forEachSorted([&got](const SightedEvent& e) -> Status {
                       got.push_back(e);
                       return {};
                   })
                    .ok());
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QVERIFY2(got[i].key == expected[i].key && got[i].aggregate == expected[i].aggregate,
                     qPrintable(QStringLiteral("at %1").arg(i)));
        }
        // Every (key, aggregate) keeps how many events it had, counted or not.
        QCOMPARE(std::count_if(got.begin(), got.end(), [](const SightedEvent& e) { return e.counted == 1; }),
                 std::count_if(expected.begin(), expected.end(), [](const SightedEvent& e) { return e.counted == 1; }));
    }

    void aFailingVisitStopsTheRead()
    {
        SightedLog log(2);
        for (quint64 key = 1; key <= 9; ++key)
            log.add({ key, 0, 1 });
        int seen = 0;
        const Status status = log.forEachSorted([&seen](const SightedEvent&) -> Status {
            return ++seen == 4 ? Status(makeError(QStringLiteral("the store is gone"))) : Status();
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.errorString(), QStringLiteral("the store is gone"));
        QCOMPARE(seen, 4);
    }
};

QTEST_GUILESS_MAIN(TestSightedLog)
#include "TestSightedLog.moc"
