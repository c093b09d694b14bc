#include "app/cli/Commands.h"
#include "app/cli/ReportText.h"
#include "core/connectors/aws/AwsLiveImporter.h"
#include "core/connectors/entra/EntraLiveImporter.h"
#include "core/connectors/github/GitHubLiveImporter.h"
#include "core/connectors/k8s/K8sLiveImporter.h"
#include "core/pipeline/AfterChange.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/LiveSources.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

namespace recertify::cli {

namespace {

/** The connector's own figures for the report: added to the JSON, and the text line after the counts. */
using LiveDetails = std::function<void(QJsonObject& json, QString& line)>;

/** One live source read into the store as one transaction, its report printed. */
int runLive(CliContext& context, Importer& importer, const QString& input, const LiveDetails& details)
{
    DatabasePtr database = context.database();
    if (!database)
        return Failed;
    SyncEngine engine(database, context.clock());
    engine.setActor(QStringLiteral("recertify-cli sync"));
    auto report = AfterChange(database, context.clock())
                      .sync(engine, importer, { input }, QStringLiteral("recertify-cli sync"));
    if (!report) {
        // An input the user named wrongly (an AWS profile) is a usage error, named by its flag.
        if (!report.error().field.isEmpty())
            return context.usage(report.error());
        return context.fail(report.error());
    }
    QJsonObject json = reportJson(*report);
    json.insert(QStringLiteral("input"), input);
    QString line;
    details(json, line);
    if (context.json) {
        context.printJson(QJsonDocument(json));
    } else {
        printReport(context.out(), *report, true);
        context.out() << input << ": " << line << Qt::endl;
    }
    return Success;
}

/** Runs connected sources by name (all due ones for --due); each is its own transaction. */
int syncSources(CliContext& context, const QStringList& names, bool dueOnly)
{
    DatabasePtr database = context.database();
    if (!database)
        return Failed;
    auto sources = SourceRepository(database).all();
    if (!sources)
        return context.fail(sources.error());
    SecretStore& secrets = context.secrets();
    const QDateTime now = context.clock().now();
    QJsonArray runs;
    int failed = 0;
    int ran = 0;
    for (const SourceConfig& source : sources.value()) {
        if (dueOnly ? !LiveSources::isDue(source, now) : !names.contains(source.name))
            continue;
        ++ran;
        QJsonObject run { { QStringLiteral("source"), source.name } };
        auto prepared = LiveSources::prepare(source, secrets);
        Result<SyncReport> report = prepared ? Result<SyncReport>(SyncReport()) : Result<SyncReport>(prepared.error());
        if (prepared) {
            SyncEngine engine(database, context.clock());
            const QString actor
                = dueOnly ? QStringLiteral("recertify-cli sync --due") : QStringLiteral("recertify-cli sync");
            engine.setActor(actor);
            report
                = AfterChange(database, context.clock()).sync(engine, *prepared->importer, { prepared->input }, actor);
        }
        if (!report) {
            ++failed;
            run.insert(QStringLiteral("error"), report.errorString());
            if (!context.json)
                context.err() << Cli::tr("%1: %2").arg(source.name, report.errorString()) << Qt::endl;
        } else {
            if (auto marked = LiveSources::markSynced(database, source.name, context.clock().now(),
                                                      prepared->importer->syncState());
                !marked)
                return context.fail(marked.error());
            run.insert(QStringLiteral("report"), reportJson(*report));
            if (!context.json) {
                context.out() << source.name << ": ";
                printReport(context.out(), *report, true);
            }
        }
        runs.append(run);
    }
    if (!dueOnly && ran == 0)
        return context.fail(
            fieldError(QStringLiteral("source"),
                       Cli::tr("no connected source named \"%1\"").arg(names.join(QStringLiteral(", ")))));
    if (context.json)
        context.printJson(QJsonDocument(runs));
    else if (ran == 0)
        context.out() << Cli::tr("No source is due.") << Qt::endl;
    context.out().flush();
    return failed > 0 ? Failed : Success;
}

} // namespace

int SyncCommand::sync()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONNECTOR"),
                                 Cli::tr("The live source: aws, entra, github or kubernetes, or the name of a "
                                         "connected source (see recertify-cli sources)"));
    const QCommandLineOption due(
        QStringLiteral("due"),
        Cli::tr("Sync, once, every connected source whose interval has passed (for cron or a systemd timer)"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), Cli::tr("Microsoft Entra tenant id or domain"),
                                    QStringLiteral("ID"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"),
        Cli::tr("Application (client) id; its secret is read from the keychain entry entra:TENANT:CLIENT_ID"),
        QStringLiteral("ID"));
    const QCommandLineOption graphUrl(QStringLiteral("graph-url"),
                                      Cli::tr("Microsoft Graph base URL (national clouds, tests)"),
                                      QStringLiteral("URL"), QStringLiteral("https://graph.microsoft.com"));
    const QCommandLineOption tokenUrl(
        QStringLiteral("token-url"),
        Cli::tr("OAuth 2 token endpoint (default: the tenant's on login.microsoftonline.com)"), QStringLiteral("URL"));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        Cli::tr("kubernetes: the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config)"), QStringLiteral("FILE"));
    const QCommandLineOption kubeContext(QStringLiteral("context"),
                                         Cli::tr("kubernetes: the kubeconfig context (default: its current context)"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption org(QStringLiteral("org"), Cli::tr("github: the organisation"), QStringLiteral("ORG"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    Cli::tr("github: the REST API (GitHub Enterprise Server: https://HOST/api/v3)"),
                                    QStringLiteral("URL"), QStringLiteral("https://api.github.com"));
    const QCommandLineOption appId(QStringLiteral("app-id"),
                                   Cli::tr("github: authenticate as this GitHub App, its private key in the keychain "
                                           "entry github-app:ORG (default: a token in github:ORG)"),
                                   QStringLiteral("ID"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        Cli::tr("aws: the AWS CLI profile (default: the environment, $AWS_PROFILE or default)"),
        QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    Cli::tr("aws: the region for STS (default: the profile's)"),
                                    QStringLiteral("REGION"));
    const QCommandLineOption lastAccessed(
        QStringLiteral("last-accessed"),
        Cli::tr(
            "aws: also run IAM's service-last-accessed job for every role and user (when each service was last used)"));
    const QCommandLineOption activityDays(QStringLiteral("activity-days"),
                                          Cli::tr("aws: read CloudTrail LookupEvents, this many days back on the first "
                                                  "run (at most 90), then from where the last run stopped"),
                                          QStringLiteral("DAYS"));
    const QCommandLineOption endpointUrl(QStringLiteral("endpoint-url"),
                                         Cli::tr("aws: send IAM and STS requests here instead (VPC endpoints, tests)"),
                                         QStringLiteral("URL"));
    parser.addOptions({ due, tenant, clientId, graphUrl, tokenUrl, kubeconfig, kubeContext, org, apiUrl, appId, profile,
                        region, endpointUrl, lastAccessed, activityDays });
    if (int code
        = parse(parser, QStringLiteral("sync"),
                Cli::tr("Read a live source into the store, in one transaction. Credentials come from the OS keychain "
                        "(see recertify-cli secrets) or, for Kubernetes, from the kubeconfig as kubectl reads it."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(due)) {
        if (!args.isEmpty())
            return m_context.usage(Cli::tr("sync --due: takes no connector; it runs every due source"));
        return syncSources(m_context, {}, true);
    }
    const QString connector = args.value(0);
    if (args.size() != 1)
        return m_context.usage(Cli::tr(
            "sync: expected the connector name (aws, entra, github or kubernetes) or a connected source's name"));
    if (connector != QLatin1String("entra") && connector != QLatin1String("kubernetes")
        && connector != QLatin1String("github") && connector != QLatin1String("aws"))
        return syncSources(m_context, { connector }, false);

    if (connector == QLatin1String("aws")) {
        AwsConnection connection;
        connection.profile = parser.value(profile);
        connection.region = parser.value(region);
        connection.lastAccessed = parser.isSet(lastAccessed);
        connection.activityDays = parser.value(activityDays).toInt();
        if (parser.isSet(endpointUrl)) {
            connection.endpoint = QUrl(parser.value(endpointUrl));
            if (!connection.endpoint.isValid() || connection.endpoint.host().isEmpty())
                return m_context.usage(
                    Cli::tr("--endpoint-url: expected a URL, got \"%1\"").arg(parser.value(endpointUrl)));
        }
        AwsLiveImporter importer(connection);
        const QString input
            = QStringLiteral("aws:") + (connection.profile.isEmpty() ? QStringLiteral("default") : connection.profile);
        return runLive(m_context, importer, input, [&importer](QJsonObject& json, QString& line) {
            json.insert(QStringLiteral("requests"), importer.requestCount());
            json.insert(QStringLiteral("pages"), importer.pageCount());
            line = Cli::tr("%1 requests, %2 pages").arg(importer.requestCount()).arg(importer.pageCount());
        });
    }

    if (connector == QLatin1String("github")) {
        if (!parser.isSet(org))
            return m_context.usage(Cli::tr("sync github: --org is required"));
        GitHubConnection connection;
        connection.org = parser.value(org);
        connection.apiUrl = QUrl(parser.value(apiUrl));
        connection.appId = parser.value(appId);
        if (!connection.apiUrl.isValid() || connection.apiUrl.host().isEmpty())
            return m_context.usage(Cli::tr("--api-url: expected a URL, got \"%1\"").arg(parser.value(apiUrl)));
        GitHubLiveImporter importer(connection, m_context.secrets());
        return runLive(m_context, importer, QStringLiteral("github:") + connection.org,
                       [&importer](QJsonObject& json, QString& line) {
                           json.insert(QStringLiteral("requests"), importer.requestCount());
                           json.insert(QStringLiteral("notReadable"),
                                       QJsonArray::fromStringList(importer.unavailable()));
                           line = Cli::tr("%n requests", nullptr, importer.requestCount());
                       });
    }

    if (connector == QLatin1String("kubernetes")) {
        K8sConnection connection;
        connection.kubeconfig = parser.value(kubeconfig);
        connection.context = parser.value(kubeContext);
        K8sLiveImporter importer(connection);
        auto target = importer.target();
        if (!target) {
            if (target.error().field == QLatin1String("context"))
                return m_context.usage(Cli::tr("--context: %1").arg(target.error().message));
            return m_context.fail(target.error());
        }
        const QString input = QStringLiteral("k8s:%1 (%2)").arg(target->contextName, target->server.toString());
        return runLive(m_context, importer, input, [&importer](QJsonObject& json, QString& line) {
            json.insert(QStringLiteral("requests"), importer.requestCount());
            json.insert(QStringLiteral("notAllowedToList"), QJsonArray::fromStringList(importer.forbiddenKinds()));
            line = Cli::tr("%n requests", nullptr, importer.requestCount());
        });
    }

    if (!parser.isSet(tenant) || !parser.isSet(clientId))
        return m_context.usage(Cli::tr("sync entra: --tenant and --client-id are required"));
    EntraConnection connection;
    connection.tenant = parser.value(tenant);
    connection.clientId = parser.value(clientId);
    connection.graphUrl = QUrl(parser.value(graphUrl));
    if (parser.isSet(tokenUrl))
        connection.tokenUrl = QUrl(parser.value(tokenUrl));
    if (!connection.graphUrl.isValid() || connection.graphUrl.scheme().isEmpty())
        return m_context.usage(Cli::tr("--graph-url: expected a URL, got \"%1\"").arg(parser.value(graphUrl)));

    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    EntraLiveImporter importer(connection, m_context.secrets());
    SyncEngine engine(database, m_context.clock());
    engine.setActor(QStringLiteral("recertify-cli sync"));
    auto report = AfterChange(database, m_context.clock())
                      .sync(engine, importer, { QStringLiteral("entra:") + connection.tenant },
                            QStringLiteral("recertify-cli sync"));
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json) {
        m_context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("runId"), report->runId },
                                                        { QStringLiteral("added"), report->added },
                                                        { QStringLiteral("changed"), report->changed },
                                                        { QStringLiteral("removed"), report->removed },
                                                        { QStringLiteral("unchanged"), report->unchanged },
                                                        { QStringLiteral("requests"), importer.requestCount() } }));
    } else {
        m_context.out() << Cli::tr("entra %1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 requests)")
                               .arg(connection.tenant)
                               .arg(report->added)
                               .arg(report->changed)
                               .arg(report->removed)
                               .arg(report->unchanged)
                               .arg(importer.requestCount())
                        << Qt::endl;
    }
    return Success;
}

} // namespace recertify::cli
