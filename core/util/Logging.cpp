#include "core/util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "recertify.core.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "recertify.core.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "recertify.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "recertify.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "recertify.core.sync", QtWarningMsg)

namespace recertify {

namespace {
QtMessageHandler s_next = nullptr;

void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement"))
        && message.contains(QLatin1String("current transaction is aborted")))
        return;
    if (s_next)
        s_next(type, context, message);
}
} // namespace

void installDriverNoiseFilter()
{
    s_next = qInstallMessageHandler(filter);
}

} // namespace recertify
