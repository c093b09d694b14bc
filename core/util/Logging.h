#pragma once

#include <QLoggingCategory>

// Developer diagnostics only. Never log a secret, token or key.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace recertify {
/**
 * Drops one known-harmless driver warning: after a statement the server refused inside a
 * transaction, Qt's PostgreSQL driver cannot free its prepared statement until the rollback and
 * says so on stderr, beside the clear error the user already gets. Everything else passes on.
 */
void installDriverNoiseFilter();
} // namespace recertify
