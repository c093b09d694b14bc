#include "tests/support/ProcessRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace recertify::test;

/** The CLI as automation uses it: a real process, real exit codes, data on stdout, errors on stderr. */
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    RunResult cli(const QStringList& args) { return runProgram(QStringLiteral(RECERTIFY_CLI_PATH), args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("estate.sqlite"));
        const RunResult demo
            = cli({ QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--identities"),
                    QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("4") });
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QVERIFY(demo.out.contains("300 identities"));
    }

    void exitCodesFollowTheContract_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::addRow("--version") << QStringList { "--version" } << 0 << "recertify-cli 0."
                                   << "";
        QTest::addRow("--help") << QStringList { "--help" } << 0 << "demo"
                                << "";
        QTest::addRow("command --help") << QStringList { "identities", "--help" } << 0 << "--kind"
                                        << "";
        QTest::addRow("no command") << QStringList {} << 2 << ""
                                    << "Usage:";
        QTest::addRow("unknown command") << QStringList { "frobnicate" } << 2 << ""
                                         << "Unknown command \"frobnicate\"";
        QTest::addRow("unknown option") << QStringList { "--frob", "identities" } << 2 << ""
                                        << "Unknown option --frob";
        QTest::addRow("unknown kind") << QStringList { "identities", "--kind", "robot" } << 2 << ""
                                      << "--kind: unknown kind \"robot\"";
        QTest::addRow("show needs an id") << QStringList { "show" } << 2 << ""
                                          << "exactly one ID";
        QTest::addRow("bad --identities") << QStringList { "demo", "--identities", "many" } << 2 << ""
                                          << "--identities";
        QTest::addRow("analyse") << QStringList { "analyse" } << 0 << "300 identities: "
                                 << "";
        QTest::addRow("analyse takes no arguments") << QStringList { "analyse", "now" } << 2 << ""
                                                    << "takes no arguments";
        QTest::addRow("sync --due with nothing connected")
            << QStringList { "sync", "--due" } << 0 << "No source is due."
            << "";
        QTest::addRow("sources add needs a kind") << QStringList { "sources", "add", "ldap", "x" } << 2 << ""
                                                  << "expected KIND (aws, entra, github, kubernetes)";
        QTest::addRow("sources set needs --every")
            << QStringList { "sources", "set", "nothing", "--every", "2m" } << 2 << ""
            << "--every: expected an interval of at least 5 minutes";
    }

    void exitCodesFollowTheContract()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        const RunResult r = cli(QStringList { QStringLiteral("--db"), m_db } + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.out).contains(stdoutHas), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
    }

    void identitiesJsonHasTheContractShape()
    {
        const RunResult r
            = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("identities") });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray all = doc.array();
        QCOMPARE(all.size(), 300);
        for (const auto& value : all) {
            const QJsonObject o = value.toObject();
            for (const char* key : { "id", "source", "nativeId", "kind", "displayName", "owners", "status", "createdAt",
                                     "lastUsedAt", "trustDebt" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("owners")).toObject().contains(QStringLiteral("business")));
        }
    }

    void filtersNarrowTheInventory_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addRow("--kind") << QStringList { "--kind", "ai-agent" } << "kind"
                                << "ai-agent";
        QTest::addRow("--source") << QStringList { "--source", "k8s" } << "source"
                                  << "k8s";
    }

    void filtersNarrowTheInventory()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const RunResult r = cli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("identities") } + args
                                + QStringList { QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QVERIFY(rows.size() > 0);
        QVERIFY(rows.size() < 300);
        for (const auto& row : rows)
            QCOMPARE(row.toObject().value(field).toString(), value);
    }

    void showFindsByIdAndNativeId()
    {
        const RunResult list
            = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("identities"),
                    QStringLiteral("--kind"), QStringLiteral("iam-user") });
        const QJsonObject first = QJsonDocument::fromJson(list.out).array().first().toObject();
        const QString nativeId = first.value(QStringLiteral("nativeId")).toString();
        const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());

        const RunResult byId
            = cli({ QStringLiteral("--db"), m_db, QStringLiteral("show"), id, QStringLiteral("--json") });
        QCOMPARE(byId.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(byId.out).object();
        QCOMPARE(shown.value(QStringLiteral("nativeId")).toString(), nativeId);
        QVERIFY(shown.value(QStringLiteral("credentials")).toArray().size() >= 1); // IAM users hold access keys
        QVERIFY(!shown.value(QStringLiteral("lifecycle")).toArray().isEmpty());

        const RunResult byNative = cli({ QStringLiteral("--db"), m_db, QStringLiteral("show"), nativeId });
        QCOMPARE(byNative.exitCode, 0);
        QVERIFY(byNative.out.contains(first.value(QStringLiteral("displayName")).toString().toUtf8()));
        QVERIFY(byNative.out.contains("Credentials"));
    }

    // Two EC2 permissions that differ only after the 36th character: the text view prints each whole.
    void showPrintsLongPermissionsWhole()
    {
        const QString db = m_dir.filePath(QStringLiteral("long.sqlite"));
        const QString gaad = m_dir.filePath(QStringLiteral("long-gaad.json"));
        QFile file(gaad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"UserDetailList":[],"GroupDetailList":[],"Policies":[],"RoleDetailList":[{"RoleId":"AROALONG",
            "RoleName":"tgw-auditor","Arn":"arn:aws:iam::1:role/tgw-auditor","CreateDate":"2025-01-01T00:00:00Z",
            "RolePolicyList":[{"PolicyName":"p","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":[
            "ec2:DescribeTransitGatewayMulticastDomainAssociations","ec2:DescribeTransitGatewayMulticastDomains"],
            "Resource":"*"}]}}]}]})");
        file.close();
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"), gaad });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // And one call of the longer one, so the usage lists it too.
        const QString trail = m_dir.filePath(QStringLiteral("long-trail.json"));
        QFile log(trail);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(R"({"Records":[{"eventVersion":"1.08","eventTime":"2026-11-20T08:00:00Z",
            "eventSource":"ec2.amazonaws.com","eventName":"DescribeTransitGatewayMulticastDomainAssociations",
            "awsRegion":"eu-central-1","recipientAccountId":"1","eventID":"0f5c1d2e-1",
            "userIdentity":{"type":"AssumedRole","sessionContext":{"sessionIssuer":{"principalId":"AROALONG",
            "arn":"arn:aws:iam::1:role/tgw-auditor"}}}}]})");
        log.close();
        const RunResult used
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), trail });
        QVERIFY2(used.exitCode == 0, used.err.constData());
        const RunResult shown = cli({ QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("AROALONG") });
        QCOMPARE(shown.exitCode, 0);
        const QByteArray usage = shown.out.mid(shown.out.indexOf("Usage ("));
        QVERIFY2(usage.left(usage.indexOf("\n\n")).contains("ec2:DescribeTransitGatewayMulticastDomainAssociations "),
                 usage.constData());
        QVERIFY2(shown.out.contains("ec2:DescribeTransitGatewayMulticastDomainAssociations "), shown.out.constData());
        QVERIFY2(shown.out.contains("ec2:DescribeTransitGatewayMulticastDomains "), shown.out.constData());
        const QByteArray grants = shown.out.mid(shown.out.indexOf("Grants ("));
        QVERIFY2(!grants.left(grants.indexOf("\n\n")).contains("\xe2\x80\xa6"), grants.constData()); // nothing cut
    }

    // The CloudTrail user guide's records of 2014 (version 1.0, no recipientAccountId) and its record of 2016 (which
    // names it): either way the trail ends years ago, so Alice is not called dormant and her page says why.
    void activityEndingLongAgoIsUsageUnknown_data()
    {
        QTest::addColumn<bool>("withRecipient");
        QTest::addColumn<QString>("ends");
        QTest::addRow("the 1.0 records alone, no recipientAccountId") << false << "2014-03-25";
        // Its last call; the two Insights events after it (2019) sum up call rates and log no call of their own.
        QTest::addRow("the whole page, one record naming its account") << true << "2016-07-14";
    }
    void activityEndingLongAgoIsUsageUnknown()
    {
        QFETCH(bool, withRecipient);
        QFETCH(QString, ends);
        QFile page(QStringLiteral(RECERTIFY_SOURCE_DIR
                                  "/tests/data/aws/cloudtrail/awsdocs-cloudtrail-log-file-examples.json"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QJsonArray records;
        for (const QJsonValue r :
             QJsonDocument::fromJson(page.readAll()).object().value(QStringLiteral("Records")).toArray()) {
            if (withRecipient || !r.toObject().contains(QStringLiteral("recipientAccountId")))
                records.append(r);
        }
        const QString trail = m_dir.filePath(QStringLiteral("doc-trail-%1.json").arg(withRecipient));
        QFile out(trail);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject { { QStringLiteral("Records"), records } }).toJson());
        out.close();
        const QString db = m_dir.filePath(QStringLiteral("doc-trail-%1.sqlite").arg(withRecipient));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), trail });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const RunResult findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") });
        QCOMPARE(findings.exitCode, 0);
        QStringList types;
        for (const QJsonValue f : QJsonDocument::fromJson(findings.out).array())
            types << f.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(!types.isEmpty(), findings.out.constData()); // Alice is known, her hygiene found
        QVERIFY2(!types.contains(QStringLiteral("dormant")), findings.out.constData());
        const RunResult shown = cli({ QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("Alice") });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("(it ends on %1): usage unknown").arg(ends).toUtf8()),
                 shown.out.constData());
        const RunResult json = cli(
            { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("Alice") });
        const QJsonObject coverage
            = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("usageCoverage")).toObject();
        QCOMPARE(coverage.value(QStringLiteral("days")).toInt(-1), 0);
        QCOMPARE(coverage.value(QStringLiteral("through")).toString(), ends);
    }

    // No last use is "never" only as far as activity data reaches: the demo's sources all have some.
    void noLastUseSaysHowFarTheActivityDataReaches()
    {
        const RunResult listed
            = cli({ QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("identities") });
        QCOMPARE(listed.exitCode, 0);
        QString unused;
        for (const QJsonValue v : QJsonDocument::fromJson(listed.out).array()) {
            if (v.toObject().value(QStringLiteral("lastUsedAt")).toString().isEmpty()) {
                unused = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
                break;
            }
        }
        QVERIFY(!unused.isEmpty());
        const RunResult shown = cli({ QStringLiteral("--db"), m_db, QStringLiteral("show"), unused });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("days of activity data\n")
                     && !shown.out.contains("Last used:                never"),
                 shown.out.constData());
    }

    void failuresNameWhatIsWrong()
    {
        const RunResult missing
            = cli({ QStringLiteral("--db"), m_db, QStringLiteral("show"), QStringLiteral("no-such-thing") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no-such-thing"));
        QVERIFY(missing.out.isEmpty());

        const RunResult folder = cli({ QStringLiteral("--db"), m_dir.path(), QStringLiteral("identities") });
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains(m_dir.path().toUtf8()), folder.err.constData());

        const RunResult twice = cli({ QStringLiteral("--db"), m_db, QStringLiteral("demo") });
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("--replace"));
    }

    void mcpAgentsAreNamedByTheServerThenByTheUser_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("agent");
        // GitHub's server saved as a bare {"tools": […]} with no initialize answer: the user names it, else the folder
        // does.
        QTest::addRow("named by the user") << "github"
                                           << "GitHub MCP (prod)"
                                           << "mcp:GitHub MCP (prod)";
        QTest::addRow("named by its folder") << "github"
                                             << ""
                                             << "mcp:github";
        // The filesystem server's initialize.json says who it is: that wins over any name given.
        QTest::addRow("named by its serverInfo") << "filesystem"
                                                 << "ignored"
                                                 << "mcp:secure-filesystem-server";
        // The initialize answer's serverInfo saved at the top, beside the tools.
        QTest::addRow("named by the serverInfo beside its tools") << "everything-with-serverinfo"
                                                                  << "ignored"
                                                                  << "mcp:example-servers/everything";
    }

    void mcpAgentsAreNamedByTheServerThenByTheUser()
    {
        QFETCH(QString, folder);
        QFETCH(QString, name);
        QFETCH(QString, agent);
        const QString db = m_dir.filePath(
            QStringLiteral("mcp-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QStringList args { "--db", db, "import", "mcp-tools",
                           QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/mcp/servers/%1/tools.json").arg(folder) };
        if (!name.isEmpty())
            args << "--name" << name;
        const RunResult imported = cli(args);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const RunResult listed = cli({ "--db", db, "--json", "identities" });
        const QJsonArray identities = QJsonDocument::fromJson(listed.out).array();
        QStringList ids;
        for (const QJsonValue& identity : identities)
            ids << identity.toObject().value("nativeId").toString();
        QCOMPARE(ids, QStringList { agent });
    }

    void nameIsRefusedWhereTheFormatNamesItsIdentities()
    {
        const RunResult refused
            = cli({ "--db", m_db, "import", "aws-iam", "--name", "x",
                    QStringLiteral(RECERTIFY_SOURCE_DIR
                                   "/tests/data/real/aws/iam-authorization-details.cloudsplaining.json") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--name: only the mcp-tools format takes a name"), refused.err.constData());
    }

    void databaseComesFromTheEnvironment()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RECERTIFY_DB"), m_db);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RECERTIFY_CLI_PATH), { QStringLiteral("identities"), QStringLiteral("--json") });
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size(), 300);
    }

    // A server or CI runner without a keychain still anchors its audit chain: $RECERTIFY_SIGNING_KEY
    // names an Ed25519 key file (made by stock openssl), and every signature comes from it.
    void aMachineWithoutAKeychainSignsWithAKeyFile()
    {
        const QString key = m_dir.filePath(QStringLiteral("runner-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ed25519"),
                        QStringLiteral("-out"), key });
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const QString db = m_dir.filePath(QStringLiteral("runner.sqlite"));
        const auto run = [&](const QStringList& args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus")); // no keychain
            env.insert(QStringLiteral("RECERTIFY_SIGNING_KEY"), key);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(RECERTIFY_CLI_PATH), QStringList { QStringLiteral("--db"), db } + args);
            process.waitForFinished(120000);
            return RunResult { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
        };
        const RunResult demo = run({ QStringLiteral("demo"), QStringLiteral("--identities"), QStringLiteral("20") });
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QVERIFY2(!demo.err.contains("no signing key"), demo.err.constData());

        const RunResult keys = run({ QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json") });
        QVERIFY2(keys.exitCode == 0, keys.err.constData());
        const QString fingerprint
            = QJsonDocument::fromJson(keys.out).object().value(QStringLiteral("fingerprint")).toString();
        QVERIFY(!fingerprint.isEmpty());
        QFile anchor(db + QStringLiteral(".audit-anchor"));
        QVERIFY(anchor.open(QIODevice::ReadOnly));
        const QJsonObject confirmed
            = QJsonDocument::fromJson(anchor.readAll()).object().value(QStringLiteral("confirmed")).toObject();
        QCOMPARE(confirmed.value(QStringLiteral("signer")).toString(), fingerprint);

        const RunResult holds = run({ QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(holds.exitCode == 0, holds.err.constData());
        // The last row cut behind the tool's back is named, as on a desktop with a keychain.
        {
            QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
            file.setDatabaseName(db);
            QVERIFY(file.open());
            QSqlQuery cutLast(file);
            QVERIFY(cutLast.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")));
            QCOMPARE(cutLast.numRowsAffected(), 1);
            file.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        const RunResult cut = run({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(cut.exitCode, 3);
        QVERIFY2(cut.err.contains("rows after it were removed") || cut.err.contains("removed: the checkpoint"),
                 cut.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
