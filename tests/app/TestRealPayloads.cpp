#include "ProcessRunner.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace recertify::test;

/**
 * Every public payload beside the project, imported end to end through recertify-cli into a
 * fresh store: the counts match what the files hold, a second import changes nothing, and a
 * truncated copy is refused with the file named and the store unchanged.
 */
class TestRealPayloads : public QObject
{
    Q_OBJECT

    static RunResult cli(const QStringList& args) { return runProgram(QStringLiteral(RECERTIFY_CLI_PATH), args); }

private slots:
    void importsEveryRealPayload_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("identities"); // added by the first import
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("skipped");
        QTest::addRow("AWS IAM: 3 users and 3 roles") << "aws-iam" << "aws/iam-authorization-details.cloudsplaining.json" << 6 << 0 << 0;
        QTest::addRow("CloudTrail: 4 attributable records, 3 without a non-human principal") << "aws-cloudtrail" << "aws/cloudtrail-log.otel-contrib.json" << 0 << 4 << 3;
        QTest::addRow("Access Advisor: 3 last accesses") << "aws-access-advisor" << "aws/service-last-accessed.aws-cli-docs.json" << 0 << 3 << 0;
        QTest::addRow("Kubernetes: 45 service accounts bound or running pods") << "k8s-rbac" << "kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json" << 45 << 0 << 0;
        QTest::addRow("Kubernetes audit: 5 service-account events, 32 human ones skipped") << "k8s-audit" << "kubernetes/audit-log.audit2rbac-demo.jsonl" << 0 << 5 << 32;
        QTest::addRow("Entra: 3 principals and 2 grant holders") << "entra-graph" << "entra/graph-responses.ms-graph-docs.json" << 5 << 0 << 4;
        QTest::addRow("GitHub: an app installation") << "github" << "github/installation.new_permissions_accepted.octokit-webhooks.json" << 1 << 0 << 0;
        QTest::addRow("GitHub audit log: 8 token events") << "github" << "github/audit-log-export.azure-sentinel-excerpt.jsonl" << 0 << 8 << 4;
        QTest::addRow("MCP: an agent's declared tools") << "mcp-tools" << "mcp/tools-list-response.mcp-spec-2025-11-25.json" << 1 << 0 << 0;
    }

    void importsEveryRealPayload()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(int, identities);
        QFETCH(int, events);
        QFETCH(int, skipped);
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/../shared/fixtures/real/") + fixture;
        if (!QFile::exists(path))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));

        const RunResult first = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), format, path });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), identities);
        QCOMPARE(report.value(QStringLiteral("events")).toInt(), events);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), skipped);
        const QByteArray inventory = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out;
        const int stored = int(QJsonDocument::fromJson(inventory).array().size());
        QCOMPARE(stored, identities + report.value(QStringLiteral("discoveredFromActivity")).toInt());
        QVERIFY(stored > 0);

        const RunResult second = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), format, path });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QJsonObject again = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(again.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("removed")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("usageRows")).toInt(), 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out, inventory);

        // A truncated copy: refused, named, and nothing changes.
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString cut = dir.filePath(QStringLiteral("truncated-") + fixture.section(u'/', -1));
        QFile truncated(cut);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(bytes.left(bytes.size() * 2 / 3));
        truncated.close();
        const QByteArray runsBefore = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out;
        const RunResult bad = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, cut });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(cut.toUtf8()), bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1); // one line, as the CLI contract says
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out, runsBefore);
    }

    void aWrongFormatIsRefused()
    {
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/../shared/fixtures/real/aws/cloudtrail-log.otel-contrib.json");
        if (!QFile::exists(path))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        QTemporaryDir dir;
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("import"),
            QStringLiteral("aws-iam"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("get-account-authorization-details"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRealPayloads)
#include "TestRealPayloads.moc"
