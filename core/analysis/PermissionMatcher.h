#pragma once

#include "core/domain/Grant.h"
#include "core/util/Glob.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace recertify {

/** Who holds an AWS grant, and when it is judged: what a condition on the request's context can tell. */
struct GrantHolder
{
    QDateTime now = QDateTime::currentDateTimeUtc();
};

/**
 * Whether a granted permission covers an action, per source's own wildcard rules:
 * AWS action globs (s3:Get*, *) and NotAction; Kubernetes "VERB RESOURCE" with *; GitHub
 * "permission:level" where write covers read; exact, case-insensitive names elsewhere (Graph).
 */
class PermissionMatcher
{
public:
    [[nodiscard]] static bool covers(const QString& source, const QString& granted, const QString& action);
    /**
     * A grant that amounts to administering the whole account, cluster, tenant or organisation, or lets its holder
     * make itself administrator (Kubernetes impersonate, bind, escalate). The grant's scope, when given, tells a
     * Kubernetes rule narrowed by resourceNames or on non-resource URLs from one that is not.
     */
    [[nodiscard]] static bool isAdmin(const QString& source, const QString& permission, const QString& scope = {});
    /** The same for a grant among all the identity holds: Kubernetes' bind and escalate count only beside a grant
     * to write the bindings or roles they would give. */
    [[nodiscard]] static bool isAdmin(const QString& source, const Grant& grant, const QList<Grant>& held,
                                      const GrantHolder& holder = {});
    /**
     * An AWS grant that is no administrator's by itself but lets its holder make itself one: writing or attaching
     * policies, taking over a user's keys or password, joining a group, rewriting a trust policy, or passing any role
     * to something `held` lets it launch (Rhino Security Labs' escalation methods), on any IAM principal and under no
     * condition that narrows it at `now`. Counted by isAdmin(source, grant, held).
     */
    [[nodiscard]] static bool escalatesToAdmin(const QString& source, const Grant& grant, const QList<Grant>& held,
                                               const GrantHolder& holder = {});
    /** Whether an AWS condition test ("DateGreaterThan aws:TokenIssueTime 2020-01-01T00:00:01Z") may fail for the
     * holder at its `now`: a date already past (of a token a role's session always has) or HTTPS holds for every
     * request from then on. */
    [[nodiscard]] static bool narrows(const QString& test, const GrantHolder& holder);
    /** The condition tests of a grant ("… when A, B within boundary …"): empty when it has none. */
    [[nodiscard]] static QStringList conditionTests(const QString& grantedVia);
    /**
     * Whether activity logs can show the permission used. AWS checks some permissions inside another call and
     * CloudTrail never records them as events of their own (the Service Authorization Reference marks them
     * "permission only", iam:PassRole the best known): they are never called unused, nor proposed for removal.
     */
    [[nodiscard]] static bool usageObservable(const QString& source, const QString& permission);
    /** A glob with * (any run) and ? (one character), case-insensitive. */
    [[nodiscard]] static bool glob(const QString& pattern, const QString& text);

    /** What a grant that is no administrator's reaches at large. */
    enum class Reach
    {
        None,
        EveryUsersData, ///< a Microsoft Graph application permission to every user's mail, files, chats…
        DeleteClusterWide, ///< deleting any resource, namespaces or volumes in every namespace of a cluster
        NamespaceWorkloads, ///< making or editing workloads in one namespace: any of its service accounts, its Secrets
        NamespaceSecrets, ///< reading the Secrets of one namespace, service-account tokens among them
        NamespaceLabels, ///< changing any namespace: its labels choose its Pod Security level and policies
        EveryRepository, ///< writing the code or workflows of every repository of a GitHub account, future ones too
    };
    /** Whether a grant reaches data or destruction at large without being an administrator's (see isAdmin). */
    [[nodiscard]] static Reach reach(const QString& source, const Grant& grant);
};

} // namespace recertify
