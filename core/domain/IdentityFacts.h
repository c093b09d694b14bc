#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/domain/UsageRecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace recertify {

/** Everything the analyzer needs to know about one identity. */
struct IdentityFacts
{
    Identity identity;
    QList<Grant> grants;
    QList<Credential> credentials;
    QList<UsageRecord> usage; ///< within the observation window
    QStringList certifiedGrants; ///< the grants at the last certification (empty: never certified)
    QDateTime lastCertifiedAt;
    QDateTime ownershipUntil; ///< each attestation certified until its own date (invalid: never certified)
    QDateTime scopeUntil;
    QDateTime needUntil;
    QStringList removalRequested; ///< grants a reviewer's reduce decision named for removal
    QDateTime removalRequestedAt;
    bool directoryKnown = false; ///< a people directory was imported
    bool ownerInDirectory = false;
    bool ownerActive = false;
    /// Days of the window the identity's source (its account, for AWS) has activity data for;
    /// 0: none, so nothing can be called unused; -1: not measured (treated as observed).
    int coverageDays = -1;
    QString coverageScope; ///< what the days are of: "aws account:1111…", "k8s"
    QDate coverageThrough; ///< the last day its source's activity data covers, in the window or before; null: none
    /// The day of the latest report of its source that says whether it was ever used (an IAM credential report)
    QDate useReportedThrough;
    /// The day of the latest report that tracks its use for the 400 days before it and found none (an IAM export's
    /// empty RoleLastUsed, an Access Advisor report without a last access)
    QDate unusedReportedThrough;
    bool lastUseFromActivity = false; ///< its last use is the latest of its imported activity, not a source's report
};

/** Granted vs used vs declared, for one identity. */
struct DriftFigures
{
    int granted = 0;
    int used = 0; ///< grants covered by allowed activity in the window
    int unused = 0;
    int outOfScope = 0; ///< distinct actions outside the declared scope (or denied outside the grants)
    QList<bool> adminGrants; ///< per grant of the facts, in order: an administrator's (PermissionMatcher::isAdmin)
    /** Until when the passing of time alone leaves the findings and figures as they are (the next day at most). */
    QDateTime stableUntil;
};

} // namespace recertify
