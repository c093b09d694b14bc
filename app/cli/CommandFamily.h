#pragma once

#include "app/cli/CliContext.h"

#include <QCommandLineParser>

namespace recertify::cli {

int parseCommand(CliContext& context, QCommandLineParser& parser, const QString& name, const QString& description);

/**
 * The shared base of every command family: a family is a class whose member functions are its commands (where
 * KeePassXC's src/cli has a class per command), all on the context they run in (the output streams, the store
 * opened once, the clock and the secret store it was given) and one way to parse a command's own arguments and
 * answer --help.
 */
class CommandFamily
{
public:
    explicit CommandFamily(CliContext& context)
        : m_context(context)
    {
    }

protected:
    /** Parses the command's own arguments: -1 when it should go on, else the exit code (help: 0; usage error: 2). */
    int parse(QCommandLineParser& parser, const QString& name, const QString& description)
    {
        return parseCommand(m_context, parser, name, description);
    }

    CliContext& m_context;
};

} // namespace recertify::cli
