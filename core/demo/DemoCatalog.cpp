#include "core/demo/DemoCatalog.h"

#include <QHash>

namespace recertify::demo {

const char* const kFirstNames[]
    = { "Amara", "Ben",    "Chen",  "Dana",   "Elif",  "Farid", "Greta", "Hiro",  "Ines",  "Jonas",
        "Kofi",  "Lena",   "Mateo", "Nadia",  "Oskar", "Priya", "Quinn", "Rosa",  "Sven",  "Tariq",
        "Uma",   "Viktor", "Wen",   "Ximena", "Yusuf", "Zoe",   "Aiko",  "Bruno", "Clara", "Dmitri" };
const int kFirstNameCount = int(std::size(kFirstNames));

const char* const kLastNames[]
    = { "Okafor", "Schmidt", "Li",    "Moreau",   "Yilmaz", "Haddad",  "Larsen", "Tanaka", "Garcia",  "Weber",
        "Mensah", "Novak",   "Rossi", "Kowalski", "Berg",   "Sharma",  "Walsh",  "Costa",  "Nilsson", "Aziz",
        "Patel",  "Ivanova", "Zhang", "Lopez",    "Demir",  "Fischer", "Sato",   "Dubois", "Keller",  "Andersen" };
const int kLastNameCount = int(std::size(kLastNames));

const char* const kTeams[] = { "payments", "platform", "data",        "support",  "security", "growth",
                               "finance",  "sre",      "ml-research", "identity", "checkout", "logistics" };
const int kTeamCount = int(std::size(kTeams));

const char* const kAgentTasks[]
    = { "invoice-triage",       "support-copilot", "code-review",     "incident-summariser", "release-notes",
        "fraud-screening",      "contract-reader", "data-quality",    "ticket-router",       "cost-optimiser",
        "onboarding-assistant", "log-analyst",     "pricing-advisor", "vendor-risk",         "sales-research" };
const int kAgentTaskCount = int(std::size(kAgentTasks));

const char* const kServiceTasks[]
    = { "ledger-sync",    "backup",        "etl-loader",     "deploy",         "metrics-export",
        "report-builder", "webhook-relay", "search-indexer", "mail-sender",    "cert-renewer",
        "billing-export", "audit-shipper", "cache-warmer",   "batch-scheduler" };
const int kServiceTaskCount = int(std::size(kServiceTasks));

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromLatin1(item);
    return out;
}

QHash<QString, SourceCatalog> buildCatalogs()
{
    QHash<QString, SourceCatalog> catalogs;
    catalogs.insert(
        QStringLiteral("aws"),
        { QStringLiteral("aws"),
          list({ "s3:GetObject", "s3:PutObject", "s3:ListBucket", "dynamodb:Query", "dynamodb:PutItem",
                 "sqs:SendMessage", "sqs:ReceiveMessage", "lambda:InvokeFunction", "kms:Decrypt",
                 "secretsmanager:GetSecretValue", "bedrock:InvokeModel", "logs:PutLogEvents", "sns:Publish",
                 "iam:PassRole", "ec2:DescribeInstances", "sts:AssumeRole" }),
          list({ "s3:*", "s3:Get*", "dynamodb:*", "ec2:Describe*", "bedrock:*" }),
          list({ "s3:GetObject", "s3:GetObject", "dynamodb:Query", "ec2:DescribeInstances", "bedrock:InvokeModel" }),
          QStringLiteral("*") });
    catalogs.insert(QStringLiteral("entra"),
                    { QStringLiteral("entra"),
                      list({ "User.Read.All", "Mail.Read", "Mail.Send", "Files.Read.All", "Sites.Read.All",
                             "Calendars.Read", "Group.Read.All", "Application.Read.All", "AuditLog.Read.All",
                             "Chat.Read.All", "Files.ReadWrite.All", "Directory.Read.All" }),
                      list({ "Sites.FullControl.All" }), list({ "Sites.Read.All" }),
                      QStringLiteral("Directory.ReadWrite.All") });
    catalogs.insert(
        QStringLiteral("k8s"),
        { QStringLiteral("k8s"),
          list({ "get pods", "list pods", "watch pods", "get configmaps", "list services", "get secrets", "create jobs",
                 "patch deployments", "list nodes", "create pods/exec", "list secrets", "get leases" }),
          list({ "* pods", "get *" }), list({ "delete pods", "get endpoints" }), QStringLiteral("* *") });
    catalogs.insert(QStringLiteral("github"),
                    { QStringLiteral("github"),
                      list({ "metadata:read", "contents:read", "contents:write", "pull_requests:write", "issues:write",
                             "checks:write", "actions:read", "packages:read", "deployments:write", "secrets:read" }),
                      list({}), list({}), QStringLiteral("administration:write") });
    catalogs.insert(
        QStringLiteral("mcp"),
        { QStringLiteral("mcp"),
          list({ "search_docs", "get_weather", "read_ticket", "create_ticket", "send_email", "run_sql", "read_file",
                 "write_file", "http_fetch", "post_slack_message", "create_pull_request", "query_crm" }),
          list({ "crm_*" }), list({ "crm_export_contacts" }), QStringLiteral("*") });
    catalogs.insert(QStringLiteral("csv"),
                    { QStringLiteral("csv"),
                      list({ "billing:read", "billing:write", "reports:read", "customers:read", "customers:write",
                             "webhooks:manage", "payouts:create", "tickets:read" }),
                      list({ "reports:*" }), list({ "reports:export" }), QStringLiteral("admin:*") });
    return catalogs;
}

} // namespace

const SourceCatalog& catalogFor(const QString& source)
{
    static const QHash<QString, SourceCatalog> catalogs = buildCatalogs();
    auto it = catalogs.constFind(source);
    return it != catalogs.constEnd() ? *it : *catalogs.constFind(QStringLiteral("csv"));
}

} // namespace recertify::demo
