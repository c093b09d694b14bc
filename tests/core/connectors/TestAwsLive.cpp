#include "core/connectors/aws/AwsIamImporter.h"
#include "core/connectors/aws/AwsLiveImporter.h"
#include "core/connectors/aws/AwsQueryXml.h"
#include "core/connectors/aws/CloudTrailImporter.h"
#include "core/connectors/aws/SigV4.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/ReplayServer.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>

using namespace recertify;
using test::ReplayServer;

namespace {

// The example keys of AWS's documentation, and the temporary ones of the STS AssumeRole example.
const QString kKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString kTempKeyId = QStringLiteral("ASIAIOSFODNN7EXAMPLE");
const QString kTempSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY");
const QString kSessionToken = QStringLiteral(
    "AQoDYXdzEPT//////////"
    "wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/"
    "qkPpKPi/"
    "kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+"
    "xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+"
    "scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==");
const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/RecertifyReader");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray escape(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

/** JSON as the IAM query API would send it: arrays as <member> lists, policy documents URL-encoded. */
QByteArray toXml(const QString& name, const QJsonValue& value)
{
    static const QStringList documents { "PolicyDocument", "AssumeRolePolicyDocument", "Document" };
    const QByteArray tag = name.toUtf8();
    QByteArray inner;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            inner += toXml("member", item);
    } else if (value.isObject() && documents.contains(name)) {
        inner = QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            inner += toXml(it.key(), it.value());
    } else if (value.isBool()) {
        inner = value.toBool() ? "true" : "false";
    } else if (value.isDouble()) {
        inner = QByteArray::number(value.toInteger());
    } else if (value.isString()) {
        inner = escape(value.toString());
    }
    return "<" + tag + ">" + inner + "</" + tag + ">";
}

QByteArray response(const QString& action, const QByteArray& result)
{
    const QByteArray ns = action == "AssumeRole" ? "https://sts.amazonaws.com/doc/2011-06-15/"
                                                 : "https://iam.amazonaws.com/doc/2010-05-08/";
    return "<" + action.toUtf8() + "Response xmlns=\"" + ns + "\"><" + action.toUtf8() + "Result>" + result + "</"
        + action.toUtf8()
        + "Result><ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></"
        + action.toUtf8() + "Response>";
}

QByteArray errorResponse(const QString& code, const QString& message)
{
    return "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>"
        + escape(code) + "</Code><Message>" + escape(message)
        + "</Message></Error><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ErrorResponse>";
}

/** IAM and STS as their API references describe them, checking every request's Signature Version 4. */
struct FakeAws
{
    QList<QByteArray> pages; ///< GetAccountAuthorizationDetails answers, joined by Marker
    int throttleFirst = 0;
    int verified = 0;
    QStringList refusals;
    QStringList actions;
    QString externalId;
    QJsonObject lastAccessed; ///< a completed GetServiceLastAccessedDetails answer (CLI JSON)
    int jobPolls = 0;
    QJsonArray lookupEvents; ///< LookupEvents answers are paged 4 at a time
    QList<qint64> lookupTimes; ///< when each LookupEvents request arrived (ms since epoch)
    QByteArray lookupTarget;

    /** Recomputes the signature from what arrived on the wire: method, target, the signed headers as received, the
     * body. */
    bool verify(const ReplayServer::Request& r)
    {
        const QByteArray authorization = r.headers.value("authorization");
        static const QRegularExpression pattern(QStringLiteral(
            R"(^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$)"));
        const auto match = pattern.match(QString::fromLatin1(authorization));
        if (!match.hasMatch())
            return false;
        const QString keyId = match.captured(1);
        const QString secret = keyId == kKeyId ? kSecret : keyId == kTempKeyId ? kTempSecret : QString();
        if (secret.isEmpty())
            return false;
        // Temporary credentials are only good with their session token, signed.
        const QList<QByteArray> signedNames = match.captured(5).toLatin1().split(';');
        if (keyId == kTempKeyId
            && (r.headers.value("x-amz-security-token") != kSessionToken.toLatin1()
                || !signedNames.contains("x-amz-security-token")))
            return false;
        const QString amzDate = QString::fromLatin1(r.headers.value("x-amz-date"));
        const QDateTime at = QDateTime::fromString(amzDate, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (!at.isValid() || qAbs(at.secsTo(QDateTime::currentDateTimeUtc().toLocalTime())) > 3600 * 24)
            return false;
        HttpHeaders received;
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
            received.append({ it.key(), it.value() });
        const QUrl url(QStringLiteral("http://placeholder") + QString::fromLatin1(r.target));
        const QByteArray canonical = SigV4::canonicalRequest(r.method, url, received, signedNames,
                                                             SigV4::sha256Hex(r.body), match.captured(4));
        const bool ok = SigV4::signature(canonical, secret, amzDate, match.captured(3), match.captured(4))
            == match.captured(6).toLatin1();
        verified += ok ? 1 : 0;
        return ok;
    }

    ReplayServer::Response handle(const ReplayServer::Request& r)
    {
        if (r.headers.value("content-type") == "application/x-amz-json-1.1") {
            lookupTarget = r.headers.value("x-amz-target");
            actions << "LookupEvents";
            if (!verify(r))
                return {
                    400,
                    R"({"__type":"com.amazon.coral.service#InvalidSignatureException","message":"The request signature we calculated does not match"})",
                    {}
                };
            lookupTimes << QDateTime::currentMSecsSinceEpoch();
            const QJsonObject request = QJsonDocument::fromJson(r.body).object();
            const int from = request.value("NextToken").toString().toInt();
            QJsonArray page;
            for (int i = from; i < std::min<int>(from + 4, int(lookupEvents.size())); ++i)
                page.append(lookupEvents.at(i));
            QJsonObject answer { { "Events", page } };
            if (from + 4 < lookupEvents.size())
                answer.insert("NextToken", QString::number(from + 4));
            return { 200,
                     QJsonDocument(answer).toJson(QJsonDocument::Compact),
                     { { "Content-Type", "application/x-amz-json-1.1" } } };
        }
        const QUrlQuery form(QString::fromUtf8(r.body));
        const QString action = form.queryItemValue("Action");
        actions << action;
        if (!verify(r)) {
            refusals << action;
            return { 403,
                     errorResponse("SignatureDoesNotMatch",
                                   "The request signature we calculated does not match the signature you provided. "
                                   "Check your AWS Secret Access Key and signing method."),
                     { { "Content-Type", "text/xml" } } };
        }
        if (throttleFirst > 0) {
            --throttleFirst;
            return { 400, errorResponse("Throttling", "Rate exceeded"), { { "Content-Type", "text/xml" } } };
        }
        if (action == "AssumeRole") {
            if (form.queryItemValue("RoleArn", QUrl::FullyDecoded) != kRoleArn)
                return { 403, errorResponse("AccessDenied", "Not authorized to perform sts:AssumeRole"), {} };
            externalId = form.queryItemValue("ExternalId", QUrl::FullyDecoded);
            // The STS API reference's example answer.
            return {
                200,
                response(
                    "AssumeRole",
                    "<SourceIdentity>Alice</"
                    "SourceIdentity><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/demo/TestAR</Arn>"
                    "<AssumedRoleId>ARO123EXAMPLE123:TestAR</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>"
                        + kTempKeyId.toUtf8() + "</AccessKeyId><SecretAccessKey>" + kTempSecret.toUtf8()
                        + "</SecretAccessKey><SessionToken>" + kSessionToken.toUtf8()
                        + "</SessionToken><Expiration>2019-11-09T13:34:41Z</Expiration></"
                          "Credentials><PackedPolicySize>6</PackedPolicySize>"),
                { { "Content-Type", "text/xml" } }
            };
        }
        if (action == "GenerateServiceLastAccessedDetails")
            return { 200,
                     response(action, "<JobId>2eb6c2b8-7b4c-3xmp-3c13-03b72c8cdfdc</JobId>"),
                     { { "Content-Type", "text/xml" } } };
        if (action == "GetServiceLastAccessedDetails") {
            // The job takes a moment on AWS's side: in progress on the first look.
            if (jobPolls++ % 2 == 0)
                return { 200,
                         response(action,
                                  "<JobStatus>IN_PROGRESS</JobStatus><JobCreationDate>2019-10-01T03:50:35.929Z</"
                                  "JobCreationDate>"),
                         {} };
            QByteArray result;
            for (auto it = lastAccessed.begin(); it != lastAccessed.end(); ++it)
                result += toXml(it.key(), it.value());
            return { 200, response(action, result), { { "Content-Type", "text/xml" } } };
        }
        if (action == "GetAccountAuthorizationDetails") {
            const QString marker = form.queryItemValue("Marker", QUrl::FullyDecoded);
            const int index = marker.isEmpty() ? 0 : marker.section(u'/', 1).toInt();
            if (index >= pages.size())
                return { 400, errorResponse("InvalidInput", "Invalid Marker"), {} };
            return { 200, pages.at(index), { { "Content-Type", "text/xml" } } };
        }
        return { 400, errorResponse("InvalidAction", "Could not find operation " + action), {} };
    }
};

/** The cloudsplaining export served as three pages, each with the lists the API always sends. */
QList<QByteArray> pagesOf(const QJsonObject& all)
{
    const QStringList lists { "UserDetailList", "RoleDetailList", "GroupDetailList", "Policies" };
    const QList<QStringList> split { { "UserDetailList" }, { "RoleDetailList" }, { "GroupDetailList", "Policies" } };
    QList<QByteArray> pages;
    for (qsizetype i = 0; i < split.size(); ++i) {
        QByteArray result;
        for (const QString& list : lists)
            result += toXml(list, split.at(i).contains(list) ? all.value(list) : QJsonArray());
        const bool last = i + 1 == split.size();
        result += "<IsTruncated>" + QByteArray(last ? "false" : "true") + "</IsTruncated>";
        // Markers are opaque and carry characters a form must encode.
        if (!last)
            result += "<Marker>AAEAA+xyz=/" + QByteArray::number(i + 1) + "</Marker>";
        pages << response("GetAccountAuthorizationDetails", result);
    }
    return pages;
}

QStringList column(const DatabasePtr& database, const QString& statement)
{
    QStringList out;
    auto q = sql::run(database->connection(), statement);
    if (!q)
        return { q.errorString() };
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QStringList inventory(const DatabasePtr& database)
{
    return column(database,
                  "SELECT native_id || '|' || kind || '|' || display_name || '|' || COALESCE(source_scope, '') || '|' "
                  "|| status "
                  "FROM identities ORDER BY 1")
        + column(database,
                 "SELECT i.native_id || '|' || g.permission || '|' || g.resource_scope || '|' || g.granted_via FROM "
                 "grants g "
                 "JOIN identities i ON i.id = g.identity_id ORDER BY 1");
}

} // namespace

class TestAwsLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void writeProfiles(const QString& extraConfig = {})
    {
        QFile credentials(m_dir.filePath("credentials"));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write(QStringLiteral("[base]\naws_access_key_id = %1\naws_secret_access_key = %2\n\n[wrong]\n"
                                         "aws_access_key_id = %1\naws_secret_access_key = not-the-secret\n")
                              .arg(kKeyId, kSecret)
                              .toUtf8());
        credentials.close();
        QFile config(m_dir.filePath("config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral(
                "[default]\nregion = us-east-1\n\n[profile auditor]\nrole_arn = %1\nsource_profile = base\n"
                "external_id = recertify-7f3e\nregion = eu-central-1\ns3 =\n  max_concurrent_requests = 20\n%2")
                .arg(kRoleArn, extraConfig)
                .toUtf8());
        config.close();
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath("credentials").toUtf8());
        qputenv("AWS_CONFIG_FILE", m_dir.filePath("config").toUtf8());
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
        qunsetenv("AWS_PROFILE");
    }

    AwsConnection connection(const ReplayServer& server, const QString& profile) const
    {
        AwsConnection c;
        c.profile = profile;
        c.endpoint = QUrl(server.baseUrl() + "/");
        c.policy.maxRetryAfterSeconds = 5;
        c.policy.requestTimeoutMs = 10000;
        return c;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // AWS's Signature Version 4 test suite (awslabs/aws-c-auth, tests/aws-sig-v4-test-suite, Apache-2.0).
    void signatureMatchesThePublishedTestSuite_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("get-vanilla") << QByteArray("GET") << "https://example.amazonaws.com/"
                                     << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        QTest::newRow("get-vanilla-query-order-key-case")
            << QByteArray("GET") << "https://example.amazonaws.com/?Param2=value2&Param1=value1"
            << QByteArray("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
        QTest::newRow("post-vanilla") << QByteArray("POST") << "https://example.amazonaws.com/"
                                      << QByteArray("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    void signatureMatchesThePublishedTestSuite()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, signature);
        const AwsCredentials suite { "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}, {}, {} };
        HttpHeaders headers;
        SigV4::sign(method, QUrl(url), headers, QByteArray(), suite, "us-east-1", "service",
                    QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC));
        QCOMPARE(headers.last().first, QByteArray("Authorization"));
        QCOMPARE(headers.last().second,
                 "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                 "SignedHeaders=host;x-amz-date, Signature="
                     + signature);
    }

    void readsTheApiReferenceExampleXml()
    {
        auto page = AwsQueryXml::result(readAll(RECERTIFY_TEST_DATA("aws/gaad-iam-api-reference-example.xml")),
                                        "GetAccountAuthorizationDetails", "example");
        QVERIFY2(page, qPrintable(page.errorString()));
        const QJsonObject cli
            = QJsonDocument::fromJson(readAll(RECERTIFY_TEST_DATA("aws/gaad-iam-api-reference-example.json"))).object();
        QCOMPARE(*page, cli);
        QCOMPARE(AwsQueryXml::error(errorResponse("Throttling", "Rate exceeded")).code, QStringLiteral("Throttling"));
    }

    void liveSyncMatchesTheFileImport()
    {
        writeProfiles();
        FakeAws aws;
        aws.pages = pagesOf(QJsonDocument::fromJson(
                                readAll(RECERTIFY_REAL_FIXTURE("aws/iam-authorization-details.cloudsplaining.json")))
                                .object());
        aws.throttleFirst = 1;
        ReplayServer server([&aws](const ReplayServer::Request& r) { return aws.handle(r); });
        QVERIFY(server.listen());

        test::TestDatabase live;
        AwsLiveImporter importer(connection(server, "auditor"));
        SyncEngine engine(live.database());
        auto report = engine.run(importer, { "aws:auditor" });
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(aws.refusals, QStringList());
        // AssumeRole with the base keys, then three pages with the role's temporary keys; one throttled answer retried.
        QCOMPARE(aws.actions,
                 (QStringList { "AssumeRole", "AssumeRole", "GetAccountAuthorizationDetails",
                                "GetAccountAuthorizationDetails", "GetAccountAuthorizationDetails" }));
        QCOMPARE(importer.throttledCount(), 1);
        QCOMPARE(importer.pageCount(), 3);
        QCOMPARE(aws.verified, 5);
        QCOMPARE(aws.externalId, QStringLiteral("recertify-7f3e"));
        QVERIFY(report->warnings.filter("IsTruncated").isEmpty()); // pages joined, not a partial listing
        QVERIFY(!report->authoritative.isEmpty());

        test::TestDatabase files;
        AwsIamImporter fileImporter;
        SyncEngine fileEngine(files.database());
        auto fromFile = fileEngine.run(fileImporter,
                                       { RECERTIFY_REAL_FIXTURE("aws/iam-authorization-details.cloudsplaining.json") });
        QVERIFY2(fromFile, qPrintable(fromFile.errorString()));
        {
            const QStringList a = inventory(live.database()), b = inventory(files.database());
            for (const QString& line : a)
                if (!b.contains(line))
                    qWarning() << "only live:" << line;
            for (const QString& line : b)
                if (!a.contains(line))
                    qWarning() << "only file:" << line;
        }
        QCOMPARE(inventory(live.database()), inventory(files.database()));
        QCOMPARE(report->authoritative, fromFile->authoritative);
        QVERIFY(!readAll(live.location()).contains(kSecret.toUtf8())
                && !readAll(live.location()).contains(kTempSecret.toUtf8()));
    }

    void credentialsComeFromTheEnvironmentFirst()
    {
        writeProfiles();
        qputenv("AWS_ACCESS_KEY_ID", kKeyId.toUtf8());
        qputenv("AWS_SECRET_ACCESS_KEY", kSecret.toUtf8());
        FakeAws aws;
        aws.pages = { readAll(RECERTIFY_TEST_DATA("aws/gaad-iam-api-reference-example.xml")) };
        ReplayServer server([&aws](const ReplayServer::Request& r) { return aws.handle(r); });
        QVERIFY(server.listen());
        test::TestDatabase store;
        AwsLiveImporter importer(connection(server, QString()));
        SyncEngine engine(store.database());
        auto report = engine.run(importer, { "aws:environment" });
        qunsetenv("AWS_ACCESS_KEY_ID");
        qunsetenv("AWS_SECRET_ACCESS_KEY");
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(aws.actions, QStringList { "GetAccountAuthorizationDetails" });
        QCOMPARE(column(store.database(), "SELECT display_name FROM identities ORDER BY 1"),
                 (QStringList { "Alice", "Bob", "Charlie", "Danielle", "EC2role", "Elaine" }));
        // The role's inline policy, and Alice's administrator access through her group.
        QCOMPARE(column(store.database(),
                        "SELECT g.permission FROM grants g JOIN identities i ON i.id = g.identity_id "
                        "WHERE i.display_name = 'EC2role' ORDER BY 1"),
                 (QStringList { "dynamodb:*", "s3:*" }));
        QVERIFY(column(store.database(),
                       "SELECT g.permission FROM grants g JOIN identities i ON i.id = g.identity_id "
                       "WHERE i.display_name = 'Alice'")
                    .contains("*"));
    }

    void lastAccessedJobsAndLookupEvents()
    {
        writeProfiles();
        FakeAws aws;
        aws.pages = { readAll(RECERTIFY_TEST_DATA("aws/gaad-iam-api-reference-example.xml")) };
        const QJsonObject examples
            = QJsonDocument::fromJson(readAll(RECERTIFY_REAL_FIXTURE("aws/service-last-accessed.aws-cli-docs.json")))
                  .object();
        aws.lastAccessed
            = examples.value("aws iam get-service-last-accessed-details --job-id 2eb6c2b8-7b4c-3xmp-3c13-03b72c8cdfdc")
                  .toObject();
        QVERIFY(!aws.lastAccessed.isEmpty());
        // A real trail's records, as LookupEvents returns them: the record as a JSON string beside a few of its fields.
        const QString trailFile = RECERTIFY_REAL_FIXTURE("aws/cloudtrail-log.otel-contrib.json");
        for (const QJsonValue& value :
             QJsonDocument::fromJson(readAll(trailFile)).object().value("Records").toArray()) {
            const QJsonObject record = value.toObject();
            aws.lookupEvents.append(QJsonObject {
                { "EventId", record.value("eventID") },
                { "EventName", record.value("eventName") },
                { "EventSource", record.value("eventSource") },
                { "ReadOnly", "true" },
                { "EventTime",
                  double(QDateTime::fromString(record.value("eventTime").toString(), Qt::ISODate).toSecsSinceEpoch()) },
                { "CloudTrailEvent", QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)) } });
        }
        ReplayServer server([&aws](const ReplayServer::Request& r) { return aws.handle(r); });
        QVERIFY(server.listen());
        AwsConnection c = connection(server, "base");
        c.lastAccessed = true;
        c.activityDays = 90;
        // A previous run stopped here: StartInstances at 21:17:28 that day was counted then, not again.
        c.activitySince = QDateTime(QDate(2023, 7, 19), QTime(21, 20), Qt::UTC);
        c.jobPollMs = 50;
        test::TestDatabase store;
        AwsLiveImporter importer(c);
        SyncEngine engine(store.database());
        auto report = engine.run(importer, { "aws:base" });
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(aws.refusals, QStringList());
        // One job per role and user (6), each asked about twice; LookupEvents in two pages, half a second apart.
        QCOMPARE(aws.actions.count("GenerateServiceLastAccessedDetails"), 6);
        QCOMPARE(aws.actions.count("GetServiceLastAccessedDetails"), 12);
        QCOMPARE(aws.lookupTimes.size(), 2);
        QVERIFY(aws.lookupTimes.at(1) - aws.lookupTimes.at(0) >= 450);
        QCOMPARE(aws.lookupTarget, QByteArray("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents"));

        // The same trail as a file gives the same activity.
        test::TestDatabase files;
        CloudTrailImporter trail;
        SyncEngine fileEngine(files.database());
        auto fromFile = fileEngine.run(trail, { trailFile });
        QVERIFY2(fromFile, qPrintable(fromFile.errorString()));
        QCOMPARE(fromFile->events, 1); // Mary's, Mateo's and Terry's CloudShell calls are people's
        // The trail's records after the cursor, and the last access the six jobs' answers name: this server gives each
        // job the docs' one example, the same entity at the same moment, which is one last access, counted once. Of
        // the three records, Mary's and Terry's were made in CloudShell by users the export does not list: people's.
        QCOMPARE(report->events, 1 + 1);
        QVERIFY(column(store.database(), "SELECT COUNT(*) FROM usage_daily WHERE action = 'lambda:*'").value(0).toInt()
                >= 1);
        const QJsonObject state = importer.syncState();
        QCOMPARE(state.value("activitySince").toString(),
                 QStringLiteral("2025-06-15T14:30:00Z")); // the trail's newest record
    }

    void refusedRunsChangeNothing_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong secret") << "wrong"
                                      << "GetAccountAuthorizationDetails with the credentials from profile wrong was "
                                         "refused: HTTP 403 SignatureDoesNotMatch";
        QTest::newRow("unknown profile") << "prod"
                                         << "no AWS profile named \"prod\"";
        QTest::newRow("SSO profile") << "sso"
                                     << "IAM Identity Center (SSO) profiles are not supported yet";
    }

    void refusedRunsChangeNothing()
    {
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        writeProfiles("\n[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\n");
        FakeAws aws;
        aws.pages = { readAll(RECERTIFY_TEST_DATA("aws/gaad-iam-api-reference-example.xml")) };
        ReplayServer server([&aws](const ReplayServer::Request& r) { return aws.handle(r); });
        QVERIFY(server.listen());
        test::TestDatabase store;
        AwsLiveImporter importer(connection(server, profile));
        SyncEngine engine(store.database());
        auto report = engine.run(importer, { "aws:" + profile });
        QVERIFY(!report);
        QVERIFY2(report.errorString().contains(expected), qPrintable(report.errorString()));
        QVERIFY(!report.errorString().contains(kSecret));
        QCOMPARE(column(store.database(), "SELECT COUNT(*) FROM identities"), QStringList { "0" });
    }

    void commandLine()
    {
        writeProfiles();
        FakeAws aws;
        aws.pages = { readAll(RECERTIFY_TEST_DATA("aws/gaad-iam-api-reference-example.xml")) };
        ReplayServer server([&aws](const ReplayServer::Request& r) { return aws.handle(r); });
        QVERIFY(server.listen());
        QProcess process;
        process.start(QStringLiteral(RECERTIFY_CLI_PATH),
                      { "--db", m_dir.filePath("cli.sqlite"), "--json", "sync", "aws", "--profile", "auditor",
                        "--endpoint-url", server.baseUrl() + "/" });
        QDeadlineTimer deadline(60000);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value("added").toInt(), 6);
        QCOMPARE(report.value("requests").toInt(), 2);
        QCOMPARE(report.value("input").toString(), QStringLiteral("aws:auditor"));
        QVERIFY(!err.contains(kSecret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestAwsLive)
#include "TestAwsLive.moc"
