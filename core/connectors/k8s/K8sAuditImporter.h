#pragma once

#include "core/connectors/Importer.h"
#include "core/util/KeySet.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

class QIODevice;

namespace recertify {

/**
 * Kubernetes audit logs as people have them, read as streams so memory does not grow with the file:
 * kube-apiserver JSON Lines (`--audit-log-path`), the EventList a webhook backend receives, EKS
 * control-plane logs exported from CloudWatch (plain lines, lines with a timestamp in front, or
 * `aws logs filter-log-events` output), AKS diagnostic records (the Event inside `properties.log`)
 * and GKE Cloud Audit Logs (`protoPayload`, the account in `authenticationInfo.principalEmail`).
 * Each request of a service account (the impersonated user when there is one) becomes one
 * ActivityEvent "VERB RESOURCE[/SUBRESOURCE]", once per auditID whatever stages were logged;
 * people are skipped, since they are not non-human identities.
 */
class K8sAuditImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(K8sAuditImporter)

public:
    QString format() const override { return QStringLiteral("k8s-audit"); }
    QString source() const override { return QStringLiteral("k8s"); }
    bool isInventory() const override { return false; }
    bool passesOverRepeatedEvents() const override { return true; }
    QStringList folderPatterns() const override
    {
        // A CloudWatch Logs export task (EKS control-plane logs) writes <task>/<stream>/000000.gz.
        return { QStringLiteral("*.jsonl"),  QStringLiteral("*.log"),      QStringLiteral("*.json"),
                 QStringLiteral("*.ndjson"), QStringLiteral("*.jsonl.gz"), QStringLiteral("*.json.gz"),
                 QStringLiteral("*.log.gz"), QStringLiteral("[0-9]*.gz") };
    }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    void start() override;
    [[nodiscard]] Status finish(RecordSink& sink) override;

private:
    /** A file holding one JSON object over several lines, no batch of events. */
    [[nodiscard]] Status readWholeObject(QIODevice* device, const QString& path, qint64 size, RecordSink& sink);
    /** One JSON value of the file, in whatever envelope it came. */
    [[nodiscard]] Status dispatch(const QJsonObject& object, const QString& path, const QString& where,
                                  RecordSink& sink, int depth = 0);
    [[nodiscard]] Status readEvent(const QJsonObject& event, const QString& path, const QString& where,
                                   RecordSink& sink);
    [[nodiscard]] Status readGke(const QJsonObject& entry, const QString& path, const QString& where, RecordSink& sink);
    [[nodiscard]] static Result<QDateTime> eventTime(const QJsonObject& event, const QString& path,
                                                     const QString& where);
    /** False when this auditID (or log entry id) was counted before in this run. */
    bool firstSighting(const QString& id);
    /** False when the event passed over with this id was said already. */
    bool firstSkip(const QString& id);
    /** Keeps a line for a role binding to service accounts that the request created or changed. */
    void noteBinding(const QJsonObject& event, const QString& path, const QString& where);

    QStringList m_bindings;
    QSet<QString> m_bindingIds;

    KeySet m_seen;
    KeySet m_skippedIds; ///< ids of the events passed over (people, nodes), each said once
    /// Ids of service accounts' requests seen at stage RequestReceived and at no later stage yet, said in finish().
    KeySet m_receivedOnly;
    qint64 m_duplicates = 0;
    qint64 m_firstStages = 0; ///< records at stage RequestReceived, each request logged again when answered
};

} // namespace recertify
