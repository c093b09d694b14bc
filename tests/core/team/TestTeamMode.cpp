#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/team/TeamService.h"
#include "tests/support/CampaignEstate.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace recertify;

namespace {

const QString kFallback = QStringLiteral("governance@example.com");

qint64 scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {})
{
    auto q = sql::runList(db, statement, binds);
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

QString textOf(const QSqlDatabase& db, const QString& statement, const QVariantList& binds = {})
{
    auto q = sql::runList(db, statement, binds);
    return q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

QString uniqueLogin(const QString& stem)
{
    // Logins belong to the whole server, which every test database shares.
    return stem + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

/** An estate with an open campaign whose items are spread over several reviewers. */
struct TeamStore
{
    qint64 campaign = 0;
    QString reviewerA; ///< the reviewer with the most items
    QString reviewerB; ///< another reviewer
    qint64 totalItems = 0;
    qint64 itemsOfA = 0;
};

TeamStore prepare(const DatabasePtr& database)
{
    const test::CampaignEstate estate = test::openCampaign(database, 60, 7, kFallback);
    return { estate.campaign, estate.reviewers.value(0), estate.reviewers.value(1), estate.totalItems,
             estate.itemCounts.value(0) };
}

} // namespace

class TestTeamMode : public QObject
{
    Q_OBJECT

private slots:
    void aSqliteFileBelongsToWhoeverOpensIt()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        auto session = TeamService(store.database()).whoAmI();
        QVERIFY2(session, qPrintable(session.errorString()));
        QVERIFY(!session->teamMode);
        QCOMPARE(session->role, TeamRole::Owner);
        const Capabilities c = session->capabilities();
        QVERIFY(c.manageCampaigns && c.changeEstate && c.decide && c.decideForOthers);
        // Team mode needs the server: said plainly, nothing half-done.
        auto refused = TeamService(store.database()).initialise(QStringLiteral("owner"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("PostgreSQL")), qPrintable(refused.errorString()));
    }

    void eachRoleSeesAndDoesOnlyWhatItMay_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("seesEveryItem");
        QTest::addColumn<bool>("decidesOwnItems");
        QTest::addColumn<bool>("readsAuditLog");
        QTest::addColumn<bool>("createsCampaigns");
        QTest::newRow("reviewer") << "reviewer" << false << true << false << false;
        QTest::newRow("auditor") << "auditor" << true << false << true << false;
        QTest::newRow("manager") << "manager" << true << true << true << true;
    }

    // Against the server itself: the app is not what keeps a reviewer out of others' items.
    void eachRoleSeesAndDoesOnlyWhatItMay()
    {
        QFETCH(QString, role);
        QFETCH(bool, seesEveryItem);
        QFETCH(bool, decidesOwnItems);
        QFETCH(bool, readsAuditLog);
        QFETCH(bool, createsCampaigns);
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        const TeamStore team = prepare(store.database());
        QVERIFY(team.campaign > 0 && !team.reviewerB.isEmpty());
        TeamService owner(store.database());
        QVERIFY2(owner.initialise(QStringLiteral("owner")), "team init");
        const QString login = uniqueLogin(role);
        // A manager decides items assigned to them, like anyone else; here: reviewer A's.
        const QString email = role == QLatin1String("auditor") ? QStringLiteral("audrey@example.com") : team.reviewerA;
        auto added
            = owner.addMember(email, *TeamService::roleFromName(role), login, QString(), QStringLiteral("owner"));
        QVERIFY2(added, qPrintable(added.errorString()));

        auto signedIn = Database::open(store.locationAs(login));
        QVERIFY2(signedIn, qPrintable(signedIn.errorString()));
        const DatabasePtr client = signedIn.value();
        const QSqlDatabase db = client->connection();

        auto session = TeamService(client).whoAmI();
        QVERIFY2(session, qPrintable(session.errorString()));
        QCOMPARE(TeamService::roleName(session->role), role);
        QCOMPARE(session->email, email);
        QCOMPARE(session->capabilities().manageCampaigns, createsCampaigns);

        // Reading: raw SQL, not just the app's queries.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM review_items")),
                 seesEveryItem ? team.totalItems : team.itemsOfA);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM review_items WHERE reviewer = ?"), { team.reviewerB })
                     > 0,
                 seesEveryItem);
        auto others = ReviewService(client).items(team.campaign, team.reviewerB);
        QVERIFY(others);
        QCOMPARE(others->isEmpty(), !seesEveryItem);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= 0, readsAuditLog);

        // Writing another reviewer's item with raw SQL: refused or silently touches nothing.
        const qint64 othersItem
            = scalar(store.database()->connection(),
                     QStringLiteral("SELECT MIN(id) FROM review_items WHERE reviewer = ?"), { team.reviewerB });
        if (role != QLatin1String("manager")) {
            auto update = sql::run(db, QStringLiteral("UPDATE review_items SET state = 'decided' WHERE id = ?"),
                                   { othersItem });
            QVERIFY(!update || update->numRowsAffected() == 0);
            auto forged = sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO decisions (item_id, assigned_to, decided_by, decided_at, ownership, scope, need) "
                    "VALUES (?, ?, ?, '2026-11-23T09:00:00Z', 'confirm', 'keep', 'certify')"),
                { othersItem, team.reviewerB, email });
            QVERIFY(!forged);
            Decision asOther;
            // The reviewer's three answers, given explicitly: a Decision starts unanswered.
            asOther.ownership = QStringLiteral("confirm");
            asOther.scope = QStringLiteral("keep");
            asOther.need = QStringLiteral("certify");
            asOther.itemId = othersItem;
            asOther.decidedBy = team.reviewerB;
            asOther.justification = QStringLiteral("not mine to decide");
            QVERIFY(!ReviewService(client).decide(asOther));
            QCOMPARE(textOf(store.database()->connection(),
                            QStringLiteral("SELECT state FROM review_items WHERE id = ?"), { othersItem }),
                     QStringLiteral("pending"));
            QCOMPARE(scalar(store.database()->connection(),
                            QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"), { othersItem }),
                     qint64(0));
        }
        if (role == QLatin1String("reviewer")) {
            // Nor can a reviewer mark their own item decided without a decision on record…
            const qint64 own
                = scalar(db, QStringLiteral("SELECT MAX(id) FROM review_items WHERE reviewer = ?"), { email });
            QVERIFY(!sql::run(db, QStringLiteral("UPDATE review_items SET state = 'decided' WHERE id = ?"), { own }));
            QCOMPARE(textOf(db, QStringLiteral("SELECT state FROM review_items WHERE id = ?"), { own }),
                     QStringLiteral("pending"));
            // …or hand themselves another identity as a forged second-stage item.
            const qint64 foreignIdentity = scalar(
                store.database()->connection(),
                QStringLiteral("SELECT MIN(identity_id) FROM review_items WHERE reviewer = ?"), { team.reviewerB });
            QVERIFY(!sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, evidence_json) "
                    "VALUES (?, ?, 2, ?, 'pending', '{}')"),
                { team.campaign, foreignIdentity, email }));
            auto touched = sql::run(
                db, QStringLiteral("UPDATE identities SET last_certified_at = '2026-11-23T09:00:00Z' WHERE id = ?"),
                { foreignIdentity });
            QVERIFY(!touched || touched->numRowsAffected() == 0);
            // …or pass for someone else by shadowing the team table with a temporary one…
            QVERIFY(!sql::run(db, QStringLiteral("CREATE TEMP TABLE team_members (db_role TEXT, email TEXT)")));
            // …or pick the audit chain's next sequence number.
            QVERIFY(!sql::run(
                db,
                QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity, payload, prev_hash, hash) "
                               "VALUES (999999, 'x', ?, 'x', 'x', '{}', 'x', 'x')"),
                { email }));
        }

        // Deciding one's own item, through the app's service, with its audit row.
        const qint64 ownItem
            = scalar(store.database()->connection(),
                     QStringLiteral("SELECT MIN(id) FROM review_items WHERE reviewer = ?"), { team.reviewerA });
        Decision mine;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        mine.ownership = QStringLiteral("confirm");
        mine.scope = QStringLiteral("keep");
        mine.need = QStringLiteral("certify");
        mine.itemId = ownItem;
        mine.decidedBy = team.reviewerA;
        mine.justification = QStringLiteral("still runs the nightly export");
        mine.ownership = QStringLiteral("reassign"); // the fallback reviewer's items are orphans
        mine.ownershipTarget = QStringLiteral("ada@example.com");
        auto decided = ReviewService(client).decide(mine);
        QVERIFY2(bool(decided) == decidesOwnItems,
                 qPrintable(decided ? QStringLiteral("decided") : decided.errorString()));
        if (!decidesOwnItems)
            QVERIFY2(decided.errorString().contains(QStringLiteral("not allowed")), qPrintable(decided.errorString()));
        QCOMPARE(scalar(store.database()->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"), { ownItem }),
                 qint64(decidesOwnItems ? 1 : 0));

        if (decidesOwnItems) {
            // The decision certified the identity; afterwards its certification is not the reviewer's to rewrite.
            const qint64 identity
                = scalar(store.database()->connection(),
                         QStringLiteral("SELECT identity_id FROM review_items WHERE id = ?"), { ownItem });
            QCOMPARE(textOf(store.database()->connection(),
                            QStringLiteral("SELECT last_certified_at FROM identities WHERE id = ?"), { identity }),
                     textOf(store.database()->connection(),
                            QStringLiteral("SELECT decided_at FROM decisions WHERE item_id = ?"), { ownItem }));
            if (role == QLatin1String("reviewer")) {
                auto rewritten = sql::run(
                    db, QStringLiteral("UPDATE identities SET expires_at = '2099-01-01T00:00:00Z' WHERE id = ?"),
                    { identity });
                QVERIFY(!rewritten || rewritten->numRowsAffected() == 0);
            }
            // A decision stands: nobody reopens the item to decide it again, not even with raw SQL.
            QVERIFY(
                !sql::run(db, QStringLiteral("UPDATE review_items SET state = 'pending' WHERE id = ?"), { ownItem }));
            QCOMPARE(textOf(store.database()->connection(),
                            QStringLiteral("SELECT state FROM review_items WHERE id = ?"), { ownItem }),
                     QStringLiteral("decided"));
            auto removed = sql::run(db, QStringLiteral("DELETE FROM decisions WHERE item_id = ?"), { ownItem });
            QVERIFY(!removed || removed->numRowsAffected() == 0);
            QCOMPARE(scalar(store.database()->connection(),
                            QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"), { ownItem }),
                     qint64(1));
        }
        if (role == QLatin1String("reviewer")) {
            // Nor opens a second stage for an accomplice: this campaign has none.
            QVERIFY(!sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, evidence_json) "
                    "SELECT campaign_id, identity_id, 2, ?, 'pending', evidence_json FROM review_items WHERE id = ?"),
                { team.reviewerB, ownItem }));
        }
        if (role == QLatin1String("manager")) {
            // Managers run campaigns but cannot erase decisions by deleting what holds them, or decide as someone else.
            QVERIFY(!sql::run(db, QStringLiteral("DELETE FROM campaigns WHERE id = ?"), { team.campaign }));
            QVERIFY(!sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO decisions (item_id, assigned_to, decided_by, decided_at, ownership, scope, need) "
                    "VALUES (?, ?, ?, '2026-11-23T09:00:00Z', 'confirm', 'keep', 'certify')"),
                { othersItem, team.reviewerB, team.reviewerB }));
        }

        auto created = CampaignService(client).create({ QStringLiteral("by ") + role,
                                                        QDateTime::currentDateTimeUtc().addDays(10), QString(),
                                                        kFallback, QString(), email, QString() });
        QCOMPARE(bool(created), createsCampaigns);

        // Nobody but the owner says who is on the team; the chain stays whole whoever appended.
        QVERIFY(!sql::run(db,
                          QStringLiteral("INSERT INTO team_members (db_role, email, role, added_at, added_by) "
                                         "VALUES ('mallory', 'mallory@example.com', 'manager', 'x', 'x')")));
        auto chain = AuditLog::verify(store.database()->connection());
        QVERIFY(chain);
        QVERIFY2(chain->ok(), qPrintable(chain->problems.join(u'\n')));
    }

    void passwordsBecomeScramVerifiers_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QString>("verifier");
        // Expected values from an independent implementation (Python hashlib/hmac, RFC 7677 construction).
        QTest::newRow("RFC 7677 user")
            << "pencil" << QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")
            << "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
               "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=";
        QTest::newRow("team password")
            << "hunter2-team" << QByteArray("0123456789abcdef")
            << "SCRAM-SHA-256$4096:MDEyMzQ1Njc4OWFiY2RlZg==$oa4Cbp+vTwEE+BFLMJZ+3ZuFOW56/SXqzcMD/Kzgrfw=:"
               "23mOuCDSYYcfz7L++/WVRqRjrhnkSY2vU0afO9hN/lw=";
    }

    void passwordsBecomeScramVerifiers()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, salt);
        QFETCH(QString, verifier);
        QCOMPARE(TeamService::scramVerifier(password, salt, 4096), verifier);
    }

    // The server keeps the chain linked whoever writes: a row that does not extend it is refused.
    void theServerRefusesAnAuditRowThatBreaksTheChain()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        const QSqlDatabase db = store.database()->connection();
        QVERIFY(store.database()->transaction([](QSqlDatabase& tx) {
            return AuditLog(tx).append(QDateTime::currentDateTimeUtc(), QStringLiteral("owner"), QStringLiteral("test"),
                                       QStringLiteral("test"), QStringLiteral("1"), QJsonObject {});
        }));
        const QString tail = textOf(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        AuditEntry forged;
        forged.at = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        forged.actor = QStringLiteral("owner");
        forged.action = QStringLiteral("review.decide");
        forged.entity = QStringLiteral("review-item");
        forged.entityId = QStringLiteral("7");
        forged.payload = QStringLiteral("{}");
        forged.prevHash = QString(64, u'0'); // pretends to start the chain again
        forged.hash = AuditLog::hashOf(forged);
        const QString insert = QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, payload, prev_hash, hash) "
            "VALUES ('2026-11-23T09:00:00Z', 'owner', 'review.decide', 'review-item', '7', '{}', ?, ?)");
        auto restarted = sql::run(db, insert, { forged.prevHash, forged.hash });
        QVERIFY(!restarted);
        QVERIFY2(restarted.errorString().contains(QStringLiteral("does not extend the chain")),
                 qPrintable(restarted.errorString()));
        forged.prevHash = tail;
        auto wrongHash = sql::run(db, insert, { tail, QString(64, u'f') });
        QVERIFY(!wrongHash);
        QVERIFY2(wrongHash.errorString().contains(QStringLiteral("hash does not match")),
                 qPrintable(wrongHash.errorString()));
        forged.hash = AuditLog::hashOf(forged);
        QVERIFY2(sql::run(db, insert, { tail, forged.hash }), "a row that extends the chain is accepted");
        auto chain = AuditLog::verify(db);
        QVERIFY(chain && chain->ok() && chain->rows == 2);
    }

    void certifyingOpensTheSecondStageForTheManager()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        const TeamStore team = prepare(store.database());
        QVERIFY(team.campaign > 0);
        auto staged
            = CampaignService(store.database())
                  .create({ QStringLiteral("two stages"), QDateTime::currentDateTimeUtc().addDays(30), QString(),
                            kFallback, QStringLiteral("manager"), QStringLiteral("owner"), QString() });
        QVERIFY(staged);
        // A reviewer whose manager is in the people directory.
        const QString reviewer = textOf(
            store.database()->connection(),
            QStringLiteral(
                "SELECT r.reviewer FROM review_items r JOIN people p ON p.email = r.reviewer WHERE r.campaign_id = ? "
                "AND p.manager_email LIKE '%@%' AND p.manager_email <> r.reviewer GROUP BY r.reviewer ORDER BY "
                "COUNT(*) DESC LIMIT 1"),
            { staged.value() });
        const QString manager
            = textOf(store.database()->connection(), QStringLiteral("SELECT manager_email FROM people WHERE email = ?"),
                     { reviewer });
        QVERIFY2(manager.contains(u'@'), qPrintable(reviewer));
        TeamService owner(store.database());
        QVERIFY(owner.initialise(QStringLiteral("owner")));
        const QString login = uniqueLogin(QStringLiteral("stage"));
        QVERIFY(owner.addMember(reviewer, TeamRole::Reviewer, login, QString(), QStringLiteral("owner")));
        auto client = Database::open(store.locationAs(login));
        QVERIFY(client);
        auto mine = ReviewService(client.value()).items(staged.value(), reviewer);
        QVERIFY(mine && !mine->isEmpty());
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = mine->first().id;
        d.decidedBy = reviewer;
        d.justification = QStringLiteral("runs the nightly export");
        d.ownership = QStringLiteral("reassign");
        d.ownershipTarget = QStringLiteral("ada@example.com");
        auto decided = ReviewService(client.value()).decide(d);
        QVERIFY2(decided, qPrintable(decided.errorString()));
        QCOMPARE(
            textOf(store.database()->connection(),
                   QStringLiteral(
                       "SELECT reviewer FROM review_items WHERE campaign_id = ? AND identity_id = ? AND stage = 2"),
                   { staged.value(), mine->first().identityId }),
            manager);
        // The second stage is the manager's, out of the reviewer's sight.
        QCOMPARE(
            scalar(client.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM review_items WHERE stage = 2")),
            qint64(0));
    }

    void aReviewerWorksFromTheCommandLineAsTheirLogin()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        const TeamStore team = prepare(store.database());
        QVERIFY(team.campaign > 0);
        TeamService owner(store.database());
        QVERIFY(owner.initialise(QStringLiteral("owner")));
        const QString login = uniqueLogin(QStringLiteral("cli"));
        QVERIFY(owner.addMember(team.reviewerA, TeamRole::Reviewer, login, QString(), QStringLiteral("owner")));
        const QString url = store.locationAs(login);
        // No --reviewer: the login says who is reviewing.
        const auto listed = test::runProgram(QStringLiteral(RECERTIFY_CLI_PATH),
                                             { QStringLiteral("--db"), url, QStringLiteral("--json"),
                                               QStringLiteral("review"), QStringLiteral("list"),
                                               QStringLiteral("--campaign"), QString::number(team.campaign) });
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray items = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(items.size(), team.itemsOfA);
        const qint64 item = items.first().toObject().value(QStringLiteral("id")).toInteger();
        const auto decided = test::runProgram(
            QStringLiteral(RECERTIFY_CLI_PATH),
            { QStringLiteral("--db"), url, QStringLiteral("review"), QStringLiteral("decide"), QString::number(item),
              QStringLiteral("--ownership"), QStringLiteral("reassign=ada@example.com"), QStringLiteral("--scope"),
              QStringLiteral("keep"), QStringLiteral("--need"), QStringLiteral("certify"),
              QStringLiteral("--justification"), QStringLiteral("runs the nightly export") });
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        QCOMPARE(textOf(store.database()->connection(),
                        QStringLiteral("SELECT decided_by FROM decisions WHERE item_id = ?"), { item }),
                 team.reviewerA);
        // The reviewer corrects it while the campaign is open; the server keeps both rows.
        const auto amended = test::runProgram(
            QStringLiteral(RECERTIFY_CLI_PATH),
            { QStringLiteral("--db"), url, QStringLiteral("review"), QStringLiteral("amend"), QString::number(item),
              QStringLiteral("--ownership"), QStringLiteral("reassign=ada@example.com"), QStringLiteral("--scope"),
              QStringLiteral("keep"), QStringLiteral("--need"), QStringLiteral("revoke"),
              QStringLiteral("--justification"), QStringLiteral("the export moved to another role") });
        QVERIFY2(amended.exitCode == 0, amended.err.constData());
        QCOMPARE(scalar(store.database()->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"), { item }),
                 qint64(2));
        QCOMPARE(textOf(store.database()->connection(),
                        QStringLiteral("SELECT need FROM decisions WHERE item_id = ? AND supersedes IS NOT NULL"),
                        { item }),
                 QStringLiteral("revoke"));
        // Naming someone else gets the server's refusal, plainly.
        const qint64 others
            = scalar(store.database()->connection(),
                     QStringLiteral("SELECT MIN(id) FROM review_items WHERE reviewer = ?"), { team.reviewerB });
        const auto refused = test::runProgram(
            QStringLiteral(RECERTIFY_CLI_PATH),
            { QStringLiteral("--db"), url, QStringLiteral("review"), QStringLiteral("decide"), QString::number(others),
              QStringLiteral("--reviewer"), team.reviewerB, QStringLiteral("--ownership"), QStringLiteral("confirm"),
              QStringLiteral("--scope"), QStringLiteral("keep"), QStringLiteral("--need"), QStringLiteral("certify"),
              QStringLiteral("--justification"), QStringLiteral("x") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("No review item"), refused.err.constData());
        QVERIFY2(!refused.err.contains("free statement"), refused.err.constData());
    }

    void handingOnMovesTheItemOutOfTheReviewersHands()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        const TeamStore team = prepare(store.database());
        QVERIFY(team.campaign > 0);
        TeamService owner(store.database());
        QVERIFY(owner.initialise(QStringLiteral("owner")));
        const QString login = uniqueLogin(QStringLiteral("ada"));
        QVERIFY(owner.addMember(team.reviewerA, TeamRole::Reviewer, login, QStringLiteral("s3cret"),
                                QStringLiteral("owner")));
        auto client = Database::open(store.locationAs(login));
        QVERIFY(client);
        ReviewService reviews(client.value());
        auto mine = reviews.items(team.campaign, team.reviewerA);
        QVERIFY(mine && !mine->isEmpty());
        const qint64 item = mine->first().id;
        auto handed = reviews.delegate(item, team.reviewerA, team.reviewerB);
        QVERIFY2(handed, qPrintable(handed.errorString()));
        // Still visible to the one who handed it on, but theirs to decide no longer.
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item;
        d.decidedBy = team.reviewerA;
        QVERIFY(!reviews.decide(d));
        QCOMPARE(scalar(client.value()->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM review_items WHERE reviewer = ?"), { team.reviewerA }),
                 team.itemsOfA - 1);
        // Only a SCRAM verifier reached the server: the password was in no statement it could log.
        const QString stored = textOf(store.database()->connection(),
                                      QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), { login });
        QVERIFY2(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")), qPrintable(stored));
        QVERIFY(!stored.contains(QStringLiteral("s3cret")));
        // A privileged login is not made a team member.
        auto refused = owner.addMember(QStringLiteral("root@example.com"), TeamRole::Reviewer,
                                       QStringLiteral("recertify"), QString(), QStringLiteral("owner"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("privileged")), qPrintable(refused.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestTeamMode)
#include "TestTeamMode.moc"
