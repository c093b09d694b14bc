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

    /// What the grant allows was not in the input (a policy or role referenced by name only). Its scope is
    /// "unresolved", or "unresolved;ns:NS" for a Kubernetes RoleBinding, which reaches only its namespace.
    [[nodiscard]] bool isUnresolved() const
    {
        return resourceScope == QLatin1String("unresolved") || resourceScope.startsWith(QLatin1String("unresolved;"));
    }
};

} // namespace recertify
