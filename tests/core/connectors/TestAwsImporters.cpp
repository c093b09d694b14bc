#include "core/connectors/aws/AccessAdvisorImporter.h"
#include "core/connectors/aws/AwsIamImporter.h"
#include "core/connectors/aws/CloudTrailImporter.h"
#include "core/connectors/aws/CloudTrailRecords.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace recertify;
using recertify::test::CollectingSink;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray gzip(const QByteArray& bytes)
{
    QProcess process;
    process.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
    process.write(bytes);
    process.closeWriteChannel();
    process.waitForFinished();
    return process.readAllStandardOutput();
}

// A CloudTrail file with many records, to see the stream hold up past its chunk size.
QByteArray syntheticTrail(int records)
{
    QByteArray out = "{\"Records\":[";
    for (int i = 0; i < records; ++i) {
        if (i)
            out += ',';
        out += "{\"eventTime\":\"2026-11-0" + QByteArray::number(1 + i % 9)
            + "T10:00:00Z\",\"eventSource\":\"s3.amazonaws.com\","
              "\"eventName\":\"GetObject\",\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROAX:sess"
            + QByteArray::number(i)
            + "\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROA"
            + QByteArray::number(i % 7) + "\",\"arn\":\"arn:aws:iam::1:role/r" + QByteArray::number(i % 7)
            + "\",\"userName\":\"r" + QByteArray::number(i % 7)
            + "\"}}},\"requestParameters\":{\"note\":\"braces } and ] and \\\" in strings\"}}";
    }
    return out + "]}";
}

} // namespace

class TestAwsImporters : public QObject
{
    Q_OBJECT

private slots:
    // The services a role may be passed to are kept with the grant only as service names: the grant's text is split
    // and read back, so a value that is anything else leaves every service open (a crafted value cannot hide an
    // escalation).
    void passedToServiceKeepsServiceNamesOnly_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("test");
        QTest::addRow("one service") << QJsonValue("cloudtrail.amazonaws.com")
                                     << "StringEquals iam:PassedToService cloudtrail.amazonaws.com";
        QTest::addRow("two services")
            << QJsonValue(QJsonArray { "cloudtrail.amazonaws.com", "lambda.amazonaws.com" })
            << "StringEquals iam:PassedToService cloudtrail.amazonaws.com|lambda.amazonaws.com";
        QTest::addRow("a wildcard") << QJsonValue("*.amazonaws.com")
                                    << "StringEquals iam:PassedToService *.amazonaws.com";
        QTest::addRow("a value that reads as the end of the tests")
            << QJsonValue(QJsonArray { "x unless y", "lambda.amazonaws.com" }) << "StringEquals iam:PassedToService";
        QTest::addRow("a value that reads as another test")
            << QJsonValue("x, StringEquals aws:SourceIp 1") << "StringEquals iam:PassedToService";
        QTest::addRow("a policy variable")
            << QJsonValue("${aws:PrincipalTag/svc}") << "StringEquals iam:PassedToService";
    }
    void passedToServiceKeepsServiceNamesOnly()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, test);
        QCOMPARE(AwsIamImporter::conditionTest("StringEquals", "iam:PassedToService", value), test);
    }

    // Who acted, from the userIdentity CloudTrail wrote: a role session goes to its role even where sessionContext
    // is left out (the role is in the session's ARN and id); a user without principalId is found by its ARN.
    void attributesEachCallToWhoMadeIt_data()
    {
        QTest::addColumn<QByteArray>("userIdentity");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("alias");
        QTest::addRow("a role session with its issuer") << QByteArray(
            R"({"type":"AssumedRole","principalId":"AROAEXAMPLE:s","arn":"arn:aws:sts::111122223333:assumed-role/Deploy/s",
                "sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE","arn":"arn:aws:iam::111122223333:role/ci/Deploy","userName":"Deploy"}}})")
                                                        << "AROAEXAMPLE"
                                                        << "Deploy"
                                                        << "arn:aws:iam::111122223333:role/ci/Deploy";
        QTest::addRow("a role session without sessionContext: the role id before the colon") << QByteArray(
            R"({"type":"AssumedRole","principalId":"AROAEXAMPLE:s","arn":"arn:aws:sts::111122223333:assumed-role/Deploy/s"})")
                                                                                             << "AROAEXAMPLE"
                                                                                             << "Deploy"
                                                                                             << "arn:aws:iam::"
                                                                                                "111122223333:role/"
                                                                                                "Deploy";
        QTest::addRow("a user without principalId: its ARN")
            << QByteArray(R"({"type":"IAMUser","arn":"arn:aws:iam::111122223333:user/ci-bot","userName":"ci-bot"})")
            << "arn:aws:iam::111122223333:user/ci-bot"
            << "ci-bot"
            << "";
        // Shared logs hide a session's name (a person's e-mail) and leave its role: still the role's call.
        QTest::addRow("a role session whose name alone was redacted") << QByteArray(
            R"({"type":"AssumedRole","principalId":"AROAEXAMPLE:REDACTED","arn":"arn:aws:sts::111122223333:assumed-role/Deploy/REDACTED",
                "sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE","arn":"arn:aws:iam::111122223333:role/Deploy","userName":"Deploy"}}})")
                                                                      << "AROAEXAMPLE"
                                                                      << "Deploy"
                                                                      << "arn:aws:iam::111122223333:role/Deploy";
        QTest::addRow("a user whose account and name were redacted: nobody")
            << QByteArray(R"({"type":"IAMUser","principalId":"REDACTED","arn":"arn:aws:iam::REDACTED:user/REDACTED",
                              "accountId":"REDACTED","userName":"REDACTED"})")
            << ""
            << ""
            << "";
        QTest::addRow("a user with only a name: nobody to attribute it to")
            << QByteArray(R"({"type":"IAMUser","userName":"ci-bot"})") << ""
            << ""
            << "";
    }

    void attributesEachCallToWhoMadeIt()
    {
        QFETCH(QByteArray, userIdentity);
        QFETCH(QString, principal);
        QFETCH(QString, name);
        QFETCH(QString, alias);
        const QJsonObject record
            = QJsonDocument::fromJson(R"({"eventTime":"2025-01-01T00:00:00Z","eventSource":"s3.amazonaws.com",
            "eventName":"GetObject","userIdentity":)"
                                      + userIdentity + "}")
                  .object();
        QVERIFY(!record.isEmpty());
        ActivityEvent event;
        QString reason;
        const bool attributed = CloudTrailImporter::toEvent(record, &event, &reason);
        QCOMPARE(attributed, !principal.isEmpty());
        if (!attributed) {
            QVERIFY(!reason.isEmpty());
            return;
        }
        QCOMPARE(event.principal, principal);
        QCOMPARE(event.principalName, name);
        QCOMPARE(event.principalAliases, alias.isEmpty() ? QStringList() : QStringList { alias });
        QCOMPARE(event.action, QStringLiteral("s3:GetObject"));
    }

    void iamReadsTheRealAuthorizationDetails()
    {
        const QString path = RECERTIFY_REAL_FIXTURE("aws/iam-authorization-details.cloudsplaining.json");
        if (!QFile::exists(path))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        CollectingSink sink;
        AwsIamImporter importer;
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 6); // 3 users and 3 roles

        // Roles with RoleLastUsed {} were never used; one was, in Python str(datetime) form.
        const StagedIdentity* used = sink.find(QStringLiteral("OverprivilegedEC2"));
        QVERIFY(used);
        QCOMPARE(used->identity.lastUsedAt, QDateTime(QDate(2019, 1, 20), QTime(18, 48), Qt::UTC));
        QVERIFY(!sink.find(QStringLiteral("MyRole"))->identity.lastUsedAt.isValid());
        QCOMPARE(sink.find(QStringLiteral("MyRole"))->grants.size(), 8);
        QCOMPARE(sink.find(QStringLiteral("MyRole"))->aliases, QStringList { "arn:aws:iam::012345678901:role/MyRole" });

        // A user inherits its group's managed policy: obama is in "admin", which holds AdministratorAccess.
        const StagedIdentity* obama = sink.find(QStringLiteral("obama"));
        QVERIFY(obama);
        const bool admin = std::any_of(obama->grants.cbegin(), obama->grants.cend(), [](const Grant& g) {
            return g.permission == QLatin1String("*") && g.grantedVia.startsWith(QLatin1String("group:admin/"));
        });
        QVERIFY(admin);
    }

    void iamRejectsWhatIsNotAnExport_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not JSON") << QByteArray("<xml/>") << "invalid JSON";
        QTest::addRow("another document") << QByteArray(R"({"Records":[]})") << "get-account-authorization-details";
        QTest::addRow("a role without its id")
            << QByteArray(R"({"RoleDetailList":[{"RoleName":"x"}]})") << "RoleDetailList[0].RoleId";
        QTest::addRow("a bad timestamp") << QByteArray(
            R"({"UserDetailList":[{"UserId":"AIDA1","UserName":"u","CreateDate":"last tuesday"}]})")
                                         << "UserDetailList[0].CreateDate";
    }

    // A boundary that allows everything but IAM (NotAction) caps a wider grant at what it leaves: AdministratorAccess
    // within it is "all but iam:*", not "*"; s3:* within "all but s3:Delete*" says so. Its Deny denies, as any Deny.
    void iamBoundaryNotActionCarvesWiderGrants_data()
    {
        QTest::addColumn<QByteArray>("boundary"); // the boundary policy's statements
        QTest::addColumn<QByteArray>("granted"); // the user's inline policy's actions
        QTest::addColumn<QStringList>("held"); // "permission | end of grantedVia"
        QTest::addRow("* within NotAction iam:*, organizations:*")
            << QByteArray(R"({"Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"})")
            << QByteArray(R"("*")") << QStringList { "NotAction:iam:*,organizations:* | within boundary Dev" };
        QTest::addRow("s3:* within NotAction s3:Delete*")
            << QByteArray(R"({"Effect":"Allow","NotAction":"s3:Delete*","Resource":"*"})") << QByteArray(R"("s3:*")")
            << QStringList { "s3:* | within boundary Dev except s3:Delete*" };
        QTest::addRow("* within Allow * and Deny iam:*") << QByteArray(
            R"({"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"iam:*","Resource":"*"})")
                                                         << QByteArray(R"("*")")
                                                         << QStringList { "* | within boundary Dev except iam:*" };
        QTest::addRow("iam:PassRole within Allow * and Deny iam:*: denied") << QByteArray(
            R"({"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"iam:*","Resource":"*"})")
                                                                            << QByteArray(
                                                                                   R"(["iam:PassRole","s3:GetObject"])")
                                                                            << QStringList {
                                                                                   "s3:GetObject | within boundary Dev"
                                                                               };
    }

    void iamBoundaryNotActionCarvesWiderGrants()
    {
        QFETCH(QByteArray, boundary);
        QFETCH(QByteArray, granted);
        QFETCH(QStringList, held);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gaad.json"));
        QVERIFY(
            writeFile(path,
                      R"({"UserDetailList":[{"UserId":"AIDA1","UserName":"u","Arn":"arn:aws:iam::111122223333:user/u",
            "PermissionsBoundary":{"PermissionsBoundaryType":"Policy","PermissionsBoundaryArn":"arn:aws:iam::111122223333:policy/Dev"},
            "UserPolicyList":[{"PolicyName":"p","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":)"
                          + granted + R"(,"Resource":"*"}]}}]}],
            "Policies":[{"PolicyName":"Dev","Arn":"arn:aws:iam::111122223333:policy/Dev","DefaultVersionId":"v1",
            "PolicyVersionList":[{"VersionId":"v1","IsDefaultVersion":true,"Document":{"Statement":[)"
                          + boundary + "]}}]}]}"));
        CollectingSink sink;
        AwsIamImporter importer;
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 1);
        QStringList got;
        for (const Grant& g : sink.identities.first().grants)
            got << g.permission + QStringLiteral(" | ") + g.grantedVia.section(QStringLiteral("inline:p "), 1);
        QCOMPARE(got, held);
    }

    // An Allow of NotAction is everything but what it lists: a Deny everywhere leaves out what it denies as well, one
    // with a condition may refuse, a Deny of everything leaves nothing (IAM policy evaluation logic).
    void iamDenyNarrowsANotActionGrant_data()
    {
        QTest::addColumn<QByteArray>("statements");
        QTest::addColumn<QStringList>("held"); // "permission | grantedVia"
        const QByteArray allow = R"({"Effect":"Allow","NotAction":"iam:*","Resource":"*"})";
        QTest::addRow("Deny ec2:* everywhere") << allow + R"(,{"Effect":"Deny","Action":"ec2:*","Resource":"*"})"
                                               << QStringList { "NotAction:iam:*,ec2:* | inline:p" };
        QTest::addRow("Deny iam:CreateUser, already left out")
            << allow + R"(,{"Effect":"Deny","Action":"iam:CreateUser","Resource":"*"})"
            << QStringList { "NotAction:iam:* | inline:p" };
        QTest::addRow("Deny * outside two regions")
            << allow
                + R"(,{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-west-1"]}}})"
            << QStringList { "NotAction:iam:* | inline:p unless denied by inline:p" };
        QTest::addRow("Deny * everywhere")
            << allow + R"(,{"Effect":"Deny","Action":"*","Resource":"*"})" << QStringList {};
    }

    void iamDenyNarrowsANotActionGrant()
    {
        QFETCH(QByteArray, statements);
        QFETCH(QStringList, held);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gaad.json"));
        QVERIFY(
            writeFile(path,
                      R"({"RoleDetailList":[{"RoleId":"AROA1","RoleName":"r","Arn":"arn:aws:iam::111122223333:role/r",
            "RolePolicyList":[{"PolicyName":"p","PolicyDocument":{"Statement":[)"
                          + statements + "]}}]}]}"));
        CollectingSink sink;
        AwsIamImporter importer;
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 1);
        QStringList got;
        for (const Grant& g : sink.identities.first().grants) {
            if (!g.resourceScope.startsWith(QLatin1String("trust-policy")))
                got << g.permission + QStringLiteral(" | ") + g.grantedVia;
        }
        QCOMPARE(got, held);
    }

    void iamKeepsAManagedPolicyTheExportLeftOut()
    {
        // AWS managed policies are often not in an export (--filter, one page): keep the grant by ARN, say so.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gaad.json"));
        QVERIFY(writeFile(
            path, R"({"UserDetailList":[{"UserId":"AIDA1","UserName":"u","Arn":"arn:aws:iam::111122223333:user/u",
            "AttachedManagedPolicies":[{"PolicyName":"Gone","PolicyArn":"arn:aws:iam::aws:policy/Gone"}]}],"Policies":[]})"));
        CollectingSink sink;
        AwsIamImporter importer;
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 1);
        QCOMPARE(sink.identities.first().grants.size(), 1);
        QCOMPARE(sink.identities.first().grants.first().permission, QStringLiteral("arn:aws:iam::aws:policy/Gone"));
        QCOMPARE(sink.identities.first().grants.first().resourceScope, QStringLiteral("unresolved"));
        QCOMPARE(sink.warnings.size(), 1);
        QVERIFY2(sink.warnings.first().contains(QStringLiteral("not in the input")), qPrintable(sink.warnings.first()));
        QCOMPARE(sink.completeScopes, QStringList { "aws account:111122223333/users" });
    }

    void iamFlagsTrustAndDuplicateIds_data()
    {
        QTest::addColumn<QByteArray>("trust");
        QTest::addColumn<QString>("assumableBy"); // empty: nobody outside the account
        QTest::addRow("anyone") << QByteArray(
            R"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]})")
                                << "*";
        QTest::addRow("a bare principal star")
            << QByteArray(R"({"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]})") << "*";
        QTest::addRow("another account") << QByteArray(
            R"({"Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"sts:AssumeRole"}})")
                                         << "arn:aws:iam::999988887777:root";
        QTest::addRow("its own account") << QByteArray(
            R"({"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]})")
                                         << "";
        QTest::addRow("a service") << QByteArray(
            R"({"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]})")
                                   << "";
    }

    void iamFlagsTrustAndDuplicateIds()
    {
        QFETCH(QByteArray, trust);
        QFETCH(QString, assumableBy);
        QTemporaryDir dir;
        const QByteArray role
            = R"({"RoleId":"AROA1","RoleName":"r","Arn":"arn:aws:iam::111122223333:role/r","AssumeRolePolicyDocument":)"
            + trust + "}";
        const QByteArray twin = R"({"RoleId":"AROA1","RoleName":"twin","Arn":"arn:aws:iam::111122223333:role/twin"})";
        const QString path = dir.filePath(QStringLiteral("gaad.json"));
        QVERIFY(writeFile(path, QByteArray(R"({"RoleDetailList":[)") + role + "," + twin + "]}"));
        CollectingSink sink;
        AwsIamImporter importer;
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QStringList trusted;
        for (const Grant& g : sink.identities.first().grants) {
            if (g.resourceScope.startsWith(QLatin1String("trust-policy")))
                trusted << g.permission.section(u':', 1);
        }
        QCOMPARE(trusted, assumableBy.isEmpty() ? QStringList() : QStringList { assumableBy });
        // One RoleId under two ARNs is reported and kept apart: the twin gets none of the first role's grants.
        QCOMPARE(sink.warnings.size(), 1);
        QVERIFY2(sink.warnings.first().contains(QStringLiteral("AROA1")), qPrintable(sink.warnings.first()));
        QCOMPARE(sink.identities.size(), 2);
        const StagedIdentity* twinRole = sink.find(QStringLiteral("arn:aws:iam::111122223333:role/twin"));
        QVERIFY(twinRole);
        QVERIFY(twinRole->grants.isEmpty());
    }

    void iamRejectsWhatIsNotAnExport()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gaad.json"));
        QVERIFY(writeFile(path, content));
        CollectingSink sink;
        AwsIamImporter importer;
        Status status = importer.read(path, sink);
        if (status.ok())
            status = importer.finish(sink); // principals are read once every page of the run is in
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(path), qPrintable(status.errorString()));
        QVERIFY2(status.errorString().contains(expected), qPrintable(status.errorString()));
    }

    void cloudTrailAttributesAndSkips()
    {
        const QString path = RECERTIFY_REAL_FIXTURE("aws/cloudtrail-log.otel-contrib.json");
        if (!QFile::exists(path))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        CollectingSink sink;
        QVERIFY(CloudTrailImporter().read(path, sink).ok());
        // 7 records: 2 IAM users, 1 assumed role, 1 failed IAM user call; Insight, console and service events skipped.
        const auto counted
            = std::count_if(sink.events.cbegin(), sink.events.cend(), [](const ActivityEvent& e) { return e.counted; });
        QCOMPARE(counted, 4);
        // The three IAM user calls were made with console session credentials (sessionCredentialFromConsole): a
        // person's session beside each, kept as usage for the human-use finding, not counted as events.
        const auto console = std::count_if(sink.events.cbegin(), sink.events.cend(), [](const ActivityEvent& e) {
            return !e.counted && e.action == QLatin1String("console:session");
        });
        QCOMPARE(console, 3);
        QCOMPARE(sink.events.size(), 7);
        QCOMPARE(sink.skippedReasons.size(), 3);
        const auto role = std::find_if(sink.events.cbegin(), sink.events.cend(),
                                       [](const ActivityEvent& e) { return e.action == QLatin1String("sns:Publish"); });
        QVERIFY(role != sink.events.cend());
        // The role that issued the session, not the session, named as its ARN names it (the sample's
        // sessionIssuer.userName, ExampleUser, is not the role's name).
        QCOMPARE(role->principalName, QStringLiteral("Admin"));
        QVERIFY(role->principalAliases.contains(QStringLiteral("arn:aws:iam::123456789012:role/Admin")));
        const auto failed = std::find_if(sink.events.cbegin(), sink.events.cend(), [](const ActivityEvent& e) {
            return e.action == QLatin1String("cloudtrail:UpdateTrail");
        });
        QVERIFY(failed != sink.events.cend());
        QCOMPARE(failed->outcome, QStringLiteral("error"));
    }

    // Records from before sessionCredentialFromConsole name the console by their agent (CloudTrail User Guide,
    // "userAgent": signin.amazonaws.com and console.amazonaws.com): a person's session beside the call, as above.
    void olderRecordsNameTheConsoleByTheirAgent_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("asLogFile"); // rewrap an array as {"Records": […]}, read in place by simdjson
        QTest::addColumn<int>("counted");
        QTest::addColumn<int>("console");
        QTest::addRow("Step Functions guide: an IAM user's PutObject, signin.amazonaws.com (EventBridge)")
            << "aws/cloudtrail-console/sfn-eventbridge-s3-putobject.json" << false << 1 << 1;
        QTest::addRow("Panther: role tester in the console (console.amazonaws.com), john.developer by the CLI")
            << "aws/cloudtrail-console/panther-aws_overwrite_lambda_code.tests.json" << false << 4 << 3;
        QTest::addRow("the same records as a log file")
            << "aws/cloudtrail-console/panther-aws_overwrite_lambda_code.tests.json" << true << 4 << 3;
    }

    void olderRecordsNameTheConsoleByTheirAgent()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, asLogFile);
        QFETCH(int, counted);
        QFETCH(int, console);
        QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture;
        QTemporaryDir dir;
        if (asLogFile) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
            path = dir.filePath("log.json");
            QVERIFY(writeFile(path, QJsonDocument(QJsonObject { { "Records", records } }).toJson()));
        }
        CollectingSink sink;
        const Status status = CloudTrailImporter().read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(
            std::count_if(sink.events.cbegin(), sink.events.cend(), [](const ActivityEvent& e) { return e.counted; }),
            counted);
        QStringList sessions;
        for (const ActivityEvent& e : std::as_const(sink.events)) {
            if (!e.counted && e.action == QLatin1String("console:session"))
                sessions << e.principalName;
        }
        QCOMPARE(sessions.size(), console);
        QVERIFY2(!sessions.contains(QStringLiteral("john.developer")), qPrintable(sessions.join(',')));
    }

    // DynamoDB's PartiQL calls need the permission of the statements they ran, which CloudTrail keeps (values
    // redacted): a SELECT is not a use of PartiQLDelete. Read the same from a log file and from one record per line.
    void partiqlCallsNeedTheirStatementsPermissions_data()
    {
        QTest::addColumn<bool>("lines");
        QTest::addRow("a log file ({\"Records\": […]})") << false;
        QTest::addRow("one record per line") << true;
    }

    void partiqlCallsNeedTheirStatementsPermissions()
    {
        QFETCH(bool, lines);
        QString path = RECERTIFY_TEST_DATA("aws/cloudtrail/awsdocs-dynamodb-partiql-examples.json");
        QTemporaryDir dir;
        if (lines) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray out;
            for (const QJsonValue& record : QJsonDocument::fromJson(file.readAll()).object().value("Records").toArray())
                out += QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact) + '\n';
            path = dir.filePath("partiql.jsonl");
            QVERIFY(writeFile(path, out));
        }
        CollectingSink sink;
        const Status status = CloudTrailImporter().read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QStringList actions;
        for (const ActivityEvent& e : sink.events)
            actions << e.action;
        actions.sort();
        QCOMPARE(actions,
                 (QStringList { "dynamodb:PartiQLInsert", "dynamodb:PartiQLSelect", "dynamodb:PartiQLUpdate" }));
        QCOMPARE(CloudTrailFields::partiqlVerb("  delete FROM Music WHERE Artist = ***(Redacted)"),
                 unsigned(CloudTrailFields::Delete));
        QCOMPARE(CloudTrailFields::partiqlVerb("EXISTS(SELECT * FROM Music)"), 0u);
    }

    void cloudTrailStreamsPlainAndCompressed_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::addRow("plain .json") << false;
        QTest::addRow("gzip .json.gz") << true;
    }

    void cloudTrailStreamsPlainAndCompressed()
    {
        QFETCH(bool, compressed);
        QTemporaryDir dir;
        const QByteArray trail = syntheticTrail(5000); // well past one 256 KiB read
        const QString path = dir.filePath(compressed ? QStringLiteral("trail.json.gz") : QStringLiteral("trail.json"));
        QVERIFY(writeFile(path, compressed ? gzip(trail) : trail));
        CollectingSink sink;
        const Status status = CloudTrailImporter().read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.events.size(), 5000);
        QCOMPARE(sink.events.last().principal, QStringLiteral("AROA") + QString::number(4999 % 7));
        QCOMPARE(sink.events.first().action, QStringLiteral("s3:GetObject"));
    }

    void cloudTrailRejectsTruncatedFiles_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<QString>("expected");
        QTest::addRow("cut in the middle of a record") << false << "truncated";
        QTest::addRow("cut in the middle of the compressed stream") << true << "truncated";
    }

    void cloudTrailRejectsTruncatedFiles()
    {
        QFETCH(bool, compressed);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QByteArray bytes = compressed ? gzip(syntheticTrail(2000)) : syntheticTrail(2000);
        bytes.truncate(bytes.size() / 2);
        const QString path = dir.filePath(compressed ? QStringLiteral("cut.json.gz") : QStringLiteral("cut.json"));
        QVERIFY(writeFile(path, bytes));
        CollectingSink sink;
        const Status status = CloudTrailImporter().read(path, sink);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(path), qPrintable(status.errorString()));
        QVERIFY2(status.errorString().contains(QStringLiteral("byte")), qPrintable(status.errorString()));
        QVERIFY2(status.errorString().contains(expected), qPrintable(status.errorString()));
    }

    // A log file cut where a whole value ends still lost its end: after a record's inner object, after the last
    // record, after the list. AWS's own examples (the CloudTrail user guide's log file), cut.
    void cloudTrailRejectsAFileCutAtAValuesEnd_data()
    {
        QTest::addColumn<QByteArray>("endsWith"); // the cut copy ends just after the last of these
        QTest::addRow("after the closing brace of an object inside a record")
            << QByteArray("\"userId\": \"EXAMPLEUSERID\"\n        }");
        QTest::addRow("after the last record, before the list closes") << QByteArray("}\n  ]");
        QTest::addRow("after the list, before the object closes") << QByteArray("]");
    }
    void cloudTrailRejectsAFileCutAtAValuesEnd()
    {
        QFETCH(QByteArray, endsWith);
        QFile original(RECERTIFY_TEST_DATA("aws/cloudtrail/awsdocs-cloudtrail-log-file-examples.json"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray whole = original.readAll();
        const qsizetype at
            = endsWith == "]" ? whole.lastIndexOf(']') + 1 : whole.lastIndexOf(endsWith) + endsWith.size();
        QVERIFY2(at > endsWith.size() && at < whole.size(), endsWith.constData());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.json"));
        // Cut before the list's end: drop the "]" so the file ends right after the last whole record.
        const QByteArray cut = endsWith == "}\n  ]" ? whole.left(at - 1) : whole.left(at);
        QVERIFY(writeFile(path, cut));
        CollectingSink sink;
        const Status status = CloudTrailImporter().read(path, sink);
        QVERIFY2(!status.ok(), qPrintable(QString::number(sink.events.size()) + u" events read"));
        QVERIFY2(status.errorString().contains(path) && status.errorString().contains(QStringLiteral("truncated")),
                 qPrintable(status.errorString()));
        // The whole file reads.
        const QString wholePath = dir.filePath(QStringLiteral("whole.json"));
        QVERIFY(writeFile(wholePath, whole));
        CollectingSink all;
        QVERIFY(CloudTrailImporter().read(wholePath, all).ok());
    }

    void cloudTrailCanBeCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(writeFile(path, syntheticTrail(3000)));
        CollectingSink sink;
        sink.cancelAfterFirstProgress = true;
        const Status status = CloudTrailImporter().read(path, sink);
        QVERIFY(!status.ok());
        QVERIFY(sink.events.size() < 3000);
    }

    void accessAdvisorReadsLastAccess()
    {
        const QString path = RECERTIFY_REAL_FIXTURE("aws/service-last-accessed.aws-cli-docs.json");
        if (!QFile::exists(path))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        CollectingSink sink;
        const Status status = AccessAdvisorImporter().read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.events.size(), 3); // lambda by admin (service level), then admin and developer (entities)
        for (const ActivityEvent& e : std::as_const(sink.events))
            QCOMPARE(e.action, QStringLiteral("lambda:*"));
        const auto developer = std::find_if(sink.events.cbegin(), sink.events.cend(), [](const ActivityEvent& e) {
            return e.principalName == QLatin1String("developer");
        });
        QVERIFY(developer != sink.events.cend());
        QCOMPARE(developer->principal, QStringLiteral("AIDAIBEYXMPL2YEXAMPLE"));
        QCOMPARE(developer->timestamp, QDateTime(QDate(2019, 9, 16), QTime(19, 34), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestAwsImporters)
#include "TestAwsImporters.moc"
