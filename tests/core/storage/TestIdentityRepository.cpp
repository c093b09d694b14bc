#include "core/storage/EstateWriter.h"
#include "core/storage/IdentityRepository.h"
#include "core/util/Timestamp.h"
#include "tests/support/TestDatabase.h"

using namespace recertify;

namespace {

// A small estate written the way imports write it: names chosen so filters and orders are easy to check.
Status seed(const Database& database)
{
    return database.transaction([](QSqlDatabase& db) -> Status {
        EstateWriter writer(db);
        if (auto status = writer.prepare(); !status)
            return status;
        const QDateTime now = Timestamp::fromIso(QStringLiteral("2026-11-01T00:00:00Z"));
        for (const Person& p : { Person { QStringLiteral("ada@example.com"), QStringLiteral("Ada"), {}, true },
                                 Person { QStringLiteral("bob@example.com"), QStringLiteral("Bob"), {}, false } }) {
            if (auto status = writer.upsertPerson(p); !status)
                return status;
        }
        struct Row
        {
            const char* name;
            const char* kind;
            const char* source;
            const char* owner;
            const char* lastUsed;
        };
        const Row rows[] = {
            { "billing-agent", "ai-agent", "mcp", "ada@example.com", "2026-10-30T10:00:00Z" },
            { "Backup_Role", "iam-role", "aws", "bob@example.com", nullptr },
            { "ci-deployer", "service-principal", "entra", nullptr, "2026-09-01T10:00:00Z" },
            { "ledger-sync", "k8s-service-account", "k8s", "ada@example.com", "2026-10-01T10:00:00Z" },
            { "100%-coverage-bot", "github-app", "github", "carol@example.com", "2026-08-01T10:00:00Z" },
        };
        int n = 0;
        for (const Row& row : rows) {
            Identity i;
            i.displayName = QString::fromLatin1(row.name);
            i.kind = QString::fromLatin1(row.kind);
            i.source = QString::fromLatin1(row.source);
            i.nativeId = QStringLiteral("native-%1").arg(++n);
            i.businessOwner = row.owner ? QString::fromLatin1(row.owner) : QString();
            i.lastUsedAt = row.lastUsed ? Timestamp::fromIso(QString::fromLatin1(row.lastUsed)) : QDateTime();
            auto id = writer.insertIdentity(i, now);
            if (!id)
                return id.error();
            if (auto status = writer.insertGrant(Grant { 0, *id, QStringLiteral("s3:GetObject"), {}, {}, {} }); !status)
                return status;
        }
        return {};
    });
}

QStringList names(const QList<Identity>& identities)
{
    QStringList out;
    for (const Identity& i : identities)
        out << i.displayName;
    return out;
}

} // namespace

class TestIdentityRepository : public QObject
{
    Q_OBJECT

private slots:
    void filtersAndOrders_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("orphaned");
        QTest::addColumn<int>("sortKey");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QStringList>("expected");

        using K = IdentityQuery::SortKey;
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: everything by name", e.constData())
                << engine << QString() << QString() << false << int(K::DisplayName) << true
                << QStringList { "100%-coverage-bot", "Backup_Role", "billing-agent", "ci-deployer", "ledger-sync" };
            QTest::addRow("%s: search ignores case", e.constData())
                << engine << "BILLING" << QString() << false << int(K::DisplayName) << true
                << QStringList { "billing-agent" };
            QTest::addRow("%s: search matches owner", e.constData())
                << engine << "ada@" << QString() << false << int(K::DisplayName) << true
                << QStringList { "billing-agent", "ledger-sync" };
            QTest::addRow("%s: percent is literal", e.constData())
                << engine << "100%" << QString() << false << int(K::DisplayName) << true
                << QStringList { "100%-coverage-bot" };
            QTest::addRow("%s: underscore is literal", e.constData())
                << engine << "g_a" << QString() << false << int(K::DisplayName) << true << QStringList {};
            QTest::addRow("%s: kind", e.constData()) << engine << QString() << "iam-role" << false
                                                     << int(K::DisplayName) << true << QStringList { "Backup_Role" };
            QTest::addRow("%s: orphans are ownerless, departed or unknown owners", e.constData())
                << engine << QString() << QString() << true << int(K::DisplayName) << true
                << QStringList { "100%-coverage-bot", "Backup_Role", "ci-deployer" };
            QTest::addRow("%s: most recently used first, never used last", e.constData())
                << engine << QString() << QString() << false << int(K::LastUsedAt) << false
                << QStringList { "billing-agent", "ledger-sync", "ci-deployer", "100%-coverage-bot", "Backup_Role" };
            QTest::addRow("%s: least recently used first, never used still last", e.constData())
                << engine << QString() << QString() << false << int(K::LastUsedAt) << true
                << QStringList { "100%-coverage-bot", "ci-deployer", "ledger-sync", "billing-agent", "Backup_Role" };
        }
    }

    void filtersAndOrders()
    {
        QFETCH(QString, engine);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(bool, orphaned);
        QFETCH(int, sortKey);
        QFETCH(bool, ascending);
        QFETCH(QStringList, expected);
        RECERTIFY_OPEN_DB(store, engine);
        const Status seeded = seed(*store.database());
        QVERIFY2(seeded.ok(), qPrintable(seeded.errorString()));

        IdentityRepository repository(store.database());
        IdentityQuery query;
        query.text = text;
        query.kind = kind;
        query.orphanedOnly = orphaned;
        query.sortKey = IdentityQuery::SortKey(sortKey);
        query.ascending = ascending;
        auto count = repository.count(query);
        QVERIFY2(count.ok(), qPrintable(count.errorString()));
        QCOMPARE(count.value(), expected.size());
        auto page = repository.page(query, 0, 50);
        QVERIFY2(page.ok(), qPrintable(page.errorString()));
        const QStringList got = names(page.value());
        if (engine == QLatin1String("sqlite") || sortKey != int(IdentityQuery::SortKey::DisplayName))
            QCOMPARE(got, expected);
        else // collation differs between engines for mixed case; the set is what matters
            QCOMPARE(QSet<QString>(got.begin(), got.end()), QSet<QString>(expected.begin(), expected.end()));
    }

    void pagesDoNotOverlap()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(seed(*store.database()).ok());
        IdentityRepository repository(store.database());
        auto first = repository.page({}, 0, 2);
        auto second = repository.page({}, 2, 2);
        auto third = repository.page({}, 4, 2);
        QVERIFY(first.ok() && second.ok() && third.ok());
        QCOMPARE(first->size() + second->size() + third->size(), 5);
        QStringList all = names(first.value()) + names(second.value()) + names(third.value());
        all.removeDuplicates();
        QCOMPARE(all.size(), 5);
    }

    void findsByIdOrNativeIdAndCountsWhatHangsOff()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(seed(*store.database()).ok());
        IdentityRepository repository(store.database());
        auto byNative = repository.find(QStringLiteral("native-2"));
        QVERIFY2(byNative.ok(), qPrintable(byNative.errorString()));
        QCOMPARE(byNative->displayName, QStringLiteral("Backup_Role"));
        QVERIFY(byNative->ownerInactive);
        QCOMPARE(byNative->grantCount, 1);
        auto byId = repository.find(QString::number(byNative->id));
        QVERIFY(byId.ok());
        QCOMPARE(byId->nativeId, QStringLiteral("native-2"));
        auto missing = repository.find(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorString().contains(QStringLiteral("\"nope\"")));
    }

    void statsCountWhatTheStatusBarShows()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(seed(*store.database()).ok());
        auto stats = IdentityRepository(store.database()).stats();
        QVERIFY(stats.ok());
        QCOMPARE(stats->identities, 5);
        QCOMPARE(stats->aiAgents, 1);
        QCOMPARE(stats->withoutOwner, 1);
        QCOMPARE(stats->ownerDeparted, 1);
    }
};

QTEST_GUILESS_MAIN(TestIdentityRepository)
#include "TestIdentityRepository.moc"
