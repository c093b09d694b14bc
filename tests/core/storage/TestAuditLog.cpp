#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"
#include "tests/support/TestDatabase.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <functional>

using namespace recertify;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString kGenesis(64, u'0');

// Appends rows first..last in one transaction, row n about identity n with payload {"n": n}.
Status appendRows(const Database& database, int first, int last)
{
    return database.transaction([&](QSqlDatabase& db) -> Status {
        AuditLog log(db);
        for (int n = first; n <= last; ++n) {
            if (auto st = log.append(kNow.addSecs(n), QStringLiteral("test:ada"), QStringLiteral("owners.set"),
                                     QStringLiteral("identity"), QString::number(n),
                                     QJsonObject { { QStringLiteral("n"), n } });
                !st)
                return st;
        }
        return {};
    });
}

Result<AuditVerification> verify(const Database& database)
{
    return AuditLog::verify(database.connection());
}

bool exec(const Database& database, const QString& statement, std::initializer_list<QVariant> values = {})
{
    auto q = sql::run(database.connection(), statement, values);
    if (!q)
        qWarning() << q.errorString();
    return q.ok();
}

/**
 * Someone with the owner's access edits the log behind the app's back. On PostgreSQL the server
 * refuses edits and deletions outright, so the tamperer must first switch its guard off.
 */
bool tamper(const Database& database, const QString& statement, std::initializer_list<QVariant> values = {})
{
    if (database.dialect().engine() == SqlDialect::Engine::PostgreSQL
        && !exec(database, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")))
        return false;
    return exec(database, statement, values);
}

AuditEntry sample()
{
    AuditEntry e;
    e.seq = 1;
    e.at = kNow;
    e.actor = QStringLiteral("cli:ada");
    e.action = QStringLiteral("owners.set");
    e.entity = QStringLiteral("identity");
    e.entityId = QStringLiteral("42");
    e.payload = QStringLiteral(R"({"business":"ada@example.com"})");
    e.prevHash = kGenesis;
    return e;
}

} // namespace

using EntryEdit = std::function<void(AuditEntry&)>;
Q_DECLARE_METATYPE(EntryEdit)

/** The hash chain is the evidence that nobody rewrote history: edits and deletions are named by row. */
class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void anIntactChainVerifies_data() { test::engineRows(); }
    void anIntactChainVerifies()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        auto empty = verify(*store.database());
        QVERIFY2(empty.ok(), qPrintable(empty.errorString()));
        QVERIFY(empty->ok());
        QCOMPARE(empty->rows, qint64(0));

        QVERIFY(appendRows(*store.database(), 1, 5).ok());
        auto result = verify(*store.database());
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QVERIFY2(result->ok(), qPrintable(result->problems.join(u'\n')));
        QCOMPARE(result->rows, qint64(5));

        auto entries = AuditLog::entries(store.database()->connection());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 5);
        QCOMPARE(entries->first().prevHash, kGenesis);
        for (qsizetype i = 0; i < entries->size(); ++i) {
            const AuditEntry& e = entries->at(i);
            QCOMPARE(e.seq, qint64(i + 1));
            QCOMPARE(e.at, kNow.addSecs(i + 1));
            QCOMPARE(e.actor, QStringLiteral("test:ada"));
            QCOMPARE(e.payload, QStringLiteral("{\"n\":%1}").arg(i + 1));
            QCOMPARE(e.hash.size(), 64);
            if (i > 0)
                QCOMPARE(e.prevHash, entries->at(i - 1).hash);
        }
        // One entity's history only.
        auto third = AuditLog::entries(store.database()->connection(), QStringLiteral("identity"), QStringLiteral("3"));
        QVERIFY(third.ok());
        QCOMPARE(third->size(), 1);
        QCOMPARE(third->first().payload, QStringLiteral("{\"n\":3}"));
    }

    void appendsInLaterTransactionsContinueTheChain_data() { test::engineRows(); }
    void appendsInLaterTransactionsContinueTheChain()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        QVERIFY(appendRows(*store.database(), 1, 3).ok());
        QVERIFY(appendRows(*store.database(), 4, 5).ok());
        // A transaction that fails leaves no row, and the chain goes on from the last committed one.
        const Status failed = store.database()->transaction([](QSqlDatabase& db) -> Status {
            AuditLog log(db);
            if (auto st = log.append(kNow, QStringLiteral("test:ada"), QStringLiteral("owners.set"),
                                     QStringLiteral("identity"), QStringLiteral("x"), {});
                !st)
                return st;
            return makeError(QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed.ok());
        QVERIFY(appendRows(*store.database(), 6, 6).ok());

        auto result = verify(*store.database());
        QVERIFY(result.ok());
        QVERIFY2(result->ok(), qPrintable(result->problems.join(u'\n')));
        QCOMPARE(result->rows, qint64(6));
        auto entries = AuditLog::entries(store.database()->connection());
        QVERIFY(entries.ok());
        QCOMPARE(entries->at(3).prevHash, entries->at(2).hash);
        QCOMPARE(entries->at(5).prevHash, entries->at(4).hash);
        QCOMPARE(entries->at(5).entityId, QStringLiteral("6"));
    }

    void anEditedRowIsNamed_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("row");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: payload of row 3", e.constData()) << engine << "payload"
                                                                 << "{\"n\":99}" << 3;
            QTest::addRow("%s: payload of the first row", e.constData()) << engine << "payload"
                                                                         << "{}" << 1;
            QTest::addRow("%s: payload of the last row", e.constData()) << engine << "payload"
                                                                        << "{}" << 5;
            QTest::addRow("%s: actor of row 2", e.constData()) << engine << "actor"
                                                               << "cli:mallory" << 2;
            QTest::addRow("%s: action of row 4", e.constData()) << engine << "action"
                                                                << "review.decide" << 4;
            QTest::addRow("%s: entity id of row 3", e.constData()) << engine << "entity_id"
                                                                   << "999" << 3;
            QTest::addRow("%s: time of row 2", e.constData()) << engine << "at"
                                                              << "2020-01-01T00:00:00Z" << 2;
        }
    }

    void anEditedRowIsNamed()
    {
        QFETCH(QString, engine);
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(int, row);
        RECERTIFY_OPEN_DB(store, engine);
        QVERIFY(appendRows(*store.database(), 1, 5).ok());
        QVERIFY(tamper(*store.database(), QStringLiteral("UPDATE audit_log SET %1 = ? WHERE seq = ?").arg(column),
                       { value, row }));

        auto result = verify(*store.database());
        QVERIFY(result.ok());
        QVERIFY(!result->ok());
        QCOMPARE(result->rows, qint64(5));
        QCOMPARE(result->problems.size(), 1);
        const QString problem = result->problems.first();
        QVERIFY2(problem.startsWith(QStringLiteral("row %1:").arg(row)), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("edited")), qPrintable(problem));
    }

    void anEditWithARecomputedHashBreaksTheNextLink_data() { test::engineRows(); }
    void anEditWithARecomputedHashBreaksTheNextLink()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        QVERIFY(appendRows(*store.database(), 1, 5).ok());
        auto entries = AuditLog::entries(store.database()->connection());
        QVERIFY(entries.ok());
        AuditEntry forged = entries->at(2);
        forged.payload = QStringLiteral("{\"n\":99}");
        forged.hash = AuditLog::hashOf(forged);
        QVERIFY(tamper(*store.database(), QStringLiteral("UPDATE audit_log SET payload = ?, hash = ? WHERE seq = 3"),
                       { forged.payload, forged.hash }));

        auto result = verify(*store.database());
        QVERIFY(result.ok());
        QCOMPARE(result->problems.size(), 1);
        const QString problem = result->problems.first();
        QVERIFY2(problem.startsWith(QStringLiteral("row 4:")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("row 3 was changed")), qPrintable(problem));
    }

    void aDeletedRowIsNamedByTheRowAfterIt_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("mentions");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: row 3 of 5", e.constData()) << engine << 3 << "does not follow row 2";
            QTest::addRow("%s: row 4 of 5", e.constData()) << engine << 4 << "does not follow row 3";
            QTest::addRow("%s: the first row", e.constData()) << engine << 1 << "does not start at the first row";
        }
    }

    void aDeletedRowIsNamedByTheRowAfterIt()
    {
        QFETCH(QString, engine);
        QFETCH(int, row);
        QFETCH(QString, mentions);
        RECERTIFY_OPEN_DB(store, engine);
        QVERIFY(appendRows(*store.database(), 1, 5).ok());
        QVERIFY(tamper(*store.database(), QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { row }));

        auto result = verify(*store.database());
        QVERIFY(result.ok());
        QCOMPARE(result->rows, qint64(4));
        QCOMPARE(result->problems.size(), 1);
        const QString problem = result->problems.first();
        QVERIFY2(problem.startsWith(QStringLiteral("row %1:").arg(row + 1)), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("deleted")), qPrintable(problem));
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }

    // On the team's server the log is append-only for everyone, the owner's plain SQL included.
    void theServerRefusesEditsAndDeletions_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("edit") << "UPDATE audit_log SET payload = '{}' WHERE seq = 2";
        QTest::newRow("delete the last row") << "DELETE FROM audit_log WHERE seq = 5";
        QTest::newRow("truncate") << "TRUNCATE audit_log";
    }

    void theServerRefusesEditsAndDeletions()
    {
        QFETCH(QString, statement);
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        QVERIFY(appendRows(*store.database(), 1, 5).ok());
        auto refused = sql::run(store.database()->connection(), statement);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("append-only")), qPrintable(refused.errorString()));
        auto result = verify(*store.database());
        QVERIFY(result.ok() && result->ok());
        QCOMPARE(result->rows, qint64(5));
    }

    void theHashCoversEveryField_data()
    {
        QTest::addColumn<EntryEdit>("edit");
        QTest::addRow("previous hash") << EntryEdit([](AuditEntry& e) { e.prevHash = QString(64, u'1'); });
        QTest::addRow("time, by one second") << EntryEdit([](AuditEntry& e) { e.at = e.at.addSecs(1); });
        QTest::addRow("actor") << EntryEdit([](AuditEntry& e) { e.actor = QStringLiteral("cli:bob"); });
        QTest::addRow("action") << EntryEdit([](AuditEntry& e) { e.action = QStringLiteral("lifecycle.transition"); });
        QTest::addRow("entity") << EntryEdit([](AuditEntry& e) { e.entity = QStringLiteral("campaign"); });
        QTest::addRow("entity id") << EntryEdit([](AuditEntry& e) { e.entityId = QStringLiteral("43"); });
        QTest::addRow("payload, by one character") << EntryEdit([](AuditEntry& e) { e.payload.replace(u'a', u'b'); });
        QTest::addRow("a character between two fields moves") << EntryEdit([](AuditEntry& e) {
            e.actor = QStringLiteral("cli:ad");
            e.action = QStringLiteral("aowners.set");
        });
    }

    void theHashCoversEveryField()
    {
        QFETCH(EntryEdit, edit);
        const AuditEntry original = sample();
        AuditEntry changed = original;
        edit(changed);
        QVERIFY(AuditLog::hashOf(changed) != AuditLog::hashOf(original));
    }

    void theHashIsAPlainSha256ThatAuditorsCanRecompute()
    {
        // sha256(prev \x1f at \x1f actor \x1f action \x1f entity \x1f entityId \x1f payload), worked out with Python's
        // hashlib.
        AuditEntry e = sample();
        QCOMPARE(AuditLog::hashOf(e),
                 QStringLiteral("16c34c68c63525164145d3c843a8423e174e2fc210b2a54ec2ccee52f0229fe7"));
        e.payload = QStringLiteral(R"({"business":"zoë@example.com"})");
        QCOMPARE(AuditLog::hashOf(e),
                 QStringLiteral("16e1ec64997f6161ea24f25c9a46c2376d2690c8dcc5119fc8792b788b433090"));
        // Where the row sits and what it claims as its own hash are not part of it.
        e.seq = 99;
        e.hash = QStringLiteral("whatever");
        QCOMPARE(AuditLog::hashOf(e),
                 QStringLiteral("16e1ec64997f6161ea24f25c9a46c2376d2690c8dcc5119fc8792b788b433090"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
