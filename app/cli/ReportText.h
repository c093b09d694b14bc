#pragma once

#include "core/sync/SyncReport.h"

#include <QJsonObject>
#include <QTextStream>

namespace recertify::cli {

/** A run's report as `--json` prints it (import and sync alike). */
QJsonObject reportJson(const SyncReport& report);
/** A run's report for people: counts, what the run was complete for, warnings, campaigns it started. */
void printReport(QTextStream& out, const SyncReport& report, bool inventory);

} // namespace recertify::cli
