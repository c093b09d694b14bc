#include "core/connectors/k8s/K8sAuditImporter.h"

#include "core/connectors/GzipDevice.h"
#include "core/connectors/JsonArrayStream.h"
#include "core/connectors/JsonInput.h"
#include "core/domain/IdentityKind.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>
#include <climits>

namespace recertify {

namespace {

const QString kServiceAccountPrefix = QStringLiteral("system:serviceaccount:");
constexpr qint64 kProgressEvery = 1000; // records between progress reports
constexpr qint64 kMaxLine = 16 * 1024 * 1024;
constexpr int kMaxEnvelopes = 4; // a record inside a message inside a batch: no deeper

QString outcomeOf(const QJsonObject& event)
{
    const QJsonValue code = event.value(QStringLiteral("responseStatus")).toObject().value(QStringLiteral("code"));
    if (code.isDouble()) {
        const int status = code.toInt();
        if (status == 401 || status == 403)
            return QStringLiteral("denied");
        return status >= 400 ? QStringLiteral("error") : QStringLiteral("allowed");
    }
    // Without a status code the authorizer's decision still tells a denial.
    const QString decision = event.value(QStringLiteral("annotations"))
                                 .toObject()
                                 .value(QStringLiteral("authorization.k8s.io/decision"))
                                 .toString();
    return decision == QLatin1String("forbid") ? QStringLiteral("denied") : QStringLiteral("allowed");
}

/** "ns:NAMESPACE[/NAME]" or "cluster[/NAME]", the same scope words as the RBAC grants use. */
QString resourceOf(const QString& ns, const QString& name)
{
    QString resource = ns.isEmpty() ? QStringLiteral("cluster") : QString(QStringLiteral("ns:") + ns);
    if (!name.isEmpty())
        resource += QStringLiteral("/") + name;
    return resource;
}

QStringList serviceAccountOf(const QString& username)
{
    const QStringList account = username.startsWith(kServiceAccountPrefix)
        ? username.mid(kServiceAccountPrefix.size()).split(u':')
        : QStringList();
    return account.size() == 2 && !account.at(0).isEmpty() && !account.at(1).isEmpty() ? account : QStringList();
}

// A Google Cloud service account calling the cluster (GKE: a CI job's or another workload's key, or Workload
// Identity): a machine identity outside Kubernetes, known by its email. People's accounts end otherwise.
bool isGoogleServiceAccount(const QString& username)
{
    return username.contains(u'@') && username.endsWith(QLatin1String(".gserviceaccount.com"), Qt::CaseInsensitive);
}

QChar firstNonBlank(const QByteArray& bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return QLatin1Char(c);
    }
    return {};
}

// Where the JSON first nests deeper than max (outside strings), or -1.
qint64 tooDeepAt(const QByteArray& json, int max)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > max)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

} // namespace

bool K8sAuditImporter::firstSighting(const QString& id)
{
    if (id.isEmpty())
        return true;
    const quint64 key = eventKeyOf(id.toUtf8());
    if (m_seen.insert(key)) {
        m_receivedOnly.erase(key); // its later stage came: only requests still waiting for one are kept
        return true;
    }
    ++m_duplicates;
    return false;
}

bool K8sAuditImporter::firstSkip(const QString& id)
{
    return id.isEmpty() || m_skippedIds.insert(eventKeyOf(id.toUtf8()));
}

Status K8sAuditImporter::read(const QString& path, RecordSink& sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    GzipDevice gzip(&file);
    QIODevice* device = &file;
    if (GzipDevice::isGzip(path, &file)) {
        if (!gzip.open(QIODevice::ReadOnly))
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        device = &gzip;
    }
    auto position = [&]() {
        return device == &gzip ? gzip.compressedRead() : file.pos();
    };
    QByteArray head = device->peek(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF")) {
        device->read(3); // a UTF-8 byte order mark
        head = head.mid(3);
    }
    const QChar first = firstNonBlank(head);
    if (first.isNull())
        return makeError(tr("%1: the file is empty").arg(path));
    if (first != u'{' && first != u'['
        && !QRegularExpression(QStringLiteral("^\\s*\\d{4}-\\d\\d-\\d\\d"))
                .match(QString::fromUtf8(head.left(64)))
                .hasMatch())
        return makeError(
            tr("%1: expected Kubernetes audit events as JSON (one per line, an EventList, or a cloud export)")
                .arg(path));

    // A document spread over lines (an EventList, a cloud export, a JSON array) is streamed element by element.
    const qsizetype lineEnd = head.indexOf('\n');
    const QByteArray firstLine = (lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    const bool lines
        = first != u'[' && (lineEnd < 0 || !QJsonDocument::fromJson(firstLine).isNull() || !firstLine.startsWith('{'));
    qint64 count = 0;
    if (!lines) {
        QString key;
        // A small document is read whole, whatever its envelope: a lone entry may hold "items" deep inside.
        constexpr qint64 kWholeBelow = 8 * 1024 * 1024;
        if (first == u'{' && device == &file && size <= kWholeBelow)
            return readWholeObject(device, path, size, sink);
        if (first == u'{') {
            for (const char* member : { "items", "records", "events", "entries" }) {
                if (head.contains(QByteArray(QByteArray("\"") + member + "\""))) {
                    key = QLatin1String(member);
                    break;
                }
            }
            if (key.isEmpty())
                return readWholeObject(device, path, size, sink);
        }
        JsonArrayStream stream(device, path, key);
        QJsonObject object;
        qint64 offset = 0;
        while (stream.next(&object, &offset)) {
            if (auto status = dispatch(object, path, QStringLiteral("byte %1").arg(offset), sink); !status)
                return status;
            if (++count % kProgressEvery == 0 && !sink.progress(position(), size))
                return makeError(tr("%1: cancelled").arg(path));
        }
        if (!stream.errorString().isEmpty())
            return makeError(stream.errorString());
        if (!stream.foundArray())
            return makeError(tr("%1: expected an array of audit events").arg(path));
        sink.progress(size, size);
        return {};
    }

    // One record per line: audit logs run to gigabytes.
    qint64 lineNumber = 0;
    while (!device->atEnd()) {
        bool tooLong = false;
        QByteArray line = GzipDevice::readLineCapped(device, kMaxLine, &tooLong);
        ++lineNumber;
        if (tooLong)
            return makeError(tr("%1: line %2: longer than %3 MB; expected one event per line")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(kMaxLine >> 20));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // CloudWatch Logs exports put the ingestion time in front: "2024-05-01T10:00:00.000Z {…}".
        if (!line.startsWith('{')) {
            const qsizetype brace = line.indexOf('{');
            if (brace < 0)
                return makeError(tr("%1: line %2: expected a JSON audit event").arg(path).arg(lineNumber));
            line = line.mid(brace);
        }
        auto document = JsonInput::parse(line, path, lineNumber);
        if (!document)
            return document.error();
        if (auto status = dispatch(document->object(), path, QStringLiteral("line %1").arg(lineNumber), sink); !status)
            return status;
        if (++count % kProgressEvery == 0 && !sink.progress(position(), size))
            return makeError(tr("%1: cancelled").arg(path));
    }
    if (device == &gzip && gzip.failed())
        return makeError(tr("%1: %2").arg(path, gzip.errorString()));
    if (file.error() != QFileDevice::NoError)
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    sink.progress(size, size); // the whole file is read; a cancel now would change nothing
    return {};
}

Status K8sAuditImporter::readWholeObject(QIODevice* device, const QString& path, qint64 size, RecordSink& sink)
{
    // One event or log entry spread over lines (a GKE LogEntry as the console copies it), or a first line that is
    // not JSON: read whole, so a break is named by its line and column.
    constexpr qint64 kMaxDocument = 64 * 1024 * 1024;
    const QByteArray whole = device->read(kMaxDocument + 1);
    const QString expected = tr("%1: expected Kubernetes audit events: one per line, an EventList (items), AKS "
                                "records, or a CloudWatch or Cloud Logging export")
                                 .arg(path);
    if (whole.size() > kMaxDocument)
        return makeError(expected);
    // As deep as the streamed batches may go, no deeper: a crafted file must not cost a deep parse.
    if (const qint64 at = tooDeepAt(whole, JsonArrayStream::kMaxDepth); at >= 0)
        return makeError(QCoreApplication::translate("JsonArrayStream", "%1: byte %2: nested deeper than %3 levels")
                             .arg(path)
                             .arg(at)
                             .arg(JsonArrayStream::kMaxDepth));
    auto document = JsonInput::parse(whole, path);
    if (!document)
        return document.error();
    if (!document->isObject())
        return makeError(expected);
    if (auto status = dispatch(document->object(), path, QStringLiteral("byte 0"), sink); !status)
        return status;
    sink.progress(size, size);
    return {};
}

Status K8sAuditImporter::dispatch(const QJsonObject& object, const QString& path, const QString& where,
                                  RecordSink& sink, int depth)
{
    if (depth > kMaxEnvelopes)
        return makeError(
            tr("%1: %2: audit events nested deeper than %3 envelopes").arg(path, where).arg(kMaxEnvelopes));
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("Event"))
        return readEvent(object, path, where, sink);
    // SIEM pipelines keep an Event's fields and drop its kind and apiVersion; auditID, stage and verb are its own.
    if (kind.isEmpty() && object.value(QStringLiteral("auditID")).isString()
        && object.value(QStringLiteral("stage")).isString() && object.value(QStringLiteral("verb")).isString())
        return readEvent(object, path, where, sink);
    if (object.contains(QStringLiteral("protoPayload")))
        return readGke(object, path, where, sink);
    // A CloudWatch Logs Insights answer (aws logs get-query-results): each row a list of {field, value}, the Event in
    // @message.
    if (const QJsonValue results = object.value(QStringLiteral("results")); results.isArray()) {
        const QJsonArray rows = results.toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString at = QStringLiteral("%1, results[%2]").arg(where).arg(i);
            const QJsonObject envelope = JsonInput::insightsMessage(rows.at(i).toArray());
            if (envelope.isEmpty())
                return makeError(tr("%1: %2: a CloudWatch Logs Insights row without @message, which holds the audit "
                                    "event; run the query with fields @message")
                                     .arg(path, at));
            if (auto status = dispatch(envelope, path, at, sink, depth + 1); !status)
                return status;
        }
        return {};
    }
    // Batches: an EventList (webhook), AKS records, filter-log-events output, a CloudWatch subscription.
    for (const char* member : { "items", "records", "events", "logEvents", "entries" }) {
        const QJsonValue list = object.value(QLatin1String(member));
        if (!list.isArray())
            continue;
        const QJsonArray items = list.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1, %2[%3]").arg(where, QLatin1String(member)).arg(i);
            if (auto status = dispatch(items.at(i).toObject(), path, at, sink, depth + 1); !status)
                return status;
        }
        return {};
    }
    // AKS also sends other categories (kube-apiserver, kube-controller-manager, guard) to the same place.
    const QString category = object.value(QStringLiteral("category")).toString();
    if (!category.isEmpty() && !category.startsWith(QLatin1String("kube-audit"))) {
        sink.skipped(tr("not an audit record (category %1)").arg(category.left(100)));
        return {};
    }
    // An Event kept as a JSON string: AKS diagnostics (properties.log), CloudWatch (message); some pipelines
    // forward properties.log already parsed.
    const QJsonValue log = object.value(QStringLiteral("properties")).toObject().value(QStringLiteral("log"));
    if (log.isObject())
        return dispatch(log.toObject(), path, where + QStringLiteral(", properties.log"), sink, depth + 1);
    QString inner = log.toString();
    QString member = QStringLiteral("properties.log");
    if (inner.isEmpty()) {
        inner = object.value(QStringLiteral("message")).toString();
        member = QStringLiteral("message");
    }
    if (!inner.isEmpty()) {
        auto document = JsonInput::parse(inner.toUtf8(), QStringLiteral("%1: %2: %3").arg(path, where, member));
        if (!document)
            return document.error();
        return dispatch(document->object(), path, where + QStringLiteral(", ") + member, sink, depth + 1);
    }
    return makeError(tr("%1: %2: expected a Kubernetes audit Event (\"kind\": \"Event\")").arg(path, where));
}

Status K8sAuditImporter::readEvent(const QJsonObject& event, const QString& path, const QString& where,
                                   RecordSink& sink)
{
    // Each request is logged at several stages under one auditID; RequestReceived comes before the request is
    // authorised, so it says nothing of whether it was allowed. A service account's request seen at no later stage
    // (an audit policy that omits them) is said in finish(), not passed over in silence.
    const QString stage = event.value(QStringLiteral("stage")).toString();
    if (stage == QLatin1String("RequestReceived")) {
        ++m_firstStages;
        const QString id = event.value(QStringLiteral("auditID")).toString();
        const QString name
            = event.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString();
        if (!id.isEmpty() && (!serviceAccountOf(name).isEmpty() || isGoogleServiceAccount(name)))
            m_receivedOnly.insert(eventKeyOf(id.toUtf8()));
        return {};
    }
    // A record without a readable time is refused, even when its auditID was seen before.
    auto time = eventTime(event, path, where);
    if (!time)
        return time.error();
    sink.covered(source(), QStringLiteral("cluster"), time->toUTC().date());
    noteBinding(event, path, where);

    // Who acted: the impersonated user when there is one, not the impersonator.
    const QJsonObject caller = event.value(QStringLiteral("user")).toObject();
    QJsonObject user = event.value(QStringLiteral("impersonatedUser")).toObject();
    const bool impersonated = !user.value(QStringLiteral("username")).toString().isEmpty();
    if (!impersonated)
        user = caller;
    const QString username = user.value(QStringLiteral("username")).toString();
    if (username.isEmpty()) {
        sink.skipped(tr("%1: %2: an event without a user").arg(path, where));
        return {};
    }
    const QStringList account = serviceAccountOf(username);
    // A service account that impersonates (a proxy such as Pinniped's) used its impersonate grant: its own use.
    const QString callerName = caller.value(QStringLiteral("username")).toString();
    const QStringList impersonator = impersonated ? serviceAccountOf(callerName) : QStringList();
    const bool google = account.isEmpty() && isGoogleServiceAccount(username);
    if (account.isEmpty() && impersonator.isEmpty() && !google) {
        // Said once per request, whatever stages or deliveries repeat it.
        if (firstSkip(event.value(QStringLiteral("auditID")).toString()))
            sink.skipped(tr("not a service account: %1").arg(username.left(100)));
        return {};
    }
    // Counted once per request, among the requests that are counted at all.
    if (!firstSighting(event.value(QStringLiteral("auditID")).toString()))
        return {};
    const QString verb = event.value(QStringLiteral("verb")).toString();
    if (verb.isEmpty())
        return makeError(tr("%1: %2: verb: expected the request's verb").arg(path, where));
    const QString rawRef = path + u':' + (where.startsWith(QLatin1String("line ")) ? where.mid(5) : where);
    const QString auditId = event.value(QStringLiteral("auditID")).toString();
    if (!impersonator.isEmpty()) {
        // Each part of the identity it took is its own impersonate permission: the user (or account), the groups,
        // the uid and each extra (Kubernetes' "User impersonation").
        QStringList actions { account.isEmpty() ? QStringLiteral("impersonate users")
                                                : QStringLiteral("impersonate serviceaccounts") };
        if (!user.value(QStringLiteral("groups")).toArray().isEmpty())
            actions << QStringLiteral("impersonate groups");
        if (!user.value(QStringLiteral("uid")).toString().isEmpty())
            actions << QStringLiteral("impersonate uids");
        for (const QString& extra : user.value(QStringLiteral("extra")).toObject().keys())
            actions << QStringLiteral("impersonate userextras/") + extra;
        for (const QString& action : std::as_const(actions)) {
            ActivityEvent acting;
            acting.source = source();
            acting.principal = callerName;
            acting.principalName = impersonator.join(u'/');
            acting.principalKind = IdentityKind::K8sServiceAccount;
            acting.action = action;
            acting.resource = username.left(200);
            acting.timestamp = *time;
            acting.outcome = QStringLiteral("allowed"); // the log names whom it became only once that was allowed
            acting.sourceIp = event.value(QStringLiteral("sourceIPs"))[0].toString();
            acting.rawRef = rawRef;
            // One request is one event: the request itself when it ran as a service account, else its first part.
            acting.counted = account.isEmpty() && action == actions.first();
            if (!auditId.isEmpty())
                acting.eventKey = eventKeyOf((auditId + u'/' + action).toUtf8());
            sink.activity(acting);
        }
    }
    if (account.isEmpty() && !google)
        return {}; // what the person it became did is theirs, not a machine identity's

    ActivityEvent activity;
    activity.source = source();
    activity.principal = username;
    activity.principalName = google ? username : account.join(u'/');
    activity.principalKind = google ? IdentityKind::ServiceAccount : IdentityKind::K8sServiceAccount;
    const QJsonObject objectRef = event.value(QStringLiteral("objectRef")).toObject();
    QString resource = objectRef.value(QStringLiteral("resource")).toString();
    if (!resource.isEmpty()) {
        const QString subresource = objectRef.value(QStringLiteral("subresource")).toString();
        if (!subresource.isEmpty())
            resource += QStringLiteral("/") + subresource;
        activity.action = verb + u' ' + resource;
        activity.resource = resourceOf(objectRef.value(QStringLiteral("namespace")).toString(),
                                       objectRef.value(QStringLiteral("name")).toString());
    } else {
        // Non-resource requests (/healthz, /api discovery) are authorised by their path, like nonResourceURLs.
        activity.action = verb + u' ' + event.value(QStringLiteral("requestURI")).toString().section(u'?', 0, 0);
    }
    activity.timestamp = *time;
    activity.outcome = outcomeOf(event);
    activity.credentialId = user.value(QStringLiteral("extra"))
                                .toObject()
                                .value(QStringLiteral("authentication.kubernetes.io/credential-id"))[0]
                                .toString();
    activity.sourceIp = event.value(QStringLiteral("sourceIPs"))[0].toString();
    activity.rawRef = rawRef;
    if (!auditId.isEmpty())
        activity.eventKey = eventKeyOf(auditId.toUtf8());
    sink.activity(activity);
    return {};
}

Status K8sAuditImporter::readGke(const QJsonObject& entry, const QString& path, const QString& where, RecordSink& sink)
{
    const QJsonObject payload = entry.value(QStringLiteral("protoPayload")).toObject();
    const QString text = entry.value(QStringLiteral("timestamp")).toString();
    const auto at = Timestamp::parse(text);
    if (!at)
        return makeError(
            tr("%1: %2: timestamp: expected the time of the entry, got \"%3\"").arg(path, where, text.left(100)));
    // Cloud Logging keeps every Google Cloud service's audit entries alike; only k8s.io's are the cluster's API.
    const QString service = payload.value(QStringLiteral("serviceName")).toString();
    if (!service.isEmpty() && service != QLatin1String("k8s.io")) {
        sink.skipped(
            tr("a Google Cloud audit entry of %1, not a call to a cluster's Kubernetes API").arg(service.left(100)));
        return {};
    }
    sink.covered(source(), QStringLiteral("cluster"), at->toUTC().date());
    const QString email = payload.value(QStringLiteral("authenticationInfo"))
                              .toObject()
                              .value(QStringLiteral("principalEmail"))
                              .toString();
    const QStringList account = serviceAccountOf(email);
    const bool google = account.isEmpty() && isGoogleServiceAccount(email);
    if (account.isEmpty() && !google) {
        if (firstSkip(entry.value(QStringLiteral("insertId")).toString()))
            sink.skipped(tr("not a service account: %1").arg(email.isEmpty() ? tr("(none)") : email.left(100)));
        return {};
    }
    // Counted once per entry, among the entries that are counted at all.
    if (!firstSighting(entry.value(QStringLiteral("insertId")).toString()))
        return {};
    // methodName io.k8s.GROUP.VERSION.RESOURCE[.SUBRESOURCE].VERB, e.g. io.k8s.core.v1.pods.create.
    const QString method = payload.value(QStringLiteral("methodName")).toString();
    const QStringList parts = method.split(u'.');
    static const QRegularExpression version(QStringLiteral("^v\\d+((alpha|beta)\\d+)?$"));
    qsizetype v = -1;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (version.match(parts.at(i)).hasMatch()) {
            v = i;
            break;
        }
    }
    // Built-in kinds are io.k8s.GROUP.VERSION…; a custom resource's method names its own group, under service k8s.io.
    const bool kubernetes = method.startsWith(QLatin1String("io.k8s."))
        || payload.value(QStringLiteral("serviceName")).toString() == QLatin1String("k8s.io");
    // A non-resource request (/api discovery, /readyz) is io.k8s.VERB with the path as resourceName; RBAC
    // authorises it by that path, like nonResourceURLs.
    const bool nonResource = method.startsWith(QLatin1String("io.k8s.")) && parts.size() == 3
        && !payload.value(QStringLiteral("resourceName")).toString().isEmpty();
    if (!nonResource && (!kubernetes || v < 0 || v + 2 >= parts.size())) {
        sink.skipped(tr("not a Kubernetes API call: %1").arg(method.left(100)));
        return {};
    }
    const QString& verb = parts.last();
    const QString resource = nonResource ? u'/' + payload.value(QStringLiteral("resourceName")).toString()
                                         : parts.mid(v + 1, parts.size() - v - 2).join(u'/');
    // resourceName core/v1/namespaces/NS/pods/NAME
    const QStringList name = payload.value(QStringLiteral("resourceName")).toString().split(u'/');
    const qsizetype nsAt = name.indexOf(QStringLiteral("namespaces"));
    const QString ns = nsAt >= 0 && nsAt + 1 < name.size() && nsAt + 2 < name.size() ? name.at(nsAt + 1) : QString();
    const QString object = nsAt >= 0 && nsAt + 3 < name.size() ? name.at(nsAt + 3) : QString();

    ActivityEvent activity;
    activity.source = source();
    activity.principal = email;
    activity.principalName = google ? email : account.join(u'/');
    activity.principalKind = google ? IdentityKind::ServiceAccount : IdentityKind::K8sServiceAccount;
    activity.action = verb + u' ' + resource;
    activity.resource = resourceOf(ns, object);
    activity.timestamp = *at;
    // google.rpc codes: 7 permission denied, 16 unauthenticated; any other non-zero code failed.
    const int code = payload.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toInt();
    const QString decision = entry.value(QStringLiteral("labels"))
                                 .toObject()
                                 .value(QStringLiteral("authorization.k8s.io/decision"))
                                 .toString();
    activity.outcome = code == 7 || code == 16 || decision == QLatin1String("forbid") ? QStringLiteral("denied")
        : code != 0                                                                   ? QStringLiteral("error")
                                                                                      : QStringLiteral("allowed");
    activity.sourceIp
        = payload.value(QStringLiteral("requestMetadata")).toObject().value(QStringLiteral("callerIp")).toString();
    activity.rawRef = path + u':' + where;
    if (const QString id = entry.value(QStringLiteral("insertId")).toString(); !id.isEmpty())
        activity.eventKey = eventKeyOf(id.toUtf8());
    sink.activity(activity);
    return {};
}

Result<QDateTime> K8sAuditImporter::eventTime(const QJsonObject& event, const QString& path, const QString& where)
{
    // A time that is no text is said only when no other field gives one.
    const char* notText = nullptr;
    QJsonValue notTextValue;
    for (const char* field : { "stageTimestamp", "requestReceivedTimestamp", "timestamp" }) {
        const QJsonValue value = event.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isNull() && !value.isString() && !notText) {
            notText = field;
            notTextValue = value;
        }
        const QString text = value.toString();
        if (text.isEmpty())
            continue;
        if (auto parsed = Timestamp::parse(text))
            return *parsed;
        return makeError(
            tr("%1: %2: %3: expected a timestamp, got \"%4\"").arg(path, where, QLatin1String(field), text.left(100)));
    }
    if (notText)
        return makeError(tr("%1: %2: %3: expected a timestamp as text (RFC 3339), got %4")
                             .arg(path, where, QLatin1String(notText),
                                  notTextValue.isDouble() ? QString::number(notTextValue.toDouble(), 'g', 15)
                                                          : tr("another kind of value")));
    return makeError(tr("%1: %2: stageTimestamp: missing, and requestReceivedTimestamp too; every audit event the API "
                        "server writes has the time it was received, and a use without its time cannot be placed in "
                        "any window (give the events as the API server or the cluster's log service wrote them)")
                         .arg(path, where));
}

void K8sAuditImporter::noteBinding(const QJsonObject& event, const QString& path, const QString& where)
{
    const QJsonObject ref = event.value(QStringLiteral("objectRef")).toObject();
    const QString resource = ref.value(QStringLiteral("resource")).toString();
    const QString verb = event.value(QStringLiteral("verb")).toString();
    if ((resource != QLatin1String("rolebindings") && resource != QLatin1String("clusterrolebindings"))
        || (verb != QLatin1String("create") && verb != QLatin1String("update") && verb != QLatin1String("patch"))
        || outcomeOf(event) != QLatin1String("allowed"))
        return;
    // At RequestResponse level the binding itself is logged; below it, only that one was changed.
    QJsonObject binding = event.value(QStringLiteral("responseObject")).toObject();
    if (!binding.contains(QStringLiteral("subjects")))
        binding = event.value(QStringLiteral("requestObject")).toObject();
    QStringList accounts;
    for (const QJsonValue& subject : binding.value(QStringLiteral("subjects")).toArray()) {
        const QJsonObject s = subject.toObject();
        if (s.value(QStringLiteral("kind")).toString() == QLatin1String("ServiceAccount"))
            accounts << s.value(QStringLiteral("namespace")).toString() + u'/'
                    + s.value(QStringLiteral("name")).toString();
    }
    if (accounts.isEmpty())
        return;
    // One request logged at two stages, or delivered twice, is one binding.
    const QString auditId = event.value(QStringLiteral("auditID")).toString();
    if (!auditId.isEmpty() && m_bindingIds.contains(auditId))
        return;
    m_bindingIds.insert(auditId);
    const QJsonObject role = binding.value(QStringLiteral("roleRef")).toObject();
    m_bindings << tr("%1: %2: %3 bound %4 %5 to %6; an audit log records use, not grants: import the cluster's "
                     "RBAC (kubectl get clusterrolebindings,rolebindings -A -o yaml) to see what it holds now")
                      .arg(path, where,
                           event.value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("username"))
                               .toString()
                               .left(100),
                           role.value(QStringLiteral("kind")).toString(),
                           role.value(QStringLiteral("name")).toString().left(100),
                           accounts.join(QStringLiteral(", ")).left(300));
}

void K8sAuditImporter::start()
{
    m_seen.clear();
    m_skippedIds.clear();
    m_receivedOnly.clear();
    m_duplicates = 0;
    m_firstStages = 0;
    m_bindings.clear();
    m_bindingIds.clear();
}

Status K8sAuditImporter::finish(RecordSink& sink)
{
    // A few lines say what happened; a log full of bindings says how many more.
    constexpr int kShown = 10;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_bindings.size(), kShown); ++i)
        sink.warning(m_bindings.at(i));
    if (m_bindings.size() > kShown)
        sink.warning(tr("%n more role binding(s) to service accounts were created or changed in this log", nullptr,
                        int(m_bindings.size() - kShown)));
    if (m_duplicates > 0)
        sink.warning(
            tr("%n event(s) logged more than once (same auditID) were counted once", nullptr, int(m_duplicates)));
    // So that the records read add up: a log at the policy's default stages holds most requests twice.
    if (m_firstStages > 0)
        sink.warning(tr("%n record(s) at stage RequestReceived, logged before the request was authorised: each "
                        "request is counted once, at the stage that says whether it was allowed",
                        nullptr, int(std::min<qint64>(m_firstStages, INT_MAX))));
    m_receivedOnly.forEach([&](quint64 key) {
        if (!m_seen.contains(key) && !m_skippedIds.contains(key))
            sink.skipped(tr("a service account's request logged only at stage RequestReceived, before it was "
                            "authorised: whether it was allowed is not in the log (an audit policy that omits "
                            "ResponseComplete)"));
    });
    m_receivedOnly.clear();
    return {};
}

} // namespace recertify
