#include "EntraGraphImporter.h"

#include "EntraGraphMapper.h"
#include "connectors/JsonInput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify {

namespace {

// A response body has a value list, an id or OData annotations; a bundle's keys are request lines.
bool isResponseBody(const QJsonObject& object)
{
    if (object.contains(QStringLiteral("value")) || object.contains(QStringLiteral("id")))
        return true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("@odata.")))
            return true;
    }
    return false;
}

// Graph PowerShell (Get-MgServicePrincipal | ConvertTo-Json) names properties in PascalCase and keeps
// the ones its model lacks in AdditionalProperties: back to Graph's own names.
QJsonValue graphNames(const QJsonValue& value, int depth = 0)
{
    if (depth > 32)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(graphNames(item, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (it.key() == QLatin1String("AdditionalProperties") && it.value().isObject()) {
            const QJsonObject extra = graphNames(it.value(), depth + 1).toObject();
            for (auto e = extra.constBegin(); e != extra.constEnd(); ++e)
                out.insert(e.key(), e.value());
            continue;
        }
        QString key = it.key();
        if (!key.isEmpty() && key.at(0).isUpper() && !key.startsWith(u'@'))
            key[0] = key.at(0).toLower();
        out.insert(key, graphNames(it.value(), depth + 1));
    }
    return out;
}

bool isPowerShellOutput(const QJsonDocument& document)
{
    const QJsonObject first = document.isArray() ? document.array().at(0).toObject() : document.object();
    return first.contains(QStringLiteral("Id")) && (first.contains(QStringLiteral("AppId")) || first.contains(QStringLiteral("DisplayName")));
}

// A Graph error body or legacy Azure AD Graph output is no tenant: importing it as one would say nothing is there.
Status refuseNonData(const QString& path, const QJsonDocument& document)
{
    const QJsonObject root = document.isArray() ? document.array().at(0).toObject() : document.object();
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty() && !root.contains(QStringLiteral("value"))) {
        QString message = error.value(QStringLiteral("message")).toString();
        if (message.isEmpty()) // Azure AD Graph nests it: {"odata.error": {"message": {"value": …}}}
            message = error.value(QStringLiteral("message")).toObject().value(QStringLiteral("value")).toString();
        return makeError(EntraGraphImporter::tr("%1: holds a Microsoft Graph error, not data: %2: %3. Export again once the "
                                                "request succeeds.")
                             .arg(path, error.value(QStringLiteral("code")).toString(), message.left(200)));
    }
    const QJsonObject first = root.value(QStringLiteral("value")).toArray().at(0).toObject();
    if (root.contains(QStringLiteral("odata.metadata")) || root.contains(QStringLiteral("odata.error"))
        || first.contains(QStringLiteral("odata.type")) || root.contains(QStringLiteral("objectType"))
        || first.contains(QStringLiteral("objectType"))) {
        return makeError(EntraGraphImporter::tr("%1: is Azure AD Graph output (graph.windows.net), which Microsoft has retired. "
                                                "Export from Microsoft Graph instead, for example: az rest --url "
                                                "https://graph.microsoft.com/v1.0/servicePrincipals")
                             .arg(path));
    }
    return {};
}

} // namespace

Status EntraGraphImporter::read(const QString& path, RecordSink& sink)
{
    auto document = JsonInput::readFile(path);
    if (!document)
        return document.error();
    if (isPowerShellOutput(*document)) {
        const QJsonValue renamed = graphNames(document->isArray() ? QJsonValue(document->array()) : QJsonValue(document->object()));
        *document = renamed.isArray() ? QJsonDocument(renamed.toArray()) : QJsonDocument(renamed.toObject());
    }
    EntraGraphMapper mapper(path);
    if (auto refused = refuseNonData(path, *document); !refused)
        return refused;

    if (document->isArray()) {
        const QJsonArray bodies = document->array();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QString label = QStringLiteral("[%1]").arg(i);
            if (!bodies.at(i).isObject())
                return JsonInput::fieldError(path, label, tr("a Microsoft Graph response body"));
            mapper.addResponse(QString(), bodies.at(i).toObject(), label);
        }
        return mapper.finish(sink);
    }

    const QJsonObject root = document->object();
    if (isResponseBody(root)) {
        mapper.addResponse(QString(), root);
        return mapper.finish(sink);
    }
    qsizetype responses = 0;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue; // _comment, _sources: provenance notes, not responses
        if (!it.value().isObject())
            return JsonInput::fieldError(path, it.key(), tr("a Microsoft Graph response body"));
        mapper.addResponse(it.key(), it.value().toObject());
        ++responses;
    }
    if (responses == 0) {
        return makeError(
            tr("%1: expected a Microsoft Graph response, or an object of responses keyed by request").arg(path));
    }
    return mapper.finish(sink);
}

} // namespace recertify
