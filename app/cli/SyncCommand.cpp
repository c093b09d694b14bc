#include "Commands.h"
#include "connectors/entra/EntraLiveImporter.h"
#include "secrets/KeychainSecretStore.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>

namespace recertify::cli {

int syncCommand(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CONNECTOR"), Cli::tr("The live source: entra"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), Cli::tr("Microsoft Entra tenant id or domain"), QStringLiteral("ID"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Cli::tr("Application (client) id; its secret is read from the keychain entry entra:TENANT:CLIENT_ID"), QStringLiteral("ID"));
    const QCommandLineOption graphUrl(QStringLiteral("graph-url"), Cli::tr("Microsoft Graph base URL (national clouds, tests)"), QStringLiteral("URL"),
        QStringLiteral("https://graph.microsoft.com"));
    const QCommandLineOption tokenUrl(QStringLiteral("token-url"), Cli::tr("OAuth 2 token endpoint (default: the tenant's on login.microsoftonline.com)"), QStringLiteral("URL"));
    parser.addOptions({ tenant, clientId, graphUrl, tokenUrl });
    if (int code = parseCommand(context, parser, QStringLiteral("sync"),
            Cli::tr("Read a live source into the store, in one transaction. Credentials come from the OS keychain "
                    "(see recertify-cli secrets).")); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.first() != QLatin1String("entra"))
        return context.usage(Cli::tr("sync: expected the connector name: entra"));
    if (!parser.isSet(tenant) || !parser.isSet(clientId))
        return context.usage(Cli::tr("sync entra: --tenant and --client-id are required"));

    EntraConnection connection;
    connection.tenant = parser.value(tenant);
    connection.clientId = parser.value(clientId);
    connection.graphUrl = QUrl(parser.value(graphUrl));
    if (parser.isSet(tokenUrl))
        connection.tokenUrl = QUrl(parser.value(tokenUrl));
    if (!connection.graphUrl.isValid() || connection.graphUrl.scheme().isEmpty())
        return context.usage(Cli::tr("--graph-url: expected a URL, got \"%1\"").arg(parser.value(graphUrl)));

    DatabasePtr database = context.database();
    if (!database)
        return Failed;
    KeychainSecretStore secrets;
    EntraLiveImporter importer(connection, secrets);
    SyncEngine engine(database, context.clock());
    engine.setActor(QStringLiteral("recertify-cli sync"));
    auto report = engine.run(importer, { QStringLiteral("entra:") + connection.tenant });
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("runId"), report->runId },
            { QStringLiteral("added"), report->added }, { QStringLiteral("changed"), report->changed },
            { QStringLiteral("removed"), report->removed }, { QStringLiteral("unchanged"), report->unchanged },
            { QStringLiteral("requests"), importer.requestCount() } }));
    } else {
        context.out() << Cli::tr("entra %1: %2 added, %3 changed, %4 removed, %5 unchanged (%6 requests)")
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
