#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"
#include "app/cli/ReportText.h"
#include "core/connectors/FormatSniffer.h"
#include "core/connectors/Importer.h"
#include "core/pipeline/AfterChange.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

QJsonObject reportJson(const SyncReport& r)
{
    return QJsonObject {
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
        { QStringLiteral("skippedWhy"), QJsonArray::fromStringList(r.skippedWhy) },
        { QStringLiteral("alreadyImported"), QJsonArray::fromStringList(r.alreadyImported) },
        { QStringLiteral("listedBefore"), r.listedBefore },
        { QStringLiteral("countedBefore"), r.countedBefore },
        { QStringLiteral("authoritativeFor"), QJsonArray::fromStringList(r.authoritative) },
        { QStringLiteral("changes"), QJsonArray::fromStringList(r.changes) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings) },
        { QStringLiteral("triggeredCampaigns"), toJson(r.triggeredCampaigns) },
        { QStringLiteral("scheduledCampaigns"), toJson(r.scheduledCampaigns) },
    };
}

void printReport(QTextStream& out, const SyncReport& r, bool inventory)
{
    out << Cli::tr("%1: %2 added, %3 changed, %4 removed, %5 unchanged")
               .arg(r.format)
               .arg(r.added)
               .arg(r.changed)
               .arg(r.removed)
               .arg(r.unchanged)
        << '\n';
    // What a list of identities passes over (a person's key, an empty list of tools) is no activity record.
    const bool listed = inventory || r.added + r.changed + r.removed + r.unchanged > 0;
    if (listed && r.events == 0 && r.shadow == 0 && r.skipped > 0)
        out << Cli::tr("%n item(s) passed over:", nullptr, int(r.skipped)) << '\n';
    else if (r.events > 0 || r.skipped > 0) {
        out << Cli::tr("activity: %1 events in %2 day aggregates, %3 records skipped (no principal, or not a non-human "
                       "identity), %4 identities discovered from activity")
                   .arg(r.events)
                   .arg(r.usageRows)
                   .arg(r.skipped)
                   .arg(r.shadow)
            << '\n';
    }
    for (const QString& why : r.skippedWhy)
        out << Cli::tr("skipped: %1").arg(why) << '\n';
    for (const QString& change : r.changes)
        out << Cli::tr("changed: %1").arg(change) << '\n';
    if (inventory) {
        if (r.authoritative.isEmpty() && r.removed == 0 && r.format == QLatin1String("aws-credential-report"))
            // It lists the users it was made for; the inventory of who exists comes from the account's export.
            out << Cli::tr("retired nothing: a credential report says how each user's password and keys are used; "
                           "users it leaves out are retired by the account's export (aws iam "
                           "get-account-authorization-details), which lists every user, role and policy")
                << '\n';
        else if (r.listedBefore && r.removed == 0)
            out << Cli::tr("retired nothing: every file had been imported before, and what it leaves out may have "
                           "come since from another input; import a fresh export to retire what is gone")
                << '\n';
        else if (r.authoritative.isEmpty() && r.removed == 0)
            out << Cli::tr("retired nothing: the input is no whole listing of an account, a namespace's service "
                           "accounts, a tenant or an organisation, so what it leaves out is not taken as gone")
                << '\n';
        else
            out << Cli::tr("complete for: %1 (identities elsewhere were left alone)")
                       .arg(r.authoritative.join(QStringLiteral(", ")))
                << '\n';
    }
    for (const QString& warning : r.warnings)
        out << Cli::tr("warning: %1").arg(warning) << '\n';
    for (const QString& file : r.alreadyImported)
        out << Cli::tr("%1: imported before; its activity was not counted again").arg(file) << '\n';
    if (r.countedBefore > 0)
        out << Cli::tr("%n event(s) had been counted by an earlier import (same event id) and were not counted again",
                       nullptr, int(r.countedBefore))
            << '\n';
    for (qint64 id : r.triggeredCampaigns)
        out << Cli::tr("Started micro-campaign %1 for what this import found").arg(id) << '\n';
    for (qint64 id : r.scheduledCampaigns)
        out << Cli::tr("Started recurring campaign %1, which was due").arg(id) << '\n';
}

int ImportCommand::importFiles()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FORMAT"),
                                 Cli::tr("One of: %1; or auto, to tell each file's format from its content")
                                     .arg(Importers::formats().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("Files or folders to import, all in one transaction"),
                                 QStringLiteral("PATH..."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("mcp-tools: the agent's name when the files do not say (no serverInfo); "
                                          "default: the folder of a file with a name every dump shares (tools.json, "
                                          "tools-list.json, response.json…), else the file's name"),
                                  QStringLiteral("NAME"));
    parser.addOption(name);
    const QCommandLineOption ns(
        QStringLiteral("namespace"),
        Cli::tr("k8s-rbac: the namespace of objects that name none, as kubectl apply -n NS would apply a manifest"),
        QStringLiteral("NS"));
    parser.addOption(ns);
    if (int code
        = parse(parser, QStringLiteral("import"),
                Cli::tr("Import identities, credentials, grants and activity from files. One transaction per format: "
                        "a bad file leaves the store as it was (with auto and files of several kinds, the kinds "
                        "imported before it stay)."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return m_context.usage(Cli::tr("import: expected FORMAT and at least one PATH"));

    // With auto, each input's format comes from its content; one run per format, in the order given.
    QList<FormatSniffer::Run> runs;
    if (args.first() == QLatin1String("auto")) {
        auto planned = FormatSniffer::plan(args.mid(1));
        if (!planned)
            return m_context.fail(planned.error());
        runs = planned.value();
    } else {
        runs.append({ args.first(), args.mid(1) });
    }

    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    QJsonArray reports;
    QStringList imported;
    for (const auto& [format, paths] : std::as_const(runs)) {
        std::unique_ptr<Importer> importer = Importers::create(format);
        if (!importer) {
            return m_context.usage(Cli::tr("import: unknown format \"%1\"; expected auto or one of %2")
                                       .arg(format, Importers::formats().join(QStringLiteral(", "))));
        }
        if (parser.isSet(name)) {
            if (parser.value(name).trimmed().isEmpty())
                return m_context.usage(Cli::tr("--name: expected a name"));
            if (!importer->setName(parser.value(name)) && runs.size() == 1)
                return m_context.usage(
                    Cli::tr("--name: only the mcp-tools format takes a name; %1 names its identities itself")
                        .arg(format));
        }
        if (parser.isSet(ns)) {
            if (parser.value(ns).trimmed().isEmpty())
                return m_context.usage(Cli::tr("--namespace: expected a namespace"));
            if (!importer->setNamespace(parser.value(ns).trimmed()) && runs.size() == 1)
                return m_context.usage(Cli::tr("--namespace: only the k8s-rbac format takes a namespace"));
        }
        SyncEngine engine(database, m_context.clock());
        engine.setActor(QStringLiteral("recertify-cli import"));
        auto report = AfterChange(database, m_context.clock())
                          .sync(engine, *importer, paths, QStringLiteral("recertify-cli import"));
        if (!report) {
            // Each format is its own transaction: what went in before this one stays, and is said to.
            Error error = report.error();
            QStringList notTried;
            for (const FormatSniffer::Run& run : std::as_const(runs)) {
                if (run.format != format && !imported.contains(run.format))
                    notTried << run.format;
            }
            if (!imported.isEmpty()) {
                error.message += u' '
                    + Cli::tr("(Already imported by this run, each in its own transaction: %1. Nothing of %2 was.)")
                          .arg(imported.join(QStringLiteral(", ")), format);
                if (m_context.json)
                    m_context.printJson(QJsonDocument(reports)); // what went in, for a script to see
            }
            if (!notTried.isEmpty())
                error.message += u' ' + Cli::tr("(Not tried: %1.)").arg(notTried.join(QStringLiteral(", ")));
            return m_context.fail(error);
        }
        imported << format;
        if (m_context.json)
            reports.append(reportJson(*report));
        else
            printReport(m_context.out(), *report, importer->isInventory());
    }
    if (m_context.json)
        m_context.printJson(QJsonDocument(reports.size() == 1 && args.first() != QLatin1String("auto")
                                              ? QJsonDocument(reports.first().toObject())
                                              : QJsonDocument(reports)));
    m_context.out().flush();
    return Success;
}

} // namespace recertify::cli
