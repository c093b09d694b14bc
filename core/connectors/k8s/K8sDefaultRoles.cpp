#include "core/connectors/k8s/K8sDefaultRoles.h"

#include "core/connectors/YamlInput.h"

#include <QFile>

namespace recertify {

const QHash<QString, K8sDefaultRoles::Role>& K8sDefaultRoles::all()
{
    static const QHash<QString, Role> roles = [] {
        QHash<QString, Role> out;
        QFile file(QStringLiteral(":/data/kubernetes-default-cluster-roles.yaml"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        const auto documents = YamlInput::parse(file.readAll(), file.fileName());
        if (!documents || documents->isEmpty())
            return out;
        for (const QJsonValue& value : documents->first().toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject role = value.toObject();
            const QJsonObject metadata = role.value(QStringLiteral("metadata")).toObject();
            const QString name = metadata.value(QStringLiteral("name")).toString();
            const QString ns = metadata.value(QStringLiteral("namespace")).toString();
            out.insert(ns.isEmpty() ? name : ns + u'/' + name,
                       Role { role.value(QStringLiteral("rules")).toArray(),
                              metadata.value(QStringLiteral("labels")).toObject(),
                              role.value(QStringLiteral("aggregationRule"))
                                  .toObject()
                                  .value(QStringLiteral("clusterRoleSelectors"))
                                  .toArray() });
        }
        return out;
    }();
    return roles;
}

bool K8sDefaultRoles::feedsAggregate(const QJsonObject& labels)
{
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(QLatin1String("rbac.authorization.k8s.io/aggregate-to-"))
            && it.value().toString() == QLatin1String("true"))
            return true;
    }
    return false;
}

} // namespace recertify
