#pragma once

#include "app/cli/CliContext.h"

#include <QCommandLineParser>

namespace recertify::cli {

/** One entry of the command table. */
struct Command
{
    const char* name;
    const char* summary; ///< translated through QCoreApplication::translate("Cli", …)
    int (*run)(CliContext&);
};

int identitiesCommand(CliContext& context);
int showCommand(CliContext& context);
int demoCommand(CliContext& context);
int importCommand(CliContext& context);
int secretsCommand(CliContext& context);
int syncCommand(CliContext& context);
int sourcesCommand(CliContext& context);
int findingsCommand(CliContext& context);
int analyseCommand(CliContext& context);
int scoresCommand(CliContext& context);
int ownersCommand(CliContext& context);
int peopleCommand(CliContext& context);
int lifecycleCommand(CliContext& context);
int auditCommand(CliContext& context);
int campaignCommand(CliContext& context);
int reviewCommand(CliContext& context);
int triggersCommand(CliContext& context);
int templatesCommand(CliContext& context);
int exportCommand(CliContext& context);
int verifyCommand(CliContext& context);
int keysCommand(CliContext& context);
int teamCommand(CliContext& context);
int migrateCommand(CliContext& context);

/**
 * Parses a command's own arguments. Returns -1 when the command should go on, else the exit
 * code to return (help printed: 0; usage error: 2).
 */
int parseCommand(CliContext& context, QCommandLineParser& parser, const QString& name, const QString& description);

} // namespace recertify::cli
