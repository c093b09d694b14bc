#include "app/cli/Cli.h"

#include "app/cli/Commands.h"
#include "core/storage/Database.h"

namespace recertify::cli {

namespace {

const Command kCommands[] = {
    { "identities", QT_TRANSLATE_NOOP("Cli", "List the inventory of non-human identities"),
      [](CliContext& c) {
          return InventoryCommands(c).identities();
      } },
    { "show", QT_TRANSLATE_NOOP("Cli", "Show one identity with owners, credentials, grants, usage and lifecycle"),
      [](CliContext& c) {
          return InventoryCommands(c).show();
      } },
    { "owners", QT_TRANSLATE_NOOP("Cli", "Set an identity's owners, purpose, declared scope and retirement"),
      [](CliContext& c) {
          return GovernanceCommands(c).owners();
      } },
    { "people", QT_TRANSLATE_NOOP("Cli", "Import the people directory (CSV email,name,manager,active)"),
      [](CliContext& c) {
          return GovernanceCommands(c).people();
      } },
    { "lifecycle", QT_TRANSLATE_NOOP("Cli", "Move an identity through its lifecycle (audited)"),
      [](CliContext& c) {
          return GovernanceCommands(c).lifecycle();
      } },
    { "findings", QT_TRANSLATE_NOOP("Cli", "Privilege drift and hygiene findings with OWASP NHI codes"),
      [](CliContext& c) {
          return GovernanceCommands(c).findings();
      } },
    { "scores", QT_TRANSLATE_NOOP("Cli", "Trust debt per identity, its factors, and the estate total"),
      [](CliContext& c) {
          return GovernanceCommands(c).scores();
      } },
    { "campaign", QT_TRANSLATE_NOOP("Cli", "Create, list, follow and close review campaigns"),
      [](CliContext& c) {
          return CampaignCommands(c).campaign();
      } },
    { "review", QT_TRANSLATE_NOOP("Cli", "List review items with their evidence, and decide them"),
      [](CliContext& c) {
          return CampaignCommands(c).review();
      } },
    { "triggers", QT_TRANSLATE_NOOP("Cli", "Configure and run the triggers that start micro-campaigns"),
      [](CliContext& c) {
          return TriggerCommand(c).triggers();
      } },
    { "templates", QT_TRANSLATE_NOOP("Cli", "Define recurring campaigns and start those that are due"),
      [](CliContext& c) {
          return TemplateCommand(c).templates();
      } },
    { "export", QT_TRANSLATE_NOOP("Cli", "Write a campaign's signed evidence bundle"),
      [](CliContext& c) {
          return EvidenceCommands(c).exportBundle();
      } },
    { "verify", QT_TRANSLATE_NOOP("Cli", "Check an evidence bundle's hashes and signature (exit 3 when broken)"),
      [](CliContext& c) {
          return EvidenceCommands(c).verify();
      } },
    { "keys", QT_TRANSLATE_NOOP("Cli", "The signing key's fingerprint and public half"),
      [](CliContext& c) {
          return EvidenceCommands(c).keys();
      } },
    { "team", QT_TRANSLATE_NOOP("Cli", "Team mode on PostgreSQL: roles, row-level security, members"),
      [](CliContext& c) {
          return TeamCommand(c).team();
      } },
    { "migrate", QT_TRANSLATE_NOOP("Cli", "Copy a SQLite store into an empty PostgreSQL one, verified"),
      [](CliContext& c) {
          return TeamCommand(c).migrate();
      } },
    { "audit", QT_TRANSLATE_NOOP("Cli", "Verify the hash-chained audit log"),
      [](CliContext& c) {
          return GovernanceCommands(c).audit();
      } },
    { "import", QT_TRANSLATE_NOOP("Cli", "Import identities, grants and activity from files (one transaction)"),
      [](CliContext& c) {
          return ImportCommand(c).importFiles();
      } },
    { "sync",
      QT_TRANSLATE_NOOP("Cli", "Read a live source (entra, kubernetes) now, or every due connected source (--due)"),
      [](CliContext& c) {
          return SyncCommand(c).sync();
      } },
    { "analyse", QT_TRANSLATE_NOOP("Cli", "Recompute findings and trust debt now and time it"),
      [](CliContext& c) {
          return AnalyseCommand(c).analyse();
      } },
    { "sources", QT_TRANSLATE_NOOP("Cli", "Connected sources and how often each is synced"),
      [](CliContext& c) {
          return SourcesCommand(c).sources();
      } },
    { "secrets", QT_TRANSLATE_NOOP("Cli", "Keep connector secrets in the OS keychain (set reads standard input)"),
      [](CliContext& c) {
          return SecretsCommand(c).secrets();
      } },
    { "demo", QT_TRANSLATE_NOOP("Cli", "Fill the database with a realistic synthetic estate"),
      [](CliContext& c) {
          return DemoCommand(c).demo();
      } },
};

void printHelp(QTextStream& out)
{
    out << Cli::tr("Usage: recertify-cli [--db PATH] [--json] <command> [args]") << "\n\n"
        << Cli::tr("Governance of AI agents and other non-human identities.") << "\n\n"
        << Cli::tr("Global options:") << '\n'
        << "  --db PATH    " << Cli::tr("SQLite database file or postgresql://user@host:port/dbname URL") << '\n'
        << "               " << Cli::tr("(default: $RECERTIFY_DB, else %1)").arg(Database::defaultLocation()) << '\n'
        << "  --json       " << Cli::tr("machine-readable output on stdout") << '\n'
        << "  --help       " << Cli::tr("show this help; '<command> --help' shows a command's") << '\n'
        << "  --version    " << Cli::tr("show the version") << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const Command& command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' ' << Cli::tr(command.summary) << '\n';
    out << '\n' << Cli::tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 verification failed.") << '\n';
    out.flush();
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock, SecretStore* secrets)
{
    CliContext context(out, err, clock, secrets);
    context.dbLocation = qEnvironmentVariable("RECERTIFY_DB");
    QStringList rest = arguments.mid(1);

    QString commandName;
    while (!rest.isEmpty()) {
        const QString arg = rest.takeFirst();
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printHelp(out);
            return Success;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            out << "recertify-cli " << QStringLiteral(RECERTIFY_VERSION) << Qt::endl;
            return Success;
        }
        if (arg == QLatin1String("--json")) {
            context.json = true;
        } else if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (arg.startsWith(QLatin1String("--db=")))
                context.dbLocation = arg.mid(5);
            else if (!rest.isEmpty())
                context.dbLocation = rest.takeFirst();
            else
                return context.usage(Cli::tr("--db: expected a path or URL"));
        } else if (arg.startsWith(u'-')) {
            return context.usage(Cli::tr("Unknown option %1; see recertify-cli --help").arg(arg));
        } else {
            commandName = arg;
            break;
        }
    }
    if (commandName.isEmpty()) {
        printHelp(err);
        return Usage;
    }
    if (context.dbLocation.isEmpty())
        context.dbLocation = Database::defaultLocation();

    // --json may also follow the command, where scripts often put it.
    if (rest.removeAll(QStringLiteral("--json")) > 0)
        context.json = true;
    context.args = rest;

    for (const Command& command : kCommands) {
        if (commandName == QLatin1String(command.name)) {
            const int code = command.run(context);
            context.warnIfFindingsOutOfDate();
            return code;
        }
    }
    return context.usage(Cli::tr("Unknown command \"%1\"; see recertify-cli --help").arg(commandName));
}

int parseCommand(CliContext& context, QCommandLineParser& parser, const QString& name, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  Cli::tr("Show this command's help"));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("recertify-cli ") + name } + context.args))
        return context.usage(name + QStringLiteral(": ") + parser.errorText());
    if (parser.isSet(help)) {
        // Qt's first line names the binary's full path; ours names the command as users type it.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1);
        context.out() << Cli::tr("Usage: recertify-cli [--db PATH] [--json] %1 [options]").arg(name) << '\n' << text;
        context.out().flush();
        return Success;
    }
    return -1;
}

} // namespace recertify::cli
