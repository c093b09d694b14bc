#include "core/util/People.h"

#include <QRegularExpression>
#include <pwd.h>
#include <unistd.h>

namespace recertify {

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(text).hasMatch();
}

QString osLogin()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString login = qEnvironmentVariable(name);
        if (!login.isEmpty())
            return login;
    }
    // Services and containers often run without those variables: the account itself still has a name.
    if (const passwd* account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

QString desktopActor()
{
    return QStringLiteral("desktop:") + osLogin();
}

} // namespace recertify
