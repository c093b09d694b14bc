#include "K8sAuditImporter.h"

#include "connectors/JsonInput.h"
#include "domain/IdentityKind.h"
#include "util/Timestamp.h"

#include <QFile>
#include <QJsonArray>

namespace recertify {

namespace {

const QString kServiceAccountPrefix = QStringLiteral("system:serviceaccount:");
constexpr qint64 kProgressEvery = 1000; // lines between progress reports

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
    const QString decision = event.value(QStringLiteral("annotations")).toObject()
                                 .value(QStringLiteral("authorization.k8s.io/decision")).toString();
    return decision == QLatin1String("forbid") ? QStringLiteral("denied") : QStringLiteral("allowed");
}

/** "ns:NAMESPACE[/NAME]" or "cluster[/NAME]", the same scope words as the RBAC grants use. */
QString resourceOf(const QJsonObject& objectRef)
{
    const QString ns = objectRef.value(QStringLiteral("namespace")).toString();
    const QString name = objectRef.value(QStringLiteral("name")).toString();
    QString resource = ns.isEmpty() ? QStringLiteral("cluster") : QString(QStringLiteral("ns:") + ns);
    if (!name.isEmpty())
        resource += QStringLiteral("/") + name;
    return resource;
}

} // namespace

Status K8sAuditImporter::read(const QString& path, RecordSink& sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    qint64 lineNumber = 0;
    // One line at a time: audit logs run to gigabytes.
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3); // a UTF-8 byte order mark
        if (auto status = readLine(line, path, lineNumber, sink); !status)
            return status;
        if (lineNumber % kProgressEvery == 0 && !sink.progress(file.pos(), size))
            return makeError(tr("%1: cancelled").arg(path));
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    sink.progress(size, size); // the whole file is read; a cancel now would change nothing
    return {};
}

Status K8sAuditImporter::readLine(const QByteArray& line, const QString& path, qint64 lineNumber, RecordSink& sink) const
{
    if (line.trimmed().isEmpty())
        return {};
    const QString lineText = QString::number(lineNumber);
    auto document = JsonInput::parse(line, path, lineNumber);
    if (!document)
        return document.error();
    const QJsonObject event = document->object();
    if (!document->isObject() || event.value(QStringLiteral("kind")).toString() != QLatin1String("Event"))
        return makeError(tr("%1: line %2: expected a Kubernetes audit Event (\"kind\": \"Event\")").arg(path, lineText));
    // RequestReceived and the other stages repeat the auditID of the ResponseComplete event.
    const QString stage = event.value(QStringLiteral("stage")).toString();
    if (!stage.isEmpty() && stage != QLatin1String("ResponseComplete"))
        return {};

    // Who acted: the impersonated user when there is one, not the impersonator.
    QJsonObject user = event.value(QStringLiteral("impersonatedUser")).toObject();
    if (user.value(QStringLiteral("username")).toString().isEmpty())
        user = event.value(QStringLiteral("user")).toObject();
    const QString username = user.value(QStringLiteral("username")).toString();
    if (username.isEmpty()) {
        sink.skipped(tr("%1: line %2: an event without a user").arg(path, lineText));
        return {};
    }
    const QStringList account = username.startsWith(kServiceAccountPrefix)
        ? username.mid(kServiceAccountPrefix.size()).split(u':')
        : QStringList();
    if (account.size() != 2 || account.at(0).isEmpty() || account.at(1).isEmpty()) {
        sink.skipped(tr("not a service account: %1").arg(username));
        return {};
    }
    const QString verb = event.value(QStringLiteral("verb")).toString();
    if (verb.isEmpty())
        return makeError(tr("%1: line %2: verb: expected the request's verb").arg(path, lineText));
    auto time = eventTime(event, path, lineNumber);
    if (!time)
        return time.error();

    ActivityEvent activity;
    activity.source = source();
    activity.principal = username;
    activity.principalName = account.join(u'/');
    activity.principalKind = IdentityKind::K8sServiceAccount;
    const QJsonObject objectRef = event.value(QStringLiteral("objectRef")).toObject();
    QString resource = objectRef.value(QStringLiteral("resource")).toString();
    if (!resource.isEmpty()) {
        const QString subresource = objectRef.value(QStringLiteral("subresource")).toString();
        if (!subresource.isEmpty())
            resource += QStringLiteral("/") + subresource;
        activity.action = verb + u' ' + resource;
        activity.resource = resourceOf(objectRef);
    } else {
        // Non-resource requests (/healthz, /api discovery) are authorised by their path, like nonResourceURLs.
        activity.action = verb + u' ' + event.value(QStringLiteral("requestURI")).toString().section(u'?', 0, 0);
    }
    activity.timestamp = *time;
    activity.outcome = outcomeOf(event);
    activity.credentialId = user.value(QStringLiteral("extra")).toObject()
                                .value(QStringLiteral("authentication.kubernetes.io/credential-id"))[0].toString();
    activity.sourceIp = event.value(QStringLiteral("sourceIPs"))[0].toString();
    activity.rawRef = path + u':' + lineText;
    sink.activity(activity);
    return {};
}

Result<QDateTime> K8sAuditImporter::eventTime(const QJsonObject& event, const QString& path, qint64 lineNumber)
{
    for (const char* field : { "stageTimestamp", "requestReceivedTimestamp", "timestamp" }) {
        const QString text = event.value(QLatin1String(field)).toString();
        if (text.isEmpty())
            continue;
        if (auto parsed = Timestamp::parse(text))
            return *parsed;
        return makeError(tr("%1: line %2: %3: expected a timestamp, got \"%4\"")
                             .arg(path, QString::number(lineNumber), QLatin1String(field), text));
    }
    return makeError(tr("%1: line %2: stageTimestamp: expected the time of the event").arg(path, QString::number(lineNumber)));
}

} // namespace recertify
