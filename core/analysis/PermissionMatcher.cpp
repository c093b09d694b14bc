#include "core/analysis/PermissionMatcher.h"

#include "core/util/DataTable.h"
#include "core/util/Glob.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <initializer_list>

namespace recertify {

namespace {

bool globAt(const QString& p, const QString& t)
{
    // Most grants name one action or one service's all: settled by their literal start before a matcher is built
    // (the analysis asks this of every grant against a dozen escalation actions).
    const auto wild = std::find_if(p.cbegin(), p.cend(), [](QChar c) { return c == u'*' || c == u'?'; });
    if (wild == p.cend())
        return p.compare(t, Qt::CaseInsensitive) == 0;
    if (p.size() == 1 && *wild == u'*')
        return true;
    if (!t.startsWith(QStringView(p).left(wild - p.cbegin()), Qt::CaseInsensitive))
        return false;
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

// A Kubernetes rule's API groups as its grant's scope records them ("…;apiGroups=core,apps"); none recorded means any
// ("core" is the legacy "" group).
class ApiGroups
{
public:
    explicit ApiGroups(const QString& scope)
    {
        for (const QString& part : scope.split(u';')) {
            if (part.startsWith(QLatin1String("apiGroups=")))
                m_groups = part.mid(10).split(u',');
        }
    }
    bool any() const { return m_groups.isEmpty() || m_groups.contains(QStringLiteral("*")); }
    bool holds(const char* group) const { return any() || m_groups.contains(QLatin1String(group)); }

private:
    QStringList m_groups;
};

bool clusterWideScope(const QString& scope)
{
    return scope.isEmpty() || scope == QLatin1String("*") || scope.startsWith(QLatin1String("cluster"));
}

// The escalation paths of Kubernetes' "RBAC good practices": acting as another user or service account
// (impersonate), granting what one does not hold (bind, escalate on roles), running as any pod through the
// kubelet (nodes/proxy), minting any service account's token cluster-wide and rewriting every request (admission
// webhooks), reading Secrets cluster-wide (get, list or watch reveal their contents, service-account tokens
// among them), and creating or editing workloads cluster-wide (a pod template names any service account of its
// namespace and runs what it likes as it: "Workload creation"), and running commands in any pod cluster-wide
// (pods/exec or attach: the pod's service account token with it). Creating PersistentVolumes ("Persistent volume
// creation") is left out: it is every storage provisioner's job, and a pod must still be made to mount one. Each lives
// in one API group: a wildcard over a
// project's own groups is none of them. A rule narrowed by resourceNames can bind or impersonate only the names it
// lists, so it is not one.
bool k8sIsAdmin(const QString& permission, const QString& scope)
{
    if (scope.contains(QLatin1String(";nonResourceURLs")))
        return false;
    if (permission.startsWith(QLatin1String("role:ClusterRole/cluster-admin")))
        return true;
    // The API server's default user-facing roles, restored at every start (auto-reconciliation): their rules are known
    // without the input. admin and edit read Secrets and run pods as any service account; bound cluster-wide, that is
    // in every namespace.
    if ((permission == QLatin1String("role:ClusterRole/admin") || permission == QLatin1String("role:ClusterRole/edit"))
        && scope == QLatin1String("unresolved"))
        return true;
    const ApiGroups groups(scope);
    const auto inGroup = [&](const char* group) {
        return groups.holds(group);
    };
    if (permission == QLatin1String("* *") && groups.any())
        return true;
    // OpenShift security context constraints that let a pod reach its node: root on the node, named or not.
    if (permission == QLatin1String("use securitycontextconstraints") && scope.contains(QLatin1String(";hostAccess=")))
        return true;
    if (scope.contains(QLatin1String(";names=")))
        return false;
    const QString verb = permission.section(u' ', 0, 0);
    const QString resource = permission.section(u' ', 1);
    const auto is = [&](const char* wanted) {
        return verb == QLatin1String("*") || verb == QLatin1String(wanted);
    };
    const auto on = [&](const char* group, std::initializer_list<const char*> resources) {
        if (!inGroup(group))
            return false;
        if (resource == QLatin1String("*"))
            return true;
        for (const char* r : resources) {
            if (resource == QLatin1String(r))
                return true;
        }
        return false;
    };
    const bool clusterWide
        = scope.isEmpty() || scope.startsWith(QLatin1String("cluster")) || scope == QLatin1String("*");
    // Users and groups have no namespace: only a cluster-wide grant impersonates them (a Role's is void).
    return (is("impersonate")
            && (on("core", { "serviceaccounts" }) || (clusterWide && on("core", { "users", "groups" }))
                || (clusterWide && on("authentication.k8s.io", { "uids", "userextras/*" }))
                || (clusterWide && resource.startsWith(QLatin1String("userextras/"))
                    && inGroup("authentication.k8s.io"))))
        || ((is("bind") || is("escalate")) && on("rbac.authorization.k8s.io", { "roles", "clusterroles" }))
        || (on("core", { "nodes/proxy" }) && resource != QLatin1String("*"))
        || ((is("get") || is("list") || is("watch")) && clusterWide && on("core", { "secrets" }))
        || (is("create") && clusterWide && on("core", { "serviceaccounts/token" }) && resource != QLatin1String("*"))
        || ((is("create") || is("update") || is("patch")) && clusterWide
            && (on("core", { "pods", "replicationcontrollers" })
                || on("apps", { "deployments", "daemonsets", "statefulsets", "replicasets" })
                || on("batch", { "cronjobs" })))
        // A Job's pod template cannot change once it is created: only making one runs something.
        || (is("create") && clusterWide && on("batch", { "jobs" }))
        // kubectl 1.30 and later exec over WebSocket, which the API server authorises as get (create only with the
        // AuthorizePodWebsocketUpgradeCreatePermission gate, beta in 1.35).
        || ((is("create") || is("get")) && clusterWide && on("core", { "pods/exec", "pods/attach" })
            && resource != QLatin1String("*"))
        // A webhook is sent every object it asks for (secrets included); a mutating one, and a mutating admission
        // policy (beta in 1.34), rewrites them too. A validating admission policy can only refuse: not counted.
        || ((is("create") || is("update") || is("patch"))
            && on("admissionregistration.k8s.io",
                  { "mutatingwebhookconfigurations", "validatingwebhookconfigurations", "mutatingadmissionpolicies",
                    "mutatingadmissionpolicybindings" }));
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

namespace {

// A directory role Microsoft labels privileged (resources/data/entra-directory-roles.tsv) that can change the
// directory: its readers see much but change nothing, so they are no administrator.
bool privilegedDirectoryRole(const QString& name)
{
    static const QSet<QString> roles = [] {
        QSet<QString> out;
        for (const QStringList& row : DataTable::rows(QStringLiteral("entra-directory-roles.tsv"))) {
            if (row.size() >= 3 && row.at(2) == QLatin1String("1") && !row.at(1).endsWith(QLatin1String("Reader")))
                out.insert(row.at(1));
        }
        return out;
    }();
    return roles.contains(name);
}

} // namespace

QStringList PermissionMatcher::conditionTests(const QString& grantedVia)
{
    QString tests = grantedVia.section(QStringLiteral(" when "), 1);
    // What the importer appends after the tests: a boundary, the actions a Deny removes, a Deny that may apply.
    for (const QLatin1String end :
         { QLatin1String(" within boundary "), QLatin1String(" except "), QLatin1String(" unless ") }) {
        if (const qsizetype at = tests.indexOf(end); at >= 0)
            tests.truncate(at);
    }
    return tests.isEmpty() ? QStringList() : tests.split(QStringLiteral(", "));
}

bool PermissionMatcher::narrows(const QString& test, const GrantHolder& holder)
{
    const QDateTime& now = holder.now;
    // "OPERATOR key value" (AwsIamImporter::conditionTest): after a moment already past, or over HTTPS, which every
    // SDK and the CLI use, holds for every request from now on.
    const QStringList parts = test.split(u' ');
    if (parts.size() != 3)
        return true;
    QString op = parts.at(0);
    if (op.endsWith(QLatin1String("IfExists")))
        op.chop(8);
    const QString& key = parts.at(1);
    if (op == QLatin1String("Bool"))
        return key.compare(QLatin1String("aws:SecureTransport"), Qt::CaseInsensitive) != 0
            || parts.at(2).compare(QLatin1String("true"), Qt::CaseInsensitive) != 0;
    if (op != QLatin1String("DateGreaterThan") && op != QLatin1String("DateGreaterThanEquals"))
        return true;
    const bool epoch = key.compare(QLatin1String("aws:EpochTime"), Qt::CaseInsensitive) == 0;
    const bool token = key.compare(QLatin1String("aws:TokenIssueTime"), Qt::CaseInsensitive) == 0;
    if (!epoch && !token && key.compare(QLatin1String("aws:CurrentTime"), Qt::CaseInsensitive) != 0)
        return true;
    // A user's long-term keys carry no token issue time, but its console sessions and the session tokens it gets with
    // MFA (sts:GetSessionToken needs no permission) do, and IAM's export says neither whether it has a password nor an
    // MFA device: the test holds for users as for roles (cloudsplaining's fn3 user and role alike).
    // aws:EpochTime counts seconds, however many digits.
    bool digits = false;
    const qint64 seconds = parts.at(2).toLongLong(&digits);
    const std::optional<QDateTime> from = epoch && digits
        ? std::optional<QDateTime>(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC))
        : Timestamp::parse(parts.at(2));
    return !from || !now.isValid() || *from > now;
}

namespace {

// A service-linked role's policy (path aws-service-role/) is attached by AWS to a role only that service may assume
// and nobody may edit: what it allows is the service's own work, not a way up for anyone nor a grant to take away.
bool throughServiceLinkedPolicy(const Grant& grant)
{
    static const QRegularExpression serviceLinked(QStringLiteral("^arn:aws[a-z-]*:iam::aws:policy/aws-service-role/"));
    return serviceLinked.match(grant.grantedVia).hasMatch();
}

} // namespace

bool PermissionMatcher::escalatesToAdmin(const QString& source, const Grant& grant, const QList<Grant>& held,
                                         const GrantHolder& holder)
{
    // A condition (a permissions boundary the new policy must carry, a tag) or a Deny that may apply is how such
    // rights are delegated safely: the reviewer reads those in the grant. A test that always holds delegates nothing.
    const auto plain = [&](const Grant& g) {
        if (g.isUnresolved() || g.permission.startsWith(QLatin1String("NotAction:"))
            || g.grantedVia.contains(QLatin1String(" unless ")))
            return false;
        const QStringList each = conditionTests(g.grantedVia);
        return std::none_of(each.cbegin(), each.cend(), [&](const QString& test) { return narrows(test, holder); });
    };
    // PassRole narrowed to the service it is passed to (AWSLambda_FullAccess: iam:PassedToService) still passes any
    // role to what that service runs.
    const auto toAService = [&](const Grant& g) {
        const QStringList each = conditionTests(g.grantedVia);
        if (each.isEmpty() || g.grantedVia.contains(QLatin1String(" unless ")))
            return false;
        return std::all_of(each.cbegin(), each.cend(), [&](const QString& test) {
            return test.section(u' ', 1, 1).compare(QLatin1String("iam:PassedToService"), Qt::CaseInsensitive) == 0
                || !narrows(test, holder);
        });
    };
    if (throughServiceLinkedPolicy(grant))
        return false;
    const bool passRole = awsCovers(grant.permission, QStringLiteral("iam:PassRole"));
    if (source != QLatin1String("aws") || !(plain(grant) || (passRole && toAService(grant)))
        || isAdmin(source, grant.permission, grant.resourceScope))
        return false;
    // On any principal, policy or role: "*", or an IAM resource whose name is a wildcard. (AWS's own managed
    // policies, account "aws", cannot be given new versions.)
    const QStringList resources
        = grant.resourceScope.isEmpty() ? QStringList { QStringLiteral("*") } : grant.resourceScope.split(u',');
    const bool wide = std::any_of(resources.cbegin(), resources.cend(), [](const QString& r) {
        const QString service = r.section(u':', 2, 2);
        return r == QLatin1String("*") || r.startsWith(QLatin1String("NotResource:"))
            || ((service == QLatin1String("iam") || service == QLatin1String("*"))
                && r.section(u':', 4, 4) != QLatin1String("aws") && r.section(u':', 5).contains(u'*'));
    });
    if (!wide)
        return false;
    // Each alone (iam:SetDefaultPolicyVersion through an older version that allows more, as Rhino Security Labs and
    // cloudsplaining count it).
    static const char* const escalation[]
        = { "iam:PutUserPolicy",          "iam:PutRolePolicy",          "iam:PutGroupPolicy",
            "iam:AttachUserPolicy",       "iam:AttachRolePolicy",       "iam:AttachGroupPolicy",
            "iam:CreatePolicyVersion",    "iam:CreateAccessKey",        "iam:CreateLoginProfile",
            "iam:UpdateLoginProfile",     "iam:UpdateAssumeRolePolicy", "iam:AddUserToGroup",
            "iam:SetDefaultPolicyVersion" };
    if (std::any_of(std::begin(escalation), std::end(escalation),
                    [&](const char* action) { return awsCovers(grant.permission, QLatin1String(action)); }))
        return true;
    // Passing any role to something it may launch, which then runs as that role (Rhino Security Labs' methods).
    if (!passRole)
        return false;
    // Each with the service a role is passed to for it.
    static const std::pair<const char*, const char*> launch[]
        = { { "lambda:CreateFunction", "lambda.amazonaws.com" },
            { "ec2:RunInstances", "ec2.amazonaws.com" },
            { "glue:CreateDevEndpoint", "glue.amazonaws.com" },
            { "cloudformation:CreateStack", "cloudformation.amazonaws.com" },
            { "datapipeline:CreatePipeline", "datapipeline.amazonaws.com" },
            { "sagemaker:CreateNotebookInstance", "sagemaker.amazonaws.com" },
            { "sagemaker:CreateTrainingJob", "sagemaker.amazonaws.com" },
            { "sagemaker:CreateProcessingJob", "sagemaker.amazonaws.com" },
            { "codebuild:CreateProject", "codebuild.amazonaws.com" },
            { "ecs:RunTask", "ecs-tasks.amazonaws.com" } };
    // Narrowed by iam:PassedToService to services it names ("StringEquals iam:PassedToService a|b"): only what those
    // launch. A test that names none (an older store's, or another operator) leaves every service open.
    QStringList passedTo;
    bool anyService = plain(grant);
    for (const QString& test : conditionTests(grant.grantedVia)) {
        const QStringList parts = test.split(u' ');
        if (parts.value(1).compare(QLatin1String("iam:PassedToService"), Qt::CaseInsensitive) != 0)
            continue;
        const QString op = parts.value(0);
        if (parts.size() != 3
            || !(op.startsWith(QLatin1String("StringEquals")) || op.startsWith(QLatin1String("StringLike"))))
            anyService = true;
        else
            passedTo << parts.at(2).split(u'|');
    }
    if (passedTo.isEmpty())
        anyService = true;
    const auto passesTo = [&](const char* service) {
        return anyService || std::any_of(passedTo.cbegin(), passedTo.cend(), [&](const QString& named) {
                   return Glob(named).matches(QLatin1String(service));
               });
    };
    return std::any_of(held.cbegin(), held.cend(), [&](const Grant& other) {
        return plain(other) && std::any_of(std::begin(launch), std::end(launch), [&](const auto& action) {
                   return passesTo(action.second) && awsCovers(other.permission, QLatin1String(action.first));
               });
    });
}

bool PermissionMatcher::isAdmin(const QString& source, const Grant& grant, const QList<Grant>& held,
                                const GrantHolder& holder)
{
    // An Azure role assignment under a condition (ABAC: which roles it may assign, to whom) is delegation by design.
    if (source == QLatin1String("entra") && grant.permission.startsWith(QLatin1String("azureRole:"))
        && grant.grantedVia.contains(QLatin1String(" when ")))
        return false;
    // A delegated permission (an OAuth2 permission grant) lets the app act as the signed-in user, never beyond what
    // that user may do: only Directory.AccessAsUser.All, every user's whole directory access, is an admin grant.
    if (source == QLatin1String("entra") && grant.grantedVia.startsWith(QLatin1String("oauth2PermissionGrant:")))
        return grant.permission.compare(QLatin1String("Directory.AccessAsUser.All"), Qt::CaseInsensitive) == 0;
    if (source == QLatin1String("aws") && throughServiceLinkedPolicy(grant))
        return false;
    if (escalatesToAdmin(source, grant, held, holder))
        return true;
    if (!isAdmin(source, grant.permission, grant.resourceScope))
        return false;
    const QString verb = grant.permission.section(u' ', 0, 0);
    if (source != QLatin1String("k8s") || (verb != QLatin1String("bind") && verb != QLatin1String("escalate")))
        return true;
    // bind grants a role only through a binding its holder may write, escalate only a role it may write
    // (KubeHound's ROLE_BIND "fail" case holds bind without either). Cluster-scoped ones need a cluster-wide grant.
    const bool bind = verb == QLatin1String("bind");
    const QLatin1String local(bind ? "rolebindings" : "roles");
    const QLatin1String clusterScoped(bind ? "clusterrolebindings" : "clusterroles");
    for (const Grant& other : held) {
        const QString otherVerb = other.permission.section(u' ', 0, 0);
        const QString otherResource = other.permission.section(u' ', 1);
        if (otherVerb != QLatin1String("*") && otherVerb != QLatin1String("create")
            && otherVerb != QLatin1String("update") && otherVerb != QLatin1String("patch"))
            continue;
        if (other.resourceScope.contains(QLatin1String(";nonResourceURLs")))
            continue;
        // The write grant must be in the rbac group and reach where the bind or escalate grant applies.
        const QString groups = other.resourceScope.section(QStringLiteral(";apiGroups="), 1).section(u';', 0, 0);
        if (!groups.isEmpty() && !groups.split(u',').contains(QStringLiteral("*"))
            && !groups.split(u',').contains(QStringLiteral("rbac.authorization.k8s.io")))
            continue;
        const QString where = grant.resourceScope.section(u';', 0, 0);
        if (!clusterWideScope(other.resourceScope) && other.resourceScope.section(u';', 0, 0) != where)
            continue;
        if (otherResource == QLatin1String("*") || otherResource == local
            || (otherResource == clusterScoped && clusterWideScope(other.resourceScope)))
            return true;
    }
    return false;
}

bool PermissionMatcher::isAdmin(const QString& source, const QString& permission, const QString& scope)
{
    if (source == QLatin1String("aws")) {
        // An Allow of NotAction grants all but what it lists: admin when it leaves any of IAM's privilege
        // escalation paths open (Rhino Security Labs' list: writing policies, passing roles, minting keys…).
        static const char* const escalation[]
            = { "iam:PutUserPolicy",          "iam:PutRolePolicy",           "iam:PutGroupPolicy",
                "iam:AttachUserPolicy",       "iam:AttachRolePolicy",        "iam:AttachGroupPolicy",
                "iam:CreatePolicyVersion",    "iam:SetDefaultPolicyVersion", "iam:PassRole",
                "iam:CreateAccessKey",        "iam:CreateLoginProfile",      "iam:UpdateLoginProfile",
                "iam:UpdateAssumeRolePolicy", "iam:AddUserToGroup" };
        if (permission.startsWith(QLatin1String("NotAction:"))) {
            // Only on resources IAM's own can be: "NotAction s3:DeleteBucket" on arn:aws:s3:::* allows S3 alone.
            const QStringList resources = scope.isEmpty() ? QStringList { QStringLiteral("*") } : scope.split(u',');
            const bool reachesIam = std::any_of(resources.cbegin(), resources.cend(), [](const QString& r) {
                const QString service = r.section(u':', 2, 2);
                return r == QLatin1String("*") || r.startsWith(QLatin1String("NotResource:"))
                    || r.contains(QLatin1String("iam"), Qt::CaseInsensitive)
                    || (r.startsWith(QLatin1String("arn:")) && (service.isEmpty() || service.contains(u'*')));
            });
            return reachesIam && std::any_of(std::begin(escalation), std::end(escalation), [&](const char* action) {
                       return awsCovers(permission, QLatin1String(action));
                   });
        }
        return permission == QLatin1String("*") || permission == QLatin1String("*:*")
            || permission.compare(QLatin1String("iam:*"), Qt::CaseInsensitive) == 0;
    }
    if (source == QLatin1String("k8s"))
        return k8sIsAdmin(permission, scope);
    if (source == QLatin1String("entra")) {
        // Permissions that reach Global Administrator in a step or two: Microsoft's Graph permissions reference, and
        // the Tier 0 of Emilien Socchi's tiering of Graph application permissions by known attack paths
        // (github.com/emiliensocchi/azure-tiering @ 0f5fed14). Directory.AccessAsUser.All lets an app act as any user
        // who signs in, a Global Administrator too, with all they may do in the directory.
        static const QStringList admin {
            QStringLiteral("Directory.ReadWrite.All"),
            QStringLiteral("RoleManagement.ReadWrite.Directory"),
            QStringLiteral("Application.ReadWrite.All"),
            QStringLiteral("Application.ReadWrite.OwnedBy"),
            QStringLiteral("AppRoleAssignment.ReadWrite.All"),
            QStringLiteral("DelegatedPermissionGrant.ReadWrite.All"),
            QStringLiteral("RoleAssignmentSchedule.ReadWrite.Directory"),
            QStringLiteral("RoleEligibilitySchedule.ReadWrite.Directory"),
            QStringLiteral("RoleManagementPolicy.ReadWrite.Directory"),
            QStringLiteral("RoleManagementPolicy.ReadWrite.AzureADGroup"),
            QStringLiteral("PrivilegedAccess.ReadWrite.AzureAD"),
            QStringLiteral("PrivilegedAccess.ReadWrite.AzureADGroup"),
            QStringLiteral("PrivilegedAccess.ReadWrite.AzureResources"),
            QStringLiteral("PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup"),
            QStringLiteral("PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup"),
            QStringLiteral("AdministrativeUnit.ReadWrite.All"),
            QStringLiteral("DelegatedAdminRelationship.ReadWrite.All"),
            QStringLiteral("Domain.ReadWrite.All"),
            QStringLiteral("EntitlementManagement.ReadWrite.All"),
            QStringLiteral("Group.ReadWrite.All"),
            QStringLiteral("GroupMember.ReadWrite.All"),
            QStringLiteral("OnPremDirectorySynchronization.ReadWrite.All"),
            QStringLiteral("Policy.ReadWrite.AuthenticationMethod"),
            QStringLiteral("Policy.ReadWrite.PermissionGrant"),
            QStringLiteral("Synchronization.ReadWrite.All"),
            QStringLiteral("User.ReadWrite.All"),
            QStringLiteral("UserAuthenticationMethod.ReadWrite.All"),
            QStringLiteral("Directory.AccessAsUser.All"),
        };
        if (permission.startsWith(QLatin1String("directoryRole:")))
            return privilegedDirectoryRole(permission.mid(14));
        // Azure roles that grant access to others, on a whole subscription, a management group or the root: the
        // holder may give itself anything there. Below a subscription they administer that part only.
        if (permission.startsWith(QLatin1String("azureRole:"))) {
            static const QStringList grantors { QStringLiteral("Owner"), QStringLiteral("User Access Administrator"),
                                                QStringLiteral("Role Based Access Control Administrator") };
            static const QRegularExpression wide(
                QStringLiteral("^/(subscriptions/[^/]+|providers/Microsoft\\.Management/managementGroups/[^/]+)?/?$"),
                QRegularExpression::CaseInsensitiveOption);
            return grantors.contains(permission.mid(10), Qt::CaseInsensitive) && wide.match(scope).hasMatch();
        }
        return admin.contains(permission, Qt::CaseInsensitive);
    }
    if (source == QLatin1String("github"))
        return permission == QLatin1String("administration:write")
            || permission == QLatin1String("organization_administration:write");
    return permission == QLatin1String("*") || permission == QLatin1String("admin:*");
}

PermissionMatcher::Reach PermissionMatcher::reach(const QString& source, const Grant& grant)
{
    const QString& permission = grant.permission;
    if (source == QLatin1String("entra")) {
        // An application permission acts with no signed-in user, so on every user's content: Microsoft Graph's
        // permissions reference says so of each ("… in all mailboxes", "… in all site collections"). Delegated
        // scopes reach only what the signed-in user may; a *.Selected permission only what was granted one by one;
        // a role of another API only that API's, whatever its name.
        static const QStringList microsoft { QStringLiteral("Microsoft Graph"),
                                             QStringLiteral("Office 365 Exchange Online"),
                                             QStringLiteral("Office 365 SharePoint Online") };
        static const QRegularExpression objectId(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
            QRegularExpression::CaseInsensitiveOption);
        if (!grant.grantedVia.startsWith(QLatin1String("appRoleAssignment:"))
            || permission.endsWith(QLatin1String(".Selected"), Qt::CaseInsensitive)
            || !(microsoft.contains(grant.resourceScope, Qt::CaseInsensitive)
                 || objectId.match(grant.resourceScope).hasMatch()))
            return Reach::None;
        // What only makes a chat or reads its members, not its messages.
        static const QStringList apart { QStringLiteral("Chat.Create"), QStringLiteral("Chat.ReadBasic.All"),
                                         QStringLiteral("Chat.ReadBasic.WhereInstalled") };
        if (apart.contains(permission, Qt::CaseInsensitive))
            return Reach::None;
        static const char* const content[] = { "Mail.",
                                               "MailboxItem.",
                                               "MailboxFolder.",
                                               "MailboxSettings.ReadWrite",
                                               "Files.",
                                               "Sites.",
                                               "Notes.",
                                               "Chat.",
                                               "ChatMessage.",
                                               "ChannelMessage.",
                                               "Calendars.",
                                               "Contacts.",
                                               "Tasks.",
                                               "OnlineMeetingTranscript.",
                                               "OnlineMeetingRecording.",
                                               "CallRecords.",
                                               "eDiscovery.",
                                               "full_access_as_app" };
        for (const char* prefix : content) {
            if (permission.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
                return Reach::EveryUsersData;
        }
        return Reach::None;
    }
    if (source == QLatin1String("k8s")) {
        const QString scope = grant.resourceScope;
        if (scope.contains(QLatin1String(";names=")) || scope.contains(QLatin1String(";nonResourceURLs")))
            return Reach::None;
        const QString verb = permission.section(u' ', 0, 0);
        const QString resource = permission.section(u' ', 1);
        if (!clusterWideScope(scope.section(u';', 0, 0))) {
            // In one namespace, what is an administrator's cluster-wide reaches that namespace's Secrets (RBAC good
            // practices, "Workload creation"): a pod it makes or edits may name any of the namespace's service
            // accounts and read any of its Secrets; reading Secrets reveals them, tokens among them.
            const ApiGroups groups(scope);
            const auto is = [&](const char* wanted) {
                return verb == QLatin1String("*") || verb == QLatin1String(wanted);
            };
            const auto on = [&](const char* group, std::initializer_list<const char*> resources) {
                if (!groups.holds(group))
                    return false;
                if (resource == QLatin1String("*"))
                    return true;
                return std::any_of(resources.begin(), resources.end(),
                                   [&](const char* r) { return resource == QLatin1String(r); });
            };
            // Workloads first: they reach the Secrets too, and more.
            if (((is("create") || is("update") || is("patch"))
                 && (on("core", { "pods", "replicationcontrollers" })
                     || on("apps", { "deployments", "daemonsets", "statefulsets", "replicasets" })
                     || on("batch", { "cronjobs" })))
                || (is("create") && on("batch", { "jobs" })))
                return Reach::NamespaceWorkloads;
            if ((is("get") || is("list") || is("watch")) && on("core", { "secrets" }))
                return Reach::NamespaceSecrets;
            // A RoleBinding to a role that may change namespaces lets it change its own (RBAC good practices,
            // "Namespace modification"): the labels that set its Pod Security level.
            if ((is("update") || is("patch")) && on("core", { "namespaces" }))
                return Reach::NamespaceLabels;
            return Reach::None;
        }
        // A namespace's labels set its Pod Security level (and which policies select it): changing them lets
        // privileged pods in (RBAC good practices, "Namespace modification").
        if ((verb == QLatin1String("update") || verb == QLatin1String("patch"))
            && (resource == QLatin1String("namespaces") || resource == QLatin1String("*"))
            && ApiGroups(scope).holds("core"))
            return Reach::NamespaceLabels;
        // Deleting is no way to more rights, so no administrator's; cluster-wide it takes down every workload, or a
        // namespace with all it holds, or the volumes holding the data.
        if (verb != QLatin1String("delete") && verb != QLatin1String("deletecollection") && verb != QLatin1String("*"))
            return Reach::None;
        // In the API group each lives in: a wildcard over a project's own groups deletes only its own kinds.
        const ApiGroups groups(scope);
        const auto inGroup = [&](const char* group) {
            return groups.holds(group);
        };
        // "*" in the core group alone still deletes namespaces and volumes.
        const bool wide = (resource == QLatin1String("*") && (inGroup("core") || inGroup("apiextensions.k8s.io")))
            || (inGroup("core")
                && (resource == QLatin1String("namespaces") || resource == QLatin1String("persistentvolumes")
                    || resource == QLatin1String("persistentvolumeclaims")))
            || (inGroup("apiextensions.k8s.io") && resource == QLatin1String("customresourcedefinitions"));
        return wide ? Reach::DeleteClusterWide : Reach::None;
    }
    if (source == QLatin1String("github")) {
        // An installation or token given all repositories reaches every one the account has and will have: writing
        // their code, or their workflows (which run with the repositories' secrets), reaches all of them.
        if (!grant.resourceScope.endsWith(QLatin1String("repositories=all")))
            return Reach::None;
        return permission == QLatin1String("contents:write") || permission == QLatin1String("workflows:write")
            ? Reach::EveryRepository
            : Reach::None;
    }
    return Reach::None;
}

bool PermissionMatcher::usageObservable(const QString& source, const QString& permission)
{
    // An Azure role is used by calls to Azure Resource Manager, which no Entra input records (sign-ins say only that a
    // token was issued).
    if (source == QLatin1String("entra"))
        return !permission.startsWith(QLatin1String("azureRole:"));
    if (source != QLatin1String("aws"))
        return true;
    static const QStringList permissionOnly { QStringLiteral("iam:PassRole"), QStringLiteral("sts:TagSession"),
                                              QStringLiteral("sts:SetSourceIdentity"),
                                              QStringLiteral("sts:SetContext") };
    return !permissionOnly.contains(permission, Qt::CaseInsensitive);
}

} // namespace recertify
