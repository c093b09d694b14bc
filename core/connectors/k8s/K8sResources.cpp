#include "core/connectors/k8s/K8sResources.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace recertify {

bool K8sResources::isClusterScoped(const QString& group, const QString& resource)
{
    // From `kubectl api-resources --namespaced=false` on Kubernetes 1.31, by API group. Not namespaces: a request for
    // a namespace is checked in that namespace, so a RoleBinding does grant its own (ingress-nginx's Role reads it).
    // metrics-server's NodeMetrics (metrics.k8s.io nodes) has no namespace either: /apis/metrics.k8s.io/v1beta1/nodes.
    static const QMultiHash<QString, QString> clusterScoped {
        { QStringLiteral("nodes"), QStringLiteral("core") },
        { QStringLiteral("nodes"), QStringLiteral("metrics.k8s.io") },
        { QStringLiteral("persistentvolumes"), QStringLiteral("core") },
        { QStringLiteral("componentstatuses"), QStringLiteral("core") },
        { QStringLiteral("clusterroles"), QStringLiteral("rbac.authorization.k8s.io") },
        { QStringLiteral("clusterrolebindings"), QStringLiteral("rbac.authorization.k8s.io") },
        { QStringLiteral("customresourcedefinitions"), QStringLiteral("apiextensions.k8s.io") },
        { QStringLiteral("apiservices"), QStringLiteral("apiregistration.k8s.io") },
        { QStringLiteral("mutatingwebhookconfigurations"), QStringLiteral("admissionregistration.k8s.io") },
        { QStringLiteral("validatingwebhookconfigurations"), QStringLiteral("admissionregistration.k8s.io") },
        { QStringLiteral("validatingadmissionpolicies"), QStringLiteral("admissionregistration.k8s.io") },
        { QStringLiteral("validatingadmissionpolicybindings"), QStringLiteral("admissionregistration.k8s.io") },
        { QStringLiteral("mutatingadmissionpolicies"), QStringLiteral("admissionregistration.k8s.io") },
        { QStringLiteral("mutatingadmissionpolicybindings"), QStringLiteral("admissionregistration.k8s.io") },
        { QStringLiteral("certificatesigningrequests"), QStringLiteral("certificates.k8s.io") },
        { QStringLiteral("storageclasses"), QStringLiteral("storage.k8s.io") },
        { QStringLiteral("csidrivers"), QStringLiteral("storage.k8s.io") },
        { QStringLiteral("csinodes"), QStringLiteral("storage.k8s.io") },
        { QStringLiteral("volumeattachments"), QStringLiteral("storage.k8s.io") },
        { QStringLiteral("priorityclasses"), QStringLiteral("scheduling.k8s.io") },
        { QStringLiteral("runtimeclasses"), QStringLiteral("node.k8s.io") },
        { QStringLiteral("ingressclasses"), QStringLiteral("networking.k8s.io") },
        { QStringLiteral("flowschemas"), QStringLiteral("flowcontrol.apiserver.k8s.io") },
        { QStringLiteral("prioritylevelconfigurations"), QStringLiteral("flowcontrol.apiserver.k8s.io") },
        { QStringLiteral("tokenreviews"), QStringLiteral("authentication.k8s.io") },
        { QStringLiteral("selfsubjectreviews"), QStringLiteral("authentication.k8s.io") },
        { QStringLiteral("subjectaccessreviews"), QStringLiteral("authorization.k8s.io") },
        { QStringLiteral("selfsubjectaccessreviews"), QStringLiteral("authorization.k8s.io") },
        { QStringLiteral("selfsubjectrulesreviews"), QStringLiteral("authorization.k8s.io") },
    };
    const QString base = resource.section(u'/', 0, 0);
    if (!clusterScoped.contains(base))
        return false;
    return group == QLatin1String("*") || clusterScoped.contains(base, group);
}

bool K8sResources::isCutVerb(const QString& word)
{
    // Custom verbs (Gardener's manage-members, Rancher's own) are verbs too: only the start of a known one is a cut.
    if (word.isEmpty() || isKnownVerb(word))
        return false;
    static const QStringList verbs { QStringLiteral("get"),      QStringLiteral("list"),
                                     QStringLiteral("watch"),    QStringLiteral("create"),
                                     QStringLiteral("update"),   QStringLiteral("patch"),
                                     QStringLiteral("delete"),   QStringLiteral("deletecollection"),
                                     QStringLiteral("escalate"), QStringLiteral("impersonate") };
    return std::any_of(verbs.cbegin(), verbs.cend(), [&](const QString& verb) { return verb.startsWith(word); });
}

bool K8sResources::isKnownVerb(const QString& verb)
{
    static const QSet<QString> verbs { QStringLiteral("get"),      QStringLiteral("list"),
                                       QStringLiteral("watch"),    QStringLiteral("create"),
                                       QStringLiteral("update"),   QStringLiteral("patch"),
                                       QStringLiteral("delete"),   QStringLiteral("deletecollection"),
                                       QStringLiteral("use"),      QStringLiteral("bind"),
                                       QStringLiteral("escalate"), QStringLiteral("impersonate"),
                                       QStringLiteral("approve"),  QStringLiteral("sign"),
                                       QStringLiteral("attest"),   QStringLiteral("proxy"),
                                       QStringLiteral("*"),        QStringLiteral("post"),
                                       QStringLiteral("put"),      QStringLiteral("head"),
                                       QStringLiteral("options") };
    return verbs.contains(verb);
}

} // namespace recertify
