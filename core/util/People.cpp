#include "People.h"

#include <QRegularExpression>

namespace recertify {

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(text).hasMatch();
}

QString desktopActor()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString login = qEnvironmentVariable(name);
        if (!login.isEmpty())
            return QStringLiteral("desktop:") + login;
    }
    return QStringLiteral("desktop:unknown");
}

} // namespace recertify
