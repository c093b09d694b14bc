#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/entra/EntraGraphMapper.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>

namespace recertify {

/**
 * Saved Microsoft Graph responses: a bundle object keyed by request line ("GET https://…/servicePrincipals"
 * -> response body; keys starting with '_' are comments), a single response body, or an array of
 * bodies. Service principals, agent identities and managed identities become identities with their
 * credentials, app role assignments and delegated grants; service-principal sign-ins become activity.
 * The mapping itself is EntraGraphMapper, shared with the live connector.
 */
class EntraGraphImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(EntraGraphImporter)

public:
    QString format() const override { return QStringLiteral("entra-graph"); }
    /** A folder of saved answers (one per page or query) is read file by file, in name order. */
    QStringList folderPatterns() const override { return { QStringLiteral("*.json") }; }
    QString source() const override { return QStringLiteral("entra"); }
    bool isInventory() const override { return true; }
    bool passesOverRepeatedEvents() const override { return true; }
    /** One run's files are joined: app registrations in one, service principals and their activity in others. */
    void start() override;
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    [[nodiscard]] Status finish(RecordSink& sink) override;

private:
    /** Azure Monitor diagnostic records of the sign-in log categories; workload sign-ins are read as Graph's. */
    [[nodiscard]] Status readDiagnostics(const QString& path, const QList<QJsonObject>& records, RecordSink& sink);
    [[nodiscard]] Status readBodies(const QString& path, const QByteArray& text);
    std::unique_ptr<EntraGraphMapper> m_mapper;
    QStringList m_files;
    QStringList m_otherDiagnostics; ///< categories of the files of diagnostic records passed over (no sign-in)
    QStringList m_directoryAudits; ///< files of Graph directoryAudits, passed over
    QStringList m_newSecrets; ///< addPassword answers, which hold a secret: passed over, said
    QSet<QString> m_signInIds; ///< diagnostic sign-ins already read this run
};

} // namespace recertify
