#pragma once

#include "core/connectors/Importer.h"

#include <QJsonObject>

namespace recertify {

/**
 * IAM Access Advisor ("service last accessed") output: when an entity last used each service, and
 * with ACTION_LEVEL granularity each tracked action. Read as activity: the last authentication
 * becomes one event of "<namespace>:*" (service level) or "<namespace>:<Action>". Accepts one
 * get-service-last-accessed-details[-with-entities] response, or a bundle keyed by the CLI command.
 */
class AccessAdvisorImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(AccessAdvisorImporter)

public:
    QString format() const override { return QStringLiteral("aws-access-advisor"); }
    /** A folder of saved answers (one per page or query) is read file by file, in name order. */
    QStringList folderPatterns() const override { return { QStringLiteral("*.json") }; }
    QString source() const override { return QStringLiteral("aws"); }
    bool isInventory() const override { return false; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    /** One completed GetServiceLastAccessedDetails answer (the live connector's) about the entity `arn`; `where`
     *  names it in errors. */
    [[nodiscard]] Status readJob(const QString& where, const QJsonObject& response, RecordSink& sink,
                                 const QString& arn) const
    {
        return readResponse(where, QString(), response, sink, arn);
    }

private:
    /** `subject`: the ARN the report was generated for, when known; else told from the entities it names. */
    [[nodiscard]] Status readResponse(const QString& where, const QString& command, const QJsonObject& response,
                                      RecordSink& sink, const QString& subject = QString()) const;
    /** A report on one user or role lists every service it may use: it is observed for the tracking period. */
    static void recordCoverage(const QJsonObject& response, const QString& subject, RecordSink& sink);
};

} // namespace recertify
