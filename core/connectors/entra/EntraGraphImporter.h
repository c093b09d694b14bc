#pragma once

#include "connectors/Importer.h"

#include <QJsonObject>
#include <QList>

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
    QString source() const override { return QStringLiteral("entra"); }
    bool isInventory() const override { return true; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

private:
    /** Azure Monitor diagnostic records of the sign-in log categories; workload sign-ins are read as Graph's. */
    [[nodiscard]] static Status readDiagnostics(const QString& path, const QList<QJsonObject>& records, RecordSink& sink);
};

} // namespace recertify
