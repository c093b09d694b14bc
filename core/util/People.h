#pragma once

#include <QString>

namespace recertify {

/** True for something shaped like an email address: how owners and reviewers are named. */
bool looksLikeEmail(const QString& text);

/** Who the audit log names for a change made in the desktop app: "desktop:<login>". */
/** The operating-system account using this process: $USER, $LOGNAME, $USERNAME, else the account name itself. */
QString osLogin();
QString desktopActor();

} // namespace recertify
