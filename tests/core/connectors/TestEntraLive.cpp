#include "core/connectors/entra/EntraLiveImporter.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/ReplayServer.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace recertify;
using test::ReplayServer;

namespace {

const QString kSecret = QStringLiteral("c3Vw3r-s3cr3t~value");
const QString kTenant = QStringLiteral("contoso");
const QString kClient = QStringLiteral("11112222-3333-4444-5555-666677778888");

QJsonObject bundle()
{
    QString path = RECERTIFY_REAL_FIXTURE("entra/graph-responses.ms-graph-docs.json");
    if (!QFile::exists(path))
        path = RECERTIFY_TEST_DATA("entra/graph-bundle.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing Graph bundle");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject response(const QJsonObject& all, const QString& requestPrefix)
{
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.key().startsWith(requestPrefix))
            return it.value().toObject();
    }
    return {};
}

/** Serves Graph the way the real one behaves: two pages of principals, a throttled page, a token that expires. */
struct FakeGraph
{
    QJsonObject data = bundle();
    QString base;
    int tokensIssued = 0;
    bool throttledOnce = false;
    bool expiredOnce = false;
    QString foreignNextLink; ///< when set, page 1 points there

    QByteArray json(const QJsonObject& o) const { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    ReplayServer::Response handle(const ReplayServer::Request& r)
    {
        const QByteArray target = r.target;
        if (r.method == "POST" && target == "/" + kTenant.toUtf8() + "/oauth2/v2.0/token") {
            const QUrlQuery form(QString::fromUtf8(r.body));
            if (form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != kSecret
                || form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
                // Like endpoints that echo the request: the secret that was sent comes back in the description.
                return {
                    401,
                    json({ { "error", "invalid_client" },
                           { "error_description",
                             QStringLiteral("AADSTS7000215: Invalid client secret provided. "
                                            "Request: client_secret=%1")
                                 .arg(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded)) } }),
                    {}
                };
            ++tokensIssued;
            return { 200,
                     json({ { "token_type", "Bearer" },
                            { "expires_in", 3599 },
                            { "access_token", QStringLiteral("tok-%1").arg(tokensIssued) } }),
                     {} };
        }
        const QByteArray expected = "Bearer tok-" + QByteArray::number(tokensIssued);
        if (r.headers.value("authorization") != expected)
            return {
                401,
                R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}})",
                {}
            };

        const QJsonObject principals
            = response(data, QStringLiteral("GET https://graph.microsoft.com/v1.0/servicePrincipals"));
        if (target == "/v1.0/servicePrincipals?$top=999") {
            QJsonObject page = principals;
            page.insert(QStringLiteral("@odata.nextLink"),
                        foreignNextLink.isEmpty()
                            ? base + QStringLiteral("/v1.0/servicePrincipals?$top=999&$skiptoken=X'4453707402'")
                            : foreignNextLink);
            return { 200, json(page), {} };
        }
        if (target.startsWith("/v1.0/servicePrincipals?$top=999&$skiptoken=")) {
            if (!throttledOnce) {
                throttledOnce = true;
                return { 429,
                         R"({"error":{"code":"TooManyRequests","message":"Too many requests"}})",
                         { { "Retry-After", "1" } } };
            }
            // Page 2: the agent identity and the resource principal whose app roles name the permissions.
            QJsonObject agent = response(
                data,
                QStringLiteral(
                    "GET https://graph.microsoft.com/beta/servicePrincipals/{id}/microsoft.graph.agentIdentity"));
            agent.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.agentIdentity"));
            QJsonObject resource
                = response(data, QStringLiteral("GET https://graph.microsoft.com/v1.0/servicePrincipals/7408235b"));
            resource.remove(QStringLiteral("@odata.context"));
            return { 200, json({ { "value", QJsonArray { agent, resource } } }), {} };
        }
        if (target.endsWith("/appRoleAssignments")) {
            if (!expiredOnce) {
                expiredOnce = true; // the token dies mid-run; the client must refresh once and go on
                return {
                    401,
                    R"({"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}})",
                    {}
                };
            }
            const QJsonObject assignments
                = response(data, QStringLiteral("GET https://graph.microsoft.com/v1.0/servicePrincipals/00063ffc"));
            return { 200, json(assignments), {} };
        }
        if (target == "/v1.0/oauth2PermissionGrants")
            return { 200,
                     json(
                         response(data, QStringLiteral("GET https://graph.microsoft.com/v1.0/oauth2PermissionGrants"))),
                     {} };
        if (target == "/beta/reports/servicePrincipalSignInActivities")
            return {
                200,
                json(response(
                    data,
                    QStringLiteral("GET https://graph.microsoft.com/beta/reports/servicePrincipalSignInActivities"))),
                {}
            };
        return { 404, R"({"error":{"code":"NotFound","message":"no such route"}})", {} };
    }
};

EntraConnection connectionTo(const ReplayServer& server)
{
    EntraConnection c;
    c.tenant = kTenant;
    c.clientId = kClient;
    c.graphUrl = QUrl(server.baseUrl());
    c.tokenUrl = QUrl(server.baseUrl() + u'/' + kTenant + QStringLiteral("/oauth2/v2.0/token"));
    return c;
}

int scalar(const Database& database, const QString& statement)
{
    auto q = sql::run(database.connection(), statement);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestEntraLive : public QObject
{
    Q_OBJECT

private slots:
    void syncsPagesThroughThrottlingAndAnExpiredToken()
    {
        FakeGraph graph;
        ReplayServer server([&graph](const ReplayServer::Request& r) { return graph.handle(r); });
        QVERIFY(server.listen());
        graph.base = server.baseUrl();
        InMemorySecretStore secrets;
        QVERIFY(secrets.write(connectionTo(server).secretKey(), kSecret).ok());

        test::TestDatabase store;
        QVERIFY(store.database());
        EntraLiveImporter importer(connectionTo(server), secrets);
        SyncEngine sync(store.database());
        auto report = sync.run(importer, { QStringLiteral("entra:") + kTenant });
        QVERIFY2(report.ok(), qPrintable(report.errorString()));

        QVERIFY(graph.throttledOnce);
        QVERIFY(graph.expiredOnce);
        QCOMPARE(graph.tokensIssued, 2); // the first token, and one refresh after the 401
        const int pageTwoRequests
            = int(std::count_if(server.requests().cbegin(), server.requests().cend(),
                                [](const ReplayServer::Request& r) { return r.target.contains("skiptoken"); }));
        QCOMPARE(pageTwoRequests, 2); // once throttled, once served

        // Both pages arrived: foo (page 1), the agent identity and Microsoft Graph (page 2).
        const Database& db = *store.database();
        // Read from the live source, not from a file: the lifecycle says so.
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lifecycle_events WHERE reason = 'discovered by sync'"))
                >= 3);
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM lifecycle_events WHERE reason = 'found in an imported file'")),
            0);
        QCOMPARE(
            scalar(db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM identities WHERE native_id = '59e617e5-e447-4adc-8b88-00af644d7c92'")),
            1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM identities WHERE native_id = "
                                       "'1b7313c4-05d0-4a08-88e3-7b76c003a0a2' AND kind = 'ai-agent'")),
                 1);
        // Microsoft Graph, looked up for its roles without its owner: Microsoft's own by its appId, passed over.
        QCOMPARE(
            scalar(db,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM identities WHERE native_id = '7408235b-7540-4850-82fe-a5f15ed019e2'")),
            0);
        QVERIFY(report->added >= 3);

        // The secret only ever travelled in the token request's body.
        for (const ReplayServer::Request& r : server.requests()) {
            const bool tokenRequest = r.target.endsWith("/token");
            const bool carries
                = QUrl::fromPercentEncoding(r.body).contains(kSecret) || QString::fromUtf8(r.target).contains(kSecret);
            QCOMPARE(carries, tokenRequest);
        }
        // …and never reached the store.
        auto q = sql::run(db.connection(),
                          QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE inputs LIKE ? OR error LIKE ?"),
                          { QString(u'%' + kSecret + u'%'), QString(u'%' + kSecret + u'%') });
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void aWrongSecretIsNamedButNotShown()
    {
        FakeGraph graph;
        ReplayServer server([&graph](const ReplayServer::Request& r) { return graph.handle(r); });
        QVERIFY(server.listen());
        InMemorySecretStore secrets;
        QVERIFY(secrets.write(connectionTo(server).secretKey(), QStringLiteral("wrong-secret-123")).ok());
        EntraLiveImporter importer(connectionTo(server), secrets);
        test::CollectingSink sink;
        const Status status = importer.read(QStringLiteral("entra:contoso"), sink);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(kClient), qPrintable(status.errorString()));
        // The error code and AADSTS number, never the description that echoed the request.
        QVERIFY2(status.errorString().contains(QStringLiteral("invalid_client (AADSTS7000215)")),
                 qPrintable(status.errorString()));
        QVERIFY(!status.errorString().contains(QStringLiteral("wrong-secret-123")));
        QVERIFY(sink.identities.isEmpty());
    }

    void aMissingSecretIsAClearError()
    {
        FakeGraph graph;
        ReplayServer server([&graph](const ReplayServer::Request& r) { return graph.handle(r); });
        QVERIFY(server.listen());
        InMemorySecretStore secrets;
        EntraLiveImporter importer(connectionTo(server), secrets);
        test::CollectingSink sink;
        const Status status = importer.read(QStringLiteral("entra:contoso"), sink);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(connectionTo(server).secretKey()), qPrintable(status.errorString()));
        QVERIFY(server.requests().isEmpty()); // nothing was sent without credentials
    }

    void theTokenNeverFollowsALinkToAnotherHost()
    {
        FakeGraph graph;
        graph.foreignNextLink = QStringLiteral("http://127.0.0.2:9/v1.0/servicePrincipals?$skiptoken=steal");
        ReplayServer server([&graph](const ReplayServer::Request& r) { return graph.handle(r); });
        QVERIFY(server.listen());
        graph.base = server.baseUrl();
        InMemorySecretStore secrets;
        QVERIFY(secrets.write(connectionTo(server).secretKey(), kSecret).ok());
        EntraLiveImporter importer(connectionTo(server), secrets);
        test::CollectingSink sink;
        const Status status = importer.read(QStringLiteral("entra:contoso"), sink);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(QStringLiteral("another host")), qPrintable(status.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestEntraLive)
#include "TestEntraLive.moc"
