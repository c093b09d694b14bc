#include "CloudTrailImporter.h"

#include "connectors/GzipDevice.h"
#include "connectors/JsonArrayStream.h"
#include "connectors/JsonInput.h"
#include "domain/IdentityKind.h"
#include "util/Timestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

// The table is compiled into the core library; a static library must register its resources.
static void initCoreData()
{
    Q_INIT_RESOURCE(core_data);
}

namespace recertify {

namespace {

// Lines of a record-per-line export may be long, but one record is never this long.
constexpr qint64 kMaxLine = 16 * 1024 * 1024;

using PermissionTable = QHash<QString, QStringList>;

// eventSource \x1f eventName -> permissions, from the published table shipped with the app.
const PermissionTable& permissionTable()
{
    static const PermissionTable table = [] {
        initCoreData();
        PermissionTable t;
        QFile file(QStringLiteral(":/data/cloudtrail-event-permissions.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() < 3)
                continue;
            QStringList actions;
            for (const QByteArray& a : fields.at(2).split(','))
                if (!a.trimmed().isEmpty())
                    actions << QString::fromUtf8(a.trimmed());
            if (!actions.isEmpty())
                t.insert(QString::fromUtf8(fields.at(0)) + u'\x1f' + QString::fromUtf8(fields.at(1)), actions);
        }
        return t;
    }();
    return table;
}

quint64 idHash(const QString& id)
{
    const QByteArray digest = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256);
    return qFromLittleEndian<quint64>(digest.constData());
}

QByteArray firstNonBlank(const QByteArray& bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return QByteArray(1, c);
    }
    return {};
}

} // namespace

QStringList CloudTrailImporter::folderPatterns() const
{
    return { QStringLiteral("*.json"), QStringLiteral("*.json.gz"), QStringLiteral("*.jsonl"), QStringLiteral("*.jsonl.gz"),
        QStringLiteral("*.ndjson"), QStringLiteral("*.ndjson.gz") };
}

bool CloudTrailImporter::isDigestPath(const QString& path)
{
    return path.contains(QLatin1String("CloudTrail-Digest"));
}

QStringList CloudTrailImporter::actionsOf(const QString& eventSource, const QString& eventName)
{
    if (const auto it = permissionTable().constFind(eventSource + u'\x1f' + eventName); it != permissionTable().constEnd())
        return *it;
    QString prefix = eventSource.section(u'.', 0, 0);
    // Where the event source and the IAM service prefix differ.
    if (prefix == QLatin1String("monitoring"))
        prefix = QStringLiteral("cloudwatch");
    else if (prefix == QLatin1String("email"))
        prefix = QStringLiteral("ses");
    else if (prefix == QLatin1String("bedrock-runtime") || prefix == QLatin1String("bedrock-agent-runtime"))
        prefix = QStringLiteral("bedrock");
    return { prefix + u':' + eventName };
}

QString CloudTrailImporter::actionOf(const QString& eventSource, const QString& eventName)
{
    return actionsOf(eventSource, eventName).constFirst();
}

bool CloudTrailImporter::toEvent(const QJsonObject& record, ActivityEvent* event, QString* reason)
{
    const QJsonObject user = record.value(QStringLiteral("userIdentity")).toObject();
    const QString type = user.value(QStringLiteral("type")).toString();
    if (user.isEmpty()) {
        *reason = tr("no userIdentity (%1)").arg(record.value(QStringLiteral("eventType")).toString());
        return false;
    }
    event->source = QStringLiteral("aws");
    if (type == QLatin1String("AssumedRole")) {
        const QJsonObject issuer = user.value(QStringLiteral("sessionContext")).toObject().value(QStringLiteral("sessionIssuer")).toObject();
        event->principal = issuer.value(QStringLiteral("principalId")).toString();
        if (event->principal.isEmpty())
            event->principal = issuer.value(QStringLiteral("arn")).toString();
        event->principalName = issuer.value(QStringLiteral("userName")).toString();
        if (event->principalName.isEmpty())
            event->principalName = issuer.value(QStringLiteral("arn")).toString().section(u'/', -1);
        event->principalKind = IdentityKind::IamRole;
        event->principalAliases << issuer.value(QStringLiteral("arn")).toString();
    } else if (type == QLatin1String("IAMUser")) {
        event->principal = user.value(QStringLiteral("principalId")).toString();
        event->principalName = user.value(QStringLiteral("userName")).toString();
        if (event->principalName.isEmpty())
            event->principalName = user.value(QStringLiteral("arn")).toString().section(u'/', -1);
        event->principalKind = IdentityKind::IamUser;
        event->principalAliases << user.value(QStringLiteral("arn")).toString();
    } else {
        // Root, console users, AWS services and federated humans are not non-human identities we govern.
        *reason = tr("principal type %1").arg(type.isEmpty() ? tr("(none)") : type);
        return false;
    }
    event->principalAliases.removeAll(QString());
    event->principalAliases.removeAll(event->principal);
    if (event->principal.isEmpty()) {
        *reason = tr("no principal id or ARN");
        return false;
    }
    event->credentialId = user.value(QStringLiteral("accessKeyId")).toString();
    event->action = actionOf(record.value(QStringLiteral("eventSource")).toString(), record.value(QStringLiteral("eventName")).toString());
    const QJsonArray resources = record.value(QStringLiteral("resources")).toArray();
    event->resource = resources.isEmpty() ? QString() : resources.first().toObject().value(QStringLiteral("ARN")).toString();
    event->sourceIp = record.value(QStringLiteral("sourceIPAddress")).toString();
    const QString error = record.value(QStringLiteral("errorCode")).toString();
    if (error.isEmpty())
        event->outcome = QStringLiteral("allowed");
    else if (error.contains(QLatin1String("AccessDenied")) || error.contains(QLatin1String("Unauthorized")))
        event->outcome = QStringLiteral("denied");
    else
        event->outcome = QStringLiteral("error");
    return true;
}

Status CloudTrailImporter::emitRecord(const QJsonObject& envelope, const QString& path, const QString& where, RecordSink& sink)
{
    QJsonObject record = envelope;
    // EventBridge wraps the record in "detail"; lookup-events and CloudWatch keep it as a JSON string.
    if (record.value(QStringLiteral("detail")).isObject() && record.contains(QStringLiteral("detail-type")))
        record = record.value(QStringLiteral("detail")).toObject();
    for (const char* member : { "CloudTrailEvent", "message", "Message" }) {
        const QJsonValue text = record.value(QLatin1String(member));
        if (!text.isString() || record.contains(QStringLiteral("eventVersion")))
            continue;
        auto inner = JsonInput::parse(text.toString().toUtf8(), QStringLiteral("%1: %2: %3").arg(path, where, QLatin1String(member)));
        if (!inner)
            return inner.error();
        record = inner->object();
        break;
    }
    if (!record.contains(QStringLiteral("eventVersion")) && !record.contains(QStringLiteral("eventName"))) {
        return makeError(tr("%1: %2: expected a CloudTrail record (eventVersion, eventName, userIdentity…)").arg(path, where));
    }
    // A cross-account call is logged in both accounts under one eventID: one sighting per account.
    const QString eventId = record.value(QStringLiteral("eventID")).toString();
    const QString account = record.value(QStringLiteral("recipientAccountId")).toString();
    // Every record, attributed or not, shows the trail saw that account and region that day.
    if (const auto seen = Timestamp::parse(record.value(QStringLiteral("eventTime")).toString()); seen && !account.isEmpty()) {
        sink.covered(QStringLiteral("aws"), QStringLiteral("account:%1/%2").arg(account, record.value(QStringLiteral("awsRegion")).toString()),
            seen->toUTC().date());
    }
    if (!eventId.isEmpty() && !m_eventIds.insert(idHash(eventId + u'/' + account)).second) {
        ++m_duplicates; // CloudTrail may deliver an event more than once
        return {};
    }
    ActivityEvent event;
    QString reason;
    if (!toEvent(record, &event, &reason)) {
        sink.skipped(reason);
        return {};
    }
    const QString time = record.value(QStringLiteral("eventTime")).toString();
    const auto at = Timestamp::parse(time);
    if (!at)
        return makeError(tr("%1: %2: eventTime: expected an ISO 8601 time, got \"%3\"").arg(path, where, time.left(100)));
    event.timestamp = *at;
    event.rawRef = QFileInfo(path).fileName() + u'@' + where;
    const QStringList actions = actionsOf(record.value(QStringLiteral("eventSource")).toString(),
        record.value(QStringLiteral("eventName")).toString());
    for (const QString& action : actions) {
        event.action = action;
        sink.activity(event);
    }
    return {};
}

Status CloudTrailImporter::read(const QString& path, RecordSink& sink)
{
    if (isDigestPath(path)) {
        ++m_digests; // hashes of log files, not events
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    GzipDevice gzip(&file);
    QIODevice* device = &file;
    if (path.endsWith(QLatin1String(".gz"))) {
        if (!gzip.open(QIODevice::ReadOnly))
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        device = &gzip;
    }
    auto progress = [&]() { return sink.progress(device == &gzip ? gzip.compressedRead() : file.pos(), size); };

    // What kind of file this is shows in its first bytes.
    QByteArray head = device->peek(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF")) {
        device->read(3);
        head = head.mid(3);
    }
    static const QRegularExpression firstKey(QStringLiteral(R"re(^\s*\{\s*"([^"]*)")re"));
    const QString firstMember = firstKey.match(QString::fromUtf8(head.left(4096))).captured(1);
    Layout layout = Layout::Lines;
    if (firstNonBlank(head) == "[")
        layout = Layout::TopLevelArray;
    else if (firstMember == QLatin1String("Records"))
        layout = Layout::Records;
    else if (firstMember == QLatin1String("Events") || firstMember == QLatin1String("NextToken"))
        layout = Layout::LookupEvents;
    else if (head.contains("\"digestStartTime\"") || head.contains("\"digestS3Object\"") || firstMember.startsWith(QLatin1String("digest")))
        layout = Layout::Digest;
    else if (head.trimmed().isEmpty())
        return makeError(tr("%1: the file is empty").arg(path));
    else if (firstNonBlank(head) != "{")
        return makeError(tr("%1: expected CloudTrail records as JSON ({\"Records\": […]}, one record per line, or "
                            "aws cloudtrail lookup-events output)").arg(path));

    if (layout == Layout::Digest) {
        ++m_digests;
        return {};
    }
    qint64 count = 0;
    if (layout != Layout::Lines) {
        const QString key = layout == Layout::Records ? QStringLiteral("Records")
            : layout == Layout::LookupEvents          ? QStringLiteral("Events")
                                                      : QString();
        JsonArrayStream records(device, path, key);
        QJsonObject record;
        qint64 offset = 0;
        while (records.next(&record, &offset)) {
            if (auto status = emitRecord(record, path, tr("byte %1").arg(offset), sink); !status)
                return status;
            if (++count % 1000 == 0 && !progress())
                return makeError(tr("Cancelled"));
        }
        if (!records.errorString().isEmpty())
            return makeError(records.errorString());
        if (!records.foundArray())
            return makeError(tr("%1: expected a CloudTrail log file: {\"Records\": [...]}").arg(path));
        sink.progress(size, size);
        return {};
    }

    // One record per line. A pretty-printed single record spans lines: read it whole instead.
    const qsizetype firstLineEnd = head.indexOf('\n');
    const QByteArray firstLine = firstLineEnd < 0 ? head : head.left(firstLineEnd);
    if (QJsonDocument::fromJson(firstLine.trimmed()).isNull() && firstLineEnd >= 0 && firstLine.trimmed() == "{") {
        const QByteArray all = device->read(kMaxLine + 1);
        if (device == &gzip && gzip.failed())
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        if (all.size() > kMaxLine)
            return makeError(tr("%1: a single JSON document larger than %2 MB; expected one record per line").arg(path).arg(kMaxLine >> 20));
        auto document = JsonInput::parse(all, path);
        if (!document)
            return document.error();
        if (auto status = emitRecord(document->object(), path, tr("line 1"), sink); !status)
            return status;
        sink.progress(size, size);
        return {};
    }
    qint64 lineNumber = 0;
    while (!device->atEnd()) {
        QByteArray line = device->readLine(kMaxLine);
        ++lineNumber;
        if (line.size() >= kMaxLine && !line.endsWith('\n'))
            return makeError(tr("%1: line %2: longer than %3 MB; expected one record per line").arg(path).arg(lineNumber).arg(kMaxLine >> 20));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // CloudWatch Logs exports start each line with the ingestion time: "2024-05-01T10:00:00.000Z {…}".
        if (!line.startsWith('{')) {
            const qsizetype brace = line.indexOf('{');
            if (brace < 0)
                return makeError(tr("%1: line %2: expected a JSON record").arg(path).arg(lineNumber));
            line = line.mid(brace);
        }
        auto document = JsonInput::parse(line, path, lineNumber);
        if (!document)
            return document.error();
        const QJsonObject object = document->object();
        // A CloudWatch Logs subscription batch holds several records.
        const QJsonArray batch = object.value(QStringLiteral("logEvents")).toArray();
        if (!batch.isEmpty()) {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (auto status = emitRecord(batch.at(i).toObject(), path, tr("line %1, logEvents[%2]").arg(lineNumber).arg(i), sink); !status)
                    return status;
            }
        } else if (auto status = emitRecord(object, path, tr("line %1").arg(lineNumber), sink); !status) {
            return status;
        }
        if (++count % 1000 == 0 && !progress())
            return makeError(tr("Cancelled"));
    }
    if (device == &gzip && gzip.failed())
        return makeError(tr("%1: %2").arg(path, gzip.errorString()));
    sink.progress(size, size);
    return {};
}

void CloudTrailImporter::start()
{
    m_eventIds.clear();
    m_duplicates = 0;
    m_digests = 0;
}

Status CloudTrailImporter::finish(RecordSink& sink)
{
    if (m_digests > 0)
        sink.warning(tr("skipped %n CloudTrail digest file(s): they hold hashes of log files, not events", nullptr, m_digests));
    if (m_duplicates > 0)
        sink.warning(tr("%n record(s) delivered more than once (same eventID) were counted once", nullptr, int(m_duplicates)));
    return {};
}

} // namespace recertify
