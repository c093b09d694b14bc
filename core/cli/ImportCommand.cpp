#include "Commands.h"
#include "JsonViews.h"
#include "connectors/Importer.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

int importCommand(CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FORMAT"), Cli::tr("One of: %1").arg(Importers::formats().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("Files or folders to import, all in one transaction"), QStringLiteral("PATH..."));
    if (int code = parseCommand(context, parser, QStringLiteral("import"),
            Cli::tr("Import identities, credentials, grants and activity from files. One transaction per run: "
                    "a bad file leaves the store as it was.")); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.usage(Cli::tr("import: expected FORMAT and at least one PATH"));
    std::unique_ptr<Importer> importer = Importers::create(args.first());
    if (!importer) {
        return context.usage(Cli::tr("import: unknown format \"%1\"; expected one of %2")
                                 .arg(args.first(), Importers::formats().join(QStringLiteral(", "))));
    }

    DatabasePtr database = context.database();
    if (!database)
        return Failed;
    SyncEngine engine(database, context.clock());
    engine.setActor(QStringLiteral("recertify-cli import"));
    auto report = engine.run(*importer, args.mid(1));
    if (!report)
        return context.fail(report.errorString());

    const SyncReport& r = report.value();
    if (context.json) {
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("runId"), r.runId },
            { QStringLiteral("format"), r.format },
            { QStringLiteral("added"), r.added },
            { QStringLiteral("changed"), r.changed },
            { QStringLiteral("removed"), r.removed },
            { QStringLiteral("unchanged"), r.unchanged },
            { QStringLiteral("discoveredFromActivity"), r.shadow },
            { QStringLiteral("events"), r.events },
            { QStringLiteral("usageRows"), r.usageRows },
            { QStringLiteral("skipped"), r.skipped },
            { QStringLiteral("alreadyImported"), QJsonArray::fromStringList(r.alreadyImported) },
            { QStringLiteral("triggeredCampaigns"), toJson(r.triggeredCampaigns) },
            { QStringLiteral("scheduledCampaigns"), toJson(r.scheduledCampaigns) },
        }));
        return Success;
    }
    QTextStream& out = context.out();
    out << Cli::tr("%1: %2 added, %3 changed, %4 removed, %5 unchanged")
               .arg(r.format)
               .arg(r.added)
               .arg(r.changed)
               .arg(r.removed)
               .arg(r.unchanged)
        << '\n';
    if (r.events > 0 || r.skipped > 0) {
        out << Cli::tr("activity: %1 events in %2 day aggregates, %3 records skipped (no principal, or not a non-human identity), %4 identities discovered from activity")
                   .arg(r.events)
                   .arg(r.usageRows)
                   .arg(r.skipped)
                   .arg(r.shadow)
            << '\n';
    }
    for (const QString& file : r.alreadyImported)
        out << Cli::tr("%1: imported before; its activity was not counted again").arg(file) << '\n';
    for (qint64 id : r.triggeredCampaigns)
        out << Cli::tr("Started micro-campaign %1 for what this import found").arg(id) << '\n';
    for (qint64 id : r.scheduledCampaigns)
        out << Cli::tr("Started recurring campaign %1, which was due").arg(id) << '\n';
    out.flush();
    return Success;
}

} // namespace recertify::cli
