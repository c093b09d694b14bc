#include "core/connectors/Importer.h"
#include "core/connectors/aws/AccessAdvisorImporter.h"
#include "core/connectors/aws/AwsIamImporter.h"
#include "core/connectors/aws/CloudTrailImporter.h"
#include "core/connectors/aws/CredentialReportImporter.h"
#include "core/connectors/csv/CsvImporter.h"
#include "core/connectors/entra/EntraGraphImporter.h"
#include "core/connectors/github/GitHubImporter.h"
#include "core/connectors/k8s/K8sAuditImporter.h"
#include "core/connectors/k8s/K8sRbacImporter.h"
#include "core/connectors/mcp/McpToolsImporter.h"

namespace recertify {

QStringList Importers::formats()
{
    return { QStringLiteral("aws-iam"),
             QStringLiteral("aws-cloudtrail"),
             QStringLiteral("aws-access-advisor"),
             QStringLiteral("aws-credential-report"),
             QStringLiteral("k8s-rbac"),
             QStringLiteral("k8s-audit"),
             QStringLiteral("entra-graph"),
             QStringLiteral("github"),
             QStringLiteral("mcp-tools"),
             QStringLiteral("csv") };
}

QString Importers::displayName(const QString& format)
{
    if (format == QLatin1String("aws-iam"))
        return tr("AWS IAM authorization details (JSON)");
    if (format == QLatin1String("aws-cloudtrail"))
        return tr("AWS CloudTrail logs (.json, .json.gz, folders)");
    if (format == QLatin1String("aws-access-advisor"))
        return tr("AWS IAM Access Advisor (last accessed)");
    if (format == QLatin1String("aws-credential-report"))
        return tr("AWS IAM credential report (users' keys and passwords)");
    if (format == QLatin1String("k8s-rbac"))
        return tr("Kubernetes RBAC, service accounts and pods (kubectl JSON)");
    if (format == QLatin1String("k8s-audit"))
        return tr("Kubernetes audit log (JSON Lines)");
    if (format == QLatin1String("entra-graph"))
        return tr("Microsoft Entra ID (Graph responses)");
    if (format == QLatin1String("github"))
        return tr("GitHub app installations, tokens and audit log");
    if (format == QLatin1String("mcp-tools"))
        return tr("MCP tools/list of an AI agent");
    if (format == QLatin1String("csv"))
        return tr("CSV (identities.csv, activity.csv)");
    return format;
}

std::unique_ptr<Importer> Importers::create(const QString& format)
{
    if (format == QLatin1String("aws-iam"))
        return std::make_unique<AwsIamImporter>();
    if (format == QLatin1String("aws-cloudtrail"))
        return std::make_unique<CloudTrailImporter>();
    if (format == QLatin1String("aws-access-advisor"))
        return std::make_unique<AccessAdvisorImporter>();
    if (format == QLatin1String("aws-credential-report"))
        return std::make_unique<CredentialReportImporter>();
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvImporter>();
    if (format == QLatin1String("entra-graph"))
        return std::make_unique<EntraGraphImporter>();
    if (format == QLatin1String("k8s-rbac"))
        return std::make_unique<K8sRbacImporter>();
    if (format == QLatin1String("k8s-audit"))
        return std::make_unique<K8sAuditImporter>();
    if (format == QLatin1String("github"))
        return std::make_unique<GitHubImporter>();
    if (format == QLatin1String("mcp-tools"))
        return std::make_unique<McpToolsImporter>();
    return nullptr;
}

} // namespace recertify
