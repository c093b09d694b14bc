#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace recertify {

/**
 * The ClusterRoles every Kubernetes API server creates and restores at start (admin, edit, view, the
 * system:aggregate-to-* roles they gather, the system roles service accounts are commonly bound to, and kube-system's
 * extension-apiserver-authentication-reader), from
 * resources/data/kubernetes-default-cluster-roles.yaml. A chart binds them without shipping them.
 */
class K8sDefaultRoles
{
public:
    struct Role
    {
        QJsonArray rules;
        QJsonObject labels; ///< metadata.labels
        QJsonArray selectors; ///< aggregationRule.clusterRoleSelectors; empty for a role with its own rules
    };

    /** By ClusterRole name, a Role by NAMESPACE/NAME; empty if the table is missing. */
    [[nodiscard]] static const QHash<QString, Role>& all();
    /** The role joins an aggregated one (a label rbac.authorization.k8s.io/aggregate-to-…). */
    [[nodiscard]] static bool feedsAggregate(const QJsonObject& labels);
};

} // namespace recertify
