#include "app/cli/Commands.h"
#include "core/connectors/aws/AwsLiveImporter.h"
#include "core/connectors/entra/EntraLiveImporter.h"
#include "core/connectors/github/GitHubLiveImporter.h"
#include "core/connectors/k8s/K8sLiveImporter.h"
#include "core/storage/SourceRepository.h"
#include "core/sync/LiveSources.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

namespace {

int listSources(CliContext& context, const QList<SourceConfig>& sources)
{
    const QDateTime now = context.clock().now();
    if (context.json) {
        QJsonArray out;
        for (const SourceConfig& s : sources) {
            out.append(QJsonObject { { QStringLiteral("name"), s.name },
                                     { QStringLiteral("kind"), s.kind },
                                     { QStringLiteral("description"), LiveSources::describe(s) },
                                     { QStringLiteral("every"), LiveSources::formatInterval(LiveSources::interval(s)) },
                                     { QStringLiteral("lastSynced"), Timestamp::toIso(LiveSources::lastSynced(s)) },
                                     { QStringLiteral("due"), LiveSources::isDue(s, now) } });
        }
        context.printJson(QJsonDocument(out));
        return Success;
    }
    if (sources.isEmpty())
        context.out() << Cli::tr("No connected sources. Add one with: recertify-cli sources add kubernetes NAME")
                      << Qt::endl;
    for (const SourceConfig& s : sources) {
        const QDateTime last = LiveSources::lastSynced(s);
        const qint64 every = LiveSources::interval(s);
        context.out() << Cli::tr("%1\t%2\t%3\tlast synced %4%5")
                             .arg(s.name, LiveSources::describe(s),
                                  every > 0 ? Cli::tr("every %1").arg(LiveSources::formatInterval(every))
                                            : Cli::tr("when asked"),
                                  last.isValid() ? Timestamp::toIso(last) : Cli::tr("never"),
                                  LiveSources::isDue(s, now) ? Cli::tr("\tdue") : QString())
                      << Qt::endl;
    }
    return Success;
}

} // namespace

int SourcesCommand::sources()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Cli::tr("list (the default), add KIND NAME, set NAME, or remove NAME"));
    const QCommandLineOption every(QStringLiteral("every"), Cli::tr("How often to sync: 30m, 6h, 1d, 1w, or off"),
                                   QStringLiteral("INTERVAL"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        Cli::tr("kubernetes: the kubeconfig file (default: kubectl's)"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption kubeContext(QStringLiteral("context"),
                                         Cli::tr("kubernetes: the context (default: the current one)"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), Cli::tr("entra: tenant id or domain"),
                                    QStringLiteral("ID"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Cli::tr("entra: application (client) id"),
                                      QStringLiteral("ID"));
    const QCommandLineOption graphUrl(QStringLiteral("graph-url"), Cli::tr("entra: Microsoft Graph base URL"),
                                      QStringLiteral("URL"), QStringLiteral("https://graph.microsoft.com"));
    const QCommandLineOption org(QStringLiteral("org"), Cli::tr("github: the organisation"), QStringLiteral("ORG"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), Cli::tr("github: the REST API"), QStringLiteral("URL"),
                                    QStringLiteral("https://api.github.com"));
    const QCommandLineOption appId(
        QStringLiteral("app-id"), Cli::tr("github: the GitHub App's id (its key in the keychain entry github-app:ORG)"),
        QStringLiteral("ID"));
    const QCommandLineOption profile(QStringLiteral("profile"), Cli::tr("aws: the AWS CLI profile"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), Cli::tr("aws: the region for STS"),
                                    QStringLiteral("REGION"));
    const QCommandLineOption lastAccessed(
        QStringLiteral("last-accessed"),
        Cli::tr(
            "aws: also run IAM's service-last-accessed job for every role and user (when each service was last used)"));
    const QCommandLineOption activityDays(QStringLiteral("activity-days"),
                                          Cli::tr("aws: read CloudTrail LookupEvents, this many days back on the first "
                                                  "run (at most 90), then from where the last run stopped"),
                                          QStringLiteral("DAYS"));
    const QCommandLineOption endpointUrl(QStringLiteral("endpoint-url"), Cli::tr("aws: IAM and STS endpoint"),
                                         QStringLiteral("URL"));
    parser.addOptions({ every, kubeconfig, kubeContext, tenant, clientId, graphUrl, org, apiUrl, appId, profile, region,
                        endpointUrl, lastAccessed, activityDays });
    if (int code
        = parse(parser, QStringLiteral("sources"),
                Cli::tr("Connected sources and their schedule. `recertify-cli sync --due` (cron, or the recertify-sync "
                        "systemd user timer) syncs each one whose interval has passed. No credential is stored here."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    SourceRepository repository(database);
    auto sources = repository.all();
    if (!sources)
        return m_context.fail(sources.error());
    if (action == QLatin1String("list"))
        return listSources(m_context, sources.value());

    std::optional<qint64> interval;
    if (parser.isSet(every)) {
        interval = LiveSources::parseInterval(parser.value(every));
        if (!interval)
            return m_context.usage(
                Cli::tr("--every: expected an interval of at least 5 minutes such as 30m, 6h, 1d, or off; got \"%1\"")
                    .arg(parser.value(every)));
    }
    const QDateTime now = m_context.clock().now();
    if (action == QLatin1String("add")) {
        if (args.size() != 3 || !LiveSources::kinds().contains(args.at(1)))
            return m_context.usage(Cli::tr("sources add: expected KIND (%1) and NAME")
                                       .arg(LiveSources::kinds().join(QStringLiteral(", "))));
        SourceConfig source;
        if (args.at(1) == QLatin1String("kubernetes")) {
            K8sConnection connection;
            connection.kubeconfig = parser.value(kubeconfig);
            connection.context = parser.value(kubeContext);
            // Checked now, so a typo is found when connecting, not at 3 a.m. by the timer.
            auto target = KubeConfig::load(connection.kubeconfig, connection.context);
            if (!target)
                return target.error().field == QLatin1String("context")
                    ? m_context.usage(Cli::tr("--context: %1").arg(target.error().message))
                    : m_context.fail(target.error());
            source = connection.toSource(args.at(2));
        } else if (args.at(1) == QLatin1String("aws")) {
            AwsConnection connection;
            connection.profile = parser.value(profile);
            connection.region = parser.value(region);
            connection.lastAccessed = parser.isSet(lastAccessed);
            connection.activityDays = parser.value(activityDays).toInt();
            if (parser.isSet(endpointUrl))
                connection.endpoint = QUrl(parser.value(endpointUrl));
            source = connection.toSource(args.at(2));
        } else if (args.at(1) == QLatin1String("github")) {
            if (!parser.isSet(org))
                return m_context.usage(Cli::tr("sources add github: --org is required"));
            GitHubConnection connection;
            connection.org = parser.value(org);
            connection.apiUrl = QUrl(parser.value(apiUrl));
            connection.appId = parser.value(appId);
            source = connection.toSource(args.at(2));
        } else {
            if (!parser.isSet(tenant) || !parser.isSet(clientId))
                return m_context.usage(Cli::tr("sources add entra: --tenant and --client-id are required"));
            EntraConnection connection;
            connection.tenant = parser.value(tenant);
            connection.clientId = parser.value(clientId);
            connection.graphUrl = QUrl(parser.value(graphUrl));
            source = connection.toSource(args.at(2));
        }
        LiveSources::setInterval(source, interval.value_or(0));
        auto saved = repository.save(source, now);
        if (!saved)
            return m_context.fail(saved.error());
        const qint64 seconds = LiveSources::interval(source);
        m_context.out() << Cli::tr("Connected %1: %2, %3")
                               .arg(source.name, LiveSources::describe(source),
                                    seconds > 0 ? Cli::tr("synced every %1").arg(LiveSources::formatInterval(seconds))
                                                : Cli::tr("synced when asked (recertify-cli sync %1)").arg(source.name))
                        << Qt::endl;
        return Success;
    }
    if ((action == QLatin1String("set") || action == QLatin1String("remove")) && args.size() == 2) {
        for (SourceConfig source : sources.value()) {
            if (source.name != args.at(1))
                continue;
            if (action == QLatin1String("remove")) {
                if (auto status = repository.remove(source.id); !status)
                    return m_context.fail(status.error());
                m_context.out() << Cli::tr("Removed %1; what it synced stays in the store").arg(source.name)
                                << Qt::endl;
                return Success;
            }
            if (!interval)
                return m_context.usage(Cli::tr("sources set: expected --every"));
            LiveSources::setInterval(source, *interval);
            auto saved = repository.save(source, now);
            if (!saved)
                return m_context.fail(saved.error());
            m_context.out()
                << (*interval > 0
                        ? Cli::tr("%1 syncs every %2").arg(source.name, LiveSources::formatInterval(*interval))
                        : Cli::tr("%1 syncs only when asked").arg(source.name))
                << Qt::endl;
            return Success;
        }
        return m_context.fail(
            fieldError(QStringLiteral("source"), Cli::tr("no connected source named \"%1\"").arg(args.at(1))));
    }
    return m_context.usage(Cli::tr("sources: expected list, add KIND NAME, set NAME or remove NAME"));
}

} // namespace recertify::cli
