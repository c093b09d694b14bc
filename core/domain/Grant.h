#pragma once

#include <QDateTime>
#include <QString>

namespace recertify {

/** One permission an identity holds, normalised per source (s3:GetObject, Mail.Read, get pods…). */
struct Grant
{
    qint64 id = 0;
    qint64 identityId = 0;
    QString permission;
    QString resourceScope;
    QString grantedVia; ///< policy, binding or consent that gives it
    QDateTime grantedAt;
};

} // namespace recertify
