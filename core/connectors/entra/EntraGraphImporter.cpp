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

} // namespace

Status EntraGraphImporter::read(const QString& path, RecordSink& sink)
{
    auto document = JsonInput::readFile(path);
    if (!document)
        return document.error();
    EntraGraphMapper mapper(path);

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
