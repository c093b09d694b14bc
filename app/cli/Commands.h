#pragma once

#include "app/cli/CommandFamily.h"

namespace recertify::cli {

/** One entry of the command table: a command's name, its summary and the family member that runs it. */
struct Command
{
    const char* name;
    const char* summary; ///< translated through QCoreApplication::translate("Cli", …)
    int (*run)(CliContext&);
};

class AnalyseCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int analyse();
};

class CampaignCommands : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int campaign();
    int review();
};

class DemoCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int demo();
};

class EvidenceCommands : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int exportBundle();
    int verify();
    int keys();
};

class GovernanceCommands : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int findings();
    int scores();
    int owners();
    int people();
    int lifecycle();
    int audit();
};

class ImportCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int importFiles();
};

class InventoryCommands : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int identities();
    int show();
};

class SecretsCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int secrets();
};

class SourcesCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int sources();
};

class SyncCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int sync();
};

class TeamCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int team();
    int migrate();
};

class TemplateCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int templates();
};

class TriggerCommand : public CommandFamily
{
public:
    using CommandFamily::CommandFamily;
    int triggers();
};

} // namespace recertify::cli
