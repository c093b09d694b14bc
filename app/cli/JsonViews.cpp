#include "app/cli/JsonViews.h"

#include "core/util/Timestamp.h"

#include <QJsonArray>

namespace recertify::cli {

namespace {
QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(Timestamp::toIso(value)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const Identity& i)
{
    return QJsonObject {
        { QStringLiteral("id"), i.id },
        { QStringLiteral("source"), i.source },
        { QStringLiteral("nativeId"), i.nativeId },
        { QStringLiteral("kind"), i.kind },
        { QStringLiteral("displayName"), i.displayName },
        { QStringLiteral("owners"),
          QJsonObject { { QStringLiteral("business"), text(i.businessOwner) },
                        { QStringLiteral("technical"), text(i.technicalOwner) } } },
        { QStringLiteral("ownerInactive"), i.ownerInactive },
        { QStringLiteral("status"), i.status },
        { QStringLiteral("enabled"), i.enabled },
        { QStringLiteral("discoveredFromActivity"), i.discoveredFromActivity },
        { QStringLiteral("createdAt"), time(i.createdAt) },
        { QStringLiteral("lastUsedAt"), time(i.lastUsedAt) },
        { QStringLiteral("purpose"), text(i.purpose) },
        { QStringLiteral("declaredScope"), QJsonArray::fromStringList(i.declaredScope) },
        { QStringLiteral("retirementCondition"), text(i.retirementCondition) },
        { QStringLiteral("expiresAt"), time(i.expiresAt) },
        { QStringLiteral("parentId"), i.parentId > 0 ? QJsonValue(i.parentId) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("credentials"), i.credentialCount },
        { QStringLiteral("grants"), i.grantCount },
        { QStringLiteral("trustDebt"), i.trustDebt >= 0 ? QJsonValue(i.trustDebt) : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject toJson(const Credential& c)
{
    return QJsonObject {
        { QStringLiteral("credentialId"), c.credentialId },   { QStringLiteral("type"), c.type },
        { QStringLiteral("createdAt"), time(c.createdAt) },   { QStringLiteral("expiresAt"), time(c.expiresAt) },
        { QStringLiteral("lastUsedAt"), time(c.lastUsedAt) }, { QStringLiteral("enabled"), c.enabled },
    };
}

QJsonObject toJson(const Grant& g)
{
    return QJsonObject {
        { QStringLiteral("permission"), g.permission },
        { QStringLiteral("resourceScope"), g.resourceScope },
        { QStringLiteral("grantedVia"), g.grantedVia },
        { QStringLiteral("grantedAt"), time(g.grantedAt) },
    };
}

QJsonObject toJson(const UsageRecord& u)
{
    return QJsonObject {
        { QStringLiteral("action"), u.action },           { QStringLiteral("day"), u.day.toString(Qt::ISODate) },
        { QStringLiteral("outcome"), u.outcome },         { QStringLiteral("count"), u.count },
        { QStringLiteral("lastSeen"), time(u.lastSeen) },
    };
}

QJsonObject toJson(const LifecycleEvent& e)
{
    return QJsonObject {
        { QStringLiteral("at"), time(e.at) },         { QStringLiteral("from"), text(e.fromState) },
        { QStringLiteral("to"), e.toState },          { QStringLiteral("actor"), e.actor },
        { QStringLiteral("reason"), text(e.reason) },
    };
}

QJsonArray toJson(const QList<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace recertify::cli
