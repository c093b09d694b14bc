#include "core/storage/EstateWriter.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/SyncStore.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

using namespace recertify;

/**
 * What a partial input may take away, on both engines: the grants a binding or policy gave, named by how their
 * grantedVia begins (a binding) or by the whole policy ARN (never a longer ARN that starts the same).
 */
class TestSyncStore : public QObject
{
    Q_OBJECT

    static QStringList viasOf(const QSqlDatabase& db, qint64 id)
    {
        auto q = sql::run(
            db, QStringLiteral("SELECT granted_via FROM grants WHERE identity_id = ? ORDER BY granted_via"), { id });
        QStringList out;
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }

private slots:
    void clearsTheGrantsOfWhatAnInputListsWhole_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QStringList>("left");
        const QStringList all { QStringLiteral("arn:aws:iam::aws:policy/ReadOnly"),
                                QStringLiteral("arn:aws:iam::aws:policy/ReadOnly within boundary Cap"),
                                QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                                QStringLiteral("clusterrolebinding/a -> clusterrole/view"),
                                QStringLiteral("clusterrolebinding/ab -> clusterrole/view") };
        for (const QString& engine : test::engines()) {
            QTest::addRow("%s: a policy, not the longer ARN", qPrintable(engine))
                << engine << all.at(0) << QStringList { all.at(2), all.at(3), all.at(4) };
            QTest::addRow("%s: a binding, not the longer name", qPrintable(engine))
                << engine << QStringLiteral("clusterrolebinding/a -> *")
                << QStringList { all.at(0), all.at(1), all.at(2), all.at(4) };
            QTest::addRow("%s: what names nothing held", qPrintable(engine))
                << engine << QStringLiteral("rolebinding/ns/x -> *") << all;
            QTest::addRow("%s: a policy whose name ends in a dash, not a longer one", qPrintable(engine))
                << engine << QStringLiteral("arn:aws:iam::aws:policy/ReadOnly-") << all;
        }
    }

    void clearsTheGrantsOfWhatAnInputListsWhole()
    {
        QFETCH(QString, engine);
        QFETCH(QString, via);
        QFETCH(QStringList, left);
        RECERTIFY_OPEN_DB(store, engine);
        const QStringList vias { QStringLiteral("arn:aws:iam::aws:policy/ReadOnly"),
                                 QStringLiteral("arn:aws:iam::aws:policy/ReadOnly within boundary Cap"),
                                 QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                                 QStringLiteral("clusterrolebinding/a -> clusterrole/view"),
                                 QStringLiteral("clusterrolebinding/ab -> clusterrole/view") };
        qint64 id = 0;
        qint64 other = 0;
        QVERIFY(store.database()->transaction([&](QSqlDatabase& db) -> Status {
            EstateWriter writer(db);
            if (auto prepared = writer.prepare(); !prepared)
                return prepared;
            Identity i;
            i.source = QStringLiteral("aws");
            i.nativeId = QStringLiteral("AROAEXAMPLE");
            i.kind = QStringLiteral("iam-role");
            i.displayName = QStringLiteral("etl");
            i.status = QStringLiteral("active");
            auto inserted = writer.insertIdentity(i, QDateTime::currentDateTimeUtc());
            if (!inserted)
                return inserted.error();
            id = *inserted;
            i.nativeId = QStringLiteral("AROAOTHER");
            auto second = writer.insertIdentity(i, QDateTime::currentDateTimeUtc());
            if (!second)
                return second.error();
            other = *second;
            for (const QString& v : vias) {
                for (const qint64 holder : { id, other }) {
                    if (auto g
                        = writer.insertGrant(Grant { 0, holder, QStringLiteral("s3:GetObject"), QString(), v, {} });
                        !g)
                        return g;
                }
            }
            return {};
        }));
        QVERIFY(store.database()->transaction([&](QSqlDatabase& db) -> Status {
            SyncStore sync(db);
            auto holders = sync.holdersOfGrantsVia(QStringLiteral("aws"), via);
            if (!holders)
                return holders.error();
            if (left.size() < vias.size() && holders->size() != 2)
                return makeError(QStringLiteral("expected both holders"));
            if (left.size() == vias.size() && !holders->isEmpty())
                return makeError(QStringLiteral("expected no holder"));
            return sync.clearGrantsVia(id, { via });
        }));
        QStringList expected = left;
        expected.sort();
        QCOMPARE(viasOf(store.database()->connection(), id), expected);
        QCOMPARE(viasOf(store.database()->connection(), other).size(), vias.size()); // the other holder keeps all
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "TestSyncStore.moc"
