#include "core/connectors/FormatSniffer.h"
#include "core/connectors/entra/EntraGraphImporter.h"
#include "core/connectors/entra/EntraGraphMapper.h"
#include "core/connectors/github/GitHubImporter.h"
#include "core/connectors/github/GitHubPermissions.h"
#include "core/connectors/mcp/McpToolsImporter.h"
#include "core/domain/IdentityKind.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace recertify;
using recertify::test::CollectingSink;

namespace {

// Expected values below were counted with python3 from the fixture files, not from this code.
const QString kRealGraph = RECERTIFY_REAL_FIXTURE("entra/graph-responses.ms-graph-docs.json");
const QString kGraph = RECERTIFY_TEST_DATA("entra/graph-bundle.json");
const QString kRealWebhook
    = RECERTIFY_REAL_FIXTURE("github/installation.new_permissions_accepted.octokit-webhooks.json");
const QString kRealAudit = RECERTIFY_REAL_FIXTURE("github/audit-log-export.azure-sentinel-excerpt.jsonl");
const QString kInstallations = RECERTIFY_TEST_DATA("github/installations.json");
const QString kTokens = RECERTIFY_TEST_DATA("github/personal-access-tokens.json");
const QString kAudit = RECERTIFY_TEST_DATA("github/audit-log.jsonl");
const QString kRealMcp = RECERTIFY_REAL_FIXTURE("mcp/tools-list-response.mcp-spec-2025-11-25.json");
const QString kMcp = RECERTIFY_TEST_DATA("mcp/invoice-agent.tools.json");

std::unique_ptr<Importer> importerFor(const QString& format)
{
    if (format == "entra-graph")
        return std::make_unique<EntraGraphImporter>();
    if (format == "github")
        return std::make_unique<GitHubImporter>();
    return std::make_unique<McpToolsImporter>();
}

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ") : QString();
}

const Grant* grant(const StagedIdentity* staged, const QString& permission)
{
    if (!staged)
        return nullptr;
    auto it = std::find_if(staged->grants.cbegin(), staged->grants.cend(),
                           [&](const Grant& g) { return g.permission == permission; });
    return it == staged->grants.cend() ? nullptr : &*it;
}

const Credential* credential(const StagedIdentity* staged, const QString& id)
{
    if (!staged)
        return nullptr;
    auto it = std::find_if(staged->credentials.cbegin(), staged->credentials.cend(),
                           [&](const Credential& c) { return c.credentialId == id; });
    return it == staged->credentials.cend() ? nullptr : &*it;
}

// Every string a sink could store, to prove a secret never reached any of them.
QStringList everyString(const CollectingSink& sink)
{
    QStringList out = sink.skippedReasons;
    for (const StagedIdentity& s : sink.identities) {
        const Identity& i = s.identity;
        out << i.source << i.nativeId << i.kind << i.displayName << i.businessOwner << i.technicalOwner << i.status
            << i.purpose << i.retirementCondition << i.declaredScope << s.aliases;
        for (const Credential& c : s.credentials)
            out << c.credentialId << c.type;
        for (const Grant& g : s.grants)
            out << g.permission << g.resourceScope << g.grantedVia;
    }
    for (const ActivityEvent& e : sink.events) {
        out << e.source << e.principal << e.principalName << e.principalKind << e.principalAliases << e.credentialId
            << e.action << e.resource << e.outcome << e.sourceIp << e.rawRef;
    }
    return out;
}

QString addPasswordSecret(const QString& bundlePath)
{
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = bundle.constBegin(); it != bundle.constEnd(); ++it) {
        if (it.key().startsWith("POST") && it.key().endsWith("/addPassword"))
            return it.value().toObject().value("secretText").toString();
    }
    return {};
}

const ActivityEvent* eventAt(const CollectingSink& sink, const QString& rawRefSuffix)
{
    auto it = std::find_if(sink.events.cbegin(), sink.events.cend(),
                           [&](const ActivityEvent& e) { return e.rawRef.endsWith(rawRefSuffix); });
    return it == sink.events.cend() ? nullptr : &*it;
}

} // namespace

// A macro, not a function: QSKIP and QVERIFY must return from the test itself.
#define READ_OR_FAIL(format, path, sink)                                                                               \
    do {                                                                                                               \
        if (!QFileInfo::exists(path))                                                                                  \
            RECERTIFY_SKIP_UNLESS_STRICT(qPrintable((path) + " is missing"));                                          \
        const auto readImporter = importerFor(format);                                                                 \
        readImporter->start();                                                                                         \
        Status readStatus = readImporter->read((path), (sink));                                                        \
        if (readStatus.ok())                                                                                           \
            readStatus = readImporter->finish(sink);                                                                   \
        QVERIFY2(readStatus.ok(), qPrintable(readStatus.errorString()));                                               \
    } while (false)

class TestSaasImporters : public QObject
{
    Q_OBJECT

private slots:
    // gh api --paginate writes page after page ([…][…] or {…}{…}, a line between or not); --slurp wraps the pages
    // in one array. Every layout gives both installations, or both tokens, once.
    // GET /orgs/{org}/credential-authorizations (GitHub's example): each member's classic token is an identity with
    // its owner, expiry and, from its scopes, everything its owner may reach.
    void readsSsoCredentialAuthorizations()
    {
        CollectingSink sink;
        GitHubImporter importer;
        importer.start();
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("github/credential-authorizations.json"), sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 2);
        const StagedIdentity& octocat = sink.identities.first();
        QCOMPARE(octocat.identity.kind, IdentityKind::GitHubToken);
        QCOMPARE(octocat.identity.technicalOwner, QStringLiteral("octocat"));
        QCOMPARE(iso(octocat.identity.expiresAt), QStringLiteral("2011-02-25T19:06:43.000Z"));
        QCOMPARE(octocat.credentials.size(), 1);
        QCOMPARE(iso(octocat.credentials.first().expiresAt), QStringLiteral("2011-02-25T19:06:43.000Z"));
        // user,repo reach more than repo alone; each grant acts as its owner.
        const StagedIdentity& hubot = sink.identities.last();
        QVERIFY(octocat.grants.size() > hubot.grants.size());
        QVERIFY(!hubot.grants.isEmpty());
        for (const Grant& g : hubot.grants)
            QCOMPARE(g.resourceScope, QStringLiteral("as hubot"));
        QVERIFY(grant(&hubot, QStringLiteral("contents:write")));
    }

    // Azure Monitor diagnostic settings: one record per line (a storage account's PT1H.json) or {"records": […]}
    // (Event Hub); the category says whose sign-in it is. Built from Elastic's real ServicePrincipalSignInLogs record.
    void readsAzureMonitorSignInRecords_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("envelope");
        QTest::addColumn<QString>("kind"); // empty: skipped as a person's
        QTest::addRow("a service principal's, one per line")
            << "ServicePrincipalSignInLogs" << false << IdentityKind::ServicePrincipal;
        QTest::addRow("in an Event Hub envelope")
            << "ServicePrincipalSignInLogs" << true << IdentityKind::ServicePrincipal;
        QTest::addRow("a managed identity's") << "ManagedIdentitySignInLogs" << false << IdentityKind::ManagedIdentity;
        QTest::addRow("a person's non-interactive sign-in is skipped")
            << "NonInteractiveUserSignInLogs" << true << QString();
        QTest::addRow("one of Microsoft's own service principals is skipped")
            << "MicrosoftServicePrincipalSignInLogs" << false << QString();
    }

    // A SIEM's fixture may put a placeholder where the object id goes: the GUID appId names the principal then.
    void aServicePrincipalIdThatIsNoObjectIdFallsBackToTheAppId()
    {
        QFile file(RECERTIFY_TEST_DATA("entra/azure-monitor-serviceprincipal-signinlogs.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject properties = record.value("properties").toObject();
        properties.insert("servicePrincipalId", "ParseMe");
        record.insert("properties", properties);
        QTemporaryDir dir;
        const QString path = dir.filePath("PT1H.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        out.close();
        CollectingSink sink;
        EntraGraphImporter importer;
        importer.start();
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events.first().principal, QStringLiteral("22222222-ddf2-4ab6-b25f-f23d5d614338"));
    }

    void readsAzureMonitorSignInRecords()
    {
        QFETCH(QString, category);
        QFETCH(bool, envelope);
        QFETCH(QString, kind);
        QFile file(RECERTIFY_TEST_DATA("entra/azure-monitor-serviceprincipal-signinlogs.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!record.isEmpty());
        record.insert("category", category);
        // Two sign-ins, and the first delivered again (diagnostic settings deliver at least once).
        QJsonObject second = record;
        QJsonObject properties = second.value("properties").toObject();
        properties.insert("id", "33333333-5ec0-4795-bf9f-9017bcc32f00");
        second.insert("properties", properties);
        const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
        const QByteArray content = envelope
            ? QJsonDocument(QJsonObject { { "records", QJsonArray { record, second, record } } }).toJson()
            : line + '\n' + QJsonDocument(second).toJson(QJsonDocument::Compact) + '\n' + line + '\n';
        QTemporaryDir dir;
        const QString path = dir.filePath("PT1H.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        CollectingSink sink;
        EntraGraphImporter importer;
        importer.start();
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.events.size(), kind.isEmpty() ? 0 : 2);
        QCOMPARE(sink.skippedReasons.size(), kind.isEmpty() ? 3 : 0);
        QCOMPARE(sink.warnings.size(), kind.isEmpty() ? 0 : 1);
        QVERIFY(sink.completeScopes.isEmpty()); // sign-ins list no inventory: nothing may be retired
        if (kind.isEmpty())
            return;
        const ActivityEvent& e = sink.events.first();
        QCOMPARE(e.principal, QStringLiteral("22222222-4677-43b4-a1dc-ecb3230e9350"));
        QCOMPARE(e.principalKind, kind);
        QCOMPARE(e.outcome, QStringLiteral("denied")); // errorCode 7000222: the client secret had expired
        QCOMPARE(e.action, QStringLiteral("signIn:Configuration Manager Microservice"));
        QCOMPARE(iso(e.timestamp), QStringLiteral("2021-07-30T11:29:26.673Z"));
    }

    // az ad app list > apps.json; az ad sp list > sps.json; one import: the registration joins its principal by
    // appId across the files, in either order, instead of standing beside it as a second identity.
    void joinsApplicationsAndPrincipalsAcrossFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        const QString apps = RECERTIFY_TEST_DATA("entra/graph-sp-credential-applications.json");
        const QString sps = RECERTIFY_TEST_DATA("entra/graph-sp-credential-serviceprincipals.json");
        QTest::addRow("applications first") << QStringList { apps, sps };
        QTest::addRow("principals first") << QStringList { sps, apps };
    }

    void joinsApplicationsAndPrincipalsAcrossFiles()
    {
        QFETCH(QStringList, files);
        CollectingSink sink;
        EntraGraphImporter importer;
        importer.start();
        for (const QString& file : files)
            QVERIFY(importer.read(file, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 1);
        QCOMPARE(sink.identities.first().identity.nativeId, QStringLiteral("66e30abb-1162-47a4-97e7-007bf57bb3ac"));
        QVERIFY(!sink.identities.first().credentials.isEmpty());
        // Both answers are lookups by $filter (az ad sp create's recording), which Graph's body does not show: a
        // one-object collection proves nothing gone, and the run says so for each.
        QCOMPARE(sink.completeScopes.size(), 0);
        QCOMPARE(sink.warnings.filter(QStringLiteral("lists no more than one object")).size(), 2);
    }

    // reports/appCredentialSignInActivities (Graph docs' example) says when each secret or certificate last signed in:
    // joined to the principal that holds the key, else kept as the last sign-in of the principal known by its appId.
    void readsWhenEachCredentialLastSignedIn_data()
    {
        QTest::addColumn<bool>("withPrincipal");
        QTest::addRow("with the principal that holds the certificate") << true;
        QTest::addRow("alone") << false;
    }

    void readsWhenEachCredentialLastSignedIn()
    {
        QFETCH(bool, withPrincipal);
        QTemporaryDir dir;
        // The principal of the docs' first credential (its ids from the example), as GET /servicePrincipals/{id} gives
        // it.
        const QString principal = dir.filePath("sp.json");
        QFile out(principal);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QJsonObject key { { "keyId", "83f45296-fb8f-4aaa-a399-ac51084e02b7" },
                                { "type", "AsymmetricX509Cert" },
                                { "usage", "Verify" },
                                { "endDateTime", "2021-04-02T05:36:48Z" } };
        out.write(
            QJsonDocument(QJsonObject { { "@odata.context",
                                          "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals/$entity" },
                                        { "id", "cf533854-9fb7-4c01-9c0e-f68922ada8b6" },
                                        { "appId", "f4d9654f-0305-4072-878c-8bf266dfe146" },
                                        { "displayName", "signer" },
                                        { "servicePrincipalType", "Application" },
                                        { "keyCredentials", QJsonArray { key } } })
                .toJson());
        out.close();
        CollectingSink sink;
        EntraGraphImporter importer;
        importer.start();
        // The activity first: what joins nothing is named by the file it came from, not the run's last one.
        const QString activity = RECERTIFY_TEST_DATA("entra/graph-beta-appcredentialsigninactivities.json");
        QVERIFY(importer.read(activity, sink).ok());
        if (withPrincipal)
            QVERIFY(importer.read(principal, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), withPrincipal ? 1 : 0);
        // A credential whose principal the input does not hold is the last sign-in of the principal a store knows by
        // its appId (an inventory imported before or after), with its key id: the docs' second, and without the
        // principal the first too. Named by the file it came from.
        QCOMPARE(sink.skippedReasons, QStringList());
        QStringList used;
        for (const ActivityEvent& event : std::as_const(sink.events)) {
            used << event.principal + u'/' + event.credentialId;
            QVERIFY2(event.rawRef.startsWith(activity), qPrintable(event.rawRef));
        }
        QVERIFY2(used.filter(QStringLiteral("/8a37cfec-b0a1-4cb1-ac08-c52b03834f4a")).size() == 1,
                 qPrintable(used.join(u' ')));
        QCOMPARE(used.size(), withPrincipal ? 1 : 2);
        if (!withPrincipal)
            return;
        const StagedIdentity& signer = sink.identities.first();
        QCOMPARE(iso(signer.identity.lastUsedAt), QStringLiteral("2021-03-18T08:00:00.000Z"));
        QCOMPARE(signer.credentials.size(), 1);
        QCOMPARE(iso(signer.credentials.first().lastUsedAt), QStringLiteral("2021-03-18T08:00:00.000Z"));
    }

    // One diagnostic setting may send every category to one Event Hub: audit records before the sign-ins do not
    // hide them; each is passed over as what it is.
    void readsSignInsAmongOtherDiagnosticCategories()
    {
        QFile file(RECERTIFY_TEST_DATA("entra/azure-monitor-serviceprincipal-signinlogs.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject signIn = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject audit = signIn;
        audit.insert("category", "AuditLogs");
        audit.insert("operationName", "Add service principal");
        QTemporaryDir dir;
        const QString path = dir.filePath("eventhub.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject { { "records", QJsonArray { audit, signIn } } }).toJson());
        out.close();
        CollectingSink sink;
        EntraGraphImporter importer;
        importer.start();
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.skippedReasons.size(), 1);
        QVERIFY2(sink.skippedReasons.first().contains("not a sign-in log (category AuditLogs)"),
                 qPrintable(sink.skippedReasons.first()));
    }

    void readsEveryPageGhWrites_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("identities");
        for (const QString& layout :
             { QStringLiteral("pages"), QStringLiteral("pages on one line"), QStringLiteral("slurp") }) {
            QTest::addRow("installations, %s", qPrintable(layout)) << kInstallations << layout << 2;
            QTest::addRow("tokens, %s", qPrintable(layout)) << kTokens << layout << 2;
        }
    }

    void readsEveryPageGhWrites()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, layout);
        QFETCH(int, identities);
        QFile file(fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonDocument whole = QJsonDocument::fromJson(file.readAll());
        // One item per page, as a page size of 1 would give.
        QList<QByteArray> pages;
        const QJsonArray items = whole.isArray() ? whole.array() : whole.object().value("installations").toArray();
        QCOMPARE(items.size(), identities);
        for (const QJsonValue& item : items) {
            QJsonDocument page = whole.isArray()
                ? QJsonDocument(QJsonArray { item })
                : QJsonDocument(
                    QJsonObject { { "total_count", identities }, { "installations", QJsonArray { item } } });
            pages << page.toJson(layout == "pages" ? QJsonDocument::Indented : QJsonDocument::Compact).trimmed();
        }
        QByteArray content = pages.join(layout == "pages on one line" ? QByteArray() : QByteArray("\n"));
        if (layout == "slurp")
            content = "[" + pages.join(",") + "]";
        QTemporaryDir dir;
        const QString path = dir.filePath("gh-api-paginate.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        CollectingSink sink;
        GitHubImporter importer;
        importer.start();
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), identities);
        QVERIFY(sink.identities.first().identity.nativeId != sink.identities.last().identity.nativeId);

        // A page cut short is refused, naming the page.
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cut.write(content.left(content.size() - 20));
        cut.close();
        CollectingSink after;
        importer.start();
        const Status broken = importer.read(path, after);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.errorString().contains(path), qPrintable(broken.errorString()));
    }

    // The audit log as `gh api --paginate /orgs/ORG/audit-log` writes it (arrays one after another), the
    // web export (one array) and --slurp: the same events, each with where it came from; a large export
    // is streamed record by record, and a page cut short is refused naming the file.
    void readsTheAuditLogInEveryLayoutGhWrites_data()
    {
        QTest::addColumn<QString>("layout");
        for (const char* layout : { "one array", "pages", "pages on one line", "slurp" })
            QTest::addRow("%s", layout) << QString::fromLatin1(layout);
    }

    void readsTheAuditLogInEveryLayoutGhWrites()
    {
        QFETCH(QString, layout);
        // The records of a real streamed export (one per line), laid out as the REST API and gh give them.
        QFile file(RECERTIFY_TEST_DATA("github/audit-log.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonArray records;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                records.append(QJsonDocument::fromJson(line).object());
        }
        QVERIFY(records.size() >= 3);
        const QByteArray original = QJsonDocument(records).toJson();
        QList<QByteArray> pages;
        for (const QJsonValue& record : records)
            pages << QJsonDocument(QJsonArray { record })
                         .toJson(layout == "pages" ? QJsonDocument::Indented : QJsonDocument::Compact)
                         .trimmed();
        QByteArray content = original;
        if (layout == "pages")
            content = pages.join('\n');
        else if (layout == "pages on one line")
            content = pages.join(QByteArray());
        else if (layout == "slurp")
            content = "[" + pages.join(",") + "]";
        QTemporaryDir dir;
        const QString path = dir.filePath("audit-log.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();

        CollectingSink expected;
        GitHubImporter importer;
        importer.start();
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("github/audit-log.jsonl"), expected).ok());
        QVERIFY(importer.finish(expected).ok());
        QVERIFY(!expected.events.isEmpty());

        CollectingSink sink;
        importer.start();
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.events.size(), expected.events.size());
        for (qsizetype i = 0; i < sink.events.size(); ++i) {
            QCOMPARE(sink.events.at(i).principal, expected.events.at(i).principal);
            QCOMPARE(sink.events.at(i).action, expected.events.at(i).action);
            QCOMPARE(sink.events.at(i).timestamp, expected.events.at(i).timestamp);
            QCOMPARE(sink.events.at(i).eventKey, expected.events.at(i).eventKey);
        }
        if (layout.startsWith(QLatin1String("pages")))
            QVERIFY2(sink.events.last().rawRef.contains(QStringLiteral("page %1").arg(records.size())),
                     qPrintable(sink.events.last().rawRef));

        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cut.write(content.left(content.size() - 20));
        cut.close();
        CollectingSink after;
        importer.start();
        const Status broken = importer.read(path, after);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.errorString().contains(path), qPrintable(broken.errorString()));
    }

    // Entra Agent ID: an agent identity expires when its lifecycle says; $expand=owners puts the owners inline.
    void readsAgentExpiryAndInlineOwners()
    {
        CollectingSink agents;
        EntraGraphImporter importer;
        importer.start();
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("entra/graph-beta-agentidentity-list.json"), agents).ok());
        QVERIFY(importer.finish(agents).ok());
        QCOMPARE(agents.identities.size(), 1);
        QCOMPARE(agents.identities.first().identity.kind, IdentityKind::AiAgent);
        QCOMPARE(iso(agents.identities.first().identity.expiresAt), QStringLiteral("2024-12-31T23:59:59.000Z"));

        // The docs' principal, read with $expand=owners: the docs' sample user owns it.
        QFile file(RECERTIFY_TEST_DATA("entra/graph-sp-credential-serviceprincipals.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject page = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray value = page.value("value").toArray();
        QJsonObject principal = value.first().toObject();
        principal.insert("owners",
                         QJsonArray { QJsonObject { { "@odata.type", "#microsoft.graph.user" },
                                                    { "id", "87d349ed-44d7-43e1-9a83-5f2406dee5bd" },
                                                    { "userPrincipalName", "AdeleV@contoso.com" },
                                                    { "mail", "AdeleV@contoso.com" } } });
        value.replace(0, principal);
        page.insert("value", value);
        QTemporaryDir dir;
        const QString path = dir.filePath("sps-expand-owners.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(page).toJson());
        out.close();
        CollectingSink owned;
        importer.start();
        QVERIFY(importer.read(path, owned).ok());
        QVERIFY(importer.finish(owned).ok());
        QCOMPARE(owned.identities.size(), 1);
        QCOMPARE(owned.identities.first().identity.businessOwner, QStringLiteral("adelev@contoso.com"));
    }

    // A Log Analytics row of AADServicePrincipalSignInLogs (the columns Microsoft's table reference lists, as
    // az monitor log-analytics query prints them): a failed sign-in (ResultType 7000222, an expired secret) is no
    // use, at its TimeGenerated.
    void readsLogAnalyticsSignInRows()
    {
        const QJsonArray rows { QJsonObject { { "AppId", "22222222-ddf2-4ab6-b25f-f23d5d614338" },
                                              { "Category", "ServicePrincipalSignInLogs" },
                                              { "Id", "22222222-5ec0-4795-bf9f-9017bcc32f00" },
                                              { "IPAddress", "11.22.33.44" },
                                              { "ResourceDisplayName", "Configuration Manager Microservice" },
                                              { "ResultType", "7000222" },
                                              { "ServicePrincipalId", "22222222-4677-43b4-a1dc-ecb3230e9350" },
                                              { "ServicePrincipalName", "ConfigMgrSvc" },
                                              { "TimeGenerated", "2021-07-30T11:29:26.6733668Z" },
                                              { "Type", "AADServicePrincipalSignInLogs" } } };
        QTemporaryDir dir;
        const QString path = dir.filePath("la-query.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(rows).toJson());
        out.close();
        CollectingSink sink;
        EntraGraphImporter importer;
        importer.start();
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events.first().outcome, QStringLiteral("denied"));
        QCOMPARE(iso(sink.events.first().timestamp), QStringLiteral("2021-07-30T11:29:26.673Z"));
        QCOMPARE(sink.events.first().principalKind, IdentityKind::ServicePrincipal);
    }

    void describesItsFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("inventory");
        QTest::addRow("Graph responses list a whole tenant") << "entra-graph"
                                                             << "entra" << true;
        QTest::addRow("GitHub payloads are partial views") << "github"
                                                           << "github" << false;
        QTest::addRow("an MCP tools list is one agent's view") << "mcp-tools"
                                                               << "mcp" << false;
    }

    void describesItsFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, source);
        QFETCH(bool, inventory);
        const auto importer = importerFor(format);
        QCOMPARE(importer->format(), format);
        QCOMPARE(importer->source(), source);
        QCOMPARE(importer->isInventory(), inventory);
    }

    void countsEveryRecord_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("identities");
        QTest::addColumn<int>("credentials");
        QTest::addColumn<int>("grants");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("skipped");
        // 3 SPs (Microsoft Graph among them, Microsoft's own: passed over, though its lookup leaves out its owner)
        // + 2 unlisted grant holders; 1 app role + 2 + 34 delegated scopes; addPassword for "{id}" and 1 user
        // sign-in are skipped; the 2 last sign-ins of apps the bundle does not list are activity of the principals a
        // store may know by their appId.
        QTest::addRow("the Graph docs bundle yields four principals and thirty-seven grants")
            << "entra-graph" << kRealGraph << 4 << 0 << 37 << 2 << 3;
        // 2 SP secrets/certs + 1 app registration secret + 1 addPassword; 2 app roles + 3 + 2 scopes. Microsoft Graph,
        // looked up for its roles, is Microsoft's own: passed over.
        QTest::addRow("the Contoso bundle yields an agent, an app and a managed identity")
            << "entra-graph" << kGraph << 3 << 4 << 7 << 3 << 2;
        QTest::addRow("the octokit webhook yields one installation with twelve permissions")
            << "github" << kRealWebhook << 1 << 0 << 12 << 0 << 0;
        QTest::addRow("the REST list yields two installations with nine permissions")
            << "github" << kInstallations << 2 << 0 << 9 << 0 << 0;
        QTest::addRow("the token list yields two tokens, each with its credential")
            << "github" << kTokens << 2 << 2 << 5 << 0 << 0;
        // 8 personal_access_token.* lines; user.login, repo.create, repositories_added and failed_login are human.
        QTest::addRow("the Sentinel excerpt yields eight token lifecycle events and an app installation's")
            << "github" << kRealAudit << 0 << 0 << 0 << 9 << 3;
        QTest::addRow("the Contoso audit log yields seven token and app events")
            << "github" << kAudit << 0 << 0 << 0 << 7 << 2;
        QTest::addRow("the MCP spec example offers one tool") << "mcp-tools" << kRealMcp << 1 << 0 << 1 << 0 << 0;
        QTest::addRow("two wrapped MCP pages offer four tools") << "mcp-tools" << kMcp << 1 << 0 << 4 << 0 << 0;
    }

    void countsEveryRecord()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFETCH(int, identities);
        QFETCH(int, credentials);
        QFETCH(int, grants);
        QFETCH(int, events);
        QFETCH(int, skipped);
        CollectingSink sink;
        READ_OR_FAIL(format, path, sink);
        int credentialCount = 0;
        int grantCount = 0;
        for (const StagedIdentity& s : std::as_const(sink.identities)) {
            credentialCount += int(s.credentials.size());
            grantCount += int(s.grants.size());
            QCOMPARE(s.identity.source, importerFor(format)->source());
        }
        QCOMPARE(int(sink.identities.size()), identities);
        QCOMPARE(credentialCount, credentials);
        QCOMPARE(grantCount, grants);
        QCOMPARE(int(sink.events.size()), events);
        QVERIFY2(int(sink.skippedReasons.size()) == skipped, qPrintable(sink.skippedReasons.join('\n')));
    }

    void mapsTheGraphDocsBundle()
    {
        CollectingSink sink;
        READ_OR_FAIL("entra-graph", kRealGraph, sink);
        const StagedIdentity* agent = sink.find("1b7313c4-05d0-4a08-88e3-7b76c003a0a2");
        QVERIFY(agent);
        QCOMPARE(agent->identity.kind, IdentityKind::AiAgent);
        QCOMPARE(iso(agent->identity.createdAt), "2019-09-17T19:10:35.274Z"); // seven fractional digits
        const StagedIdentity* foo = sink.find("59e617e5-e447-4adc-8b88-00af644d7c92");
        QVERIFY(foo);
        QCOMPARE(foo->identity.kind, IdentityKind::ServicePrincipal);
        QCOMPARE(foo->aliases, QStringList { "65415bb1-9267-4313-bbf5-ae259732ee12" });
        // The delegated client is not listed; a minimal identity keeps its 36 scopes.
        const StagedIdentity* client = sink.find("263a5b01-03e5-408e-8557-bab681df104c");
        QVERIFY(client);
        QCOMPARE(client->identity.displayName, "263a5b01-03e5-408e-8557-bab681df104c");
        QCOMPARE(client->grants.size(), 36);
        const Grant* userRead = grant(client, "User.Read");
        QVERIFY(userRead);
        QCOMPARE(userRead->resourceScope, "1804a6f8-e623-4520-8f40-ba1b0c11c42d");
        QCOMPARE(userRead->grantedVia,
                 "oauth2PermissionGrant:AVs6JuUDjkCFV7q2gd8QTPimBBgj5iBFj0C6GwwRxC0 (AllPrincipals)");
        QVERIFY(grant(client, "DeviceManagementRBAC.ReadWrite.All"));
        // The assignment's appRoleId is not among Graph's published roles in the bundle: Microsoft Graph's
        // application permissions are known by id (resources/data/graph-app-roles.tsv), so it is Mail.ReadWrite.
        const StagedIdentity* holder = sink.find("8e881353-1735-45af-af21-ee1344582a4d");
        QVERIFY(holder);
        QCOMPARE(holder->identity.displayName, "dxprovisioning-graphapi-client");
        QVERIFY(!grant(holder, "appRole:e2a3a72e-5f79-4c64-b1b1-878b674786c9"));
        const Grant* role = grant(holder, "Mail.ReadWrite");
        QVERIFY(role);
        QCOMPARE(role->resourceScope, "Microsoft Graph");
        QCOMPARE(role->grantedVia, "appRoleAssignment:UxOIjjUXr0WvIe4TRFgqTY4z9Wu5KxpBtlEpoTGjw-A");
        QCOMPARE(iso(role->grantedAt), "2021-02-02T04:22:45.498Z");
        // addPassword for "{id}" is read, and skipped because no principal has that id.
        QVERIFY(sink.skippedReasons.join('\n').contains("f0b0b335-1d71-4883-8f98-567911bfdca6"));
    }

    void mapsTheContosoBundle()
    {
        CollectingSink sink;
        READ_OR_FAIL("entra-graph", kGraph, sink);
        const StagedIdentity* agent = sink.find("a7d3c1e2-5b4f-4c8e-9a61-2f0b7e4d9c13");
        QVERIFY(agent);
        QCOMPARE(agent->identity.kind, IdentityKind::AiAgent);
        QCOMPARE(agent->identity.businessOwner, "priya.raman@contoso.com"); // the sponsor is accountable
        QCOMPARE(agent->identity.technicalOwner, "lee.marsh@contoso.com"); // the first human owner
        QCOMPARE(iso(agent->identity.lastUsedAt), "2026-11-22T16:45:10.555Z");
        QVERIFY(grant(agent, "Files.Read.All"));
        QCOMPARE(grant(agent, "Files.Read.All")->grantedVia,
                 "oauth2PermissionGrant:4sHTp09bjEyaYS8LfU2cE9OhwLCxHyY0a4t6Dc7gwN4 (Principal)");

        const StagedIdentity* ci = sink.find("3f6b2a10-8c4d-4e2f-b7a9-5d1c0e9f8a21");
        QVERIFY(ci);
        QCOMPARE(ci->identity.kind, IdentityKind::ServicePrincipal);
        QCOMPARE(ci->identity.businessOwner, "dana.okafor@contoso.com");
        QCOMPARE(iso(ci->identity.lastUsedAt), "2026-11-21T10:04:55.000Z"); // the sign-in is later than the report
        const Credential* secret = credential(ci, "e8b5a0f1-2c7d-4a39-b6e4-90f1d3c5a7b2");
        QVERIFY(secret);
        QCOMPARE(secret->type, "secret");
        QCOMPARE(iso(secret->expiresAt), "2026-12-07T18:30:12.881Z");
        QCOMPARE(iso(secret->lastUsedAt), "2026-11-21T10:04:55.000Z");
        QCOMPARE(credential(ci, "c41e7d02-9a3b-4f5c-8e16-d27b0a9f3e58")->type, "certificate");
        QCOMPARE(iso(credential(ci, "0d9c8b7a-6f5e-4d3c-2b1a-f0e9d8c7b6a5")->expiresAt), "2025-06-30T00:00:00.000Z");
        QCOMPARE(iso(credential(ci, "b3f1d5e7-9a2c-4b6e-8d0f-1a3c5e7b9d24")->expiresAt), "2027-05-23T07:00:00.000Z");
        const Grant* mail = grant(ci, "Mail.Read"); // resolved through Graph's published appRoles
        QVERIFY(mail);
        QCOMPARE(mail->resourceScope, "Microsoft Graph");
        QCOMPARE(iso(mail->grantedAt), "2026-03-14T09:26:53.589Z");
        QCOMPARE(grant(ci, "appRole:5778995a-e1bf-45b8-affa-663a9f3f4d04")->resourceScope, "Contoso Billing API");
        QCOMPARE(grant(ci, "Mail.Send")->resourceScope, "b0a1c2d3-1f2e-4d5c-8b7a-0c0de0c0de00");

        const StagedIdentity* managed = sink.find("6e2f9b47-1c3d-4a5e-9f70-b8d2c4e6a013");
        QVERIFY(managed);
        QCOMPARE(managed->identity.kind, IdentityKind::ManagedIdentity);
        QVERIFY(!managed->identity.lastUsedAt.isValid()); // its only sign-in failed

        // Two sign-ins, and the last sign-in of an app the bundle does not list (activity of the principal a store may
        // know by its appId).
        QCOMPARE(sink.events.size(), 3);
        QList<ActivityEvent> signIns;
        for (const ActivityEvent& e : std::as_const(sink.events)) {
            if (e.action != QLatin1String("signIn:"))
                signIns << e;
        }
        QCOMPARE(signIns.size(), 2);
        const ActivityEvent& allowed = signIns.at(0).outcome == "allowed" ? signIns.at(0) : signIns.at(1);
        const ActivityEvent& denied = signIns.at(0).outcome == "allowed" ? signIns.at(1) : signIns.at(0);
        QCOMPARE(allowed.principal, "3f6b2a10-8c4d-4e2f-b7a9-5d1c0e9f8a21");
        QCOMPARE(allowed.action, "signIn:Microsoft Graph");
        QCOMPARE(allowed.credentialId, "e8b5a0f1-2c7d-4a39-b6e4-90f1d3c5a7b2");
        QCOMPARE(allowed.principalAliases, QStringList { "9c1d7e55-2b3a-4f60-8e41-7a2b6c0d3e98" });
        QCOMPARE(denied.outcome, "denied");
        QCOMPARE(denied.action, "signIn:Azure Key Vault");
        QCOMPARE(denied.principalKind, IdentityKind::ManagedIdentity);
        QCOMPARE(iso(denied.timestamp), "2026-11-22T03:12:40.123Z");
    }

    void neverStoresSecretText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("the Graph docs addPassword secret is dropped") << kRealGraph;
        QTest::addRow("the Contoso addPassword secret is dropped, its key id kept") << kGraph;
    }

    void neverStoresSecretText()
    {
        QFETCH(QString, path);
        CollectingSink sink;
        READ_OR_FAIL("entra-graph", path, sink);
        const QString secret = addPasswordSecret(path);
        QVERIFY(secret.size() > 8);
        const QStringList strings = everyString(sink);
        QVERIFY(strings.size() > 20);
        for (const QString& text : strings)
            QVERIFY2(!text.contains(secret), qPrintable(text));
    }

    void classifiesBodiesWithoutTheirRequest()
    {
        // A live connector may only have the body: @odata.type and the objects' shape must do.
        EntraGraphMapper mapper("https://graph.microsoft.com");
        // Built, not parsed from a raw string: moc 6.4 misreads a raw string holding "#.
        const QJsonObject agent { { "@odata.type", "#microsoft.graph.agentIdentity" },
                                  { "id", "agent-1" },
                                  { "displayName", "Helper" } };
        const QJsonObject managed { { "id", "sp-2" },
                                    { "servicePrincipalType", "ManagedIdentity" },
                                    { "appId", "app-2" } };
        mapper.addResponse({}, QJsonObject { { "value", QJsonArray { agent, managed } } });
        mapper.addResponse({},
                           QJsonDocument::fromJson(R"({"value":[{"id":"g1","clientId":"agent-1",
            "consentType":"AllPrincipals","resourceId":"r1","scope":"Sites.Read.All"}]})")
                               .object());
        mapper.addResponse("/beta/auditLogs/signIns",
                           QJsonDocument::fromJson(R"({"value":[{"id":"s1",
            "appId":"app-2","signInEventTypes":["managedIdentity"],"createdDateTime":"1711431195806",
            "status":{"errorCode":0}}]})")
                               .object());
        CollectingSink sink;
        const Status status = mapper.finish(sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.identities.size(), 2);
        QCOMPARE(sink.find("agent-1")->identity.kind, IdentityKind::AiAgent);
        QVERIFY(grant(sink.find("agent-1"), "Sites.Read.All"));
        QCOMPARE(sink.events.size(), 1);
        QCOMPARE(sink.events.first().principal, "app-2"); // no servicePrincipalId: the appId stands in
        QCOMPARE(iso(sink.find("sp-2")->identity.lastUsedAt), "2024-03-26T05:33:15.806Z");
    }

    // Workload identity federation: an app with no secret may still be signed in as, by an outside issuer and subject.
    void readsFederatedCredentialsAsTheAppsCredentials()
    {
        // Graph's docs answer to GET /applications/{id}/federatedIdentityCredentials, saved without its request: each
        // entry's @odata.id names its application, whose registration this file does not hold.
        // Alone it is refused, naming that application, never an empty success.
        CollectingSink page;
        auto alone = importerFor("entra-graph");
        alone->start();
        QVERIFY(alone->read(RECERTIFY_TEST_DATA("entra/graph-docs-application-federatedidentitycredentials.json"), page)
                    .ok());
        const Status refused = alone->finish(page);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains("bcd7c908-1c4d-4d48-93ee-ff38349a75c8"),
                 qPrintable(refused.errorString()));
        QVERIFY(page.identities.isEmpty());

        // With the registration and its service principal beside it, the credential is the principal's; an
        // application listed with $expand=federatedIdentityCredentials says the same in one response.
        for (const bool expanded : { false, true }) {
            EntraGraphMapper mapper("https://graph.microsoft.com");
            QFile file(RECERTIFY_TEST_DATA("entra/graph-docs-application-federatedidentitycredentials.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
            QJsonObject application { { "id", "bcd7c908-1c4d-4d48-93ee-ff38349a75c8" },
                                      { "appId", "app-fic" },
                                      { "displayName", "Deployer" },
                                      { "signInAudience", "AzureADMyOrg" } };
            if (expanded)
                application.insert("federatedIdentityCredentials", body.value("value"));
            mapper.addResponse("/v1.0/applications", QJsonObject { { "value", QJsonArray { application } } });
            mapper.addResponse(
                "/v1.0/servicePrincipals",
                QJsonObject { { "value",
                                QJsonArray { QJsonObject { { "id", "sp-fic" },
                                                           { "appId", "app-fic" },
                                                           { "servicePrincipalType", "Application" } } } } });
            if (!expanded)
                mapper.addResponse({}, body);
            CollectingSink sink;
            const Status status = mapper.finish(sink);
            QVERIFY2(status.ok(), qPrintable(status.errorString()));
            const StagedIdentity* sp = sink.find("sp-fic");
            QVERIFY(sp);
            QCOMPARE(sp->credentials.size(), 1);
            QCOMPARE(sp->credentials.first().type, "federated");
            QCOMPARE(sp->credentials.first().credentialId, "bdad0963-4a7a-43ae-b569-e67e1da3f2c0");
            QVERIFY(!sp->credentials.first().expiresAt.isValid());
        }
    }

    void mapsGitHubInstallations()
    {
        CollectingSink webhook;
        READ_OR_FAIL("github", kRealWebhook, webhook);
        const StagedIdentity* installation = webhook.find("installation:957387");
        QVERIFY(installation);
        QCOMPARE(installation->identity.kind, IdentityKind::GitHubApp);
        // The app_slug is empty; the account it is installed in tells it from the same App's other installations.
        QCOMPARE(installation->identity.displayName, "installation 957387 (Codertocat)");
        QCOMPARE(installation->aliases, QStringList { "app:29310" });
        QCOMPARE(iso(installation->identity.createdAt), "2019-05-15T15:19:51.000Z"); // epoch seconds
        QVERIFY(installation->identity.enabled);
        const Grant* contents = grant(installation, "contents:write");
        QVERIFY(contents);
        QCOMPARE(contents->resourceScope, "Codertocat:repositories=all");
        QCOMPARE(contents->grantedVia, "installation:957387");
        QVERIFY(grant(installation, "vulnerability_alerts:read"));
        // Organisation permissions act on the organisation, not on the repositories it was given (octokit's suspend
        // example).
        CollectingSink suspended;
        READ_OR_FAIL("github", RECERTIFY_TEST_DATA("github/webhook-installation-suspend.octokit.json"), suspended);
        const StagedIdentity* wide = suspended.find("installation:16598467");
        QVERIFY(wide);
        QVERIFY(!wide->identity.enabled);
        QCOMPARE(grant(wide, "members:read")->resourceScope, "Codertocat:organization");
        QCOMPARE(grant(wide, "organization_secrets:read")->resourceScope, "Codertocat:organization");
        QCOMPARE(grant(wide, "contents:write")->resourceScope, "Codertocat:repositories=all");

        CollectingSink list;
        READ_OR_FAIL("github", kInstallations, list);
        const StagedIdentity* renovate = list.find("installation:41234567");
        QVERIFY(renovate);
        // The bot acts alike in every account the App is installed in: the account's name tells this one apart.
        QCOMPARE(renovate->aliases, (QStringList { "app:98765", "renovate-contoso", "renovate-contoso@contoso" }));
        QCOMPARE(iso(renovate->identity.createdAt), "2024-08-19T12:02:11.000Z");
        QCOMPARE(grant(renovate, "workflows:write")->resourceScope, "contoso:repositories=selected");
        QVERIFY(!list.find("installation:41239901")->identity.enabled); // suspended
        QVERIFY(grant(list.find("installation:41239901"), "secrets:write"));
    }

    void mapsGitHubTokens()
    {
        CollectingSink sink;
        READ_OR_FAIL("github", kTokens, sink);
        const StagedIdentity* docs = sink.find("pat:98716");
        QVERIFY(docs);
        QCOMPARE(docs->identity.kind, IdentityKind::GitHubToken);
        QVERIFY(docs->identity.businessOwner.isEmpty()); // a login is not an accountable email
        QCOMPARE(docs->identity.technicalOwner, "dana-okafor");
        QCOMPARE(docs->aliases, QStringList { "pat:dana-okafor/deploy-docs" });
        QCOMPARE(docs->credentials.size(), 1);
        QCOMPARE(docs->credentials.first().type, "pat");
        QCOMPARE(iso(docs->credentials.first().expiresAt), "2026-12-16T15:47:09.000Z");
        QCOMPARE(iso(docs->credentials.first().lastUsedAt), "2026-11-20T21:03:44.000Z");
        QCOMPARE(grant(docs, "contents:write")->resourceScope, "repositories=selected");
        QCOMPARE(grant(docs, "contents:write")->grantedVia, "pat-grant:25381");
        QCOMPARE(grant(docs, "members:read")->resourceScope, "organization");
        const StagedIdentity* nightly = sink.find("pat:98802");
        QVERIFY(nightly);
        QVERIFY(!nightly->identity.enabled); // token_expired
        QVERIFY(!nightly->credentials.first().lastUsedAt.isValid());
    }

    void attributesAuditLogLines_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("time");
        QTest::addRow("a Sentinel token creation is the owner's named token, at its epoch milliseconds")
            << kRealAudit << ":2"
            << "pat:siteshjha11/azlabtoken" << IdentityKind::GitHubToken << "personal_access_token.create"
            << "2024-03-24T15:01:39.390Z";
        QTest::addRow("a clone with a token id belongs to that token and needs contents:read")
            << kAudit << ":4"
            << "pat:98716" << IdentityKind::GitHubToken << "contents:read"
            << "2026-11-20T21:03:44.512Z";
        QTest::addRow("a push with only @timestamp keeps its milliseconds and needs contents:write")
            << kAudit << ":5"
            << "pat:98716" << IdentityKind::GitHubToken << "contents:write"
            << "2026-11-20T21:05:02.030Z";
        QTest::addRow("an admin's approval belongs to the token's owner")
            << kAudit << ":1"
            << "pat:ci-machine-user/nightly-sync" << IdentityKind::GitHubToken << "personal_access_token.access_granted"
            << "2026-11-18T15:30:00.000Z";
        QTest::addRow("a bot's clone belongs to the app's installation in the log's organisation")
            << kAudit << ":7"
            << "renovate-contoso@contoso" << IdentityKind::GitHubApp << "contents:read"
            << "2026-11-21T02:00:13.777Z";
        QTest::addRow("a classic token is known by its hash")
            << kAudit << ":10"
            << "pat:sha256:Zk9pQm5vT2xkQ2xhc3NpY1Rva2VuSGFzaFZhbHVlMDA=" << IdentityKind::GitHubToken << "contents:read"
            << "2026-11-22T08:00:00.000Z";
    }

    void attributesAuditLogLines()
    {
        QFETCH(QString, path);
        QFETCH(QString, line);
        QFETCH(QString, principal);
        QFETCH(QString, kind);
        QFETCH(QString, action);
        QFETCH(QString, time);
        CollectingSink sink;
        READ_OR_FAIL("github", path, sink);
        const ActivityEvent* event = eventAt(sink, QFileInfo(path).fileName() + line);
        QVERIFY(event);
        QCOMPARE(event->principal, principal);
        QCOMPARE(event->principalKind, kind);
        QCOMPARE(event->action, action);
        QCOMPARE(iso(event->timestamp), time);
        // A token created or approved is an event about it, not a use of it.
        QCOMPARE(event->outcome, action.startsWith(QLatin1String("personal_access_token.")) ? "lifecycle" : "allowed");
    }

    void classicTokenScopesBecomeItsGrants()
    {
        // Line 10: a classic token logged with token_scopes "repo,workflow"; no API lists such tokens.
        CollectingSink sink;
        READ_OR_FAIL("github", kAudit, sink);
        const ActivityEvent* fetch = eventAt(sink, "audit-log.jsonl:10");
        QVERIFY(fetch);
        auto has = [&](const QString& permission, const QString& via) {
            return std::any_of(fetch->principalGrants.cbegin(), fetch->principalGrants.cend(), [&](const Grant& g) {
                return g.permission == permission && g.grantedVia == via && g.resourceScope == "as old-automation";
            });
        };
        QVERIFY(has("contents:write", "scope repo"));
        QVERIFY(has("administration:write", "scope repo"));
        QVERIFY(has("workflows:write", "scope workflow"));
        // A fine-grained token's use carries no scopes: its grants come from the token list, never from the log.
        QVERIFY(eventAt(sink, "audit-log.jsonl:4")->principalGrants.isEmpty());
    }

    void auditActionsNeedTheirPermission_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("inRepository");
        QTest::addColumn<QString>("permission");
        QTest::addRow("a push writes contents") << "git.push" << true << "contents:write";
        QTest::addRow("a zip download reads contents") << "repo.download_zip" << true << "contents:read";
        QTest::addRow("a repository secret is secrets, not administration")
            << "repo.create_actions_secret" << true << "secrets:write";
        QTest::addRow("other repository settings are administration")
            << "repo.archived" << true << "administration:write";
        QTest::addRow("a repository webhook") << "hook.create" << true << "repository_hooks:write";
        QTest::addRow("an organisation webhook") << "hook.create" << false << "organization_hooks:write";
        QTest::addRow("adding a member is members, not organisation administration")
            << "org.add_member" << false << "members:write";
        QTest::addRow("a run GitHub started needs no permission") << "workflows.created_workflow_run" << true << "";
        QTest::addRow("re-running a workflow needs actions:write")
            << "workflows.rerun_workflow_run" << true << "actions:write";
        QTest::addRow("a token's own lifecycle is no permission") << "personal_access_token.create" << false << "";
        QTest::addRow("an action not in the table") << "something.new" << true << "";
    }

    void auditActionsNeedTheirPermission()
    {
        QFETCH(QString, action);
        QFETCH(bool, inRepository);
        QFETCH(QString, permission);
        QCOMPARE(GitHubPermissions::forAction(action, inRepository), permission);
    }

    void joinsAuditTokensToTheTokenList()
    {
        CollectingSink audit;
        READ_OR_FAIL("github", kAudit, audit);
        const ActivityEvent* clone = eventAt(audit, "audit-log.jsonl:4");
        QVERIFY(clone);
        QCOMPARE(clone->resource, "contoso/docs");
        QCOMPARE(clone->credentialId, "98716");
        QVERIFY(clone->principalAliases.contains("pat:dana-okafor/deploy-docs"));
        // The token's creation names no id; its owner/name matches the listed token's alias.
        CollectingSink tokens;
        READ_OR_FAIL("github", kTokens, tokens);
        QVERIFY(tokens.find("pat:98716")->aliases.contains(eventAt(audit, "audit-log.jsonl:2")->principal));
        CollectingSink installations;
        READ_OR_FAIL("github", kInstallations, installations);
        const QString bot = eventAt(audit, "audit-log.jsonl:7")->principal;
        QVERIFY(installations.find("installation:41234567")->aliases.contains(bot));
    }

    // A token revoked and made again under its old name: both granted, so an audit record naming "owner/name"
    // without an id could be either, and is given to neither.
    void twoTokensUnderOneNameKeepNeitherName()
    {
        QFile file(kTokens);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
        QJsonObject again = list.first().toObject();
        again.insert("id", 99001);
        again.insert("token_id", 99002);
        list.append(again);
        QTemporaryDir dir;
        const QString path = dir.filePath("two-deploy-docs.json");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(list).toJson());
        out.close();
        CollectingSink tokens;
        READ_OR_FAIL("github", path, tokens);
        QCOMPARE(tokens.identities.size(), 3);
        QVERIFY(!tokens.find("pat:98716")->aliases.contains("pat:dana-okafor/deploy-docs"));
        QVERIFY(!tokens.find("pat:99002")->aliases.contains("pat:dana-okafor/deploy-docs"));
        QVERIFY(tokens.find("pat:98802")->aliases.contains("pat:ci-machine-user/nightly-sync"));
        QCOMPARE(tokens.warnings.size(), 1);
        QVERIFY2(tokens.warnings.first().contains("deploy-docs"), qPrintable(tokens.warnings.first()));
    }

    // A page of sign-ins that names its next page: what the file holds is read, and the user told what it leaves.
    void aSignInPageWithANextLinkSaysMoreExist()
    {
        CollectingSink page;
        READ_OR_FAIL("entra-graph", RECERTIFY_TEST_DATA("entra/graph-docs-beta-signins-page-nextlink.json"), page);
        QCOMPARE(page.warnings.size(), 1);
        QVERIFY2(page.warnings.first().contains("@odata.nextLink: more pages exist"),
                 qPrintable(page.warnings.first()));
        // Its one sign-in is a person's, passed over.
        QVERIFY(page.identities.isEmpty());
        QCOMPARE(page.skippedReasons.size(), 1);
    }

    // A Streamable HTTP answer saved with curl: the tools/list answer among what a stream may also carry (the
    // priming event the 2025-11-25 transport sends first, the old transport's endpoint event, CRLF line ends).
    void readsAToolsListAnswerSentAsEvents_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<bool>("crlf");
        QTest::addRow("as saved") << QByteArray() << false;
        QTest::addRow("after a priming event without data") << QByteArray("id: 0\ndata:\n\n") << false;
        QTest::addRow("after the old transport's endpoint event")
            << QByteArray("event: endpoint\ndata: /messages?sessionId=1\n\n") << false;
        QTest::addRow("with CRLF line ends") << QByteArray(": a comment\n\n") << true;
    }
    void readsAToolsListAnswerSentAsEvents()
    {
        QFETCH(QByteArray, before);
        QFETCH(bool, crlf);
        QFile saved(RECERTIFY_TEST_DATA("mcp/openclaw-graphiti/tools_list.json"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QByteArray stream = before + saved.readAll();
        if (crlf)
            stream.replace("\n", "\r\n");
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("graphiti"))));
        const QString path = dir.filePath(QStringLiteral("graphiti/tools_list.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(stream) == stream.size());
        out.close();
        CollectingSink sink;
        READ_OR_FAIL("mcp-tools", path, sink);
        QCOMPARE(sink.identities.size(), 1);
        QCOMPARE(sink.identities.first().identity.displayName, "graphiti");
        QStringList tools;
        for (const Grant& g : sink.identities.first().grants)
            tools << g.permission + u'|' + g.resourceScope;
        tools.sort();
        QCOMPARE(tools.size(), 9);
        QVERIFY2(tools.contains("clear_graph|unmarked"), qPrintable(tools.join(u',')));
    }

    void mapsMcpTools()
    {
        CollectingSink spec;
        READ_OR_FAIL("mcp-tools", kRealMcp, spec);
        const StagedIdentity* named = spec.find("mcp:tools-list-response.mcp-spec-2025-11-25"); // after the file
        QVERIFY(named);
        QCOMPARE(named->identity.kind, IdentityKind::AiAgent);
        // No annotations: by the MCP defaults not read-only, and destructive unless marked otherwise.
        QCOMPARE(grant(named, "get_weather")->resourceScope, "unmarked");
        QCOMPARE(grant(named, "get_weather")->grantedVia, "tools/list");

        CollectingSink wrapped;
        READ_OR_FAIL("mcp-tools", kMcp, wrapped);
        const StagedIdentity* agent = wrapped.find("mcp:invoice-triage");
        QVERIFY(agent);
        QCOMPARE(agent->identity.displayName, "invoice-triage");
        QVERIFY(agent->identity.declaredScope.isEmpty()); // the owner attests scope later
        QCOMPARE(grant(agent, "get_invoice")->resourceScope, "https://mcp.contoso.example/erp;readOnly");
        QCOMPARE(grant(agent, "approve_payment")->resourceScope, "https://mcp.contoso.example/erp;destructive");
        QCOMPARE(grant(agent, "send_email")->resourceScope, "https://mcp.contoso.example/erp;unmarked");
    }

    // What a stdio server writes to its standard output, one JSON-RPC message per line (the transport forbids newlines
    // inside one): the filesystem server's two answers as it emitted them, one after the other.
    void readsWhatAStdioServerWrites_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("mcp-tools") << "mcp-tools";
        QTest::newRow("auto") << "auto";
    }
    void readsWhatAStdioServerWrites()
    {
        QFETCH(QString, format);
        QByteArray emitted;
        for (const char* answer : { "initialize.json", "tools.json" }) {
            QFile file(RECERTIFY_TEST_DATA("mcp/servers/filesystem/") + QLatin1String(answer));
            QVERIFY(file.open(QIODevice::ReadOnly));
            emitted += file.readAll().trimmed() + '\n';
        }
        // Answers to other calls come between them on a live session: the spec's answer to ping (MCP specification
        // 2025-06-18, basic/utilities/ping) is none of what the server offers.
        emitted += R"({"jsonrpc":"2.0","id":"123","result":{}})"
                   "\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server-stdout.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(emitted);
        out.close();
        QString detected = format;
        if (format == QLatin1String("auto")) {
            auto sniffed = FormatSniffer::detect(path);
            QVERIFY2(sniffed.ok(), qPrintable(sniffed.errorString()));
            detected = sniffed.value();
        }
        CollectingSink sink;
        READ_OR_FAIL(detected, path, sink);
        QVERIFY(sink.find("mcp:secure-filesystem-server")); // named by its initialize answer, not the file
        QCOMPARE(sink.identities.size(), 1);
        QCOMPARE(sink.identities.first().grants.size(), 14);
        // Cut inside the tools/list answer: refused, naming the file.
        const QString cut = dir.filePath(QStringLiteral("cut.jsonl"));
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(emitted.left(emitted.size() / 2));
        half.close();
        CollectingSink none;
        auto importer = importerFor("mcp-tools");
        importer->start();
        const Status refused = importer->read(cut, none);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(cut), qPrintable(refused.errorString()));
    }

    void namesMcpAgentsByTheirServer()
    {
        // Two servers' tools.json: two agents, named by serverInfo beside it, else by the folder.
        CollectingSink filesystem;
        READ_OR_FAIL("mcp-tools", RECERTIFY_TEST_DATA("mcp/servers/filesystem/tools.json"), filesystem);
        CollectingSink github;
        READ_OR_FAIL("mcp-tools", RECERTIFY_TEST_DATA("mcp/servers/github/tools.json"), github);
        QVERIFY(filesystem.find("mcp:secure-filesystem-server"));
        QVERIFY(github.find("mcp:github"));
        QCOMPARE(filesystem.identities.first().grants.size(), 14);
        QCOMPARE(github.identities.first().grants.size(), 117);
        // Tools the server marks destructive carry it to the analysis: write_file, edit_file, move_file.
        QStringList destructive;
        for (const Grant& g : filesystem.identities.first().grants) {
            if (g.resourceScope.split(u';').contains(QStringLiteral("destructive")))
                destructive << g.permission;
        }
        destructive.sort();
        QCOMPARE(destructive, (QStringList { "edit_file", "move_file", "write_file" }));
        // A file that names no server: the hints alone, not ";destructive".
        for (const Grant& g : filesystem.identities.first().grants)
            QVERIFY2(!g.resourceScope.startsWith(u';'), qPrintable(g.permission + " | " + g.resourceScope));
        // mcp-interviewer keeps the initialize answer beside the tools: its serverInfo names the agent, not the file.
        CollectingSink interview;
        READ_OR_FAIL("mcp-tools", RECERTIFY_TEST_DATA("mcp/interviewer/mcp-interview.json"), interview);
        QVERIFY(interview.find("mcp:example-servers/everything"));
        QCOMPARE(interview.identities.first().grants.size(), 11);
        QVERIFY(interview.warnings.isEmpty());
        // A tools/list page that names a next one: the agent has the tools the file holds, and the user is told.
        CollectingSink paged;
        READ_OR_FAIL("mcp-tools", RECERTIFY_TEST_DATA("mcp/spec-2025-03-26/weather/tools-list.json"), paged);
        QVERIFY(paged.find("mcp:weather"));
        QCOMPARE(paged.warnings.size(), 1);
        QVERIFY2(paged.warnings.first().contains("nextCursor"), qPrintable(paged.warnings.first()));
        // The spec's initialize answer holds no tools: passed over in a folder, refused alone, never an empty agent.
        CollectingSink none;
        auto initializeOnly = importerFor("mcp-tools");
        initializeOnly->start();
        QVERIFY(initializeOnly->read(RECERTIFY_TEST_DATA("mcp/spec-2025-06-18-initialize-response.json"), none).ok());
        QVERIFY(none.identities.isEmpty());
        const Status alone = initializeOnly->finish(none);
        QVERIFY(!alone.ok());
        QVERIFY2(alone.errorString().contains("tools/list"), qPrintable(alone.errorString()));
    }

    void failsOnATruncatedCopy_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addRow("a cut Graph docs bundle") << "entra-graph" << kRealGraph;
        QTest::addRow("a cut Contoso bundle") << "entra-graph" << kGraph;
        QTest::addRow("a cut webhook") << "github" << kRealWebhook;
        QTest::addRow("a cut installations list") << "github" << kInstallations;
        QTest::addRow("a cut token list") << "github" << kTokens;
        QTest::addRow("a cut Sentinel audit log, naming the line") << "github" << kRealAudit;
        QTest::addRow("a cut Contoso audit log, naming the line") << "github" << kAudit;
        QTest::addRow("a cut MCP spec example") << "mcp-tools" << kRealMcp;
        QTest::addRow("a cut MCP wrapper") << "mcp-tools" << kMcp;
    }

    void failsOnATruncatedCopy()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFile original(path);
        if (!original.open(QIODevice::ReadOnly))
            RECERTIFY_SKIP_UNLESS_STRICT(qPrintable(path + " is missing"));
        const QByteArray bytes = original.readAll();
        qsizetype cut = bytes.size() / 2;
        while (cut > 1 && QByteArray("\n }").contains(bytes.at(cut - 1)))
            --cut; // end inside a value, so even a JSON Lines file is left with a broken line
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(cut));
        out.close();
        CollectingSink sink;
        const Status status = importerFor(format)->read(copy, sink);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(copy), qPrintable(status.errorString()));
        if (path.endsWith(".jsonl")) {
            const QString line = QStringLiteral("line %1,").arg(bytes.left(cut).count('\n') + 1);
            QVERIFY2(status.errorString().contains(line), qPrintable(status.errorString()));
        }
    }

    void failsNamingTheFileAndField_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::addRow("an MCP tool without a name names result.tools[1].name")
            << "mcp-tools"
            << "agent.json"
            << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"ok"},{"title":"no name"}]}})")
            << "result.tools[1].name";
        QTest::addRow("a nameless tool on a wrapped second page names its page")
            << "mcp-tools"
            << "wrapped.json"
            << QByteArray(R"({"agent":"a","response":[{"result":{"tools":[{"name":"x"}]}},{"result":{"tools":[{}]}}]})")
            << "response[1].result.tools[0].name";
        QTest::addRow("a JSON-RPC error gives its message") << "mcp-tools"
                                                            << "refused.json" << QByteArray(R"({"jsonrpc":"2.0","id":3,
                "error":{"code":-32602,"message":"Invalid params: unknown cursor"}})")
                                                            << "Invalid params: unknown cursor";
        QTest::addRow("a result without tools names result.tools")
            << "mcp-tools"
            << "empty.json" << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{}})") << "result.tools";
        QTest::addRow("a service principal without an id names value[1].id")
            << "entra-graph"
            << "sps.json" << QByteArray(R"({"GET /v1.0/servicePrincipals":{"value":[{"id":"a"},{"displayName":"b"}]}})")
            << "GET /v1.0/servicePrincipals: value[1].id";
        QTest::addRow("an unreadable expiry names the credential field")
            << "entra-graph"
            << "expiry.json" << QByteArray(R"({"value":[{"id":"a","servicePrincipalType":"Application",
                "passwordCredentials":[{"keyId":"k","endDateTime":"soon"}]}]})")
            << "value[0].passwordCredentials[0].endDateTime";
        QTest::addRow("an object that is no Graph bundle says what was expected")
            << "entra-graph"
            << "empty.json" << QByteArray(R"({"_comment":"nothing"})") << "Microsoft Graph";
        QTest::addRow("an installation without an app id names installations[0].app_id")
            << "github"
            << "inst.json" << QByteArray(R"({"total_count":1,"installations":[{"id":5}]})")
            << "installations[0].app_id";
        QTest::addRow("an audit line that is no object names its line")
            << "github"
            << "audit.jsonl" << QByteArray("{\"action\":\"git.clone\",\"created_at\":1}\n[1,2]\n") << "line 2";
    }

    // Docker's catalogue saved as NAME.tools.json: the agent is shown as NAME, under the id earlier versions gave it,
    // so a store that already holds it keeps one identity.
    void aToolsFileIsNamedWithoutItsSuffixAndKeepsItsId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stripe.tools.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"([{"name":"create_refund","description":"Refund a charge"}])");
        out.close();
        CollectingSink sink;
        McpToolsImporter importer;
        importer.start();
        QVERIFY(importer.read(path, sink).ok());
        QVERIFY(importer.finish(sink).ok());
        QCOMPARE(sink.identities.size(), 1);
        QCOMPARE(sink.identities.first().identity.displayName, QStringLiteral("stripe"));
        QCOMPARE(sink.identities.first().identity.nativeId, QStringLiteral("mcp:stripe.tools"));
    }

    void failsNamingTheFileAndField()
    {
        QFETCH(QString, format);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(fileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        CollectingSink sink;
        const auto importer = importerFor(format);
        importer->start();
        Status status = importer->read(file.fileName(), sink);
        if (status.ok())
            status = importer->finish(sink); // some faults show only once the run's files are joined
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(file.fileName()), qPrintable(status.errorString()));
        QVERIFY2(status.errorString().contains(expected), qPrintable(status.errorString()));
        QVERIFY(sink.identities.isEmpty());
    }

    void streamsAndCancelsALongAuditLog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath("long.jsonl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2500; ++i)
            file.write(R"({"action":"git.clone","actor":"ci[bot]","actor_is_bot":true,"repo":"o/r",)"
                       R"("created_at":1711431195806})"
                       "\n");
        file.close();
        CollectingSink all;
        QVERIFY(GitHubImporter().read(file.fileName(), all).ok());
        QCOMPARE(all.events.size(), 2500);
        QCOMPARE(all.events.first().principal, "ci");
        CollectingSink cancelling;
        cancelling.cancelAfterFirstProgress = true;
        const Status status = GitHubImporter().read(file.fileName(), cancelling);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains("cancelled at line 1000"), qPrintable(status.errorString()));
        QCOMPARE(cancelling.events.size(), 999);
    }
};

QTEST_GUILESS_MAIN(TestSaasImporters)
#include "TestSaasImporters.moc"
