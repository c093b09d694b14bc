#include "core/util/KeySet.h"

#include <QRandomGenerator>
#include <QTest>
#include <set>

using namespace recertify;

/**
 * The set of event ids an import keeps to count a second delivery once: whatever is inserted and removed, in any
 * order and through every growth of the table, it answers as a plain set would.
 */
class TestKeySet : public QObject
{
    Q_OBJECT

private slots:
    void answersAsAPlainSet_data()
    {
        QTest::addColumn<int>("keys");
        QTest::addColumn<quint64>("mask"); // few distinct low bits: long runs that share a home slot
        QTest::addRow("200 keys, spread") << 200 << ~quint64(0);
        QTest::addRow("5,000 keys, spread") << 5000 << ~quint64(0);
        QTest::addRow("3,000 keys in 16 homes") << 3000 << quint64(0xFFFF'0000'0000'000F);
    }
    void answersAsAPlainSet()
    {
        QFETCH(int, keys);
        QFETCH(quint64, mask);
        QRandomGenerator random(20261206);
        KeySet set;
        std::set<quint64> plain;
        QVERIFY(!set.contains(1));
        QVERIFY(!set.erase(1));
        for (int step = 0; step < keys * 4; ++step) {
            const quint64 key = (random.generate64() & mask) | 1;
            switch (random.bounded(3)) {
            case 0:
            case 1:
                QCOMPARE(set.insert(key), plain.insert(key).second);
                break;
            default: {
                // Erase one that is there, most of the time.
                quint64 victim = key;
                if (!plain.empty() && random.bounded(4) != 0) {
                    const auto near = plain.lower_bound(key);
                    victim = near == plain.end() ? *plain.begin() : *near;
                }
                QCOMPARE(set.erase(victim), plain.erase(victim) == 1);
                break;
            }
            }
        }
        QCOMPARE(set.size(), plain.size());
        for (const quint64 key : plain)
            QVERIFY(set.contains(key));
        size_t visited = 0;
        set.forEach([&](quint64 key) {
            QVERIFY(plain.count(key) == 1);
            ++visited;
        });
        QCOMPARE(visited, plain.size());
        // Everything removed: nothing left to find.
        for (const quint64 key : std::set<quint64>(plain))
            QVERIFY(set.erase(key));
        QCOMPARE(set.size(), size_t(0));
        for (const quint64 key : plain)
            QVERIFY(!set.contains(key));
    }
};

QTEST_GUILESS_MAIN(TestKeySet)
#include "TestKeySet.moc"
