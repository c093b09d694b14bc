#include "core/team/LocalUser.h"

#include <QCryptographicHash>

namespace recertify {

QString LocalUser::propose(const QList<Person>& people, const QString& login)
{
    const QString wanted = login.trimmed().toLower();
    if (wanted.isEmpty())
        return {};
    // Best first: the whole address, the part before @, then a dotted first name ("ada" in ada.lovelace@).
    int bestRank = 0;
    QString best;
    for (const Person& p : people) {
        if (!p.active)
            continue;
        const QString email = p.email.toLower();
        const QString local = email.section(u'@', 0, 0);
        int rank = 0;
        if (email == wanted)
            rank = 4;
        else if (local == wanted || local == wanted.section(u'@', 0, 0))
            rank = 3;
        else if (local.section(u'.', 0, 0) == wanted || QString(local).remove(u'.') == wanted)
            rank = 2;
        else if (p.name.toLower().split(u' ', Qt::SkipEmptyParts).contains(wanted))
            rank = 1;
        if (rank > bestRank) {
            bestRank = rank;
            best = email;
        }
    }
    return best;
}

QString LocalUser::osLogin()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString LocalUser::settingsKey(const QString& storeLocation)
{
    const QByteArray id = QCryptographicHash::hash(storeLocation.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("user/") + QString::fromLatin1(id);
}

} // namespace recertify
