#pragma once

#include "core/secrets/SecretStore.h"
#include "core/util/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace recertify::cli {

/**
 * recertify-cli: global options, then a command and its arguments (CLI.md). Returns the exit
 * code; data goes to out, errors to err. The clock and the secret store are the process's own unless
 * given (tests run commands in-process with a fixed clock and an in-memory store).
 */
int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock = Clock::instance(),
        SecretStore* secrets = nullptr);

} // namespace recertify::cli
