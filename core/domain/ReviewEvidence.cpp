#include "core/domain/ReviewEvidence.h"

#include "core/util/Timestamp.h"

#include <QJsonArray>

namespace recertify {

namespace {

QJsonValue iso(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(Timestamp::toIso(t)) : QJsonValue(QJsonValue::Null);
}

QDateTime time(const QJsonObject& o, QLatin1String key)
{
    return Timestamp::fromIso(o.value(key).toString());
}

QString text(const QJsonObject& o, QLatin1String key)
{
    return o.value(key).toString();
}

QStringList texts(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QJsonObject ReviewEvidence::toJson() const
{
    QJsonArray grantArray;
    for (const GrantLine& g : grants) {
        grantArray.append(QJsonObject { { QStringLiteral("permission"), g.permission },
                                        { QStringLiteral("resourceScope"), g.resourceScope },
                                        { QStringLiteral("grantedVia"), g.grantedVia },
                                        { QStringLiteral("used"), g.used },
                                        { QStringLiteral("declared"), g.declared },
                                        { QStringLiteral("admin"), g.admin } });
    }
    QJsonArray credentialArray;
    for (const CredentialLine& c : credentials) {
        credentialArray.append(
            QJsonObject { { QStringLiteral("type"), c.type },
                          { QStringLiteral("credentialId"), c.credentialId },
                          { QStringLiteral("ageDays"), c.ageDays >= 0 ? QJsonValue(c.ageDays) : QJsonValue() },
                          { QStringLiteral("expiresAt"), iso(c.expiresAt) },
                          { QStringLiteral("lastUsedAt"), iso(c.lastUsedAt) } });
    }
    QJsonArray findingArray;
    for (const FindingLine& f : findings) {
        findingArray.append(QJsonObject { { QStringLiteral("type"), f.type },
                                          { QStringLiteral("subject"), f.subject },
                                          { QStringLiteral("severity"), f.severity },
                                          { QStringLiteral("detail"), f.detail },
                                          { QStringLiteral("owasp"), f.owasp },
                                          { QStringLiteral("since"), iso(f.since) },
                                          { QStringLiteral("detailData"), f.detailData } });
    }
    QJsonArray factorArray;
    for (const DebtLine& f : debtFactors) {
        factorArray.append(QJsonObject { { QStringLiteral("factor"), f.factor },
                                         { QStringLiteral("points"), f.points },
                                         { QStringLiteral("since"), iso(f.since) },
                                         { QStringLiteral("owasp"), f.owasp } });
    }
    QJsonArray whyArray;
    for (const QJsonObject& w : whyData)
        whyArray.append(w);
    QJsonObject json {
        { QStringLiteral("version"), version },
        { QStringLiteral("identity"),
          QJsonObject { { QStringLiteral("id"), identity.id },
                        { QStringLiteral("nativeId"), identity.nativeId },
                        { QStringLiteral("displayName"), identity.displayName },
                        { QStringLiteral("kind"), identity.kind },
                        { QStringLiteral("source"), identity.source },
                        { QStringLiteral("status"), identity.status },
                        { QStringLiteral("businessOwner"), identity.businessOwner },
                        { QStringLiteral("technicalOwner"), identity.technicalOwner },
                        { QStringLiteral("purpose"), identity.purpose },
                        { QStringLiteral("declaredScope"), QJsonArray::fromStringList(identity.declaredScope) },
                        { QStringLiteral("expiresAt"), iso(identity.expiresAt) },
                        { QStringLiteral("createdAt"), iso(identity.createdAt) } } },
        { QStringLiteral("granted"), granted },
        { QStringLiteral("used"), used },
        { QStringLiteral("unused"), unused },
        { QStringLiteral("grants"), grantArray },
        { QStringLiteral("outOfScope"), QJsonArray::fromStringList(outOfScope) },
        { QStringLiteral("proposedReduce"), QJsonArray::fromStringList(proposedReduce) },
        { QStringLiteral("lastUsedAt"), iso(lastUsedAt) },
        { QStringLiteral("credentials"), credentialArray },
        { QStringLiteral("findings"), findingArray },
        { QStringLiteral("trustDebt"),
          QJsonObject { { QStringLiteral("score"), debtScore }, { QStringLiteral("factors"), factorArray } } },
        { QStringLiteral("why"), QJsonArray::fromStringList(why) },
        { QStringLiteral("whyData"), whyArray },
        { QStringLiteral("reasonData"), reasonData },
        { QStringLiteral("usageCoverage"),
          QJsonObject { { QStringLiteral("days"), coverage.days },
                        { QStringLiteral("windowDays"), coverage.windowDays },
                        { QStringLiteral("scope"), coverage.scope } } },
        { QStringLiteral("capturedAt"), iso(capturedAt) },
    };
    if (!attestations.isEmpty()) {
        QJsonObject states;
        for (auto it = attestations.cbegin(); it != attestations.cend(); ++it) {
            states.insert(it.key(),
                          QJsonObject { { QStringLiteral("asked"), it->asked },
                                        { QStringLiteral("certifiedUntil"), iso(it->certifiedUntil) } });
        }
        json.insert(QStringLiteral("attestations"), states);
    }
    return json;
}

ReviewEvidence ReviewEvidence::fromJson(const QJsonObject& json)
{
    ReviewEvidence e;
    e.version = json.value(QLatin1String("version")).toInt(1);
    const QJsonObject id = json.value(QLatin1String("identity")).toObject();
    e.identity.id = id.value(QLatin1String("id")).toInteger();
    e.identity.nativeId = text(id, QLatin1String("nativeId"));
    e.identity.displayName = text(id, QLatin1String("displayName"));
    e.identity.kind = text(id, QLatin1String("kind"));
    e.identity.source = text(id, QLatin1String("source"));
    e.identity.status = text(id, QLatin1String("status"));
    e.identity.businessOwner = text(id, QLatin1String("businessOwner"));
    e.identity.technicalOwner = text(id, QLatin1String("technicalOwner"));
    e.identity.purpose = text(id, QLatin1String("purpose"));
    e.identity.declaredScope = texts(id.value(QLatin1String("declaredScope")));
    e.identity.expiresAt = time(id, QLatin1String("expiresAt"));
    e.identity.createdAt = time(id, QLatin1String("createdAt"));
    e.granted = json.value(QLatin1String("granted")).toInt();
    e.used = json.value(QLatin1String("used")).toInt();
    e.unused = json.value(QLatin1String("unused")).toInt();
    for (const QJsonValue& v : json.value(QLatin1String("grants")).toArray()) {
        const QJsonObject o = v.toObject();
        e.grants.append({ text(o, QLatin1String("permission")), text(o, QLatin1String("resourceScope")),
                          text(o, QLatin1String("grantedVia")), o.value(QLatin1String("used")).toBool(),
                          o.value(QLatin1String("declared")).toBool(), o.value(QLatin1String("admin")).toBool() });
    }
    e.outOfScope = texts(json.value(QLatin1String("outOfScope")));
    e.proposedReduce = texts(json.value(QLatin1String("proposedReduce")));
    e.lastUsedAt = time(json, QLatin1String("lastUsedAt"));
    for (const QJsonValue& v : json.value(QLatin1String("credentials")).toArray()) {
        const QJsonObject o = v.toObject();
        e.credentials.append({ text(o, QLatin1String("type")), text(o, QLatin1String("credentialId")),
                               o.value(QLatin1String("ageDays")).toInt(-1), time(o, QLatin1String("expiresAt")),
                               time(o, QLatin1String("lastUsedAt")) });
    }
    for (const QJsonValue& v : json.value(QLatin1String("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        e.findings.append({ text(o, QLatin1String("type")), text(o, QLatin1String("subject")),
                            text(o, QLatin1String("severity")), text(o, QLatin1String("detail")),
                            text(o, QLatin1String("owasp")), time(o, QLatin1String("since")),
                            o.value(QLatin1String("detailData")).toObject() });
    }
    const QJsonObject debt = json.value(QLatin1String("trustDebt")).toObject();
    e.debtScore = debt.value(QLatin1String("score")).toDouble();
    for (const QJsonValue& v : debt.value(QLatin1String("factors")).toArray()) {
        const QJsonObject o = v.toObject();
        e.debtFactors.append({ text(o, QLatin1String("factor")), o.value(QLatin1String("points")).toDouble(),
                               time(o, QLatin1String("since")), text(o, QLatin1String("owasp")) });
    }
    e.why = texts(json.value(QLatin1String("why")));
    for (const QJsonValue& v : json.value(QLatin1String("whyData")).toArray())
        e.whyData.append(v.toObject());
    e.reasonData = json.value(QLatin1String("reasonData")).toObject();
    const QJsonObject coverage = json.value(QLatin1String("usageCoverage")).toObject();
    e.coverage.days = coverage.value(QLatin1String("days")).toInt(-1);
    e.coverage.windowDays = coverage.value(QLatin1String("windowDays")).toInt(90);
    e.coverage.scope = text(coverage, QLatin1String("scope"));
    e.capturedAt = time(json, QLatin1String("capturedAt"));
    const QJsonObject states = json.value(QLatin1String("attestations")).toObject();
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        e.attestations.insert(
            it.key(), { o.value(QLatin1String("asked")).toBool(true), time(o, QLatin1String("certifiedUntil")) });
    }
    return e;
}

double ReviewEvidence::debtScoreOf(const QJsonObject& json)
{
    return json.value(QLatin1String("trustDebt")).toObject().value(QLatin1String("score")).toDouble();
}

} // namespace recertify
