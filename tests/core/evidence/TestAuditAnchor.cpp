#include "core/evidence/AuditAnchor.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace recertify;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

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

bool tamper(const Database& database, const QString& statement, const QVariantList& values = {})
{
    const QSqlDatabase db = database.connection();
    if (database.dialect().engine() == SqlDialect::Engine::PostgreSQL
        && !sql::run(db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")))
        return false;
    auto q = sql::runList(db, statement, values);
    if (!q)
        qWarning() << q.errorString();
    return q.ok();
}

// What someone with write access to the file does to hide rows: change one, then re-hash every
// row after it so each link holds again.
bool rewriteFrom(const Database& database, qint64 seq)
{
    auto entries = AuditLog::entries(database.connection());
    if (!entries)
        return false;
    QString previous = seq > 1 ? entries->at(seq - 2).hash : AuditLog::genesis();
    for (qsizetype i = seq - 1; i < entries->size(); ++i) {
        AuditEntry e = entries->at(i);
        if (e.seq == seq)
            e.payload = QStringLiteral("{\"n\":0}");
        e.prevHash = previous;
        e.hash = AuditLog::hashOf(e);
        if (!tamper(database, QStringLiteral("UPDATE audit_log SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?"),
                    { e.payload, e.prevHash, e.hash, e.seq }))
            return false;
        previous = e.hash;
    }
    return true;
}

// A row that links and hashes correctly, written straight into the table.
bool appendByHand(const Database& database)
{
    auto head = AuditLog::head(database.connection());
    if (!head)
        return false;
    AuditEntry e;
    e.at = kNow.addDays(1);
    e.actor = QStringLiteral("cli:mallory");
    e.action = QStringLiteral("review.decide");
    e.entity = QStringLiteral("review-item");
    e.entityId = QStringLiteral("7");
    e.payload = QStringLiteral("{\"decision\":\"certify\"}");
    e.prevHash = head->second;
    e.hash = AuditLog::hashOf(e);
    return tamper(database,
                  QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, payload, prev_hash, "
                                 "hash) VALUES (?,?,?,?,?,?,?,?)"),
                  { Timestamp::toIso(e.at), e.actor, e.action, e.entity, e.entityId, e.payload, e.prevHash, e.hash });
}

QStringList problemsOf(const Database& database, const SigningKey& key)
{
    QStringList problems;
    auto chain = AuditLog::verify(database.connection());
    if (!chain)
        return { chain.errorString() };
    problems << chain->problems;
    auto anchored = AuditAnchor::check(database, key.publicPem);
    if (!anchored)
        return { anchored.errorString() };
    return problems << anchored.value();
}

} // namespace

using Tampering = std::function<bool(const Database&)>;
Q_DECLARE_METATYPE(Tampering)

/**
 * The chain's end is signed outside the database after every change batch, so what the hash chain
 * alone cannot see (rows cut from the end, a chain re-hashed after an edit, a well-formed row added
 * by hand) is caught and the row named.
 */
class TestAuditAnchor : public QObject
{
    Q_OBJECT

    SigningKey m_key;
    FixedClock m_clock { kNow };

private slots:
    void initTestCase()
    {
        auto key = Signer::generate();
        QVERIFY(key.ok());
        m_key = key.value();
    }

    void anUntouchedStoreHoldsAndTheCheckpointFollowsEveryCommit_data() { test::engineRows(); }
    void anUntouchedStoreHoldsAndTheCheckpointFollowsEveryCommit()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& database = *store.database();
        AuditAnchor::install(
            *store.database(), [this] { return Result<SigningKey>(m_key); }, m_clock);
        QVERIFY(problemsOf(database, m_key).isEmpty()); // an empty chain needs no checkpoint
        QVERIFY(appendRows(database, 1, 3).ok());
        QVERIFY(appendRows(database, 4, 10).ok());
        // A transaction that wrote no audit row signs nothing new.
        QVERIFY(database.transaction([](QSqlDatabase&) -> Status { return {}; }).ok());

        auto state = AuditAnchor::load(AuditAnchor::pathFor(database));
        QVERIFY2(state.ok(), qPrintable(state.errorString()));
        QVERIFY(state->exists);
        QCOMPARE(state->confirmed.seq, qint64(10));
        QVERIFY(state->pending.isNull());
        QCOMPARE(state->confirmed.head, AuditLog::head(database.connection())->second);
        QCOMPARE(state->confirmed.at, kNow);
        const QStringList problems = problemsOf(database, m_key);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A new auditor's machine holds no checkpoint of a team server: the end it first sees, links intact,
    // is signed there, and rows later cut behind the server's back are named. A file store is never
    // adopted this way: its missing checkpoint stays a problem until a person checks and signs it.
    void aServerFirstSeenFromThisMachineIsRemembered_data() { test::engineRows(); }
    void aServerFirstSeenFromThisMachineIsRemembered()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& database = *store.database();
        QFile::remove(AuditAnchor::pathFor(database));
        QVERIFY(appendRows(database, 1, 5).ok()); // written from another machine: nothing anchored here
        QCOMPARE(problemsOf(database, m_key).size(), 1);
        QVERIFY(problemsOf(database, m_key).first().contains(QStringLiteral("no signed checkpoint")));

        auto adopted = AuditAnchor::adoptServerChain(database, m_key, kNow);
        QVERIFY2(adopted.ok(), qPrintable(adopted.errorString()));
        if (engine == QLatin1String("sqlite")) {
            QVERIFY(!adopted->has_value());
            QCOMPARE(problemsOf(database, m_key).size(), 1);
            return;
        }
        QVERIFY(adopted->has_value());
        QCOMPARE(adopted->value().seq, qint64(5));
        QVERIFY(problemsOf(database, m_key).isEmpty());
        auto again = AuditAnchor::adoptServerChain(database, m_key, kNow.addDays(1));
        QVERIFY(again.ok() && !again->has_value()); // remembered once, never re-adopted over a later change

        QVERIFY(tamper(database, QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        const QStringList problems = problemsOf(database, m_key);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QStringLiteral("row 4: rows after it were removed")),
                 qPrintable(problems.first()));
        QFile::remove(AuditAnchor::pathFor(database));
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<Tampering>("tampering");
        QTest::addColumn<QString>("expected");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: the last row deleted", e.constData()) << engine << Tampering([](const Database& d) {
                return tamper(d, QStringLiteral("DELETE FROM audit_log WHERE seq = 10"));
            }) << "row 9: rows after it were removed";
            QTest::addRow("%s: the last five deleted", e.constData()) << engine << Tampering([](const Database& d) {
                return tamper(d, QStringLiteral("DELETE FROM audit_log WHERE seq > 5"));
            }) << "row 5: rows after it were removed";
            QTest::addRow("%s: every row deleted", e.constData()) << engine << Tampering([](const Database& d) {
                return tamper(d, QStringLiteral("DELETE FROM audit_log"));
            }) << "rows 1 to 10 were removed";
            QTest::addRow("%s: row 4 edited and the chain re-hashed", e.constData())
                << engine << Tampering([](const Database& d) { return rewriteFrom(d, 4); })
                << "row 10: not the row the checkpoint";
            QTest::addRow("%s: the last row edited and re-hashed", e.constData())
                << engine << Tampering([](const Database& d) { return rewriteFrom(d, 10); })
                << "row 10: not the row the checkpoint";
            QTest::addRow("%s: a time reformatted, same instant", e.constData())
                << engine << Tampering([](const Database& d) {
                       return tamper(d, QStringLiteral("UPDATE audit_log SET at = ? WHERE seq = 2"),
                                     { QStringLiteral("2026-11-23T09:00:02.000Z") });
                   })
                << "row 2: its time is not written the way Recertify writes it";
            QTest::addRow("%s: the checkpoint file deleted", e.constData())
                << engine << Tampering([](const Database& d) { return QFile::remove(AuditAnchor::pathFor(d)); })
                << "no signed checkpoint";
            QTest::addRow("%s: the checkpoint re-signed by another key", e.constData())
                << engine << Tampering([](const Database& d) {
                       auto other = Signer::generate();
                       return other.ok() && AuditAnchor::checkpointNow(d, other.value(), kNow).ok();
                   })
                << "signature does not verify";
        }
        // On a file store only one writer extends the chain: a row added by hand is not Recertify's.
        QTest::addRow("sqlite: a well-formed row appended by hand")
            << QStringLiteral("sqlite") << Tampering([](const Database& d) { return appendByHand(d); })
            << "rows 11 to 11: added after the last signed checkpoint";
    }

    void tamperingIsNamed()
    {
        QFETCH(QString, engine);
        QFETCH(Tampering, tampering);
        QFETCH(QString, expected);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& database = *store.database();
        AuditAnchor::install(
            *store.database(), [this] { return Result<SigningKey>(m_key); }, m_clock);
        QVERIFY(appendRows(database, 1, 10).ok());
        QVERIFY(problemsOf(database, m_key).isEmpty());

        QVERIFY(tampering(database));
        const QStringList problems = problemsOf(database, m_key);
        QVERIFY2(!problems.isEmpty(), "the tampering went unnoticed");
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    }

    // A store's first commit killed between the commit and its confirmation: the end it signed as pending before
    // committing is the chain's end, so the store still verifies; a pending end signed by another key does not.
    void aFirstCommitCutBeforeItsConfirmationStillVerifies_data()
    {
        QTest::addColumn<bool>("sameKey");
        QTest::addRow("pending signed by the store's key") << true;
        QTest::addRow("pending signed by another key") << false;
    }

    void aFirstCommitCutBeforeItsConfirmationStillVerifies()
    {
        QFETCH(bool, sameKey);
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const Database& database = *store.database();
        AuditAnchor::install(
            *store.database(), [this] { return Result<SigningKey>(m_key); }, m_clock);
        QVERIFY(appendRows(database, 1, 3).ok());
        auto state = AuditAnchor::load(AuditAnchor::pathFor(database));
        QVERIFY(state.ok() && !state->confirmed.isNull());
        auto other = Signer::generate();
        QVERIFY(other.ok());
        auto pending
            = AuditAnchor::sign(state->confirmed.seq, state->confirmed.head, kNow, sameKey ? m_key : other.value());
        QVERIFY(pending.ok());
        AnchorState cut;
        cut.exists = true;
        cut.pending = pending.value();
        QVERIFY(AuditAnchor::save(AuditAnchor::pathFor(database), cut).ok());
        const QStringList problems = problemsOf(database, m_key);
        if (sameKey) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY(problems.first().contains(QStringLiteral("no signed checkpoint")));
        }
    }

    // The next honest change must not bless rows added behind Recertify's back.
    void aLaterCommitDoesNotSignOverRowsAddedByHand()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const Database& database = *store.database();
        AuditAnchor::install(
            *store.database(), [this] { return Result<SigningKey>(m_key); }, m_clock);
        QVERIFY(appendRows(database, 1, 3).ok());
        QVERIFY(appendByHand(database));
        QVERIFY(appendRows(database, 5, 6).ok());
        const QStringList problems = problemsOf(database, m_key);
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("rows 4 to 6: added after the last signed checkpoint")),
                 qPrintable(problems.join(u'\n')));
    }

    // Killed between a commit and its confirmation: the new end was signed as pending before the commit.
    void aCommitWhoseConfirmationWasLostStillHolds()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const Database& database = *store.database();
        AuditAnchor::install(
            *store.database(), [this] { return Result<SigningKey>(m_key); }, m_clock);
        QVERIFY(appendRows(database, 1, 3).ok());
        const QString path = AuditAnchor::pathFor(database);
        auto before = AuditAnchor::load(path);
        QVERIFY(before.ok());
        QVERIFY(appendRows(database, 4, 5).ok());
        auto after = AuditAnchor::load(path);
        QVERIFY(after.ok());
        AnchorState lost;
        lost.exists = true;
        lost.confirmed = before->confirmed;
        lost.pending = after->confirmed;
        QVERIFY(AuditAnchor::save(path, lost).ok());
        QStringList problems = problemsOf(database, m_key);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // And the next commit carries on from it.
        QVERIFY(appendRows(database, 6, 6).ok());
        problems = problemsOf(database, m_key);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(AuditAnchor::load(path)->confirmed.seq, qint64(6));
    }

    // Killed while taking the anchor's lock: the lock file is left empty, naming no owner. The next command signs its
    // commit at once, not after Qt's 30 s and not left unsigned (TestCrashConsistency's killed campaign create).
    void aLockLeftByAKilledCommandDoesNotLeaveTheNextCommitUnsigned()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const Database& database = *store.database();
        AuditAnchor::install(
            *store.database(), [this] { return Result<SigningKey>(m_key); }, m_clock);
        QVERIFY(appendRows(database, 1, 3).ok());
        QFile lock(AuditAnchor::pathFor(database) + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
        lock.close();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(appendRows(database, 4, 5).ok());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QStringList problems = problemsOf(database, m_key);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(AuditAnchor::load(AuditAnchor::pathFor(database))->confirmed.seq, qint64(5));
    }

    // The checkpoint is a plain Ed25519 signature over a few text lines: stock tools check it.
    void theCheckpointIsSignedOverPlainText()
    {
        auto checkpoint = AuditAnchor::sign(42, QString(64, u'a'), kNow, m_key);
        QVERIFY(checkpoint.ok());
        QCOMPARE(checkpoint->message(),
                 QByteArray("recertify-audit-anchor/1\nseq 42\nhead " + QByteArray(64, 'a')
                            + "\nat 2026-11-23T09:00:00Z\n"));
        auto ok = Signer::verify(m_key.publicPem, checkpoint->message(), checkpoint->signature);
        QVERIFY(ok.ok() && ok.value());
        const AuditCheckpoint back = AuditCheckpoint::fromJson(checkpoint->toJson());
        QCOMPARE(back.seq, qint64(42));
        QCOMPARE(back.signature, checkpoint->signature);
        QCOMPARE(back.message(), checkpoint->message());
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "TestAuditAnchor.moc"
