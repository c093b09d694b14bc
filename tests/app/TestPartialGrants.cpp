#include "tests/support/CliFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace recertify::test;

/**
 * An input that holds part of what grants an identity takes away only what it proves gone: a Kubernetes
 * ServiceAccount without its bindings, a Graph list of service principals without their assignments. Fixtures:
 * tests/data/k8s/dashboard-recommended.yaml and tests/data/entra/graph-docs-*.json (origins in tests/data/README.md).
 */
class TestPartialGrants : public QObject
{
    Q_OBJECT

    static RunResult cli(const QString& db, const QStringList& args) { return cliOn(db, args); }
    static QString data(const QString& relative) { return fixturePath(relative); }
    static QByteArray fixture(const QString& relative) { return fixtureBytes(relative); }
    static QString written(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        return writtenIn(dir, name, bytes);
    }

    // The documents of a manifest stream that hold this line.
    static QByteArray documentsWith(const QByteArray& stream, const QByteArray& line)
    {
        QByteArray out;
        for (const QByteArray& document : QByteArray(stream).replace("\n---\n", "\x1e").split('\x1e')) {
            if (document.contains(QByteArray("\n" + line + "\n")) || document.startsWith(QByteArray(line + "\n")))
                out += "---\n" + document.trimmed() + "\n";
        }
        return out;
    }

    // How many grants of an identity come through each binding or assignment (its grantedVia up to " -> " or " (").
    static QMap<QString, int> grantsByWay(const QString& db, const QString& identity)
    {
        const QJsonObject shown
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), identity }).out)
                  .object();
        QMap<QString, int> ways;
        for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray())
            ++ways[g.toObject().value(QStringLiteral("grantedVia")).toString().section(QStringLiteral(" -> "), 0, 0)];
        return ways;
    }

    static int grantCount(const QString& db, const QString& identity)
    {
        int n = 0;
        for (int count : grantsByWay(db, identity))
            n += count;
        return n;
    }

private slots:
    void aServiceAccountWithoutItsBindingsKeepsItsGrants()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString sa = QStringLiteral("system:serviceaccount:kubernetes-dashboard:kubernetes-dashboard");
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                       data(QStringLiteral("k8s/dashboard-recommended.yaml")) })
                     .exitCode,
                 0);
        const QMap<QString, int> before = grantsByWay(db, sa);
        QCOMPARE(before.size(), 2); // its RoleBinding and its ClusterRoleBinding
        const QByteArray manifest = fixture(QStringLiteral("k8s/dashboard-recommended.yaml"));

        // kubectl get serviceaccount … -o yaml: the account alone says nothing of what binds it.
        const QByteArray account = documentsWith(manifest, "kind: ServiceAccount");
        QVERIFY(account.contains("name: kubernetes-dashboard"));
        const RunResult alone = cli(
            db,
            { QStringLiteral("import"), QStringLiteral("k8s-rbac"), written(dir, QStringLiteral("sa.yaml"), account) });
        QVERIFY2(alone.exitCode == 0, alone.err.constData());
        QCOMPARE(grantsByWay(db, sa), before);

        // The RoleBinding alone, now naming another account: the grants through it are gone, the others stay.
        QByteArray binding = documentsWith(manifest, "kind: RoleBinding");
        const qsizetype subjects = binding.indexOf("subjects:");
        QVERIFY(subjects > 0);
        binding = binding.left(subjects)
            + binding.mid(subjects).replace("name: kubernetes-dashboard", "name: kubernetes-dashboard-metrics");
        const RunResult rebound = cli(db,
                                      { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                                        written(dir, QStringLiteral("rolebinding.yaml"), binding) });
        QVERIFY2(rebound.exitCode == 0, rebound.err.constData());
        QMap<QString, int> expected = before;
        const QString roleBinding = QStringLiteral("rolebinding/kubernetes-dashboard/kubernetes-dashboard");
        expected.remove(roleBinding);
        QCOMPARE(grantsByWay(db, sa), expected);
        // The Role is not in that input, but the store resolved it through this very binding: the account it names
        // now holds what the binding gives, not a stand-in naming the role.
        const QString moved = QStringLiteral("system:serviceaccount:kubernetes-dashboard:kubernetes-dashboard-metrics");
        QCOMPARE(grantsByWay(db, moved), (QMap<QString, int> { { roleBinding, before.value(roleBinding) } }));
        const QJsonObject movedShown
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), moved }).out)
                  .object();
        for (const QJsonValue& g : movedShown.value(QStringLiteral("grants")).toArray())
            QVERIFY2(!g.toObject().value(QStringLiteral("resourceScope")).toString().startsWith(u"unresolved"),
                     qPrintable(g.toObject().value(QStringLiteral("permission")).toString()));

        // The whole manifest again: everything as it was.
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                       data(QStringLiteral("k8s/dashboard-recommended.yaml")) })
                     .exitCode,
                 0);
        QCOMPARE(grantsByWay(db, sa), before);
    }

    // The dashboard's Role and RoleBinding alone, after the whole manifest, hold nothing new: the account is told
    // unchanged, not changed, either way round (its grants through the ClusterRoleBinding stay).
    void aPartReadAfterTheWholeChangesNothingAndSaysSo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString whole = data(QStringLiteral("k8s/dashboard-recommended.yaml"));
        const QByteArray manifest = fixture(QStringLiteral("k8s/dashboard-recommended.yaml"));
        const QString part
            = written(dir, QStringLiteral("role.yaml"),
                      documentsWith(manifest, "kind: Role") + documentsWith(manifest, "kind: RoleBinding"));
        const QString sa = QStringLiteral("system:serviceaccount:kubernetes-dashboard:kubernetes-dashboard");
        auto import = [&](const QString& path) {
            const RunResult r
                = cli(db, { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("k8s-rbac"), path });
            return QJsonDocument::fromJson(r.out).object();
        };
        QCOMPARE(import(whole).value(QStringLiteral("added")).toInt(), 1);
        const QMap<QString, int> grants = grantsByWay(db, sa);
        for (const QString& path : { part, whole, part }) {
            const QJsonObject run = import(path);
            QCOMPARE(run.value(QStringLiteral("changed")).toInt(), 0);
            QCOMPARE(run.value(QStringLiteral("unchanged")).toInt(), 1);
            QCOMPARE(grantsByWay(db, sa), grants);
        }
        // A part that does change something is still told so.
        QByteArray narrowed = documentsWith(manifest, "kind: Role") + documentsWith(manifest, "kind: RoleBinding");
        QVERIFY(narrowed.contains("\"update\""));
        narrowed.replace("\"update\", ", "");
        const QJsonObject changed = import(written(dir, QStringLiteral("narrowed.yaml"), narrowed));
        QCOMPARE(changed.value(QStringLiteral("changed")).toInt(), 1);
    }

    // kubectl get serviceaccount invoice-worker -o json, after the whole dump: its token Secret is not in the input,
    // so the token stays, and so do its grants.
    void aServiceAccountAloneKeepsItsToken()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString sa = QStringLiteral("system:serviceaccount:payments:invoice-worker");
        QCOMPARE(
            cli(db,
                { QStringLiteral("import"), QStringLiteral("k8s-rbac"), data(QStringLiteral("k8s/rbac-small.json")) })
                .exitCode,
            0);
        auto shown = [&] {
            return QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), sa }).out)
                .object();
        };
        const QJsonObject before = shown();
        QCOMPARE(before.value(QStringLiteral("credentials")).toArray().size(), 1);
        QJsonObject account;
        for (const QJsonValue& list : QJsonDocument::fromJson(fixture(QStringLiteral("k8s/rbac-small.json"))).array()) {
            for (const QJsonValue& item : list.toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject o = item.toObject();
                if (o.value(QStringLiteral("kind")).toString() == QLatin1String("ServiceAccount")
                    && o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()
                        == QLatin1String("invoice-worker"))
                    account = o;
            }
        }
        QVERIFY(!account.isEmpty());
        const RunResult r = cli(db,
                                { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                                  written(dir, QStringLiteral("sa.json"), QJsonDocument(account).toJson()) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject after = shown();
        QCOMPARE(after.value(QStringLiteral("credentials")).toArray(),
                 before.value(QStringLiteral("credentials")).toArray());
        QCOMPARE(after.value(QStringLiteral("grants")).toArray().size(),
                 before.value(QStringLiteral("grants")).toArray().size());
    }

    // A copy cut after a document's apiVersion, or inside a key, is refused and changes nothing.
    void aManifestCutAtAnObjectsStartIsRefused_data()
    {
        QTest::addColumn<QByteArray>("cutBefore"); // the copy stops just before this text's first occurrence
        QTest::addColumn<QString>("said");
        QTest::addRow("after the ClusterRoleBinding's apiVersion")
            << QByteArray("kind: ClusterRoleBinding") << "has an apiVersion but no kind";
        QTest::addRow("inside the ClusterRoleBinding's subjects key")
            << QByteArray("cts:\n  - kind: ServiceAccount\n    name: kubernetes-dashboard\n    namespace: "
                          "kubernetes-dashboard\n\n---\n\nkind: Deployment")
            << "\"subje\" ends the file without a line break or the colon of a key";
    }

    void aManifestCutAtAnObjectsStartIsRefused()
    {
        QFETCH(QByteArray, cutBefore);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                       data(QStringLiteral("k8s/dashboard-recommended.yaml")) })
                     .exitCode,
                 0);
        const QByteArray before
            = cli(db, { QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") }).out;
        const QByteArray manifest = fixture(QStringLiteral("k8s/dashboard-recommended.yaml"));
        const qsizetype at = manifest.indexOf(cutBefore);
        QVERIFY(at > 0);
        const QString path = written(dir, QStringLiteral("cut.yaml"), manifest.left(at));
        for (const QString& format : { QStringLiteral("k8s-rbac"), QStringLiteral("auto") }) {
            const RunResult r = cli(db, { QStringLiteral("import"), format, path });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains(said.toUtf8()), r.err.constData());
        }
        QCOMPARE(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") }).out, before);
    }

    // GET /servicePrincipals lists principals, not what they were granted (appRoleAssignments and
    // oauth2PermissionGrants are navigations): read after the grants, it leaves them; a whole grants answer without a
    // scope takes that scope away.
    void aListOfServicePrincipalsKeepsTheirGrants_data()
    {
        QTest::addColumn<QString>("grants");
        QTest::addColumn<QString>("principal");
        QTest::addRow("delegated (oauth2PermissionGrants)") << "entra/graph-docs-oauth2permissiongrant-list.json"
                                                            << "263a5b01-03e5-408e-8557-bab681df104c";
        QTest::addRow("application (appRoleAssignments)")
            << "entra/graph-docs-serviceprincipal-list-approleassignments.json"
            << "8e881353-1735-45af-af21-ee1344582a4d";
    }

    void aListOfServicePrincipalsKeepsTheirGrants()
    {
        QFETCH(QString, grants);
        QFETCH(QString, principal);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("entra-graph"), data(grants) }).exitCode, 0);
        const int held = grantCount(db, principal);
        QVERIFY(held > 0);
        // The Graph docs' service principal list, its one principal given the id of the one the grants name.
        QJsonObject list
            = QJsonDocument::fromJson(fixture(QStringLiteral("entra/graph-sp-credential-serviceprincipals.json")))
                  .object();
        QJsonArray value = list.value(QStringLiteral("value")).toArray();
        QJsonObject sp = value.at(0).toObject();
        sp.insert(QStringLiteral("id"), principal);
        value.replace(0, sp);
        list.insert(QStringLiteral("value"), value);
        const RunResult listed = cli(db,
                                     { QStringLiteral("import"), QStringLiteral("entra-graph"),
                                       written(dir, QStringLiteral("sps.json"), QJsonDocument(list).toJson()) });
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(grantCount(db, principal), held);
    }

    // aws iam get-account-authorization-details --filter User lists the users and their groups by name, with the
    // other lists empty: what a group grants is unknown, not nothing.
    void aUsersOnlyExportKeepsWhatTheirGroupsGrant_data()
    {
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("member"); // a user whose grants come from a group
        QTest::addRow("AirIAM's account, aws-admins") << "aws/iam/airiam/airiam-gaad-rebuilt.json"
                                                      << "gandalf@bridgecrew.io";
        QTest::addRow("the IAM API reference's example, Admins") << "aws/gaad-iam-api-reference-example.json"
                                                                 << "Alice";
    }

    void aUsersOnlyExportKeepsWhatTheirGroupsGrant()
    {
        QFETCH(QString, details);
        QFETCH(QString, member);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("aws-iam"), data(details) }).exitCode, 0);
        QString id;
        QMap<QString, QMap<QString, int>> before;
        const QJsonArray listed
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out).array();
        for (const QJsonValue& v : listed) {
            const QString nativeId = v.toObject().value(QStringLiteral("nativeId")).toString();
            before.insert(nativeId, grantsByWay(db, nativeId));
            if (v.toObject().value(QStringLiteral("displayName")).toString() == member)
                id = nativeId;
        }
        QVERIFY(!id.isEmpty());
        QVERIFY2(std::any_of(before.value(id).keyBegin(), before.value(id).keyEnd(),
                             [](const QString& via) { return via.startsWith(QLatin1String("group:")); }),
                 qPrintable(QStringList(before.value(id).keys()).join(u',')));

        QJsonObject usersOnly = QJsonDocument::fromJson(fixture(details)).object();
        for (const char* list : { "GroupDetailList", "RoleDetailList", "Policies" })
            usersOnly.insert(QLatin1String(list), QJsonArray());
        const RunResult r = cli(db,
                                { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("aws-iam"),
                                  written(dir, QStringLiteral("users.json"), QJsonDocument(usersOnly).toJson()) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject run = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(run.value(QStringLiteral("removed")).toInt(), 0);
        const QString warnings
            = QVariant(run.value(QStringLiteral("warnings")).toArray().toVariantList()).toStringList().join(u'\n');
        QVERIFY2(warnings.contains(member + QStringLiteral(" is in group ")) && warnings.contains("does not describe"),
                 qPrintable(warnings));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(grantsByWay(db, it.key()), it.value());
    }

    // The Graph docs' service principal list, its one principal given this id.
    static QByteArray servicePrincipalList(const QString& id)
    {
        QJsonObject list
            = QJsonDocument::fromJson(fixture(QStringLiteral("entra/graph-sp-credential-serviceprincipals.json")))
                  .object();
        QJsonArray value = list.value(QStringLiteral("value")).toArray();
        QJsonObject sp = value.at(0).toObject();
        sp.insert(QStringLiteral("id"), id);
        value.replace(0, sp);
        list.insert(QStringLiteral("value"), value);
        return QJsonDocument(list).toJson();
    }

    // The tenant's delegated grants alone name their clients by id: a client the store knows keeps its name, kind and
    // credentials.
    void aGrantsAnswerAloneKeepsWhatItDoesNotSay()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString principal = QStringLiteral("263a5b01-03e5-408e-8557-bab681df104c");
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("entra-graph"),
                       written(dir, QStringLiteral("sps.json"), servicePrincipalList(principal)) })
                     .exitCode,
                 0);
        auto shown = [&] {
            return QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), principal }).out)
                .object();
        };
        const QJsonObject before = shown();
        QVERIFY(!before.value(QStringLiteral("displayName")).toString().isEmpty());
        for (int i = 0; i < 2; ++i) { // read twice: the second changes nothing
            const RunResult r = cli(db,
                                    { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("entra-graph"),
                                      data(QStringLiteral("entra/graph-docs-oauth2permissiongrant-list.json")) });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            if (i == 1)
                QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("changed")).toInt(), 0);
        }
        const QJsonObject after = shown();
        for (const char* field : { "displayName", "kind", "credentials" })
            QCOMPARE(after.value(QLatin1String(field)), before.value(QLatin1String(field)));
        QVERIFY(!after.value(QStringLiteral("grants")).toArray().isEmpty());
    }

    void aWholeAnswerOfDelegatedGrantsTakesAwayWhatItLeavesOut_data()
    {
        QTest::addColumn<bool>("listedBetween");
        QTest::addColumn<bool>("allWithdrawn");
        QTest::addRow("the grants again") << false << false;
        // The list alone leaves the grants as they were; the whole answer after it must still take them away.
        QTest::addRow("the grants again, after a list of service principals alone") << true << false;
        QTest::addRow("none left, after a list of service principals alone") << true << true;
    }

    void aWholeAnswerOfDelegatedGrantsTakesAwayWhatItLeavesOut()
    {
        QFETCH(bool, listedBetween);
        QFETCH(bool, allWithdrawn);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString principal = QStringLiteral("263a5b01-03e5-408e-8557-bab681df104c");
        const QString sps = written(dir, QStringLiteral("sps.json"), servicePrincipalList(principal));
        QByteArray answer = fixture(QStringLiteral("entra/graph-docs-oauth2permissiongrant-list.json"));
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("entra-graph"), sps,
                       written(dir, QStringLiteral("grants.json"), answer) })
                     .exitCode,
                 0);
        const int held = grantCount(db, principal);
        if (listedBetween) {
            QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("entra-graph"), sps }).exitCode, 0);
            QCOMPARE(grantCount(db, principal), held);
        }
        // The tenant's grants again, consent to Group.ReadWrite.All withdrawn (or to everything).
        int withdrawn = int(answer.count("Group.ReadWrite.All "));
        QVERIFY(withdrawn > 0);
        answer.replace("Group.ReadWrite.All ", "");
        if (allWithdrawn) {
            QJsonObject none = QJsonDocument::fromJson(answer).object();
            none.insert(QStringLiteral("value"), QJsonArray());
            answer = QJsonDocument(none).toJson();
            withdrawn = held;
        }
        const RunResult again = cli(db,
                                    { QStringLiteral("import"), QStringLiteral("entra-graph"), sps,
                                      written(dir, QStringLiteral("grants-later.json"), answer) });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(grantCount(db, principal), held - withdrawn);
    }

    // One app's manifests hold a ClusterRoleBinding and a RoleBinding, not every binding of the cluster: read again,
    // they keep what another binding grants the same account.
    // One page of tools/list whose nextCursor says more tools follow adds its tools and takes none away; the server's
    // whole list (no cursor left) takes away what it leaves out.
    void aToolsListPageKeepsTheToolsOnOtherPages()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString name = QStringLiteral("secure-filesystem-server"); // its initialize answer's serverInfo
        auto tools = [&] {
            const QJsonObject shown
                = QJsonDocument::fromJson(
                      cli(db, { QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("mcp:") + name }).out)
                      .object();
            QStringList names;
            for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray())
                names << g.toObject().value(QStringLiteral("permission")).toString();
            names.sort();
            return names;
        };
        const QString whole = data(QStringLiteral("mcp/servers/filesystem/tools.json"));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("mcp-tools"), whole }).exitCode, 0);
        const QStringList before = tools();
        QCOMPARE(before.size(), 14);
        const QString page = data(QStringLiteral("real/mcp/tools-list-response.mcp-spec-2025-11-25.json"));
        QVERIFY(
            fixture(QStringLiteral("real/mcp/tools-list-response.mcp-spec-2025-11-25.json")).contains("nextCursor"));
        const RunResult paged
            = cli(db, { QStringLiteral("import"), QStringLiteral("mcp-tools"), QStringLiteral("--name"), name, page });
        QVERIFY2(paged.exitCode == 0 && QByteArray(paged.out + paged.err).contains("nextCursor"),
                 paged.err.constData());
        QStringList expected = before;
        expected << QStringLiteral("get_weather");
        expected.sort();
        QCOMPARE(tools(), expected);
        // The whole list again: what only the page showed is gone.
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("mcp-tools"), whole }).exitCode, 0);
        QCOMPARE(tools(), before);
    }

    // A service principal's own secrets, listed again without one (azure-cli's `ad sp credential reset`:
    // removePassword, then addPassword), no longer hold the one removed; those of its app registration, which the
    // principal's answer does not list, stay.
    static QStringList credentialIds(const QString& db, const QString& identity)
    {
        QStringList ids;
        const QJsonObject shown
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), identity }).out)
                  .object();
        for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray())
            ids << c.toObject().value(QStringLiteral("credentialId")).toString();
        ids.sort();
        return ids;
    }

    // The azure-cli recording's principal, given another app's appId (so it joins that app registration).
    static QByteArray principalOfApp(const QString& relative, const QString& appId)
    {
        QJsonObject sp = QJsonDocument::fromJson(fixture(relative)).object();
        sp.insert(QStringLiteral("appId"), appId);
        return QJsonDocument(sp).toJson();
    }

    void aPrincipalListedAgainWithoutASecretNoLongerHoldsIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString principal = QStringLiteral("66e30abb-1162-47a4-97e7-007bf57bb3ac");
        const QString before = data(QStringLiteral("entra/azcli-sp-credential-reset-before.json"));
        const QString after = data(QStringLiteral("entra/azcli-sp-credential-reset-after.json"));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("entra-graph"), before }).exitCode, 0);
        QCOMPARE(credentialIds(db, principal), QStringList { "199b21ba-96df-45fd-83ea-89da9618339c" });
        const RunResult reset
            = cli(db, { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("entra-graph"), after });
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QCOMPARE(QJsonDocument::fromJson(reset.out).object().value(QStringLiteral("changed")).toInt(), 1);
        QCOMPARE(credentialIds(db, principal), QStringList { "7ddd8785-b5ab-4575-8917-81a3b0b383bd" });
        // Nothing says whether it was used: not "never".
        const QByteArray shown = cli(db, { QStringLiteral("show"), principal }).out;
        QVERIFY2(shown.contains("unknown: no activity data\n"), shown.constData());
        // Read again: nothing more changes.
        const RunResult again
            = cli(db, { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("entra-graph"), after });
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("unchanged")).toInt(), 1);

        // With its app registration's two secrets (azure-cli's `ad app credential list` recording) read beside it
        // once, then the principal alone: the app's secrets are not in its answer, so they stay.
        const QString db2 = dir.filePath(QStringLiteral("s2.sqlite"));
        const QString appId = QStringLiteral("afb85a07-e312-4d49-b75b-9db4e2d683cd");
        const QString both
            = written(dir, QStringLiteral("sp-before.json"),
                      principalOfApp(QStringLiteral("entra/azcli-sp-credential-reset-before.json"), appId));
        const RunResult joined
            = cli(db2,
                  { QStringLiteral("import"), QStringLiteral("entra-graph"),
                    data(QStringLiteral("entra/graph-applications-passwordcredentials.json")), both });
        QVERIFY2(joined.exitCode == 0, joined.err.constData());
        QCOMPARE(credentialIds(db2, principal),
                 (QStringList { "199b21ba-96df-45fd-83ea-89da9618339c", "58ed553a-d3af-4520-8d81-4775274faac5",
                                "73c912d2-fd2d-42a0-b3ae-2e45d006b8bc" }));
        const QString alone
            = written(dir, QStringLiteral("sp-after.json"),
                      principalOfApp(QStringLiteral("entra/azcli-sp-credential-reset-after.json"), appId));
        QCOMPARE(cli(db2, { QStringLiteral("import"), QStringLiteral("entra-graph"), alone }).exitCode, 0);
        QCOMPARE(credentialIds(db2, principal),
                 (QStringList { "58ed553a-d3af-4520-8d81-4775274faac5", "73c912d2-fd2d-42a0-b3ae-2e45d006b8bc",
                                "7ddd8785-b5ab-4575-8917-81a3b0b383bd" }));

        // The registration whole beside the principal narrowed by $select (no credential lists): the principal's own
        // secret is not in the answer, so it stays; the registration's are replaced by what it lists.
        QJsonObject narrowed = QJsonDocument::fromJson(
                                   principalOfApp(QStringLiteral("entra/azcli-sp-credential-reset-after.json"), appId))
                                   .object();
        narrowed.remove(QStringLiteral("keyCredentials"));
        narrowed.remove(QStringLiteral("passwordCredentials"));
        const RunResult selected
            = cli(db2,
                  { QStringLiteral("import"), QStringLiteral("entra-graph"),
                    data(QStringLiteral("entra/graph-applications-passwordcredentials.json")),
                    written(dir, QStringLiteral("sp-select.json"), QJsonDocument(narrowed).toJson()) });
        QVERIFY2(selected.exitCode == 0, selected.err.constData());
        QCOMPARE(credentialIds(db2, principal),
                 (QStringList { "58ed553a-d3af-4520-8d81-4775274faac5", "73c912d2-fd2d-42a0-b3ae-2e45d006b8bc",
                                "7ddd8785-b5ab-4575-8917-81a3b0b383bd" }));
    }

    // A Graph answer narrowed by $select says nothing of the properties it leaves out: an application keeps its secret
    // and creation time, a disabled service principal stays disabled.
    void aSelectAnswerKeepsWhatItDoesNotSelect_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("collection");
        QTest::addRow("an application with a secret (Azure PowerShell's recording)")
            << "entra/azps-application-filter-displayname.json"
            << "applications";
        QTest::addRow("a disabled service principal (CLI for Microsoft 365's test data, accountEnabled set false)")
            << "entra/m365cli-sp-filtered-myapp.json"
            << "servicePrincipals";
    }

    void aSelectAnswerKeepsWhatItDoesNotSelect()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, collection);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QJsonObject whole = QJsonDocument::fromJson(this->fixture(fixture)).object();
        QJsonArray objects = whole.value(QStringLiteral("value")).toArray();
        QCOMPARE(objects.size(), 1);
        QJsonObject object = objects.first().toObject();
        if (object.contains(QStringLiteral("accountEnabled")))
            object.insert(QStringLiteral("accountEnabled"), false);
        whole.insert(QStringLiteral("value"), QJsonArray { object });
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("entra-graph"),
                       written(dir, QStringLiteral("whole.json"), QJsonDocument(whole).toJson()) })
                     .exitCode,
                 0);
        const QJsonArray before
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out).array();
        QCOMPARE(before.size(), 1);
        QVERIFY(!before.first().toObject().value(QStringLiteral("createdAt")).toString().isEmpty());

        // GET /COLLECTION?$select=id,appId,displayName, as Graph answers it.
        QJsonObject narrowed;
        for (const char* key : { "id", "appId", "displayName" })
            narrowed.insert(QLatin1String(key), object.value(QLatin1String(key)));
        const QJsonObject selected {
            { QStringLiteral("@odata.context"),
              QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#%1(id,appId,displayName)").arg(collection) },
            { QStringLiteral("value"), QJsonArray { narrowed } }
        };
        const RunResult r = cli(db,
                                { QStringLiteral("import"), QStringLiteral("entra-graph"),
                                  written(dir, QStringLiteral("select.json"), QJsonDocument(selected).toJson()) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray after
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out).array();
        QCOMPARE(after, before);
    }

    // The docs' answer to $filter=startswith(displayName,'salesforce') lists three principals; over a store of three
    // others it leaves out as many as it lists, which looks like a filtered answer: nothing is retired.
    void aFilteredListAsLongAsTheStoreRetiresNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("entra-graph"),
                       data(QStringLiteral("entra/m365cli-enterpriseapp-list.json")),
                       data(QStringLiteral("entra/m365cli-sp-filtered-myapp.json")),
                       data(QStringLiteral("entra/m365cli/sp-resource-customapp.json")) })
                     .exitCode,
                 0);
        const RunResult r
            = cli(db,
                  { QStringLiteral("import"), QStringLiteral("entra-graph"),
                    data(QStringLiteral("entra/graph-docs-sp-list-select-filter-startswith-salesforce.json")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QByteArray(r.out + r.err).contains("looks like a filtered or partial answer"), r.out.constData());
        int active = 0;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out).array())
            active += i.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active") ? 1 : 0;
        QCOMPARE(active, 6);
    }

    // Inventory once, sign-in logs often: a sign-in naming a credential's key id moves that credential's last use
    // forward whichever import came first, and the inventory read again keeps it.
    void signInsImportedLaterMoveACredentialsLastUse()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(fixture(QStringLiteral("entra/graph-bundle.json"))).object();
        QJsonObject inventory;
        QJsonObject signIns;
        for (auto it = bundle.constBegin(); it != bundle.constEnd(); ++it) {
            if (it.key().contains(QLatin1String("auditLogs/signIns")))
                signIns.insert(it.key(), it.value());
            else if (!it.key().contains(QLatin1String("SignInActivities")))
                inventory.insert(it.key(), it.value());
        }
        QCOMPARE(signIns.size(), 1);
        QTemporaryDir dir;
        const QString inventoryFile = written(dir, QStringLiteral("inventory.json"), QJsonDocument(inventory).toJson());
        const QString signInsFile = written(dir, QStringLiteral("signins.json"), QJsonDocument(signIns).toJson());
        const QString deployer = QStringLiteral("3f6b2a10-8c4d-4e2f-b7a9-5d1c0e9f8a21");
        auto credentials = [&](const QString& db) {
            QStringList out;
            const QJsonObject shown
                = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), deployer }).out)
                      .object();
            for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray())
                out << c.toObject().value(QStringLiteral("credentialId")).toString() + u' '
                        + c.toObject().value(QStringLiteral("lastUsedAt")).toString();
            out.sort();
            return out;
        };
        const QString together = dir.filePath(QStringLiteral("together.sqlite"));
        QCOMPARE(cli(together, { QStringLiteral("import"), QStringLiteral("entra-graph"), inventoryFile, signInsFile })
                     .exitCode,
                 0);
        const QStringList expected = credentials(together);
        QVERIFY2(expected.join(u',').contains(QLatin1String("Z")), qPrintable(expected.join(u',')));
        const QString apart = dir.filePath(QStringLiteral("apart.sqlite"));
        QCOMPARE(cli(apart, { QStringLiteral("import"), QStringLiteral("entra-graph"), inventoryFile }).exitCode, 0);
        QCOMPARE(cli(apart, { QStringLiteral("import"), QStringLiteral("entra-graph"), signInsFile }).exitCode, 0);
        QCOMPARE(credentials(apart), expected);
        // The sign-ins first, before any inventory lists the credentials they name: the same last uses.
        const QString signInsFirst = dir.filePath(QStringLiteral("signins-first.sqlite"));
        QCOMPARE(cli(signInsFirst, { QStringLiteral("import"), QStringLiteral("entra-graph"), signInsFile }).exitCode,
                 0);
        QCOMPARE(cli(signInsFirst, { QStringLiteral("import"), QStringLiteral("entra-graph"), inventoryFile }).exitCode,
                 0);
        QCOMPARE(credentials(signInsFirst), expected);
        // The inventory again, with one more secret (a credential added since): the last uses stay.
        QJsonObject grown = inventory;
        for (auto it = grown.begin(); it != grown.end(); ++it) {
            if (!it.key().contains(QLatin1String("beta/servicePrincipals?")))
                continue;
            QJsonObject body = it.value().toObject();
            QJsonArray principals = body.value(QStringLiteral("value")).toArray();
            for (qsizetype i = 0; i < principals.size(); ++i) {
                QJsonObject sp = principals.at(i).toObject();
                if (sp.value(QStringLiteral("id")).toString() != deployer)
                    continue;
                QJsonArray secrets = sp.value(QStringLiteral("passwordCredentials")).toArray();
                secrets.append(
                    QJsonObject { { QStringLiteral("keyId"), QStringLiteral("0f0f0f0f-0000-4000-8000-000000000001") },
                                  { QStringLiteral("displayName"), QStringLiteral("rotation") },
                                  { QStringLiteral("endDateTime"), QStringLiteral("2027-06-01T00:00:00Z") } });
                sp.insert(QStringLiteral("passwordCredentials"), secrets);
                principals.replace(i, sp);
            }
            body.insert(QStringLiteral("value"), principals);
            it.value() = body;
        }
        QCOMPARE(cli(apart,
                     { QStringLiteral("import"), QStringLiteral("entra-graph"),
                       written(dir, QStringLiteral("grown.json"), QJsonDocument(grown).toJson()) })
                     .exitCode,
                 0);
        QStringList after = credentials(apart);
        after.removeAll(QStringLiteral("0f0f0f0f-0000-4000-8000-000000000001 "));
        QCOMPARE(after, expected);
    }

    // The sign-in activity report, or directory role assignments with $expand=principal, exported to their own files
    // and imported after the principals: they reach the stored principals as they do in one run.
    void reportsImportedLaterReachTheStoredPrincipals()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(fixture(QStringLiteral("entra/graph-bundle.json"))).object();
        QJsonObject inventory;
        QJsonObject report;
        for (auto it = bundle.constBegin(); it != bundle.constEnd(); ++it) {
            if (it.key().contains(QLatin1String("servicePrincipalSignInActivities")))
                report.insert(it.key(), it.value());
            else if (!it.key().contains(QLatin1String("auditLogs/signIns")))
                inventory.insert(it.key(), it.value());
        }
        QCOMPARE(report.size(), 1);
        QTemporaryDir dir;
        const QString inventoryFile = written(dir, QStringLiteral("inventory.json"), QJsonDocument(inventory).toJson());
        const QString reportFile = written(dir, QStringLiteral("report.json"), QJsonDocument(report).toJson());
        auto lastUses = [&](const QString& db) {
            QStringList out;
            for (const QJsonValue& i :
                 QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out)
                     .array())
                out << i.toObject().value(QStringLiteral("nativeId")).toString() + u' '
                        + i.toObject().value(QStringLiteral("lastUsedAt")).toString();
            out.sort();
            return out;
        };
        const QString together = dir.filePath(QStringLiteral("together.sqlite"));
        QCOMPARE(cli(together, { QStringLiteral("import"), QStringLiteral("entra-graph"), inventoryFile, reportFile })
                     .exitCode,
                 0);
        const QString apart = dir.filePath(QStringLiteral("apart.sqlite"));
        QCOMPARE(cli(apart, { QStringLiteral("import"), QStringLiteral("entra-graph"), inventoryFile }).exitCode, 0);
        const QStringList before = lastUses(apart);
        QCOMPARE(cli(apart, { QStringLiteral("import"), QStringLiteral("entra-graph"), reportFile }).exitCode, 0);
        QCOMPARE(lastUses(apart), lastUses(together));
        QVERIFY(lastUses(apart) != before);
        // The report again changes nothing.
        QCOMPARE(cli(apart, { QStringLiteral("import"), QStringLiteral("entra-graph"), reportFile }).exitCode, 0);
        QCOMPARE(lastUses(apart), lastUses(together));

        // Global Administrator assigned to a stored principal, the assignment expanding its holder.
        const QString deployer = QStringLiteral("3f6b2a10-8c4d-4e2f-b7a9-5d1c0e9f8a21");
        QJsonObject assignments
            = QJsonDocument::fromJson(fixture(QStringLiteral("entra/graph-docs-roleassignments-by-principal.json")))
                  .object();
        QJsonObject first = assignments.value(QStringLiteral("value")).toArray().first().toObject();
        first.insert(QStringLiteral("principalId"), deployer);
        first.insert(
            QStringLiteral("principal"),
            QJsonObject { { QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.servicePrincipal") },
                          { QStringLiteral("id"), deployer },
                          { QStringLiteral("displayName"), QStringLiteral("ci-deployer") } });
        assignments.insert(QStringLiteral("value"), QJsonArray { first });
        QCOMPARE(cli(apart,
                     { QStringLiteral("import"), QStringLiteral("entra-graph"),
                       written(dir, QStringLiteral("roles.json"), QJsonDocument(assignments).toJson()) })
                     .exitCode,
                 0);
        QStringList roles;
        for (const QJsonValue& g :
             QJsonDocument::fromJson(cli(apart, { QStringLiteral("--json"), QStringLiteral("show"), deployer }).out)
                 .object()
                 .value(QStringLiteral("grants"))
                 .toArray()) {
            if (g.toObject().value(QStringLiteral("permission")).toString().startsWith(u"directoryRole:"))
                roles << g.toObject().value(QStringLiteral("permission")).toString();
        }
        QCOMPARE(roles, QStringList { QStringLiteral("directoryRole:Global Administrator") });
    }

    void aChartReadAgainKeepsWhatOtherBindingsGrant()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString sa = QStringLiteral("system:serviceaccount:kubernetes-dashboard:kubernetes-dashboard");
        const QString chart = data(QStringLiteral("k8s/dashboard-recommended.yaml"));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("k8s-rbac"), chart }).exitCode, 0);
        const QByteArray manifest = fixture(QStringLiteral("k8s/dashboard-recommended.yaml"));
        // Another binding of the same ClusterRole to the account, made by hand beside the chart.
        QByteArray extra = documentsWith(manifest, "kind: ClusterRoleBinding");
        QVERIFY(extra.contains("  name: kubernetes-dashboard\nroleRef"));
        extra.replace("  name: kubernetes-dashboard\nroleRef", "  name: dashboard-extra\nroleRef");
        extra += documentsWith(manifest, "kind: ClusterRole");
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                       written(dir, QStringLiteral("extra.yaml"), extra) })
                     .exitCode,
                 0);
        const QMap<QString, int> before = grantsByWay(db, sa);
        QVERIFY2(before.contains(QStringLiteral("clusterrolebinding/dashboard-extra")),
                 qPrintable(QStringList(before.keys()).join(u',')));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("k8s-rbac"), chart }).exitCode, 0);
        QCOMPARE(grantsByWay(db, sa), before);
    }

    // A ClusterRoleBinding is known by its name and applying it again replaces its subjects: narrowed from the group
    // of opa's service accounts to kube-system's, it no longer gives opa's account the view role, which its manifest
    // leaves out (its default rules, 168 grants); the RoleBinding that still names the group keeps its
    // grants. OPA's admission-controller manifest, its binding narrowed as an operator would.
    void aBindingWhoseGroupNoLongerCoversAnAccountTakesItsGrantAway()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString sa = QStringLiteral("system:serviceaccount:opa:default");
        const QByteArray manifest = fixture(QStringLiteral("k8s/opa-admission-controller.yaml"));
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                       written(dir, QStringLiteral("opa.yaml"), manifest) })
                     .exitCode,
                 0);
        // Kubernetes' view, which the manifest leaves out, with its default rules.
        QCOMPARE(grantsByWay(db, sa).value(QStringLiteral("clusterrolebinding/opa-viewer")), 168);
        QCOMPARE(grantsByWay(db, sa).value(QStringLiteral("rolebinding/opa/opa-configmap-modifier")), 2);
        QByteArray narrowed = manifest;
        const QByteArray group = "name: system:serviceaccounts:opa\n";
        const qsizetype first = narrowed.indexOf(group); // the ClusterRoleBinding's, which comes first
        QVERIFY(first > 0 && first < narrowed.indexOf("kind: RoleBinding"));
        narrowed.replace(first, group.size(), "name: system:serviceaccounts:kube-system\n");
        const RunResult again = cli(db,
                                    { QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                                      written(dir, QStringLiteral("opa.yaml"), narrowed) });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("1 changed"), again.out.constData());
        // What it lost is said, though the input no longer names the account.
        QVERIFY2(again.out.contains("changed: opa/default: 168 grant(s) removed: "), again.out.constData());
        QCOMPARE(grantsByWay(db, sa).value(QStringLiteral("clusterrolebinding/opa-viewer")), 0);
        QCOMPARE(grantsByWay(db, sa).value(QStringLiteral("rolebinding/opa/opa-configmap-modifier")), 2);
    }

    // A user-assigned managed identity keeps its federated credentials in Azure Resource Manager only (az identity
    // federated-credential list): read with the identity, joined by its resource id; listed again after one was
    // deleted, that one is gone; the identity read alone keeps them. The federated list alone names no principal
    // the input holds and is refused. azure-cli's recording of those commands.
    void aManagedIdentitysFederatedCredentialsFollowItsList()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString identity = data(QStringLiteral("entra/azcli-msi-federated/identity-create.json"));
        const QString both = data(QStringLiteral("entra/azcli-msi-federated/federated-credential-list.json"));
        const QString one
            = data(QStringLiteral("entra/azcli-msi-federated/federated-credential-list-after-delete.json"));
        const auto credentials = [&] {
            QStringList ids;
            const QJsonObject shown
                = QJsonDocument::fromJson(cli(db,
                                              { QStringLiteral("--json"), QStringLiteral("show"),
                                                QStringLiteral("bbd12d2f-e2f0-41e3-af51-d7f413f0dfba") })
                                              .out)
                      .object();
            for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray())
                ids << c.toObject().value(QStringLiteral("type")).toString() + u' '
                        + c.toObject().value(QStringLiteral("credentialId")).toString();
            ids.sort();
            return ids;
        };
        const RunResult alone = cli(db, { QStringLiteral("import"), QStringLiteral("auto"), both });
        QCOMPARE(alone.exitCode, 1);
        QVERIFY2(alone.err.contains("which the input does not hold"), alone.err.constData());
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("auto"), identity, both }).exitCode, 0);
        QCOMPARE(credentials(), (QStringList { QStringLiteral("federated fic1"), QStringLiteral("federated fic2") }));
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("auto"), identity, one }).exitCode, 0);
        QCOMPARE(credentials(), QStringList { QStringLiteral("federated fic2") });
        QCOMPARE(cli(db, { QStringLiteral("import"), QStringLiteral("auto"), identity }).exitCode, 0);
        QCOMPARE(credentials(), QStringList { QStringLiteral("federated fic2") });
    }
};

QTEST_GUILESS_MAIN(TestPartialGrants)
#include "TestPartialGrants.moc"
