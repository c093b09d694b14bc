#include "core/connectors/github/GitHubImporter.h"
#include "core/connectors/github/GitHubLiveImporter.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/ReplayServer.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrlQuery>

using namespace recertify;
using test::ReplayServer;

namespace {

const QString kOrg = QStringLiteral("octo-org");
const QString kAppId = QStringLiteral("12345");
// The installation token in GitHub's documentation example.
const QByteArray kInstallationToken = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
const QByteArray kPersonalToken = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray json(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

/** Audit records: the REST API description's example and the Sentinel export's lines, newest first as the API sends
 * them. */
QJsonArray auditRecords()
{
    QJsonArray records = QJsonDocument::fromJson(readAll(RECERTIFY_TEST_DATA("github/org-audit-log.json"))).array();
    for (const QByteArray& line :
         readAll(RECERTIFY_REAL_FIXTURE("github/audit-log-export.azure-sentinel-excerpt.jsonl")).split('\n'))
        if (!line.trimmed().isEmpty())
            records.append(QJsonDocument::fromJson(line).object());
    return records;
}

/** GitHub's REST API as its documentation describes it: App JWTs, installation tokens, Link paging, rate limits. */
struct FakeGitHub
{
    QString publicKey; ///< the App's public key, to check JWTs with stock openssl
    QString scratch;
    QString base;
    QByteArray acceptedToken = kInstallationToken;
    int jwtsVerified = 0;
    int tokensIssued = 0;
    bool exhaustOnce = false; ///< the first list call finds the primary rate limit used up
    bool patsForbidden = false;
    bool secondKey = true; ///< a second deploy key the organisation later deletes
    QString foreignNext;
    QStringList auditQueries;

    QJsonObject installation
        = QJsonDocument::fromJson(
              readAll(RECERTIFY_REAL_FIXTURE("github/installation.new_permissions_accepted.octokit-webhooks.json")))
              .object()
              .value("installation")
              .toObject();
    QJsonArray audit = auditRecords();

    bool verifyJwt(const QByteArray& authorization)
    {
        if (!authorization.startsWith("Bearer "))
            return false;
        const QList<QByteArray> parts = authorization.mid(7).split('.');
        if (parts.size() != 3)
            return false;
        const auto decode = [](const QByteArray& part) {
            return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding);
        };
        const QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
        const QJsonObject claims = QJsonDocument::fromJson(decode(parts[1])).object();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (header.value("alg").toString() != "RS256" || claims.value("iss").toString() != kAppId
            || claims.value("exp").toInteger() - claims.value("iat").toInteger() > 600
            || claims.value("exp").toInteger() < now || claims.value("iat").toInteger() > now)
            return false;
        QFile input(scratch + "/jwt.input"), signature(scratch + "/jwt.sig");
        if (!input.open(QIODevice::WriteOnly) || !signature.open(QIODevice::WriteOnly))
            return false;
        input.write(parts[0] + '.' + parts[1]);
        signature.write(decode(parts[2]));
        input.close();
        signature.close();
        const auto checked = test::runProgram(
            "openssl",
            { "dgst", "-sha256", "-verify", publicKey, "-signature", signature.fileName(), input.fileName() });
        jwtsVerified += checked.exitCode == 0 ? 1 : 0;
        return checked.exitCode == 0;
    }

    ReplayServer::Response handle(const ReplayServer::Request& r)
    {
        const QByteArray path = r.target.left(r.target.indexOf('?') < 0 ? r.target.size() : r.target.indexOf('?'));
        const QUrlQuery query(QString::fromUtf8(r.target.mid(path.size() + 1)));
        const QByteArray denied
            = R"({"message":"A JSON web token could not be decoded","documentation_url":"https://docs.github.com/rest"})";
        if (path == "/orgs/" + kOrg.toUtf8() + "/installation")
            return verifyJwt(r.headers.value("authorization")) ? ReplayServer::Response { 200, json(installation), {} }
                                                               : ReplayServer::Response { 401, denied, {} };
        if (r.method == "POST"
            && path
                == "/app/installations/" + QByteArray::number(installation.value("id").toInteger())
                    + "/access_tokens") {
            if (!verifyJwt(r.headers.value("authorization")))
                return { 401, denied, {} };
            ++tokensIssued;
            return { 201,
                     json(QJsonObject {
                         { "token", QString::fromLatin1(kInstallationToken) },
                         { "expires_at", QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate) },
                         { "permissions", QJsonObject { { "organization_personal_access_tokens", "read" } } },
                         { "repository_selection", "all" } }),
                     {} };
        }
        if (r.headers.value("authorization") != "Bearer " + acceptedToken)
            return { 401, R"({"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"})", {} };
        if (exhaustOnce) {
            exhaustOnce = false;
            return {
                403,
                R"({"message":"API rate limit exceeded for installation ID 957387.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"})",
                { { "x-ratelimit-limit", "5000" },
                  { "x-ratelimit-remaining", "0" },
                  { "x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1) } }
            };
        }
        const QByteArray org = "/orgs/" + kOrg.toUtf8();
        if (path == org + "/installations")
            return { 200,
                     json(QJsonObject { { "total_count", 1 }, { "installations", QJsonArray { installation } } }),
                     {} };
        if (path == org + "/personal-access-tokens" || path == org + "/personal-access-token-requests") {
            if (patsForbidden)
                return {
                    403,
                    R"({"message":"Resource not accessible by personal access token","documentation_url":"https://docs.github.com/rest"})",
                    {}
                };
            return { 200,
                     readAll(RECERTIFY_TEST_DATA("github/")
                             + (path.endsWith("requests") ? "org-pat-grant-requests.json" : "org-pat-grants.json")),
                     {} };
        }
        if (path == org + "/repos")
            return {
                200,
                R"([{"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"Hello-World","full_name":"octocat/Hello-World","private":false}])",
                {}
            };
        if (path == "/repos/octocat/Hello-World/keys") {
            QJsonArray keys = QJsonDocument::fromJson(readAll(RECERTIFY_TEST_DATA("github/deploy-keys.json"))).array();
            if (secondKey) {
                QJsonObject other = keys.first().toObject();
                other.insert("id", 2);
                other.insert("title", "ci-read-only");
                other.insert("url", "https://api.github.com/repos/octocat/Hello-World/keys/2");
                keys.append(other);
            }
            return { 200, json(keys), {} };
        }
        if (path == org + "/audit-log") {
            auditQueries << query.toString(QUrl::FullyDecoded);
            // Cursor paging as the audit log does it: `after` and a Link to the next page.
            const int size = query.queryItemValue("per_page").toInt();
            const int from = query.queryItemValue("after").toInt();
            QJsonArray page;
            for (int i = from; i < std::min<int>(from + size, int(audit.size())); ++i)
                page.append(audit.at(i));
            QList<std::pair<QByteArray, QByteArray>> headers;
            if (from + size < audit.size()) {
                QString next = foreignNext.isEmpty() ? base
                        + QStringLiteral("/orgs/%1/audit-log?per_page=%2&after=%3").arg(kOrg).arg(size).arg(from + size)
                                                     : foreignNext;
                headers.append(
                    { "link",
                      QStringLiteral("<%1>; rel=\"next\", <%2/orgs/%3/audit-log?per_page=%4&before=0>; rel=\"first\"")
                          .arg(next, base, kOrg)
                          .arg(size)
                          .toUtf8() });
            }
            return { 200, json(page), headers };
        }
        return { 404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})", {} };
    }
};

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

/** What a user compares between two stores: identities, grants, credentials and the activity counted. */
QStringList inventory(const DatabasePtr& database)
{
    return column(database,
                  "SELECT native_id || '|' || kind || '|' || display_name || '|' || status FROM identities ORDER BY 1")
        + column(database,
                 "SELECT i.native_id || '|' || g.permission || '|' || g.resource_scope FROM grants g "
                 "JOIN identities i ON i.id = g.identity_id ORDER BY 1")
        + column(database,
                 "SELECT i.native_id || '|' || c.credential_id || '|' || c.type FROM credentials c "
                 "JOIN identities i ON i.id = c.identity_id ORDER BY 1")
        + column(database,
                 "SELECT i.native_id || '|' || u.action || '|' || u.count FROM usage_daily u "
                 "JOIN identities i ON i.id = u.identity_id ORDER BY 1");
}

} // namespace

class TestGitHubLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_privateKey;
    QString m_publicKey;

    GitHubConnection connection(const ReplayServer& server, bool app) const
    {
        GitHubConnection c;
        c.org = kOrg;
        c.apiUrl = QUrl(server.baseUrl());
        c.appId = app ? kAppId : QString();
        c.perPage = 5;
        c.policy.maxRetryAfterSeconds = 5;
        c.policy.requestTimeoutMs = 10000;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The App's key pair, as GitHub generates it (RSA, PEM).
        const QString key = m_dir.filePath("app.pem");
        m_publicKey = m_dir.filePath("app.pub.pem");
        QCOMPARE(test::runProgram("openssl",
                                  { "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key })
                     .exitCode,
                 0);
        QCOMPARE(test::runProgram("openssl", { "pkey", "-in", key, "-pubout", "-out", m_publicKey }).exitCode, 0);
        m_privateKey = readAll(key);
        QVERIFY(m_privateKey.contains("PRIVATE KEY"));
    }

    void appSyncMatchesTheFileImport()
    {
        FakeGitHub github;
        github.publicKey = m_publicKey;
        github.scratch = m_dir.path();
        github.exhaustOnce = true;
        github.secondKey = false;
        ReplayServer server([&github](const ReplayServer::Request& r) { return github.handle(r); });
        QVERIFY(server.listen());
        github.base = server.baseUrl();
        InMemorySecretStore secrets;
        QVERIFY(secrets.write(QStringLiteral("github-app:octo-org"), QString::fromLatin1(m_privateKey)));

        test::TestDatabase live;
        GitHubLiveImporter importer(connection(server, true), secrets);
        SyncEngine engine(live.database());
        QElapsedTimer clock;
        clock.start();
        auto report = engine.run(importer, { QStringLiteral("github:octo-org") });
        QVERIFY2(report, qPrintable(report.errorString()));
        QVERIFY(clock.elapsed() >= 900); // waited for the rate limit's reset rather than hammering
        QCOMPARE(github.jwtsVerified, 2); // the installation lookup and the token request, each checked with openssl
        QCOMPARE(github.tokensIssued, 1);
        QVERIFY(importer.unavailable().isEmpty());
        QVERIFY(report->authoritative.contains("github org:octo-org/installations"));
        QVERIFY(report->authoritative.contains("github org:octo-org/tokens"));
        QVERIFY(report->authoritative.contains("github org:octo-org/deploy-keys"));
        // 15 audit records at 5 a page: three pages through Link rel="next".
        QCOMPARE(github.auditQueries.size(), 3);
        QVERIFY(github.auditQueries.at(1).contains("after=5"));
        for (const ReplayServer::Request& request : server.requests())
            QCOMPARE(request.headers.value("x-github-api-version"), QByteArray("2022-11-28"));

        // The same payloads as files, through the file importer.
        const QString auditFile = m_dir.filePath("audit.json");
        QFile out(auditFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json(github.audit));
        out.close();
        test::TestDatabase files;
        GitHubImporter fileImporter;
        SyncEngine fileEngine(files.database());
        auto fromFiles = fileEngine.run(
            fileImporter,
            { RECERTIFY_REAL_FIXTURE("github/installation.new_permissions_accepted.octokit-webhooks.json"),
              RECERTIFY_TEST_DATA("github/org-pat-grants.json"),
              RECERTIFY_TEST_DATA("github/org-pat-grant-requests.json"), RECERTIFY_TEST_DATA("github/deploy-keys.json"),
              auditFile });
        QVERIFY2(fromFiles, qPrintable(fromFiles.errorString()));
        QCOMPARE(inventory(live.database()), inventory(files.database()));
        QVERIFY(inventory(live.database()).size() > 10);

        // The next run reads the audit log from where this one ended, and counts nothing twice.
        const QJsonObject state = importer.syncState();
        QVERIFY(!state.value("auditSince").toString().isEmpty());
        GitHubConnection next = connection(server, true);
        next.auditSince = QDateTime::fromString(state.value("auditSince").toString(), Qt::ISODate);
        GitHubLiveImporter again(next, secrets);
        const QStringList before = inventory(live.database());
        auto second = engine.run(again, { QStringLiteral("github:octo-org") });
        QVERIFY2(second, qPrintable(second.errorString()));
        QCOMPARE(github.auditQueries.size(), 6);
        QVERIFY2(github.auditQueries.at(3).contains("phrase=created:>="), qPrintable(github.auditQueries.at(3)));
        QCOMPARE(second->events, 0);
        QCOMPARE(inventory(live.database()), before);
        QVERIFY(!readAll(live.location()).contains(kInstallationToken));
    }

    void tokenAccessRetiresOnlyWhatItListedCompletely()
    {
        FakeGitHub github;
        github.acceptedToken = kPersonalToken;
        ReplayServer server([&github](const ReplayServer::Request& r) { return github.handle(r); });
        QVERIFY(server.listen());
        github.base = server.baseUrl();
        InMemorySecretStore secrets;
        QVERIFY(secrets.write(QStringLiteral("github:octo-org"), QString::fromLatin1(kPersonalToken)));
        test::TestDatabase store;
        SyncEngine engine(store.database());
        {
            GitHubLiveImporter importer(connection(server, false), secrets);
            auto report = engine.run(importer, { QStringLiteral("github:octo-org") });
            QVERIFY2(report, qPrintable(report.errorString()));
        }
        QCOMPARE(column(store.database(), "SELECT COUNT(*) FROM identities WHERE native_id LIKE 'deploy-key:%'"),
                 QStringList { "2" });
        const QStringList tokens = column(
            store.database(),
            "SELECT native_id FROM identities WHERE native_id LIKE 'pat%' AND discovered_from_activity = 0 ORDER BY 1");
        QCOMPARE(tokens.size(), 2);

        // A token may not read fine-grained PATs (GitHub allows only Apps), and one deploy key was deleted.
        github.patsForbidden = true;
        github.secondKey = false;
        GitHubLiveImporter importer(connection(server, false), secrets);
        auto report = engine.run(importer, { QStringLiteral("github:octo-org") });
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(importer.unavailable(),
                 (QStringList { "fine-grained personal access tokens", "personal access token requests" }));
        QVERIFY(report->warnings.first().contains("Resource not accessible by personal access token"));
        QCOMPARE(report->removed, 1); // the deleted deploy key; the tokens it could not list stay
        QCOMPARE(column(store.database(), "SELECT status FROM identities WHERE native_id = 'deploy-key:2'"),
                 QStringList { "retired" });
        QCOMPARE(column(store.database(),
                        "SELECT native_id FROM identities WHERE native_id LIKE 'pat%' AND discovered_from_activity = 0 "
                        "AND status <> 'retired' ORDER BY 1"),
                 tokens);
    }

    void refusedRunsChangeNothing_data()
    {
        QTest::addColumn<QString>("storedToken");
        QTest::addColumn<bool>("foreignNext");
        QTest::addColumn<QString>("expected");
        QTest::newRow("revoked token") << "ghp_revoked" << false << "github:octo-org: HTTP 401: Bad credentials";
        QTest::newRow("no token in the keychain") << "" << false << "github:octo-org";
        QTest::newRow("a next page on another host")
            << QString::fromLatin1(kPersonalToken) << true << "refusing to send the token there";
    }

    void refusedRunsChangeNothing()
    {
        QFETCH(QString, storedToken);
        QFETCH(bool, foreignNext);
        QFETCH(QString, expected);
        FakeGitHub github;
        github.acceptedToken = kPersonalToken;
        if (foreignNext)
            github.foreignNext = QStringLiteral("https://collector.example.net/steal?after=5");
        ReplayServer server([&github](const ReplayServer::Request& r) { return github.handle(r); });
        QVERIFY(server.listen());
        github.base = server.baseUrl();
        InMemorySecretStore secrets;
        if (!storedToken.isEmpty())
            QVERIFY(secrets.write(QStringLiteral("github:octo-org"), storedToken));
        test::TestDatabase store;
        GitHubLiveImporter importer(connection(server, false), secrets);
        SyncEngine engine(store.database());
        auto report = engine.run(importer, { QStringLiteral("github:octo-org") });
        QVERIFY(!report);
        QVERIFY2(report.errorString().contains(expected), qPrintable(report.errorString()));
        QVERIFY(!report.errorString().contains(QString::fromLatin1(kPersonalToken)));
        QCOMPARE(column(store.database(), "SELECT COUNT(*) FROM identities"), QStringList { "0" });
    }

    void commandLineWithTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            RECERTIFY_SKIP_UNLESS_STRICT("no D-Bus session: run the README's test command, which starts gnome-keyring");
        FakeGitHub github;
        github.acceptedToken = kPersonalToken;
        ReplayServer server([&github](const ReplayServer::Request& r) { return github.handle(r); });
        QVERIFY(server.listen());
        github.base = server.baseUrl();
        const QString db = m_dir.filePath("cli.sqlite");
        // The server answers in this process: the CLI runs beside the event loop.
        auto run = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess process;
            process.start(QStringLiteral(RECERTIFY_CLI_PATH), QStringList { "--db", db } + args);
            process.write(input);
            process.closeWriteChannel();
            QDeadlineTimer deadline(60000);
            while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
                QTest::qWait(20);
            return std::tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
        };
        // The token goes in through standard input, never as an argument a process listing would show.
        QCOMPARE(std::get<0>(run({ "secrets", "set", "github:octo-org" }, kPersonalToken)), 0);
        const auto [code, out, err] = run({ "--json", "sync", "github", "--org", kOrg, "--api-url", server.baseUrl() });
        QVERIFY2(code == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY(report.value("added").toInt() >= 4);
        QCOMPARE(report.value("notReadable").toArray().size(), 0);
        QVERIFY(report.value("authoritativeFor").toArray().contains(QJsonValue("github org:octo-org/deploy-keys")));
        QVERIFY(!out.contains(kPersonalToken) && !err.contains(kPersonalToken));

        QCOMPARE(std::get<0>(run({ "sources", "add", "github", "octo", "--org", kOrg, "--api-url", server.baseUrl(),
                                   "--every", "1h" })),
                 0);
        const auto [dueCode, dueOut, dueErr] = run({ "sync", "--due" });
        QVERIFY2(dueCode == 0, dueErr.constData());
        QVERIFY2(dueOut.startsWith("octo: github-live: 0 added"), dueOut.constData());
        QVERIFY(!readAll(db).contains(kPersonalToken));
        QCOMPARE(std::get<0>(run({ "secrets", "delete", "github:octo-org" })), 0);
    }

    void appKeyThatIsNotRsaIsRefused()
    {
        InMemorySecretStore secrets;
        QVERIFY(secrets.write(QStringLiteral("github-app:octo-org"),
                              QStringLiteral("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")));
        FakeGitHub github;
        ReplayServer server([&github](const ReplayServer::Request& r) { return github.handle(r); });
        QVERIFY(server.listen());
        test::TestDatabase store;
        GitHubLiveImporter importer(connection(server, true), secrets);
        SyncEngine engine(store.database());
        auto report = engine.run(importer, { QStringLiteral("github:octo-org") });
        QVERIFY(!report);
        QVERIFY2(report.errorString().contains("not an RSA key")
                     && report.errorString().contains("github-app:octo-org"),
                 qPrintable(report.errorString()));
        QCOMPARE(server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGitHubLive)
#include "TestGitHubLive.moc"
