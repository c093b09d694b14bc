#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace recertify {

/** A non-human identity as the store keeps it: one row of the inventory. */
struct Identity
{
    qint64 id = 0;
    QString source; ///< aws, entra, k8s, github, mcp, csv, demo…
    QString nativeId; ///< the source's immutable id (RoleId, object id, uid…)
    QString kind; ///< see IdentityKind
    QString displayName;
    QString businessOwner; ///< email, empty when nobody is accountable
    QString technicalOwner;
    QString status = QStringLiteral("active"); ///< see LifecycleState
    bool enabled = true;
    bool discoveredFromActivity = false; ///< a shadow identity seen only in activity
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QString purpose;
    QStringList declaredScope;
    QString retirementCondition;
    QDateTime expiresAt;
    qint64 parentId = 0; ///< delegating agent, for sub-agents
    double trustDebt = -1; ///< negative until scored

    // Filled by list queries, not stored on the row.
    int credentialCount = 0;
    int grantCount = 0;
    bool ownerInactive = false; ///< the business owner is in the directory but has left
};

} // namespace recertify
