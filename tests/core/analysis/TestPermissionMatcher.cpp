#include "core/analysis/PermissionIndex.h"
#include "core/analysis/PermissionMatcher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace recertify;

/**
 * Whether a grant covers an action decides what counts as "used" and what is "out of scope", so
 * every source's own wildcard rules are pinned here, one sentence per row.
 */
class TestPermissionMatcher : public QObject
{
    Q_OBJECT

private slots:
    void covers_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("granted");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("expected");

        // AWS: action globs, case-insensitive, NotAction, service-level usage from Access Advisor.
        QTest::addRow("aws: s3:Get* covers s3:GetObject") << "aws"
                                                          << "s3:Get*"
                                                          << "s3:GetObject" << true;
        QTest::addRow("aws: s3:Get* does not cover s3:PutObject") << "aws"
                                                                  << "s3:Get*"
                                                                  << "s3:PutObject" << false;
        QTest::addRow("aws: s3:Get* does not cover s3control:GetJob") << "aws"
                                                                      << "s3:Get*"
                                                                      << "s3control:GetJob" << false;
        QTest::addRow("aws: * covers iam:CreateUser") << "aws"
                                                      << "*"
                                                      << "iam:CreateUser" << true;
        QTest::addRow("aws: * covers any service's action") << "aws"
                                                            << "*"
                                                            << "dynamodb:DeleteTable" << true;
        QTest::addRow("aws: an exact action covers itself") << "aws"
                                                            << "s3:GetObject"
                                                            << "s3:GetObject" << true;
        QTest::addRow("aws: an exact action covers no other") << "aws"
                                                              << "s3:GetObject"
                                                              << "s3:GetObjectAcl" << false;
        QTest::addRow("aws: action names ignore case (grant upper)") << "aws"
                                                                     << "S3:GETOBJECT"
                                                                     << "s3:GetObject" << true;
        QTest::addRow("aws: action names ignore case (glob lower)") << "aws"
                                                                    << "s3:get*"
                                                                    << "S3:GetObject" << true;
        QTest::addRow("aws: s3:*Object covers s3:PutObject") << "aws"
                                                             << "s3:*Object"
                                                             << "s3:PutObject" << true;
        QTest::addRow("aws: s3:*Object does not cover s3:ListBucket") << "aws"
                                                                      << "s3:*Object"
                                                                      << "s3:ListBucket" << false;
        QTest::addRow("aws: NotAction iam,organizations covers s3:GetObject") << "aws"
                                                                              << "NotAction:iam:*,organizations:*"
                                                                              << "s3:GetObject" << true;
        QTest::addRow("aws: NotAction iam,organizations does not cover iam:CreateUser")
            << "aws"
            << "NotAction:iam:*,organizations:*"
            << "iam:CreateUser" << false;
        QTest::addRow("aws: NotAction iam,organizations does not cover organizations:LeaveOrganization")
            << "aws"
            << "NotAction:iam:*,organizations:*"
            << "organizations:LeaveOrganization" << false;
        QTest::addRow("aws: NotAction exclusions ignore case") << "aws"
                                                               << "NotAction:iam:*"
                                                               << "IAM:CreateUser" << false;
        QTest::addRow("aws: service usage lambda:* is covered by lambda:InvokeFunction") << "aws"
                                                                                         << "lambda:InvokeFunction"
                                                                                         << "lambda:*" << true;
        QTest::addRow("aws: service usage lambda:* is covered by *") << "aws"
                                                                     << "*"
                                                                     << "lambda:*" << true;
        QTest::addRow("aws: service usage lambda:* is covered by lambda:*") << "aws"
                                                                            << "lambda:*"
                                                                            << "lambda:*" << true;
        QTest::addRow("aws: service usage lambda:* is covered by Lambda:Invoke* whatever the case")
            << "aws"
            << "Lambda:Invoke*"
            << "lambda:*" << true;
        QTest::addRow("aws: service usage lambda:* is not covered by s3:GetObject") << "aws"
                                                                                    << "s3:GetObject"
                                                                                    << "lambda:*" << false;
        QTest::addRow("aws: service usage lambda:* is not covered by s3:*") << "aws"
                                                                            << "s3:*"
                                                                            << "lambda:*" << false;
        QTest::addRow("aws: service usage lambda:* is covered by NotAction iam") << "aws"
                                                                                 << "NotAction:iam:*"
                                                                                 << "lambda:*" << true;
        QTest::addRow("aws: service usage lambda:* is not covered by NotAction lambda") << "aws"
                                                                                        << "NotAction:lambda:*"
                                                                                        << "lambda:*" << false;

        // Kubernetes: "VERB RESOURCE", * for either part, subresources named, non-resource URLs.
        QTest::addRow("k8s: * * covers get pods") << "k8s"
                                                  << "* *"
                                                  << "get pods" << true;
        QTest::addRow("k8s: * * covers create pods/exec") << "k8s"
                                                          << "* *"
                                                          << "create pods/exec" << true;
        QTest::addRow("k8s: get * covers get secrets") << "k8s"
                                                       << "get *"
                                                       << "get secrets" << true;
        QTest::addRow("k8s: get * does not cover list secrets") << "k8s"
                                                                << "get *"
                                                                << "list secrets" << false;
        QTest::addRow("k8s: * secrets covers delete secrets") << "k8s"
                                                              << "* secrets"
                                                              << "delete secrets" << true;
        QTest::addRow("k8s: * secrets does not cover delete configmaps") << "k8s"
                                                                         << "* secrets"
                                                                         << "delete configmaps" << false;
        QTest::addRow("k8s: create pods/exec covers create pods/exec") << "k8s"
                                                                       << "create pods/exec"
                                                                       << "create pods/exec" << true;
        QTest::addRow("k8s: create pods/exec does not cover create pods") << "k8s"
                                                                          << "create pods/exec"
                                                                          << "create pods" << false;
        QTest::addRow("k8s: create pods does not cover create pods/exec") << "k8s"
                                                                          << "create pods"
                                                                          << "create pods/exec" << false;
        QTest::addRow("k8s: get pods/* covers get pods/log") << "k8s"
                                                             << "get pods/*"
                                                             << "get pods/log" << true;
        QTest::addRow("k8s: get pods/* does not cover get nodes/proxy") << "k8s"
                                                                        << "get pods/*"
                                                                        << "get nodes/proxy" << false;
        QTest::addRow("k8s: get /metrics covers get /metrics") << "k8s"
                                                               << "get /metrics"
                                                               << "get /metrics" << true;
        QTest::addRow("k8s: get /metrics does not cover get /healthz") << "k8s"
                                                                       << "get /metrics"
                                                                       << "get /healthz" << false;
        QTest::addRow("k8s: get /healthz/* covers get /healthz/ready") << "k8s"
                                                                       << "get /healthz/*"
                                                                       << "get /healthz/ready" << true;
        QTest::addRow("k8s: get /metrics does not cover post /metrics") << "k8s"
                                                                        << "get /metrics"
                                                                        << "post /metrics" << false;
        QTest::addRow("k8s: verbs are case-sensitive, GET pods does not cover get pods") << "k8s"
                                                                                         << "GET pods"
                                                                                         << "get pods" << false;

        // GitHub: "permission:level", admin > write > read, same permission only.
        QTest::addRow("github: contents:write covers contents:read") << "github"
                                                                     << "contents:write"
                                                                     << "contents:read" << true;
        QTest::addRow("github: contents:write covers contents:write") << "github"
                                                                      << "contents:write"
                                                                      << "contents:write" << true;
        QTest::addRow("github: contents:write does not cover administration:read") << "github"
                                                                                   << "contents:write"
                                                                                   << "administration:read" << false;
        QTest::addRow("github: contents:read does not cover contents:write") << "github"
                                                                             << "contents:read"
                                                                             << "contents:write" << false;
        QTest::addRow("github: contents:admin covers contents:write") << "github"
                                                                      << "contents:admin"
                                                                      << "contents:write" << true;
        QTest::addRow("github: an unknown level is never covered") << "github"
                                                                   << "contents:admin"
                                                                   << "contents:none" << false;
        QTest::addRow("github: names without a level match exactly, ignoring case") << "github"
                                                                                    << "Push"
                                                                                    << "push" << true;

        // Entra (Graph): exact names, case-insensitive; no globs, no implied Read from ReadWrite.
        QTest::addRow("entra: Mail.Read covers mail.read") << "entra"
                                                           << "Mail.Read"
                                                           << "mail.read" << true;
        QTest::addRow("entra: Mail.Read does not cover Mail.ReadWrite") << "entra"
                                                                        << "Mail.Read"
                                                                        << "Mail.ReadWrite" << false;
        QTest::addRow("entra: Mail.ReadWrite does not cover Mail.Read") << "entra"
                                                                        << "Mail.ReadWrite"
                                                                        << "Mail.Read" << false;
        QTest::addRow("entra: Mail.* is not a glob") << "entra"
                                                     << "Mail.*"
                                                     << "Mail.Read" << false;

        // Anything else (MCP tools, CSV): a case-insensitive glob.
        QTest::addRow("mcp: tool globs cover matching tools") << "mcp"
                                                              << "github.*"
                                                              << "GitHub.create_issue" << true;
        QTest::addRow("mcp: tool globs do not cover other tools") << "mcp"
                                                                  << "github.*"
                                                                  << "slack.post" << false;
    }

    void covers()
    {
        QFETCH(QString, source);
        QFETCH(QString, granted);
        QFETCH(QString, action);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatcher::covers(source, granted, action), expected);
    }

    void isAdmin_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("expected");

        QTest::addRow("aws: * is admin") << "aws"
                                         << "*" << true;
        QTest::addRow("aws: *:* is admin") << "aws"
                                           << "*:*" << true;
        QTest::addRow("aws: iam:* is admin") << "aws"
                                             << "iam:*" << true;
        QTest::addRow("aws: IAM:* is admin whatever the case") << "aws"
                                                               << "IAM:*" << true;
        QTest::addRow("aws: s3:* is not admin") << "aws"
                                                << "s3:*" << false;
        QTest::addRow("aws: iam:PassRole is not admin") << "aws"
                                                        << "iam:PassRole" << false;
        QTest::addRow("aws: an empty NotAction (everything) is admin") << "aws"
                                                                       << "NotAction:" << true;
        QTest::addRow("aws: NotAction of three IAM prefixes leaves iam:PutUserPolicy (cloudsplaining's fn4)")
            << "aws"
            << "NotAction:iam:Update*,iam:Create*,iam:Attach*" << true;
        QTest::addRow("aws: NotAction iam:* (PowerUserAccess's shape) is not admin") << "aws"
                                                                                     << "NotAction:iam:*" << false;
        QTest::addRow("aws: NotAction iam:*, organizations:*, account:* is not admin")
            << "aws"
            << "NotAction:iam:*,organizations:*,account:*" << false;
        QTest::addRow("k8s: * * is admin") << "k8s"
                                           << "* *" << true;
        QTest::addRow("k8s: a binding to an unresolved cluster-admin is admin")
            << "k8s"
            << "role:ClusterRole/cluster-admin" << true;
        QTest::addRow("k8s: get * cluster-wide reads every Secret, which is admin") << "k8s"
                                                                                    << "get *" << true;
        QTest::addRow("k8s: * secrets cluster-wide is admin") << "k8s"
                                                              << "* secrets" << true;
        QTest::addRow("k8s: create secrets is not admin") << "k8s"
                                                          << "create secrets" << false;
        QTest::addRow("k8s: get configmaps is not admin") << "k8s"
                                                          << "get configmaps" << false;
        QTest::addRow("k8s: a binding to ClusterRole/view is not admin") << "k8s"
                                                                         << "role:ClusterRole/view" << false;
        // RBAC good practices: escalation paths are administration in waiting.
        QTest::addRow("k8s: impersonate users is admin") << "k8s"
                                                         << "impersonate users" << true;
        QTest::addRow("k8s: * serviceaccounts includes impersonating them") << "k8s"
                                                                            << "* serviceaccounts" << true;
        QTest::addRow("k8s: bind clusterroles is admin") << "k8s"
                                                         << "bind clusterroles" << true;
        QTest::addRow("k8s: escalate roles is admin") << "k8s"
                                                      << "escalate roles" << true;
        QTest::addRow("k8s: get nodes/proxy is admin") << "k8s"
                                                       << "get nodes/proxy" << true;
        QTest::addRow("k8s: patch mutatingwebhookconfigurations is admin")
            << "k8s"
            << "patch mutatingwebhookconfigurations" << true;
        // A mutating admission policy (beta in 1.34) rewrites any object on its way in, as a mutating webhook does; a
        // validating one can only refuse requests.
        QTest::addRow("k8s: create mutatingadmissionpolicies is admin") << "k8s"
                                                                        << "create mutatingadmissionpolicies" << true;
        QTest::addRow("k8s: update mutatingadmissionpolicybindings is admin")
            << "k8s"
            << "update mutatingadmissionpolicybindings" << true;
        QTest::addRow("k8s: create validatingadmissionpolicies is not admin")
            << "k8s"
            << "create validatingadmissionpolicies" << false;
        QTest::addRow("k8s: create rolebindings alone is not admin (bind is needed)") << "k8s"
                                                                                      << "create rolebindings" << false;
        QTest::addRow("k8s: get serviceaccounts is not admin") << "k8s"
                                                               << "get serviceaccounts" << false;
        QTest::addRow("k8s: list validatingwebhookconfigurations is not admin")
            << "k8s"
            << "list validatingwebhookconfigurations" << false;
        // Directory roles: Microsoft's privileged label (entra-directory-roles.tsv), its readers excepted.
        QTest::addRow("entra: the Global Administrator role is admin") << "entra"
                                                                       << "directoryRole:Global Administrator" << true;
        QTest::addRow("entra: the Privileged Role Administrator role is admin")
            << "entra"
            << "directoryRole:Privileged Role Administrator" << true;
        QTest::addRow("entra: the Cloud Application Administrator role is admin")
            << "entra"
            << "directoryRole:Cloud Application Administrator" << true;
        QTest::addRow("entra: Global Reader, privileged but read-only, is not")
            << "entra"
            << "directoryRole:Global Reader" << false;
        QTest::addRow("entra: Directory Readers is not") << "entra"
                                                         << "directoryRole:Directory Readers" << false;
        QTest::addRow("entra: a custom role by id is not known to be")
            << "entra"
            << "directoryRole:0f6aa3e1-2f2c-4f7e-9b47-9d1a5f1a1a11" << false;
        QTest::addRow("entra: Directory.ReadWrite.All is admin") << "entra"
                                                                 << "Directory.ReadWrite.All" << true;
        QTest::addRow("entra: roleManagement.readWrite.directory is admin whatever the case")
            << "entra"
            << "roleManagement.readWrite.directory" << true;
        // Tier 0 of a tiering of Graph permissions by known paths to Global Administrator; Tier 1 is not.
        QTest::addRow("entra: UserAuthenticationMethod.ReadWrite.All (a Temporary Access Pass) is admin")
            << "entra"
            << "UserAuthenticationMethod.ReadWrite.All" << true;
        QTest::addRow("entra: User.ReadWrite.All is admin") << "entra"
                                                            << "User.ReadWrite.All" << true;
        QTest::addRow("entra: Directory.AccessAsUser.All, acting as any user who signs in, is admin")
            << "entra"
            << "Directory.AccessAsUser.All" << true;
        QTest::addRow("entra: DeviceManagementRBAC.ReadWrite.All (Tier 1) is not")
            << "entra"
            << "DeviceManagementRBAC.ReadWrite.All" << false;
        QTest::addRow("entra: User.Read.All is not") << "entra"
                                                     << "User.Read.All" << false;
        QTest::addRow("entra: AppRoleAssignment.ReadWrite.All is admin") << "entra"
                                                                         << "AppRoleAssignment.ReadWrite.All" << true;
        QTest::addRow("entra: Directory.Read.All is not admin") << "entra"
                                                                << "Directory.Read.All" << false;
        QTest::addRow("entra: Mail.Read is not admin") << "entra"
                                                       << "Mail.Read" << false;
        QTest::addRow("github: administration:write is admin") << "github"
                                                               << "administration:write" << true;
        QTest::addRow("github: organization_administration:write is admin")
            << "github"
            << "organization_administration:write" << true;
        QTest::addRow("github: administration:read is not admin") << "github"
                                                                  << "administration:read" << false;
        QTest::addRow("github: contents:write is not admin") << "github"
                                                             << "contents:write" << false;
        QTest::addRow("mcp: * is admin") << "mcp"
                                         << "*" << true;
        QTest::addRow("mcp: admin:* is admin") << "mcp"
                                               << "admin:*" << true;
        QTest::addRow("mcp: github.create_issue is not admin") << "mcp"
                                                               << "github.create_issue" << false;
    }

    void isAdmin()
    {
        QFETCH(QString, source);
        QFETCH(QString, permission);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatcher::isAdmin(source, permission), expected);
    }

    // admin, edit and view are the API server's own roles, their rules known when the input leaves them out (as a
    // chart's manifests do); cluster-admin was already.
    void builtInRolesLeftOutAreKnown_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("expected");
        QTest::addRow("edit bound cluster-wide") << "role:ClusterRole/edit"
                                                 << "unresolved" << true;
        QTest::addRow("admin bound cluster-wide") << "role:ClusterRole/admin"
                                                  << "unresolved" << true;
        QTest::addRow("admin in one namespace") << "role:ClusterRole/admin"
                                                << "unresolved;ns:prd" << false;
        QTest::addRow("view bound cluster-wide") << "role:ClusterRole/view"
                                                 << "unresolved" << false;
        QTest::addRow("cluster-admin in one namespace") << "role:ClusterRole/cluster-admin"
                                                        << "unresolved;ns:prd" << true;
        QTest::addRow("a project's own role left out") << "role:ClusterRole/argo-rollouts"
                                                       << "unresolved" << false;
    }

    void builtInRolesLeftOutAreKnown()
    {
        QFETCH(QString, permission);
        QFETCH(QString, scope);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatcher::isAdmin(QStringLiteral("k8s"), permission, scope), expected);
    }

    // A delegated permission lets an app act as the signed-in user, never beyond them (Microsoft's permissions
    // overview): Group.ReadWrite.All delegated is not the application permission of that name.
    void delegatedEntraPermissionsAreAdminOnlyForEveryUsersWholeAccess_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("via");
        QTest::addColumn<bool>("expected");
        QTest::addRow("Group.ReadWrite.All as an application permission") << "Group.ReadWrite.All"
                                                                          << "appRoleAssignment:x" << true;
        QTest::addRow("Group.ReadWrite.All delegated for every user")
            << "Group.ReadWrite.All"
            << "oauth2PermissionGrant:g1 (AllPrincipals)" << false;
        QTest::addRow("User.ReadWrite.All delegated by one user") << "User.ReadWrite.All"
                                                                  << "oauth2PermissionGrant:g1 (Principal)" << false;
        QTest::addRow("Directory.AccessAsUser.All delegated") << "Directory.AccessAsUser.All"
                                                              << "oauth2PermissionGrant:g1 (AllPrincipals)" << true;
    }

    void delegatedEntraPermissionsAreAdminOnlyForEveryUsersWholeAccess()
    {
        QFETCH(QString, permission);
        QFETCH(QString, via);
        QFETCH(bool, expected);
        const Grant grant { 0, 1, permission, QStringLiteral("33333333-3333-3333-3333-333333333333"), via, {} };
        QCOMPARE(PermissionMatcher::isAdmin(QStringLiteral("entra"), grant, { grant }), expected);
    }

    // KubeHound's ROLE_BIND manifests: bind escalates only beside a grant to write the binding.
    void bindAndEscalateNeedAGrantToWriteWhatTheyGive_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QStringList>("others"); // "permission|scope"
        QTest::addColumn<bool>("expected");
        QTest::addRow("bind with create rolebindings in the namespace")
            << "bind clusterroles"
            << QStringList { "create rolebindings|ns:default;apiGroups=rbac.authorization.k8s.io" } << true;
        QTest::addRow("bind with create clusterrolebindings through a RoleBinding (KubeHound's fail case)")
            << "bind clusterroles"
            << QStringList { "create clusterrolebindings|ns:default;apiGroups=rbac.authorization.k8s.io" } << false;
        QTest::addRow("bind with create clusterrolebindings cluster-wide")
            << "bind clusterroles"
            << QStringList { "create clusterrolebindings|cluster;apiGroups=rbac.authorization.k8s.io" } << true;
        QTest::addRow("bind alone") << "bind clusterroles" << QStringList {} << false;
        QTest::addRow("escalate with update roles")
            << "escalate roles" << QStringList { "update roles|ns:default;apiGroups=rbac.authorization.k8s.io" }
            << true;
        QTest::addRow("bind with create rolebindings in another namespace")
            << "bind roles" << QStringList { "create rolebindings|ns:other;apiGroups=rbac.authorization.k8s.io" }
            << false;
        QTest::addRow("bind with create * in another API group")
            << "bind roles" << QStringList { "create *|ns:default;apiGroups=apps" } << false;
        QTest::addRow("impersonate needs nothing beside it") << "impersonate serviceaccounts" << QStringList {} << true;
    }

    void bindAndEscalateNeedAGrantToWriteWhatTheyGive()
    {
        QFETCH(QString, permission);
        QFETCH(QStringList, others);
        QFETCH(bool, expected);
        const Grant grant { 0,  1, permission, QStringLiteral("ns:default;apiGroups=rbac.authorization.k8s.io,core"),
                            {}, {} };
        QList<Grant> held { grant };
        for (const QString& other : others)
            held << Grant { 0, 1, other.section(u'|', 0, 0), other.section(u'|', 1), {}, {} };
        QCOMPARE(PermissionMatcher::isAdmin(QStringLiteral("k8s"), grant, held), expected);
    }

    // An Allow of NotAction reaches IAM's escalation paths only on resources IAM's own can be (AWS's example "all S3
    // but DeleteBucket" on arn:aws:s3:::* allows S3 alone).
    void notActionIsAdminOnlyWhereIamIs_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("expected");
        QTest::addRow("all but s3:DeleteBucket, on S3") << "NotAction:s3:DeleteBucket"
                                                        << "arn:aws:s3:::*" << false;
        QTest::addRow("all but s3:DeleteBucket, everywhere") << "NotAction:s3:DeleteBucket"
                                                             << "*" << true;
        QTest::addRow("all but s3:DeleteBucket, on every ARN") << "NotAction:s3:DeleteBucket"
                                                               << "arn:aws:*:*:*:*" << true;
        QTest::addRow("all but s3:DeleteBucket, on the account's roles") << "NotAction:s3:DeleteBucket"
                                                                         << "arn:aws:iam::123456789012:role/*" << true;
        QTest::addRow("all but IAM, everywhere (PowerUserAccess's shape)") << "NotAction:iam:*"
                                                                           << "*" << false;
    }

    void notActionIsAdminOnlyWhereIamIs()
    {
        QFETCH(QString, permission);
        QFETCH(QString, scope);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatcher::isAdmin(QStringLiteral("aws"), permission, scope), expected);
    }

    void kubernetesRulesNarrowedByNameOrOnUrlsAreNotAdmin_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("expected");
        QTest::addRow("bind, cluster-wide") << "bind clusterroles"
                                            << "cluster;apiGroups=rbac.authorization.k8s.io" << true;
        QTest::addRow("bind only ClusterRole view")
            << "bind clusterroles"
            << "cluster;apiGroups=rbac.authorization.k8s.io;names=view" << false;
        QTest::addRow("impersonate one service account") << "impersonate serviceaccounts"
                                                         << "ns:ci;apiGroups=core;names=deployer" << false;
        QTest::addRow("* * on non-resource URLs") << "* *"
                                                  << "cluster;nonResourceURLs" << false;
        QTest::addRow("* * on resources") << "* *"
                                          << "cluster;apiGroups=*" << true;
        // Each escalation lives in one API group (flux, Gatekeeper, the Gateway API keep wildcards to their own).
        QTest::addRow("* * in flux's own groups")
            << "* *"
            << "cluster;apiGroups=source.toolkit.fluxcd.io,kustomize.toolkit.fluxcd.io" << false;
        QTest::addRow("create * in Gatekeeper's groups") << "create *"
                                                         << "cluster;apiGroups=config.gatekeeper.sh" << false;
        QTest::addRow("patch * in admissionregistration") << "patch *"
                                                          << "cluster;apiGroups=admissionregistration.k8s.io" << true;
        QTest::addRow("* * in the core group impersonates") << "* *"
                                                            << "ns:default;apiGroups=core" << true;
        QTest::addRow("bind roles in the rbac group") << "bind roles"
                                                      << "ns:ci;apiGroups=rbac.authorization.k8s.io" << true;
        QTest::addRow("bind roles in another group") << "bind roles"
                                                     << "ns:ci;apiGroups=example.com" << false;
        QTest::addRow("impersonate users through a RoleBinding is void") << "impersonate users"
                                                                         << "ns:default;apiGroups=core" << false;
        QTest::addRow("impersonate serviceaccounts through a RoleBinding") << "impersonate serviceaccounts"
                                                                           << "ns:default;apiGroups=core" << true;
        QTest::addRow("create serviceaccounts/token cluster-wide") << "create serviceaccounts/token"
                                                                   << "cluster;apiGroups=core" << true;
        QTest::addRow("list secrets cluster-wide (ingress-nginx)") << "list secrets"
                                                                   << "cluster;apiGroups=core" << true;
        // Kubernetes' RBAC good practices, "Workload creation": a pod template runs as any account of its namespace.
        QTest::addRow("patch deployments cluster-wide (Istio's Kiali)") << "patch deployments"
                                                                        << "cluster;apiGroups=apps" << true;
        QTest::addRow("create pods cluster-wide") << "create pods"
                                                  << "cluster;apiGroups=core" << true;
        QTest::addRow("create cronjobs cluster-wide") << "create cronjobs"
                                                      << "cluster;apiGroups=batch" << true;
        QTest::addRow("patch cronjobs cluster-wide: their job template may change")
            << "patch cronjobs"
            << "cluster;apiGroups=batch" << true;
        QTest::addRow("create jobs cluster-wide") << "create jobs"
                                                  << "cluster;apiGroups=batch" << true;
        // Rook's operator (rook/rook deploy/examples/common.yaml): a shell in any pod, and hostPath volumes.
        QTest::addRow("create pods/exec cluster-wide") << "create pods/exec"
                                                       << "cluster;apiGroups=core" << true;
        QTest::addRow("create pods/exec in one namespace") << "create pods/exec"
                                                           << "ns:rook-ceph;apiGroups=core" << false;
        QTest::addRow("get pods/exec cluster-wide: a WebSocket exec (kubectl 1.30+)")
            << "get pods/exec"
            << "cluster;apiGroups=core" << true;
        QTest::addRow("get pods/log cluster-wide") << "get pods/log"
                                                   << "cluster;apiGroups=core" << false;
        QTest::addRow("create persistentvolumes: a storage provisioner's work")
            << "create persistentvolumes"
            << "cluster;apiGroups=core,discovery.k8s.io" << false;
        QTest::addRow("get persistentvolumes") << "get persistentvolumes"
                                               << "cluster;apiGroups=core" << false;
        // A Job's pod template is immutable once created (Kubernetes' Job documentation): patching one runs nothing
        // new (cluster-autoscaler's ClusterRole).
        QTest::addRow("patch jobs cluster-wide runs nothing new") << "patch jobs"
                                                                  << "cluster;apiGroups=batch" << false;
        QTest::addRow("update jobs cluster-wide runs nothing new") << "update jobs"
                                                                   << "cluster;apiGroups=batch" << false;
        QTest::addRow("patch deployments in one namespace") << "patch deployments"
                                                            << "ns:istio-system;apiGroups=apps" << false;
        QTest::addRow("patch deployments/scale cluster-wide (an autoscaler)") << "patch deployments/scale"
                                                                              << "cluster;apiGroups=apps" << false;
        QTest::addRow("list secrets in one namespace") << "list secrets"
                                                       << "ns:ingress-nginx;apiGroups=core" << false;
        QTest::addRow("get one Secret by name cluster-wide") << "get secrets"
                                                             << "cluster;apiGroups=core;names=ca" << false;
        QTest::addRow("get * in every group cluster-wide (Gatekeeper's manager)") << "get *"
                                                                                  << "cluster;apiGroups=*" << true;
        QTest::addRow("get * in Gatekeeper's own groups") << "get *"
                                                          << "cluster;apiGroups=config.gatekeeper.sh" << false;
        QTest::addRow("create serviceaccounts/token in one namespace") << "create serviceaccounts/token"
                                                                       << "ns:flux-system;apiGroups=core" << false;
    }

    void kubernetesRulesNarrowedByNameOrOnUrlsAreNotAdmin()
    {
        QFETCH(QString, permission);
        QFETCH(QString, scope);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatcher::isAdmin("k8s", permission, scope), expected);
    }

    void reachAtLarge_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("via");
        QTest::addColumn<int>("expected");
        const int none = int(PermissionMatcher::Reach::None);
        const int data = int(PermissionMatcher::Reach::EveryUsersData);
        const int deletes = int(PermissionMatcher::Reach::DeleteClusterWide);
        QTest::addRow("Graph Mail.ReadWrite as an application permission") << "entra"
                                                                           << "Mail.ReadWrite"
                                                                           << "Microsoft Graph"
                                                                           << "appRoleAssignment:x" << data;
        QTest::addRow("Graph Files.Read.All as an application permission") << "entra"
                                                                           << "Files.Read.All"
                                                                           << "00000003-0000-0000-c000-000000000000"
                                                                           << "appRoleAssignment:x" << data;
        QTest::addRow("Graph Mail.ReadWrite delegated: only the signed-in user's mail")
            << "entra"
            << "Mail.ReadWrite"
            << ""
            << "oauth2PermissionGrant:x (AllPrincipals)" << none;
        QTest::addRow("Graph Sites.Selected: the sites granted one by one") << "entra"
                                                                            << "Sites.Selected"
                                                                            << ""
                                                                            << "appRoleAssignment:x" << none;
        QTest::addRow("Graph User.Read.All: the directory, not users' content") << "entra"
                                                                                << "User.Read.All"
                                                                                << ""
                                                                                << "appRoleAssignment:x" << none;
        QTest::addRow("delete * cluster-wide (Argo CD's server)") << "k8s"
                                                                  << "delete *"
                                                                  << "cluster;apiGroups=*"
                                                                  << "" << deletes;
        QTest::addRow("* namespaces cluster-wide") << "k8s"
                                                   << "* namespaces"
                                                   << "cluster;apiGroups=core"
                                                   << "" << deletes;
        QTest::addRow("delete * in the core group cluster-wide: namespaces and volumes among it")
            << "k8s"
            << "delete *"
            << "cluster;apiGroups=core"
            << "" << deletes;
        QTest::addRow("delete * in the apps group") << "k8s"
                                                    << "delete *"
                                                    << "cluster;apiGroups=apps"
                                                    << "" << none;
        QTest::addRow("delete * in one namespace") << "k8s"
                                                   << "delete *"
                                                   << "ns:ci;apiGroups=*"
                                                   << "" << none;
        QTest::addRow("delete pods cluster-wide: one kind of workload") << "k8s"
                                                                        << "delete pods"
                                                                        << "cluster;apiGroups=core"
                                                                        << "" << none;
        QTest::addRow("delete one namespace by name") << "k8s"
                                                      << "delete namespaces"
                                                      << "cluster;apiGroups=core;names=scratch"
                                                      << "" << none;
        QTest::addRow("delete * in flux's own groups") << "k8s"
                                                       << "delete *"
                                                       << "cluster;apiGroups=source.toolkit.fluxcd.io"
                                                       << "" << none;
        QTest::addRow("get * cluster-wide deletes nothing") << "k8s"
                                                            << "get *"
                                                            << "cluster;apiGroups=*"
                                                            << "" << none;
        // In one namespace: workloads made or edited run as any of its service accounts; Secrets read are revealed.
        const int workloads = int(PermissionMatcher::Reach::NamespaceWorkloads);
        const int secrets = int(PermissionMatcher::Reach::NamespaceSecrets);
        QTest::addRow("* pods in one namespace") << "k8s"
                                                 << "* pods"
                                                 << "ns:default;apiGroups=core"
                                                 << "" << workloads;
        QTest::addRow("patch deployments in one namespace") << "k8s"
                                                            << "patch deployments"
                                                            << "ns:web;apiGroups=apps"
                                                            << "" << workloads;
        QTest::addRow("list secrets in one namespace") << "k8s"
                                                       << "list secrets"
                                                       << "ns:web;apiGroups=core"
                                                       << "" << secrets;
        QTest::addRow("get one named secret") << "k8s"
                                              << "get secrets"
                                              << "ns:web;apiGroups=core;names=tls"
                                              << "" << none;
        QTest::addRow("update jobs in one namespace: a job's pod template cannot change") << "k8s"
                                                                                          << "update jobs"
                                                                                          << "ns:web;apiGroups=batch"
                                                                                          << "" << none;
        QTest::addRow("get pods in one namespace") << "k8s"
                                                   << "get pods"
                                                   << "ns:web;apiGroups=core"
                                                   << "" << none;
        // A namespace's labels choose its Pod Security level: changing any namespace lets privileged pods in.
        const int labels = int(PermissionMatcher::Reach::NamespaceLabels);
        QTest::addRow("patch namespaces cluster-wide (Knative's eventing-webhook)") << "k8s"
                                                                                    << "patch namespaces"
                                                                                    << "cluster;apiGroups=core"
                                                                                    << "" << labels;
        QTest::addRow("patch namespaces through a RoleBinding: its own namespace") << "k8s"
                                                                                   << "patch namespaces"
                                                                                   << "ns:web;apiGroups=core"
                                                                                   << "" << labels;
        QTest::addRow("update * in the core group cluster-wide") << "k8s"
                                                                 << "update *"
                                                                 << "cluster;apiGroups=core"
                                                                 << "" << labels;
        QTest::addRow("update one namespace by name") << "k8s"
                                                      << "update namespaces"
                                                      << "cluster;apiGroups=core;names=scratch"
                                                      << "" << none;
        QTest::addRow("get namespaces cluster-wide") << "k8s"
                                                     << "get namespaces"
                                                     << "cluster;apiGroups=core"
                                                     << "" << none;
        // GitHub: all repositories, those made later too.
        const int repositories = int(PermissionMatcher::Reach::EveryRepository);
        QTest::addRow("an installation writing the contents of all repositories") << "github"
                                                                                  << "contents:write"
                                                                                  << "acme:repositories=all"
                                                                                  << "" << repositories;
        QTest::addRow("a token writing the workflows of all repositories") << "github"
                                                                           << "workflows:write"
                                                                           << "repositories=all"
                                                                           << "" << repositories;
        QTest::addRow("writing the contents of selected repositories") << "github"
                                                                       << "contents:write"
                                                                       << "acme:repositories=selected"
                                                                       << "" << none;
        QTest::addRow("reading the contents of all repositories") << "github"
                                                                  << "contents:read"
                                                                  << "acme:repositories=all"
                                                                  << "" << none;
        QTest::addRow("AWS is judged by its own rules") << "aws"
                                                        << "s3:DeleteObject"
                                                        << "*"
                                                        << "" << none;
    }

    void reachAtLarge()
    {
        QFETCH(QString, source);
        QFETCH(QString, permission);
        QFETCH(QString, scope);
        QFETCH(QString, via);
        QFETCH(int, expected);
        Grant g;
        g.permission = permission;
        g.resourceScope = scope;
        g.grantedVia = via;
        QCOMPARE(int(PermissionMatcher::reach(source, g)), expected);
    }

    // An escalation right under a condition is delegation the reviewer reads, unless the condition holds for every
    // request from now on (cloudsplaining's fn3 against its fp5).
    void conditionsThatAlwaysHoldDelegateNothing_data()
    {
        QTest::addColumn<QString>("test");
        QTest::addColumn<bool>("narrows");
        QTest::addRow("tokens issued after 2020 (fn3)")
            << "DateGreaterThan aws:TokenIssueTime 2020-01-01T00:00:01Z" << false;
        QTest::addRow("tokens issued after 2020 if any")
            << "DateGreaterThanIfExists aws:TokenIssueTime 2020-01-01T00:00:01Z" << false;
        QTest::addRow("tokens issued before 2020 (fp5)")
            << "DateLessThan aws:TokenIssueTime 2020-01-01T00:00:01Z" << true;
        QTest::addRow("from a day to come") << "DateGreaterThanEquals aws:CurrentTime 2030-01-01T00:00:00Z" << true;
        QTest::addRow("after a day past, if known") << "DateGreaterThanIfExists aws:CurrentTime 2019-06-30" << false;
        QTest::addRow("after an epoch second past") << "DateGreaterThan aws:EpochTime 1577836800" << false;
        // AWS reads aws:EpochTime in seconds, however many digits: this is in the year 51,970.
        QTest::addRow("an epoch of thirteen digits") << "DateGreaterThan aws:EpochTime 1577836800000" << true;
        QTest::addRow("over HTTPS") << "Bool aws:SecureTransport true" << false;
        QTest::addRow("over plain HTTP") << "Bool aws:SecureTransport false" << true;
        QTest::addRow("from one network") << "IpAddress aws:SourceIp" << true;
        QTest::addRow("with a permissions boundary") << "StringEquals iam:PermissionsBoundary" << true;
        QTest::addRow("a date that is no date") << "DateGreaterThan aws:CurrentTime soon" << true;
        // A tag key may hold a space: only the request's own clock is judged.
        QTest::addRow("a date on a tag whose key holds a space")
            << "DateGreaterThan aws:PrincipalTag/review 2019-01-01" << true;
    }
    void conditionsThatAlwaysHoldDelegateNothing()
    {
        QFETCH(QString, test);
        QFETCH(bool, narrows);
        const GrantHolder holder { QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC) };
        QCOMPARE(PermissionMatcher::narrows(test, holder), narrows);
    }

    // What the importer writes after a grant's condition tests (a boundary, the actions a Deny removes) is no test.
    void escalationUnderAnAlwaysTrueTestHoldsBesideABoundary_data()
    {
        QTest::addColumn<QString>("via");
        QTest::addColumn<bool>("escalates");
        const QString policy = QStringLiteral("arn:aws:iam::111122223333:policy/p");
        QTest::addRow("HTTPS only") << policy + " when Bool aws:SecureTransport true" << true;
        QTest::addRow("HTTPS only, within a boundary")
            << policy + " when Bool aws:SecureTransport true within boundary arn:aws:iam::111122223333:policy/b"
            << true;
        QTest::addRow("HTTPS and one network")
            << policy + " when Bool aws:SecureTransport true, IpAddress aws:SourceIp" << false;
        QTest::addRow("a service-linked role's, in GovCloud")
            << "arn:aws-us-gov:iam::aws:policy/aws-service-role/AWSSSOServiceRolePolicy" << false;
    }
    void escalationUnderAnAlwaysTrueTestHoldsBesideABoundary()
    {
        QFETCH(QString, via);
        QFETCH(bool, escalates);
        const Grant grant { 0, 1, QStringLiteral("iam:AttachRolePolicy"), QStringLiteral("*"), via, {} };
        QCOMPARE(PermissionMatcher::escalatesToAdmin(QStringLiteral("aws"), grant, { grant }), escalates);
    }

    // PassRole narrowed by iam:PassedToService passes roles only to the services named: to CloudTrail, which runs no
    // code (AWSCloudTrailFullAccess), beside lambda:* is no way up; to Lambda, or with no service named, it is.
    void passRoleGoesUpOnlyThroughTheServicesItNames_data()
    {
        QTest::addColumn<QString>("via");
        QTest::addColumn<bool>("escalates");
        const QString policy = QStringLiteral("arn:aws:iam::aws:policy/P");
        QTest::addRow("to CloudTrail") << policy + " when StringEquals iam:PassedToService cloudtrail.amazonaws.com"
                                       << false;
        QTest::addRow("to CloudTrail or Lambda")
            << policy + " when StringEquals iam:PassedToService cloudtrail.amazonaws.com|lambda.amazonaws.com" << true;
        QTest::addRow("to any service by a wildcard")
            << policy + " when StringLike iam:PassedToService *.amazonaws.com" << true;
        QTest::addRow("to every service but CloudTrail")
            << policy + " when StringNotEquals iam:PassedToService cloudtrail.amazonaws.com" << true;
        QTest::addRow("a service not named (an older store's)")
            << policy + " when StringEquals iam:PassedToService" << true;
        QTest::addRow("no condition") << policy << true;
    }
    void passRoleGoesUpOnlyThroughTheServicesItNames()
    {
        QFETCH(QString, via);
        QFETCH(bool, escalates);
        const Grant passRole { 0, 1, QStringLiteral("iam:PassRole"), QStringLiteral("*"), via, {} };
        const Grant lambda { 0,
                             1,
                             QStringLiteral("lambda:*"),
                             QStringLiteral("*"),
                             QStringLiteral("arn:aws:iam::aws:policy/AWSLambda_FullAccess"),
                             {} };
        QCOMPARE(PermissionMatcher::escalatesToAdmin(QStringLiteral("aws"), passRole, { passRole, lambda }), escalates);
    }

    // AWSSSOServiceRolePolicy writes roles under aws-reserved/sso.amazonaws.com/ (the AWS managed policy reference,
    // without its condition here): on a service-linked role only AWS may assume or edit, that is no way up; the same
    // rights in the account's own policy are.
    void aServiceLinkedRolesPolicyIsNoEscalation_data()
    {
        QTest::addColumn<QString>("via");
        QTest::addColumn<bool>("escalates");
        QTest::addRow("AWS's service-linked policy")
            << "arn:aws:iam::aws:policy/aws-service-role/AWSSSOServiceRolePolicy" << false;
        QTest::addRow("the account's own policy") << "arn:aws:iam::111122223333:policy/sso-like" << true;
    }
    void aServiceLinkedRolesPolicyIsNoEscalation()
    {
        QFETCH(QString, via);
        QFETCH(bool, escalates);
        const Grant grant { 0,
                            1,
                            QStringLiteral("iam:AttachRolePolicy"),
                            QStringLiteral("arn:aws:iam::*:role/aws-reserved/sso.amazonaws.com/*"),
                            via,
                            {} };
        QCOMPARE(PermissionMatcher::escalatesToAdmin(QStringLiteral("aws"), grant, { grant }), escalates);
        QCOMPARE(PermissionMatcher::isAdmin(QStringLiteral("aws"), grant, { grant }), escalates);
    }

    void glob_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");

        QTest::addRow("an empty pattern matches only empty text") << ""
                                                                  << "" << true;
        QTest::addRow("an empty pattern does not match text") << ""
                                                              << "a" << false;
        QTest::addRow("* matches empty text") << "*"
                                              << "" << true;
        QTest::addRow("** matches like *") << "**"
                                           << "abc" << true;
        QTest::addRow("a star matches an empty run") << "s3:Get*"
                                                     << "s3:Get" << true;
        QTest::addRow("a star in the middle matches a run") << "a*c"
                                                            << "abbbc" << true;
        QTest::addRow("the text must end where the pattern ends") << "a*c"
                                                                  << "abcd" << false;
        QTest::addRow("? matches exactly one character") << "a?c"
                                                         << "abc" << true;
        QTest::addRow("? does not match zero characters") << "a?c"
                                                          << "ac" << false;
        QTest::addRow("? does not match two characters") << "a?c"
                                                         << "abbc" << false;
        QTest::addRow("a star backtracks past an early partial match") << "*ab"
                                                                       << "aab" << true;
        QTest::addRow("several stars backtrack") << "a*b*c"
                                                 << "axbxxbyc" << true;
        QTest::addRow("several stars still need every literal") << "a*b*c"
                                                                << "axbxxby" << false;
        QTest::addRow("a pattern longer than the text fails") << "a*a"
                                                              << "a" << false;
        QTest::addRow("matching ignores case") << "S3:GETOBJECT"
                                               << "s3:getobject" << true;
        QTest::addRow("a literal prefix must match") << "s3:*"
                                                     << "ec2:RunInstances" << false;
        QTest::addRow("a literal prefix matches ignoring case") << "IAM:Put*"
                                                                << "iam:PutUserPolicy" << true;
        QTest::addRow("a pattern without wildcards is the whole text") << "s3:Get"
                                                                       << "s3:GetObject" << false;
        QTest::addRow("a ? before the first star") << "s3:?et*"
                                                   << "s3:GetObject" << true;
        QTest::addRow("a star then a literal that is not there") << "*:PassRole"
                                                                 << "iam:PassRoles" << false;
    }

    void glob()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(PermissionMatcher::glob(pattern, text), expected);
    }

    void indexAgreesWithMatcher_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QStringList>("actions");

        const QStringList awsActions { "s3:GetObject", "S3:PUTOBJECT",   "ec2:RunInstances",   "lambda:*",
                                       "iam:PassRole", "sts:AssumeRole", "s3:GetBucketPolicy", "" };
        QTest::addRow("AWS exact names ignore case")
            << "aws" << QStringList { "s3:getobject", "ec2:RunInstances" } << awsActions;
        QTest::addRow("AWS globs with * and ?")
            << "aws" << QStringList { "s3:Get*", "ec2:?unInstances", "*Role", "l*" } << awsActions;
        QTest::addRow("AWS everything") << "aws" << QStringList { "*" } << awsActions;
        QTest::addRow("AWS NotAction") << "aws" << QStringList { "NotAction:iam:*,sts:*" } << awsActions;
        QTest::addRow("AWS service-level usage")
            << "aws" << QStringList { "lambda:InvokeFunction", "s3:*" } << awsActions;
        QTest::addRow("Kubernetes verbs and resources")
            << "k8s" << QStringList { "get pods", "* secrets", "list *", "get pods/*" }
            << QStringList { "get pods", "list configmaps", "delete secrets", "get pods/log", "watch nodes" };
        QTest::addRow("GitHub levels") << "github" << QStringList { "contents:write", "issues:read" }
                                       << QStringList { "contents:read", "contents:admin", "issues:write",
                                                        "issues:read" };
        QTest::addRow("Graph names, a * is literal") << "entra" << QStringList { "User.Read.All", "Mail.*" }
                                                     << QStringList { "user.read.all", "Mail.Send", "Mail.*" };
        QTest::addRow("CSV globs") << "csv" << QStringList { "db:read*", "queue:?ut", "exact" }
                                   << QStringList { "db:readRows", "DB:READ", "queue:put",
                                                    "queue:puts",  "EXACT",   "exactly" };
    }

    void indexAgreesWithMatcher()
    {
        // The compiled sets answer exactly what pairwise matching answers, only faster.
        QFETCH(QString, source);
        QFETCH(QStringList, patterns);
        QFETCH(QStringList, actions);
        const PermissionSet set(source, patterns);
        for (const QString& action : actions) {
            const bool expected = std::any_of(patterns.cbegin(), patterns.cend(), [&](const QString& p) {
                return PermissionMatcher::covers(source, p, action);
            });
            QVERIFY2(set.coversAny(action) == expected, qPrintable(action));
        }
        QList<UsageRecord> usage;
        for (const QString& action : actions)
            usage << UsageRecord { 1, action, QDate(2026, 11, 1), QStringLiteral("allowed"), 1, {} };
        usage << UsageRecord {
            1, QStringLiteral("iam:CreateUser"), QDate(2026, 11, 1), QStringLiteral("denied"), 1, {}
        };
        usage << UsageRecord {
            1, QStringLiteral("iam:DeleteUser"), QDate(2026, 1, 1), QStringLiteral("allowed"), 1, {}
        };
        const UsedActions used(source, usage, QDate(2026, 10, 1));
        for (const QString& pattern : patterns + QStringList { "iam:CreateUser", "iam:DeleteUser", "iam:*" }) {
            const bool expected = std::any_of(actions.cbegin(), actions.cend(), [&](const QString& a) {
                return PermissionMatcher::covers(source, pattern, a);
            });
            QVERIFY2(used.uses(pattern) == expected, qPrintable(pattern));
        }
    }

    void craftedPatternsStayLinear()
    {
        // One long pattern whose literal runs almost fit: backtracking to the last star was pattern × text here.
        const QString pattern = QStringLiteral("*") + QString(200000, u'a') + QStringLiteral("b*");
        const QString text = QString(400000, u'a');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PermissionMatcher::glob(pattern, text));
        QVERIFY(PermissionMatcher::glob(pattern, text + QStringLiteral("b")));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void manyCraftedGrantsAgainstManyActionsStayFast()
    {
        // 2,000 crafted globs and 2,000 distinct actions on one identity, as a 1 MB crafted CSV gives.
        QStringList patterns;
        QList<UsageRecord> usage;
        for (int i = 0; i < 2000; ++i) {
            patterns << QString(QStringLiteral("*a")).repeated(40) + QStringLiteral("b%1").arg(i);
            usage << UsageRecord {
                1, QString(120, u'a') + QString::number(i), QDate(2026, 11, 1), QStringLiteral("allowed"), 1, {}
            };
        }
        QElapsedTimer timer;
        timer.start();
        const UsedActions used(QStringLiteral("csv"), usage, QDate(2026, 10, 1));
        const PermissionSet set(QStringLiteral("csv"), patterns);
        int hits = 0;
        for (const QString& p : std::as_const(patterns))
            hits += used.uses(p) ? 1 : 0;
        for (const UsageRecord& u : std::as_const(usage))
            hits += set.coversAny(u.action) ? 1 : 0;
        QCOMPARE(hits, 0);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        qInfo("2,000 crafted globs x 2,000 actions, both directions: %lld ms", qint64(timer.elapsed()));
    }

    void globStaysFastOnPathologicalPatterns()
    {
        // A naive recursive matcher is exponential here; this one backtracks to the last star only.
        const QString pattern = QString(QStringLiteral("*a")).repeated(20) + QStringLiteral("b");
        const QString text = QString(200, u'a');
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PermissionMatcher::glob(pattern, text));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPermissionMatcher)
#include "TestPermissionMatcher.moc"
