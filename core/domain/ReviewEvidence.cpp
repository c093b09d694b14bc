#include "core/domain/ReviewEvidence.h"

#include "core/util/JsonWriter.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

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

void writeTime(JsonWriter& out, const QDateTime& t)
{
    if (t.isValid())
        out.string(Timestamp::toIso(t));
    else
        out.null();
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
                                          { QStringLiteral("detailData"), f.data() } });
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
        e.findings.append({ text(o, QLatin1String("type")),
                            text(o, QLatin1String("subject")),
                            text(o, QLatin1String("severity")),
                            text(o, QLatin1String("detail")),
                            text(o, QLatin1String("owasp")),
                            time(o, QLatin1String("since")),
                            o.value(QLatin1String("detailData")).toObject(),
                            {} });
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

// Keys in QJsonObject's (sorted) order, so the bytes are those of QJsonDocument(toJson()).toJson(Compact).
void ReviewEvidence::write(JsonWriter& out, bool stableOnly) const
{
    out.beginObject();
    if (!stableOnly && !attestations.isEmpty()) {
        out.key(QLatin1String("attestations")).beginObject();
        for (auto it = attestations.cbegin(); it != attestations.cend(); ++it) {
            out.key(QStringView(it.key()))
                .beginObject()
                .key(QLatin1String("asked"))
                .boolean(it->asked)
                .key(QLatin1String("certifiedUntil"));
            writeTime(out, it->certifiedUntil);
            out.endObject();
        }
        out.endObject();
    }
    if (!stableOnly)
        writeTime(out.key(QLatin1String("capturedAt")), capturedAt);
    out.key(QLatin1String("credentials")).beginArray();
    for (const CredentialLine& c : credentials) {
        out.beginObject();
        if (!stableOnly) {
            out.key(QLatin1String("ageDays"));
            c.ageDays >= 0 ? out.integer(c.ageDays) : out.null();
        }
        out.key(QLatin1String("credentialId")).string(c.credentialId);
        writeTime(out.key(QLatin1String("expiresAt")), c.expiresAt);
        writeTime(out.key(QLatin1String("lastUsedAt")), c.lastUsedAt);
        out.key(QLatin1String("type")).string(c.type).endObject();
    }
    out.endArray().key(QLatin1String("findings")).beginArray();
    for (const FindingLine& f : findings) {
        out.beginObject();
        if (!stableOnly) {
            out.key(QLatin1String("detail")).string(f.detail);
            out.key(QLatin1String("detailData"));
            f.detailJson.isEmpty() ? out.value(f.detailData) : out.raw(f.detailJson);
        }
        out.key(QLatin1String("owasp")).string(f.owasp).key(QLatin1String("severity")).string(f.severity);
        if (!stableOnly)
            writeTime(out.key(QLatin1String("since")), f.since);
        out.key(QLatin1String("subject")).string(f.subject).key(QLatin1String("type")).string(f.type).endObject();
    }
    out.endArray().key(QLatin1String("granted")).integer(granted).key(QLatin1String("grants")).beginArray();
    for (const GrantLine& g : grants) {
        out.beginObject()
            .key(QLatin1String("admin"))
            .boolean(g.admin)
            .key(QLatin1String("declared"))
            .boolean(g.declared)
            .key(QLatin1String("grantedVia"))
            .string(g.grantedVia)
            .key(QLatin1String("permission"))
            .string(g.permission)
            .key(QLatin1String("resourceScope"))
            .string(g.resourceScope)
            .key(QLatin1String("used"))
            .boolean(g.used)
            .endObject();
    }
    out.endArray().key(QLatin1String("identity")).beginObject();
    out.key(QLatin1String("businessOwner")).string(identity.businessOwner);
    writeTime(out.key(QLatin1String("createdAt")), identity.createdAt);
    out.key(QLatin1String("declaredScope")).strings(identity.declaredScope);
    out.key(QLatin1String("displayName")).string(identity.displayName);
    writeTime(out.key(QLatin1String("expiresAt")), identity.expiresAt);
    out.key(QLatin1String("id")).integer(identity.id).key(QLatin1String("kind")).string(identity.kind);
    out.key(QLatin1String("nativeId")).string(identity.nativeId).key(QLatin1String("purpose")).string(identity.purpose);
    out.key(QLatin1String("source")).string(identity.source).key(QLatin1String("status")).string(identity.status);
    out.key(QLatin1String("technicalOwner")).string(identity.technicalOwner).endObject();
    writeTime(out.key(QLatin1String("lastUsedAt")), lastUsedAt);
    out.key(QLatin1String("outOfScope")).strings(outOfScope);
    out.key(QLatin1String("proposedReduce")).strings(proposedReduce);
    if (!stableOnly) {
        out.key(QLatin1String("reasonData")).value(reasonData);
        out.key(QLatin1String("trustDebt")).beginObject().key(QLatin1String("factors")).beginArray();
        for (const DebtLine& f : debtFactors) {
            out.beginObject().key(QLatin1String("factor")).string(f.factor).key(QLatin1String("owasp")).string(f.owasp);
            out.key(QLatin1String("points")).number(f.points);
            writeTime(out.key(QLatin1String("since")), f.since);
            out.endObject();
        }
        out.endArray().key(QLatin1String("score")).number(debtScore).endObject();
    }
    out.key(QLatin1String("unused")).integer(unused);
    out.key(QLatin1String("usageCoverage")).beginObject().key(QLatin1String("days")).integer(coverage.days);
    out.key(QLatin1String("scope"))
        .string(coverage.scope)
        .key(QLatin1String("windowDays"))
        .integer(coverage.windowDays);
    out.endObject().key(QLatin1String("used")).integer(used);
    if (!stableOnly) {
        out.key(QLatin1String("version")).integer(version).key(QLatin1String("why")).strings(why);
        out.key(QLatin1String("whyData")).beginArray();
        for (const QJsonObject& w : whyData)
            out.value(w);
        out.endArray();
    }
    out.endObject();
}

QJsonObject ReviewEvidence::FindingLine::data() const
{
    return detailJson.isEmpty() ? detailData : QJsonDocument::fromJson(detailJson).object();
}

QByteArray ReviewEvidence::toCompactJson() const
{
    JsonWriter out;
    write(out, false);
    return out.take();
}

QByteArray ReviewEvidence::stableJson() const
{
    JsonWriter out;
    write(out, true);
    return out.take();
}

double ReviewEvidence::debtScoreOf(const QJsonObject& json)
{
    return json.value(QLatin1String("trustDebt")).toObject().value(QLatin1String("score")).toDouble();
}

} // namespace recertify
