#pragma once

#include <QString>

namespace recertify {

/** What the Kubernetes API itself says about resources and verbs, for reading RBAC as the API server applies it. */
class K8sResources
{
public:
    /**
     * Whether a built-in resource (a subresource counts as its resource) exists outside namespaces, so that no
     * RoleBinding can grant it: Kubernetes "Using RBAC Authorization" and `kubectl api-resources --namespaced=false`.
     * group is the rule's API group ("core" for the legacy one, "*" for any).
     */
    [[nodiscard]] static bool isClusterScoped(const QString& group, const QString& resource);
    /** The verbs the API server and its built-in admission checks use ("Referring to resources", "Request verbs"). */
    [[nodiscard]] static bool isKnownVerb(const QString& verb);
    /** Whether a word is the start of a known verb and none itself ("li"): what a file cut inside a verb ends with. */
    [[nodiscard]] static bool isCutVerb(const QString& word);
};

} // namespace recertify
