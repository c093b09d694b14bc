#include "tests/support/TestDatabase.h"

#include "core/storage/BulkStatement.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace recertify;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsTheWholeSchema_data() { test::engineRows(); }

    void createsTheWholeSchema()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QStringList tables = store.database()->connection().tables();
        for (const char* table :
             { "sources", "sync_runs", "people", "identities", "credentials", "grants", "usage_daily", "snapshots",
               "identity_snapshots", "lifecycle_events", "findings", "campaigns", "review_items", "decisions",
               "remediation_tasks", "audit_log", "schema_meta" }) {
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        }
        auto version = store.database()->schemaVersion();
        QVERIFY2(version.ok(), qPrintable(version.errorString()));
        QCOMPARE(version.value(), Migrations::kLatestVersion);
    }

    void reopeningKeepsDataAndVersion()
    {
        test::TestDatabase store;
        QVERIFY2(store.database(), qPrintable(store.error()));
        auto inserted = sql::run(store.database()->connection(),
                                 QStringLiteral("INSERT INTO people (email, name, active) VALUES (?, ?, 1)"),
                                 { QStringLiteral("ada@example.com"), QStringLiteral("Ada") });
        QVERIFY(inserted.ok());
        const QString location = store.location();
        auto again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        auto q = sql::run(again.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM people"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    void refusesANewerSchema()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        auto bumped = sql::run(store.database()->connection(),
                               QStringLiteral("UPDATE schema_meta SET value = '99' WHERE key = 'schema_version'"));
        QVERIFY(bumped.ok());
        auto reopened = Database::open(store.location());
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.errorString().contains(QStringLiteral("schema version 99")),
                 qPrintable(reopened.errorString()));
        QVERIFY2(reopened.errorString().contains(store.location()), "the error names the file");
    }

    void sqliteUsesWalAndForeignKeys()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QSqlQuery q(store.database()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Showing one identity reads its other names by identity: without an index of their own that read scanned every
    // alias of the estate (the primary key leads with the source).
    void anIdentitysAliasesAreReadByIndex_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("its other names") << QStringLiteral("SELECT alias FROM identity_aliases WHERE identity_id = ?");
        QTest::newRow("deleting it") << QStringLiteral("DELETE FROM identity_aliases WHERE identity_id = ?");
    }
    void anIdentitysAliasesAreReadByIndex()
    {
        QFETCH(QString, query);
        test::TestDatabase store;
        QVERIFY(store.database());
        auto plan = sql::run(store.database()->connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + query,
                             { QVariant(qint64(1)) });
        QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
        QString steps;
        while (plan->next())
            steps += plan->value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QLatin1String("identity_aliases_identity")), qPrintable(steps));
    }

    // A store the previous version wrote (schema 16) keeps every day of activity when this version opens it, and
    // an import then adds to the same days.
    void aStoreOfTheLastVersionKeepsItsActivity()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QSqlDatabase db = store.database()->connection();
        for (const char* statement :
             { "DROP INDEX review_items_in_order", "DROP TABLE credential_sightings",
               "DROP INDEX identity_aliases_identity", "DROP TABLE usage_daily",
               "CREATE TABLE usage_daily (identity_id BIGINT NOT NULL REFERENCES identities(id) ON DELETE CASCADE, "
               "action TEXT NOT NULL, day TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT 'allowed', count BIGINT NOT "
               "NULL, last_seen TEXT NOT NULL, raw_ref TEXT, PRIMARY KEY (identity_id, action, day, outcome))",
               "INSERT INTO identities (id, source, native_id, kind, display_name, updated_at) VALUES (7, 'aws', "
               "'AROAEXAMPLE', 'iam-role', 'deployer', '2026-12-01T00:00:00Z')",
               "INSERT INTO usage_daily (identity_id, action, day, count, last_seen) VALUES (7, 's3:GetObject', "
               "'2026-11-30', 12, '2026-11-30T10:00:00Z'), (7, 's3:PutObject', '2026-11-30', 3, "
               "'2026-11-30T11:00:00Z')",
               "UPDATE schema_meta SET value = '16' WHERE key = 'schema_version'" }) {
            auto done = sql::run(db, QString::fromLatin1(statement));
            QVERIFY2(done.ok(), qPrintable(done.errorString()));
        }
        const QString location = store.location();
        auto again = Database::open(location);
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QSqlDatabase reopened = again.value()->connection();
        auto usage = sql::run(reopened,
                              QStringLiteral("SELECT action, count FROM usage_daily WHERE identity_id = 7 "
                                             "ORDER BY action"));
        QVERIFY(usage.ok());
        QVERIFY(usage->next());
        QCOMPARE(usage->value(0).toString(), QStringLiteral("s3:GetObject"));
        QCOMPARE(usage->value(1).toInt(), 12);
        QVERIFY(usage->next());
        QCOMPARE(usage->value(1).toInt(), 3);
        QVERIFY(!usage->next());
        auto added = sql::run(reopened,
                              QStringLiteral("INSERT INTO usage_daily (identity_id, action, day, count, last_seen) "
                                             "VALUES (7, 's3:GetObject', '2026-11-30', 5, '2026-11-30T12:00:00Z') "
                                             "ON CONFLICT (identity_id, action, day, outcome) DO UPDATE SET "
                                             "count = usage_daily.count + excluded.count"));
        QVERIFY2(added.ok(), qPrintable(added.errorString()));
        auto total = sql::run(reopened, QStringLiteral("SELECT SUM(count) FROM usage_daily"));
        QVERIFY(total.ok() && total->next());
        QCOMPARE(total->value(0).toInt(), 20);
        // Deleting the identity still takes its activity with it.
        QVERIFY(sql::run(reopened, QStringLiteral("DELETE FROM identities WHERE id = 7")).ok());
        auto left = sql::run(reopened, QStringLiteral("SELECT COUNT(*) FROM usage_daily"));
        QVERIFY(left.ok() && left->next());
        QCOMPARE(left->value(0).toInt(), 0);
    }

    void foreignKeysAreEnforced_data() { createsTheWholeSchema_data(); }
    void foreignKeysAreEnforced()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        auto orphan
            = sql::run(store.database()->connection(),
                       QStringLiteral("INSERT INTO grants (identity_id, permission) VALUES (4242, 's3:GetObject')"));
        QVERIFY2(!orphan.ok(), "a grant of an identity that does not exist must be refused");
    }

    void failedTransactionLeavesNothing_data() { createsTheWholeSchema_data(); }
    void failedTransactionLeavesNothing()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Status status = store.database()->transaction([](QSqlDatabase& db) -> Status {
            auto first = sql::run(db, QStringLiteral("INSERT INTO people (email, name) VALUES ('a@example.com', 'A')"));
            if (!first)
                return first.error();
            return makeError(QStringLiteral("line 2: expected an email"));
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.errorString(), QStringLiteral("line 2: expected an email"));
        auto q = sql::run(store.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM people"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    // The estate's generation tells the analysis whether anything changed since it last ran.
    void aTransactionThatChangesRowsMovesTheGeneration_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("derived");
        QTest::addColumn<int>("moves");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: a read", e.constData()) << engine << "SELECT COUNT(*) FROM identities" << false << 0;
            QTest::addRow("%s: an insert", e.constData())
                << engine
                << "INSERT INTO people (email, name, active) VALUES ('ada@example.com', "
                   "'Ada', 1)"
                << false << 1;
            QTest::addRow("%s: an update of no row", e.constData())
                << engine << "UPDATE people SET active = 0 WHERE email = 'x'" << false << 0;
            QTest::addRow("%s: a derived write", e.constData())
                << engine
                << "INSERT INTO snapshots (taken_at, identities, granted, used, "
                   "unused, out_of_scope, trust_debt) VALUES ('2026-12-06T00:00:00Z',"
                   " 0, 0, 0, 0, 0, 0)"
                << true << 0;
        }
    }
    void aTransactionThatChangesRowsMovesTheGeneration()
    {
        QFETCH(QString, engine);
        QFETCH(QString, statement);
        QFETCH(bool, derived);
        QFETCH(int, moves);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& db = *store.database();
        auto generation = [&] {
            auto q = sql::run(db.connection(), QStringLiteral("SELECT generation FROM estate_generation"));
            return q && q->next() ? q->value(0).toLongLong() : qint64(-1);
        };
        const qint64 before = generation();
        QVERIFY(before > 0);
        QVERIFY(db.transaction(
                      [&](QSqlDatabase& tx) -> Status {
                          auto q = sql::run(tx, statement);
                          return q ? Status() : Status(q.error());
                      },
                      derived ? Database::Writes::Derived : Database::Writes::Estate)
                    .ok());
        QCOMPARE(generation(), before + moves);
        // A transaction rolled back leaves it too.
        QVERIFY(!db.transaction([&](QSqlDatabase& tx) -> Status {
                       auto q = sql::run(tx,
                                         QStringLiteral("INSERT INTO people (email, name, active) VALUES "
                                                        "('bob@example.com', 'Bob', 1)"));
                       if (!q)
                           return q.error();
                       return makeError(QStringLiteral("stop"));
                   }).ok());
        QCOMPARE(generation(), before + moves);
    }

    void bulkStatementsStoreWhatQtWould_data() { createsTheWholeSchema_data(); }
    void bulkStatementsStoreWhatQtWould()
    {
        // Bulk writes bind through SQLite itself: what they store must read back exactly as Qt's own statements'.
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        QList<qint64> returned;
        const Status status = store.database()->transaction([&](QSqlDatabase& db) -> Status {
            auto insert = BulkStatement::prepare(
                db,
                QStringLiteral("INSERT INTO people (email, name, manager_email, active) VALUES (?,?,?,?) "
                               "ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING active"));
            if (!insert)
                return insert.error();
            const auto keep = [&returned](qint64 value) {
                returned << value;
            };
            if (auto s = insert->exec(
                    { QStringLiteral("zoë@example.com"), QStringLiteral("Zoë Ünal 🚀"), QVariant(), 1 }, keep);
                !s)
                return s;
            if (auto s = insert->execList(
                    { QStringLiteral("a@example.com"), QStringLiteral("A"), QStringLiteral("zoë@example.com"), 0 },
                    keep);
                !s)
                return s;
            // The same statement again updates: the conflict clause works the same way.
            return insert->exec({ QStringLiteral("a@example.com"), QStringLiteral("A. N. Other"), QVariant(), 0 },
                                keep);
        });
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(returned, (QList<qint64> { 1, 0, 0 }));
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT email, name, manager_email, active FROM people ORDER BY email"));
        QVERIFY(q.ok());
        QVERIFY(q->next());
        QCOMPARE(q->value(1).toString(), QStringLiteral("A. N. Other"));
        QCOMPARE(q->value(2).toString(), QStringLiteral("zoë@example.com"));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("zoë@example.com"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("Zoë Ünal 🚀"));
        QVERIFY(q->value(2).isNull());
        QCOMPARE(q->value(3).toInt(), 1);
        // A looked-up row matches on the text the bulk statement wrote.
        auto found
            = sql::run(store.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM people WHERE email = ?"),
                       { QStringLiteral("zoë@example.com") });
        QVERIFY(found.ok() && found->next());
        QCOMPARE(found->value(0).toInt(), 1);
    }

    void bulkStatementErrorsNameTheStatement_data() { createsTheWholeSchema_data(); }
    void bulkStatementErrorsNameTheStatement()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Status status = store.database()->transaction([](QSqlDatabase& db) -> Status {
            auto insert = BulkStatement::prepare(db, QStringLiteral("INSERT INTO people (email, name) VALUES (?,?)"));
            if (!insert)
                return insert.error();
            return insert->exec({ QStringLiteral("b@example.com"), QVariant() }); // name is NOT NULL
        });
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(QStringLiteral("INSERT INTO people")), qPrintable(status.errorString()));
        auto q = sql::run(store.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM people"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void eachThreadGetsItsOwnConnection_data() { createsTheWholeSchema_data(); }
    void eachThreadGetsItsOwnConnection()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        DatabasePtr db = store.database();
        const QString mine = db->connection().connectionName();
        // A real second thread (QFuture::result may run a pending task in the waiting thread).
        QString theirs;
        std::unique_ptr<QThread> thread(QThread::create([db, &theirs] {
            QSqlDatabase connection = db->connection();
            QSqlQuery q(connection);
            const bool ok = q.exec(QStringLiteral("SELECT COUNT(*) FROM identities")) && q.next();
            theirs = ok ? connection.connectionName() : QStringLiteral("error: ") + q.lastError().text();
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(!theirs.startsWith(QStringLiteral("error")), qPrintable(theirs));
        QVERIFY(theirs != mine);
    }

    void badLocationsGiveAClearError_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        QTest::addRow("a folder") << QStringLiteral("/tmp") << QStringLiteral("/tmp: not a database file");
        QTest::addRow("empty") << QString() << QStringLiteral("not a database file");
        QTest::addRow("URL without a database") << QStringLiteral("postgresql://me@127.0.0.1:1/")
                                                << QStringLiteral("expected postgresql://user@host:port/dbname");
    }

    void badLocationsGiveAClearError()
    {
        QFETCH(QString, location);
        QFETCH(QString, expected);
        auto opened = Database::open(location);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorString().contains(expected), qPrintable(opened.errorString()));
    }

    void passwordsNeverShowInTheDisplayLocation()
    {
        auto opened = Database::open(QStringLiteral("postgresql://reviewer:s3cret@127.0.0.1:1/recertify"));
        QVERIFY(!opened.ok()); // nothing listens on port 1
        QVERIFY2(!opened.errorString().contains(QStringLiteral("s3cret")), qPrintable(opened.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
