#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/StoreCopy.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace recertify;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& statement)
{
    auto q = sql::run(db, statement);
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

/** SHA-256 over every value of a query's rows, to compare contents across engines. */
QByteArray fingerprint(const QSqlDatabase& db, const QString& statement)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto q = sql::run(db, statement);
    if (!q)
        return {};
    while (q->next()) {
        for (int c = 0; c < q->record().count(); ++c)
            hash.addData(QByteArray((q->value(c).isNull() ? QStringLiteral("<null>") : q->value(c).toString()).toUtf8()
                                    + '\x1f'));
    }
    return hash.result().toHex();
}

/** A desktop's store with everything in it: estate, analysis, a campaign with decisions, an audit chain. */
bool fill(const DatabasePtr& database)
{
    if (!DemoEstate::generate(*database, { 80, 5, false }, Clock::instance()) || !AnalysisService(database).run())
        return false;
    auto id = CampaignService(database).create({ QStringLiteral("Q4"), QDateTime::currentDateTimeUtc().addDays(30),
                                                 QString(), QStringLiteral("governance@example.com"),
                                                 QStringLiteral("manager"), QStringLiteral("owner"), QString() });
    if (!id)
        return false;
    ReviewService reviews(database);
    auto items = reviews.items(id.value());
    if (!items)
        return false;
    for (int i = 0; i < 10 && i < items->size(); ++i) {
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = items->at(i).id;
        d.decidedBy = items->at(i).reviewer;
        d.justification = QStringLiteral("still needed");
        // Many demo identities are orphans, whose ownership cannot be confirmed: name an owner.
        d.ownership = QStringLiteral("reassign");
        d.ownershipTarget = QStringLiteral("ada@example.com");
        if (!reviews.decide(d))
            return false;
    }
    return true;
}

} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

private slots:
    void aDesktopStoreMovesWholeIntoAnEmptyOne_data() { test::engineRows(); }

    void aDesktopStoreMovesWholeIntoAnEmptyOne()
    {
        QFETCH(QString, engine);
        test::TestDatabase source;
        QVERIFY(source.database());
        QVERIFY(fill(source.database()));
        RECERTIFY_OPEN_DB(target, engine);

        auto report = StoreCopy::copy(*source.database(), *target.database());
        QVERIFY2(report, qPrintable(report.errorString()));
        for (const QString& table : StoreCopy::tables()) {
            const qint64 rows
                = scalar(source.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
            QCOMPARE(scalar(target.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table), rows);
        }
        QVERIFY(scalar(target.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM decisions")) == 10);
        // The same rows, value for value: parents, owners, certification, decisions, the chain.
        for (const QString& statement :
             { QStringLiteral("SELECT id, native_id, parent_id, business_owner, status, last_certified_at, "
                              "certified_grants FROM identities ORDER BY id"),
               QStringLiteral("SELECT id, item_id, decided_by, need, justification FROM decisions ORDER BY id"),
               QStringLiteral(
                   "SELECT id, campaign_id, stage, reviewer, state, evidence_json FROM review_items ORDER BY id"),
               QStringLiteral("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq") }) {
            QCOMPARE(fingerprint(target.database()->connection(), statement),
                     fingerprint(source.database()->connection(), statement));
        }
        QVERIFY(scalar(target.database()->connection(),
                       QStringLiteral("SELECT COUNT(*) FROM identities WHERE parent_id IS NOT NULL"))
                > 0);
        QCOMPARE(report->auditRows,
                 scalar(source.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")));

        // The copy is a working store: new rows continue after the copied ids and extend the same chain.
        const qint64 lastCampaign
            = scalar(target.database()->connection(), QStringLiteral("SELECT MAX(id) FROM campaigns"));
        auto next
            = CampaignService(target.database())
                  .create({ QStringLiteral("after the move"), QDateTime::currentDateTimeUtc().addDays(9), QString(),
                            QStringLiteral("governance@example.com"), QString(), QStringLiteral("owner"), QString() });
        QVERIFY2(next, qPrintable(next.errorString()));
        QCOMPARE(next.value(), lastCampaign + 1);
        auto chain = AuditLog::verify(target.database()->connection());
        QVERIFY(chain && chain->ok());
        QCOMPARE(chain->rows, report->auditRows + 1);
    }

    void aStoreThatHoldsDataIsLeftAlone()
    {
        test::TestDatabase source;
        test::TestDatabase target;
        QVERIFY(source.database() && target.database());
        QVERIFY(fill(source.database()));
        QVERIFY(DemoEstate::generate(*target.database(), { 5, 1, false }, Clock::instance()));
        const qint64 before
            = scalar(target.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM identities"));
        auto refused = StoreCopy::copy(*source.database(), *target.database());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("already holds data")),
                 qPrintable(refused.errorString()));
        QVERIFY2(refused.errorString().contains(QStringLiteral("12 rows in people")),
                 qPrintable(refused.errorString()));
        QCOMPARE(scalar(target.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM identities")), before);
    }

    void aRowTheTargetRefusesRollsTheWholeCopyBack()
    {
        test::TestDatabase source;
        test::TestDatabase target;
        QVERIFY(source.database() && target.database());
        QVERIFY(fill(source.database()));
        // A finding whose identity does not exist: the foreign key refuses it half-way through.
        QVERIFY(sql::run(source.database()->connection(), QStringLiteral("PRAGMA foreign_keys=OFF")));
        QVERIFY(sql::run(
            source.database()->connection(),
            QStringLiteral(
                "INSERT INTO findings (identity_id, type, subject, severity, detail, owasp, opened_at) "
                "VALUES (999999, 'unused-permission', 'x', 'low', 'orphan row', 'NHI5', '2026-11-01T00:00:00Z')")));
        auto refused = StoreCopy::copy(*source.database(), *target.database());
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("findings")), qPrintable(refused.errorString()));
        QCOMPARE(scalar(target.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM identities")), qint64(0));
        QCOMPARE(scalar(target.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(0));
    }

    void theCommandLineReportsCountsAndTheChain()
    {
        RECERTIFY_OPEN_DB(target, QStringLiteral("postgresql"));
        test::TestDatabase source;
        QVERIFY(source.database());
        QVERIFY(fill(source.database()));
        const QString file = source.location();
        const QString url = target.location();
        const auto run = test::runProgram(QStringLiteral(RECERTIFY_CLI_PATH),
                                          { QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                            QStringLiteral("--to"), url, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject out = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(out.value(QStringLiteral("tables")).toObject().value(QStringLiteral("identities")).toInt(), 80);
        QCOMPARE(out.value(QStringLiteral("auditRows")).toInteger(),
                 scalar(source.database()->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")));
        // Again into the same store: refused with the reason, exit 1.
        const auto again = test::runProgram(
            QStringLiteral(RECERTIFY_CLI_PATH),
            { QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), url });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds data"), again.err.constData());
        const auto missing = test::runProgram(QStringLiteral(RECERTIFY_CLI_PATH),
                                              { QStringLiteral("migrate"), QStringLiteral("--from"),
                                                file + QStringLiteral(".nope"), QStringLiteral("--to"), url });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(".nope"), missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "TestStoreCopy.moc"
