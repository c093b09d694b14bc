#include "CloudTrailImporter.h"

#include "connectors/GzipDevice.h"
#include "connectors/JsonArrayStream.h"
#include "domain/IdentityKind.h"
#include "util/Timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace recertify {

QString CloudTrailImporter::actionOf(const QString& eventSource, const QString& eventName)
{
    QString prefix = eventSource.section(u'.', 0, 0);
    // Where the event source and the IAM service prefix differ (cloudtracker keeps the longer list).
    if (prefix == QLatin1String("monitoring"))
        prefix = QStringLiteral("cloudwatch");
    else if (prefix == QLatin1String("email"))
        prefix = QStringLiteral("ses");
    else if (prefix == QLatin1String("signin"))
        prefix = QStringLiteral("signin");
    return prefix + u':' + eventName;
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

Status CloudTrailImporter::read(const QString& path, RecordSink& sink)
{
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

    JsonArrayStream records(device, path, QStringLiteral("Records"));
    QJsonObject record;
    qint64 offset = 0;
    qint64 count = 0;
    while (records.next(&record, &offset)) {
        ActivityEvent event;
        QString reason;
        if (!toEvent(record, &event, &reason)) {
            sink.skipped(reason);
        } else {
            const QString time = record.value(QStringLiteral("eventTime")).toString();
            const auto at = Timestamp::parse(time);
            if (!at) {
                return makeError(tr("%1: byte %2: eventTime: expected an ISO 8601 time, got \"%3\"")
                                     .arg(path)
                                     .arg(offset)
                                     .arg(time));
            }
            event.timestamp = *at;
            event.rawRef = QFileInfo(path).fileName() + QStringLiteral("@") + QString::number(offset);
            sink.activity(event);
        }
        if (++count % 1000 == 0) {
            const qint64 done = device == &gzip ? gzip.compressedRead() : records.bytesRead();
            if (!sink.progress(done, size))
                return makeError(tr("Cancelled"));
        }
    }
    if (!records.errorString().isEmpty())
        return makeError(records.errorString());
    if (!records.foundArray())
        return makeError(tr("%1: expected a CloudTrail log file: {\"Records\": [...]}").arg(path));
    sink.progress(size, size);
    return {};
}

} // namespace recertify
