#include "core/connectors/entra/EntraGraphImporter.h"

#include "core/connectors/FormatSniffer.h"
#include "core/connectors/JsonInput.h"
#include "core/connectors/entra/EntraGraphMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <optional>

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
    // An app role assignment (Get-MgServicePrincipalAppRoleAssignment) names no AppId or DisplayName of its own.
    // Get-AzRoleAssignment names its assignment RoleAssignmentId, not Id.
    return (first.contains(QStringLiteral("RoleAssignmentId")) && first.contains(QStringLiteral("RoleDefinitionName")))
        || (first.contains(QStringLiteral("Id"))
            && (first.contains(QStringLiteral("AppId")) || first.contains(QStringLiteral("DisplayName"))
                || first.contains(QStringLiteral("AppRoleId")) || first.contains(QStringLiteral("PrincipalId"))
                || first.contains(QStringLiteral("ClientId")) || first.contains(QStringLiteral("RoleDefinitionId"))));
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
        return makeError(
            EntraGraphImporter::tr("%1: holds a Microsoft Graph error, not data: %2: %3. Export again once the "
                                   "request succeeds.")
                .arg(path, error.value(QStringLiteral("code")).toString(), message.left(200)));
    }
    const QJsonObject first = root.value(QStringLiteral("value")).toArray().at(0).toObject();
    if (root.contains(QStringLiteral("odata.metadata")) || root.contains(QStringLiteral("odata.error"))
        || first.contains(QStringLiteral("odata.type"))
        || ((root.contains(QStringLiteral("objectType")) || first.contains(QStringLiteral("objectType")))
            // Get-AzRoleAssignment's ObjectType names the holder's kind: Azure RBAC, not Azure AD Graph.
            && !root.contains(QStringLiteral("roleDefinitionName")))) {
        return makeError(
            EntraGraphImporter::tr("%1: is Azure AD Graph output (graph.windows.net), which Microsoft has retired. "
                                   "Export from Microsoft Graph instead, for example: az rest --url "
                                   "https://graph.microsoft.com/v1.0/servicePrincipals")
                .arg(path));
    }
    return {};
}

} // namespace

namespace {

// Azure Monitor's own names for a record's top-level fields; pipelines that re-key them (Panther lower-cases them, Log
// Analytics and Elastic's samples write Level and level alike) are read by these names whatever their case.
QJsonObject withAzureMonitorKeys(QJsonObject o)
{
    static const QStringList names { QStringLiteral("category"),        QStringLiteral("properties"),
                                     QStringLiteral("operationName"),   QStringLiteral("time"),
                                     QStringLiteral("resultType"),      QStringLiteral("resultSignature"),
                                     QStringLiteral("callerIpAddress"), QStringLiteral("correlationId"),
                                     QStringLiteral("identity"),        QStringLiteral("level"),
                                     QStringLiteral("location"),        QStringLiteral("tenantId"),
                                     QStringLiteral("durationMs"),      QStringLiteral("resourceId") };
    for (const QString& key : o.keys()) {
        for (const QString& name : names) {
            if (key != name && !o.contains(name) && key.compare(name, Qt::CaseInsensitive) == 0) {
                o.insert(name, o.value(key));
                o.remove(key);
                break;
            }
        }
    }
    return o;
}

bool isDiagnosticRecord(const QJsonObject& o)
{
    return !o.value(QStringLiteral("category")).toString().isEmpty() && o.value(QStringLiteral("properties")).isObject()
        && o.contains(QStringLiteral("operationName"));
}

bool isSignInRecord(const QJsonObject& o)
{
    return o.value(QStringLiteral("category")).toString().endsWith(QLatin1String("SignInLogs"));
}

// Azure Monitor diagnostic settings write Entra sign-in logs as {"records": [...]} (Event Hub), one record per line
// (a storage account's PT1H.json) or as an array (Log Analytics exports): each record's properties is a Graph signIn.
std::optional<QList<QJsonObject>> diagnosticRecords(const QByteArray& text)
{
    // Only a file that names a sign-in category is parsed here: a Graph response is parsed once, by readBodies().
    if (!text.contains("SignInLogs\""))
        return std::nullopt;
    QList<QJsonObject> records;
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonArray items
            = whole.isArray() ? whole.array() : whole.object().value(QStringLiteral("records")).toArray();
        const QJsonArray list = whole.isObject() && isDiagnosticRecord(withAzureMonitorKeys(whole.object()))
            ? QJsonArray { whole.object() }
            : items;
        for (const QJsonValue& item : list)
            records << withAzureMonitorKeys(item.toObject());
    } else {
        for (const QByteArray& line : text.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject record = withAzureMonitorKeys(QJsonDocument::fromJson(line).object());
            if (!isDiagnosticRecord(record))
                return std::nullopt;
            records << record;
        }
    }
    // A diagnostic setting may send every category to one place: the file is read when it holds sign-ins.
    if (records.isEmpty() || !isDiagnosticRecord(records.first())
        || std::none_of(records.begin(), records.end(), isSignInRecord))
        return std::nullopt;
    return records;
}

// Diagnostic records none of which is a sign-in (the audit log a storage account's download holds beside the
// sign-ins, in insights-logs-auditlogs): their category, else empty.
QString otherDiagnosticCategory(const QByteArray& text)
{
    if (text.contains("SignInLogs\"") || !text.contains("\"category\""))
        return {};
    QJsonObject first;
    const QJsonDocument whole = QJsonDocument::fromJson(text);
    if (whole.isArray())
        first = whole.array().first().toObject();
    else if (whole.isObject())
        first = whole.object().contains(QStringLiteral("records"))
            ? whole.object().value(QStringLiteral("records")).toArray().first().toObject()
            : whole.object();
    else
        first = QJsonDocument::fromJson(text.left(text.indexOf('\n'))).object();
    first = withAzureMonitorKeys(first);
    return isDiagnosticRecord(first) ? first.value(QStringLiteral("category")).toString() : QString();
}

// Graph's directoryAudits as written out (an array, Extractor Suite's and Graph PowerShell's, or one page): the
// directory's changes, no workload's use.
bool isDirectoryAudit(const QByteArray& text)
{
    // Graph's directoryAudits in camelCase; Log Analytics' and Sentinel's AuditLogs table in PascalCase.
    const bool camel = text.contains("\"loggedByService\"") && text.contains("\"activityDisplayName\"");
    const bool pascal = text.contains("\"LoggedByService\"") && text.contains("\"ActivityDisplayName\"");
    if (!camel && !pascal)
        return false;
    const QJsonDocument whole = QJsonDocument::fromJson(text);
    QJsonObject first;
    if (whole.isNull()) {
        // One row per line, as those exports write them: the first row tells.
        for (const QByteArray& line : text.left(1024 * 1024).split('\n')) {
            if (!line.trimmed().isEmpty()) {
                first = QJsonDocument::fromJson(line).object();
                break;
            }
        }
    } else if (whole.isArray()) {
        first = whole.array().first().toObject();
    } else if (whole.isObject()) {
        const QJsonObject page = whole.object();
        for (auto it = page.begin(); it != page.end(); ++it) {
            if (it.key() != QLatin1String("value") && !it.key().startsWith(u'@'))
                return false; // a bundle keyed by request holds more than the audit log
        }
        first = page.value(QStringLiteral("value")).toArray().first().toObject();
    }
    return (first.contains(QStringLiteral("activityDisplayName")) && first.contains(QStringLiteral("loggedByService")))
        || (first.contains(QStringLiteral("ActivityDisplayName")) && first.contains(QStringLiteral("LoggedByService")));
}

} // namespace

Status EntraGraphImporter::readDiagnostics(const QString& path, const QList<QJsonObject>& records, RecordSink& sink)
{
    EntraGraphMapper& mapper = *m_mapper;
    QSet<QString>& seen = m_signInIds;
    int repeated = 0;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject& record = records.at(i);
        const QString category = record.value(QStringLiteral("category")).toString();
        QJsonObject signIn = record.value(QStringLiteral("properties")).toObject();
        const bool managed = category == QLatin1String("ManagedIdentitySignInLogs");
        if (!isSignInRecord(record)) {
            sink.skipped(
                tr("%1: record %2: not a sign-in log (category %3)").arg(path).arg(i + 1).arg(category.left(60)));
            continue;
        }
        // Microsoft's own service principals signing in (Entra's MicrosoftServicePrincipalSignInLogs): not the
        // tenant's workloads, which Recertify governs.
        if (category == QLatin1String("MicrosoftServicePrincipalSignInLogs")) {
            sink.skipped(tr("%1: record %2: a sign-in of one of Microsoft's own service principals "
                            "(MicrosoftServicePrincipalSignInLogs), not of the tenant's workloads")
                             .arg(path)
                             .arg(i + 1));
            continue;
        }
        if (!managed && category != QLatin1String("ServicePrincipalSignInLogs")) {
            sink.skipped(tr("%1: record %2: a user's sign-in (%3), not a workload identity's")
                             .arg(path)
                             .arg(i + 1)
                             .arg(category.left(60)));
            continue;
        }
        // The category says whose sign-in it is where the record does not.
        if (!signIn.contains(QStringLiteral("signInEventTypes")))
            signIn.insert(
                QStringLiteral("signInEventTypes"),
                QJsonArray { managed ? QStringLiteral("managedIdentity") : QStringLiteral("servicePrincipal") });
        if (!signIn.contains(QStringLiteral("createdDateTime")))
            signIn.insert(QStringLiteral("createdDateTime"), record.value(QStringLiteral("time")));
        if (!signIn.contains(QStringLiteral("servicePrincipalId")) && !signIn.contains(QStringLiteral("appId")))
            return JsonInput::fieldError(path, QStringLiteral("record %1: properties.servicePrincipalId").arg(i + 1),
                                         tr("the service principal that signed in"));
        // Diagnostic settings deliver at least once: a sign-in id seen before is counted once.
        const QString id = signIn.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && seen.contains(id)) {
            ++repeated;
            continue;
        }
        seen.insert(id);
        mapper.addResponse(QStringLiteral("auditLogs/signIns"), signIn, QStringLiteral("record %1").arg(i + 1));
    }
    if (repeated > 0)
        sink.warning(
            tr("%1: %n sign-in(s) delivered more than once (same id) counted once", nullptr, repeated).arg(path));
    return mapper.fault();
}

void EntraGraphImporter::start()
{
    m_mapper = std::make_unique<EntraGraphMapper>(QString());
    m_files.clear();
    m_otherDiagnostics.clear();
    m_directoryAudits.clear();
    m_newSecrets.clear();
    m_signInIds.clear();
}

Status EntraGraphImporter::read(const QString& path, RecordSink& sink)
{
    if (!m_mapper)
        start();
    m_files << path;
    m_mapper->setWhere(path);
    auto text = JsonInput::readText(path);
    if (!text)
        return text.error();
    if (auto records = diagnosticRecords(*text))
        return readDiagnostics(path, *records, sink);
    // The answer that creates a secret returns it once (addPassword): a live credential in a file, beside the
    // exports in a folder. Passed over, and the user told to delete it; alone, refused in finish().
    if (FormatSniffer::holdsNewClientSecret(*text)) {
        m_newSecrets << path;
        sink.warning(tr("%1: a new client secret as Microsoft Graph returns it once (addPassword): it holds the "
                        "secret itself, which may still be valid; passed over, not stored: delete the file")
                         .arg(path));
        return {};
    }
    if (isDirectoryAudit(*text)) {
        m_directoryAudits << path;
        sink.skipped(tr("%1: Entra's directory audit log, which records changes to the directory, not the use of an "
                        "identity: passed over")
                         .arg(path));
        return {};
    }
    if (const QString category = otherDiagnosticCategory(*text); !category.isEmpty()) {
        m_otherDiagnostics << category;
        sink.skipped(tr("%1: diagnostic records of category %2, not a sign-in log: passed over").arg(path, category));
        return {};
    }
    // Sign-in records one per line, but not as diagnostic settings write them: say which line, not "invalid JSON".
    if (text->contains("SignInLogs\"") && QJsonDocument::fromJson(*text).isNull()) {
        const QList<QByteArray> lines = text->split('\n');
        bool anyRecord = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject record = withAzureMonitorKeys(QJsonDocument::fromJson(lines.at(i), &error).object());
            anyRecord = anyRecord || isDiagnosticRecord(record);
            // Records one per line with one that does not parse (cut short, or edited): that line, not line 2.
            if (anyRecord && !lines.at(i).trimmed().isEmpty() && error.error != QJsonParseError::NoError)
                return makeError(tr("%1: line %2, column %3: invalid JSON: %4%5")
                                     .arg(path)
                                     .arg(i + 1)
                                     .arg(error.offset + 1)
                                     .arg(error.errorString(),
                                          i + 1 >= lines.size() || lines.mid(i + 1).join().trimmed().isEmpty()
                                              ? tr(" (the file looks truncated)")
                                              : QString()));
            if (!lines.at(i).trimmed().isEmpty() && !record.isEmpty() && !isDiagnosticRecord(record))
                return makeError(tr("%1: line %2: a sign-in log record without the properties that hold the sign-in "
                                    "(and the operationName beside them), so nothing says who signed in")
                                     .arg(path)
                                     .arg(i + 1));
        }
    }
    if (auto status = readBodies(path, *text); !status)
        return status;
    return m_mapper->fault();
}

Status EntraGraphImporter::finish(RecordSink& sink)
{
    if (!m_mapper)
        return {};
    if (!m_newSecrets.isEmpty() && m_newSecrets.size() == m_files.size()) {
        const QString files = m_newSecrets.join(QStringLiteral(", "));
        m_mapper.reset();
        return makeError(FormatSniffer::newClientSecretRefusal(files));
    }
    if (!m_directoryAudits.isEmpty() && m_directoryAudits.size() + m_otherDiagnostics.size() == m_files.size()) {
        const QString files = m_files.constFirst()
            + (m_files.size() > 1 ? tr(" and %n more", nullptr, int(m_files.size() - 1)) : QString());
        m_mapper.reset();
        return makeError(tr("%1: Entra's directory audit log, which records changes to the directory, not the use of "
                            "an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) "
                            "or Microsoft Graph exports instead")
                             .arg(files));
    }
    if (!m_otherDiagnostics.isEmpty() && m_otherDiagnostics.size() == m_files.size()) {
        m_otherDiagnostics.removeDuplicates();
        const QString files = m_files.constFirst()
            + (m_files.size() > 1 ? tr(" and %n more", nullptr, int(m_files.size() - 1)) : QString());
        m_mapper.reset();
        return makeError(
            tr("%1: Azure Monitor diagnostic records of %2 only, none a sign-in log, so nothing says which "
               "workload identity was used; give the workload sign-in logs (ServicePrincipalSignInLogs, "
               "ManagedIdentitySignInLogs) or Microsoft Graph exports instead")
                .arg(files, m_otherDiagnostics.join(QStringLiteral(", "))));
    }
    // What is joined across files is named by the run's files, not the last one read.
    QStringList names = m_files.mid(0, 3);
    if (m_files.size() > 3)
        names << tr("%n more", nullptr, int(m_files.size() - 3));
    m_mapper->setWhere(names.join(QStringLiteral(", ")));
    const Status status = m_mapper->finish(sink);
    m_mapper.reset();
    return status;
}

Status EntraGraphImporter::readBodies(const QString& path, const QByteArray& text)
{
    auto document = JsonInput::parse(text, path);
    if (!document)
        return document.error();
    if (isPowerShellOutput(*document)) {
        const QJsonValue renamed
            = graphNames(document->isArray() ? QJsonValue(document->array()) : QJsonValue(document->object()));
        *document = renamed.isArray() ? QJsonDocument(renamed.toArray()) : QJsonDocument(renamed.toObject());
    }
    EntraGraphMapper& mapper = *m_mapper;
    if (auto refused = refuseNonData(path, *document); !refused)
        return refused;

    if (document->isArray()) {
        const QJsonArray bodies = document->array();
        mapper.addWholeList(bodies);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QString label = QStringLiteral("[%1]").arg(i);
            if (!bodies.at(i).isObject())
                return JsonInput::fieldError(path, label, tr("a Microsoft Graph response body"));
            mapper.addResponse(QString(), bodies.at(i).toObject(), label);
        }
        return {};
    }

    const QJsonObject root = document->object();
    if (isResponseBody(root)) {
        mapper.addResponse(QString(), root);
        return {};
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
    return {};
}

} // namespace recertify
