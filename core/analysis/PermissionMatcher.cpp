#include "PermissionMatcher.h"

#include <QStringList>
#include <algorithm>
#include <initializer_list>

namespace recertify {

namespace {

bool globAt(const QString& p, const QString& t)
{
    return Glob(p).matches(t);
}

bool awsCovers(const QString& granted, const QString& action)
{
    if (granted.startsWith(QLatin1String("NotAction:"))) {
        // Everything except what the statement lists.
        const QStringList excluded = granted.mid(10).split(u',', Qt::SkipEmptyParts);
        return std::none_of(excluded.cbegin(), excluded.cend(), [&](const QString& e) { return globAt(e, action); });
    }
    // Service-level usage ("lambda:*", from Access Advisor) uses a grant of any action in that service.
    if (action.endsWith(QLatin1String(":*")) && !granted.isEmpty()) {
        const QString service = action.left(action.size() - 1);
        return granted == QLatin1String("*") || granted.startsWith(service, Qt::CaseInsensitive)
            || globAt(granted, action);
    }
    return globAt(granted, action);
}

bool k8sCovers(const QString& granted, const QString& action)
{
    const QString grantedVerb = granted.section(u' ', 0, 0);
    const QString grantedResource = granted.section(u' ', 1);
    const QString verb = action.section(u' ', 0, 0);
    const QString resource = action.section(u' ', 1);
    const bool verbOk = grantedVerb == QLatin1String("*") || grantedVerb == verb;
    const bool resourceOk = grantedResource == QLatin1String("*") || grantedResource == resource
        || (grantedResource.endsWith(QLatin1String("/*")) && resource.startsWith(grantedResource.chopped(1)))
        || (grantedResource.startsWith(u'/') && globAt(grantedResource, resource));
    return verbOk && resourceOk;
}

// The escalation paths of Kubernetes' "RBAC good practices": acting as another user or service account
// (impersonate), granting what one does not hold (bind, escalate on roles), running as any pod through the
// kubelet (nodes/proxy) and rewriting every request (admission webhooks). A rule narrowed by resourceNames can
// bind or impersonate only the names it lists, so it is not one.
bool k8sIsAdmin(const QString& permission, const QString& scope)
{
    if (scope.contains(QLatin1String(";nonResourceURLs")))
        return false;
    if (permission == QLatin1String("* *") || permission.startsWith(QLatin1String("role:ClusterRole/cluster-admin")))
        return true;
    if (scope.contains(QLatin1String(";names=")))
        return false;
    const QString verb = permission.section(u' ', 0, 0);
    const QString resource = permission.section(u' ', 1);
    const auto is = [&](const char* wanted) {
        return verb == QLatin1String("*") || verb == QLatin1String(wanted);
    };
    const auto on = [&](std::initializer_list<const char*> resources) {
        if (resource == QLatin1String("*"))
            return true;
        for (const char* r : resources) {
            if (resource == QLatin1String(r))
                return true;
        }
        return false;
    };
    return (is("impersonate")
            && (on({ "users", "groups", "serviceaccounts", "uids" })
                || resource.startsWith(QLatin1String("userextras"))))
        || ((is("bind") || is("escalate")) && on({ "roles", "clusterroles" }))
        || resource == QLatin1String("nodes/proxy")
        || ((is("create") || is("update") || is("patch"))
            && on({ "mutatingwebhookconfigurations", "validatingwebhookconfigurations" }));
}

int githubLevel(const QString& level)
{
    if (level == QLatin1String("admin"))
        return 3;
    if (level == QLatin1String("write"))
        return 2;
    if (level == QLatin1String("read"))
        return 1;
    return 0;
}

bool githubCovers(const QString& granted, const QString& action)
{
    const qsizetype g = granted.lastIndexOf(u':');
    const qsizetype a = action.lastIndexOf(u':');
    if (g < 0 || a < 0)
        return granted.compare(action, Qt::CaseInsensitive) == 0;
    return granted.left(g) == action.left(a) && githubLevel(granted.mid(g + 1)) >= githubLevel(action.mid(a + 1))
        && githubLevel(action.mid(a + 1)) > 0;
}

} // namespace

bool PermissionMatcher::glob(const QString& pattern, const QString& text)
{
    return globAt(pattern, text);
}

bool PermissionMatcher::covers(const QString& source, const QString& granted, const QString& action)
{
    if (source == QLatin1String("aws"))
        return awsCovers(granted, action);
    if (source == QLatin1String("k8s"))
        return k8sCovers(granted, action);
    if (source == QLatin1String("github"))
        return githubCovers(granted, action);
    if (source == QLatin1String("entra"))
        return granted.compare(action, Qt::CaseInsensitive) == 0;
    return globAt(granted, action);
}

bool PermissionMatcher::isAdmin(const QString& source, const QString& permission, const QString& scope)
{
    if (source == QLatin1String("aws")) {
        return permission == QLatin1String("*") || permission == QLatin1String("*:*")
            || permission.compare(QLatin1String("iam:*"), Qt::CaseInsensitive) == 0
            || permission == QLatin1String("NotAction:");
    }
    if (source == QLatin1String("k8s"))
        return k8sIsAdmin(permission, scope);
    if (source == QLatin1String("entra")) {
        // Permissions that reach Global Administrator in a step or two (Microsoft's Graph permissions reference).
        static const QStringList admin { QStringLiteral("Directory.ReadWrite.All"),
                                         QStringLiteral("RoleManagement.ReadWrite.Directory"),
                                         QStringLiteral("Application.ReadWrite.All"),
                                         QStringLiteral("AppRoleAssignment.ReadWrite.All"),
                                         QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
                                         QStringLiteral("RoleAssignmentSchedule.ReadWrite.Directory"),
                                         QStringLiteral("RoleEligibilitySchedule.ReadWrite.Directory"),
                                         QStringLiteral("RoleManagementPolicy.ReadWrite.Directory"),
                                         QStringLiteral("PrivilegedAccess.ReadWrite.AzureAD") };
        return admin.contains(permission, Qt::CaseInsensitive);
    }
    if (source == QLatin1String("github"))
        return permission == QLatin1String("administration:write")
            || permission == QLatin1String("organization_administration:write");
    return permission == QLatin1String("*") || permission == QLatin1String("admin:*");
}

} // namespace recertify
