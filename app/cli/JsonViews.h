#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/domain/LifecycleEvent.h"
#include "core/domain/UsageRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

/** The stable JSON shapes of CLI.md; field names never change, new ones may be added. */
QJsonObject toJson(const Identity& identity);
QJsonObject toJson(const Credential& credential);
QJsonObject toJson(const Grant& grant);
QJsonObject toJson(const UsageRecord& usage);
QJsonObject toJson(const LifecycleEvent& event);
/** Ids of what a command created (campaigns started by a sync or a trigger). */
QJsonArray toJson(const QList<qint64>& ids);

} // namespace recertify::cli
