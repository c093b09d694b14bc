#include "core/review/ReviewService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/team/TeamService.h"
#include "tests/support/CampaignEstate.h"
#include "tests/support/TestDatabase.h"

#include <QHash>
#include <QSemaphore>
#include <QThread>
#include <QUuid>
#include <memory>

using namespace recertify;

namespace {

/** One desktop: its own connection, the items as it loaded them, and what happened to each. */
struct Client
{
    QString name;
    DatabasePtr database;
    QHash<qint64, QString> outcome; ///< item → "won" or the message the reviewer saw
};

} // namespace

class TestConcurrentReview : public QObject
{
    Q_OBJECT

private slots:
    void twoDesktopsDecidingTheSameItemsLoseNothing_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("asTeamLogin");
        QTest::newRow("sqlite") << "sqlite" << false;
        QTest::newRow("postgresql") << "postgresql" << false;
        QTest::newRow("postgresql, signed in as the reviewer") << "postgresql" << true;
    }

    void twoDesktopsDecidingTheSameItemsLoseNothing()
    {
        QFETCH(QString, engine);
        QFETCH(bool, asTeamLogin);
        RECERTIFY_OPEN_DB(store, engine);
        const test::CampaignEstate estate = test::openCampaign(store.database(), 60, 11);
        QVERIFY(estate.campaign > 0);
        const QString reviewer = estate.reviewers.value(0);
        const qint64 campaignId = estate.campaign;

        QString location = store.location();
        if (asTeamLogin) {
            TeamService team(store.database());
            QVERIFY(team.initialise(QStringLiteral("owner")));
            const QString login = QStringLiteral("rv_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
            QVERIFY(team.addMember(reviewer, TeamRole::Reviewer, login, QString(), QStringLiteral("owner")));
            location = store.locationAs(login);
        }

        // The same reviewer on two desktops (or a reviewer and the colleague they handed work to).
        std::vector<std::unique_ptr<Client>> clients;
        for (const char* name : { "laptop", "desktop" }) {
            auto opened = Database::open(location);
            QVERIFY2(opened, qPrintable(opened.errorString()));
            clients.push_back(std::make_unique<Client>(Client { QString::fromLatin1(name), opened.value(), {} }));
        }
        auto loaded = ReviewService(clients.front()->database).items(campaignId, reviewer);
        QVERIFY(loaded);
        const QList<ReviewItem> items = loaded.value();
        QVERIFY2(items.size() >= 5, "the reviewer needs several items");

        // Both load, then both decide every item with the version they saw, as fast as they can.
        QSemaphore ready;
        QSemaphore go;
        std::vector<QThread*> threads;
        for (auto& client : clients) {
            Client* c = client.get();
            threads.push_back(QThread::create([c, &items, &ready, &go, reviewer] {
                ReviewService reviews(c->database);
                ready.release();
                go.acquire();
                for (const ReviewItem& item : items) {
                    Decision d;
                    // The reviewer's three answers, given explicitly: a Decision starts unanswered.
                    d.ownership = QStringLiteral("confirm");
                    d.scope = QStringLiteral("keep");
                    d.need = QStringLiteral("certify");
                    d.itemId = item.id;
                    d.decidedBy = reviewer;
                    d.need = QStringLiteral("certify");
                    d.justification = QStringLiteral("decided on the ") + c->name;
                    d.expectedVersion = item.version;
                    d.ownership = QStringLiteral("reassign"); // the owner has left: name another
                    d.ownershipTarget = QStringLiteral("ada@example.com");
                    auto result = reviews.decide(d);
                    c->outcome.insert(item.id, result ? QStringLiteral("won") : result.errorString());
                }
            }));
        }
        for (QThread* t : threads)
            t->start();
        ready.acquire(2);
        go.release(2);
        for (QThread* t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }

        const QSqlDatabase db = store.database()->connection();
        int wins = 0;
        for (const ReviewItem& item : items) {
            const QString a = clients[0]->outcome.value(item.id);
            const QString b = clients[1]->outcome.value(item.id);
            // Exactly one desktop won each item; the other was told why nothing was recorded.
            QVERIFY2((a == QLatin1String("won")) != (b == QLatin1String("won")),
                     qPrintable(a + QStringLiteral(" / ") + b));
            const QString loser = a == QLatin1String("won") ? b : a;
            QVERIFY2(loser.contains(QStringLiteral("someone else"))
                         || loser.contains(QStringLiteral("changed while you were looking"))
                         || loser.contains(QStringLiteral("already decided")),
                     qPrintable(loser));
            const QString winner = a == QLatin1String("won") ? clients[0]->name : clients[1]->name;
            auto stored
                = sql::run(db, QStringLiteral("SELECT COUNT(*), MAX(justification) FROM decisions WHERE item_id = ?"),
                           { item.id });
            QVERIFY(stored && stored->next());
            QCOMPARE(stored->value(0).toInt(), 1); // none lost, none doubled
            QCOMPARE(stored->value(1).toString(),
                     QStringLiteral("decided on the ") + winner); // the loser overwrote nothing
            ++wins;
        }
        QCOMPARE(wins, items.size());
        qInfo("%s won %lld, %s won %lld of %lld items", qPrintable(clients[0]->name),
              qlonglong(std::count(clients[0]->outcome.cbegin(), clients[0]->outcome.cend(), QStringLiteral("won"))),
              qPrintable(clients[1]->name),
              qlonglong(std::count(clients[1]->outcome.cbegin(), clients[1]->outcome.cend(), QStringLiteral("won"))),
              qlonglong(items.size()));
        auto audited = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.decide'"));
        QVERIFY(audited && audited->next());
        QCOMPARE(audited->value(0).toInt(), items.size());
        auto chain = AuditLog::verify(db);
        QVERIFY(chain);
        QVERIFY2(chain->ok(), qPrintable(chain->problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentReview)
#include "TestConcurrentReview.moc"
