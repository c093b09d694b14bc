#include "core/demo/DemoEstate.h"
#include "core/domain/IdentityKind.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "tests/support/ErrorText.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace recertify;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));

int scalar(const Database& database, const char* statement)
{
    auto q = sql::run(database.connection(), QString::fromLatin1(statement));
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

// Everything the demo wrote, one line per row, to compare two runs row by row.
QStringList dump(const Database& database)
{
    QStringList lines;
    for (const char* statement :
         { "SELECT source, native_id, kind, display_name, business_owner, status, created_at, last_used_at, "
           "declared_scope, parent_id FROM identities ORDER BY id",
           "SELECT identity_id, credential_id, type, created_at, expires_at FROM credentials ORDER BY id",
           "SELECT identity_id, permission, granted_via FROM grants ORDER BY id",
           "SELECT identity_id, action, day, outcome, count FROM usage_daily ORDER BY identity_id, action, day, "
           "outcome",
           "SELECT email, manager_email, active FROM people ORDER BY email" }) {
        QSqlQuery q(database.connection());
        if (!q.exec(QString::fromLatin1(statement)))
            return { q.lastError().text() };
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < q.record().count(); ++c)
                fields << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            lines << fields.join(u'|');
        }
    }
    return lines;
}

// The store's secondary indexes on the tables the demo fills, as the engine itself describes them.
QStringList indexes(const Database& database)
{
    const bool pg = database.dialect().engine() == SqlDialect::Engine::PostgreSQL;
    const QString statement = pg ? QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename IN "
                                                  "('identities', 'lifecycle_events') ORDER BY indexname")
                                 : QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name "
                                                  "IN ('identities', 'lifecycle_events') ORDER BY name");
    QStringList out;
    auto q = sql::run(database.connection(), statement);
    while (q.ok() && q->next())
        out << q->value(0).toString();
    return out;
}

QByteArray digest(const Database& database)
{
    return QCryptographicHash::hash(dump(database).join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestDemoEstate : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameEstate_data()
    {
        QTest::addColumn<quint32>("seedA");
        QTest::addColumn<quint32>("seedB");
        QTest::addColumn<bool>("same");
        QTest::addRow("same seed") << 7u << 7u << true;
        QTest::addRow("another seed") << 7u << 8u << false;
    }

    void sameSeedSameEstate()
    {
        QFETCH(quint32, seedA);
        QFETCH(quint32, seedB);
        QFETCH(bool, same);
        test::TestDatabase a;
        test::TestDatabase b;
        QVERIFY(a.database() && b.database());
        QVERIFY(DemoEstate::generate(*a.database(), { 400, seedA, false }, kClock).ok());
        QVERIFY(DemoEstate::generate(*b.database(), { 400, seedB, false }, kClock).ok());
        const QByteArray da = digest(*a.database());
        QVERIFY(!da.isEmpty());
        QCOMPARE(da == digest(*b.database()), same);
    }

    void estateIsRealistic()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        const Database& db = *store.database();
        auto summary = DemoEstate::generate(db, { 2000, 1, false }, kClock);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(summary->identities, 2000);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM identities"), 2000);

        // Every kind of non-human identity appears.
        for (const QString& kind : IdentityKind::all()) {
            auto q
                = sql::run(db.connection(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE kind = ?"), { kind });
            QVERIFY(q.ok() && q->next());
            QVERIFY2(q->value(0).toInt() > 0, qPrintable(kind));
        }
        // Owners: some missing, some departed.
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM identities WHERE business_owner IS NULL") > 100);
        QVERIFY(
            scalar(db,
                   "SELECT COUNT(*) FROM identities i JOIN people p ON p.email = i.business_owner WHERE p.active = 0")
            > 20);
        // Credentials: expired, expiring within 30 days, never rotated for over a year.
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM credentials WHERE expires_at < '2026-11-23'") > 10);
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM credentials WHERE expires_at BETWEEN '2026-11-23' AND '2026-12-23'")
                > 10);
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM credentials WHERE created_at < '2025-11-23'") > 50);
        // Grants: wildcards and admin.
        QVERIFY(scalar(db,
                       "SELECT COUNT(*) FROM grants WHERE permission IN ('*', '* *', 'Directory.ReadWrite.All', "
                       "'administration:write', 'admin:*')")
                > 30);
        QVERIFY(
            scalar(
                db,
                "SELECT COUNT(*) FROM grants WHERE permission LIKE '%*%' AND permission NOT IN ('*', '* *', 'admin:*')")
            > 30);
        // Usage leaves grants unused and strays out of scope (actions no grant names, some denied).
        QVERIFY(scalar(db,
                       "SELECT COUNT(*) FROM grants g WHERE NOT EXISTS (SELECT 1 FROM usage_daily u WHERE "
                       "u.identity_id = g.identity_id AND u.action = g.permission)")
                > 500);
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM usage_daily WHERE outcome = 'denied'") > 10);
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM identities WHERE last_used_at IS NULL") > 50);
        // Sub-agents delegated from agents, and shadow identities seen only in activity.
        QVERIFY(summary->subAgents > 20);
        QCOMPARE(scalar(db,
                        "SELECT COUNT(*) FROM identities c JOIN identities p ON p.id = c.parent_id WHERE p.kind = "
                        "'ai-agent' AND c.kind = 'ai-agent'"),
                 summary->subAgents);
        QVERIFY(scalar(db, "SELECT COUNT(*) FROM identities WHERE discovered_from_activity = 1") > 20);
        // Every identity has its history.
        QCOMPARE(scalar(db, "SELECT COUNT(DISTINCT identity_id) FROM lifecycle_events"), 2000);
    }

    void refusesToMixWithAnExistingEstate()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(DemoEstate::generate(*store.database(), { 50, 1, false }, kClock).ok());
        const QByteArray before = digest(*store.database());
        auto again = DemoEstate::generate(*store.database(), { 80, 2, false }, kClock);
        QVERIFY(!again.ok());
        QVERIFY2(test::errorSays(again.error(), QStringLiteral("--replace: the database already holds")),
                 qPrintable(again.errorString()));
        QCOMPARE(digest(*store.database()), before);

        auto replaced = DemoEstate::generate(*store.database(), { 80, 2, true }, kClock);
        QVERIFY2(replaced.ok(), qPrintable(replaced.errorString()));
        QCOMPARE(scalar(*store.database(), "SELECT COUNT(*) FROM identities"), 80);
    }

    void rejectsImpossibleSizes_data()
    {
        QTest::addColumn<int>("identities");
        QTest::addRow("zero") << 0;
        QTest::addRow("negative") << -5;
        QTest::addRow("absurd") << 50'000'000;
    }

    void rejectsImpossibleSizes()
    {
        QFETCH(int, identities);
        test::TestDatabase store;
        QVERIFY(store.database());
        auto result = DemoEstate::generate(*store.database(), { identities, 1, false }, kClock);
        QVERIFY(!result.ok());
        QVERIFY(test::errorSays(result.error(), QStringLiteral("--identities")));
        QCOMPARE(scalar(*store.database(), "SELECT COUNT(*) FROM identities"), 0);
    }

    void searchIndexesStandAfterwards_data() { test::engineRows(); }

    void searchIndexesStandAfterwards()
    {
        // The demo builds the indexes once at the end rather than row by row: a search by name or owner must
        // still find its index afterwards, whether the estate was new or replaced one.
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QStringList before = indexes(*store.database());
        QVERIFY(before.size() >= 9);
        QVERIFY(DemoEstate::generate(*store.database(), { 200, 4, false }, kClock).ok());
        QCOMPARE(indexes(*store.database()), before);
        QVERIFY(DemoEstate::generate(*store.database(), { 150, 5, true }, kClock).ok());
        QCOMPARE(indexes(*store.database()), before);
        QCOMPARE(scalar(*store.database(), "SELECT COUNT(*) FROM identities"), 150);
        if (engine == QLatin1String("sqlite")) {
            auto plan = sql::run(store.database()->connection(),
                                 QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM identities WHERE display_name = ?"),
                                 { QStringLiteral("x") });
            QVERIFY(plan.ok() && plan->next());
            QVERIFY2(plan->value(3).toString().contains(QLatin1String("identities_name")),
                     qPrintable(plan->value(3).toString()));
        }
    }

    void worksOnPostgres()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        auto summary = DemoEstate::generate(*store.database(), { 300, 3, false }, kClock);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(scalar(*store.database(), "SELECT COUNT(*) FROM identities"), 300);
        // Same seed on SQLite gives the same rows.
        test::TestDatabase lite;
        QVERIFY(DemoEstate::generate(*lite.database(), { 300, 3, false }, kClock).ok());
        QCOMPARE(dump(*store.database()), dump(*lite.database()));
    }
};

QTEST_GUILESS_MAIN(TestDemoEstate)
#include "TestDemoEstate.moc"
