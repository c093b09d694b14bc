#pragma once

#include "connectors/Importer.h"

#include <QJsonObject>

namespace recertify {

/**
 * CloudTrail log files (.json, .json.gz, or folders of them): each record becomes an activity event
 * of the identity that acted. AssumedRole activity belongs to the role (sessionContext.sessionIssuer),
 * not the session. Records without a principal (service events, Insights) are skipped and counted.
 * Files are parsed as streams, one record at a time.
 */
class CloudTrailImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CloudTrailImporter)

public:
    QString format() const override { return QStringLiteral("aws-cloudtrail"); }
    QString source() const override { return QStringLiteral("aws"); }
    bool isInventory() const override { return false; }
    QStringList folderPatterns() const override { return { QStringLiteral("*.json"), QStringLiteral("*.json.gz") }; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

    /** The IAM action for an event: "<service prefix>:<eventName>", with CloudTrail's known exceptions. */
    static QString actionOf(const QString& eventSource, const QString& eventName);
    /** Maps one record; false when it has no principal (reason set). */
    static bool toEvent(const QJsonObject& record, ActivityEvent* event, QString* reason);
};

} // namespace recertify
