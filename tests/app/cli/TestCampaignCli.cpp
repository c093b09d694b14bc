#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace recertify::test;

/**
 * A whole campaign through recertify-cli on the real AWS payload: every identity gets an item,
 * only the assigned reviewer decides, every item is decided, the status says 100 percent, and the
 * audit chain holds every decision.
 */
class TestCampaignCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    RunResult cli(const QStringList& args)
    {
        return runProgram(QStringLiteral(RECERTIFY_CLI_PATH), QStringList { QStringLiteral("--db"), m_db } + args);
    }

    int auditRows(const QString& action)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
                q.addBindValue(action);
                if (q.exec() && q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return count;
    }

private slots:
    void aWholeCampaignOnTheRealAwsPayload()
    {
        const QString gaad
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/real/aws/iam-authorization-details.cloudsplaining.json");
        if (!QFile::exists(gaad))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        m_db = m_dir.filePath(QStringLiteral("aws.sqlite"));
        QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("aws-iam"), gaad }).exitCode, 0);
        const QStringList names { "obama",  "biden",       "userwithlotsofpermissions",
                                  "MyRole", "MyOtherRole", "OverprivilegedEC2" };
        for (const QString& name : names) {
            const QString owner = name.startsWith(QLatin1String("My")) ? QStringLiteral("bob@example.com")
                                                                       : QStringLiteral("ada@example.com");
            const RunResult set
                = cli({ QStringLiteral("owners"), QStringLiteral("set"), name, QStringLiteral("--business"), owner,
                        QStringLiteral("--purpose"), QStringLiteral("deployment automation") });
            QVERIFY2(set.exitCode == 0, set.err.constData());
        }

        const RunResult created = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                                        QStringLiteral("AWS Q4"), QStringLiteral("--due"),
                                        QDate::currentDate().addDays(30).toString(Qt::ISODate) });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QString campaign = QString::fromUtf8(created.out).trimmed();
        QVERIFY(campaign.toInt() > 0);

        const QJsonArray items
            = QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("list"),
                                            QStringLiteral("--campaign"), campaign })
                                          .out)
                  .array();
        QCOMPARE(items.size(), 6); // every identity of the payload
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            for (const char* key : { "id", "identityId", "nativeId", "reviewer", "state", "evidence" })
                QVERIFY2(item.contains(QLatin1String(key)), key);
            const QJsonObject evidence = item.value(QStringLiteral("evidence")).toObject();
            QVERIFY(evidence.contains(QStringLiteral("grants")) && evidence.contains(QStringLiteral("trustDebt"))
                    && evidence.contains(QStringLiteral("why")));
        }

        // A reminder names who still has items waiting, and is recorded.
        const QJsonArray reminders
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("remind"), campaign }).out)
                  .array();
        QCOMPARE(reminders.size(), 2);
        QCOMPARE(reminders.at(0)[QStringLiteral("reviewer")].toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(reminders.at(0)[QStringLiteral("pending")].toInt(), 4);
        QCOMPARE(reminders.at(1)[QStringLiteral("reviewer")].toString(), QStringLiteral("bob@example.com"));
        QCOMPARE(reminders.at(1)[QStringLiteral("pending")].toInt(), 2);
        QCOMPARE(auditRows(QStringLiteral("campaign.remind")), 1);

        // Someone who is not the assigned reviewer cannot decide; nothing is recorded.
        const QJsonObject first = items.first().toObject();
        const QString stranger = first.value(QStringLiteral("reviewer")).toString() == QLatin1String("ada@example.com")
            ? QStringLiteral("bob@example.com")
            : QStringLiteral("ada@example.com");
        const RunResult refused
            = cli({ QStringLiteral("review"), QStringLiteral("decide"),
                    QString::number(first.value(QStringLiteral("id")).toInteger()), QStringLiteral("--reviewer"),
                    stranger, QStringLiteral("--ownership"), QStringLiteral("confirm"), QStringLiteral("--scope"),
                    QStringLiteral("keep"), QStringLiteral("--need"), QStringLiteral("certify"),
                    QStringLiteral("--justification"), QStringLiteral("x") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("assigned to"));
        QCOMPARE(auditRows(QStringLiteral("review.decide")), 0);

        // Every item decided by its reviewer: admins are reduced, the others certified.
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QJsonObject evidence = item.value(QStringLiteral("evidence")).toObject();
            QStringList args { QStringLiteral("review"),
                               QStringLiteral("decide"),
                               QString::number(item.value(QStringLiteral("id")).toInteger()),
                               QStringLiteral("--reviewer"),
                               item.value(QStringLiteral("reviewer")).toString(),
                               QStringLiteral("--ownership"),
                               QStringLiteral("confirm"),
                               QStringLiteral("--justification"),
                               QStringLiteral("reviewed with the evidence") };
            const QJsonArray unused = evidence.value(QStringLiteral("proposedReduce")).toArray();
            QVERIFY2(unused.isEmpty(), qPrintable(item.value(QStringLiteral("nativeId")).toString()));
            QCOMPARE(evidence.value(QStringLiteral("usageCoverage")).toObject().value(QStringLiteral("days")).toInt(),
                     0);
            args << QStringLiteral("--scope")
                 << (unused.isEmpty() ? QStringLiteral("keep") : QStringLiteral("reduce=") + unused.first().toString());
            args << QStringLiteral("--need")
                 << QStringLiteral("certify=%1").arg(QDate::currentDate().addYears(1).toString(Qt::ISODate));
            const RunResult decided = cli(args);
            QVERIFY2(decided.exitCode == 0, decided.err.constData());
        }
        const QJsonObject status
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("status"), campaign }).out)
                  .object();
        QCOMPARE(status.value(QStringLiteral("items")).toInt(), 6);
        QCOMPARE(status.value(QStringLiteral("decided")).toInt(), 6);
        QCOMPARE(status.value(QStringLiteral("percentComplete")).toDouble(), 100.0);
        QCOMPARE(status.value(QStringLiteral("reviewers")).toArray().size(), 2);

        // A reviewer corrects a decision while the campaign is open: still one decision per item counted, both on
        // record.
        const QJsonObject corrected = items.first().toObject();
        const QStringList amendArgs { QStringLiteral("review"),
                                      QStringLiteral("amend"),
                                      QString::number(corrected.value(QStringLiteral("id")).toInteger()),
                                      QStringLiteral("--reviewer"),
                                      corrected.value(QStringLiteral("reviewer")).toString(),
                                      QStringLiteral("--ownership"),
                                      QStringLiteral("confirm"),
                                      QStringLiteral("--scope"),
                                      QStringLiteral("keep"),
                                      QStringLiteral("--need"),
                                      QStringLiteral("revoke"),
                                      QStringLiteral("--justification"),
                                      QStringLiteral("the agent was replaced") };
        const RunResult amended = cli(amendArgs);
        QVERIFY2(amended.exitCode == 0, amended.err.constData());
        QVERIFY2(amended.out.contains("amended"), amended.out.constData());
        QCOMPARE(auditRows(QStringLiteral("review.amend")), 1);
        QCOMPARE(
            QJsonDocument::fromJson(
                cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("status"), campaign }).out)
                .object()
                .value(QStringLiteral("decided"))
                .toInt(),
            6);

        // The revocation left that identity's business need uncertified: a campaign asking only what has run out
        // asks that identity that alone, and the CLI takes the one answer it asks.
        const RunResult onlyDue
            = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                    QStringLiteral("What ran out"), QStringLiteral("--due"),
                    QDate::currentDate().addDays(30).toString(Qt::ISODate), QStringLiteral("--only-expired") });
        QVERIFY2(onlyDue.exitCode == 0, onlyDue.err.constData());
        const QJsonArray dueItems
            = QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("review"), QStringLiteral("list"),
                                            QStringLiteral("--campaign"), QString::fromUtf8(onlyDue.out).trimmed() })
                                          .out)
                  .array();
        QCOMPARE(dueItems.size(), 1);
        QCOMPARE(dueItems.first()[QStringLiteral("asks")].toArray(), QJsonArray { QStringLiteral("need") });
        const RunResult needOnly
            = cli({ QStringLiteral("review"), QStringLiteral("decide"),
                    QString::number(dueItems.first()[QStringLiteral("id")].toInteger()), QStringLiteral("--reviewer"),
                    dueItems.first()[QStringLiteral("reviewer")].toString(), QStringLiteral("--need"),
                    QStringLiteral("retire"), QStringLiteral("--justification"),
                    QStringLiteral("replaced by the batch role") });
        QVERIFY2(needOnly.exitCode == 0, needOnly.err.constData());

        // Nobody is left to remind.
        QCOMPARE(
            QJsonDocument::fromJson(
                cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("remind"), campaign }).out)
                .array()
                .size(),
            0);
        QCOMPARE(auditRows(QStringLiteral("campaign.remind")), 1);

        // The audit chain holds every decision (six in the first campaign, one in the second), and holds.
        QCOMPARE(auditRows(QStringLiteral("review.decide")), 7);
        const RunResult verified = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(verified.exitCode == 0, verified.err.constData());

        // Closing: the reductions become remediation tasks; deciding after close is refused.
        const RunResult closed = cli({ QStringLiteral("campaign"), QStringLiteral("close"), campaign });
        QVERIFY2(closed.exitCode == 0, closed.err.constData());
        // The payload brings no activity data, so no grant is known to be unused: nothing was proposed for
        // reduction, every decision kept its grants; the one task is the amendment's revocation.
        QVERIFY2(closed.out.contains("1 remediation task,"), closed.out.constData());
        const QJsonObject after
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("status"), campaign }).out)
                  .object();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        // Once closed, a decision stands.
        const RunResult tooLate = cli(amendArgs);
        QCOMPARE(tooLate.exitCode, 1);
        QVERIFY2(tooLate.err.contains("closed"), tooLate.err.constData());

        // The bundle carries the audit chain's signed end, and stock openssl checks that signature.
        const QString bundle = m_dir.filePath(QStringLiteral("evidence.zip"));
        const RunResult exported = cli({ QStringLiteral("export"), campaign, QStringLiteral("--out"), bundle });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const RunResult campaignJson
            = runProgram(QStringLiteral("unzip"), { QStringLiteral("-p"), bundle, QStringLiteral("campaign.json") });
        const QJsonObject checkpoint
            = QJsonDocument::fromJson(campaignJson.out).object().value(QStringLiteral("auditCheckpoint")).toObject();
        QVERIFY2(checkpoint.value(QStringLiteral("seq")).toInteger() > 0, campaignJson.out.constData());
        {
            QFile message(m_dir.filePath(QStringLiteral("checkpoint.txt")));
            QVERIFY(message.open(QIODevice::WriteOnly));
            message.write(QStringLiteral("recertify-audit-anchor/1\nseq %1\nhead %2\nat %3\n")
                              .arg(checkpoint.value(QStringLiteral("seq")).toInteger())
                              .arg(checkpoint.value(QStringLiteral("head")).toString(),
                                   checkpoint.value(QStringLiteral("at")).toString())
                              .toUtf8());
            QFile signature(m_dir.filePath(QStringLiteral("checkpoint.sig")));
            QVERIFY(signature.open(QIODevice::WriteOnly));
            signature.write(
                QByteArray::fromBase64(checkpoint.value(QStringLiteral("signature")).toString().toLatin1()));
            QFile key(m_dir.filePath(QStringLiteral("signer.pub.pem")));
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write(
                runProgram(QStringLiteral("unzip"), { QStringLiteral("-p"), bundle, QStringLiteral("signer.pub.pem") })
                    .out);
        }
        const RunResult openssl = runProgram(
            QStringLiteral("openssl"),
            { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
              m_dir.filePath(QStringLiteral("signer.pub.pem")), QStringLiteral("-rawin"), QStringLiteral("-in"),
              m_dir.filePath(QStringLiteral("checkpoint.txt")), QStringLiteral("-sigfile"),
              m_dir.filePath(QStringLiteral("checkpoint.sig")) });
        QVERIFY2(openssl.exitCode == 0, QByteArray(openssl.out + openssl.err).constData());

        // A row added behind Recertify's back: no evidence is signed over it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next());
            const QString prev = q.value(0).toString();
            const QString at = QStringLiteral("2026-11-30T10:00:00Z");
            const QString fields = prev + QChar(0x1f) + at + QChar(0x1f) + QStringLiteral("cli:mallory") + QChar(0x1f)
                + QStringLiteral("review.decide") + QChar(0x1f) + QStringLiteral("review-item") + QChar(0x1f)
                + QStringLiteral("1") + QChar(0x1f) + QStringLiteral("{}");
            const QString hash
                = QString::fromLatin1(QCryptographicHash::hash(fields.toUtf8(), QCryptographicHash::Sha256).toHex());
            q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, payload, prev_hash, "
                                     "hash) VALUES (?,?,?,?,?,?,?,?)"));
            for (const QString& v :
                 { at, QStringLiteral("cli:mallory"), QStringLiteral("review.decide"), QStringLiteral("review-item"),
                   QStringLiteral("1"), QStringLiteral("{}"), prev, hash })
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("forge"));
        const QString refusedPath = m_dir.filePath(QStringLiteral("refused.zip"));
        const RunResult notSigned = cli({ QStringLiteral("export"), campaign, QStringLiteral("--out"), refusedPath });
        QCOMPARE(notSigned.exitCode, 3);
        QVERIFY2(notSigned.err.contains("added after the last signed checkpoint"), notSigned.err.constData());
        QVERIFY(!QFile::exists(refusedPath));
    }

    void aSyncStartsTheTriggeredMicroCampaign()
    {
        const QString gaad
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/real/aws/iam-authorization-details.cloudsplaining.json");
        if (!QFile::exists(gaad))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        m_db = m_dir.filePath(QStringLiteral("triggered.sqlite"));
        const RunResult set = cli({ QStringLiteral("triggers"), QStringLiteral("set"), QStringLiteral("debt-threshold"),
                                    QStringLiteral("--threshold"), QStringLiteral("1"),
                                    QStringLiteral("--fallback-reviewer"), QStringLiteral("governance@example.com") });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const QJsonArray triggers
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("triggers"), QStringLiteral("list") }).out)
                  .array();
        QCOMPARE(triggers.size(), 4);
        for (const QJsonValue& t : triggers)
            QCOMPARE(t[QStringLiteral("enabled")].toBool(),
                     t[QStringLiteral("kind")].toString() == QLatin1String("debt-threshold"));

        // Turning a trigger off and on again keeps its threshold and reviewer.
        QCOMPARE(cli({ QStringLiteral("triggers"), QStringLiteral("set"), QStringLiteral("debt-threshold"),
                       QStringLiteral("--disable") })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("triggers"), QStringLiteral("set"), QStringLiteral("debt-threshold") }).exitCode,
                 0);
        for (const QJsonValue& t :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--json"), QStringLiteral("triggers"), QStringLiteral("list") }).out)
                 .array()) {
            if (t[QStringLiteral("kind")].toString() == QLatin1String("debt-threshold")) {
                QVERIFY(t[QStringLiteral("enabled")].toBool());
                QCOMPARE(t[QStringLiteral("threshold")].toDouble(), 1.0);
                QCOMPARE(t[QStringLiteral("fallbackReviewer")].toString(), QStringLiteral("governance@example.com"));
            }
        }

        // The import's analysis puts every unowned identity over the threshold: one micro-campaign, for the fallback
        // reviewer.
        const RunResult imported
            = cli({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("aws-iam"), gaad });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray started
            = QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("triggeredCampaigns")).toArray();
        QCOMPARE(started.size(), 1);
        const QString campaign = QString::number(started.first().toInteger());
        const QJsonObject status
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("status"), campaign }).out)
                  .object();
        QCOMPARE(status.value(QStringLiteral("items")).toInt(), 6);
        QVERIFY(status.value(QStringLiteral("name")).toString().startsWith(QLatin1String("Triggered: debt-threshold")));
        const QJsonArray reviewers = status.value(QStringLiteral("reviewers")).toArray();
        QCOMPARE(reviewers.size(), 1);
        QCOMPARE(reviewers.first()[QStringLiteral("email")].toString(), QStringLiteral("governance@example.com"));

        // The same estate again: nothing crossed, nothing started.
        const RunResult again
            = cli({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("aws-iam"), gaad });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(again.out).object().value(QStringLiteral("triggeredCampaigns")).toArray().size(),
            0);
    }

    void aRecurringTemplateStartsWhenDue()
    {
        m_db = m_dir.filePath(QStringLiteral("templates.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--identities"), QStringLiteral("120") }).exitCode, 0);
        const RunResult created = cli({ QStringLiteral("templates"), QStringLiteral("create"), QStringLiteral("--name"),
                                        QStringLiteral("Monthly keys"), QStringLiteral("--every"), QStringLiteral("30"),
                                        QStringLiteral("--duration"), QStringLiteral("7"), QStringLiteral("--scope"),
                                        QStringLiteral("kind=api-key,iam-user"), QStringLiteral("--fallback-reviewer"),
                                        QStringLiteral("governance@example.com") });
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonArray listed
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("templates"), QStringLiteral("list") }).out)
                  .array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[QStringLiteral("everyDays")].toInt(), 30);
        const QJsonArray started
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--json"), QStringLiteral("templates"), QStringLiteral("run") }).out)
                  .object()
                  .value(QStringLiteral("campaigns"))
                  .toArray();
        QCOMPARE(started.size(), 1);
        const QJsonObject status
            = QJsonDocument::fromJson(cli({ QStringLiteral("--json"), QStringLiteral("campaign"),
                                            QStringLiteral("status"), QString::number(started.first().toInteger()) })
                                          .out)
                  .object();
        QVERIFY(status.value(QStringLiteral("name")).toString().startsWith(QLatin1String("Monthly keys, ")));
        QCOMPARE(status.value(QStringLiteral("due")).toString().left(10),
                 QDateTime::currentDateTimeUtc().date().addDays(7).toString(Qt::ISODate));
        QVERIFY(status.value(QStringLiteral("items")).toInt() > 0);
        // Run again the same day: nothing is due.
        QVERIFY(
            cli({ QStringLiteral("templates"), QStringLiteral("run") }).out.contains("0 recurring campaigns started"));
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("a due date in the past")
            << QStringList { "campaign", "create", "--name", "x", "--due", "2001-01-01" } << 1 << "--due";
        QTest::addRow("a due date that is not one")
            << QStringList { "campaign", "create", "--name", "x", "--due", "soon" } << 2 << "--due";
        QTest::addRow("an unknown scope term")
            << QStringList { "campaign", "create", "--name", "x", "--due", "2099-01-01", "--scope", "colour=blue" } << 1
            << "colour";
        QTest::addRow("a missing campaign") << QStringList { "campaign", "status", "999" } << 1 << "999";
        QTest::addRow("an unknown trigger")
            << QStringList { "triggers", "set", "weather", "--fallback-reviewer", "g@example.com" } << 2 << "weather";
        QTest::addRow("a trigger without a fallback reviewer")
            << QStringList { "triggers", "set", "out-of-scope" } << 2 << "--fallback-reviewer";
        QTest::addRow("a threshold that is not a number")
            << QStringList { "triggers",     "set", "debt-threshold", "--threshold", "high", "--fallback-reviewer",
                             "g@example.com" }
            << 2 << "--threshold";
        QTest::addRow("delegating without --to")
            << QStringList { "review", "delegate", "1", "--reviewer", "a@example.com" } << 2 << "--to";
        QTest::addRow("delegating a missing item")
            << QStringList { "review", "delegate", "999", "--reviewer", "a@example.com", "--to", "b@example.com" } << 1
            << "999";
        QTest::addRow("escalating a missing campaign") << QStringList { "campaign", "escalate", "999" } << 1 << "999";
        QTest::addRow("a template every zero days")
            << QStringList { "templates", "create", "--name", "q", "--every", "0" } << 2 << "--every";
        QTest::addRow("a template without a name")
            << QStringList { "templates", "create", "--every", "30" } << 2 << "--name";
        QTest::addRow("a missing item") << QStringList { "review",        "decide",      "999",     "--reviewer",
                                                         "a@example.com", "--ownership", "confirm", "--scope",
                                                         "keep",          "--need",      "certify" }
                                        << 1 << "999";
    }

    void badInputIsNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        m_db = dir.filePath(QStringLiteral("empty.sqlite"));
        QCOMPARE(runProgram(QStringLiteral(RECERTIFY_CLI_PATH),
                            { QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--identities"),
                              QStringLiteral("20") })
                     .exitCode,
                 0);
        const RunResult r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCampaignCli)
#include "TestCampaignCli.moc"
