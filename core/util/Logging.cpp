#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "recertify.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "recertify.core.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "recertify.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "recertify.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "recertify.core.sync", QtWarningMsg)
