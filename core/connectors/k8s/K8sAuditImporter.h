#pragma once

#include "connectors/Importer.h"

#include <QJsonObject>

namespace recertify {

/**
 * kube-apiserver audit logs (`--audit-log-path`, audit.k8s.io Event JSON Lines), read line by line so
 * memory does not grow with the file. Each ResponseComplete event of a service account (the
 * impersonated user when there is one) becomes an ActivityEvent "VERB RESOURCE[/SUBRESOURCE]";
 * people are skipped, since they are not non-human identities.
 */
class K8sAuditImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(K8sAuditImporter)

public:
    QString format() const override { return QStringLiteral("k8s-audit"); }
    QString source() const override { return QStringLiteral("k8s"); }
    bool isInventory() const override { return false; }
    QStringList folderPatterns() const override
    {
        return { QStringLiteral("*.jsonl"), QStringLiteral("*.log"), QStringLiteral("*.json") };
    }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

private:
    [[nodiscard]] Status readLine(const QByteArray& line, const QString& path, qint64 lineNumber, RecordSink& sink) const;
    [[nodiscard]] static Result<QDateTime> eventTime(const QJsonObject& event, const QString& path, qint64 lineNumber);
};

} // namespace recertify
