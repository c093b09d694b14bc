#include "core/demo/DemoEstate.h"
#include "core/storage/Database.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace recertify::test;

namespace {

const QString kCli = QStringLiteral(RECERTIFY_CLI_PATH);

QString data(const QString& relative)
{
    return QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + relative;
}

// A store is its file, its write-ahead log and its audit anchor.
bool copyStore(const QString& from, const QString& to)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral(".audit-anchor") }) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

QString integrityOf(const QString& path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                verdict = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return verdict;
}

int scalarOf(const QString& path, const QString& statement)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scalar"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
    return value;
}

} // namespace

/**
 * Killed at any moment, Recertify leaves a store that is whole: SQLite's own check passes, the audit
 * chain and its signed end hold, and the same command run again completes. Each command is killed
 * with SIGKILL at seeded random points spread over its running time.
 */
class TestCrashConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small; ///< a demo estate
    QString m_campaign; ///< a larger one with a campaign to export
    int m_kills = 0;
    int m_midRun = 0;

    RunResult cli(const QString& db, const QStringList& args)
    {
        return runProgram(kCli, QStringList { QStringLiteral("--db"), db } + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small.sqlite"));
        QCOMPARE(
            cli(m_small, { QStringLiteral("demo"), QStringLiteral("--identities"), QStringLiteral("500") }).exitCode,
            0);
        m_campaign = m_dir.filePath(QStringLiteral("campaign.sqlite"));
        QCOMPARE(cli(m_campaign, { QStringLiteral("demo"), QStringLiteral("--identities"), QStringLiteral("3000") })
                     .exitCode,
                 0);
        const RunResult created
            = cli(m_campaign,
                  { QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("Q1"), QStringLiteral("--scope"), QStringLiteral("status=active"),
                    QStringLiteral("--due"), QStringLiteral("2027-03-31"), QStringLiteral("--fallback-reviewer"),
                    QStringLiteral("governance@example.com") });
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void aKilledCommandLeavesAWholeStore_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("rerun");
        QTest::addColumn<int>("killWithinMs");
        QRandomGenerator random(20261202); // the same kill points on every run
        const QStringList demo { QStringLiteral("demo"), QStringLiteral("--identities"), QStringLiteral("3000"),
                                 QStringLiteral("--history"), QStringLiteral("2") };
        const QStringList import { QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                                   data(QStringLiteral("aws/trail-bucket")), data(QStringLiteral("aws/cloudtrail")) };
        const QStringList campaign { QStringLiteral("campaign"),
                                     QStringLiteral("create"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("Q2"),
                                     QStringLiteral("--scope"),
                                     QStringLiteral("status=active"),
                                     QStringLiteral("--due"),
                                     QStringLiteral("2027-06-30"),
                                     QStringLiteral("--fallback-reviewer"),
                                     QStringLiteral("governance@example.com") };
        const QStringList exportBundle { QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                                         QStringLiteral("BUNDLE") };
        struct Kind
        {
            const char* name;
            QString base;
            QStringList command;
            QStringList rerun;
            int windowMs;
        };
        const Kind kinds[] = {
            { "demo", QString(), demo, demo + QStringList { QStringLiteral("--replace") }, 2500 },
            { "import", QStringLiteral("small"), import, import, 400 },
            { "campaign create", QStringLiteral("campaign"), campaign, campaign, 500 },
            { "export", QStringLiteral("campaign"), exportBundle, exportBundle, 500 },
        };
        for (const Kind& kind : kinds) {
            for (int trial = 1; trial <= 5; ++trial) {
                const int at = 5 + int(random.bounded(kind.windowMs));
                QTest::addRow("%s, killed after %d ms", kind.name, at) << kind.base << kind.command << kind.rerun << at;
            }
        }
    }

    void aKilledCommandLeavesAWholeStore()
    {
        QFETCH(QString, base);
        QFETCH(QStringList, command);
        QFETCH(QStringList, rerun);
        QFETCH(int, killWithinMs);
        const QString db = m_dir.filePath(QStringLiteral("trial.sqlite"));
        const QString bundle = m_dir.filePath(QStringLiteral("bundle.zip"));
        for (const QString& suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".audit-anchor") })
            QFile::remove(db + suffix);
        if (!base.isEmpty())
            QVERIFY(copyStore(base == QLatin1String("small") ? m_small : m_campaign, db));
        QFile::remove(bundle);
        command.replaceInStrings(QStringLiteral("BUNDLE"), bundle);
        rerun.replaceInStrings(QStringLiteral("BUNDLE"), bundle);

        QProcess process;
        process.start(kCli, QStringList { QStringLiteral("--db"), db } + command);
        QVERIFY(process.waitForStarted());
        QThread::msleep(killWithinMs);
        const bool running = process.state() == QProcess::Running;
        process.kill(); // SIGKILL: no handler, no cleanup
        process.waitForFinished();
        ++m_kills;
        m_midRun += running ? 1 : 0;

        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        const RunResult audit = cli(db, { QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(audit.exitCode == 0, audit.err.constData());

        const RunResult again = cli(db, rerun);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        QCOMPARE(cli(db, { QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 0);
        if (command.first() == QLatin1String("export")) {
            // The bundle the rerun wrote verifies, and no half-written file is left beside it.
            const int verified = cli(db, { QStringLiteral("verify"), bundle }).exitCode;
            QVERIFY2(verified == 0 || verified == 4, qPrintable(QString::number(verified)));
            QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("*.part") }), QStringList());
        }
    }

    // The state a kill between an import's commit and its analysis leaves (the estate written, its
    // findings not computed): read-only commands say so and change nothing; a campaign, which freezes
    // findings as evidence, recomputes them first.
    void findingsLeftBehindAreNamedThenCaughtUp()
    {
        const QString db = m_dir.filePath(QStringLiteral("unanalysed.sqlite"));
        {
            auto opened = recertify::Database::open(db);
            QVERIFY(opened.ok());
            QVERIFY(
                recertify::DemoEstate::generate(*opened.value(), { 300, 5, false }, recertify::Clock::instance()).ok());
        }
        const auto dueRows = [&] {
            return scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM analysis_due"));
        };
        QCOMPARE(dueRows(), 1);

        const RunResult listed = cli(db, { QStringLiteral("identities"), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.contains("Findings are out of date: the demo estate written at"), listed.err.constData());
        QCOMPARE(dueRows(), 1); // a read-only command wrote nothing
        QCOMPARE(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM findings")), 0);

        const RunResult created
            = cli(db,
                  { QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("Caught up"), QStringLiteral("--due"), QStringLiteral("2027-03-31"),
                    QStringLiteral("--fallback-reviewer"), QStringLiteral("governance@example.com") });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY2(created.err.contains("Findings were out of date (the demo estate written at"),
                 created.err.constData());
        QCOMPARE(dueRows(), 0);
        QVERIFY(scalarOf(db, QStringLiteral("SELECT COUNT(*) FROM findings")) > 0);
        // The campaign's frozen evidence holds the findings computed just before it.
        QVERIFY(
            scalarOf(db,
                     QStringLiteral("SELECT COUNT(*) FROM review_items WHERE evidence_json LIKE '%\"findings\":[{%'"))
            > 0);

        const RunResult after = cli(db, { QStringLiteral("findings") });
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(!after.err.contains("out of date"), after.err.constData());
    }

    void cleanupTestCase()
    {
        qInfo("crash consistency: %d kills with SIGKILL, %d of them mid-run; every store whole, chain and anchor held, "
              "every rerun completed",
              m_kills, m_midRun);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "TestCrashConsistency.moc"
