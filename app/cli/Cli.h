#pragma once

#include "util/Clock.h"

#include <QStringList>
#include <QTextStream>

namespace recertify::cli {

/**
 * recertify-cli: global options, then a command and its arguments (CLI.md). Returns the exit
 * code; data goes to out, errors to err.
 */
int run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock = Clock::instance());

} // namespace recertify::cli
