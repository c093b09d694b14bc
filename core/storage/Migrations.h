#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>

namespace recertify {

class Database;

/** Stepwise schema migrations; each step runs in its own transaction. */
namespace Migrations {

inline constexpr int kLatestVersion = 19;

[[nodiscard]] Status migrate(const Database& database);
/** 0 for an empty database. */
[[nodiscard]] Result<int> currentVersion(const QSqlDatabase& db);

} // namespace Migrations
} // namespace recertify
