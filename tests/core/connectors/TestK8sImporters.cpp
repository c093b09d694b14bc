#include "core/connectors/k8s/K8sAuditImporter.h"
#include "core/connectors/k8s/K8sDefaultRoles.h"
#include "core/connectors/k8s/K8sRbacImporter.h"
#include "core/domain/IdentityKind.h"
#include "core/util/Timestamp.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace recertify;
using recertify::test::CollectingSink;

namespace {

// The counts in the rows were computed from the files with a separate Python script applying the
// same rules: the minikube dump binds 44 distinct service accounts and its pods add default/default.
const QString kRealRbac = RECERTIFY_REAL_FIXTURE("kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json");
const QString kRealAudit = RECERTIFY_REAL_FIXTURE("kubernetes/audit-log.audit2rbac-demo.jsonl");
const QString kSmallRbac = RECERTIFY_TEST_DATA("k8s/rbac-small.json");
const QString kSmallAudit = RECERTIFY_TEST_DATA("k8s/audit-small.jsonl");

// What a run does with one file: read it, then join what the run read.
Status importFile(Importer&& importer, const QString& path, RecordSink& sink)
{
    importer.start();
    Status status = importer.read(path, sink);
    return status ? importer.finish(sink) : status;
}

Status importFile(Importer& importer, const QString& path, RecordSink& sink)
{
    return importFile(std::move(importer), path, sink);
}

std::unique_ptr<Importer> importerFor(const QString& format)
{
    if (format == "k8s-rbac")
        return std::make_unique<K8sRbacImporter>();
    return std::make_unique<K8sAuditImporter>();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A service account's allowed "list pods" as one audit line. */
QJsonObject sampleEvent(int n = 0)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata",
        "auditID":"generated-%1","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/payments/pods","verb":"list",
        "user":{"username":"system:serviceaccount:payments:invoice-worker"},"sourceIPs":["10.244.1.17"],
        "objectRef":{"resource":"pods","namespace":"payments","apiVersion":"v1"},"responseStatus":{"code":200},
        "stageTimestamp":"2025-11-21T09:12:03.486532Z"})")
                                       .arg(n)
                                       .toUtf8())
        .object();
}

QByteArray line(const QJsonObject& event)
{
    return QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
}

/** Every value under data of the service-account-token Secrets in a dump: the secrets themselves. */
QStringList tokenValues(const QString& path)
{
    QStringList values;
    for (const QJsonValue& list : QJsonDocument::fromJson(readAll(path)).array()) {
        for (const QJsonValue& item : list.toObject().value("items").toArray()) {
            const QJsonObject o = item.toObject();
            if (o.value("type").toString() != "kubernetes.io/service-account-token")
                continue;
            for (const QJsonValue& v : o.value("data").toObject())
                values << v.toString();
        }
    }
    return values;
}

/** Every text the importer staged, to look for leaks. */
QStringList stagedText(const CollectingSink& sink)
{
    QStringList out;
    for (const StagedIdentity& s : sink.identities) {
        const Identity& i = s.identity;
        out << i.source << i.nativeId << i.kind << i.displayName << i.businessOwner << i.technicalOwner << i.purpose
            << i.retirementCondition << i.declaredScope << s.aliases;
        for (const Credential& c : s.credentials)
            out << c.credentialId << c.type;
        for (const Grant& g : s.grants)
            out << g.permission << g.resourceScope << g.grantedVia;
    }
    return out;
}

} // namespace

// The real fixtures live beside the project; a checkout without them skips those rows.
#define SKIP_WITHOUT(path)                                                                                             \
    if (!QFile::exists(path))                                                                                          \
    RECERTIFY_SKIP_UNLESS_STRICT(qPrintable("fixture not present: " + path))

class TestK8sImporters : public QObject
{
    Q_OBJECT

private slots:
    void describesItsFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("inventory");
        QTest::addColumn<QStringList>("folderPatterns");
        QTest::addRow("an RBAC dump is the inventory of the k8s source, read from the manifests in a folder")
            << "k8s-rbac" << true << QStringList { "*.yaml", "*.yml", "*.json" };
        QTest::addRow("an audit log is activity, read from *.jsonl, *.log, *.json and gzip (an export task's "
                      "000000.gz) in a folder")
            << "k8s-audit" << false << QStringList { "*.jsonl",    "*.log",     "*.json",   "*.ndjson",
                                                     "*.jsonl.gz", "*.json.gz", "*.log.gz", "[0-9]*.gz" };
    }

    void describesItsFormat()
    {
        QFETCH(QString, format);
        QFETCH(bool, inventory);
        QFETCH(QStringList, folderPatterns);
        const auto importer = importerFor(format);
        QCOMPARE(importer->format(), format);
        QCOMPARE(importer->source(), "k8s");
        QCOMPARE(importer->isInventory(), inventory);
        QCOMPARE(importer->folderPatterns(), folderPatterns);
    }

    void findsEveryServiceAccountOnce_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("identities");
        QTest::addColumn<int>("grants");
        QTest::addColumn<int>("credentials");
        QTest::addColumn<QString>("podOnlyAccount");
        // Bindings to the group system:serviceaccounts[:NS] grant every account they cover: in minikube the
        // service-account-issuer-discovery role's 4 URL grants reach all 45 accounts, in the small dump 4 more.
        // Every account is also in system:authenticated, whose default bindings (system:basic-user,
        // system:discovery, system:public-info-viewer) give each of the 45 the same 19 grants: 703 + 45 × 19.
        QTest::addRow("the minikube dump binds 44 service accounts and runs pods as one more")
            << kRealRbac << 45 << 703 + 45 * 19 << 1 << "system:serviceaccount:default:default";
        // Its RoleBinding to Kubernetes' edit, which it does not hold, takes edit's default grants in one namespace:
        // 378 (listing and watching namespaces, cluster-wide requests, are not among them).
        QTest::addRow("the small dump lists, binds or runs a pod as 4 service accounts")
            << kSmallRbac << 4 << 20 + 378 << 1 << "system:serviceaccount:web:default";
    }

    void findsEveryServiceAccountOnce()
    {
        QFETCH(QString, path);
        QFETCH(int, identities);
        QFETCH(int, grants);
        QFETCH(int, credentials);
        QFETCH(QString, podOnlyAccount);
        SKIP_WITHOUT(path);
        CollectingSink sink;
        const Status status = importFile(K8sRbacImporter(), path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));

        QCOMPARE(sink.identities.size(), identities);
        QSet<QString> seen;
        int grantCount = 0;
        int credentialCount = 0;
        for (const StagedIdentity& s : sink.identities) {
            QVERIFY2(!seen.contains(s.identity.nativeId), qPrintable("emitted twice: " + s.identity.nativeId));
            seen.insert(s.identity.nativeId);
            QCOMPARE(s.identity.source, "k8s");
            QCOMPARE(s.identity.kind, IdentityKind::K8sServiceAccount);
            // The display name is NS/NAME of the username system:serviceaccount:NS:NAME.
            QCOMPARE(QString("system:serviceaccount:" + QString(s.identity.displayName).replace('/', ':')),
                     s.identity.nativeId);
            grantCount += int(s.grants.size());
            credentialCount += int(s.credentials.size());
        }
        QCOMPARE(grantCount, grants);
        QCOMPARE(credentialCount, credentials);
        // Groups and people in bindings are neither identities nor skipped records.
        QCOMPARE(sink.skippedReasons, QStringList());
        const StagedIdentity* podOnly = sink.find(podOnlyAccount);
        QVERIFY2(podOnly, qPrintable(podOnlyAccount));
        // It is bound by nothing but the groups every service account belongs to.
        for (const Grant& g : podOnly->grants)
            QVERIFY2(g.grantedVia.contains(QStringLiteral("(group system:serviceaccounts"))
                         || g.grantedVia.contains(QStringLiteral("(group system:authenticated)")),
                     qPrintable(g.grantedVia));
        QVERIFY(podOnly->credentials.isEmpty());
    }

    void resolvesBindingsIntoGrants_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("nativeId");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("grantedVia");
        QTest::addColumn<QString>("resourceScope");
        const QString kubeSystemDefault = "system:serviceaccount:kube-system:default";
        const QString clusterAdmin = "clusterrolebinding/minikube-rbac -> clusterrole/cluster-admin";
        const QString signer = "system:serviceaccount:kube-system:bootstrap-signer";
        const QString invoiceWorker = "system:serviceaccount:payments:invoice-worker";
        QTest::addRow("kube-system/default holds * * on every resource through cluster-admin (minikube-rbac)")
            << kRealRbac << kubeSystemDefault << "* *" << clusterAdmin << "cluster;apiGroups=*";
        QTest::addRow("cluster-admin also gives kube-system/default every non-resource URL")
            << kRealRbac << kubeSystemDefault << "* *" << clusterAdmin << "cluster;nonResourceURLs";
        QTest::addRow("a RoleBinding in kube-system lets bootstrap-signer read secrets in kube-system only")
            << kRealRbac << signer << "get secrets"
            << "rolebinding/kube-system/system:controller:bootstrap-signer -> role/system:controller:bootstrap-signer"
            << "ns:kube-system;apiGroups=core";
        QTest::addRow("resourceNames narrow bootstrap-signer's configmap update to cluster-info")
            << kRealRbac << signer << "update configmaps"
            << "rolebinding/kube-public/system:controller:bootstrap-signer -> role/system:controller:bootstrap-signer"
            << "ns:kube-public;apiGroups=core;names=cluster-info";
        QTest::addRow("a RoleBinding to a ClusterRole grants pods/exec only in the binding's namespace")
            << kSmallRbac << invoiceWorker << "create pods/exec"
            << "rolebinding/payments/oncall-debug -> clusterrole/pod-debugger"
            << "ns:payments;apiGroups=core";
        QTest::addRow("resourceNames narrow invoice-worker's secret read to one secret")
            << kSmallRbac << invoiceWorker << "get secrets"
            << "rolebinding/payments/invoice-worker-config -> role/invoice-config-reader"
            << "ns:payments;apiGroups=core;names=stripe-webhook-secret";
        QTest::addRow("a non-resource URL keeps its path")
            << kSmallRbac << "system:serviceaccount:monitoring:node-exporter"
            << "get /metrics"
            << "clusterrolebinding/node-exporter-metrics -> clusterrole/node-metrics-reader"
            << "cluster;nonResourceURLs";
        QTest::addRow("a RoleBinding to Kubernetes' edit, missing from the dump, reads Secrets in its namespace")
            << kSmallRbac << "system:serviceaccount:batch:report-runner"
            << "get secrets"
            << "rolebinding/batch/report-runner-edit -> clusterrole/edit"
            << "ns:batch;apiGroups=core";
        QTest::addRow("… and runs pods there, as edit's default rules say")
            << kSmallRbac << "system:serviceaccount:batch:report-runner"
            << "create pods"
            << "rolebinding/batch/report-runner-edit -> clusterrole/edit"
            << "ns:batch;apiGroups=core";
        QTest::addRow("OpenShift's privileged SCC lets build-controller use it, as RBAC's use verb would")
            << RECERTIFY_TEST_DATA("k8s/openshift-scc-privileged.yaml")
            << "system:serviceaccount:openshift-infra:build-controller"
            << "use securitycontextconstraints"
            << "securitycontextconstraints/privileged (users)"
            << "cluster;apiGroups=security.openshift.io;names=privileged;hostAccess=privileged,hostPID,hostIPC,"
               "hostNetwork,hostPath";
    }

    void resolvesBindingsIntoGrants()
    {
        QFETCH(QString, path);
        QFETCH(QString, nativeId);
        QFETCH(QString, permission);
        QFETCH(QString, grantedVia);
        QFETCH(QString, resourceScope);
        SKIP_WITHOUT(path);
        CollectingSink sink;
        QVERIFY(importFile(K8sRbacImporter(), path, sink).ok());
        const StagedIdentity* staged = sink.find(nativeId);
        QVERIFY2(staged, qPrintable(nativeId));
        QStringList held;
        bool found = false;
        for (const Grant& g : staged->grants) {
            held << g.permission + " | " + g.resourceScope + " | " + g.grantedVia;
            found = found
                || (g.permission == permission && g.grantedVia == grantedVia && g.resourceScope == resourceScope);
        }
        QVERIFY2(found, qPrintable("holds:\n" + held.join('\n')));
    }

    // Popeye's lint cluster: RoleBindings name default/sa-bozo, which namespace default's listed accounts lack. Alone,
    // no such account exists and none is made; beside a Pod that runs as it, the account exists and the list was
    // partial, so it is kept with its grants.
    void aDanglingBindingMakesNoAccountUnlessSomethingRunsAsIt_data()
    {
        QTest::addColumn<bool>("withPod");
        QTest::addColumn<bool>("bozo");
        QTest::addRow("bindings and the list") << false << false;
        QTest::addRow("and a Pod running as it") << true << true;
    }
    void aDanglingBindingMakesNoAccountUnlessSomethingRunsAsIt()
    {
        QFETCH(bool, withPod);
        QFETCH(bool, bozo);
        const QString folder = RECERTIFY_TEST_DATA("k8s/popeye-lint-testdata");
        QTemporaryDir dir;
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        QVERIFY(importer.read(folder + "/core-sa-1.yaml", sink).ok());
        QVERIFY(importer.read(folder + "/auth-rob-2.yaml", sink).ok());
        if (withPod) {
            const QString pod = writeFile(dir, "pod.yaml",
                                          "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: default\n"
                                          "spec:\n  serviceAccountName: sa-bozo\n  containers:\n  - name: web\n"
                                          "    image: nginx\n");
            QVERIFY(importer.read(pod, sink).ok());
        }
        QVERIFY(importer.finish(sink).ok());
        const StagedIdentity* account = sink.find("system:serviceaccount:default:sa-bozo");
        QCOMPARE(account != nullptr, bozo);
        QCOMPARE(sink.warnings.join('\n').contains("names service account default/sa-bozo"), !bozo);
        QVERIFY(sink.find("system:serviceaccount:default:sa1"));
    }

    // Kubernetes grants a ClusterRole through a RoleBinding only inside the binding's namespace, where cluster-wide
    // resources do not exist: a reviewer must not be asked to certify clusterrolebindings the account cannot touch.
    void aRoleBindingNeverGrantsClusterWideResources()
    {
        const QString folder = RECERTIFY_TEST_DATA("k8s/regolibrary-clusterrole-rolebinding");
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        QVERIFY(importer.read(folder + "/cluterrole.yaml", sink).ok());
        QVERIFY(importer.read(folder + "/rolebinding.yaml", sink).ok());
        QVERIFY(importer.finish(sink).ok());
        const StagedIdentity* account = sink.find("system:serviceaccount:default:default");
        QVERIFY(account);
        QStringList held;
        for (const Grant& g : account->grants)
            held << g.permission + " | " + g.resourceScope;
        held.sort();
        QCOMPARE(held,
                 QStringList({ "* pods | ns:default;apiGroups=*", "list pods | ns:default;apiGroups=*",
                               "watch pods | ns:default;apiGroups=*" }));
        QCOMPARE(sink.warnings.filter("clusterrolebindings").size(), 1);
        QVERIFY2(sink.warnings.filter("clusterrolebindings").first().contains("rolebinding/default/pod"),
                 qPrintable(sink.warnings.join('\n')));
    }

    // An install manifest (ingress-nginx's) cut off: a cut rule or verb is refused; a cut elsewhere, which may have
    // lost objects, is said with the line and the object it ends in; the whole file says nothing of the kind.
    void aManifestCutOffIsRefusedOrSaid_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error"); // a fragment; empty: imported
        QTest::addColumn<QString>("warning"); // a fragment of the one line-break warning; empty: none
        const QByteArray whole = readAll(RECERTIFY_TEST_DATA("k8s/ingress-nginx-cloud-deploy.yaml"));
        const qsizetype verbs = whole.indexOf("  verbs:\n  - list", whole.indexOf("\nkind: Role\n"));
        QTest::addRow("the whole manifest") << whole << QString() << QString();
        QTest::addRow("cut inside the verb list") << whole.left(verbs + qsizetype(strlen("  verbs:\n  - li")))
                                                  << "\"li\" is the start of a Kubernetes verb" << QString();
        QTest::addRow("cut where a rule's verbs begin")
            << whole.left(verbs + qsizetype(strlen("  verbs:"))) << "rules[9]: a rule without verbs" << QString();
        QTest::addRow("cut inside the Deployment, after every binding")
            << whole.left(9011) << QString() << "inside Deployment ingress-nginx-controller, which is not read";
    }

    void aManifestCutOffIsRefusedOrSaid()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "deploy.yaml", content);
        CollectingSink sink;
        const Status status = importFile(K8sRbacImporter(), path, sink);
        if (!error.isEmpty()) {
            QVERIFY(!status);
            QVERIFY2(status.errorString().contains(error) && status.errorString().contains(path),
                     qPrintable(status.errorString()));
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.identities.size(), 2); // ingress-nginx and ingress-nginx-admission
        const QStringList said = sink.warnings.filter("without a line break");
        QCOMPARE(said.size(), warning.isEmpty() ? 0 : 1);
        if (!warning.isEmpty())
            QVERIFY2(said.first().contains(warning), qPrintable(said.first()));
        // ingressclasses, in the namespaced Role, exist cluster-wide only: said, not granted.
        QCOMPARE(sink.warnings.filter("not counted for ingressclasses").size(), 1);
    }

    // metrics-server's ClusterRoles bound by RoleBindings: node metrics (/apis/metrics.k8s.io/v1beta1/nodes) have no
    // namespace, like nodes themselves, so the binding grants neither; pods, in both groups, it grants in its
    // namespace.
    void nodeMetricsAreNotGrantedThroughARoleBinding()
    {
        CollectingSink sink;
        const Status status = importFile(
            K8sRbacImporter(), RECERTIFY_TEST_DATA("k8s/metrics-server-clusterroles-via-rolebinding.yaml"), sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.identities.size(), 1);
        QStringList grants;
        for (const Grant& g : sink.identities.first().grants)
            grants << g.permission + QStringLiteral(" | ") + g.resourceScope;
        grants.sort();
        QCOMPARE(grants,
                 (QStringList {
                     "get pods | ns:mynamespace;apiGroups=core", "get pods | ns:mynamespace;apiGroups=metrics.k8s.io",
                     "list pods | ns:mynamespace;apiGroups=core", "list pods | ns:mynamespace;apiGroups=metrics.k8s.io",
                     "watch pods | ns:mynamespace;apiGroups=core",
                     "watch pods | ns:mynamespace;apiGroups=metrics.k8s.io" }));
        QCOMPARE(sink.warnings.filter(QStringLiteral("not counted for")).size(), 2);
    }

    // The RBAC documentation's role-grantor ("Restrictions on role binding creation or update"), bound to a service
    // account instead of user-1: bind on clusterroles is checked in the namespace, so it does reach through a
    // RoleBinding; and a custom verb at a file's end without a line break is a verb, not a cut.
    void bindOnClusterRolesReachesThroughARoleBinding_data()
    {
        QTest::addColumn<QByteArray>("lastVerb");
        QTest::addColumn<bool>("imported");
        QTest::addRow("ends in bind, with a line break") << QByteArray("bind\"]\n") << true;
        QTest::addRow("ends in a custom verb (Gardener's manage-members), no line break")
            << QByteArray("bind\"]\n  - apiGroups: [\"core.gardener.cloud\"]\n    resources: [\"projects\"]\n"
                          "    verbs:\n    - manage-members")
            << true;
        QTest::addRow("ends in the start of a verb, no line break")
            << QByteArray("bind\"]\n  - apiGroups: [\"\"]\n    resources: [\"pods\"]\n    verbs:\n    - wat") << false;
    }

    void bindOnClusterRolesReachesThroughARoleBinding()
    {
        QFETCH(QByteArray, lastVerb);
        QFETCH(bool, imported);
        const QByteArray yaml = "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n"
                                "  name: role-grantor-binding\n  namespace: user-1-namespace\nroleRef:\n"
                                "  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: role-grantor\n"
                                "subjects:\n- kind: ServiceAccount\n  name: deployer\n---\n"
                                "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n"
                                "  name: role-grantor\nrules:\n"
                                "  - apiGroups: [\"rbac.authorization.k8s.io\"]\n    resources: [\"rolebindings\"]\n"
                                "    verbs: [\"create\"]\n"
                                "  - apiGroups: [\"rbac.authorization.k8s.io\"]\n    resources: [\"clusterroles\"]\n"
                                "    resourceNames: [\"admin\", \"edit\", \"view\"]\n    verbs: [\""
            + lastVerb;
        QTemporaryDir dir;
        const QString path = writeFile(dir, "role-grantor.yaml", yaml);
        CollectingSink sink;
        const Status status = importFile(K8sRbacImporter(), path, sink);
        if (!imported) {
            QVERIFY(!status);
            QVERIFY2(status.errorString().contains("\"wat\" is the start of a Kubernetes verb"),
                     qPrintable(status.errorString()));
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        const StagedIdentity* account = sink.find("system:serviceaccount:user-1-namespace:deployer");
        QVERIFY(account);
        QStringList held;
        for (const Grant& g : account->grants)
            held << g.permission + " | " + g.resourceScope;
        QVERIFY2(held.contains("bind clusterroles | ns:user-1-namespace;apiGroups=rbac.authorization.k8s.io;"
                               "names=admin,edit,view"),
                 qPrintable(held.join('\n')));
        QVERIFY2(held.contains("create rolebindings | ns:user-1-namespace;apiGroups=rbac.authorization.k8s.io"),
                 qPrintable(held.join('\n')));
        QVERIFY2(sink.warnings.filter("clusterroles").isEmpty(), qPrintable(sink.warnings.join('\n')));
    }

    void readsOwnersTimesAndTokens_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("nativeId");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("createdAt");
        QTest::addColumn<QString>("lastUsedAt");
        QTest::addColumn<QString>("credentialId"); // empty: none
        QTest::addColumn<QString>("credentialCreatedAt");
        QTest::addColumn<QString>("credentialLastUsedAt");
        QTest::addRow(
            "invoice-worker has its owner label, its creation time and a legacy token last used on 2025-11-20")
            << kSmallRbac << "system:serviceaccount:payments:invoice-worker"
            << "payments-team"
            << "2025-03-04T10:15:00Z"
            << "2025-11-20T00:00:00Z"
            << "payments/invoice-worker-token"
            << "2025-03-04T10:16:30Z"
            << "2025-11-20T00:00:00Z";
        QTest::addRow("kubiscan-sa's token Secret is a long-lived credential with no recorded use")
            << kRealRbac << "system:serviceaccount:default:kubiscan-sa"
            << ""
            << ""
            << ""
            << "default/kubiscan-sa-secret"
            << "2024-07-15T09:36:56Z"
            << "";
        QTest::addRow("kube-system/default is only bound: no owner, no creation time, no credential")
            << kRealRbac << "system:serviceaccount:kube-system:default"
            << ""
            << ""
            << ""
            << ""
            << ""
            << "";
    }

    void readsOwnersTimesAndTokens()
    {
        QFETCH(QString, path);
        QFETCH(QString, nativeId);
        QFETCH(QString, owner);
        QFETCH(QString, createdAt);
        QFETCH(QString, lastUsedAt);
        QFETCH(QString, credentialId);
        QFETCH(QString, credentialCreatedAt);
        QFETCH(QString, credentialLastUsedAt);
        SKIP_WITHOUT(path);
        CollectingSink sink;
        QVERIFY(importFile(K8sRbacImporter(), path, sink).ok());
        const StagedIdentity* staged = sink.find(nativeId);
        QVERIFY2(staged, qPrintable(nativeId));
        QCOMPARE(staged->identity.businessOwner, owner);
        QCOMPARE(Timestamp::toIso(staged->identity.createdAt), createdAt);
        QCOMPARE(Timestamp::toIso(staged->identity.lastUsedAt), lastUsedAt);
        if (credentialId.isEmpty()) {
            QCOMPARE(staged->credentials.size(), 0);
            return;
        }
        QCOMPARE(staged->credentials.size(), 1);
        const Credential& c = staged->credentials.first();
        QCOMPARE(c.credentialId, credentialId);
        QCOMPARE(c.type, "sa-token");
        QVERIFY(c.enabled);
        QCOMPARE(Timestamp::toIso(c.createdAt), credentialCreatedAt);
        QCOMPARE(Timestamp::toIso(c.lastUsedAt), credentialLastUsedAt);
    }

    // Before Kubernetes 1.24 the token controller made each account a token Secret that never expires and listed it
    // under the account's secrets; the pages of the Kubernetes documentation show both.
    void aTokenTheAccountListsIsItsCredential()
    {
        const QString dir = RECERTIFY_TEST_DATA("k8s/k8sdocs-configure-service-account/");
        K8sRbacImporter importer;
        QVERIFY(importer.setNamespace(QStringLiteral("default"))); // the Secret's manifest names none
        CollectingSink sink;
        importer.start();
        for (const char* file :
             { "1-sa-build-robot.yaml", "2-secret-build-robot-secret.yaml", "3-sa-default-imagepullsecrets.yaml" })
            QVERIFY(importer.read(dir + QLatin1String(file), sink).ok());
        QVERIFY(importer.finish(sink).ok());
        auto credentialsOf = [&](const QString& nativeId) {
            QStringList out;
            const StagedIdentity* staged = sink.find(nativeId);
            for (const Credential& c : staged ? staged->credentials : QList<Credential>())
                out << c.credentialId + u'|' + c.type + u'|' + Timestamp::toIso(c.createdAt);
            out.sort();
            return out;
        };
        // The listed token beside the one made by hand; when the listed one was made, only its Secret would say.
        QCOMPARE(credentialsOf(QStringLiteral("system:serviceaccount:default:build-robot")),
                 (QStringList { "default/build-robot-secret|sa-token|", "default/build-robot-token-bvbk5|sa-token|" }));
        // An image pull secret is the registry's credential, not the account's.
        QCOMPARE(credentialsOf(QStringLiteral("system:serviceaccount:default:default")),
                 (QStringList { "default/default-token-uudge|sa-token|" }));
    }

    void neverStagesATokenValue_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("the minikube dump's redacted token stays out of the records") << kRealRbac;
        QTest::addRow("the small dump's token stays out of the records") << kSmallRbac;
    }

    void neverStagesATokenValue()
    {
        QFETCH(QString, path);
        SKIP_WITHOUT(path);
        const QStringList secrets = tokenValues(path);
        QVERIFY(!secrets.isEmpty());
        CollectingSink sink;
        QVERIFY(importFile(K8sRbacImporter(), path, sink).ok());
        const QStringList staged = stagedText(sink);
        for (const QString& secret : secrets) {
            for (const QString& text : staged)
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
    }

    void readsSingleObjectsAndApiLists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("nativeId");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<int>("grants");
        QTest::addRow("a single ServiceAccount object, whose owner annotation wins over its label")
            << QByteArray(
                   R"({"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"ledger-sync","namespace":"finance",
                 "labels":{"owner":"finance-platform"},"annotations":{"recertify.io/owner":"Ada.Lovelace@Example.com"}}})")
            << "system:serviceaccount:finance:ledger-sync"
            << "ada.lovelace@example.com" << 0;
        QTest::addRow("a raw API ServiceAccountList, whose items carry no kind")
            << QByteArray(R"({"apiVersion":"v1","kind":"ServiceAccountList","metadata":{},
                 "items":[{"metadata":{"name":"builder","namespace":"ci","labels":{"owner":"SRE"}}}]})")
            << "system:serviceaccount:ci:builder"
            << "sre" << 0;
        QTest::addRow("a RoleBinding subject without a namespace lives in the binding's namespace; the group "
                      "system:serviceaccounts covers it too")
            << QByteArray(R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
                 "metadata":{"name":"deployer","namespace":"ci"},"roleRef":{"kind":"ClusterRole","name":"admin"},
                 "subjects":[{"kind":"ServiceAccount","name":"deployer"},{"kind":"Group","name":"system:serviceaccounts"}]})")
            << "system:serviceaccount:ci:deployer"
            << "" << 2 * 395;
        QTest::addRow("system:authenticated holds every service account too")
            << QByteArray(R"({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
                 "metadata":{"name":"viewers","namespace":"openshift"},"roleRef":{"kind":"Role","name":"shared-resource-viewer"},
                 "subjects":[{"kind":"ServiceAccount","name":"builder","namespace":"ci"},{"kind":"Group","name":"system:authenticated"}]})")
            << "system:serviceaccount:ci:builder"
            << "" << 2;
        // OpenShift 3 and its templates (the Jenkins one) write a RoleBinding whose roleRef has no kind: a cluster
        // role.
        QTest::addRow("an OpenShift RoleBinding whose roleRef names only the cluster role")
            << QByteArray(R"({"apiVersion":"authorization.openshift.io/v1","kind":"RoleBinding",
                 "metadata":{"name":"jenkins_edit","namespace":"ci"},"roleRef":{"name":"edit"},
                 "subjects":[{"kind":"ServiceAccount","name":"jenkins"}]})")
            << "system:serviceaccount:ci:jenkins"
            << "" << 378;
    }

    void readsSingleObjectsAndApiLists()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, nativeId);
        QFETCH(QString, owner);
        QFETCH(int, grants);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "input.json", json);
        QVERIFY(!path.isEmpty());
        CollectingSink sink;
        const Status status = importFile(K8sRbacImporter(), path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.identities.size(), 1);
        QCOMPARE(sink.identities.first().identity.nativeId, nativeId);
        QCOMPARE(sink.identities.first().identity.businessOwner, owner);
        QCOMPARE(sink.identities.first().grants.size(), grants);
    }

    void countsServiceAccountActivity_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("allowed");
        QTest::addColumn<int>("denied");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("skipped");
        QTest::addRow("the audit2rbac demo has 5 events of ns1/sa1, 4 denied, and skips 32 of bob and alice")
            << kRealAudit << 5 << 1 << 4 << 0 << 32;
        QTest::addRow("the small log has 7 service-account events and skips one person; RequestReceived is not counted")
            << kSmallAudit << 7 << 4 << 2 << 1 << 1;
        // Elastic's pipeline fixture: an AKS record whose properties.log is already an object, a GKE entry, and one
        // auditID on a person's request and twice on a service account's: the account's request counts once.
        QTest::addRow("Elastic's mixed audit lines give elastic-agent's one request and skip two people (its AKS "
                      "line repeats the first line's auditID: one request, said once)")
            << RECERTIFY_TEST_DATA("k8s/elastic-audit-logs-pipeline.log") << 1 << 1 << 0 << 0 << 2;
    }

    void countsServiceAccountActivity()
    {
        QFETCH(QString, path);
        QFETCH(int, events);
        QFETCH(int, allowed);
        QFETCH(int, denied);
        QFETCH(int, errors);
        QFETCH(int, skipped);
        SKIP_WITHOUT(path);
        CollectingSink sink;
        const Status status = K8sAuditImporter().read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.events.size(), events);
        QHash<QString, int> outcomes;
        for (const ActivityEvent& e : sink.events) {
            ++outcomes[e.outcome];
            QCOMPARE(e.source, "k8s");
            QCOMPARE(e.principalKind, IdentityKind::K8sServiceAccount);
            QVERIFY2(e.principal.startsWith("system:serviceaccount:"), qPrintable(e.principal));
            QVERIFY2(e.rawRef.startsWith(QString(path + ':')), qPrintable(e.rawRef));
        }
        QCOMPARE(outcomes.value("allowed"), allowed);
        QCOMPARE(outcomes.value("denied"), denied);
        QCOMPARE(outcomes.value("error"), errors);
        QCOMPARE(sink.skippedReasons.size(), skipped);
        for (const QString& reason : std::as_const(sink.skippedReasons))
            QVERIFY2(reason.contains("not a service account"), qPrintable(reason));
        QVERIFY(sink.identities.isEmpty());
    }

    // A service account that impersonates (Pinniped's impersonation proxy, a deployer acting as an app) used its own
    // impersonate grants, one per part of the identity it took (user or account, groups); what the person it became
    // then did is theirs and not counted.
    void anImpersonatingServiceAccountUsesItsImpersonateGrant()
    {
        CollectingSink sink;
        const QString path = RECERTIFY_TEST_DATA("k8s/audit-sa-impersonation.jsonl");
        QVERIFY(K8sAuditImporter().read(path, sink).ok());
        QStringList seen;
        for (const ActivityEvent& e : std::as_const(sink.events))
            seen << e.principalName + u' ' + e.action + u' ' + e.resource + u' ' + e.outcome;
        seen.sort();
        QCOMPARE(seen,
                 (QStringList { "ci/deployer impersonate groups system:serviceaccount:prod:app allowed",
                                "ci/deployer impersonate serviceaccounts system:serviceaccount:prod:app allowed",
                                "pinniped-concierge/pinniped-concierge-impersonation-proxy impersonate groups "
                                "john.doe@example.org allowed",
                                "pinniped-concierge/pinniped-concierge-impersonation-proxy impersonate users "
                                "john.doe@example.org allowed",
                                "prod/app get secrets ns:prod/app-db allowed" }));
        QVERIFY(sink.skippedReasons.isEmpty());
        // Two requests, two events: the parts of an impersonation are usage, not more requests.
        const auto counted
            = std::count_if(sink.events.cbegin(), sink.events.cend(), [](const ActivityEvent& e) { return e.counted; });
        QCOMPARE(counted, 2);
    }

    // SIEM pipelines keep an Event's fields and drop kind and apiVersion: the same lines give the same events.
    void readsEventsWhoseKindWasDropped()
    {
        QFile original(kSmallAudit);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        QFile stripped(dir.filePath(QStringLiteral("siem.jsonl")));
        QVERIFY(stripped.open(QIODevice::WriteOnly));
        for (const QByteArray& line : original.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonObject event = QJsonDocument::fromJson(line).object();
            event.remove(QStringLiteral("kind"));
            event.remove(QStringLiteral("apiVersion"));
            stripped.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
        }
        stripped.close();
        CollectingSink before;
        QVERIFY(K8sAuditImporter().read(kSmallAudit, before).ok());
        CollectingSink after;
        const Status status = K8sAuditImporter().read(stripped.fileName(), after);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(after.events.size(), before.events.size());
        QVERIFY(!after.events.isEmpty());
        for (qsizetype i = 0; i < after.events.size(); ++i) {
            QCOMPARE(after.events.at(i).principal, before.events.at(i).principal);
            QCOMPARE(after.events.at(i).action, before.events.at(i).action);
            QCOMPARE(after.events.at(i).outcome, before.events.at(i).outcome);
        }
    }

    void readsAuditEvents_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("principal"); // empty: the line gives no event
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("timestamp");
        QTest::addColumn<QString>("credentialId");
        QTest::addColumn<QString>("sourceIp");
        const QString sa1 = "system:serviceaccount:ns1:sa1";
        const QString worker = "system:serviceaccount:payments:invoice-worker";
        const QString runner = "system:serviceaccount:batch:report-runner";
        const QString jti = "JTI=5f0c2e9a-1b7d-4c3e-8a6f-2d9b4e7c1a05";
        QTest::addRow("ns1/sa1, impersonated by system:admin, is denied listing nodes cluster-wide")
            << kRealAudit << 7 << sa1 << "list nodes"
            << "cluster"
            << "denied"
            << "2017-09-11T20:01:30Z"
            << ""
            << "::1";
        QTest::addRow("ns1/sa1 is allowed to list pods in all namespaces") << kRealAudit << 9 << sa1 << "list pods"
                                                                           << "cluster"
                                                                           << "allowed"
                                                                           << "2017-09-11T20:01:50Z"
                                                                           << ""
                                                                           << "::1";
        QTest::addRow("bob's request is a person's and gives no event") << kRealAudit << 1 << ""
                                                                        << ""
                                                                        << ""
                                                                        << ""
                                                                        << ""
                                                                        << ""
                                                                        << "";
        QTest::addRow("the RequestReceived stage of a request gives no event") << kSmallAudit << 1 << ""
                                                                               << ""
                                                                               << ""
                                                                               << ""
                                                                               << ""
                                                                               << ""
                                                                               << "";
        QTest::addRow("invoice-worker reads a configmap with its bound token")
            << kSmallAudit << 2 << worker << "get configmaps"
            << "ns:payments/invoice-settings"
            << "allowed"
            << "2025-11-21T09:12:03Z" << jti << "10.244.1.17";
        QTest::addRow("a 403 is a denied attempt to list secrets") << kSmallAudit << 3 << worker << "list secrets"
                                                                   << "ns:payments"
                                                                   << "denied"
                                                                   << "2025-11-21T09:12:04Z" << jti << "10.244.1.17";
        QTest::addRow("kubectl exec is the pods/exec subresource") << kSmallAudit << 4 << worker << "create pods/exec"
                                                                   << "ns:payments/invoice-worker-7d9f8c6b5-qm4zt"
                                                                   << "allowed"
                                                                   << "2025-11-21T09:14:52Z" << jti << "10.244.1.17";
        QTest::addRow("a non-resource request is its path without the query")
            << kSmallAudit << 6 << "system:serviceaccount:monitoring:node-exporter"
            << "get /version"
            << ""
            << "allowed"
            << "2025-11-21T09:15:00Z"
            << "JTI=a2c4e6f8-0b1d-4f3a-9c5e-7d8b0a2c4e6f"
            << "10.244.2.9";
        QTest::addRow("jane@example.com is a person and gives no event") << kSmallAudit << 7 << ""
                                                                         << ""
                                                                         << ""
                                                                         << ""
                                                                         << ""
                                                                         << ""
                                                                         << "";
        QTest::addRow("the impersonated service account acts, not system:admin")
            << kSmallAudit << 8 << runner << "delete jobs"
            << "ns:batch/nightly-report-28731"
            << "denied"
            << "2025-11-21T09:31:45Z"
            << ""
            << "172.18.0.1";
        QTest::addRow("a 409 conflict is an error, not a denial") << kSmallAudit << 9 << runner << "create jobs"
                                                                  << "ns:batch/nightly-report-28732"
                                                                  << "error"
                                                                  << "2025-11-22T00:00:02Z"
                                                                  << ""
                                                                  << "10.244.3.41";
    }

    void joinsRolesAndBindingsFromSeparateYamlFiles()
    {
        // kubectl get roles -o yaml; kubectl get rolebindings -o yaml: two Lists, one run.
        const QString roles = RECERTIFY_TEST_DATA("k8s/bootstrap-namespace-roles.yaml");
        const QString bindings = RECERTIFY_TEST_DATA("k8s/bootstrap-namespace-role-bindings.yaml");
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        QVERIFY(importer.read(roles, sink).ok());
        QVERIFY(importer.read(bindings, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 6);
        const StagedIdentity* signer = sink.find(QStringLiteral("system:serviceaccount:kube-system:bootstrap-signer"));
        QVERIFY(signer);
        // update configmaps/cluster-info in kube-public is not cluster-wide update configmaps.
        const bool clusterInfo = std::any_of(signer->grants.cbegin(), signer->grants.cend(), [](const Grant& g) {
            return g.permission == QLatin1String("update configmaps")
                && g.resourceScope == QLatin1String("ns:kube-public;apiGroups=core;names=cluster-info");
        });
        QVERIFY2(clusterInfo, qPrintable(signer->grants.isEmpty() ? QString() : signer->grants.first().resourceScope));
        for (const Grant& g : signer->grants)
            QVERIFY2(!g.isUnresolved(), qPrintable(g.grantedVia));
        // Bindings alone list no namespace's accounts: nothing is proven gone.
        QCOMPARE(sink.completeScopes, QStringList());
    }

    // Charts and install manifests leave an aggregated ClusterRole's rules to the controller: its bindings grant
    // what the roles it selects by label allow (knative-serving-admin selects knative-serving-core and others).
    void aggregatedClusterRolesGrantWhatTheirSelectorsMatch_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("grants");
        QTest::addColumn<int>("unresolved");
        QTest::addColumn<QString>("warning");
        const QString dir = RECERTIFY_TEST_DATA("k8s/knative-serving/");
        QStringList all;
        for (const char* f :
             { "200-serviceaccount.yaml", "activator.yaml", "addressable-resolvers-clusterrole.yaml",
               "clusterrole-namespaced.yaml", "clusterrole.yaml", "podspecable-bindings-clusterrole.yaml" })
            all << dir + QLatin1String(f);
        QTest::addRow("with the roles they select: every rule, nothing unresolved") << all << 205 << 0 << QString();
        QTest::addRow("without them: unknown, not nothing")
            << QStringList { dir + "200-serviceaccount.yaml" } << 0 << 2
            << "ClusterRole knative-serving-admin aggregates other roles";
    }

    void aggregatedClusterRolesGrantWhatTheirSelectorsMatch()
    {
        QFETCH(QStringList, files);
        QFETCH(int, grants);
        QFETCH(int, unresolved);
        QFETCH(QString, warning);
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        for (const QString& file : files)
            QVERIFY(importer.read(file, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        const StagedIdentity* controller
            = sink.find(QStringLiteral("system:serviceaccount:knative-serving:controller"));
        QVERIFY(controller);
        int resolved = 0;
        int open = 0;
        bool secrets = false;
        for (const Grant& g : controller->grants) {
            (g.isUnresolved() ? open : resolved) += 1;
            secrets = secrets
                || (g.permission == QLatin1String("delete secrets")
                    && g.resourceScope == QLatin1String("cluster;apiGroups=core"));
        }
        QCOMPARE(resolved, grants);
        QCOMPARE(open, unresolved);
        QCOMPARE(secrets, grants > 0); // knative-serving-core, selected by label, may delete any secret
        QCOMPARE(warning.isEmpty(), sink.warnings.isEmpty());
        if (!warning.isEmpty())
            QVERIFY2(sink.warnings.join(u'\n').contains(warning), qPrintable(sink.warnings.join(u'\n')));
    }

    // Crafted roles that all aggregate each other must not run away: the union stops at a limit, said.
    void aggregationOfCraftedRolesIsBounded()
    {
        QJsonArray items;
        for (int r = 0; r < 40; ++r) {
            QJsonArray rules;
            for (int i = 0; i < 3000; ++i)
                rules.append(QJsonObject { { "apiGroups", QJsonArray { "" } },
                                           { "resources", QJsonArray { QStringLiteral("r%1x%2").arg(r).arg(i) } },
                                           { "verbs", QJsonArray { "get" } } });
            items.append(QJsonObject {
                { "kind", "ClusterRole" },
                { "metadata", QJsonObject { { "name", QStringLiteral("role%1").arg(r) } } },
                { "aggregationRule", QJsonObject { { "clusterRoleSelectors", QJsonArray { QJsonObject() } } } },
                { "rules", rules } });
        }
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, "crafted.json",
            QJsonDocument(QJsonObject { { "kind", "List" }, { "items", items } }).toJson(QJsonDocument::Compact));
        CollectingSink sink;
        QElapsedTimer timer;
        timer.start();
        K8sRbacImporter importer;
        const Status status = importFile(importer, path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(sink.warnings.join(u'\n').contains(QStringLiteral("aggregation stopped")),
                 qPrintable(sink.warnings.join(u'\n')));
    }

    // Argo CD's install.yaml is applied with kubectl apply -n argocd: its accounts, roles and bindings name no
    // namespace.
    void manifestsWithoutNamespaceTakeTheOneGiven_data()
    {
        QTest::addColumn<QString>("ns");
        QTest::addColumn<int>("identities");
        QTest::addColumn<QString>("error");
        // Its ClusterRoleBindings bind the accounts in argocd: where the file is applied.
        QTest::addRow("no namespace given: the one its ClusterRoleBindings name") << QString() << 7 << QString();
        QTest::addRow("applied to argocd") << "argocd" << 7 << QString();
    }

    void manifestsWithoutNamespaceTakeTheOneGiven()
    {
        QFETCH(QString, ns);
        QFETCH(int, identities);
        QFETCH(QString, error);
        CollectingSink sink;
        K8sRbacImporter importer;
        if (!ns.isEmpty())
            QVERIFY(importer.setNamespace(ns));
        const Status status = importFile(importer, RECERTIFY_TEST_DATA("k8s/argocd-install-rbac.yaml"), sink);
        QCOMPARE(status.ok(), error.isEmpty());
        if (!error.isEmpty()) {
            QVERIFY2(status.errorString().contains(error), qPrintable(status.errorString()));
            QVERIFY(status.errorString().contains(QStringLiteral("argocd-install-rbac.yaml")));
            return;
        }
        QCOMPARE(sink.identities.size(), identities);
        const StagedIdentity* server = sink.find(QStringLiteral("system:serviceaccount:argocd:argocd-server"));
        QVERIFY(server);
        // Its namespaced Role (in argocd, from the binding's namespace) and its ClusterRole both resolve.
        QVERIFY(std::any_of(server->grants.cbegin(), server->grants.cend(), [](const Grant& g) {
            return g.grantedVia.contains(QLatin1String("rolebinding/argocd/argocd-server -> role/argocd-server"));
        }));
        for (const Grant& g : server->grants)
            QVERIFY2(!g.isUnresolved(), qPrintable(g.grantedVia));
        // An install manifest is what one app brings, not a listing of its namespace: it retires nothing there.
        QCOMPARE(sink.completeScopes, QStringList());
    }

    // A manifest folder holds Deployments and Services too: such a file is passed over, named; only a run with
    // no RBAC object at all is refused.
    void filesWithoutRbacAmongOthersArePassedOver()
    {
        QTemporaryDir dir;
        const QString deployment
            = writeFile(dir, "deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");
        const QString values
            = writeFile(dir, "values.yaml", "replicaCount: 2\nimage:\n  repository: nginx\n"); // no kind at all
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        QVERIFY(importer.read(deployment, sink).ok());
        QVERIFY(importer.read(values, sink).ok());
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("k8s/knative-serving/200-serviceaccount.yaml"), sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QVERIFY(sink.find(QStringLiteral("system:serviceaccount:knative-serving:activator")));
        QVERIFY2(sink.warnings.join(u'\n').contains(QStringLiteral("deployment.yaml: no ServiceAccount")),
                 qPrintable(sink.warnings.join(u'\n')));
        QVERIFY2(sink.warnings.join(u'\n').contains(QStringLiteral("values.yaml: no ServiceAccount")),
                 qPrintable(sink.warnings.join(u'\n')));
    }

    // A workload's pods run as its template's account, the namespace's default when it names none: a manifest that
    // binds a group of service accounts and deploys into that namespace names who holds the grants.
    void workloadsNameTheAccountsTheirPodsRunAs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("ns"); // --namespace; empty: none
        QTest::addColumn<QStringList>("accounts"); // every account read, sorted
        QTest::addColumn<QString>("account"); // one of them, with its grants below
        QTest::addColumn<QStringList>("grants"); // permission@first part of scope, sorted
        QTest::addRow("OPA's admission controller: a Deployment naming no account, group bindings on its namespace")
            << readAll(RECERTIFY_TEST_DATA("k8s/opa-admission-controller.yaml")) << QString()
            << QStringList { "system:serviceaccount:opa:default" } << "system:serviceaccount:opa:default"
            << QStringList { "patch configmaps@ns:opa", "update configmaps@ns:opa", "view@cluster" };
        // kubectl get all keeps a Deployment's old ReplicaSets, scaled to none, with the template as it was: the
        // Deployment says which account its pods run as now.
        QByteArray withOldReplicaSet = readAll(RECERTIFY_TEST_DATA("k8s/opa-admission-controller.yaml"));
        const qsizetype deployment = withOldReplicaSet.indexOf("apiVersion: apps/v1\nkind: Deployment\n");
        QVERIFY(deployment > 0);
        QByteArray replicaSet
            = withOldReplicaSet.mid(deployment)
                  .replace("kind: Deployment\nmetadata:\n",
                           "kind: ReplicaSet\nmetadata:\n  ownerReferences:\n  - apiVersion: apps/v1\n"
                           "    kind: Deployment\n    name: opa\n")
                  .replace("    spec:\n      containers:\n",
                           "    spec:\n      serviceAccountName: opa-legacy\n      containers:\n");
        QVERIFY(replicaSet.contains("opa-legacy") && replicaSet.contains("kind: ReplicaSet"));
        QTest::addRow("OPA's manifest with an old ReplicaSet of its Deployment naming another account")
            << withOldReplicaSet + "---\n" + replicaSet << QString()
            << QStringList { "system:serviceaccount:opa:default" } << "system:serviceaccount:opa:default"
            << QStringList { "patch configmaps@ns:opa", "update configmaps@ns:opa", "view@cluster" };
        QTest::addRow("the Kubernetes docs' CronJob, applied with -n batch: its job template's pods run as default")
            << readAll(RECERTIFY_TEST_DATA("k8s/k8sdocs-cronjob-hello.yaml")) << "batch"
            << QStringList { "system:serviceaccount:batch:default" } << "system:serviceaccount:batch:default"
            << QStringList();
        // Longhorn's install manifest without its ServiceAccounts and bindings: the DaemonSet and Deployments still
        // name two of the accounts.
        const QByteArrayList documents = readAll(RECERTIFY_TEST_DATA("k8s/longhorn-okd.yaml")).split('\n');
        QByteArray withoutAccounts;
        bool skipping = false;
        for (const QByteArray& line : documents) {
            if (line == "---")
                skipping = false;
            else if (line == "kind: ServiceAccount" || line.endsWith("RoleBinding"))
                skipping = true; // the document's lines before it are its apiVersion only
            if (!skipping)
                withoutAccounts += line + '\n';
        }
        QTest::addRow("Longhorn's DaemonSet and Deployments, its ServiceAccounts and bindings left out")
            << withoutAccounts << QString()
            << QStringList { "system:serviceaccount:longhorn-system:longhorn-service-account",
                             "system:serviceaccount:longhorn-system:longhorn-ui-service-account" }
            << "system:serviceaccount:longhorn-system:longhorn-ui-service-account" << QStringList();
    }

    // A manifest made for kubectl apply -n leaves its namespaced objects without a namespace; its ClusterRoleBindings
    // must name the one they bind the accounts in, and when they agree that is where the file is applied.
    void aManifestForApplyNIsReadInTheNamespaceItsClusterRoleBindingsName_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("ns"); // --namespace; empty: none
        QTest::addColumn<QString>("expected"); // the namespace of every account read; empty: refused
        const QByteArray argo = readAll(RECERTIFY_TEST_DATA("k8s/argocd-install-rbac.yaml"));
        QTest::addRow("Argo CD's install.yaml") << argo << QString() << "argocd";
        QByteArray withoutClusterBindings;
        for (const QByteArray& document : QByteArray(argo).replace("\n---\n", "\x1e").split('\x1e')) {
            if (!document.contains("\nkind: ClusterRoleBinding\n"))
                withoutClusterBindings += document + "\n---\n";
        }
        QTest::addRow("the same without its ClusterRoleBindings: nothing says where")
            << withoutClusterBindings << QString() << QString();
    }
    void aManifestForApplyNIsReadInTheNamespaceItsClusterRoleBindingsName()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, ns);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "install.yaml", content);
        K8sRbacImporter importer;
        if (!ns.isEmpty())
            importer.setNamespace(ns);
        CollectingSink sink;
        const Status status = importFile(importer, path, sink);
        if (expected.isEmpty()) {
            QVERIFY(!status.ok());
            QVERIFY2(status.errorString().contains(QLatin1String("names no namespace")),
                     qPrintable(status.errorString()));
            return;
        }
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QStringList accounts;
        for (const StagedIdentity& staged : std::as_const(sink.identities))
            accounts << staged.identity.nativeId.section(u':', 2, 2);
        accounts.removeDuplicates();
        QCOMPARE(accounts, QStringList { expected });
        QCOMPARE(sink.identities.size(), 7);
        QCOMPARE(sink.warnings.join(u'\n').contains(QLatin1String("the namespace its ClusterRoleBindings give")),
                 ns.isEmpty());
        // The server's account holds what its ClusterRoleBinding grants across the cluster.
        const StagedIdentity* server
            = sink.find(QStringLiteral("system:serviceaccount:") + expected + QStringLiteral(":argocd-server"));
        QVERIFY(server);
        QVERIFY(!server->grants.isEmpty());
    }

    // A manifest to be filled in before use binds an account in "$KARPENTER_NAMESPACE": no account can be there, so
    // none is made up; the same placeholder as an object's own namespace is refused, naming the field.
    void aNamespaceLeftAsAPlaceholderNamesNoAccount()
    {
        CollectingSink sink;
        K8sRbacImporter importer;
        const Status bound
            = importFile(importer, RECERTIFY_TEST_DATA("k8s/refused/karpenter-kwok-clusterrole.yaml"), sink);
        QVERIFY2(bound.ok(), qPrintable(bound.errorString()));
        QVERIFY(sink.identities.isEmpty());
        QVERIFY2(sink.warnings.join(u'\n').contains(
                     QLatin1String("binds service account kwok-karpenter in \"$KARPENTER_NAMESPACE\", which is no "
                                   "namespace name")),
                 qPrintable(sink.warnings.join(u'\n')));
        QTemporaryDir dir;
        const QString account = writeFile(dir, "sa.yaml",
                                          "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: kwok-karpenter\n"
                                          "  namespace: $KARPENTER_NAMESPACE\n");
        CollectingSink other;
        K8sRbacImporter again;
        const Status refused = importFile(again, account, other);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QLatin1String("metadata.namespace: expected a namespace name")),
                 qPrintable(refused.errorString()));
    }

    void workloadsNameTheAccountsTheirPodsRunAs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, ns);
        QFETCH(QStringList, accounts);
        QFETCH(QString, account);
        QFETCH(QStringList, grants);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "manifest.yaml", content);
        K8sRbacImporter importer;
        if (!ns.isEmpty())
            importer.setNamespace(ns);
        CollectingSink sink;
        const Status status = importFile(importer, path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QStringList read;
        for (const StagedIdentity& staged : std::as_const(sink.identities))
            read << staged.identity.nativeId;
        read.sort();
        QVERIFY2(read == accounts, qPrintable(read.join(u' ')));
        const StagedIdentity* found = sink.find(account);
        QVERIFY(found);
        QStringList held;
        // What a role of Kubernetes' own grants (its default rules: many) stands as the role's name.
        for (const Grant& g : found->grants) {
            const QString role = g.grantedVia.section(QStringLiteral(" -> clusterrole/"), 1).section(u' ', 0, 0);
            held << (K8sDefaultRoles::all().contains(role) ? role : g.permission) + u'@'
                    + g.resourceScope.section(u';', 0, 0);
        }
        held.removeDuplicates();
        held.sort();
        QVERIFY2(held == grants, qPrintable(held.join(u' ')));
        // Nothing here lists a namespace's accounts: nothing may be retired.
        QCOMPARE(sink.completeScopes, QStringList());
    }

    // The API server creates admin, edit, view and its system roles at start and restores them: a chart binds them
    // without carrying them, and their rules are known all the same (its ClusterRoles labelled to aggregate join them).
    void takesKubernetesOwnRoles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QByteArray>("extra"); // a manifest written beside them; empty: none
        QTest::addColumn<QString>("account");
        QTest::addColumn<QStringList>("held"); // permission@first part of scope
        QTest::addColumn<QStringList>("notHeld");
        QTest::addColumn<QString>("warning"); // what the run says it took as Kubernetes' own; empty: nothing
        QTest::addRow("metrics-server binds system:auth-delegator and kube-system's authentication reader")
            << QStringList { RECERTIFY_TEST_DATA("k8s/metrics-server-base-rbac.yaml") } << QByteArray()
            << "system:serviceaccount:kube-system:metrics-server"
            << QStringList { "create tokenreviews@cluster", "create subjectaccessreviews@cluster",
                             "get configmaps@ns:kube-system", "get nodes/metrics@cluster" }
            << QStringList() << "kube-system/extension-apiserver-authentication-reader, system:auth-delegator";
        QTest::addRow("OWASP's RoleBinding of admin in prd: Secrets, pods and role bindings there, nowhere else")
            << QStringList { RECERTIFY_TEST_DATA("k8s/owasp-k03-rolebinding-user-sa.yaml") } << QByteArray()
            << "system:serviceaccount:prd:default"
            << QStringList { "get secrets@ns:prd",         "create pods@ns:prd",
                             "create rolebindings@ns:prd", "impersonate serviceaccounts@ns:prd",
                             "get pods/log@ns:prd",        "get namespaces@ns:prd" }
            << QStringList { "get secrets@cluster", "create workflows@ns:prd", "get nodes@ns:prd",
                             "list namespaces@ns:prd", "watch namespaces@ns:prd" }
            << "admin";
        QTest::addRow("… beside Argo Workflows' roles labelled to join admin, edit and view: workflows too")
            << QStringList { RECERTIFY_TEST_DATA("k8s/owasp-k03-rolebinding-user-sa.yaml"),
                             RECERTIFY_TEST_DATA("k8s/argo-workflows-rbac/workflow-aggregate-roles.yaml") }
            << QByteArray() << "system:serviceaccount:prd:default"
            << QStringList { "create workflows@ns:prd", "get secrets@ns:prd" } << QStringList() << "admin";
        QTest::addRow("an admin ClusterRole in the input is the cluster's own: it wins")
            << QStringList { RECERTIFY_TEST_DATA("k8s/owasp-k03-rolebinding-user-sa.yaml") }
            << QByteArray("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: admin\n"
                          "rules:\n- apiGroups: [\"\"]\n  resources: [configmaps]\n  verbs: [get]\n")
            << "system:serviceaccount:prd:default" << QStringList { "get configmaps@ns:prd" }
            << QStringList { "get secrets@ns:prd", "create pods@ns:prd" } << QString();
    }

    void takesKubernetesOwnRoles()
    {
        QFETCH(QStringList, files);
        QFETCH(QByteArray, extra);
        QFETCH(QString, account);
        QFETCH(QStringList, held);
        QFETCH(QStringList, notHeld);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        if (!extra.isEmpty())
            files << writeFile(dir, "admin.yaml", extra);
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        for (const QString& file : std::as_const(files))
            QVERIFY(importer.read(file, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        const StagedIdentity* found = sink.find(account);
        QVERIFY(found);
        QStringList permissions;
        for (const Grant& g : found->grants) {
            permissions << g.permission + u'@' + g.resourceScope.section(u';', 0, 0);
            // Nothing is left unresolved: every role bound is known.
            QVERIFY2(!g.resourceScope.startsWith(QLatin1String("unresolved")), qPrintable(g.permission));
        }
        for (const QString& p : std::as_const(held))
            QVERIFY2(permissions.contains(p), qPrintable(p + " not in " + permissions.join(u' ')));
        for (const QString& p : std::as_const(notHeld))
            QVERIFY2(!permissions.contains(p), qPrintable(p));
        const QStringList said = sink.warnings.filter(QStringLiteral("Kubernetes' own"));
        QCOMPARE(said.size(), warning.isEmpty() ? 0 : 1);
        if (!warning.isEmpty())
            QVERIFY2(said.first().contains(": " + warning + ";"), qPrintable(said.first()));
    }

    void bindsGroupsOfServiceAccounts()
    {
        // opa's manifests bind the group system:serviceaccounts:opa; the account comes from a pod spec.
        QTemporaryDir dir;
        const QString pod = writeFile(
            dir, "pod.json",
            R"({"kind":"Pod","metadata":{"name":"opa-0","namespace":"opa"},"spec":{"serviceAccountName":"opa"}})");
        const QString other
            = writeFile(dir, "other.json", R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"web"},"spec":{}})");
        CollectingSink sink;
        K8sRbacImporter importer;
        importer.start();
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("k8s/opa-rbac-stream.yaml"), sink).ok());
        QVERIFY(importer.read(pod, sink).ok());
        QVERIFY(importer.read(other, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        const StagedIdentity* opa = sink.find(QStringLiteral("system:serviceaccount:opa:opa"));
        QVERIFY(opa);
        QStringList permissions;
        for (const Grant& g : opa->grants)
            permissions << g.permission + u'@' + g.resourceScope.section(u';', 0, 0);
        QVERIFY2(permissions.contains(QStringLiteral("update configmaps@ns:opa")), qPrintable(permissions.join(u' ')));
        QVERIFY2(permissions.contains(QStringLiteral("patch configmaps@ns:opa")), qPrintable(permissions.join(u' ')));
        // The ClusterRoleBinding to view reaches it too (view is not in the input: Kubernetes' default rules), which
        // reads pods everywhere but no Secret.
        QVERIFY2(permissions.contains(QStringLiteral("get pods@cluster")), qPrintable(permissions.join(u' ')));
        QVERIFY2(!permissions.contains(QStringLiteral("get secrets@cluster")), qPrintable(permissions.join(u' ')));
        // The web namespace's default account is in no group binding.
        const StagedIdentity* web = sink.find(QStringLiteral("system:serviceaccount:web:default"));
        QVERIFY(web);
        QVERIFY(web->grants.isEmpty());
    }

    void readsAuditEvents()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(QString, principal);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(QString, outcome);
        QFETCH(QString, timestamp);
        QFETCH(QString, credentialId);
        QFETCH(QString, sourceIp);
        SKIP_WITHOUT(path);
        CollectingSink sink;
        QVERIFY(K8sAuditImporter().read(path, sink).ok());
        const QString rawRef = path + ':' + QString::number(line);
        const ActivityEvent* event = nullptr;
        for (const ActivityEvent& e : std::as_const(sink.events)) {
            if (e.rawRef == rawRef)
                event = &e;
        }
        if (principal.isEmpty()) {
            QVERIFY2(!event, qPrintable(rawRef));
            return;
        }
        QVERIFY2(event, qPrintable(rawRef));
        QCOMPARE(event->principal, principal);
        QCOMPARE(event->principalName, QString(principal.section(':', 2, 2) + '/' + principal.section(':', 3, 3)));
        QCOMPARE(event->action, action);
        QCOMPARE(event->resource, resource);
        QCOMPARE(event->outcome, outcome);
        QCOMPARE(Timestamp::toIso(event->timestamp), timestamp);
        QCOMPARE(event->credentialId, credentialId);
        QCOMPARE(event->sourceIp, sourceIp);
    }

    // audit2rbac's first demo log (v1beta1, 757 lines) holds most requests twice, at RequestReceived and at
    // ResponseComplete: the run says how many records were the first stage, so that the events and the records
    // skipped add up to the lines read (320 records went unsaid).
    void theFirstStageOfEachRequestIsCountedAndSaid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("audit2rbac's first demo log") << RECERTIFY_TEST_DATA("k8s/audit2rbac-demo-v1beta1.jsonl");
        QTest::addRow("the small audit log") << kSmallAudit;
    }
    void theFirstStageOfEachRequestIsCountedAndSaid()
    {
        QFETCH(QString, path);
        SKIP_WITHOUT(path);
        const int firstStages = int(readAll(path).count("\"stage\":\"RequestReceived\""));
        QVERIFY(firstStages > 0);
        CollectingSink sink;
        K8sAuditImporter importer;
        importer.start();
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        const QString said = QStringLiteral("%1 record(s) at stage RequestReceived").arg(firstStages);
        QVERIFY2(sink.warnings.join(u'\n').contains(said), qPrintable(sink.warnings.join(u'\n')));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected"); // fragments of the error message
        const QByteArray rbac = readAll(kSmallRbac);
        const QByteArray audit = readAll(kSmallAudit);
        QJsonObject untimed = sampleEvent();
        untimed.remove("stageTimestamp");
        QJsonObject badTime = sampleEvent();
        badTime.insert("stageTimestamp", "yesterday");

        QTest::addRow("a truncated RBAC dump names the file and the line")
            << "k8s-rbac"
            << "rbac-truncated.json" << rbac.left(rbac.size() * 6 / 10)
            << QStringList { "rbac-truncated.json", "line", "invalid JSON" };
        QTest::addRow("plain text is not an RBAC dump")
            << "k8s-rbac"
            << "notes.json" << QByteArray("kubectl get sa -A\n") << QStringList { "notes.json", "line 1" };
        QTest::addRow("a JSON object that is not a List names the file and its kind field")
            << "k8s-rbac"
            << "configmap.json" << QByteArray(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"}})")
            << QStringList { "configmap.json", "kind", "List" };
        QTest::addRow("a List with no identity-bearing kinds is refused rather than retiring every account")
            << "k8s-rbac"
            << "deployments.json"
            << QByteArray(R"({"kind":"List","items":[{"kind":"Deployment","metadata":{"name":"web"}}]})")
            << QStringList { "deployments.json", "no ServiceAccount" };
        QTest::addRow("a bad creationTimestamp names the object's field")
            << "k8s-rbac"
            << "badtime.json"
            << QByteArray(
                   R"({"kind":"List","items":[{"kind":"ServiceAccount","metadata":{"name":"a","namespace":"b","creationTimestamp":"last tuesday"}}]})")
            << QStringList { "badtime.json", "items[0].metadata.creationTimestamp", "last tuesday" };
        // Helm charts' templates as they sit in the charts' repositories, not rendered: named so, with the line.
        QTest::addRow("cert-manager's rbac.yaml template is no manifest")
            << "k8s-rbac"
            << "rbac.yaml" << readAll(RECERTIFY_TEST_DATA("k8s/refused/cert-manager-helm-rbac-template.yaml"))
            << QStringList { "rbac.yaml", "line 1", "a template", "helm template" };
        QTest::addRow("ingress-nginx's clusterrole.yaml template is no manifest")
            << "k8s-rbac"
            << "clusterrole.yaml"
            << readAll(RECERTIFY_TEST_DATA("k8s/refused/ingress-nginx-helm-clusterrole-template.yaml"))
            << QStringList { "clusterrole.yaml", "line 1", "a template", "helm template" };
        QTest::addRow("a value that is a template action names its line")
            << "k8s-rbac"
            << "sa.yaml"
            << QByteArray("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ include \"x.fullname\" . }}\n")
            << QStringList { "sa.yaml", "line 4", "a template" };
        QTest::addRow("a truncated audit log names the file and its last line")
            << "k8s-audit"
            << "audit-truncated.jsonl" << audit.left(audit.size() - 300)
            << QStringList { "audit-truncated.jsonl", "line 9", "invalid JSON" };
        QTest::addRow("an audit line that is not an Event names the file and the line")
            << "k8s-audit"
            << "mixed.jsonl"
            << QByteArray(line(sampleEvent())
                          + R"({"kind":"Status","apiVersion":"v1","code":200})"
                            "\n")
            << QStringList { "mixed.jsonl", "line 2", "Event" };
        QTest::addRow("an audit event without a time names the line and the field")
            << "k8s-audit"
            << "untimed.jsonl" << line(untimed) << QStringList { "untimed.jsonl", "line 1", "stageTimestamp" };
        QTest::addRow("an audit event with an unreadable time quotes it")
            << "k8s-audit"
            << "badtime.jsonl" << QByteArray(line(sampleEvent()) + line(badTime))
            << QStringList { "badtime.jsonl", "line 2", "stageTimestamp", "yesterday" };
    }

    // KubeHound's test cluster binds Role test-reader through a ClusterRoleBinding, which the API server refuses: it
    // grants nothing, and the Role the input does hold is not said to be missing.
    void aClusterRoleBindingToARoleGrantsNothing()
    {
        const QString folder = RECERTIFY_TEST_DATA("k8s/kubehound-test-cluster/");
        K8sRbacImporter importer;
        CollectingSink sink;
        importer.start();
        for (const char* file :
             { "clusterroles.rbac.authorization.k8s.io.json", "clusterrolebindings.rbac.authorization.k8s.io.json",
               "namespace-1/roles.rbac.authorization.k8s.io.json",
               "namespace-1/rolebindings.rbac.authorization.k8s.io.json",
               "namespace-2/roles.rbac.authorization.k8s.io.json",
               "namespace-2/rolebindings.rbac.authorization.k8s.io.json" }) {
            const Status read = importer.read(folder + QLatin1String(file), sink);
            QVERIFY2(read.ok(), qPrintable(read.errorString()));
        }
        const Status finished = importer.finish(sink);
        QVERIFY2(finished.ok(), qPrintable(finished.errorString()));
        const QString said = sink.warnings.join(u'\n');
        QVERIFY2(said.contains(QLatin1String("ClusterRoleBinding app-monitors-read refers to Role test-reader, which "
                                             "the API server refuses")),
                 qPrintable(said));
        for (const StagedIdentity& s : sink.identities) {
            for (const Grant& g : s.grants)
                QVERIFY2(!g.permission.contains(QLatin1String("test-reader")) && !g.isUnresolved(),
                         qPrintable(s.identity.nativeId + u' ' + g.permission + u' ' + g.grantedVia));
        }
    }

    // Go templates a manifest carries as text (an Alertmanager template in a ConfigMap, a log format in quotes) are
    // no unrendered chart: the manifest is read.
    void templatesAsTextAreRead()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("alerting.yaml"), QByteArray(R"(apiVersion: v1
kind: ServiceAccount
metadata:
  name: alertmanager
  namespace: monitoring
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: alertmanager-templates
  namespace: monitoring
data:
  default.tmpl: |
    {{ define "slack.title" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}
    text: {{ .CommonAnnotations.summary }}
  request-log-template: '{"status": {{.Response.Code}}}'
  summary: "{{ $labels.instance }} is down"
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: prometheus-operator
  namespace: monitoring
spec:
  groups:
  - name: prometheus-operator
    rules:
    - alert: PrometheusOperatorListErrors
      annotations:
        description: Errors while performing List operations in controller
          {{$labels.controller}} in {{$labels.namespace}} namespace.
        summary: 'the target of {{ $labels.job }}/{{ $labels.service
          }} is down'
)"));
        CollectingSink sink;
        K8sRbacImporter importer;
        const Status status = importFile(importer, path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.identities.size(), 1);
    }

    void rejectsBadInput()
    {
        QFETCH(QString, format);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, fileName, content);
        QVERIFY(!path.isEmpty());
        CollectingSink sink;
        const Status status = importFile(*importerFor(format), path, sink);
        QVERIFY(!status.ok());
        for (const QString& fragment : expected)
            QVERIFY2(status.errorString().contains(fragment), qPrintable(status.errorString()));
    }

    void streamsLargeAuditLogs_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::addRow("a 3000-line log is read to the end") << false;
        QTest::addRow("cancelling at the first progress report stops a 3000-line log with an error") << true;
    }

    void streamsLargeAuditLogs()
    {
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 3000; ++i)
            content += line(sampleEvent(i));
        const QString path = writeFile(dir, "large.jsonl", content);
        QVERIFY(!path.isEmpty());
        CollectingSink sink;
        sink.cancelAfterFirstProgress = cancel;
        const Status status = K8sAuditImporter().read(path, sink);
        if (!cancel) {
            QVERIFY2(status.ok(), qPrintable(status.errorString()));
            QCOMPARE(sink.events.size(), 3000);
            return;
        }
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains("cancelled"), qPrintable(status.errorString()));
        QVERIFY2(status.errorString().contains("large.jsonl"), qPrintable(status.errorString()));
        QVERIFY(sink.events.size() < 3000);
    }
};

QTEST_GUILESS_MAIN(TestK8sImporters)
#include "TestK8sImporters.moc"
