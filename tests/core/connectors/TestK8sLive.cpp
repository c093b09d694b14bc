#include "core/connectors/YamlInput.h"
#include "core/connectors/k8s/K8sLiveImporter.h"
#include "core/connectors/k8s/K8sRbacImporter.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/ReplayServer.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

using namespace recertify;
using test::ReplayServer;

namespace {

// The same cluster as two real files: a minikube dump (roles, bindings, pods, a token Secret) and the
// Kubernetes dashboard's install manifest (a ServiceAccount with its Role and ClusterRole bindings).
const QString kDump = RECERTIFY_REAL_FIXTURE("kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json");
const QString kManifest = RECERTIFY_TEST_DATA("k8s/dashboard-recommended.yaml");
const QByteArray kToken = "sa-reader-token-7f3e";
// What the token Secret's data.token is on the test server: it must never reach the store.
const QByteArray kSecretValue = "ZXlKaGJHY2lPaUpTVXpJMU5pSXNJbXRwWkNJNklsUkZVMVF0VTBWRFVrVlVJbjA";

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** The API server's failure body (a meta/v1 Status). */
QByteArray status(int code, const QString& reason, const QString& message)
{
    return json({ { "kind", "Status" },
                  { "apiVersion", "v1" },
                  { "metadata", QJsonObject() },
                  { "status", "Failure" },
                  { "message", message },
                  { "reason", reason },
                  { "code", code } });
}

/** Objects of the two fixtures grouped by kind, each without kind and apiVersion, as the API lists them. */
QHash<QString, QJsonArray> clusterObjects()
{
    QHash<QString, QJsonArray> byKind;
    auto add = [&byKind](QJsonObject item) {
        const QString kind = item.take(QStringLiteral("kind")).toString();
        item.remove(QStringLiteral("apiVersion"));
        if (kind == QLatin1String("Secret") && item.contains(QStringLiteral("data"))) {
            QJsonObject data = item.value(QStringLiteral("data")).toObject();
            data.insert(QStringLiteral("token"), QString::fromLatin1(kSecretValue));
            item.insert(QStringLiteral("data"), data);
        }
        byKind[kind].append(item);
    };
    QFile dump(kDump);
    if (!dump.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    for (const QJsonValue& list : QJsonDocument::fromJson(dump.readAll()).array())
        for (const QJsonValue& item : list.toObject().value(QStringLiteral("items")).toArray())
            add(item.toObject());
    QFile manifest(kManifest);
    if (!manifest.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    auto documents = YamlInput::parse(manifest.readAll(), kManifest);
    if (!documents)
        qFatal("bad fixture");
    for (const QJsonValue& document : *documents)
        add(document.toObject());
    return byKind;
}

/** A Kubernetes API server as the documentation describes its list calls: limit/continue, Status bodies, metadata-only
 * lists. */
struct FakeApi
{
    QHash<QString, QJsonArray> objects = clusterObjects();
    QByteArray token = kToken;
    QString clientName; ///< a client certificate with this CN is accepted instead of the token
    QSet<QString> forbidden; ///< kinds answered with 403
    int throttleFirst = 0; ///< the first N requests get 429 with Retry-After: 1
    bool expireContinueOnce = false; ///< the first continued Pod page answers 410 Expired
    bool ignoreMetadataAccept = false;
    int expired = 0;

    static QString kindOf(const QByteArray& path)
    {
        static const QHash<QByteArray, QString> kinds {
            { "/api/v1/serviceaccounts", "ServiceAccount" },
            { "/apis/rbac.authorization.k8s.io/v1/roles", "Role" },
            { "/apis/rbac.authorization.k8s.io/v1/clusterroles", "ClusterRole" },
            { "/apis/rbac.authorization.k8s.io/v1/rolebindings", "RoleBinding" },
            { "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "ClusterRoleBinding" },
            { "/api/v1/secrets", "Secret" },
            { "/api/v1/pods", "Pod" }
        };
        return kinds.value(path);
    }

    ReplayServer::Response handle(const ReplayServer::Request& r)
    {
        if (throttleFirst > 0) {
            --throttleFirst;
            return { 429,
                     status(429, "TooManyRequests", "Too many requests, please try again later."),
                     { { "Retry-After", "1" } } };
        }
        const bool byToken = !token.isEmpty() && r.headers.value("authorization") == "Bearer " + token;
        const bool byCertificate = !clientName.isEmpty() && r.peerCommonName == clientName;
        if (!byToken && !byCertificate)
            return { 401, status(401, "Unauthorized", "Unauthorized"), {} };
        const qsizetype question = r.target.indexOf('?');
        const QByteArray path = r.target.left(question);
        const QUrlQuery query(QString::fromUtf8(question < 0 ? QByteArray() : r.target.mid(question + 1)));
        const QString kind = kindOf(path);
        if (kind.isEmpty())
            return { 404, status(404, "NotFound", "the server could not find the requested resource"), {} };
        if (forbidden.contains(kind)) {
            const QString plural = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
            return { 403,
                     status(
                         403, "Forbidden",
                         QStringLiteral("%1 is forbidden: User \"system:serviceaccount:recertify:reader\" cannot list "
                                        "resource \"%1\" at the cluster scope")
                             .arg(plural)),
                     {} };
        }
        QJsonArray items = objects.value(kind);
        if (kind == QLatin1String("Secret")) {
            const QString selector = query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded);
            QJsonArray selected;
            for (const QJsonValue& item : std::as_const(items))
                if (selector.isEmpty()
                    || QStringLiteral("type=") + item.toObject().value("type").toString() == selector)
                    selected.append(item);
            items = selected;
        }
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        const QString continueToken = query.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
        if (kind == QLatin1String("Pod") && !continueToken.isEmpty() && expireContinueOnce && expired == 0) {
            ++expired;
            return { 410,
                     status(410, "Expired",
                            "The provided continue parameter is too old to display a consistent list result. "
                            "You can start a new list without the continue parameter."),
                     {} };
        }
        const int offset = continueToken.isEmpty() ? 0 : QByteArray::fromBase64(continueToken.toLatin1()).toInt();
        const int end = limit > 0 ? std::min<int>(offset + limit, int(items.size())) : int(items.size());
        QJsonArray page;
        const bool metadataOnly
            = r.headers.value("accept").contains("as=PartialObjectMetadataList") && !ignoreMetadataAccept;
        for (int i = offset; i < end; ++i) {
            QJsonObject item = items.at(i).toObject();
            if (metadataOnly)
                item = { { "kind", "PartialObjectMetadata" },
                         { "apiVersion", "meta.k8s.io/v1" },
                         { "metadata", item.value("metadata") } };
            page.append(item);
        }
        QJsonObject metadata { { "resourceVersion", "48213" } };
        if (end < items.size()) {
            metadata.insert("continue", QString::fromLatin1(QByteArray::number(end).toBase64()));
            metadata.insert("remainingItemCount", int(items.size()) - end);
        }
        return { 200,
                 json({ { "kind",
                          metadataOnly ? QStringLiteral("PartialObjectMetadataList") : kind + QStringLiteral("List") },
                        { "apiVersion", metadataOnly ? "meta.k8s.io/v1" : "v1" },
                        { "metadata", metadata },
                        { "items", page } }),
                 {} };
    }
};

bool openssl(const QStringList& arguments)
{
    const auto result = test::runProgram(QStringLiteral("openssl"), arguments);
    if (result.exitCode != 0)
        qWarning() << "openssl" << arguments << result.err;
    return result.exitCode == 0;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

/** What a user compares between two stores: identities, their grants and their credentials. */
QStringList inventory(const DatabasePtr& database)
{
    return column(
               database,
               "SELECT source || '|' || native_id || '|' || kind || '|' || COALESCE(source_scope, '') || '|' || status "
               "FROM identities ORDER BY 1")
        + column(database,
                 "SELECT i.native_id || '|' || g.permission || '|' || g.resource_scope || '|' || g.granted_via "
                 "FROM grants g JOIN identities i ON i.id = g.identity_id ORDER BY 1")
        + column(database,
                 "SELECT i.native_id || '|' || c.credential_id || '|' || c.type FROM credentials c "
                 "JOIN identities i ON i.id = c.identity_id ORDER BY 1");
}

int count(const DatabasePtr& database, const QString& table)
{
    return column(database, QStringLiteral("SELECT COUNT(*) FROM ") + table).value(0).toInt();
}

} // namespace

class TestK8sLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ca, m_serverCert, m_serverKey, m_clientCert, m_clientKey, m_otherCa;

    QString file(const QString& name) const { return m_dir.filePath(name); }

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(m_serverCert).value(0));
        tls.setPrivateKey(QSslKey(readAll(m_serverKey), QSsl::Ec));
        tls.setCaCertificates(QSslCertificate::fromPath(m_ca));
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        return tls;
    }

    /** A kubeconfig in its own folder; `user` is the YAML under users[0].user. */
    QString kubeconfig(const QString& name, const QString& server, const QString& caFile, const QString& user,
                       bool insecure = false)
    {
        const QString folder = file(name);
        QDir().mkpath(folder);
        QString text
            = QStringLiteral(
                  "apiVersion: v1\nkind: Config\nclusters:\n- name: kind-recertify\n  cluster:\n    server: %1\n")
                  .arg(server);
        if (!caFile.isEmpty())
            text += QStringLiteral("    certificate-authority-data: %1\n")
                        .arg(QString::fromLatin1(readAll(caFile).toBase64()));
        if (insecure)
            text += QStringLiteral("    insecure-skip-tls-verify: true\n");
        text += QStringLiteral(
                    "contexts:\n- name: kind-recertify\n  context:\n    cluster: kind-recertify\n    user: reader\n"
                    "current-context: kind-recertify\nusers:\n- name: reader\n  user:\n")
            + user;
        QFile out(folder + QStringLiteral("/config"));
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write kubeconfig");
        out.write(text.toUtf8());
        return out.fileName();
    }

    Result<SyncReport> sync(const DatabasePtr& database, const QString& config, K8sLiveImporter** keep = nullptr)
    {
        K8sConnection connection;
        connection.kubeconfig = config;
        connection.pageSize = 7; // several pages per kind with the fixtures' 68 ClusterRoles
        connection.policy.maxRetryAfterSeconds = 2;
        connection.policy.requestTimeoutMs = 10000;
        static std::unique_ptr<K8sLiveImporter> importer;
        importer = std::make_unique<K8sLiveImporter>(connection);
        if (keep)
            *keep = importer.get();
        SyncEngine engine(database);
        return engine.run(*importer, { QStringLiteral("k8s:kind-recertify") });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = file("ca.crt");
        m_serverCert = file("server.crt");
        m_serverKey = file("server.key");
        m_clientCert = file("client.crt");
        m_clientKey = file("client.key");
        m_otherCa = file("other-ca.crt");
        const QString days = QStringLiteral("2");
        // A cluster CA, the API server's certificate for 127.0.0.1 and a client certificate, all signed by it.
        QVERIFY(openssl({ "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                          "-keyout", file("ca.key"), "-out", m_ca, "-subj", "/CN=kubernetes-ca", "-days", days }));
        QVERIFY(
            openssl({ "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                      file("other-ca.key"), "-out", m_otherCa, "-subj", "/CN=someone-else", "-days", days }));
        QVERIFY(openssl({ "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                          m_serverKey, "-out", file("server.csr"), "-subj", "/CN=kube-apiserver" }));
        QFile extensions(file("san.ext"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\n");
        extensions.close();
        QVERIFY(openssl({ "x509", "-req", "-in", file("server.csr"), "-CA", m_ca, "-CAkey", file("ca.key"),
                          "-CAcreateserial", "-out", m_serverCert, "-days", days, "-extfile", file("san.ext") }));
        // The client key is RSA: kubeadm's admin.conf carries an RSA key.
        QVERIFY(openssl({ "req", "-newkey", "rsa:2048", "-nodes", "-keyout", m_clientKey, "-out", file("client.csr"),
                          "-subj", "/O=recertify/CN=recertify-reader" }));
        QVERIFY(openssl({ "x509", "-req", "-in", file("client.csr"), "-CA", m_ca, "-CAkey", file("ca.key"),
                          "-CAcreateserial", "-out", m_clientCert, "-days", days }));
    }

    void init() { KubeConfig::clearExecCache(); }

    void liveSyncMatchesTheFileImport()
    {
        FakeApi api;
        api.throttleFirst = 1;
        api.expireContinueOnce = true;
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        const QString config = kubeconfig("token", server.baseUrl(), m_ca,
                                          QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kToken)));

        test::TestDatabase live;
        K8sLiveImporter* importer = nullptr;
        auto report = sync(live.database(), config, &importer);
        QVERIFY2(report, qPrintable(report.errorString()));
        QVERIFY(report->added > 0);
        QCOMPARE(api.expired, 1);
        QVERIFY(report->authoritative.contains(QStringLiteral("k8s namespace:kubernetes-dashboard")));

        // Requests: one page per 7 objects of each kind, the throttled first one again, and the Pod list restarted
        // once.
        int pages = 0;
        for (const char* kind : { "ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "Pod" })
            pages += std::max<int>(1, int((api.objects.value(kind).size() + 6) / 7));
        pages += 1; // one token Secret: one page
        const int podPagesBeforeExpiry = 1;
        QCOMPARE(importer->requestCount(), pages + 1 + podPagesBeforeExpiry + 1);
        for (const ReplayServer::Request& request : server.requests()) {
            QVERIFY2(request.target.contains("limit=7"), request.target.constData());
            if (request.target.startsWith("/api/v1/secrets")) {
                QVERIFY(request.target.contains("fieldSelector=type%3Dkubernetes.io%2Fservice-account-token"));
                QVERIFY(request.headers.value("accept").startsWith("application/json;as=PartialObjectMetadataList"));
            }
        }

        test::TestDatabase files;
        K8sRbacImporter fileImporter;
        SyncEngine engine(files.database());
        auto fromFiles = engine.run(fileImporter, { kDump, kManifest });
        QVERIFY2(fromFiles, qPrintable(fromFiles.errorString()));
        const QStringList a = inventory(live.database());
        const QStringList b = inventory(files.database());
        QCOMPARE(a, b);
        QVERIFY(a.contains(
            QStringLiteral("system:serviceaccount:default:kubiscan-sa|default/kubiscan-sa-secret|sa-token")));
        QVERIFY(!readAll(live.location()).contains(kSecretValue));

        // Again, with nothing changed on the cluster: nothing changes in the store.
        auto again = sync(live.database(), config);
        QVERIFY2(again, qPrintable(again.errorString()));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->changed, 0);
        QCOMPARE(again->removed, 0);
        QCOMPARE(inventory(live.database()), b);
    }

    void tokenValuesNeverStoredEvenIfTheServerSendsThem()
    {
        FakeApi api;
        api.ignoreMetadataAccept = true; // an older or proxying server answers with whole Secrets
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        const QString config = kubeconfig("full", server.baseUrl(), m_ca,
                                          QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kToken)));
        test::TestDatabase store;
        auto report = sync(store.database(), config);
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(column(store.database(), "SELECT credential_id FROM credentials"),
                 QStringList { "default/kubiscan-sa-secret" });
        QVERIFY(!readAll(store.location()).contains(kSecretValue));
    }

    void execPluginTokenIsCachedUntilItExpires_data()
    {
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<int>("pluginRuns");
        QTest::newRow("valid for an hour: asked once for two syncs")
            << QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate) << 1;
        QTest::newRow("already expired: asked for every sync")
            << QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate) << 2;
    }

    void execPluginTokenIsCachedUntilItExpires()
    {
        QFETCH(QString, expiry);
        QFETCH(int, pluginRuns);
        FakeApi api;
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        const QString folder = file(QStringLiteral("exec-%1").arg(pluginRuns));
        // What EKS's `aws eks get-token` and GKE's plugin print; the kubeconfig names it relative to itself.
        const QString user
            = QStringLiteral(
                  "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ./get-token.sh\n"
                  "      args: [\"--cluster-name\", \"recertify\"]\n      env:\n      - name: RUNS_FILE\n        "
                  "value: %1/runs\n"
                  "      interactiveMode: Never\n      provideClusterInfo: true\n")
                  .arg(folder);
        const QString config = kubeconfig(QStringLiteral("exec-%1").arg(pluginRuns), server.baseUrl(), m_ca, user);
        QFile plugin(folder + "/get-token.sh");
        QVERIFY(plugin.open(QIODevice::WriteOnly));
        plugin.write(
            QStringLiteral(
                "#!/bin/sh\necho \"$@\" >> \"$RUNS_FILE\"\nprintf '%s' \"$KUBERNETES_EXEC_INFO\" > "
                "\"$RUNS_FILE.info\"\n"
                "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\",\"spec\":{},"
                "\"status\":{\"expirationTimestamp\":\"%1\",\"token\":\"%2\"}}'\n")
                .arg(expiry, QString::fromLatin1(kToken))
                .toUtf8());
        plugin.close();
        plugin.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        test::TestDatabase store;
        for (int run = 0; run < 2; ++run) {
            auto report = sync(store.database(), config);
            QVERIFY2(report, qPrintable(report.errorString()));
        }
        const QList<QByteArray> runs = readAll(folder + "/runs").trimmed().split('\n');
        QCOMPARE(runs.size(), pluginRuns);
        QCOMPARE(runs.first(), QByteArray("--cluster-name recertify"));
        const QJsonObject info = QJsonDocument::fromJson(readAll(folder + "/runs.info")).object();
        QCOMPARE(info.value("kind").toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(info.value("spec").toObject().value("interactive").toBool(true), false);
        QCOMPARE(info.value("spec").toObject().value("cluster").toObject().value("server").toString(),
                 server.baseUrl());
    }

    void clientCertificateFromFilesBesideTheKubeconfig()
    {
        FakeApi api;
        api.token.clear();
        api.clientName = QStringLiteral("recertify-reader");
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        const QString config
            = kubeconfig("cert", server.baseUrl(), m_ca,
                         QStringLiteral("    client-certificate: pki/reader.crt\n    client-key: pki/reader.key\n"));
        QDir().mkpath(file("cert/pki"));
        QVERIFY(QFile::copy(m_clientCert, file("cert/pki/reader.crt")));
        QVERIFY(QFile::copy(m_clientKey, file("cert/pki/reader.key")));
        test::TestDatabase store;
        auto report = sync(store.database(), config);
        QVERIFY2(report, qPrintable(report.errorString()));
        QVERIFY(report->added > 0);
        QCOMPARE(server.requests().first().peerCommonName, QStringLiteral("recertify-reader"));
    }

    void refusedConnectionsLeaveTheStoreAsItWas_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("otherCa");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("expected");
        const QString goodToken = QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kToken));
        QTest::newRow("revoked token") << QStringLiteral("    token: revoked\n") << false << false
                                       << QStringLiteral("HTTP 401 Unauthorized");
        QTest::newRow("server not signed by the kubeconfig's CA")
            << goodToken << true << false << QStringLiteral("certificate");
        QTest::newRow("plugin not signed in")
            << QStringLiteral("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: sh\n"
                              "      args: [\"-c\", \"echo 'error: not logged in, run az login' >&2; exit 1\"]\n")
            << false << false << QStringLiteral("not logged in, run az login");
        QTest::newRow("plugin missing, with its install hint")
            << QStringLiteral("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: "
                              "gke-gcloud-auth-plugin-absent\n"
                              "      installHint: Install gke-gcloud-auth-plugin for use with kubectl\n")
            << false << false << QStringLiteral("Install gke-gcloud-auth-plugin");
        QTest::newRow("insecure-skip-tls-verify accepts any server") << goodToken << true << true << QString();
    }

    void refusedConnectionsLeaveTheStoreAsItWas()
    {
        QFETCH(QString, user);
        QFETCH(bool, otherCa);
        QFETCH(bool, insecure);
        QFETCH(QString, expected);
        FakeApi api;
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        test::TestDatabase store;
        // A store that already holds the cluster from an earlier sync.
        const QString good = kubeconfig("good", server.baseUrl(), m_ca,
                                        QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kToken)));
        QVERIFY(sync(store.database(), good));
        const QStringList before = inventory(store.database());
        const int runs = count(store.database(), "sync_runs");

        api.objects.remove(QStringLiteral("ServiceAccount")); // were it read, the dashboard's account would be retired
        const QString config = kubeconfig(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'),
                                          server.baseUrl(), otherCa ? m_otherCa : m_ca, user, insecure);
        auto report = sync(store.database(), config);
        if (expected.isEmpty()) {
            QVERIFY2(report, qPrintable(report.errorString()));
            return;
        }
        QVERIFY(!report);
        QVERIFY2(report.errorString().contains(expected), qPrintable(report.errorString()));
        const bool namesTheServer
            = report.errorString().contains(server.baseUrl()) || report.errorString().contains(config);
        QVERIFY2(namesTheServer, qPrintable(report.errorString()));
        QVERIFY(!report.errorString().contains(QString::fromLatin1(kToken)));
        QCOMPARE(inventory(store.database()), before);
        QVERIFY(count(store.database(), "sync_runs") >= runs);
    }

    void forbiddenKindsAreReportedAndKept()
    {
        FakeApi api;
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        const QString config = kubeconfig("forbidden", server.baseUrl(), m_ca,
                                          QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kToken)));
        test::TestDatabase store;
        QVERIFY(sync(store.database(), config));
        const int grants = count(store.database(), "grants");
        const int credentials = count(store.database(), "credentials");
        QVERIFY(grants > 0);
        QCOMPARE(credentials, 1);

        // The reader lost the right to list secrets, roles and service accounts; the dashboard's account is gone too.
        api.forbidden = { "Secret", "Role", "ServiceAccount" };
        api.objects.remove(QStringLiteral("ServiceAccount"));
        K8sLiveImporter* importer = nullptr;
        auto report = sync(store.database(), config, &importer);
        QVERIFY2(report, qPrintable(report.errorString()));
        QCOMPARE(importer->forbiddenKinds(), (QStringList { "ServiceAccount", "Role", "Secret" }));
        // One warning per kind it may not list, and one that a binding's Role, unlisted, is one of Kubernetes' own
        // (kube-system's authentication reader), taken with its default rules: the grants stay as they were.
        QCOMPARE(report->warnings.size(), 4);
        QCOMPARE(report->warnings.filter("not allowed to list").size(), 3);
        QCOMPARE(report->warnings.filter("Kubernetes' own").size(), 1);
        QVERIFY(report->warnings.first().contains("not allowed to list ServiceAccount"));
        QVERIFY(report->warnings.first().contains("serviceaccounts is forbidden"));
        QCOMPARE(report->removed, 0);
        QVERIFY(report->authoritative.isEmpty());
        QCOMPARE(count(store.database(), "grants"), grants);
        QCOMPARE(count(store.database(), "credentials"), credentials);

        api.forbidden
            = { "ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "Secret", "Pod" };
        auto none = sync(store.database(), config);
        QVERIFY(!none);
        QVERIFY2(none.errorString().contains("may not list any"), qPrintable(none.errorString()));
    }

    void commandLine()
    {
        FakeApi api;
        api.forbidden = { "Pod" };
        ReplayServer server([&api](const ReplayServer::Request& r) { return api.handle(r); });
        QVERIFY(server.listenTls(serverTls()));
        const QString config = kubeconfig("cli", server.baseUrl(), m_ca,
                                          QStringLiteral("    token: %1\n").arg(QString::fromLatin1(kToken)));
        const QString db = file("cli/store.sqlite");
        // The server answers in this process, so the CLI runs beside the event loop, not blocking it.
        auto run = [&](const QStringList& args) {
            QProcess process;
            process.start(QStringLiteral(RECERTIFY_CLI_PATH), QStringList { "--db", db } + args);
            QDeadlineTimer deadline(60000);
            while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
                QTest::qWait(20);
            return std::tuple(process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError());
        };
        const auto [code, out, err] = run({ "sync", "kubernetes", "--kubeconfig", config, "--json" });
        QVERIFY2(code == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY(report.value("added").toInt() > 0);
        QCOMPARE(report.value("notAllowedToList").toArray(), QJsonArray { "Pod" });
        QVERIFY(report.value("requests").toInt() >= 7);
        QVERIFY(report.value("input").toString().startsWith("k8s:kind-recertify (https://127.0.0.1:"));
        QVERIFY(!out.contains(kToken) && !err.contains(kToken));

        const auto [badCode, badOut, badErr]
            = run({ "sync", "kubernetes", "--kubeconfig", config, "--context", "staging" });
        QCOMPARE(badCode, 2);
        QVERIFY2(badErr.contains("--context: ") && badErr.contains("known: kind-recertify"), badErr.constData());

        // Connected once, synced on a schedule: `sync --due` runs it while it is due, and not again until it is.
        const auto [addCode, addOut, addErr]
            = run({ "sources", "add", "kubernetes", "prod", "--kubeconfig", config, "--every", "6h" });
        QVERIFY2(addCode == 0, addErr.constData());
        QCOMPARE(
            std::get<0>(run({ "sources", "add", "kubernetes", "typo", "--kubeconfig", config, "--context", "prd" })),
            2);
        QCOMPARE(std::get<0>(run({ "sources", "set", "prod", "--every", "1m" })), 2); // more often only hammers the API
        auto listed = QJsonDocument::fromJson(std::get<1>(run({ "--json", "sources" }))).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("every").toString(), QStringLiteral("6h"));
        QCOMPARE(listed.first().toObject().value("due").toBool(), true);
        const auto requestsBefore = server.requests().size();
        const auto [dueCode, dueOut, dueErr] = run({ "sync", "--due" });
        QVERIFY2(dueCode == 0, dueErr.constData());
        QVERIFY2(dueOut.startsWith("prod: k8s-live: 0 added"), dueOut.constData());
        QVERIFY(server.requests().size() > requestsBefore);
        listed = QJsonDocument::fromJson(std::get<1>(run({ "--json", "sources" }))).array();
        QCOMPARE(listed.first().toObject().value("due").toBool(), false);
        QVERIFY(!listed.first().toObject().value("lastSynced").toString().isEmpty());
        const auto requestsAfter = server.requests().size();
        QCOMPARE(std::get<1>(run({ "sync", "--due" })).trimmed(), QByteArray("No source is due."));
        QCOMPARE(server.requests().size(), requestsAfter);
        QCOMPARE(std::get<0>(run({ "sync", "prod" })), 0); // by name, whenever asked
        QVERIFY(server.requests().size() > requestsAfter);
        QVERIFY(!readAll(db).contains(kToken));
    }

    void kubeconfigIsReadAsKubectlReadsIt()
    {
        const QString a = file("merge/a"), b = file("merge/b");
        QDir().mkpath(file("merge"));
        auto write = [](const QString& path, const QByteArray& text) {
            QFile out(path);
            return out.open(QIODevice::WriteOnly) && out.write(text) == text.size();
        };
        QVERIFY(write(a,
                      "apiVersion: v1\nkind: Config\ncurrent-context: dev\nclusters:\n- name: dev\n  cluster: {server: "
                      "'https://dev.example:6443'}\n"
                      "contexts:\n- name: dev\n  context: {cluster: dev, user: dev}\nusers:\n- name: dev\n  user: "
                      "{token: dev-token}\n"));
        QVERIFY(write(b,
                      "apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n- name: dev\n  cluster: "
                      "{server: 'https://other:1'}\n"
                      "- name: prod\n  cluster: {server: 'https://prod.example'}\ncontexts:\n- name: prod\n  context: "
                      "{cluster: prod, user: legacy}\n"
                      "users:\n- name: legacy\n  user:\n    auth-provider:\n      name: gcp\n"));
        qputenv("KUBECONFIG", (a + ":" + file("merge/missing") + ":" + b).toUtf8());
        auto current = KubeConfig::load(QString(), QString());
        QVERIFY2(current, qPrintable(current.errorString()));
        QCOMPARE(current->contextName, QStringLiteral("dev")); // the first file's current-context wins
        QCOMPARE(current->server, QUrl("https://dev.example:6443")); // and so does its cluster named dev
        QCOMPARE(current->token, QByteArray("dev-token"));
        auto legacy = KubeConfig::load(QString(), QStringLiteral("prod"));
        QVERIFY(!legacy);
        QVERIFY2(legacy.errorString().contains("auth-provider") && legacy.errorString().contains(b),
                 qPrintable(legacy.errorString()));
        auto unknown = KubeConfig::load(QString(), QStringLiteral("staging"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().field, QStringLiteral("context"));
        QVERIFY2(unknown.errorString().contains("known: dev, prod"), qPrintable(unknown.errorString()));
        qunsetenv("KUBECONFIG");
        auto missing = KubeConfig::load(file("merge/missing"), QString());
        QVERIFY(!missing);
        QVERIFY(missing.errorString().contains(file("merge/missing")));
    }
};

QTEST_GUILESS_MAIN(TestK8sLive)
#include "TestK8sLive.moc"
