#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <functional>

using namespace recertify::test;

/**
 * Every public payload beside the project, imported end to end through recertify-cli into a
 * fresh store: the counts match what the files hold, a second import changes nothing, and a
 * truncated copy is refused with the file named and the store unchanged.
 */
class TestRealPayloads : public QObject
{
    Q_OBJECT

    static RunResult cli(const QStringList& args) { return runProgram(QStringLiteral(RECERTIFY_CLI_PATH), args); }

    // A fixture's bytes, read whole; empty when it cannot be read.
    static QByteArray fixture(const QString& relative)
    {
        QFile file(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + relative);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Bytes written into the test's folder under a name; the path, or empty when they could not be written.
    static QString written(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
    }

    // Each run's files (separated by '+', under tests/data/FOLDER) imported in turn, as exports are one after another;
    // the first failing run's error, or empty.
    static QString importInTurn(const QString& db, const QString& folder, const QStringList& runs)
    {
        for (const QString& run : runs) {
            QStringList args { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph") };
            for (const QString& file : run.split(u'+'))
                args << QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + folder + u'/' + file;
            if (const RunResult r = cli(args); r.exitCode != 0)
                return QString::fromUtf8(r.err);
        }
        return {};
    }

    // The runs' Entra files imported into one store at once and into another in turn: both stores, or empty ones.
    static std::pair<QString, QString> wholeAndInTurn(const QTemporaryDir& dir, const QStringList& runs)
    {
        const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
        const QString parts = dir.filePath(QStringLiteral("parts.sqlite"));
        if (!importInTurn(whole, QStringLiteral("entra"), { runs.join(u'+') }).isEmpty()
            || !importInTurn(parts, QStringLiteral("entra"), runs).isEmpty())
            return {};
        return { whole, parts };
    }

    // Data rows "runs" for two files imported in turn, in each order.
    static void inEachOrder(const char* first, const char* second, const char* firstSaid, const char* secondSaid)
    {
        QTest::addColumn<QStringList>("runs");
        QTest::addRow("%s, then %s", firstSaid, secondSaid)
            << QStringList { QLatin1String(first), QLatin1String(second) };
        QTest::addRow("%s, then %s", secondSaid, firstSaid)
            << QStringList { QLatin1String(second), QLatin1String(first) };
    }

    // The store's identities as `identities --json` lists them.
    static QJsonArray identitiesIn(const QString& db)
    {
        return QJsonDocument::fromJson(
                   cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
            .array();
    }

private slots:
    void importsEveryRealPayload_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("identities"); // added by the first import
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("skipped");
        // real/: the payloads the project started from; the others were gathered for the layouts people export.
        QTest::addRow("AWS IAM: 3 users and 3 roles")
            << "aws-iam"
            << "real/aws/iam-authorization-details.cloudsplaining.json" << 6 << 0 << 0;
        QTest::addRow(
            "Zero Trust Assessment's template row of last sign-ins: no appId, passed over, no nameless identity")
            << "entra-graph"
            << "entra/zerotrustassessment-serviceprincipal-signin-model.json" << 0 << 0 << 1;
        QTest::addRow("CloudTrail: 4 attributable records, 3 without a non-human principal")
            << "aws-cloudtrail"
            << "real/aws/cloudtrail-log.otel-contrib.json" << 0 << 1 << 6;
        QTest::addRow("Access Advisor: 3 last accesses")
            << "aws-access-advisor"
            << "real/aws/service-last-accessed.aws-cli-docs.json" << 0 << 3 << 0;
        QTest::addRow("IAM credential report: the AWS docs' PowerShell example, 2 users and the root")
            << "aws-credential-report"
            << "aws/credential-report/aws-docs-powershell-get-iamcredentialreport.csv" << 2 << 0 << 1;
        QTest::addRow("IAM credential report: aws iam get-credential-report's JSON")
            << "aws-credential-report"
            << "aws/credential-report/aws-cli-get-credential-report.json" << 2 << 0 << 1;
        QTest::addRow("IAM credential report: cloud-search's, a user with two keys and the root")
            << "aws-credential-report"
            << "aws/credential-report/cloud-search-root-user-mfa-fail.csv" << 1 << 0 << 1;
        QTest::addRow("AWS IAM: AirIAM's account, 5 users and 8 roles")
            << "aws-iam"
            << "aws/iam/airiam/airiam-gaad-rebuilt.json" << 13 << 0 << 0;
        // Five of its users have only a console password: people, passed over (they were added as identities).
        QTest::addRow("IAM credential report: Cloud Custodian's recorded answer, 19 users and the root")
            << "aws-credential-report"
            << "aws/credential-report/cloud-custodian/test_account_credential_report.iam.GetCredentialReport_1.json"
            << 14 << 0 << 6;
        QTest::addRow("IAM credential report: selefra's, one user")
            << "aws-credential-report"
            << "aws/credential-report/selefra-credential-report.csv" << 1 << 0 << 0;
        QTest::addRow("Kubernetes: 45 service accounts bound or running pods")
            << "k8s-rbac"
            << "real/kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json" << 45 << 0 << 0;
        QTest::addRow("Kubernetes audit: 5 service-account events, 32 human ones skipped")
            << "k8s-audit"
            << "real/kubernetes/audit-log.audit2rbac-demo.jsonl" << 0 << 5 << 32;
        QTest::addRow("Entra: 2 principals and 2 grant holders (Microsoft Graph, Microsoft's own, passed over); the "
                      "last sign-ins of 2 apps it does not list")
            << "entra-graph"
            << "real/entra/graph-responses.ms-graph-docs.json" << 4 << 2 << 3;
        QTest::addRow("Entra: an entitlement-management role assignment held by a user, without @odata.context")
            << "entra-graph"
            << "entra/graph-docs-entitlement-roleassignments-user.json" << 0 << 0 << 1;
        QTest::addRow("Entra: a service principal's sign-ins, one diagnostic record per line (Elastic)")
            << "entra-graph"
            << "entra/elastic-serviceprincipal-signinlogs-sample.log" << 0 << 7 << 0;
        QTest::addRow("Entra: one user's sign-in as GET auditLogs/signIns/{id} returns it, without a type")
            << "entra-graph"
            << "entra/graph-docs-v1-signin-one-object.json" << 0 << 0 << 1;
        // Panther's data lake keeps the records with their top-level keys lower-cased (operationname, Level).
        QTest::addRow("Panther's Azure.Audit rows: service-principal sign-ins, keys lower-cased")
            << "entra-graph"
            << "entra/panther-azure-audit-sp-signin-tests.jsonl" << 0 << 2 << 0;
        QTest::addRow("GitHub audit log: a classic token's api.request, a person's repo.create skipped (Elastic)")
            << "github"
            << "github/elastic-api-request-events.log" << 0 << 1 << 1;
        QTest::addRow("GitHub audit log: 20 events by a person on the web, all skipped (Elastic)")
            << "github"
            << "github/elastic-organisation-audit-excerpt.jsonl" << 0 << 0 << 20;
        // Panther keeps GitHub's @timestamp as at_sign_timestamp (a name its tables can hold), as text.
        QTest::addRow("GitHub audit log: Panther's copy, an OAuth token's git.clone timed by at_sign_timestamp")
            << "github"
            << "github/panther-secret-scanning-and-oauth-clone.tests.json" << 0 << 1 << 1;
        // Its CRD's descriptions quote "hugepages-" inside block scalars: text, not the start of a quoted string.
        QTest::addRow("Kubernetes: argo-rollouts' release install.yaml, a CRD with its RBAC")
            << "k8s-rbac"
            << "k8s/argo-rollouts-install-excerpt.yaml" << 1 << 0 << 0;
        QTest::addRow(
            "CloudTrail: a role's sessions refused GetPasswordData 5 times (Invictus' Stratus Red Team trail)")
            << "aws-cloudtrail"
            << "aws/cloudtrail-invictus/get-password-data-denied.json" << 0 << 5 << 0;
        // The AWS SDK for JavaScript v3 puts its $metadata before Events.
        QTest::addRow(
            "CloudTrail lookup-events as the JavaScript SDK v3 answers: 10 root and 2 console records passed over")
            << "aws-cloudtrail"
            << "aws/lookup-events/cloudryer-lookup-events-jsv3.json" << 0 << 0 << 12;
        QTest::addRow("GitHub: an app installation")
            << "github"
            << "real/github/installation.new_permissions_accepted.octokit-webhooks.json" << 1 << 0 << 0;
        QTest::addRow("GitHub audit log: 8 token events and an app installation given a repository")
            << "github"
            << "real/github/audit-log-export.azure-sentinel-excerpt.jsonl" << 0 << 9 << 3;
        QTest::addRow("GitHub audit log gzipped, as audit log streaming writes it: the same 9 events")
            << "github"
            << "github/audit-log-export.azure-sentinel-excerpt.jsonl.gz" << 0 << 9 << 3;
        QTest::addRow("Docker's catalogue: a server that lists its tools only at run time ([]) is skipped, not fatal")
            << "mcp-tools"
            << "mcp/docker-registry/three-servers" << 1 << 0 << 1;
        QTest::addRow("GitHub: installations whose permissions include secrets are installations, not a secrets list")
            << "github"
            << "github/installations.json" << 2 << 0 << 0;
        QTest::addRow("GitHub deploy keys as hub4j recorded them: one read-only, one that can write")
            << "github"
            << "github/hub4j-deploy-keys-last-used.json" << 2 << 0 << 0;
        QTest::addRow("GitHub audit records kept by a detection pipeline: one without a time is skipped")
            << "github"
            << "github/panther-workflow-dispatch-by-github-bot.tests.json" << 0 << 1 << 1;
        QTest::addRow("MCP: an agent's declared tools")
            << "mcp-tools"
            << "real/mcp/tools-list-response.mcp-spec-2025-11-25.json" << 1 << 0 << 0;

        // AWS IAM and Access Advisor as AWS documents them and tools keep them.
        QTest::addRow("cloudsplaining's 2023 example account: 41 users, 75 roles, 2 of them Identity Center's")
            << "aws-iam"
            << "aws/iam/gaad-cloudsplaining-example-2023.json" << 114 << 0 << 2;
        QTest::addRow("CloudMapper's demo: a role anyone may assume, two roles with one RoleId (a warning, kept apart)")
            << "aws-iam"
            << "aws/iam/gaad-cloudmapper-demo.json" << 6 << 0 << 0;
        QTest::addRow("the AWS CLI docs' page: truncated, single-object lists, one placeholder id for three users, "
                      "policies left out")
            << "aws-iam"
            << "aws/iam/gaad-aws-cli-docs-page.json" << 4 << 0 << 0;
        QTest::addRow("Access Advisor, botocore's example") << "aws-access-advisor"
                                                            << "aws/iam/sla-botocore-examples.json" << 0 << 1 << 0;
        QTest::addRow("Access Advisor as boto3 answered, recorded by placebo: times as datetime objects")
            << "aws-access-advisor"
            << "aws/iam/sla-cloud-custodian-placebo.json" << 0 << 98 << 0;
        QTest::addRow("Access Advisor, CloudMapper's demo (level1)")
            << "aws-access-advisor"
            << "aws/iam/sla-cloudmapper-demo-22371.json" << 0 << 1 << 0;
        QTest::addRow("Access Advisor, CloudMapper's demo (level3)")
            << "aws-access-advisor"
            << "aws/iam/sla-cloudmapper-demo-22375.json" << 0 << 1 << 0;

        // CloudTrail as people have it: log files, a synced trail bucket, record-per-line exports, lookup-events.
        QTest::addRow("CloudTrail guide: 6 IAM user calls, 2 Insights records")
            << "aws-cloudtrail"
            << "aws/cloudtrail/awsdocs-cloudtrail-log-file-examples.json" << 0 << 6 << 2;
        QTest::addRow(
            "IAM guide STS examples: a cross-account call seen from both accounts, a sign-in without a principal")
            << "aws-cloudtrail"
            << "aws/cloudtrail/awsdocs-iam-sts-examples.json" << 0 << 4 << 3;
        // EC2 decrypting a volume's key as AWS's own aws:ec2-infrastructure role: no role the account owns.
        QTest::addRow("KMS guide: EC2 example two, Alice's calls and AWS's own role passed over")
            << "aws-cloudtrail"
            << "aws/cloudtrail/awsdocs-kms-ec2-example-two.json" << 0 << 3 << 1;
        // The 2014 text: Alice launched the instance at the console, and EC2 made the KMS calls for her (invokedBy
        // "AWS Internal"): a person, passed over, her calls with her.
        QTest::addRow("KMS guide: EC2 example two as written in 2014, a person at the console")
            << "aws-cloudtrail"
            << "aws/cloudtrail/awsdocs-kms-ec2-example-two-2014.json" << 0 << 0 << 4;
        QTest::addRow("S3 guide: ListBuckets and an Outposts data event")
            << "aws-cloudtrail"
            << "aws/cloudtrail/awsdocs-s3-examples.json" << 0 << 4 << 0;
        QTest::addRow("OpenTelemetry's log file")
            << "aws-cloudtrail"
            << "aws/cloudtrail/otel-collector-contrib-cloudtrail_log.json" << 0 << 1 << 6;
        QTest::addRow(
            "a trail bucket: 22 log files in 5 accounts and an organisation, 2 digests, one duplicate delivery")
            << "aws-cloudtrail"
            << "aws/trail-bucket" << 0 << 15 << 11;
        QTest::addRow("one record per line") << "aws-cloudtrail"
                                             << "aws/cloudtrail-lines/awsdocs-records.jsonl" << 0 << 14 << 5;
        QTest::addRow("one record per line, gzipped")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/awsdocs-records.jsonl.gz" << 0 << 14 << 5;
        QTest::addRow("EventBridge envelopes: root and service callers only")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/awsdocs-eventbridge.jsonl" << 0 << 0 << 4;
        QTest::addRow("Panther's test events: two time formats, a session without its issuer, Identity Center skipped, "
                      "CopyObject one event")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/panther-analysis-tests.jsonl" << 0 << 13 << 7;
        QTest::addRow("Entra Agent ID's agent user (CLI for Microsoft 365's answer): an AI agent of its own")
            << "entra-graph"
            << "entra/m365cli-agentuser-list.json" << 1 << 0 << 0;
        QTest::addRow("az role assignment list before principalType: a service principal named http://MyDemoWebApp")
            << "entra-graph"
            << "entra/azcli-docs-role-assignment-list-no-principaltype.json" << 1 << 0 << 0;
        // pedro works in the EC2 console only (its agents, on one session's keys): a person, passed over.
        QTest::addRow("OTRF's EC2 proxy exfiltration, shipped by Logstash: eventTime moved to @timestamp")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/otrf-ec2-proxy-s3-exfiltration.jsonl" << 0 << 16 << 87;
        QTest::addRow("Elastic's Lambda CreateFunction record")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/elastic-test-create-lambda-json.log" << 0 << 1 << 0;
        QTest::addRow("Elastic's console sign-ins: a user's two, a person's, passed over; a role's that failed")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/elastic-test-console-login-json.log" << 0 << 1 << 2;
        QTest::addRow("aws cloudtrail lookup-events (AWS CLI docs)")
            << "aws-cloudtrail"
            << "aws/lookup-events/aws-cli-lookup-events.json" << 0 << 1 << 0;
        QTest::addRow("aws cloudtrail lookup-events (Detective docs)")
            << "aws-cloudtrail"
            << "aws/lookup-events/awsdocs-detective-lookup-events.json" << 0 << 1 << 0;
        QTest::addRow("lookup-events of Insights: CloudTrail records of no principal, skipped")
            << "aws-cloudtrail"
            << "aws/lookup-events/insights.awsdocs.json" << 0 << 0 << 2;

        // Kubernetes as people have it.
        QTest::addRow("kubectl YAML List: cluster role bindings, kube-dns the one account")
            << "k8s-rbac"
            << "k8s/bootstrap-cluster-role-bindings.yaml" << 1 << 0 << 0;
        QTest::addRow("kubectl YAML List: namespace role bindings, 6 kube-system accounts")
            << "k8s-rbac"
            << "k8s/bootstrap-namespace-role-bindings.yaml" << 6 << 0 << 0;
        QTest::addRow("a --- manifest stream with Deployments and Services beside RBAC")
            << "k8s-rbac"
            << "k8s/dashboard-recommended.yaml" << 1 << 0 << 0;
        QTest::addRow("Knative Serving's manifests: aggregated cluster roles") << "k8s-rbac"
                                                                               << "k8s/knative-serving" << 2 << 0 << 0;
        QTest::addRow("a federated session (GetFederationToken) acts for its IAM user")
            << "aws-cloudtrail"
            << "aws/cloudtrail/stratus-sts-federation-token.json" << 0 << 2 << 0;
        QTest::addRow("the same, one record per line")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/stratus-sts-federation-token.jsonl" << 0 << 2 << 0;
        QTest::addRow("panther's test records: calls a person made through the console, passed over")
            << "aws-cloudtrail"
            << "aws/cloudtrail/panther-iam-user-recon-denied.tests.json" << 0 << 0 << 3;
        QTest::addRow("CloudWatch Logs subscription batches, one per line (two calls under one eventID are two)")
            << "aws-cloudtrail"
            << "aws/cloudwatch-subscription/cwl-subscription-cloudtrail.jsonl" << 0 << 6 << 0;
        QTest::addRow("one CloudWatch Logs subscription batch, pretty-printed")
            << "aws-cloudtrail"
            << "aws/cloudwatch-subscription/cwl-subscription-one.json" << 0 << 1 << 0;
        QTest::addRow("a subscription batch as a Lambda receives it: awslogs.data, base64 of gzip")
            << "aws-cloudtrail"
            << "aws/cloudwatch-subscription/cwl-subscription-cloudtrail.lambda-event.json" << 0 << 1 << 0;
        QTest::addRow("subscription batches as Firehose writes them to S3: gzip members, batches back to back")
            << "aws-cloudtrail"
            << "aws/cloudwatch-subscription/cwl-subscription-cloudtrail.firehose-object.gz" << 0 << 6 << 0;
        QTest::addRow("kubectl JSON, the project's own small dump") << "k8s-rbac"
                                                                    << "k8s/rbac-small.json" << 4 << 0 << 0;
        QTest::addRow("AKS diagnostic records: one kube-audit event, one controller-manager log line")
            << "k8s-audit"
            << "k8s/aks-diagnostic-eventhub.json" << 0 << 1 << 1;
        QTest::addRow("EKS audit from CloudWatch: one auditID at two stages counted once")
            << "k8s-audit"
            << "k8s/eks-audit-pypanther.jsonl" << 0 << 2 << 4;
        QTest::addRow("Google's GDC example: a service account's request logged only at RequestReceived, said skipped")
            << "k8s-audit"
            << "k8s/gdch-audit-request-received.json" << 0 << 0 << 1;
        QTest::addRow("EKS audit as aws logs filter-log-events prints it: events[].message, told by auto too")
            << "k8s-audit"
            << "k8s/eks-filter-log-events.tfk70.json" << 0 << 2 << 0;
        QTest::addRow("EKS audit as a CloudWatch Logs export task writes it: <task>/<stream>/000000.gz, timed lines")
            << "k8s-audit"
            << "k8s/eks-cloudwatch-export-task" << 0 << 2 << 0;
        QTest::addRow("a webhook's EventList with one event delivered twice")
            << "k8s-audit"
            << "k8s/eventlist-webhook-falco.json" << 0 << 2 << 6;
        QTest::addRow("GKE Cloud Audit Logs") << "k8s-audit"
                                              << "k8s/gke-audit-khi.json" << 0 << 1 << 2;
        QTest::addRow("GKE entries among other services; a non-resource get /api/v1 is a use")
            << "k8s-audit"
            << "k8s/elastic-gcp-audit-mixed.jsonl" << 0 << 2 << 3;

        // Microsoft Entra as people have it.
        QTest::addRow("Graph applications with password credentials")
            << "entra-graph"
            << "entra/graph-applications-passwordcredentials.json" << 1 << 0 << 0;
        QTest::addRow("the same, as Windows PowerShell writes it (UTF-16 with BOM)")
            << "entra-graph"
            << "entra/graph-applications-passwordcredentials.utf16le-bom.json" << 1 << 0 << 0;
        QTest::addRow("an application without credentials")
            << "entra-graph"
            << "entra/graph-sp-credential-applications.json" << 1 << 0 << 0;
        QTest::addRow("a service principal with a password")
            << "entra-graph"
            << "entra/graph-sp-credential-serviceprincipals.json" << 1 << 0 << 0;
        QTest::addRow("the same, UTF-8 with BOM")
            << "entra-graph"
            << "entra/graph-sp-credential-serviceprincipals.utf8-bom.json" << 1 << 0 << 0;

        QTest::addRow("Azure Monitor diagnostic records: a service principal's failed sign-in")
            << "entra-graph"
            << "entra/azure-monitor-serviceprincipal-signinlogs.log" << 0 << 1 << 0;
        // Both credentials' principals are elsewhere: each last sign-in is kept for the principal known by its appId.
        QTest::addRow("Graph beta appCredentialSignInActivities alone: two sign-ins of principals held elsewhere")
            << "entra-graph"
            << "entra/graph-beta-appcredentialsigninactivities.json" << 0 << 2 << 0;
        QTest::addRow("an application template instantiated: the app and its principal in one answer")
            << "entra-graph"
            << "entra/graph-applicationtemplate-instantiate.json" << 1 << 0 << 0;
        QTest::addRow("az ad sp list: a top-level array of principals with two secrets")
            << "entra-graph"
            << "entra/az-ad-sp-list.json" << 1 << 0 << 0;
        QTest::addRow("az ad app show: one app registration with a certificate")
            << "entra-graph"
            << "entra/az-ad-app-show.json" << 1 << 0 << 0;
        QTest::addRow("a Graph applications page with a certificate")
            << "entra-graph"
            << "entra/graph-application-keycredentials.json" << 1 << 0 << 0;
        QTest::addRow("Graph's Windows Azure Active Directory principal: Microsoft's own, passed over")
            << "entra-graph"
            << "entra/graph-serviceprincipal-windows-azure-active-directory.json" << 0 << 0 << 1;

        // GitHub as people have it.
        QTest::addRow("the REST audit log as a JSON array: web activity only")
            << "github"
            << "github/org-audit-log.json" << 0 << 0 << 3;
        QTest::addRow("deploy keys") << "github"
                                     << "github/deploy-keys.json" << 1 << 0 << 0;
        QTest::addRow("SAML SSO authorizations: two members' classic tokens")
            << "github"
            << "github/credential-authorizations.json" << 2 << 0 << 0;
        QTest::addRow("fine-grained tokens with access to the organisation")
            << "github"
            << "github/org-pat-grants.json" << 1 << 0 << 0;
        QTest::addRow("requests for access, kept disabled") << "github"
                                                            << "github/org-pat-grant-requests.json" << 1 << 0 << 0;

        QTest::addRow("an IAM user's console session, one call on its key not flagged so: a person, passed over")
            << "aws-cloudtrail"
            << "aws/cloudtrail-invictus/bert-jan-console-session.json" << 0 << 0 << 37;

        // MCP as people have it.
        QTest::addRow("MCP spec 2025-06-18 tools/list response")
            << "mcp-tools"
            << "mcp/spec-2025-06-18-tools-list-response.json" << 1 << 0 << 0;
        QTest::addRow("MCP spec 2026-07-28 tools/list result")
            << "mcp-tools"
            << "mcp/spec-2026-07-28-list-tools-result-response.json" << 1 << 0 << 0;
        QTest::addRow("MCP Agent Mail's folder: its tools/list answer (26 tools) and a tools/call answer, passed over")
            << "mcp-tools"
            << "mcp/mcp-agent-mail" << 1 << 0 << 1;
        QTest::addRow("the filesystem server's tools.json, named by the initialize.json beside it")
            << "mcp-tools"
            << "mcp/servers/filesystem/tools.json" << 1 << 0 << 0;
        QTest::addRow("Docker's MCP registry: a bare array of 108 tools (Okta)")
            << "mcp-tools"
            << "mcp/docker-registry/okta-mcp-server/tools.json" << 1 << 0 << 0;
        QTest::addRow("Docker's MCP registry: its catalogue's own tool shape (Buildkite)")
            << "mcp-tools"
            << "mcp/docker-registry/buildkite/tools.json" << 1 << 0 << 0;
        QTest::addRow("GitHub's MCP server: a bare {\"tools\": […]}") << "mcp-tools"
                                                                      << "mcp/servers/github/tools.json" << 1 << 0 << 0;
        QTest::addRow("mcp-scan: a server's signature, its initialize answer under metadata")
            << "mcp-tools"
            << "mcp/mcp-scan/math_server_signature.json" << 1 << 0 << 0;
        QTest::addRow("mcp-proxy: a snapshot naming the server in server_info")
            << "mcp-tools"
            << "mcp/mcp-proxy/server-github.json" << 1 << 0 << 0;
        QTest::addRow("mcp-proxy: a remote server's snapshot naming it in server")
            << "mcp-tools"
            << "mcp/mcp-proxy/cloudflare-radar.json" << 1 << 0 << 0;
        QTest::addRow("openclaw: a tools/list answer saved from a Streamable HTTP server, as server-sent events")
            << "mcp-tools"
            << "mcp/openclaw-graphiti/tools_list.json" << 1 << 0 << 0;
        QTest::addRow("SeaTable: a snapshot of 18 tools, none marked read-only or destructive")
            << "mcp-tools"
            << "mcp/seatable-tool-schemas.snapshot.json" << 1 << 0 << 0;
        QTest::addRow("an MCP server's folder: its initialize answer beside its tools")
            << "mcp-tools"
            << "mcp/servers/filesystem" << 1 << 0 << 1;
        QTest::addRow("cloudsplaining: AdministratorAccess attached, its document left out")
            << "aws-iam"
            << "aws/iam/gaad-cloudsplaining-authz-v2.json" << 3 << 0 << 0;
        QTest::addRow("KubeHound: a collector's folder, lists without a kind of their own passed over")
            << "k8s-rbac"
            << "k8s/kubehound-test-cluster" << 1 << 0 << 0;
        QTest::addRow("PyGithub: one App installed in an organisation and in a user's account: two identities")
            << "github"
            << "github/pygithub-app-installations.json" << 2 << 0 << 0;
        QTest::addRow("go-github: an organisation's token grants before token_id was added")
            << "github"
            << "github/gogithub-org-personal-access-tokens.json" << 1 << 0 << 0;
        QTest::addRow("GKE: a Google Cloud service account's call is kept, a person's passed over (Panther)")
            << "k8s-audit"
            << "k8s/panther-gke-privileged-pod-created.json" << 0 << 2 << 4;
        QTest::addRow("GKE: one Cloud Logging entry, pretty-printed over many lines")
            << "k8s-audit"
            << "k8s/gke-audit-khi-one-entry-pretty.json" << 0 << 1 << 0;
        QTest::addRow("plaso: lookup-events, one event per line, console sessions")
            << "aws-cloudtrail"
            << "aws/lookup-events/plaso-aws_cloudtrail.jsonl" << 0 << 0 << 6;
        QTest::addRow("ScubaGear: Graph PowerShell service principals, UTF-16, PascalCase, no servicePrincipalType")
            << "entra-graph"
            << "entra/scubagear-MockServicePrincipals.utf16.json" << 6 << 0 << 0;
        QTest::addRow("ScubaGear: one app role assignment as ConvertTo-Json writes it (PascalCase, no AppId)")
            << "entra-graph"
            << "entra/scubagear-MockAppRoleAssignment.json" << 1 << 0 << 0;
        QTest::addRow("ScubaGear: a service principal with four properties (Id, AppId, DisplayName, owner tenant)")
            << "entra-graph"
            << "entra/scubagear-MockDedicatedHybridServicePrincipal.json" << 1 << 0 << 0;
        QTest::addRow("Graph PowerShell's applications (ScubaGear): a certificate and a secret with one key id")
            << "entra-graph"
            << "entra/scubagear-MockApplications.utf16.json" << 3 << 0 << 0;
        QTest::addRow("IAMSpy: a role whose permissions boundary allows none of its policy")
            << "aws-iam"
            << "aws/iam/gaad-iamspy-role-boundary-deny.json" << 1 << 0 << 0;
        QTest::addRow("IAMSpy: a user whose permissions boundary allows everything")
            << "aws-iam"
            << "aws/iam/gaad-iamspy-user-boundary-allow.json" << 1 << 0 << 0;
        QTest::addRow("Docker's MCP registry: the catalogue's shape without annotations, told by auto")
            << "mcp-tools"
            << "mcp/docker-registry/kubectl-mcp-server/tools.json" << 1 << 0 << 0;
        QTest::addRow("greenpau: an EKS service account refused a role by web identity")
            << "aws-cloudtrail"
            << "aws/cloudtrail/greenpau-eks-webidentity-denied.json" << 0 << 1 << 0;
        QTest::addRow("Panther: network activity events beside the calls they carry are not counted")
            << "aws-cloudtrail"
            << "aws/cloudtrail/panther-vpce-sensitive-api-calls.json" << 0 << 1 << 2;
        QTest::addRow("CLI for Microsoft 365: app role assignments without @odata.context, told by auto")
            << "entra-graph"
            << "entra/m365cli/approleassignments.json" << 1 << 0 << 0;
        QTest::addRow("Graph docs: directory role assignments of a principal the input does not hold")
            << "entra-graph"
            << "entra/graph-docs-roleassignments-by-principal.json" << 0 << 0 << 2;
        QTest::addRow("Panther: a refusal at a VPC endpoint, a denied call, an allowed network activity event")
            << "aws-cloudtrail"
            << "aws/cloudtrail/panther-vpce-access-denied.json" << 0 << 1 << 2;
        QTest::addRow("Docker's MCP registry: tools of name and description alone, told by auto")
            << "mcp-tools"
            << "mcp/docker-registry/zscaler-mcp-server/tools.json" << 1 << 0 << 0;
    }

    void importsEveryRealPayload()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(int, identities);
        QFETCH(int, events);
        QFETCH(int, skipped);
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));

        const RunResult first
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), format, path });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), identities);
        QCOMPARE(report.value(QStringLiteral("events")).toInt(), events);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), skipped);
        const QByteArray inventory
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out;
        const int stored = int(QJsonDocument::fromJson(inventory).array().size());
        QCOMPARE(stored, identities + report.value(QStringLiteral("discoveredFromActivity")).toInt());
        QVERIFY(stored > 0 || events + identities == 0);
        // Told from its content alone, the file is the same format.
        const RunResult sniffed
            = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("auto.sqlite")), QStringLiteral("--json"),
                    QStringLiteral("import"), QStringLiteral("auto"), path });
        QVERIFY2(sniffed.exitCode == 0, sniffed.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(sniffed.out).array().at(0).toObject().value(QStringLiteral("format")).toString(),
            format);

        const RunResult second
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), format, path });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QJsonObject again = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(again.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("removed")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("usageRows")).toInt(), 0);
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out,
                 inventory);

        // A truncated copy: refused, named, and nothing changes. YAML has no end marker, and a cut
        // stream of manifests can be valid YAML, so only JSON, JSON Lines and gzip are cut.
        if (QFileInfo(path).isDir() || path.endsWith(QLatin1String(".yaml")))
            return;
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const QString cut = dir.filePath(QStringLiteral("truncated-") + fixture.section(u'/', -1));
        QFile truncated(cut);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(bytes.left(bytes.size() * 2 / 3));
        truncated.close();
        const QByteArray runsBefore
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out;
        const RunResult bad = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, cut });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(cut.toUtf8()), bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1); // one line, as the CLI contract says
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out,
                 runsBefore);
        // Told by content, a cut file is still a cut file, not one of no known format.
        const RunResult sniffedBad
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"), cut });
        QCOMPARE(sniffedBad.exitCode, 1);
        QVERIFY2(sniffedBad.err.contains(cut.toUtf8()) && !sniffedBad.err.contains("matches no format"),
                 sniffedBad.err.constData());
    }

    // aws logs create-export-task writes each event as "TIME MESSAGE", the first line too, into NNNNNN.gz files
    // under exportedlogs/TASK/STREAM/ (CloudWatch Logs User Guide, "Exporting log data to Amazon S3"): the AWS docs'
    // records exported that way read as they do one per line.
    void aCloudWatchLogsExportOfATrailIsRead_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("aws-cloudtrail") << "aws-cloudtrail";
        QTest::addRow("auto") << "auto";
    }

    void aCloudWatchLogsExportOfATrailIsRead()
    {
        QFETCH(QString, format);
        const QByteArray records = fixture(QStringLiteral("aws/cloudtrail-lines/awsdocs-records.jsonl"));
        QVERIFY(!records.isEmpty());
        QByteArray exported;
        for (const QByteArray& line : records.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QByteArray time
                = QJsonDocument::fromJson(line).object().value(QStringLiteral("eventTime")).toString().toUtf8();
            exported += time.left(19) + ".000Z " + line + '\n';
        }
        QTemporaryDir dir;
        const QString stream
            = dir.filePath(QStringLiteral("export/exportedlogs/0f3a9c1e/123456789012_CloudTrail_us-east-1"));
        QVERIFY(QDir().mkpath(stream));
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
        gzip.write(exported);
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished());
        QFile out(stream + QStringLiteral("/000000.gz"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(gzip.readAllStandardOutput()) > 0);
        out.close();
        const RunResult r
            = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--json"),
                    QStringLiteral("import"), format, dir.filePath(QStringLiteral("export")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonDocument report = QJsonDocument::fromJson(r.out);
        const QJsonObject run = report.isArray() ? report.array().at(0).toObject() : report.object();
        QCOMPARE(run.value(QStringLiteral("events")).toInt(), 14); // JaneDoe's failed sign-ins are a person's
        QCOMPARE(run.value(QStringLiteral("skipped")).toInt(), 5);
    }

    // Amazon Data Firehose delivers records to S3 one after another without a delimiter unless told otherwise
    // (Firehose developer guide, "Configure newline delimiter"): the AWS docs' records laid out so read as they do one
    // per line, gzipped too.
    void recordsFirehoseWroteBackToBackAreRead_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("gzipped");
        QTest::addRow("aws-cloudtrail") << "aws-cloudtrail" << false;
        QTest::addRow("auto") << "auto" << false;
        QTest::addRow("auto, gzipped") << "auto" << true;
    }

    void recordsFirehoseWroteBackToBackAreRead()
    {
        QFETCH(QString, format);
        QFETCH(bool, gzipped);
        const QByteArray records = fixture(QStringLiteral("aws/cloudtrail-lines/awsdocs-records.jsonl"));
        QVERIFY(!records.isEmpty());
        QByteArray delivered;
        for (const QByteArray& line : records.split('\n'))
            delivered += line.trimmed();
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("trail-delivery-1-2026-12-01-10-00-00-0f3a9c1e"));
        if (gzipped) {
            QProcess gzip;
            gzip.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
            gzip.write(delivered);
            gzip.closeWriteChannel();
            QVERIFY(gzip.waitForFinished());
            delivered = gzip.readAllStandardOutput();
            path += QStringLiteral(".gz");
        }
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(delivered) > 0);
        out.close();
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("--json"), QStringLiteral("import"), format, path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonDocument report = QJsonDocument::fromJson(r.out);
        const QJsonObject run = report.isArray() ? report.array().at(0).toObject() : report.object();
        QCOMPARE(run.value(QStringLiteral("events")).toInt(), 14);
        QCOMPARE(run.value(QStringLiteral("skipped")).toInt(), 5);
    }

    // `import auto FOLDER` tells each file of the folder on its own: a folder holding a manifest, an audit log and a
    // trail's log files imports all three (it read every file as the first one's format: the manifest was silently
    // left out, or the audit log refused as a CloudTrail record), the same as naming the files one by one.
    void aFolderOfSeveralKindsImportsEachKind_data()
    {
        QTest::addColumn<QStringList>("fixtures");
        QTest::addColumn<int>("runs");
        QTest::addColumn<QString>("refusedNaming"); // empty: imported
        const QString manifest = QStringLiteral("k8s/dashboard-recommended.yaml");
        const QString audit = QStringLiteral("k8s/audit-small.jsonl");
        const QString trail
            = QStringLiteral("aws/trail-bucket/AWSLogs/123456789012/CloudTrail/us-east-1/2023/08/21/"
                             "123456789012_CloudTrail_us-east-1_20230821T1650Z_0pcs8CwGimPW4Y1q.json.gz");
        QTest::addRow("a manifest beside an audit log") << QStringList { manifest, audit } << 2 << QString();
        QTest::addRow("a trail's log file beside a manifest and an audit log")
            << QStringList { trail, manifest, audit } << 3 << QString();
        QTest::addRow("one of the files is none Recertify reads")
            << QStringList { manifest, audit,
                             QStringLiteral("github/refused/gogithub-org-secret-scanning-alerts.json") }
            << 0 << QStringLiteral("gogithub-org-secret-scanning-alerts.json: GitHub secret scanning alerts");
    }

    void aFolderOfSeveralKindsImportsEachKind()
    {
        QFETCH(QStringList, fixtures);
        QFETCH(int, runs);
        QFETCH(QString, refusedNaming);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(QStringLiteral("folder/AWSLogs"));
        QStringList files;
        for (const QString& f : std::as_const(fixtures)) {
            const QString name = f.section(u'/', -1);
            // A trail's file keeps its bucket layout; the others lie side by side.
            const QString sub = name.contains(QLatin1String("_CloudTrail_")) ? QStringLiteral("folder/AWSLogs/")
                                                                             : QStringLiteral("folder/");
            files << written(dir, sub + name, fixture(f));
            QVERIFY2(!files.constLast().isEmpty(), qPrintable(f));
        }
        const QString folderDb = dir.filePath(QStringLiteral("folder.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), folderDb, QStringLiteral("--json"), QStringLiteral("import"),
                                  QStringLiteral("auto"), dir.filePath(QStringLiteral("folder")) });
        auto identities = [&](const QString& db) {
            return QJsonDocument::fromJson(
                       cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                .array();
        };
        if (!refusedNaming.isEmpty()) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(refusedNaming.toUtf8()) && r.err.contains("holds files of several kinds"),
                     r.err.constData());
            QCOMPARE(identities(folderDb).size(), 0);
            return;
        }
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray reports = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(reports.size(), runs);
        // The manifest's inventory first: the activity after it lands on the identities it lists.
        QCOMPARE(reports.at(0).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("k8s-rbac"));
        const QString filesDb = dir.filePath(QStringLiteral("files.sqlite"));
        const RunResult named = cli(
            QStringList { QStringLiteral("--db"), filesDb, QStringLiteral("import"), QStringLiteral("auto") } + files);
        QVERIFY2(named.exitCode == 0, named.err.constData());
        const QJsonArray fromFolder = identities(folderDb);
        QVERIFY(fromFolder.size() > 1);
        QCOMPARE(fromFolder, identities(filesDb));
        QStringList kinds;
        for (const QJsonValue& i : fromFolder)
            kinds << i.toObject().value(QStringLiteral("source")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("k8s")), qPrintable(kinds.join(u',')));
        QCOMPARE(kinds.contains(QStringLiteral("aws")), fixtures.first().startsWith(QLatin1String("aws/")));
    }

    // A trail or an EKS cluster that delivers to CloudWatch Logs is read back with the AWS CLI (CloudWatch Logs API
    // reference: FilterLogEvents, GetLogEvents, GetQueryResults): the message of each event, or the @message of each
    // Logs Insights row, is the record as an escaped string. The AWS docs' records and TFK70's EKS events laid out so.
    void logsReadBackWithTheAwsCliAreRead_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("skipped");
        for (const char* format : { "named", "auto" }) {
            for (const char* layout : { "filter-log-events", "get-log-events", "get-query-results" }) {
                QTest::addRow("CloudTrail, %s, %s", layout, format)
                    << "aws/cloudtrail-lines/awsdocs-records.jsonl" << layout
                    << (qstrcmp(format, "auto") == 0 ? "auto" : "aws-cloudtrail") << 14 << 5;
            }
            QTest::addRow("EKS audit, get-query-results, %s", format)
                << "k8s/eks-filter-log-events.tfk70.json"
                << "get-query-results" << (qstrcmp(format, "auto") == 0 ? "auto" : "k8s-audit") << 2 << 0;
        }
    }

    void logsReadBackWithTheAwsCliAreRead()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, layout);
        QFETCH(QString, format);
        QFETCH(int, events);
        QFETCH(int, skipped);
        const QByteArray source = this->fixture(fixture);
        QVERIFY(!source.isEmpty());
        QList<QByteArray> messages;
        if (fixture.endsWith(QLatin1String(".jsonl"))) {
            for (const QByteArray& line : source.split('\n')) {
                if (!line.trimmed().isEmpty())
                    messages << line.trimmed();
            }
        } else {
            for (const QJsonValue& e :
                 QJsonDocument::fromJson(source).object().value(QStringLiteral("events")).toArray())
                messages << e.toObject().value(QStringLiteral("message")).toString().toUtf8();
        }
        QVERIFY(!messages.isEmpty());
        QJsonArray rows;
        qint64 time = 1700000000000;
        for (const QByteArray& message : std::as_const(messages)) {
            const QString text = QString::fromUtf8(message);
            if (layout == QLatin1String("get-query-results")) {
                rows.append(
                    QJsonArray { QJsonObject { { "field", "@timestamp" }, { "value", "2023-11-14 22:13:20.000" } },
                                 QJsonObject { { "field", "@message" }, { "value", text } },
                                 QJsonObject { { "field", "@ptr" }, { "value", "CmAKJwojMTEx" } } });
            } else {
                QJsonObject event { { "timestamp", ++time }, { "message", text }, { "ingestionTime", time + 500 } };
                if (layout == QLatin1String("filter-log-events")) {
                    event.insert("logStreamName", "123456789012_CloudTrail_us-east-1");
                    event.insert("eventId", QString::number(time));
                }
                rows.append(event);
            }
        }
        QJsonObject answer;
        if (layout == QLatin1String("get-query-results")) {
            answer = { { "results", rows },
                       { "statistics",
                         QJsonObject { { "recordsMatched", rows.size() }, { "recordsScanned", rows.size() } } },
                       { "status", "Complete" } };
        } else if (layout == QLatin1String("get-log-events")) {
            answer = { { "events", rows }, { "nextForwardToken", "f/3788" }, { "nextBackwardToken", "b/3788" } };
        } else {
            answer = { { "events", rows },
                       { "searchedLogStreams",
                         QJsonArray { QJsonObject { { "logStreamName", "123456789012_CloudTrail_us-east-1" },
                                                    { "searchedCompletely", true } } } } };
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("answer.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(QJsonDocument(answer).toJson(QJsonDocument::Indented)) > 0); // as the AWS CLI prints it
        out.close();
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("--json"), QStringLiteral("import"), format, path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonDocument report = QJsonDocument::fromJson(r.out);
        const QJsonObject run = report.isArray() ? report.array().at(0).toObject() : report.object();
        QCOMPARE(run.value(QStringLiteral("events")).toInt(), events);
        QCOMPARE(run.value(QStringLiteral("skipped")).toInt(), skipped);

        // A Logs Insights query that leaves @message out holds no record: refused, naming the row.
        if (layout == QLatin1String("get-query-results")) {
            QJsonObject bare = answer;
            bare.insert("results",
                        QJsonArray { QJsonArray { QJsonObject { { "field", "eventName" }, { "value", "x" } } } });
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(out.write(QJsonDocument(bare).toJson()) > 0);
            out.close();
            const RunResult refused
                = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("import"),
                        format == QLatin1String("auto") ? (fixture.startsWith(u'k') ? QStringLiteral("k8s-audit")
                                                                                    : QStringLiteral("aws-cloudtrail"))
                                                        : format,
                        path });
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("results[0]") && refused.err.contains("@message"), refused.err.constData());
        }
    }

    // GitHub's installation.deleted webhook says the App was uninstalled (octokit/webhooks' example): the
    // installation is retired, its history saying it was removed at the source, whether the store knew it or not;
    // the same delivery read again changes nothing.
    void anUninstalledAppIsRetired_data()
    {
        QTest::addColumn<bool>("knownBefore");
        QTest::addRow("known from an earlier delivery") << true;
        QTest::addRow("known only from its uninstall") << false;
    }

    void anUninstalledAppIsRetired()
    {
        QFETCH(bool, knownBefore);
        const QString deleted
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/webhook-installation-deleted.octokit.json");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        auto import = [&](const QString& path) {
            const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                      QStringLiteral("github"), path });
            return std::pair { r.exitCode, QJsonDocument::fromJson(r.out).object() };
        };
        if (knownBefore) {
            // The same delivery as it would have come when the App was installed.
            QJsonObject created
                = QJsonDocument::fromJson(fixture(QStringLiteral("github/webhook-installation-deleted.octokit.json")))
                      .object();
            QVERIFY(!created.isEmpty());
            created.insert(QStringLiteral("action"), QStringLiteral("created"));
            const QString path = written(dir, QStringLiteral("created.json"), QJsonDocument(created).toJson());
            QVERIFY(!path.isEmpty());
            const auto [code, report] = import(path);
            QCOMPARE(code, 0);
            QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
        }
        const auto [code, report] = import(deleted);
        QCOMPARE(code, 0);
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), knownBefore ? 0 : 1);
        QCOMPARE(report.value(QStringLiteral("removed")).toInt(), 1);
        const RunResult shown = cli(
            { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(identity.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
        const QJsonArray lifecycle = identity.value(QStringLiteral("lifecycle")).toArray();
        QVERIFY(!lifecycle.isEmpty());
        QCOMPARE(lifecycle.last().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("retired"));
        QCOMPARE(lifecycle.last().toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("removed at the source"));
        const auto [again, repeated] = import(deleted);
        QCOMPARE(again, 0);
        QCOMPARE(repeated.value(QStringLiteral("removed")).toInt(), 0);
        QCOMPARE(repeated.value(QStringLiteral("unchanged")).toInt(), 1);
        // A delivery sent before the uninstall, or redelivered later (GitHub lets an App redeliver any), describes
        // it as installed: it stays retired, said so.
        QJsonObject late
            = QJsonDocument::fromJson(fixture(QStringLiteral("github/webhook-installation-deleted.octokit.json")))
                  .object();
        late.insert(QStringLiteral("action"), QStringLiteral("new_permissions_accepted"));
        const auto [lateCode, lateReport]
            = import(written(dir, QStringLiteral("late.json"), QJsonDocument(late).toJson()));
        QCOMPARE(lateCode, 0);
        QCOMPARE(lateReport.value(QStringLiteral("changed")).toInt(), 0);
        QVERIFY2(
            QJsonDocument(lateReport.value(QStringLiteral("warnings")).toArray()).toJson().contains("leaves it so"),
            QJsonDocument(lateReport).toJson().constData());
        const QJsonObject after = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
    }

    // The deploy_key webhook's "deleted" says the key is gone from the repository (octokit/webhooks' "created"
    // example, the same delivery as it comes when the key is removed): the credential's identity is retired.
    void aDeletedDeployKeyIsRetired()
    {
        const QString created
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/webhook-deploy_key-created.octokit.json");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("github"), created });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt(), 1);
        QJsonObject deleted
            = QJsonDocument::fromJson(fixture(QStringLiteral("github/webhook-deploy_key-created.octokit.json")))
                  .object();
        QVERIFY(!deleted.isEmpty());
        deleted.insert(QStringLiteral("action"), QStringLiteral("deleted"));
        const QString path = written(dir, QStringLiteral("deleted.json"), QJsonDocument(deleted).toJson());
        QVERIFY(!path.isEmpty());
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                  QStringLiteral("github"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("removed")).toInt(), 1);
        const RunResult shown = cli(
            { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") });
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("retired"));
    }

    // Graph keeps certificates and secrets apart: one key id in both is two credentials, each with its own expiry.
    void aCertificateAndASecretSharingAKeyIdAreBothKept()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/scubagear-MockApplications.utf16.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("share key id 00000000-0000-0000-0000-000000000001: both kept"), r.out.constData());
        QString id;
        const QByteArray listed
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out;
        for (const QJsonValue& i : QJsonDocument::fromJson(listed).array()) {
            if (i.toObject().value(QStringLiteral("displayName")).toString() == QLatin1String("Test App 1"))
                id = QString::number(i.toObject().value(QStringLiteral("id")).toInteger());
        }
        QVERIFY2(!id.isEmpty(), listed.constData());
        const RunResult shown
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), id });
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QStringList credentials;
        for (const QJsonValue& c :
             QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("credentials")).toArray())
            credentials << c.toObject().value(QStringLiteral("type")).toString() + u' '
                    + c.toObject().value(QStringLiteral("credentialId")).toString();
        credentials.sort();
        QCOMPARE(credentials,
                 QStringList({ QStringLiteral("certificate 00000000-0000-0000-0000-000000000001"),
                               QStringLiteral("certificate 00000000-0000-0000-0000-000000000002"),
                               QStringLiteral("secret 00000000-0000-0000-0000-000000000001 (secret)") }));
    }

    // A deploy key list cut inside its first key, before "url" and "read_only" tell it from a person's SSH keys: a cut
    // file, named as one, not an export from the wrong endpoint.
    void aDeployKeyListCutInItsFirstKeyIsACutFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("github") << "github";
        QTest::addRow("auto") << "auto";
    }

    void aDeployKeyListCutInItsFirstKeyIsACutFile()
    {
        QFETCH(QString, format);
        const QByteArray bytes = fixture(QStringLiteral("github/hub4j-deploy-keys-last-used.json"));
        QVERIFY(bytes.contains("\"url\""));
        QTemporaryDir dir;
        const QString cut = written(dir, QStringLiteral("keys.json"), bytes.left(bytes.indexOf("\"url\"") + 20));
        QVERIFY(!cut.isEmpty());
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), format, cut });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(cut.toUtf8()) && r.err.contains("cut off") && !r.err.contains("SSH keys"),
                 r.err.constData());
    }

    // A copy cut right after a value (null, true, an empty list) is as cut as one cut inside a string; JSON Lines read
    // as one document (an MCP stdio capture) name the line that is cut, not the line after the first.
    void aCopyCutAfterAValueIsSaidCut_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("after"); // the copy ends just after the first of these
        QTest::addColumn<QString>("expected");
        for (const char* format : { "entra-graph", "auto" }) {
            QTest::addRow("az ad sp list cut after a null (%s)", format) << format << "entra/az-ad-sp-list.json"
                                                                         << "null"
                                                                         << "(the file ends there: it looks cut off)";
            QTest::addRow("az ad sp list cut after an empty list (%s)", format)
                << format << "entra/az-ad-sp-list.json"
                << "[]"
                << "(the file ends there: it looks cut off)";
        }
    }

    void aCopyCutAfterAValueIsSaidCut()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const QByteArray bytes = fixture(file);
        const qsizetype at = bytes.indexOf(after.toUtf8());
        QVERIFY(at > 0);
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("cut.json"), bytes.left(at + after.size()));
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains(expected.toUtf8()), r.err.constData());
    }

    // The MCP spec's initialize and tools/list answers as a stdio capture writes them, one per line: whole, one agent;
    // the second line cut, that line is named cut.
    void anMcpStdioCaptureCutInItsSecondLineNamesIt_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("mcp-tools") << "mcp-tools";
        QTest::addRow("auto") << "auto";
    }

    void anMcpStdioCaptureCutInItsSecondLineNamesIt()
    {
        QFETCH(QString, format);
        const auto compact = [](const QByteArray& json) {
            return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
        };
        const QByteArray initialize = compact(fixture(QStringLiteral("mcp/spec-2025-06-18-initialize-response.json")));
        const QByteArray tools = compact(fixture(QStringLiteral("mcp/spec-2025-06-18-tools-list-response.json")));
        QVERIFY(!initialize.isEmpty() && !tools.isEmpty());
        QTemporaryDir dir;
        const QString whole = written(dir, QStringLiteral("whole.jsonl"), initialize + '\n' + tools + '\n');
        const RunResult ok = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("w.sqlite")),
                                   QStringLiteral("import"), format, whole });
        QVERIFY2(ok.exitCode == 0 && ok.out.contains("1 added"), ok.err.constData());
        const QString cut = written(dir, QStringLiteral("cut.jsonl"), initialize + '\n' + tools.left(tools.size() / 2));
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("c.sqlite")),
                                  QStringLiteral("import"), format, cut });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray(cut.toUtf8() + ": line 2, column "))
                     && r.err.contains("(the line ends there: it looks cut off)") && !r.err.contains("garbage"),
                 r.err.constData());
    }

    // A webhook delivery that describes no installation is refused as the event it is; a copy cut short is named cut
    // first, whatever the part that is left looks like.
    void aWebhookDeliveryIsRefusedAsItsEventOrAsCut_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("percent"); // of the file kept
        QTest::addColumn<QString>("expected");
        QTest::addRow("github_app_authorization, whole")
            << "github/webhook-github_app_authorization-revoked.octokit.json" << 100 << "(github_app_authorization)";
        QTest::addRow("github_app_authorization, 55 percent")
            << "github/webhook-github_app_authorization-revoked.octokit.json" << 55 << "looks cut off";
        QTest::addRow("ping, whole") << "github/webhook-ping-with-app_id.octokit.json" << 100 << "(ping)";
        QTest::addRow("ping, 55 percent") << "github/webhook-ping-with-app_id.octokit.json" << 55 << "looks cut off";
        QTest::addRow("push to an App, 30 percent")
            << "github/webhook-push-with-installation.octokit.json" << 30 << "looks cut off";
    }

    void aWebhookDeliveryIsRefusedAsItsEventOrAsCut()
    {
        QFETCH(QString, file);
        QFETCH(int, percent);
        QFETCH(QString, expected);
        const QByteArray bytes = fixture(file);
        QVERIFY(!bytes.isEmpty());
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("delivery.json"), bytes.left(bytes.size() * percent / 100));
        for (const QString& format : { QStringLiteral("github"), QStringLiteral("auto") }) {
            const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                      QStringLiteral("import"), format, path });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains(expected.toUtf8()), r.err.constData());
        }
    }

    // The personal_access_token_request webhook (it names the App's installation by id, as every delivery to an App
    // does): created is a request, kept disabled, holding nothing until approved, what it asks for in its purpose;
    // denied closes it.
    void aTokenRequestDeliveryIsARequestUntilItIsClosed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QByteArray created
            = fixture(QStringLiteral("github/webhook-personal_access_token_request-created.derived.json"));
        QVERIFY(created.contains("\"installation\""));
        auto show = [&] {
            return QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                 QStringLiteral("show"), QStringLiteral("pat-request:25381") })
                                               .out)
                .object();
        };
        const RunResult first = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                      written(dir, QStringLiteral("created.json"), created) });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QJsonObject request = show();
        QCOMPARE(request.value(QStringLiteral("displayName")).toString(), QStringLiteral("Some Token"));
        QCOMPARE(request.value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY2(request.value(QStringLiteral("grants")).toArray().isEmpty(),
                 QJsonDocument(request.value(QStringLiteral("grants")).toArray()).toJson().constData());
        const QString purpose = request.value(QStringLiteral("purpose")).toString();
        QVERIFY2(purpose.startsWith(QLatin1String("asks for ")) && purpose.contains(QLatin1String("members:read"))
                     && purpose.contains(QLatin1String("metadata:read")),
                 qPrintable(purpose));
        QByteArray denied = created;
        denied.replace("\"action\": \"created\"", "\"action\": \"denied\"");
        const RunResult closed = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("github"),
                                       written(dir, QStringLiteral("denied.json"), denied) });
        QVERIFY2(closed.exitCode == 0, closed.err.constData());
        QCOMPARE(show().value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
    }

    // Firehose's S3 object holds subscription batches back to back: one cut inside, or with something between two,
    // is refused naming the file, and the store is left as it was.
    void aFirehoseObjectCutOrDamagedIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addRow("cut inside its fifth batch") << "cut";
        QTest::addRow("text between two batches") << "between";
    }

    void aFirehoseObjectCutOrDamagedIsRefused()
    {
        QFETCH(QString, damage);
        const QByteArray batches
            = fixture(QStringLiteral("aws/cloudwatch-subscription/cwl-subscription-cloudtrail.jsonl"));
        QByteArrayList objects;
        for (const QByteArray& line : batches.split('\n')) {
            if (!line.trimmed().isEmpty())
                objects << line.trimmed();
        }
        QCOMPARE(objects.size(), 6);
        QByteArray joined;
        if (damage == QLatin1String("cut"))
            joined = objects.mid(0, 4).join(QByteArray()) + objects.at(4).left(objects.at(4).size() / 2);
        else
            joined = objects.mid(0, 3).join(QByteArray()) + "NOT JSON AT ALL" + objects.mid(3).join(QByteArray());
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("firehose-object"), joined);
        for (const QString& format : { QStringLiteral("aws-cloudtrail"), QStringLiteral("auto") }) {
            const QString db = dir.filePath(format + QStringLiteral(".sqlite"));
            const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, path });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
            QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") })
                         .out.trimmed(),
                     QByteArray("[]"));
        }
    }

    // cloudgrep's deliberately broken trail file stops inside requestParameters: the refusal says where the file ends
    // (byte 965), not where the parser stood when its first pass found out (it said "byte 0").
    void aCutTrailFileNamesTheByteItEndsAt()
    {
        const QString path
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/refused/cloudgrep-bad_cloudtrail.json");
        QTemporaryDir dir;
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), path });
        QCOMPARE(r.exitCode, 1);
        const QByteArray at = "byte " + QByteArray::number(QFileInfo(path).size()) + ": invalid JSON";
        QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + ": " + at)) && r.err.contains("looks truncated"),
                 r.err.constData());
    }

    // A trail file copied from a terminal that had scrolled starts inside a record (TryHackMe's Advent of Cyber 2024
    // trail, outside round 77): auto says the JSON's beginning is missing; it called the file CSV without the columns.
    void aFileWhoseStartIsMissingIsSaidToBe_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("from"); // the first byte kept
        QTest::addRow("indented records") << "aws/cloudtrail-invictus/bert-jan-console-session.json" << 100;
        QTest::addRow("one record per line") << "aws/cloudtrail-lines/otrf-ec2-proxy-s3-exfiltration.jsonl" << 50;
    }
    void aFileWhoseStartIsMissingIsSaidToBe()
    {
        QFETCH(QString, fixture);
        QFETCH(int, from);
        const QByteArray bytes = TestRealPayloads::fixture(fixture);
        QVERIFY(bytes.size() > from);
        QTemporaryDir dir;
        const QString cut = written(dir, QStringLiteral("trail.json"), bytes.mid(from));
        QVERIFY(!cut.isEmpty());
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("auto"), cut });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QByteArray(cut.toUtf8() + ": JSON whose beginning is missing")), r.err.constData());
    }

    // Sign-in records one per line, cut inside the last: the error names that line, where the file ends.
    void aCutSignInLogNamesTheLineItEndsIn()
    {
        const QByteArray bytes = fixture(QStringLiteral("entra/elastic-serviceprincipal-signinlogs-sample.log"));
        QVERIFY(!bytes.isEmpty());
        const QByteArray kept = bytes.left(bytes.size() * 2 / 3);
        QTemporaryDir dir;
        const QString cut = written(dir, QStringLiteral("signins.log"), kept);
        QVERIFY(!cut.isEmpty());
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("auto"), cut });
        QCOMPARE(r.exitCode, 1);
        const QByteArray line = "line " + QByteArray::number(kept.count('\n') + 1) + ",";
        QVERIFY2(r.err.contains(QByteArray(cut.toUtf8() + ": " + line)) && r.err.contains("looks truncated"),
                 r.err.constData());
    }

    // What an event means to IAM, not what it is called: the action a grant must allow, and whether it was a use.
    void recordsTheActionAndOutcomeTheVendorMeans_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("used"); // whether it sets the identity's last use
        QTest::addRow("Lambda's CreateFunction20150331 is authorised by lambda:CreateFunction")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/elastic-test-create-lambda-json.log"
            << "lambda:CreateFunction"
            << "allowed" << true;
        QTest::addRow("S3's DeleteBucketPublicAccessBlock, as CloudTrail names it, by s3:PutBucketPublicAccessBlock")
            << "aws-cloudtrail"
            << "aws/cloudtrail/panther-s3-delete-public-access-block.tests.json"
            << "s3:PutBucketPublicAccessBlock"
            << "allowed" << true;
        QTest::addRow("Session Manager's OpenControlChannel, logged by ssm.amazonaws.com, by ssmmessages:")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/elastic-test-open-control-channel-json.log"
            << "ssmmessages:OpenControlChannel"
            << "allowed" << true;
        QTest::addRow("an EFS mount (NewClientConnection) by the client permissions its serviceEventDetails name")
            << "aws-cloudtrail"
            << "aws/cloudtrail/awsdocs-efs-newclientconnection.json"
            << "elasticfilesystem:ClientRootAccess"
            << "allowed" << true;
        QTest::addRow("AddPermission20150331v2 by lambda:AddPermission")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/elastic-test-add-permission-json.log"
            << "lambda:AddPermission"
            << "allowed" << true;
        QTest::addRow("BatchGetSecretValue reads each secret: secretsmanager:GetSecretValue (stratus)")
            << "aws-cloudtrail"
            << "aws/cloudtrail/stratus-secretsmanager-batch-retrieve-secrets.json"
            << "secretsmanager:GetSecretValue"
            << "allowed" << true;
        QTest::addRow("BatchGetSecretValue with filters lists secrets: secretsmanager:ListSecrets (stratus)")
            << "aws-cloudtrail"
            << "aws/cloudtrail/stratus-secretsmanager-batch-retrieve-secrets.json"
            << "secretsmanager:ListSecrets"
            << "allowed" << true;
        // (An IAM user seen doing nothing else is a person, passed over: the role's session here.)
        QTest::addRow("a console sign-in that failed (no errorCode, ConsoleLogin: Failure) is no use")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lines/elastic-test-console-login-json.log"
            << "signin:ConsoleLogin"
            << "denied" << false;
        // A workload outside AWS becoming a role: the role is the identity in use, by its trust policy, which is no
        // permission of the role's (as a service's assumption): named by the token's issuer.
        QTest::addRow("AssumeRoleWithWebIdentity is the role's, by its issuer, refused here (greenpau)")
            << "aws-cloudtrail"
            << "aws/cloudtrail/greenpau-eks-webidentity-denied.json"
            << "assumed-by:oidc.eks.us-west-2.amazonaws.com/id/A8242F25BFBB8F98F5321B2AE63C8B5C"
            << "denied" << false;
        // A GitHub user's security log: an OAuth token regenerated and destroyed, tokens created. Events about a
        // token are not uses of it.
        QTest::addRow("GitHub: an OAuth token destroyed is an event about it, not a use")
            << "github"
            << "github/sentinel-asim-github-security-log.jsonl"
            << "oauth_access.destroy"
            << "lifecycle" << false;
        QTest::addRow("GitHub: an app given a repository on the web is an event about the app (GitGuardian), not a use")
            << "github"
            << "real/github/audit-log-export.azure-sentinel-excerpt.jsonl"
            << "integration_installation.repositories_added"
            << "lifecycle" << false;
    }

    void recordsTheActionAndOutcomeTheVendorMeans()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(QString, action);
        QFETCH(QString, outcome);
        QFETCH(bool, used);
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const RunResult imported = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, path });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        bool found = false;
        bool anyUse = false;
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        for (const QJsonValue& i : identities) {
            const QString id = QString::number(i.toObject().value(QStringLiteral("id")).toInteger());
            const QJsonObject shown
                = QJsonDocument::fromJson(
                      cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), id }).out)
                      .object();
            for (const QJsonValue& u : shown.value(QStringLiteral("usage")).toArray()) {
                QVERIFY2(!u.toObject().value(QStringLiteral("action")).toString().contains(QLatin1String("2015")),
                         qPrintable(u.toObject().value(QStringLiteral("action")).toString()));
                found = found
                    || (u.toObject().value(QStringLiteral("action")).toString() == action
                        && u.toObject().value(QStringLiteral("outcome")).toString() == outcome);
            }
            anyUse = anyUse || !shown.value(QStringLiteral("lastUsedAt")).toString().isEmpty();
        }
        QVERIFY(found);
        QCOMPARE(anyUse, used);
    }

    // A user's security log (Azure-Sentinel's sample): a token the log last says was destroyed (or whose access was
    // revoked, or an OAuth token that expired) is gone: retired, not a live identity owing an owner and a review. The
    // fine-grained token made again under its name after its destroy lives; so does the OAuth token only regenerated.
    // Whatever order the lines come in (exports are newest first), and a window that ends before the token was made
    // again retires it.
    void aTokenTheLogSaysWasDeletedIsRetired_data()
    {
        QTest::addColumn<qint64>("before"); // only lines before this epoch millisecond; 0: all
        QTest::addColumn<bool>("reversed");
        QTest::addColumn<QStringList>("retired"); // native ids
        QTest::addColumn<QStringList>("live");
        const QString regenerated = QStringLiteral("oauth:sha256:BTmLdRHC79EdrIeqRmCAZTw6Lz2qN8DgmlIaqbHx6A8=");
        const QString expired = QStringLiteral("oauth:sha256:3hwTibU00wVtz05a1w6IqLQ/CTfJ1daM4tNMPqcSgsA=");
        const QString pat = QStringLiteral("pat:siteshjha11/azlabtoken");
        QTest::addRow("the whole excerpt, newest first")
            << qint64(0) << false << QStringList { expired } << QStringList { pat, regenerated };
        QTest::addRow("the whole excerpt, oldest first")
            << qint64(0) << true << QStringList { expired } << QStringList { pat, regenerated };
        QTest::addRow("up to before the token was made again")
            << qint64(1711292499390) << false << QStringList { pat } << QStringList {};
    }

    void aTokenTheLogSaysWasDeletedIsRetired()
    {
        QFETCH(qint64, before);
        QFETCH(bool, reversed);
        QFETCH(QStringList, retired);
        QFETCH(QStringList, live);
        QList<QByteArray> lines;
        for (const QByteArray& line :
             fixture(QStringLiteral("github/sentinel-asim-github-security-log.jsonl")).split('\n')) {
            const qint64 at = QJsonDocument::fromJson(line).object().value(QStringLiteral("created_at")).toInteger();
            if (!line.trimmed().isEmpty() && (before == 0 || at < before))
                lines << line;
        }
        if (reversed)
            std::reverse(lines.begin(), lines.end());
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("security-log.jsonl"), lines.join('\n') + '\n');
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        for (int run = 0; run < 2; ++run) { // read again, nothing changes
            const RunResult imported = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                             QStringLiteral("import"), QStringLiteral("github"), path });
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("removed")).toInt(),
                     run == 0 ? int(retired.size()) : 0);
        }
        QHash<QString, QString> status;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            status.insert(i.toObject().value(QStringLiteral("nativeId")).toString(),
                          i.toObject().value(QStringLiteral("status")).toString());
        for (const QString& id : retired)
            QCOMPARE(status.value(id), QStringLiteral("retired"));
        for (const QString& id : live)
            QCOMPARE(status.value(id), QStringLiteral("discovered"));
        // A retired token owes no owner and no review.
        const QByteArray findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") }).out;
        for (const QJsonValue& f : QJsonDocument::fromJson(findings).array()) {
            const QString type = f.toObject().value(QStringLiteral("type")).toString();
            QVERIFY2(!(retired.contains(f.toObject().value(QStringLiteral("nativeId")).toString())
                       && (type == QLatin1String("orphaned") || type == QLatin1String("review-overdue"))),
                     findings.constData());
        }
    }

    // An older export read after a newer one: the window that ends with azlabtoken destroyed retires nothing, as the
    // store already holds the token made again after. The window's lines without GitHub's _document_id, as an export
    // through another system carries them, so they are read as new events, not passed over as counted before.
    void anOlderLogReadAfterANewerRetiresNothing()
    {
        QList<QByteArray> window;
        const QByteArray whole = fixture(QStringLiteral("github/sentinel-asim-github-security-log.jsonl"));
        for (const QByteArray& line : whole.split('\n')) {
            QJsonObject record = QJsonDocument::fromJson(line).object();
            if (line.trimmed().isEmpty() || record.value(QStringLiteral("created_at")).toInteger() >= 1711292499390)
                continue;
            record.remove(QStringLiteral("_document_id"));
            window << QJsonDocument(record).toJson(QJsonDocument::Compact);
        }
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("github"),
                       written(dir, QStringLiteral("newer.jsonl"), whole) })
                     .exitCode,
                 0);
        const RunResult older
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                    QStringLiteral("github"), written(dir, QStringLiteral("older.jsonl"), window.join('\n') + '\n') });
        QVERIFY2(older.exitCode == 0, older.err.constData());
        QCOMPARE(QJsonDocument::fromJson(older.out).object().value(QStringLiteral("removed")).toInt(), 0);
        const QByteArray shown = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"),
                                       QStringLiteral("pat:siteshjha11/azlabtoken") })
                                     .out;
        QCOMPARE(QJsonDocument::fromJson(shown).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("discovered"));
    }

    // The Organizations guide's CloseAccount sample types its caller IAMUser, but the caller's ARN is a session of
    // my-admin-role, issued by that role: the call is the role's, not a user named after the session ("my-session-id").
    void aRoleSessionTypedAsAUserIsTheRoles()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudtrail-docs-samples/"
                                                        "awsdocs-organizations-closeaccount-typed-iamuser.json") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("my-admin-role"));
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("iam-role"));
    }

    // The Athena guide's samples give one placeholder id to a role (a Spark session) and to the user johndoe. In one
    // run that is said; imported one after the other, the user's call lands on the stored role by the id, and is
    // said as well (it was silent).
    void aStoredRolesIdActingAsAUserIsSaid()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString samples = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudtrail-docs-samples/");
        QCOMPARE(cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                       samples + QStringLiteral("awsdocs-athena-spark-role.json") })
                     .exitCode,
                 0);
        const RunResult second = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                       QStringLiteral("aws-cloudtrail"),
                                       samples + QStringLiteral("awsdocs-athena-startqueryexecution-user.json") });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QJsonArray warnings
            = QJsonDocument::fromJson(second.out).object().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        const QString said = warnings.at(0).toString();
        QVERIFY2(said.contains(QLatin1String("user/johndoe"))
                     && said.contains(QLatin1String("AWSAthenaSparkExecutionRole"))
                     && said.contains(QLatin1String("never gives a user and a role one id")),
                 qPrintable(said));
    }

    // A call that failed after IAM authorised it (UpdateTrail on a trail that does not exist) still shows the user
    // and its access key in use; it is the user's latest call in the CloudTrail guide's examples.
    void aCallThatFailedStillShowsTheIdentityInUse_data()
    {
        QTest::addColumn<QByteArray>("errorCode"); // UpdateTrail's, in place of the guide's TrailNotFoundException
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("lastUsed");
        QTest::addRow("a trail that does not exist: authorised, then failed")
            << QByteArray("TrailNotFoundException") << "error"
            << "2016-07-14T19:15:45Z";
        QTest::addRow("a key id IAM does not know: never authenticated")
            << QByteArray("InvalidClientTokenId") << "denied"
            << "2014-03-25T21:08:14Z";
        QTest::addRow("a wrong secret beside the key id") << QByteArray("SignatureDoesNotMatch") << "denied"
                                                          << "2014-03-25T21:08:14Z";
        QTest::addRow("EC2's prefixed authentication failure") << QByteArray("Client.AuthFailure") << "denied"
                                                               << "2014-03-25T21:08:14Z";
    }

    void aCallThatFailedStillShowsTheIdentityInUse()
    {
        QFETCH(QByteArray, errorCode);
        QFETCH(QString, outcome);
        QFETCH(QString, lastUsed);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const QString trail
            = written(dir, QStringLiteral("trail.json"),
                      fixture(QStringLiteral("aws/cloudtrail/awsdocs-cloudtrail-log-file-examples.json"))
                          .replace("\"TrailNotFoundException\"", QByteArray("\"" + errorCode + "\"")));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), trail });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject alice
            = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                            QStringLiteral("show"), QStringLiteral("EX_PRINCIPAL_ID") })
                                          .out)
                  .object();
        QCOMPARE(alice.value(QStringLiteral("lastUsedAt")).toString(), lastUsed);
        bool kept = false;
        for (const QJsonValue& u : alice.value(QStringLiteral("usage")).toArray()) {
            kept = kept
                || (u.toObject().value(QStringLiteral("action")).toString() == QLatin1String("cloudtrail:UpdateTrail")
                    && u.toObject().value(QStringLiteral("outcome")).toString() == outcome);
        }
        QVERIFY(kept);
        // The trail covers days in 2014 and 2016 only: what Alice did since is not known, so she is not called
        // dormant (she was, "last used 3797 days ago").
        QStringList types;
        for (const QJsonValue& f : alice.value(QStringLiteral("findings")).toArray())
            types << f.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(!types.contains(QStringLiteral("dormant")), qPrintable(types.join(u' ')));
        QVERIFY2(types.contains(QStringLiteral("orphaned")), qPrintable(types.join(u' ')));
    }

    // An IAM user no inventory lists, seen only signing in to the console or working in it (CloudShell, the EC2
    // console), is a person at the keyboard: passed over, said, never a discovered non-human identity.
    void aPersonAtTheConsoleIsNoNonHumanIdentity_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("people");
        QTest::addColumn<QStringList>("kept");
        QTest::addRow("OpenTelemetry's log file: three CloudShell users, a role's session")
            << "aws/cloudtrail/otel-collector-contrib-cloudtrail_log.json" << QStringList { "Mary", "Mateo", "Terry" }
            << QStringList { "Admin" };
        QTest::addRow("plaso: EC2 console calls of one user")
            << "aws/lookup-events/plaso-aws_cloudtrail.jsonl" << QStringList { "fakeusername" } << QStringList();
        QTest::addRow("panther: calls made through the console with MFA")
            << "aws/cloudtrail/panther-iam-user-recon-denied.tests.json" << QStringList { "tester" } << QStringList();
    }
    void aPersonAtTheConsoleIsNoNonHumanIdentity()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, people);
        QFETCH(QStringList, kept);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QByteArray said = "people rather than non-human identities, not added: " + people.join(u", ").toUtf8();
        QVERIFY2(imported.out.contains(said), imported.out.constData());
        QStringList names;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            names << i.toObject().value(QStringLiteral("displayName")).toString();
        names.sort();
        QCOMPARE(names, kept);
    }

    // A credential report says of each user whether it signed in or used a key up to the day it was made: a user
    // never used since its creation (past the grace) is called so, without any CloudTrail.
    void aCredentialReportTellsWhoWasNeverUsed_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("neverUsed");
        // c7n-iam-test's key never used, jeff's password never used, c7n-test with neither; christopher's second
        // row, passed over, may say otherwise: no claim.
        QTest::addRow("Cloud Custodian's recorded report")
            << "aws/credential-report/cloud-custodian/"
               "test_account_credential_report.iam.GetCredentialReport_1."
               "json"
            << QStringList { "c7n-iam-test", "c7n-test" }; // jeff has only a console password: a person
        // Bill was created a week before AWS began to track access keys' use (2015-04-22).
        QTest::addRow("the AWS docs' report of 2015")
            << "aws/credential-report/aws-docs-powershell-get-iamcredentialreport.csv" << QStringList();
        QTest::addRow("selefra's, a user in use")
            << "aws/credential-report/selefra-credential-report.csv" << QStringList();
    }
    void aCredentialReportTellsWhoWasNeverUsed()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, neverUsed);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-credential-report"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QStringList named;
        for (const QJsonValue& f : QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                 QStringLiteral("findings"), QStringLiteral("--type"),
                                                                 QStringLiteral("never-used") })
                                                               .out)
                                       .array()) {
            named << f.toObject().value(QStringLiteral("displayName")).toString();
            QVERIFY2(
                f.toObject().value(QStringLiteral("detail")).toString().contains(QLatin1String("credential report")),
                qPrintable(f.toObject().value(QStringLiteral("detail")).toString()));
        }
        named.sort();
        QCOMPARE(named, neverUsed);
    }

    // Graph's list of last sign-ins and the same list filtered to one app report one sign-in twice: given together
    // or one after the other, it is counted once.
    void aLastSignInReportedTwiceIsOneSignIn_data()
    {
        QTest::addColumn<bool>("oneRun");
        QTest::addRow("in one run") << true;
        QTest::addRow("in two runs") << false;
    }
    void aLastSignInReportedTwiceIsOneSignIn()
    {
        QFETCH(bool, oneRun);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const QString list = QStringLiteral(
            RECERTIFY_SOURCE_DIR "/tests/data/entra/graph-docs-beta-serviceprincipalsigninactivities-list.json");
        const QString one = QStringLiteral(
            RECERTIFY_SOURCE_DIR "/tests/data/entra/graph-docs-beta-serviceprincipalsigninactivities-filtered.json");
        const QStringList import { QStringLiteral("--db"), db, QStringLiteral("import"),
                                   QStringLiteral("entra-graph") };
        const QList<QStringList> runs = oneRun
            ? QList<QStringList> { import + QStringList { list, one } }
            : QList<QStringList> { import + QStringList { list }, import + QStringList { one } };
        for (const QStringList& run : runs) {
            const RunResult imported = cli(run);
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
        }
        const QJsonObject shown
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"),
                        QStringLiteral("f4d9654f-0305-4072-878c-8bf266dfe146") })
                      .out)
                  .object();
        qint64 signIns = 0;
        for (const QJsonValue& u : shown.value(QStringLiteral("usage")).toArray())
            signIns += u.toObject().value(QStringLiteral("count")).toInteger();
        QCOMPARE(signIns, 1);
        QCOMPARE(shown.value(QStringLiteral("lastUsedAt")).toString(), QStringLiteral("2021-03-01T08:00:00Z"));
    }

    // A person's records passed over are not kept as counted: once the inventory lists the user (a person it
    // governs after all), the same calls in another export are its use.
    void aPersonsRecordsPassedOverCountOnceTheUserIsListed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const QByteArray trail = fixture(QStringLiteral("aws/cloudtrail/otel-collector-contrib-cloudtrail_log.json"));
        RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                            written(dir, QStringLiteral("trail.json"), trail) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Mary as get-account-authorization-details lists a user, from her records (the trail's own ids).
        const QString gaad
            = written(dir, QStringLiteral("gaad.json"),
                      R"({"UserDetailList": [{"Path": "/", "UserName": "Mary", "UserId": "AIDA6ON6E4XEGITEXAMPLE",
                "Arn": "arn:aws:iam::123456789012:user/Mary", "CreateDate": "2023-01-02T10:00:00Z",
                "GroupList": [], "AttachedManagedPolicies": [], "UserPolicyList": []}],
                "GroupDetailList": [], "RoleDetailList": [], "Policies": [], "IsTruncated": false})");
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"), gaad });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The same records exported again (another file: a copy with a line break more).
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                  written(dir, QStringLiteral("again.json"), trail + '\n') });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject mary
            = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                            QStringLiteral("show"), QStringLiteral("AIDA6ON6E4XEGITEXAMPLE") })
                                          .out)
                  .object();
        QCOMPARE(mary.value(QStringLiteral("lastUsedAt")).toString(), QStringLiteral("2023-07-19T21:25:09Z"));
    }

    // Microsoft's first-party apps fill every tenant's list of service principals; Microsoft's tenants own and run
    // them: passed over, said, while the tenant's own principal beside them is kept.
    void microsoftsOwnServicePrincipalsArePassedOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/m365cli-sp-sharepoint-online.json"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR
                                   "/tests/data/entra/graph-serviceprincipal-windows-azure-active-directory.json"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/m365cli/sp-resource-customapp.json") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("2 × "), imported.out.constData());
        QVERIFY2(imported.out.contains("Microsoft's own service principals, which Microsoft's tenants own and run"),
                 imported.out.constData());
        QStringList names;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            names << i.toObject().value(QStringLiteral("displayName")).toString();
        QCOMPARE(names, QStringList { QStringLiteral("Contoso Product Catalog service") });
    }

    // The report names a user by ARN; the authorization details by its UserId, the ARN an alias: either order, the
    // report's word on its use reaches the one identity.
    void aCredentialReportReachesAUserTheExportNamesById_data()
    {
        QTest::addColumn<bool>("exportFirst");
        QTest::addRow("the export, then the report") << true;
        QTest::addRow("the report, then the export") << false;
    }
    void aCredentialReportReachesAUserTheExportNamesById()
    {
        QFETCH(bool, exportFirst);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        // c7n-test as get-account-authorization-details lists a user, from the report's row (its UserId made up).
        const QString gaad
            = written(dir, QStringLiteral("gaad.json"),
                      R"({"UserDetailList": [{"Path": "/", "UserName": "c7n-test", "UserId": "AIDAEXAMPLEC7NTEST001",
                "Arn": "arn:aws:iam::644160558196:user/c7n-test", "CreateDate": "2016-10-19T17:39:08Z",
                "GroupList": [], "AttachedManagedPolicies": [], "UserPolicyList": []}],
                "GroupDetailList": [], "RoleDetailList": [], "Policies": [], "IsTruncated": false})");
        const QStringList exportRun { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                                      gaad };
        const QStringList reportRun { QStringLiteral("--db"), db, QStringLiteral("import"),
                                      QStringLiteral("aws-credential-report"),
                                      QStringLiteral(RECERTIFY_SOURCE_DIR
                                                     "/tests/data/aws/credential-report/"
                                                     "cloud-custodian/test_account_credential_report.iam."
                                                     "GetCredentialReport_1.json") };
        for (const QStringList& run :
             exportFirst ? QList<QStringList> { exportRun, reportRun } : QList<QStringList> { reportRun, exportRun }) {
            const RunResult r = cli(run);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QJsonObject user
            = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                            QStringLiteral("show"), QStringLiteral("AIDAEXAMPLEC7NTEST001") })
                                          .out)
                  .object();
        QStringList types;
        for (const QJsonValue& f : user.value(QStringLiteral("findings")).toArray())
            types << f.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(types.contains(QStringLiteral("never-used")), qPrintable(types.join(u' ')));
    }

    // Access Advisor's answer about one service (get-service-last-accessed-details-with-entities, the AWS CLI's
    // example) says when each user last used that service: a last use no earlier than that, kept, but no word on the
    // other services since, so no one is called dormant by it.
    void accessAdvisorForOneServiceCallsNoOneDormant()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const RunResult imported = cli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-access-advisor"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/real/aws/service-last-accessed.aws-cli-docs.json") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QHash<QString, QString> lastUsed;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            lastUsed.insert(i.toObject().value(QStringLiteral("displayName")).toString(),
                            i.toObject().value(QStringLiteral("lastUsedAt")).toString());
        QCOMPARE(lastUsed.value(QStringLiteral("admin")), QStringLiteral("2019-09-30T23:02:00Z"));
        const RunResult findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") });
        QVERIFY2(findings.exitCode == 0, findings.err.constData());
        QVERIFY2(!findings.out.contains("\"dormant\""), findings.out.constData());
        QVERIFY2(findings.out.contains("\"orphaned\""), findings.out.constData()); // the users are analysed
    }

    // IAM names a role once in its account, whatever its path: Access Advisor's report on role/service-role/bad_role
    // is the export's role/bad_role, not a second role discovered beside it.
    void aRoleNamedUnderAnotherPathIsTheSameRole()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudmapper/");
        RunResult imported = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                                   data + QStringLiteral("iam-get-account-authorization-details.json") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                    QStringLiteral("aws-access-advisor"), data + QStringLiteral("service-last-accessed-bad_role.json"),
                    data + QStringLiteral("service-last-accessed-level1.json") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("discoveredFromActivity")).toInt(),
                 0);
        QHash<QString, QString> lastUsed;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            lastUsed.insert(i.toObject().value(QStringLiteral("displayName")).toString(),
                            i.toObject().value(QStringLiteral("lastUsedAt")).toString());
        QCOMPARE(lastUsed.size(), 6);
        QCOMPARE(lastUsed.value(QStringLiteral("bad_role")), QStringLiteral("2019-04-15T04:19:00Z"));
        QCOMPARE(lastUsed.value(QStringLiteral("level1")), QStringLiteral("2019-04-15T04:19:00Z"));
    }

    // The agent is named by the server when the file says which it is, never by a file name every dump shares.
    void namesTheAgentAfterItsServer_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<int>("tools");
        QTest::addRow("mcp-scan: serverInfo under metadata") << "mcp/mcp-scan/math_server_signature.json"
                                                             << "Math" << 5;
        QTest::addRow("mcp-proxy: server_info") << "mcp/mcp-proxy/server-github.json"
                                                << "github-mcp-server" << 26;
        QTest::addRow("mcp-proxy: server as a string") << "mcp/mcp-proxy/cloudflare-radar.json"
                                                       << "cloudflare-radar" << 19;
        QTest::addRow("an MCP Bundle manifest names its server") << "mcp/grafana-bundle/manifest.json"
                                                                 << "grafana" << 43;
        QTest::addRow("Docker's catalogue: server.yaml beside tools.json names it (auto, the folder)")
            << "mcp/docker-registry/sonarqube"
            << "sonarqube" << 25;
        QTest::addRow("the MCP Inspector's history: tools/list requests beside their answers")
            << "mcp/inspector/history-everything-server.json"
            << "history-everything-server" << 18;
        QTest::addRow("the Inspector's history: a refused tools/list before the answered ones is passed over")
            << "mcp/inspector/history-refused-then-answered.json"
            << "history-refused-then-answered" << 18;
        QTest::addRow("a folder: initialize.json beside tools.json") << "mcp/servers/filesystem"
                                                                     << "secure-filesystem-server" << 14;
        QTest::addRow("a folder without initialize.json: the folder's name") << "mcp/servers/github"
                                                                             << "github" << 0;
        QTest::addRow("the old SSE transport's stream saved with curl: its initialize answer names the server")
            << "mcp/ragflow/sse-session.txt"
            << "docker-ragflow-cpu-1" << 1;
        QTest::addRow("the 2026-07-28 revision: server/discover beside tools/list names the server")
            << "mcp/spec-2026-07-28"
            << "ExampleServer" << 1;
    }

    void namesTheAgentAfterItsServer()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, agent);
        QFETCH(int, tools);
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray inventory
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(inventory.size(), 1);
        QCOMPARE(inventory.at(0).toObject().value(QStringLiteral("displayName")).toString(), agent);
        if (tools == 0)
            return;
        const QString id = QString::number(inventory.at(0).toObject().value(QStringLiteral("id")).toInteger());
        const QJsonObject shown
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), id }).out)
                  .object();
        QCOMPARE(shown.value(QStringLiteral("grants")).toArray().size(), tools);
    }

    // AdministratorAccess is AWS's own and fixed: attached but not in the export, it is still every action.
    void anAdministratorPolicyLeftOutStillCounts()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/gaad-cloudsplaining-authz-v2.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("AdministratorAccess is attached but its document is not in the input")
                     || r.err.contains("AdministratorAccess is attached but its document is not in the input"),
                 r.out.constData());
        const QJsonArray findings
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") }).out)
                  .array();
        bool admin = false;
        for (const QJsonValue& f : findings) {
            admin = admin
                || (f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("admin-grant")
                    && f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("high"));
        }
        QVERIFY2(admin, "no high admin-grant for the group's administrator");
    }

    // Graph answers saved one per request into a folder read as the files listed one by one (graph2otel keeps them so).
    void aFolderOfGraphAnswersReadsLikeItsFiles()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("graph"));
        QVERIFY(QDir().mkpath(folder));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        QStringList files;
        for (const char* name :
             { "graph-sp-credential-applications.json", "graph-sp-credential-serviceprincipals.json" }) {
            files << data + QLatin1String(name);
            QVERIFY(QFile::copy(files.last(), folder + u'/' + QLatin1String(name)));
        }
        const QString listed = dir.filePath(QStringLiteral("listed.sqlite"));
        const QString whole = dir.filePath(QStringLiteral("folder.sqlite"));
        const RunResult byFile = cli(
            QStringList { QStringLiteral("--db"), listed, QStringLiteral("import"), QStringLiteral("entra-graph") }
            + files);
        QVERIFY2(byFile.exitCode == 0, byFile.err.constData());
        const RunResult byFolder
            = cli({ QStringLiteral("--db"), whole, QStringLiteral("import"), QStringLiteral("auto"), folder });
        QVERIFY2(byFolder.exitCode == 0, byFolder.err.constData());
        const QByteArray expected
            = cli({ QStringLiteral("--db"), listed, QStringLiteral("--json"), QStringLiteral("identities") }).out;
        QVERIFY(QJsonDocument::fromJson(expected).array().size() > 0);
        QCOMPARE(cli({ QStringLiteral("--db"), whole, QStringLiteral("--json"), QStringLiteral("identities") }).out,
                 expected);
    }

    // Entra Agent ID: an agent identity names its blueprint by appId; the blueprint principal carries that appId.
    void anAgentIdentityIsLinkedToItsBlueprint()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                  data + QStringLiteral("graph-beta-agentidentity-get.json"),
                                  data + QStringLiteral("graph-beta-agentidentityblueprintprincipal-get.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            byName.insert(v.toObject().value(QStringLiteral("displayName")).toString(), v.toObject());
        const QJsonObject agent = byName.value(QStringLiteral("My Agent Identity"));
        const QJsonObject blueprint = byName.value(QStringLiteral("My Sample App"));
        QCOMPARE(agent.value(QStringLiteral("kind")).toString(), QStringLiteral("ai-agent"));
        QVERIFY(blueprint.value(QStringLiteral("id")).toInteger() > 0);
        // The blueprint's principal holds the credentials its agents sign in with: governed as part of the agent.
        QCOMPARE(blueprint.value(QStringLiteral("kind")).toString(), QStringLiteral("ai-agent"));
        QCOMPARE(agent.value(QStringLiteral("parentId")).toInteger(),
                 blueprint.value(QStringLiteral("id")).toInteger());
    }

    // A blueprint listed on its own (GET /applications/microsoft.graph.agentIdentityBlueprint) is an agent's.
    void anAgentIdentityBlueprintIsAnAgentsIdentity()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/graph-beta-agentidentityblueprint-list.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray inventory
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(inventory.size(), 1);
        QCOMPARE(inventory.at(0).toObject().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("My Agent Blueprint"));
        QCOMPARE(inventory.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ai-agent"));
    }

    // GET /users/{user}/keys lists a person's keys: named as GitHub input, each is passed over, none is a deploy key.
    void aPersonsSshKeysAreNoDeployKeys()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("github"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/pygithub-user-public-keys.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 5);
        QVERIFY(QJsonDocument::fromJson(
                    cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                    .array()
                    .isEmpty());
    }

    // Argo's manifests leave the ClusterRoleBinding's subject namespace to kustomize: --namespace stands for it, and
    // without it the binding is named as not applied rather than dropped in silence.
    void aClusterBindingsAccountWithoutNamespaceTakesTheOneGiven()
    {
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/argo-workflows-rbac");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult given = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                      QStringLiteral("--namespace"), QStringLiteral("argo"), path });
        QVERIFY2(given.exitCode == 0, given.err.constData());
        QVERIFY2(given.out.contains("names service account argo without a namespace; taken as argo"),
                 given.out.constData());
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("argo/argo") })
                                                              .out)
                                      .object();
        bool exec = false;
        for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray()) {
            exec = exec
                || (g.toObject().value(QStringLiteral("permission")).toString() == QLatin1String("create pods/exec")
                    && g.toObject()
                           .value(QStringLiteral("resourceScope"))
                           .toString()
                           .startsWith(QLatin1String("cluster")));
        }
        QVERIFY2(exec, "argo/argo holds create pods/exec cluster-wide through argo-binding");

        const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
        // The cluster-wide files alone import without a namespace (the RoleBinding beside them needs one).
        const RunResult without = cli({ QStringLiteral("--db"), bare, QStringLiteral("import"), QStringLiteral("auto"),
                                        path + QStringLiteral("/workflow-controller-clusterrole.yaml"),
                                        path + QStringLiteral("/workflow-controller-clusterrolebinding.yaml") });
        QVERIFY2(without.exitCode == 0, without.err.constData());
        QVERIFY2(
            without.out.contains("binds ClusterRole argo-cluster-role to service account argo without a namespace"),
            without.out.constData());
    }

    // Graph's signIns saved as a bare array (Get-MgAuditLogSignIn | ConvertTo-Json, Microsoft-Extractor-Suite): auto
    // tells it from its fields. Built from Elastic's real ServicePrincipalSignInLogs record's sign-in.
    void aBareArrayOfSignInsIsToldFromItsFields()
    {
        QFile file(
            QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/azure-monitor-serviceprincipal-signinlogs.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject signIn
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("properties")).toObject();
        QVERIFY(signIn.contains(QStringLiteral("servicePrincipalId")));
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("servicePrincipal-SignInLogs.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("\xEF\xBB\xBF" + QJsonDocument(QJsonArray { signIn }).toJson());
        out.close();
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                  QStringLiteral("auto"), out.fileName() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("entra-graph"));
        QCOMPARE(report.value(QStringLiteral("events")).toInt(), 1);
    }

    // A check_run delivered to an App carries the App's own definition and names its installation by id: it is a
    // webhook of another event, not an App definition to refuse as such.
    void aWebhookCarryingItsAppIsNamedAsAWebhook()
    {
        QFile file(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/webhook-check_run-created.octokit.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject delivery = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject run = delivery.value(QStringLiteral("check_run")).toObject();
        QJsonObject app = run.value(QStringLiteral("app")).toObject();
        app.insert(QStringLiteral("client_id"), QStringLiteral("Iv1.05c79e9ad1f6bdfa"));
        run.insert(QStringLiteral("app"), app);
        delivery.insert(QStringLiteral("check_run"), run);
        delivery.insert(
            QStringLiteral("installation"),
            QJsonObject { { QStringLiteral("id"), 2311213 }, { QStringLiteral("node_id"), QStringLiteral("x") } });
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("check_run.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(delivery).toJson());
        out.close();
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("auto"), out.fileName() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("webhook delivery of another event"), r.err.constData());
        QVERIFY2(!r.err.contains("definition"), r.err.constData());
    }

    // An audit log records use, not grants; a binding to a service account made in it is still named, with what to
    // import to see what the account holds, whoever made it.
    void aBindingToAServiceAccountInAnAuditLogIsNamed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                  QStringLiteral("auto"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR
                                                 "/tests/data/k8s/panther-clusterrolebinding-privileged.tests.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        const QStringList warnings
            = QVariant(report.value(QStringLiteral("warnings")).toArray().toVariantList()).toStringList();
        const QStringList bindings = warnings.filter(QStringLiteral(" bound "));
        QCOMPARE(bindings.size(), 2);
        QVERIFY2(bindings.at(0).contains(QStringLiteral("ClusterRole system:masters to default/malicious-sa")),
                 qPrintable(bindings.at(0)));
        QVERIFY2(bindings.at(1).contains(
                     QStringLiteral("ClusterRole system:kube-controller-manager to default/attacker-sa")),
                 qPrintable(bindings.at(1)));
        QVERIFY(bindings.at(0).contains(QStringLiteral("import the cluster's RBAC")));
    }

    // Graph's body does not say a listing was filtered ($filter=appId eq …): one that leaves out more than it lists
    // retires nothing, and says so; the same run still reads the federated credential its context names.
    void aFilteredListingRetiresNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        // Three applications, each listed by an answer of the whole collection.
        const RunResult whole = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                      data + QStringLiteral("graph-sp-credential-applications.json"),
                                      data + QStringLiteral("graph-applications-passwordcredentials.json"),
                                      data + QStringLiteral("graph-application-keycredentials.json") });
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        const RunResult filtered
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                    QStringLiteral("auto"), data + QStringLiteral("azcli-app-federated-credential") });
        QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(filtered.out).array().at(0).toObject();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("removed")).toInt(), 0);
        const QString warnings
            = QVariant(report.value(QStringLiteral("warnings")).toArray().toVariantList()).toStringList().join(u'\n');
        // A lookup by $filter answers with a one-object collection; Graph's body does not show the filter.
        QVERIFY2(warnings.contains(QStringLiteral("lists no more than one object")), qPrintable(warnings));
        int active = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            active += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active");
        QCOMPARE(active, 4);
        const QJsonObject app = QJsonDocument::fromJson(
                                    cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"),
                                          QStringLiteral("application:4d5c0e0b-9816-4aa2-a444-395e807c6f80") })
                                        .out)
                                    .object();
        // Its service principal is not in the input: the registration is governed as what it is.
        QCOMPARE(app.value(QStringLiteral("kind")).toString(), QStringLiteral("app-registration"));
        const QJsonArray credentials = app.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(credentials.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("federated"));
    }

    // An explicit Deny overrides any Allow (AWS's policy evaluation logic): Bob's group makes him an administrator, his
    // own inline policy denies IAM and billing.
    void aDenyIsWrittenBesideTheGrantItCarvesFrom()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/gaad-aws-cli-docs-page.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject bob = QJsonDocument::fromJson(
                                    cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"),
                                          QStringLiteral("arn:aws:iam::123456789012:user/Bob") })
                                        .out)
                                    .object();
        const QJsonArray grants = bob.value(QStringLiteral("grants")).toArray();
        QCOMPARE(grants.size(), 1);
        QCOMPARE(grants.at(0).toObject().value(QStringLiteral("permission")).toString(), QStringLiteral("*"));
        const QString via = grants.at(0).toObject().value(QStringLiteral("grantedVia")).toString();
        QVERIFY2(via.endsWith(QLatin1String(" except aws-portal:*, iam:*")), qPrintable(via));
    }

    // $expand=appRoleAssignments brings the roles a principal holds inline; with the resources beside, they have names.
    void expandedAppRoleAssignmentsAreGrants_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("grants");
        QTest::addRow("expanded, resources not in the input")
            << QStringList { QStringLiteral("sp-expand-approleassignments.json") }
            << QStringList { QStringLiteral("User.Read.All"),
                             QStringLiteral("appRole:9116d0c7-0632-4203-889f-a24a08442b3d") };
        QTest::addRow("expanded and listed, with both resources")
            << QStringList { QStringLiteral("sp-expand-approleassignments.json"),
                             QStringLiteral("approleassignments.json"), QStringLiteral("sp-resource-customapp.json"),
                             QStringLiteral("sp-resource-msgraph.json") }
            << QStringList { QStringLiteral("User.Read.All"), QStringLiteral("access_as_application") };
    }

    void expandedAppRoleAssignmentsAreGrants()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, grants);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QStringList args { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto") };
        for (const QString& f : files)
            args << QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/m365cli/") + f;
        const RunResult r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject daemon
            = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                            QStringLiteral("show"), QStringLiteral("Product Catalog daemon") })
                                          .out)
                  .object();
        QStringList held;
        for (const QJsonValue& g : daemon.value(QStringLiteral("grants")).toArray())
            held << g.toObject().value(QStringLiteral("permission")).toString();
        held.sort();
        grants.sort();
        QCOMPARE(held, grants);
    }

    // A role assignment names its role by template id only; the skipped line says which role, in Microsoft's words.
    void aDirectoryRoleIsNamedFromItsTemplateId()
    {
        QTemporaryDir dir;
        const RunResult r = cli(
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("import"),
              QStringLiteral("auto"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/graph-docs-roleassignments-by-principal.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray said = r.out + r.err;
        QVERIFY2(said.contains("value[0]: Global Administrator held by f1847572-48aa-47aa-96a3-2ec61904f41f"),
                 said.constData());
        QVERIFY2(said.contains("value[1]: Global Reader held by"), said.constData());
    }

    // The report lists the most frequent reasons a record was skipped, and says how many it leaves out.
    void theSkippedListSaysWhatItLeavesOut()
    {
        QTemporaryDir dir;
        const RunResult r = cli(
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--json"),
              QStringLiteral("import"), QStringLiteral("auto"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/elastic-organisation-audit-excerpt.jsonl") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        const QJsonArray why = report.value(QStringLiteral("skippedWhy")).toArray();
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 20);
        QCOMPARE(why.size(), 4);
        QCOMPARE(why.last().toString(), QStringLiteral("and 17 more"));
    }

    // An SCC that names no service account imports nothing from its own lists, and says so rather than nothing.
    void anSccForPeopleOnlyIsNamedAsSuch()
    {
        QTemporaryDir dir;
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("auto"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/openshift-scc-rbac") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray why
            = QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("skippedWhy")).toArray();
        bool named = false;
        for (const QJsonValue& w : why)
            named = named
                || w.toString().contains(
                    QStringLiteral("the security context constraints hostaccess name no service account"));
        QVERIFY2(named, QJsonDocument(why).toJson().constData());
    }

    void aConditionalGrantSaysItsCondition()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/gaad-iamspy-allow-with-conditions.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        const QJsonArray grants = shown.value(QStringLiteral("grants")).toArray();
        QCOMPARE(grants.size(), 1);
        QCOMPARE(grants.at(0).toObject().value(QStringLiteral("permission")).toString(),
                 QStringLiteral("lambda:InvokeFunction"));
        QCOMPARE(grants.at(0).toObject().value(QStringLiteral("resourceScope")).toString(), QStringLiteral("*"));
        const QString via = grants.at(0).toObject().value(QStringLiteral("grantedVia")).toString();
        QVERIFY2(via.endsWith(QLatin1String(" when StringLike aws:referer")), qPrintable(via));
    }

    // A permissions boundary caps what the policies give: a grant outside it is not access the reviewer certifies.
    void aPermissionsBoundaryCapsTheGrants_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("grants");
        QTest::addColumn<QString>("warning");
        QTest::addRow("IAMSpy: the boundary allows only s3:ListMultipartUploadParts")
            << "aws/iam/gaad-iamspy-role-boundary-deny.json" << QStringList {}
            << "outside its permissions boundary arn:aws:iam::aws:policy/NotInvoking";
        QTest::addRow("IAMSpy: the boundary allows *") << "aws/iam/gaad-iamspy-user-boundary-allow.json"
                                                       << QStringList { QStringLiteral("lambda:InvokeFunction") } << "";
    }

    void aPermissionsBoundaryCapsTheGrants()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, grants);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (!warning.isEmpty())
            QVERIFY2(r.out.contains(warning.toUtf8()) || r.err.contains(warning.toUtf8()), r.out.constData());
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        QStringList held;
        for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray()) {
            const QJsonObject grant = g.toObject();
            if (!grant.value(QStringLiteral("permission")).toString().startsWith(QLatin1String("assumable-by:")))
                held << grant.value(QStringLiteral("permission")).toString();
        }
        QCOMPARE(held, grants);
        for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray()) {
            const QString via = g.toObject().value(QStringLiteral("grantedVia")).toString();
            QVERIFY2(via.contains(QLatin1String("within boundary")), qPrintable(via));
        }
    }

    // iam-ape's boundary denies iam:*, allows ec2:* only in one region and all else but iam:* and ec2:* (NotAction):
    // a condition in it no longer makes it ignored whole, so IAMFullAccess from the user's group is capped (no IAM
    // action, no admin), and the condition is said. (That its Deny denies is tested in TestAwsImporters.)
    void aBoundaryWithConditionsStillDeniesWhatItDenies()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/gaad-iam-ape-boundary.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("allows some actions only under conditions")
                     || r.err.contains("allows some actions only under conditions"),
                 r.out.constData());
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("displayName")).toString(), QStringLiteral("TestUser1"));
        QStringList held;
        for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray())
            held << g.toObject().value(QStringLiteral("permission")).toString();
        QVERIFY2(held.contains(QStringLiteral("ec2:*")) && held.contains(QStringLiteral("es:*")),
                 qPrintable(held.join(u' ')));
        for (const QString& permission : std::as_const(held))
            QVERIFY2(!permission.startsWith(QLatin1String("iam:")), qPrintable(permission));
        const RunResult findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") });
        QStringList admins;
        for (const QJsonValue& f : QJsonDocument::fromJson(findings.out).array()) {
            if (f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("admin-grant"))
                admins << f.toObject().value(QStringLiteral("nativeId")).toString();
        }
        QCOMPARE(admins, QStringList { QStringLiteral("AROAXL25HVHC62WTAJD4X") }); // DevOps_admin, AdministratorAccess
    }

    // kubebuilder's RBAC base keeps a kustomize JSON6902 patch (a YAML list of {op, path, value}) beside the manifests:
    // it is passed over and named like any file without RBAC objects, not a reason to refuse the folder.
    void aKustomizePatchBesideManifestsIsPassedOver()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/gatekeeper-config-rbac"),
                                  QStringLiteral("--namespace"), QStringLiteral("gatekeeper-system") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("webhook_permissions_patch.yaml: no ServiceAccount"), r.out.constData());
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("nativeId")).toString(),
                 QStringLiteral("system:serviceaccount:system:admin"));
    }

    // What a CloudTrail file says beside its records: the role as its ARN names it, a lookup-events page that is one of
    // several.
    void cloudTrailSaysWhatTheFileHolds_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("role"); // the one identity discovered
        QTest::addColumn<QString>("said"); // in the import's output, or empty
        QTest::addRow("Loki's log file: the role is rolename, as its ARN says (sessionIssuer.userName: username)")
            << "aws/cloudtrail-misc/loki-cloudtrail-log-file.json.gz"
            << "rolename"
            << "";
        // Lambda taking on its execution role: the role is in use, though the record holds no call of its own.
        QTest::addRow("Panther: a role assumed by Lambda (userIdentity AWSService)")
            << "aws/cloudtrail-misc/panther-role-assumed-by-lambda.json"
            << "my_role_arn"
            << "";
        // Panther's test records give Alice's and Bob's calls one principalId: one identity, as the id says, said.
        QTest::addRow("Panther: one IAM user id under two users' ARNs")
            << "aws/cloudtrail-misc/panther-s3-delete-objects-two-users-one-id.json"
            << "Alice"
            << "acts under two ARNs";
        // And Panther's records of CreateAccessKey give three users' ARNs one id: the warning names all three.
        QTest::addRow("Panther: one IAM user id under three users' ARNs")
            << "aws/cloudtrail-misc/panther-iam-user-key-created-one-id-three-arns.jsonl"
            << "user1"
            << "acts under 3 ARNs, arn:aws:iam::123456789:user/user1, arn:aws:iam::123456789:user/jackson";
        // Its records say "IAMUser" beside an assumed-role ARN and a role's id: the role, as the ARN says (it was an
        // IAM user user01, the session's name).
        QTest::addRow("the Secrets Manager guide's KMS events: type IAMUser, an assumed-role ARN")
            << "aws/cloudtrail-misc/awsdocs-secretsmanager-kms-events.json"
            << "Admin"
            << "";
        QTest::addRow("a lookup-events page written with --max-items: more events exist")
            << "aws/cloudtrail-misc/eks-immersion-lookup-events-page.json"
            << "platform-eks-node-group-20231128085853957000000011"
            << "more events exist";
    }

    void cloudTrailSaysWhatTheFileHolds()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, role);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (!said.isEmpty())
            QVERIFY2(r.out.contains(said.toUtf8()), r.out.constData());
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("displayName")).toString(), role);
        // Known only from its activity: its date is when it was first seen, not when it was made.
        const QByteArray shown = cli({ QStringLiteral("--db"), db, QStringLiteral("show"), role }).out;
        QVERIFY2(shown.contains("First seen:") && !shown.contains("Created:"), shown.constData());
        // Its ARN, as its id or beside it: two principals named alike (one user name in two accounts) are told apart.
        const bool idIsArn = identities.at(0)
                                 .toObject()
                                 .value(QStringLiteral("nativeId"))
                                 .toString()
                                 .startsWith(QLatin1String("arn:aws:"));
        QVERIFY2(shown.contains("arn:aws:") && (idIsArn || shown.contains("Also known as:")), shown.constData());
    }

    // Filebeat's test records: a person at the EC2 console (its backend calls for her), a record whose principal was
    // blanked out and an Insights event. None of them is a non-human identity, and none says which days calls were
    // logged in the account.
    void cloudTrailPassesOverPeopleRedactionsAndInsights()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudtrail-beats") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("3 × IAM users seen only signing in to the console"), r.out.constData());
        QVERIFY2(r.out.contains("its principal is redacted (arn:aws:iam::REDACTED:user/REDACTED)"), r.out.constData());
        QVERIFY2(r.out.contains("no userIdentity (AwsCloudTrailInsight)"), r.out.constData());
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 0);
        // The days whose calls the store knows were logged (shown as "CloudTrail covers …" on an identity's page).
        QStringList covered;
        {
            QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("beats"));
            sqlite.setDatabaseName(db);
            QVERIFY(sqlite.open());
            QSqlQuery q(QStringLiteral("SELECT scope || ' ' || day FROM activity_coverage ORDER BY day"), sqlite);
            while (q.next())
                covered << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("beats"));
        // The Insights event (2020-09-09) and the redacted account are no days of logged calls.
        QCOMPARE(covered,
                 QStringList({ QStringLiteral("account:123456789012/us-east-2 2014-03-06"),
                               QStringLiteral("account:0123456789012/us-east-1 2020-01-10") }));
    }

    // The IAM guide's examples give the user JohnDoe and the role AssumeNothing one placeholder id: counted as one, as
    // the id says, but said, since IAM never gives a user and a role one id (the role's DeleteBucket is not quietly
    // the user's).
    void oneIdAsAUserAndARoleIsSaid()
    {
        QTemporaryDir dir;
        const RunResult r
            = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("import"),
                    QStringLiteral("aws-cloudtrail"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudtrail/awsdocs-iam-sts-examples.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("id AIDAQRSTUVWXYZEXAMPLE acts as a user and as a role")
                     && r.out.contains("user/JohnDoe") && r.out.contains("role/AssumeNothing"),
                 r.out.constData());
    }

    // Elastic's two Session Manager records give two roles in two accounts one placeholder id: counted as one, as the
    // id says, but said, since IAM gives every role its own id.
    void oneIdAsTwoRolesIsSaid()
    {
        QTemporaryDir dir;
        const RunResult r
            = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("import"),
                    QStringLiteral("aws-cloudtrail"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR
                                   "/tests/data/aws/cloudtrail-lines/elastic-test-open-control-channel-json.log"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR
                                   "/tests/data/aws/cloudtrail-misc/elastic-test-create-control-channel-json.log") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("id PRINCIPALID acts as two roles") && r.out.contains("role/ec2-instance-role")
                     && r.out.contains("role/bedrock_ec2_role"),
                 r.out.constData());
    }

    // What a list of identities passes over is no activity record, and the report does not call it one.
    // The IAM API answers with policy documents URL-encoded (RFC 3986); a saved answer keeps them so, where the CLI
    // decodes them: read the same either way (IAM API reference, GetAccountAuthorizationDetails).
    void urlEncodedPolicyDocumentsAreReadAsTheCliDecodesThem()
    {
        QTemporaryDir dir;
        const QByteArray original = fixture(QStringLiteral("aws/gaad-iam-api-reference-example.json"));
        const std::function<QJsonValue(const QJsonValue&)> encode = [&](const QJsonValue& value) -> QJsonValue {
            if (value.isArray()) {
                QJsonArray out;
                for (const QJsonValue& item : value.toArray())
                    out.append(encode(item));
                return out;
            }
            if (!value.isObject())
                return value;
            QJsonObject out = value.toObject();
            for (auto it = out.begin(); it != out.end(); ++it) {
                if (it.key().endsWith(QLatin1String("Document")) && it.value().isObject())
                    *it = QString::fromLatin1(
                        QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact).toPercentEncoding());
                else
                    *it = encode(it.value());
            }
            return out;
        };
        const QByteArray encoded
            = QJsonDocument(encode(QJsonDocument::fromJson(original).object()).toObject()).toJson();
        QVERIFY(encoded.contains("\"%7B%22"));
        QByteArray shown[2];
        for (int i = 0; i < 2; ++i) {
            const QString db = dir.filePath(QStringLiteral("s%1.sqlite").arg(i));
            const QString path = written(dir, QStringLiteral("gaad%1.json").arg(i), i == 0 ? original : encoded);
            const RunResult r
                = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"), path });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(
                     cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                     .array()) {
                const QJsonObject one
                    = QJsonDocument::fromJson(
                          cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"),
                                v.toObject().value(QStringLiteral("nativeId")).toString() })
                              .out)
                          .object();
                shown[i] += QJsonDocument(one.value(QStringLiteral("grants")).toArray()).toJson();
                shown[i] += QJsonDocument(one.value(QStringLiteral("findings")).toArray()).toJson();
            }
        }
        QVERIFY(shown[0].contains("permission"));
        QCOMPARE(shown[1], shown[0]);
    }

    // A trail's log file saved under another name (a browser download, a copy) is still gzip: read as such, and a cut
    // copy is named as a cut compressed file, not as JSON that is not CloudTrail's.
    void aGzippedTrailFileIsReadWhateverItsName()
    {
        QTemporaryDir dir;
        const QByteArray gz
            = fixture(QStringLiteral("aws/trail-bucket/AWSLogs/777788889999/CloudTrail/us-east-2/2016/11/14/"
                                     "777788889999_CloudTrail_us-east-2_20161114T1730Z_Ax3DSryTETnjeGKn.json.gz"));
        QVERIFY(gz.startsWith("\x1f\x8b"));
        // Each into a store of its own: the same bytes again in one store are a file imported before, not read.
        const auto events = [&](const QString& path) {
            const RunResult r
                = cli({ QStringLiteral("--db"), path + QStringLiteral(".sqlite"), QStringLiteral("--json"),
                        QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), path });
            return std::pair(r.exitCode,
                             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("events")).toInt());
        };
        const auto named = events(written(dir, QStringLiteral("trail.json.gz"), gz));
        QCOMPARE(named.first, 0);
        QVERIFY(named.second > 0);
        QCOMPARE(events(written(dir, QStringLiteral("download"), gz)), named);
        const QString cut = written(dir, QStringLiteral("download-cut"), gz.left(gz.size() / 2));
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), cut });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the compressed data ends early"), r.err.constData());
    }

    // Records without eventVersion and eventName are no trail's, whatever else they lack: said so, not that their
    // eventTime is "" (AWS, "CloudTrail record contents").
    void aRecordsListOfOtherThingsIsNoTrail()
    {
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("records.json"), "{\"Records\": [{\"event\": 1}]}\n");
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("aws-cloudtrail"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("expected a CloudTrail record (eventVersion, eventName"), r.err.constData());
    }

    void whatAListPassesOverIsNoActivity()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("mcp-tools"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/mcp/docker-registry/three-servers") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 item passed over:") && r.out.contains("an empty list of tools")
                     && !r.out.contains("activity:"),
                 r.out.constData());
    }

    // A classic token that the log names only by id reads as a token, not as the person who owns it; what was passed
    // over is listed in file order.
    void gitHubNamesTokensAndListsSkipsInFileOrder()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult token
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/elastic-api-request-events.log") });
        QVERIFY2(token.exitCode == 0, token.err.constData());
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("pat 555555 (user_actor)"));

        const RunResult web = cli(
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("web.sqlite")), QStringLiteral("--json"),
              QStringLiteral("import"), QStringLiteral("auto"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/elastic-organisation-audit-excerpt.jsonl") });
        QVERIFY2(web.exitCode == 0, web.err.constData());
        const QJsonArray why
            = QJsonDocument::fromJson(web.out).array().at(0).toObject().value(QStringLiteral("skippedWhy")).toArray();
        QVERIFY(why.size() >= 3);
        for (int line = 1; line <= 3; ++line)
            QVERIFY2(why.at(line - 1).toString().contains(QStringLiteral(".jsonl:%1:").arg(line)),
                     qPrintable(why.at(line - 1).toString()));
    }

    // kubectl writes a List's kind after its items: a copy that stops before it ends inside them, even at a line
    // boundary where the YAML itself still parses.
    void aKubectlListCutShortIsRefused_data()
    {
        QTest::addColumn<QString>("cutAt"); // the line the copy stops before
        QTest::addColumn<int>("occurrence"); // which of the lines that start so
        QTest::addRow("before kind: List") << "kind: List" << 1;
        QTest::addRow("between two items") << "- apiVersion:" << 4;
    }

    void aKubectlListCutShortIsRefused()
    {
        QFETCH(QString, cutAt);
        QFETCH(int, occurrence);
        QFile original(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/bootstrap-namespace-role-bindings.yaml"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArrayList kept;
        int seen = 0;
        for (const QByteArray& line : original.readAll().split('\n')) {
            if (line.startsWith(cutAt.toUtf8()) && ++seen == occurrence)
                break;
            kept << line;
        }
        QCOMPARE(seen, occurrence);
        QTemporaryDir dir;
        const QString cut = dir.filePath(QStringLiteral("bindings.yaml"));
        QFile file(cut);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kept.join('\n') + '\n');
        file.close();
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("auto"), cut });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(cut.toUtf8()) && r.err.contains("looks cut off"), r.err.constData());
    }

    // A ClusterRole cut right after a list item's dash (kube-prometheus's prometheus-operator): YAML reads the dash as
    // an empty item; a verb that is nothing grants nothing, and what followed it is gone.
    void aRoleCutAfterAListDashIsRefused()
    {
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/kube-prometheus/");
        QFile role(data + QStringLiteral("prometheusOperator-clusterRole.yaml"));
        QVERIFY(role.open(QIODevice::ReadOnly));
        const QByteArray whole = role.readAll();
        const qsizetype dash = whole.indexOf("  verbs:\n  -", whole.indexOf("- secrets"));
        QVERIFY(dash > 0);
        QTemporaryDir dir;
        const QString cut = written(dir, QStringLiteral("prometheusOperator-clusterRole.yaml"),
                                    whole.left(dash + qsizetype(qstrlen("  verbs:\n  -"))));
        QVERIFY(!cut.isEmpty());
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        // Whole, with its account and binding: the secrets rule makes an admin grant.
        RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                            data + QStringLiteral("prometheusOperator-serviceAccount.yaml"),
                            data + QStringLiteral("prometheusOperator-clusterRoleBinding.yaml"),
                            data + QStringLiteral("prometheusOperator-clusterRole.yaml") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray findings = cli({ QStringLiteral("--db"), db, QStringLiteral("findings") }).out;
        QVERIFY2(findings.contains("secrets"), findings.constData());
        const QByteArray before
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") })
                  .out;
        // Cut: refused, naming the file and the item, and the store keeps what it had.
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("k8s-rbac"),
                  data + QStringLiteral("prometheusOperator-serviceAccount.yaml"),
                  data + QStringLiteral("prometheusOperator-clusterRoleBinding.yaml"), cut });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(cut.toUtf8()) && r.err.contains("verbs[0]") && r.err.contains("looks cut off"),
                 r.err.constData());
        QCOMPARE(
            cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("1") })
                .out,
            before);
    }

    // A storage account's download of an Entra diagnostic setting holds one insights-logs-<category> folder per
    // category it sends: the sign-ins are read, the audit and Graph activity logs beside them passed over and named.
    void aDiagnosticSettingsDownloadPassesOverOtherCategories()
    {
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/datadog-diagnostics/");
        QTemporaryDir dir;
        const QString download = dir.filePath(QStringLiteral("download"));
        const QString hour = QStringLiteral("/resourceId=/tenants/4d3bac44-0230-4732-9e70-cc00736f0a97/providers/"
                                            "Microsoft.aadiam/y=2025/m=04/d=22/h=20/m=00/");
        const std::pair<const char*, const char*> containers[] = {
            { "insights-logs-auditlogs", "audit_logs.json" },
            { "insights-logs-microsoftgraphactivitylogs", "ms_graph_activity_logs.json" },
            { "insights-logs-serviceprincipalsigninlogs", "service_principal_sign_in_logs.json" },
        };
        for (const auto& [container, file] : containers) {
            const QString folder = download + u'/' + QLatin1String(container) + hour;
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(QFile::copy(data + QLatin1String(file), folder + QStringLiteral("PT1H.json")));
        }
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                                  QStringLiteral("auto"), download });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(r.out).array(); // auto: one report per format
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("events")).toInt(), 25);
        const QByteArray said = r.out + r.err;
        QVERIFY2(said.contains("category AuditLogs, not a sign-in log: passed over"), said.constData());
        QVERIFY2(said.contains("category MicrosoftGraphActivityLogs, not a sign-in log"), said.constData());
        // The audit log alone is refused, whichever format is named: it says nothing of use.
        for (const char* format : { "auto", "entra-graph" }) {
            const RunResult alone
                = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("alone.sqlite")), QStringLiteral("import"),
                        QLatin1String(format), data + QStringLiteral("audit_logs.json") });
            QCOMPARE(alone.exitCode, 1);
            QVERIFY2(alone.err.contains("audit_logs.json") && alone.err.contains("sign-in logs"),
                     alone.err.constData());
        }
    }

    // A role listed without a last use was not used in the 400 days AWS tracks before its own account's export: two
    // accounts' exports in one import do not lend one account the other's (later) date.
    void anExportDatesOnlyItsOwnAccountsRoles()
    {
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/iamspy/");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                    data + QStringLiteral("allow-testing-s3.json"), data + QStringLiteral("user-boundary-deny.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray findings = cli({ QStringLiteral("--db"), db, QStringLiteral("findings") }).out;
        QVERIFY2(findings.contains("testing"), findings.constData());
        QVERIFY2(!findings.contains("400 days"), findings.constData());
        QVERIFY2(!findings.contains("dormant"), findings.constData());
    }

    // One App installed in two accounts acts as the same bot in both: a record of the organisation's audit log is the
    // installation's in that organisation, whichever installation was listed last.
    void anAppsBotActsForItsInstallationInTheLogsOrganisation_data()
    {
        QTest::addColumn<QString>("installations");
        QTest::addRow("example-org listed first") << "two-installations.json";
        QTest::addRow("example-org listed last") << "two-installations-reversed.json";
    }

    void anAppsBotActsForItsInstallationInTheLogsOrganisation()
    {
        QFETCH(QString, installations);
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/two-accounts/");
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        RunResult r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("github"), data + installations });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("github"),
                  data + QStringLiteral("app-audit.jsonl") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, QString> lastUsed;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            lastUsed.insert(i.toObject().value(QStringLiteral("displayName")).toString(),
                            i.toObject().value(QStringLiteral("lastUsedAt")).toString());
        QCOMPARE(lastUsed.size(), 2);
        QCOMPARE(lastUsed.value(QStringLiteral("publish-test-results (example-org)")).left(10),
                 QStringLiteral("2023-10-27"));
        QCOMPARE(lastUsed.value(QStringLiteral("publish-test-results (EnricoMi)")), QString());
    }

    // Delegated permissions consented for every user (Group.ReadWrite.All among them) let the app act as whoever signs
    // in, never beyond them: kept as grants, no admin-grant.
    void aDelegatedPermissionIsNoAdminGrant()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/m365cli-oauth2grant-list-filter-clientid.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        QStringList permissions;
        for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray())
            permissions << g.toObject().value(QStringLiteral("permission")).toString();
        QVERIFY2(permissions.contains(QStringLiteral("Group.ReadWrite.All")), qPrintable(permissions.join(u',')));
        const QByteArray findings = cli({ QStringLiteral("--db"), db, QStringLiteral("findings") }).out;
        QVERIFY2(!findings.contains("admin-grant"), findings.constData());
    }

    // Calls a role's sessions made that IAM refused are no use of its grants, but they are activity: "no activity data"
    // above a list of them was untrue.
    void refusedCallsAreToldAsSuch()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR
                                   "/tests/data/aws/cloudtrail-invictus/get-password-data-denied.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray shown = cli({ QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("1") }).out;
        QVERIFY2(shown.contains("stratus-red-team-ec2-get-password-data-role"), shown.constData());
        QVERIFY2(shown.contains("no call allowed; 5 refused, the last on 2023-07-10"), shown.constData());
        QVERIFY2(!shown.contains("no activity data"), shown.constData());
    }

    // A folder as a collection tool writes it (Extractor Suite's Output/: sign-ins, the directory audit log and a CSV
    // beside them; here Azure Monitor's sign-in records): the sign-ins are read, the audit log passed over as what it
    // is (it was 1 record "not a Microsoft Graph object" with an empty path), and the file the format does not read by
    // its name is named, not left out unsaid. The Graph docs' pages.
    void aFolderNamesWhatItPassesOver_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addRow("named") << "entra-graph";
        QTest::addRow("auto") << "auto";
    }

    void aFolderNamesWhatItPassesOver()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Output"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/SignInLogs"))
                && QDir().mkpath(folder + QStringLiteral("/Audit")));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        QVERIFY(QFile::copy(data + QStringLiteral("azure-monitor-serviceprincipal-signinlogs.log"),
                            folder + QStringLiteral("/SignInLogs/PT1H.json")));
        QVERIFY(QFile::copy(data + QStringLiteral("graph-docs-directoryaudits-filter.json"),
                            folder + QStringLiteral("/Audit/audit.json")));
        written(dir, QStringLiteral("Output/notes.txt"), "exported on Monday\n");
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, folder });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray said = r.out + r.err;
        QVERIFY2(said.contains("Audit/audit.json: Entra's directory audit log, which records changes to the directory, "
                               "not the use of an identity: passed over"),
                 said.constData());
        QVERIFY2(!said.contains("not a Microsoft Graph object"), said.constData());
        QVERIFY2(said.contains("1 file(s) of the folder, not entra-graph input by name, passed over: notes.txt"),
                 said.constData());
        QVERIFY2(said.contains("activity: "), said.constData());
        // The audit log alone is refused as what it is, and nothing is written.
        const RunResult alone = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("alone.sqlite")),
                                      QStringLiteral("import"), format, folder + QStringLiteral("/Audit") });
        QCOMPARE(alone.exitCode, 1);
        QVERIFY2(alone.err.contains("Entra's directory audit log"), alone.err.constData());
    }

    // IAMSpy's test accounts each define the "AWS managed" policy NotInvoking, one as Allow * and one as a single S3
    // action: one import of both said nothing and kept the document of whichever file it read last.
    void onePolicyWithTwoDocumentsIsSaid_data()
    {
        QTest::addColumn<QStringList>("files");
        const QString dir = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/iamspy/");
        QTest::addRow("the Allow * account first")
            << QStringList { dir + "role-boundary-no-policies.json", dir + "user-boundary-deny.json" };
        QTest::addRow("the S3 account first")
            << QStringList { dir + "user-boundary-deny.json", dir + "role-boundary-no-policies.json" };
    }

    void onePolicyWithTwoDocumentsIsSaid()
    {
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const RunResult r = cli(QStringList { QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                              QStringLiteral("import"), QStringLiteral("aws-iam") }
                                + files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray said = r.out + r.err;
        QVERIFY2(
            said.contains(QStringLiteral("policy arn:aws:iam::aws:policy/NotInvoking has one default version in %1 "
                                         "and another in %2")
                              .arg(files.at(0), files.at(1))
                              .toUtf8()),
            said.constData());
    }

    // Entra Agent ID as Graph v1.0 answers a cast (GET /applications/microsoft.graph.agentIdentityBlueprint): the type
    // is named once, in @odata.context, not on each item. graph2otel's live captures: the blueprint and its principal
    // are an AI agent (they were an app registration and a service principal), each alone and both together.
    void anAgentBlueprintNamedByItsCastIsAnAgent_data()
    {
        QTest::addColumn<QStringList>("files");
        const QString dir = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/graph2otel-agent-id/");
        QTest::addRow("the blueprints") << QStringList { dir + "blueprints.json" };
        QTest::addRow("the blueprint principals") << QStringList { dir + "blueprint_principals.json" };
        QTest::addRow("both") << QStringList { dir + "blueprints.json", dir + "blueprint_principals.json" };
    }

    void anAgentBlueprintNamedByItsCastIsAnAgent()
    {
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli(QStringList { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph") }
                  + files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().toObject().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("robs-blueprint"));
        QCOMPARE(identities.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ai-agent"));
    }

    // graph2otel's live captures of queries narrowed by $select: the credential-expiry query leaves out
    // appOwnerOrganizationId, and Microsoft's Exchange Online and Azure Monitor Control Service were governed as the
    // tenant's, each orphaned; Microsoft Graph looked up for its roles ($select=id,appRoles) was an orphan named by its
    // object id. Passed over, each said.
    void microsoftsOwnPrincipalsNarrowedBySelectArePassedOver_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("said");
        QTest::addRow("the credential-expiry $select")
            << "entra/graph2otel-sp-select-credentials.json"
            << "2 × " RECERTIFY_SOURCE_DIR "/tests/data/entra/graph2otel-sp-select-credentials.json: "
               "Microsoft's own service principals";
        QTest::addRow("Microsoft Graph's roles looked up")
            << "entra/graph2otel-sp-graph-select-id-approles.json"
            << "a service principal read for its app roles only (no appId or displayName)";
    }

    void microsoftsOwnPrincipalsNarrowedBySelectArePassedOver()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(said.toUtf8()), r.out.constData());
        QCOMPARE(QJsonDocument::fromJson(
                     cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                     .array()
                     .size(),
                 0);
    }

    // graph2otel's live captures: app registrations narrowed to their credentials, imported first, then the beta report
    // of each credential's last sign-in (appCredentialSignInActivities, which names the app, not its principal): the
    // secret of "Tailscale Device Posture" last signed in on 2026-07-16. Each record was skipped as "whose service
    // principal is not in the input", the secret left "last used -" for good.
    void aCredentialsLastSignInReportedLaterIsKept()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        for (const char* file :
             { "graph2otel-applications-select-credentials.json", "graph2otel-appcredentialsigninactivities.json" }) {
            const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"),
                                      QStringLiteral("entra-graph"), data + QLatin1String(file) });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(!r.out.contains("88cdb829"), r.out.constData());
        }
        QString id;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array()) {
            if (i.toObject().value(QStringLiteral("displayName")).toString().startsWith(u"Tailscale"))
                id = QString::number(i.toObject().value(QStringLiteral("id")).toInt());
        }
        QVERIFY(!id.isEmpty());
        const QJsonObject shown
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("show"), id }).out)
                  .object();
        QStringList credentials;
        for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray())
            credentials << c.toObject().value(QStringLiteral("credentialId")).toString() + u' '
                    + c.toObject().value(QStringLiteral("lastUsedAt")).toString();
        QVERIFY2(credentials.contains(QStringLiteral("88cdb829-ffcc-43d9-b78c-2eb3ba1795dd 2026-07-16T23:58:01Z")),
                 qPrintable(credentials.join(u',')));
    }

    // graph2otel's live captures of a tenant's consent: client a551c556-… holds User.Read through
    // oauth2PermissionGrants (which names no client) and two app roles through Microsoft Graph's appRoleAssignedTo
    // ("principalDisplayName": "Meraki-IdP-Sync"). Whichever file comes first, in one import or two, the client is
    // named: it kept its object id for a name when the grants came first.
    void aClientIsNamedWhicheverFileComesFirst_data()
    {
        QTest::addColumn<QStringList>("runs"); // each run's files, separated by '+'
        const QString grants = QStringLiteral("graph2otel-consent-oauth2permissiongrants.json");
        const QString roles = QStringLiteral("graph2otel-consent-graph-approleassignedto-page1.json");
        QTest::newRow("grants first, one import") << QStringList { grants + u'+' + roles };
        QTest::newRow("roles first, one import") << QStringList { roles + u'+' + grants };
        QTest::newRow("grants, then roles") << QStringList { grants, roles };
        QTest::newRow("roles, then grants") << QStringList { roles, grants };
    }
    void aClientIsNamedWhicheverFileComesFirst()
    {
        QFETCH(QStringList, runs);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString failed = importInTurn(db, QStringLiteral("entra"), runs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QStringList named;
        for (const QJsonValue& i : identitiesIn(db)) {
            const QJsonObject o = i.toObject();
            if (o.value(QStringLiteral("nativeId")).toString() == u"a551c556-8de2-49cc-b289-ce3ab7938167")
                named << o.value(QStringLiteral("displayName")).toString();
        }
        QCOMPARE(named, QStringList { QStringLiteral("Meraki-IdP-Sync") });
    }

    // A service principal and its app registration imported apart are one identity, as one import of both makes it:
    // the registration's secrets on the principal (they were two identities, each reviewed, whichever came first).
    void anAppAndItsPrincipalImportedApartAreOne_data()
    {
        QTest::addColumn<QStringList>("runs"); // each run's files, separated by '+'
        const QString apps = QStringLiteral("graph-sp-credential-applications.json");
        const QString principals = QStringLiteral("graph-sp-credential-serviceprincipals.json");
        QTest::newRow("one import") << QStringList { apps + u'+' + principals };
        QTest::newRow("registrations, then principals") << QStringList { apps, principals };
        QTest::newRow("principals, then registrations") << QStringList { principals, apps };
        QTest::newRow("registrations, principals, registrations") << QStringList { apps, principals, apps };
    }
    void anAppAndItsPrincipalImportedApartAreOne()
    {
        QFETCH(QStringList, runs);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString failed = importInTurn(db, QStringLiteral("entra"), runs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QJsonArray identities = identitiesIn(db);
        QCOMPARE(identities.size(), 1);
        const QJsonObject one = identities.at(0).toObject();
        QCOMPARE(one.value(QStringLiteral("nativeId")).toString(),
                 QStringLiteral("66e30abb-1162-47a4-97e7-007bf57bb3ac"));
        QCOMPARE(one.value(QStringLiteral("kind")).toString(), QStringLiteral("service-principal"));
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        QStringList secrets;
        for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray())
            secrets << c.toObject().value(QStringLiteral("credentialId")).toString();
        QCOMPARE(secrets, QStringList { QStringLiteral("6449cb68-995e-4a16-8e14-13009429ef35") });
        // Read again, nothing changes.
        const RunResult again = cli(
            { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
              QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/") + runs.constLast().split(u'+').constFirst() });
        QVERIFY2(again.out.contains("0 added, 0 changed, 0 removed, 1 unchanged"), again.out.constData());
    }

    // An app registration listed without its object id (the Graph docs' own example), then with it, or the other way
    // round: one identity (it was two, one keyed by the appId and one by the id).
    void aRegistrationListedWithoutItsIdIsStillOne_data()
    {
        QTest::addColumn<QStringList>("files");
        const QString without = QStringLiteral("graph-docs-application-list-no-id.json");
        const QString with = QStringLiteral("graph-docs-application-list-with-id.json");
        QTest::newRow("without, then with") << QStringList { without, with };
        QTest::newRow("with, then without") << QStringList { with, without };
    }
    void aRegistrationListedWithoutItsIdIsStillOne()
    {
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        for (const QString& file : files) {
            const RunResult r
                = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
                        QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/") + file });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QJsonArray identities
            = QJsonDocument::fromJson(
                  cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                  .array();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("My app"));
    }

    // Deploy keys as the gh CLI's own test serves them (no url) and as gh repo deploy-key list --json writes them
    // (createdAt, readOnly): the read-write key writes, each key's creation is read, and the unnamed repository is
    // said.
    void deployKeysWithoutTheirUrlAreReadAndSaid_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        for (const char* format : { "github", "auto" }) {
            QTest::addRow("the REST answer in gh's test (%s)", format)
                << format << "github/gh-cli-deploy-key-list-rest.json";
            QTest::addRow("gh repo deploy-key list --json (%s)", format)
                << format << "github/gh-cli-deploy-key-list-json.json";
        }
    }
    void deployKeysWithoutTheirUrlAreReadAndSaid()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format,
                                  QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 deploy key(s) without their url"), r.out.constData());
        QHash<QString, QString> access;
        for (const char* id : { "1", "2" }) {
            const QJsonObject shown
                = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                QStringLiteral("show"), QLatin1String(id) })
                                              .out)
                      .object();
            QCOMPARE(shown.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2020-08-31T13:44:24Z"));
            const QJsonArray grants = shown.value(QStringLiteral("grants")).toArray();
            QCOMPARE(grants.size(), 1);
            access.insert(shown.value(QStringLiteral("nativeId")).toString(),
                          grants.at(0).toObject().value(QStringLiteral("permission")).toString());
        }
        QCOMPARE(access.value(QStringLiteral("deploy-key:1234")), QStringLiteral("contents:write"));
        QCOMPARE(access.value(QStringLiteral("deploy-key:5678")), QStringLiteral("contents:read"));
    }

    // Strimzi's install folder: its objects name no namespace, the ClusterRoleBindings in other files name myproject
    // for its account. Read as a folder it is what one stream of the same files is (the folder was refused).
    void anInstallFolderTakesTheNamespaceItsBindingsGive()
    {
        QTemporaryDir dir;
        const QString folder = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/strimzi-install");
        QFile stream(dir.filePath(QStringLiteral("install.yaml")));
        QVERIFY(stream.open(QIODevice::WriteOnly));
        for (const QFileInfo& file :
             QDir(folder).entryInfoList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
            QFile part(file.filePath());
            QVERIFY(part.open(QIODevice::ReadOnly));
            stream.write(part.readAll() + "\n---\n");
        }
        stream.close();
        QList<QStringList> grantsOf;
        for (const QString& input : { folder, stream.fileName() }) {
            const QString db = dir.filePath(QFileInfo(input).baseName() + QStringLiteral(".sqlite"));
            const RunResult r
                = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("k8s-rbac"), input });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains("taken as myproject, the namespace its ClusterRoleBindings give"),
                     r.out.constData());
            const QJsonObject shown
                = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                QStringLiteral("show"), QStringLiteral("1") })
                                              .out)
                      .object();
            QCOMPARE(shown.value(QStringLiteral("nativeId")).toString(),
                     QStringLiteral("system:serviceaccount:myproject:strimzi-cluster-operator"));
            QStringList grants;
            for (const QJsonValue& g : shown.value(QStringLiteral("grants")).toArray())
                grants << g.toObject().value(QStringLiteral("permission")).toString() + u'|'
                        + g.toObject().value(QStringLiteral("resourceScope")).toString() + u'|'
                        + g.toObject().value(QStringLiteral("grantedVia")).toString();
            grants.sort();
            grantsOf << grants;
        }
        QCOMPARE(grantsOf.at(0).size(), 277);
        QCOMPARE(grantsOf.at(0), grantsOf.at(1));
    }

    // CloudMapper's demo account: the credential report adds two users its export does not list. The same export
    // imported again proves nothing gone that came since (it retired both).
    void aListingImportedAgainRetiresNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudmapper/");
        for (const QString& file : { QStringLiteral("iam-get-account-authorization-details.json"),
                                     QStringLiteral("iam-get-credential-report.json") }) {
            const RunResult r
                = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"), data + file });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const RunResult again = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                                      data + QStringLiteral("iam-get-account-authorization-details.json") });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("0 removed") && again.out.contains("every file had been imported before"),
                 again.out.constData());
        QStringList active;
        for (const QJsonValue& i : identitiesIn(db)) {
            if (i.toObject().value(QStringLiteral("status")).toString() == u"active")
                active << i.toObject().value(QStringLiteral("displayName")).toString();
        }
        QVERIFY2(active.contains(QStringLiteral("auditor_tmp")) && active.contains(QStringLiteral("user")),
                 qPrintable(active.join(u',')));
    }

    // ScubaGear's mock tenant (principals without servicePrincipalType): its applications and its principals imported
    // apart, in either order, make the identities one import of both makes, of the same kinds (a principal imported
    // after its registration kept the registration's kind).
    void aTenantImportedInPartsIsTheTenantImportedWhole_data()
    {
        inEachOrder("scubagear-MockApplications.utf16.json", "scubagear-MockServicePrincipals.utf16.json",
                    "applications", "principals");
    }
    void aTenantImportedInPartsIsTheTenantImportedWhole()
    {
        QFETCH(QStringList, runs);
        QTemporaryDir dir;
        const auto held = [](const QJsonArray& identities) {
            QStringList out;
            for (const QJsonValue& i : identities)
                out << i.toObject().value(QStringLiteral("nativeId")).toString() + u' '
                        + i.toObject().value(QStringLiteral("kind")).toString();
            out.sort();
            return out;
        };
        const auto [whole, parts] = wholeAndInTurn(dir, runs);
        QVERIFY2(!whole.isEmpty(), "an import failed");
        QCOMPARE(held(identitiesIn(parts)), held(identitiesIn(whole)));
        QCOMPARE(identitiesIn(whole).size(), 7);
    }

    // A client's delegated grants and its app role assignments, each file a part of its grants, imported in turn again
    // and again: nothing changes after the first round (each run said "1 changed", a fingerprint flipping).
    void partsOfAClientsGrantsReadAgainChangeNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        const QStringList files { QStringLiteral("graph2otel-consent-oauth2permissiongrants.json"),
                                  QStringLiteral("graph2otel-consent-graph-approleassignedto-page1.json") };
        for (int round = 0; round < 2; ++round) {
            for (const QString& file : files) {
                const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"),
                                          QStringLiteral("entra-graph"), data + file });
                QVERIFY2(r.exitCode == 0, r.err.constData());
                if (round > 0)
                    QVERIFY2(r.out.contains(" 0 changed") && !r.out.contains("changed:"), r.out.constData());
            }
        }
    }

    // The Kubernetes docs' build-robot: its ServiceAccount (which lists a legacy token) and a token Secret of its own,
    // in one import or apart in either order, hold both tokens (the Secret's file alone took the listed one away).
    void anAccountsTokensAreTheSameWhicheverFileComesFirst_data()
    {
        QTest::addColumn<QStringList>("runs");
        const QString account = QStringLiteral("1-sa-build-robot.yaml");
        const QString secret = QStringLiteral("2-secret-build-robot-secret.yaml");
        QTest::newRow("one import") << QStringList { account + u'+' + secret };
        QTest::newRow("account, then secret") << QStringList { account, secret };
        QTest::newRow("secret, then account") << QStringList { secret, account };
    }
    void anAccountsTokensAreTheSameWhicheverFileComesFirst()
    {
        QFETCH(QStringList, runs);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        for (const QString& run : runs) {
            QStringList args { QStringLiteral("--db"),        db,
                               QStringLiteral("import"),      QStringLiteral("k8s-rbac"),
                               QStringLiteral("--namespace"), QStringLiteral("default") };
            for (const QString& file : run.split(u'+'))
                args << QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/k8sdocs-configure-service-account/")
                        + file;
            const RunResult r = cli(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QJsonObject shown = QJsonDocument::fromJson(cli({ QStringLiteral("--db"), db, QStringLiteral("--json"),
                                                                QStringLiteral("show"), QStringLiteral("1") })
                                                              .out)
                                      .object();
        QStringList tokens;
        for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray())
            tokens << c.toObject().value(QStringLiteral("credentialId")).toString();
        tokens.sort();
        QCOMPARE(tokens,
                 (QStringList { QStringLiteral("default/build-robot-secret"),
                                QStringLiteral("default/build-robot-token-bvbk5") }));
    }

    // Entra's report of each credential's last sign-in beside the applications, in one import or apart in either
    // order: the same findings. A reported last use 145 days back is dormant (it was only when both came in one import:
    // apart, the report's sign-in was taken for activity data that had ended).
    void aReportedLastSignInIsTheSameWhicheverFileComesFirst_data()
    {
        inEachOrder("graph2otel-applications-select-credentials.json", "graph2otel-appcredentialsigninactivities.json",
                    "applications", "the report");
    }
    void aReportedLastSignInIsTheSameWhicheverFileComesFirst()
    {
        QFETCH(QStringList, runs);
        QTemporaryDir dir;
        const auto findings = [](const QString& db) {
            QStringList lines = QString::fromUtf8(cli({ QStringLiteral("--db"), db, QStringLiteral("findings") }).out)
                                    .split(u'\n', Qt::SkipEmptyParts);
            // Since when each stands is left out: an identity the report names first dates from that sign-in.
            static const QRegularExpression since(QStringLiteral(" \\d{4}-\\d\\d-\\d\\d "));
            for (QString& line : lines)
                line.replace(since, QStringLiteral(" "));
            lines.sort();
            return lines;
        };
        const auto [whole, parts] = wholeAndInTurn(dir, runs);
        QVERIFY2(!whole.isEmpty(), "an import failed");
        const QStringList held = findings(parts);
        QCOMPARE(held, findings(whole));
        QVERIFY2(held.join(u'\n').contains(QRegularExpression(QStringLiteral("Tailscale Device Posture +dormant"))),
                 qPrintable(held.join(u'\n')));
    }

    // iam:* through a service-linked role's policy: only AWS may assume or edit the role, so it is no admin grant
    // (it was, high, while iam:PutRolePolicy through it rightly was not). cloudsplaining's own exclusion test.
    void aServiceLinkedRolesPolicyGrantsNoAdmin()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR
                                   "/tests/data/aws/iam/gaad-cloudsplaining-test-exclusions-service-role.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray shown = cli({ QStringLiteral("--db"), db, QStringLiteral("show"), QStringLiteral("1") }).out;
        QVERIFY2(shown.contains("iam:*"), shown.constData());
        const QByteArray findings = cli({ QStringLiteral("--db"), db, QStringLiteral("findings") }).out;
        QVERIFY2(!findings.contains("admin-grant"), findings.constData());
    }

    // The answer of addPassword (the new secret, returned once) saved in a folder beside the exports: passed over with
    // a warning to delete it, its secret stored nowhere (it was "not a Microsoft Graph object this importer reads",
    // with an empty path, and the warning that the file holds a live secret was lost).
    void aNewSecretInAFolderIsPassedOverAndSaid()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/");
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tenant")));
        for (const char* file :
             { "graph-beta-agentidentityblueprint-list.json", "graph-beta-agentidentityblueprint-addpassword.json" })
            QVERIFY(
                QFile::copy(data + QLatin1String(file), dir.filePath(QStringLiteral("tenant/")) + QLatin1String(file)));
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("entra-graph"),
                                  dir.filePath(QStringLiteral("tenant")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("graph-beta-agentidentityblueprint-addpassword.json: a new client secret as Microsoft "
                                "Graph returns it once (addPassword)")
                     && r.out.contains("delete the file"),
                 r.out.constData());
        for (const QString& file : QStringList { db, db + QStringLiteral("-wal") }) {
            QFile store(file);
            if (store.open(QIODevice::ReadOnly))
                QVERIFY2(!store.readAll().contains("REDACTED"), qPrintable(file));
        }
    }

    // A folder of servers, one kept as its inspector saved it (initialize.json, tools.json), one as its stdio
    // session was captured (go-sdk's conformance server, one message per line, saved .jsonl): two agents, each named by
    // its serverInfo. The capture was passed over as "not mcp-tools input by name".
    void aFolderOfServersReadsTheirStdioCaptures()
    {
        QTemporaryDir dir;
        const QString data = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/mcp/");
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("servers/filesystem")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("servers/conformance")));
        for (const char* file : { "initialize.json", "tools.json" })
            QVERIFY(QFile::copy(data + QLatin1String("servers/filesystem/") + QLatin1String(file),
                                dir.filePath(QStringLiteral("servers/filesystem/")) + QLatin1String(file)));
        QVERIFY(QFile::copy(data + QStringLiteral("go-sdk-conformance/stdout.jsonl"),
                            dir.filePath(QStringLiteral("servers/conformance/stdout.jsonl"))));
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("mcp-tools"),
                                  dir.filePath(QStringLiteral("servers")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains("stdout.jsonl"), r.out.constData()); // not "passed over"
        QMap<QString, int> agents;
        for (const QJsonValue& i :
             QJsonDocument::fromJson(
                 cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                 .array())
            agents.insert(i.toObject().value(QStringLiteral("displayName")).toString(),
                          i.toObject().value(QStringLiteral("grants")).toInt());
        QCOMPARE(agents.keys(),
                 QStringList({ QStringLiteral("secure-filesystem-server"), QStringLiteral("testServer") }));
        QCOMPARE(agents.value(QStringLiteral("testServer")), 4); // greet, inc, structured, tomorrow
    }

    // The IAM guide's cross-account AssumeRole, as the role's account logs it (userIdentity type AWSAccount): the role
    // is in use, by the account its trust policy let in, though the caller is no identity of this account (it was
    // passed over as "principal type AWSAccount", and a vendor's integration role stayed dormant).
    void aRoleAnotherAccountAssumesIsInUse()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-cloudtrail"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/cloudtrail/awsdocs-iam-sts-examples.json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(!r.out.contains("principal type AWSAccount"), r.out.constData());
        const QByteArray shown = cli({ QStringLiteral("--db"), db, QStringLiteral("show"),
                                       QStringLiteral("arn:aws:iam::111122223333:role/EC2-dev") })
                                     .out;
        QVERIFY2(shown.contains("2014-07-18  assumed-by:777788889999 allowed  1"), shown.constData());
        QVERIFY2(shown.contains("Last used:                2014-07-18"), shown.constData());
    }

    void kubernetesEscalationPathsAreAdminGrants_data()
    {
        QTest::addColumn<QString>("fixture");
        // Each open admin-grant finding: its subject | its detail (one finding per binding, the binding named first
        // when it gives several).
        QTest::addColumn<QStringList>("admin");
        QTest::addRow(
            "flux: minting tokens and reading Secrets cluster-wide, cluster-admin; * * in its own groups is not")
            << "k8s/flux2-rbac"
            << QStringList { "create serviceaccounts/token | 4 admin permission(s) through clusterrolebinding/"
                             "crd-controller -> clusterrole/crd-controller: create serviceaccounts/token, get secrets, "
                             "list secrets, watch secrets",
                             "role:ClusterRole/cluster-admin | role:ClusterRole/cluster-admin through "
                             "clusterrolebinding/cluster-reconciler -> clusterrole/cluster-admin" };
        QTest::addRow("Longhorn on OKD: OpenShift's own privileged SCC, its body not in the input; reading Secrets")
            << "k8s/longhorn-okd.yaml"
            << QStringList { "* clusterroles | 8 admin permission(s) through clusterrolebinding/longhorn-bind -> "
                             "clusterrole/longhorn-role: * clusterroles, create mutatingwebhookconfigurations, create "
                             "validatingwebhookconfigurations, get secrets, list secrets, patch "
                             "mutatingwebhookconfigurations, …",
                             "* roles | 2 admin permission(s) through rolebinding/longhorn-system/longhorn -> "
                             "role/longhorn: * roles, * serviceaccounts",
                             "role:ClusterRole/cluster-admin | role:ClusterRole/cluster-admin through "
                             "clusterrolebinding/longhorn-support-bundle -> clusterrole/cluster-admin",
                             "use securitycontextconstraints | use securitycontextconstraints through "
                             "clusterrolebinding/longhorn-ocp-privileged-bind -> "
                             "clusterrole/longhorn-ocp-privileged-role" };
        QTest::addRow("rbac-tool: wildcards in the Gateway API's group only")
            << "k8s/rbac-tool-whocan-gateway-api-operator.yaml" << QStringList {};
        // A shell in any pod (pods/exec) is that pod's service account; creating PersistentVolumes is left out.
        QTest::addRow("Rook's operator: a shell in any pod, workloads and Secrets cluster-wide")
            << "k8s/rook-common.yaml"
            << QStringList { "create cronjobs | 10 admin permission(s) through clusterrolebinding/rook-ceph-global -> "
                             "clusterrole/rook-ceph-global: create cronjobs, create deployments, create jobs, create "
                             "replicasets, get secrets, list secrets, …",
                             "create pods/exec | create pods/exec through clusterrolebinding/rook-ceph-system -> "
                             "clusterrole/rook-ceph-system",
                             "get secrets | get secrets through clusterrolebinding/objectstorage-provisioner-role-"
                             "binding -> clusterrole/objectstorage-provisioner-role" };
        QTest::addRow("OpenShift: the privileged SCC, which lets a pod reach its node")
            << "k8s/openshift-scc-privileged.yaml"
            << QStringList { "use securitycontextconstraints | use securitycontextconstraints through "
                             "securitycontextconstraints/privileged (users)" };
        QTest::addRow("OpenShift: the hostaccess SCC granted through RBAC's use, by its ClusterRole")
            << "k8s/openshift-scc-rbac"
            << QStringList {
                   "use securitycontextconstraints | use securitycontextconstraints through clusterrolebinding/"
                   "spire-spiffe-csi-driver-use-hostaccess-scc -> clusterrole/system:openshift:scc:hostaccess"
               };
    }

    void kubernetesEscalationPathsAreAdminGrants()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, admin);
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"), path });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const RunResult findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") });
        QVERIFY2(findings.exitCode == 0, findings.err.constData());
        QSet<QString> subjects;
        for (const QJsonValue& f : QJsonDocument::fromJson(findings.out).array()) {
            if (f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("admin-grant"))
                subjects.insert(f.toObject().value(QStringLiteral("subject")).toString() + QStringLiteral(" | ")
                                + f.toObject().value(QStringLiteral("detail")).toString());
        }
        QStringList got = subjects.values();
        got.sort();
        QCOMPARE(got, admin);
    }

    // Popeye's lint test cluster: two RoleBindings name default/sa-bozo, which the namespace's listed accounts do not
    // hold. No such account exists: said, and no identity made; one an earlier input (the bindings alone) made is
    // retired by the listing, as the listing alone would.
    void aBindingToAnAccountTheListingLacksMakesNoIdentity()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString cluster = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/popeye-lint-testdata");
        const auto names = [&] {
            QStringList out;
            const QJsonArray identities
                = QJsonDocument::fromJson(
                      cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                      .array();
            for (const QJsonValue& i : identities) {
                if (i.toObject().value(QStringLiteral("status")).toString() != QLatin1String("retired"))
                    out << i.toObject().value(QStringLiteral("displayName")).toString();
            }
            out.sort();
            return out;
        };
        const RunResult bindings = cli({ QStringLiteral("--db"), db, QStringLiteral("import"),
                                         QStringLiteral("k8s-rbac"), cluster + QStringLiteral("/auth-rob-2.yaml") });
        QVERIFY2(bindings.exitCode == 0, bindings.err.constData());
        QVERIFY2(names().contains(QStringLiteral("default/sa-bozo")), bindings.out.constData());
        const RunResult all
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("k8s-rbac"), cluster });
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY2(all.out.contains("rolebinding/default/rb2, rolebinding/default/rb3 names service account "
                                  "default/sa-bozo, which the input's list of namespace default's accounts does not "
                                  "hold")
                     && all.out.contains("1 removed"),
                 all.out.constData());
        QCOMPARE(names(),
                 QStringList(
                     { "default/default", "default/sa1", "default/sa2", "default/sa3", "default/sa4", "default/sa5" }));
        // In a new store the same: the six listed accounts only.
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const RunResult once
            = cli({ QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("k8s-rbac"), cluster });
        QVERIFY2(once.exitCode == 0 && once.out.contains("k8s-rbac: 6 added"), once.out.constData());
    }

    // The Graph docs' answer to assigning an app role, shortened (no appRoleId): an app role assignment still, held
    // by a user, so passed over by name rather than called no assignment.
    void aShortenedAppRoleAssignmentIsReadAsOne()
    {
        QTemporaryDir dir;
        const RunResult r = cli(
            { QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("import"),
              QStringLiteral("auto"),
              QStringLiteral(RECERTIFY_SOURCE_DIR
                             "/tests/data/entra/graph-docs-serviceprincipal-post-approleassignments-response.json") });
        QVERIFY2(r.exitCode == 0 && r.out.contains("an app role assigned to a User, not to a workload identity"),
                 QByteArray(r.out + r.err).constData());
    }

    // cloudsplaining's 2020 example account: obama holds PassRole twice, through AWSCloudTrailFullAccess (passed to
    // CloudTrail only) and AWSLambdaFullAccess (beside lambda:*): the escalation names the policy that makes it.
    void aPassRoleEscalationNamesThePolicyThatMakesIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult imported
            = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("aws-iam"),
                    QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/gaad-cloudsplaining-example-2020.json") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const RunResult findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") });
        QStringList passRole;
        for (const QJsonValue& f : QJsonDocument::fromJson(findings.out).array()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("admin-grant")
                && o.value(QStringLiteral("subject")).toString() == QLatin1String("iam:PassRole"))
                passRole << o.value(QStringLiteral("displayName")).toString() + QStringLiteral(": ")
                        + o.value(QStringLiteral("detail")).toString();
        }
        passRole.sort();
        QVERIFY2(!passRole.isEmpty(), findings.out.constData());
        for (const QString& line : std::as_const(passRole))
            QVERIFY2(line.contains(QLatin1String("AWSLambdaFullAccess")) && !line.contains(QLatin1String("CloudTrail")),
                     qPrintable(passRole.join(u'\n')));
        QVERIFY2(std::any_of(passRole.cbegin(), passRole.cend(),
                             [](const QString& l) { return l.startsWith(QLatin1String("obama: ")); }),
                 qPrintable(passRole.join(u'\n')));
    }

    // Calico's operator manifest four RBAC commits later: the run says what the operator's account gained and lost,
    // not only "1 changed", and applying the same release again says nothing changed.
    void aNewReleaseSaysWhatItsGrantsGainedAndLost()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString releases = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/calico-operator-releases/");
        const auto import = [&](const QString& file) {
            return cli(
                { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("k8s-rbac"), releases + file });
        };
        const RunResult first = import(QStringLiteral("1-tigera-operator.yaml"));
        QVERIFY2(first.exitCode == 0 && !first.out.contains("changed:"), first.out.constData());
        const RunResult second = import(QStringLiteral("2-tigera-operator.yaml"));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("0 added, 1 changed"), second.out.constData());
        QVERIFY2(second.out.contains("changed: tigera-operator/tigera-operator: 20 grant(s) added: create "
                                     "validatingadmissionpolicies (cluster;apiGroups=admissionregistration.k8s.io)")
                     && second.out.contains("15 more; 1 grant(s) removed: update mutatingwebhookconfigurations "
                                            "(cluster;apiGroups=admissionregistration.k8s.io;names=envoy-gateway-"
                                            "topology-injector.tigera-gateway)"),
                 second.out.constData());
        const RunResult again
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"),
                    QStringLiteral("k8s-rbac"), releases + QStringLiteral("2-tigera-operator.yaml") });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(again.out).object();
        QVERIFY2(report.contains(QStringLiteral("changes")), again.out.constData());
        QCOMPARE(report.value(QStringLiteral("changes")).toArray().size(), 0);
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 1);
    }

    // Az PowerShell's recorded Graph answers for one app registration: a second secret added, then removed. Each run
    // says which secret (by its key id), not only "1 changed".
    void anAppRegistrationsSecretsChangingAreSaid()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString recorded
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/azps-application-secret-sequence/");
        QStringList said;
        for (const char* file : { "1-list-applications.json", "2-get-application.json", "3-list-applications.json" }) {
            const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                      recorded + QLatin1String(file) });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QString changed;
            for (const QByteArray& line : r.out.split('\n')) {
                if (line.startsWith("changed: "))
                    changed = QString::fromUtf8(line);
            }
            said << changed;
        }
        QCOMPARE(said,
                 QStringList({ QString(),
                               QStringLiteral("changed: 2021-10-12-testapp102tdqfx: 1 credential(s) added: secret "
                                              "36ac2c6c-1923-4e73-9f3d-784cf3be5557"),
                               QStringLiteral("changed: 2021-10-12-testapp102tdqfx: 1 credential(s) removed: secret "
                                              "36ac2c6c-1923-4e73-9f3d-784cf3be5557") }));
    }

    // A rename and a suspension are said with what changed: hub4j's recorded installation three years on (its App
    // named, all repositories instead of selected ones), octokit's suspend and unsuspend deliveries either way round.
    void anInstallationRenamedOrSuspendedIsSaid_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("suspendedInRecertify"); // after the first run, by a reviewer
        QTest::addColumn<QString>("said"); // the start of the second run's line
        // The first answer names no App: its name was a stand-in, so "shown as", not "renamed".
        QTest::addRow("hub4j: named and widened")
            << QStringList { "github/hub4j-installation-sequence/1-installation-by-org-2019.json",
                             "github/hub4j-installation-sequence/2-user-installation-2022.json" }
            << false
            << "changed: bogus-testing (bogus): shown as installation 11111111 (bogus) before; 4 grant(s) added: "
               "checks:write (bogus:repositories=all)";
        // Suspended in Recertify, not at GitHub: the next answer enables nothing, and says only what GitHub changed.
        QTest::addRow("hub4j: suspended by a reviewer in between")
            << QStringList { "github/hub4j-installation-sequence/1-installation-by-org-2019.json",
                             "github/hub4j-installation-sequence/2-user-installation-2022.json" }
            << true << "changed: bogus-testing (bogus): 4 grant(s) added: checks:write (bogus:repositories=all)";
        QTest::addRow("octokit: suspended, then unsuspended")
            << QStringList { "github/webhook-installation-suspend.octokit.json",
                             "github/webhook-installation-unsuspend.octokit.json" }
            << false << "changed: installation 16598467 (Codertocat): enabled again\n";
        QTest::addRow("octokit: unsuspended, then suspended")
            << QStringList { "github/webhook-installation-unsuspend.octokit.json",
                             "github/webhook-installation-suspend.octokit.json" }
            << false << "changed: installation 16598467 (Codertocat): disabled at its source\n";
    }

    void anInstallationRenamedOrSuspendedIsSaid()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, suspendedInRecertify);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QByteArray out;
        for (const QString& file : files) {
            const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("github"),
                                      QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + file });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            out = r.out;
            if (suspendedInRecertify && file == files.constFirst()) {
                const RunResult s = cli({ QStringLiteral("--db"), db, QStringLiteral("lifecycle"), QStringLiteral("1"),
                                          QStringLiteral("--to"), QStringLiteral("suspended"),
                                          QStringLiteral("--reason"), QStringLiteral("review") });
                QVERIFY2(s.exitCode == 0, s.err.constData());
            }
        }
        QVERIFY2(out.contains("0 added, 1 changed") && out.contains(said.toUtf8()), out.constData());
        QVERIFY2(!suspendedInRecertify || !out.contains("enabled again"), out.constData());
        if (suspendedInRecertify) {
            // Still suspended, and disabled: the answer did not undo what the reviewer did.
            const QJsonObject held
                = QJsonDocument::fromJson(
                      cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out)
                      .array()
                      .at(0)
                      .toObject();
            QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
            QCOMPARE(held.value(QStringLiteral("enabled")).toBool(), false);
        }
        // The same answer again says nothing changed.
        const RunResult again = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("github"),
                                      QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + files.constLast() });
        QVERIFY2(again.exitCode == 0 && !again.out.contains("changed:"), again.out.constData());
    }

    // Below administrator, what reaches every user's content or deletes at large is said (medium): Graph's
    // application permissions to mail, minikube's storage provisioner deleting any volume; an administrator's
    // findings say more, and nothing is piled on them.
    void grantsReachingAtLargeAreSaid_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("subjects"); // the distinct subjects of open sensitive-grant findings
        QTest::addRow("Graph docs: an app granted Mail.ReadWrite")
            << "entra/graph-docs-serviceprincipal-list-approleassignments.json" << QStringList { "Mail.ReadWrite" };
        QTest::addRow("Graph docs: delegated grants reach the signed-in user's data only")
            << "entra/graph-docs-oauth2permissiongrant-list.json" << QStringList {};
        QTest::addRow("CLI for Microsoft 365: User.Read.All reads the directory, not users' content")
            << "entra/m365cli/approleassignments.json" << QStringList {};
        // Its bootstrap signer and token cleaner read kube-system's Secrets: one finding each, not one per verb.
        QTest::addRow("minikube's storage provisioner deletes any PersistentVolume, and is no administrator")
            << "real/kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json"
            << QStringList { "delete persistentvolumes", "secrets in kube-system" };
        // Dex and the notifications controller read argocd's Secrets.
        QTest::addRow("Argo CD's server deletes anything cluster-wide, but reads Secrets there too: its "
                      "administrator's findings say more")
            << "k8s/argocd-install-rbac.yaml" << QStringList { "secrets in argocd" };
        QTest::addRow("Longhorn on OKD: volumes and CRDs cluster-wide, beside cluster-admin")
            << "k8s/longhorn-okd.yaml" << QStringList {};
        QTest::addRow("flux: * * in its own API groups deletes only its own kinds; cluster-admin is said as admin")
            << "k8s/flux2-rbac" << QStringList {};
        // Kubescape's own expected result flags this account: every verb on pods in its namespace.
        QTest::addRow("kubescape: a ClusterRole's * pods bound in namespace default makes pods as any of its accounts")
            << "k8s/kubescape-clusterrole-via-rolebinding" << QStringList { "workloads in default" };
        // Writing code and workflows on all of an account's repositories: one finding naming both.
        QTest::addRow("octokit: an installation writing contents and workflows on all repositories")
            << "github/webhook-installation-unsuspend.octokit.json" << QStringList { "all repositories of Codertocat" };
        QTest::addRow("Kubernetes docs: reading pods in a namespace reaches no Secret")
            << "k8s/rolebinding-read-pods.yaml" << QStringList {};
    }

    void grantsReachingAtLargeAreSaid()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, subjects);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult imported = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("auto"),
                                         QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const RunResult findings
            = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("findings") });
        QVERIFY2(findings.exitCode == 0, findings.err.constData());
        QSet<QString> got;
        for (const QJsonValue& f : QJsonDocument::fromJson(findings.out).array()) {
            if (f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("sensitive-grant")) {
                got.insert(f.toObject().value(QStringLiteral("subject")).toString());
                QCOMPARE(f.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
            }
        }
        QStringList sorted = got.values();
        sorted.sort();
        QCOMPARE(sorted, subjects);
        // One finding per namespace names every verb that reaches its Secrets, in order (subjects above are per
        // namespace, not per verb).
        for (const QJsonValue& f : QJsonDocument::fromJson(findings.out).array()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("sensitive-grant")
                || !o.value(QStringLiteral("subject")).toString().startsWith(QLatin1String("secrets in ")))
                continue;
            const QString detail = o.value(QStringLiteral("detail")).toString();
            QVERIFY2(detail.startsWith(QLatin1String("get secrets, list secrets, watch secrets in namespace "))
                         || detail.startsWith(QLatin1String("list secrets, watch secrets in namespace ")),
                     qPrintable(detail));
        }
    }

    void whatIsNotAnInputIsRefusedWithWhatItIs_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("said"); // what the refusal says the file is
        QTest::addRow("Entra's AuditLogs table as Log Analytics exports it (PascalCase, one row per line)")
            << "entra-graph"
            << "entra/refused/otrf-goldensaml-aadauditevents.json"
            << "Entra's directory audit log, which records changes to the directory";
        for (const char* format : { "mcp-tools", "auto" })
            QTest::addRow("the MCP specification's tools/list request, not its answer (%s)", format)
                << format << "mcp/refused/spec-2025-11-25-tools-list-request.json"
                << "a JSON-RPC request (tools/list) as a client sends it to the server, not the server's answer";
        QTest::addRow("The AWS CLI docs' get-credential-report answer, its Content left out (auto)")
            << "auto"
            << "aws/refused/awscli-docs-get-credential-report-no-content.json"
            << "Content: expected the report (the answer of aws iam get-credential-report)";
        QTest::addRow("Entra's AuditLogs table as Log Analytics exports it (auto)")
            << "auto"
            << "entra/refused/otrf-goldensaml-aadauditevents.json"
            << "Entra's directory audit log, which records changes to the directory";
        QTest::addRow("an MCP server's tool names alone") << "mcp-tools"
                                                          << "mcp/refused/okta-mcp-server-tool-names.json"
                                                          << "a list of 108 name(s), not tools";
        QTest::addRow("rbac-manager's RBACDefinition, the custom resource it makes bindings from")
            << "k8s-rbac"
            << "k8s/refused/rbac-manager-rbacdefinition-everything.yaml"
            << "only RBACDefinition: expected";
        QTest::addRow("an MCP tools/call answer alone")
            << "mcp-tools"
            << "mcp/mcp-agent-mail/inbox_check.json"
            << "the answer to a tools/call, one tool's output, holds no tools";
        QTest::addRow("aws iam list-service-specific-credentials (auto)")
            << "auto"
            << "aws/iam/awscli-list-service-specific-credentials.json"
            << "aws iam list-service-specific-credentials";
        QTest::addRow("aws iam list-ssh-public-keys (auto)") << "auto"
                                                             << "aws/iam/awscli-list-ssh-public-keys.json"
                                                             << "aws iam list-ssh-public-keys";
        QTest::addRow("aws iam get-access-key-last-used (auto)") << "auto"
                                                                 << "aws/iam/awscli-get-access-key-last-used.json"
                                                                 << "aws iam get-access-key-last-used";
        QTest::addRow("aws sts assume-role (auto)") << "auto"
                                                    << "aws/iam/awscli-sts-assume-role.json"
                                                    << "aws sts assume-role";
        QTest::addRow("the Inspector's history whose only tools/list was refused")
            << "auto"
            << "mcp/inspector/history-tools-list-refused.json"
            << "the server answered tools/list with error -32603: Internal error";
        QTest::addRow("a GitHub App's definition (auto)") << "auto"
                                                          << "github/pygithub-app-definition-github-actions.json"
                                                          << "GitHub App's definition";
        QTest::addRow("a GitHub App's definition (github)") << "github"
                                                            << "github/pygithub-app-definition-github-actions.json"
                                                            << "GitHub App's definition";
        QTest::addRow("an installation access token (auto)") << "auto"
                                                             << "github/pygithub-installation-access-token.json"
                                                             << "live secret";
        QTest::addRow("an OAuth token exchange (auto)") << "auto"
                                                        << "github/pygithub-oauth-token-exchange.json"
                                                        << "access token";
        QTest::addRow("a person's public SSH keys (auto)") << "auto"
                                                           << "github/pygithub-user-public-keys.json"
                                                           << "a person's public SSH keys";
        QTest::addRow("a list of Actions secrets (auto)") << "auto"
                                                          << "github/pygithub-org-actions-secrets.json"
                                                          << "GitHub Actions secrets";
        QTest::addRow("IAM Access Analyzer findings (auto)") << "auto"
                                                             << "aws/accessanalyzer/awscli-list-findings-v2.json"
                                                             << "IAM Access Analyzer findings";
        QTest::addRow("IAM Access Analyzer findings, named as Access Advisor")
            << "aws-access-advisor"
            << "aws/accessanalyzer/awscli-list-findings-v2.json"
            << "IAM Access Analyzer findings";
        QTest::addRow("Bedrock model invocation logs (auto)") << "auto"
                                                              << "aws/bedrock/elastic-model-invocation-log.json"
                                                              << "Bedrock model invocation logs";
        QTest::addRow("Sentinel's AWSCloudTrail table as CSV (auto)") << "auto"
                                                                      << "aws/sentinel-awscloudtrail-authentication.csv"
                                                                      << "Sentinel's AWSCloudTrail table";
        QTest::addRow("an S3 event notification, named as CloudTrail") << "aws-cloudtrail"
                                                                       << "aws/cloudtrail-misc/lambda-go-s3-event.json"
                                                                       << "S3 event notifications";
        QTest::addRow("a GitHub App's installation requests (auto)") << "auto"
                                                                     << "github/hub4j-installation-requests.json"
                                                                     << "installation requests";
        QTest::addRow("a GitHub App's installation requests (github)") << "github"
                                                                       << "github/hub4j-installation-requests.json"
                                                                       << "installation requests";
        QTest::addRow("the Azure MCP Server's bundle, whose tools are made at run time (auto)")
            << "auto"
            << "mcp/azure-mcp-bundle-manifest-no-tools.json"
            << "declares no tools";
        QTest::addRow("cert-manager's Helm template, not rendered (auto)")
            << "auto"
            << "k8s/refused/cert-manager-helm-rbac-template.yaml"
            << "line 1: a template ({{ … }}, as in a Helm chart), not a manifest";
        QTest::addRow("ingress-nginx's Helm template, not rendered (auto)")
            << "auto"
            << "k8s/refused/ingress-nginx-helm-clusterrole-template.yaml"
            << "render it first (helm template";
        QTest::addRow("kintone's tools_list.json, a Go template (auto)")
            << "auto"
            << "mcp/refused/kintone-tools_list.json"
            << "line 1: a template ({{ … }}) whose values are not filled in";
        QTest::addRow("kintone's tools_list.json, a Go template (mcp-tools): no Kubernetes advice")
            << "mcp-tools"
            << "mcp/refused/kintone-tools_list.json"
            << "import what the program it belongs to writes when it runs";
        QTest::addRow("an MCP sampling request that offers a model tools (auto): no agent made of it")
            << "auto"
            << "mcp/refused/mcp-schema-sampling-request-with-tools.json"
            << "an MCP sampling request (sampling/createMessage)";
        QTest::addRow("an MCP sampling request that offers a model tools (mcp-tools)")
            << "mcp-tools"
            << "mcp/refused/mcp-schema-sampling-request-with-tools.json"
            << "not a server's list of tools";
        QTest::addRow("an Organizations access report, which names no principal (auto): not an empty import")
            << "auto"
            << "aws/refused/botocore-get-organizations-access-report.json"
            << "an AWS Organizations access report";
        QTest::addRow("an Organizations access report (aws-access-advisor)")
            << "aws-access-advisor"
            << "aws/refused/botocore-get-organizations-access-report.json"
            << "run generate-service-last-accessed-details for each role or user";
        QTest::addRow("a Git LFS pointer (auto)") << "auto"
                                                  << "aws/refused/splunk-attack-data-lfs-pointer.json"
                                                  << "a Git LFS pointer";
        QTest::addRow("a ZIP archive (auto)") << "auto"
                                              << "aws/refused/cloudtrail2sightings-cloudtrail.zip"
                                              << "a ZIP archive";
        QTest::addRow("Microsoft Graph activity logs (auto)") << "auto"
                                                              << "entra/elastic-graphactivitylogs.log"
                                                              << "Microsoft Graph activity logs";
        QTest::addRow("Microsoft Graph activity logs (entra-graph): not called broken JSON")
            << "entra-graph"
            << "entra/elastic-graphactivitylogs.log"
            << "Microsoft Graph activity logs";
        QTest::addRow("a new client secret from addPassword (entra-graph): the secret is said too")
            << "entra-graph"
            << "entra/graph-beta-agentidentityblueprint-addpassword.json"
            << "It holds the secret itself, which may still be valid";
        // Scanners' reports judge an estate; they are not one.
        for (const char* format : { "auto", "aws-cloudtrail" })
            QTest::addRow("Prowler's findings in OCSF (%s)", format)
                << format << "aws/refused/prowler-example-output-aws.ocsf.json"
                << "findings of Prowler";
        QTest::addRow("Prowler's CSV report, ';'-separated (auto)")
            << "auto"
            << "k8s/refused/prowler-example-output-kubernetes.csv"
            << "a Prowler scan report (CSV)";
        for (const char* format : { "auto", "aws-iam" })
            QTest::addRow("cloudsplaining's scan results (%s)", format)
                << format << "aws/refused/cloudsplaining-scan-results-missing-constraints-v2.json"
                << "cloudsplaining's scan results";
        // Microsoft's other logs, one record per line: named, not called broken JSON.
        for (const char* format : { "auto", "entra-graph" }) {
            QTest::addRow("Microsoft 365's unified audit log (%s)", format)
                << format << "entra/refused/plaso-microsoft-audit-log.jsonl"
                << "Microsoft 365's unified audit log";
            QTest::addRow("Azure's activity log (%s)", format)
                << format << "entra/refused/plaso-azure-activity-log.jsonl"
                << "Azure's activity log";
        }
        // The docs' single credential wrapped in "value": {…}: read as the one entity it is.
        for (const char* format : { "auto", "entra-graph" })
            QTest::addRow("Graph docs: one federated credential under \"value\" (%s)", format)
                << format << "entra/refused/graph-docs-beta-federatedidentitycredential-get.json"
                << "credentials of bcd7c908-1c4d-4d48-93ee-ff38349a75c8, which the input does not hold";
        // The IAM Query API's own XML answer, as SDK tests keep it.
        for (const char* format : { "auto", "aws-iam" })
            QTest::addRow("the IAM API's XML answer (%s)", format)
                << format << "aws/refused/erlcloud-get-account-authorization-details-response.xml"
                << "an AWS API's XML answer (GetAccountAuthorizationDetailsResponse)";
        QTest::addRow("a new client secret from addPassword (auto)")
            << "auto"
            << "entra/graph-beta-agentidentityblueprint-addpassword.json"
            << "It holds the secret itself, which may still be valid";
        QTest::addRow("GitHub secret scanning alerts (github): not called installations without ids")
            << "github"
            << "github/refused/gogithub-org-secret-scanning-alerts.json"
            << "GitHub secret scanning alerts";
        QTest::addRow("GitHub secret scanning alerts (auto)")
            << "auto"
            << "github/refused/gogithub-org-secret-scanning-alerts.json"
            << "GitHub secret scanning alerts";
        QTest::addRow("OCSF of an EKS audit Event (k8s-audit): the cluster's audit log, not a trail")
            << "k8s-audit"
            << "k8s/refused/ocsf-examples-eks-api-activity.json"
            << "of a Kubernetes cluster's audit log";
        // Audit Events without their times are an audit log still: said so, never sent to the RBAC reader.
        QTest::addRow("Panther's EKS audit Events without times (auto)")
            << "auto"
            << "k8s/refused/panther-eks-audit-without-times.jsonl"
            << "line 1: stageTimestamp: missing, and requestReceivedTimestamp too";
        QTest::addRow("Panther's EKS audit Events without times (k8s-audit): no other format suggested")
            << "k8s-audit"
            << "k8s/refused/panther-eks-audit-without-times.jsonl"
            << "any window (give the events as the API server or the cluster's log service wrote them)\n";
        QTest::addRow("kube-audit-rest's README lines, which carry their time (k8s-audit): refused for the reads")
            << "k8s-audit"
            << "k8s/refused/kube-audit-rest-readme-example.log"
            << "which leave out every read";
        QTest::addRow("a ping webhook (auto)") << "auto"
                                               << "github/webhook-ping-with-app_id.octokit.json"
                                               << "GitHub webhook delivery (ping)";
        QTest::addRow("a check_run webhook, which carries an App but no installation (auto)")
            << "auto"
            << "github/webhook-check_run-created.octokit.json"
            << "describes no App installation";
        QTest::addRow("kube-audit-rest's AdmissionReviews (auto)") << "auto"
                                                                   << "k8s/refused/kube-audit-rest-admissionreview.log"
                                                                   << "AdmissionReview";
        QTest::addRow("kube-audit-rest's AdmissionReviews (k8s-audit)")
            << "k8s-audit"
            << "k8s/refused/kube-audit-rest-admissionreview.log"
            << "AdmissionReview";
        QTest::addRow("an MCP Bundle manifest without tools (auto)") << "auto"
                                                                     << "mcp/mcpb-invalid-manifest-no-tools.json"
                                                                     << "declares no tools";
        QTest::addRow("VS Code's settings with an empty mcp block (auto)")
            << "auto"
            << "mcp/client-config/vscode-settings-empty-mcp.json"
            << "MCP client configuration";
        QTest::addRow("sign-in records stripped of their properties (auto): the line")
            << "auto"
            << "entra/elastic-signinlogs-time-formats.log"
            << "line 1: a sign-in log record without the properties";
        QTest::addRow("sign-in records stripped of their properties (entra-graph): the line, not invalid JSON")
            << "entra-graph"
            << "entra/elastic-signinlogs-time-formats.log"
            << "line 1: a sign-in log record without the properties";
        QTest::addRow("ToolHive's registry with remote servers (mcp-tools)")
            << "mcp-tools"
            << "mcp/registry/toolhive-registry-with-remote-servers.json"
            << "MCP registry entry";
        QTest::addRow("a Cribl capture holding CloudTrail records as strings (auto)")
            << "auto"
            << "aws/refused/cribl-cloudtrail-capture.json"
            << "keeps each CloudTrail record as a string";
        QTest::addRow("a Jest snapshot is not called CSV (auto)") << "auto"
                                                                  << "mcp/notion-spec.snapshot.test.ts.snap"
                                                                  << "not JSON, Kubernetes YAML";
        QTest::addRow("an S3 event notification (auto)") << "auto"
                                                         << "aws/s3-event-notification-put.json"
                                                         << "Amazon S3 event notifications";
        QTest::addRow("a Graph error body (Entra)") << "entra-graph"
                                                    << "entra/graph-error-authorization-requestdenied.json"
                                                    << "Microsoft Graph error";
        QTest::addRow("a Graph error body (auto)") << "auto"
                                                   << "entra/graph-error-docs-example.json"
                                                   << "Microsoft Graph error";
        QTest::addRow("Graph applications selected without appId (docs, Example 5)")
            << "entra-graph"
            << "entra/graph-application-list-select-id-displayname.json"
            << "value[0].appId";
        QTest::addRow("Azure AD Graph service principals") << "entra-graph"
                                                           << "entra/aadgraph-legacy-serviceprincipals.json"
                                                           << "Azure AD Graph";
        QTest::addRow("az ad sp show as Azure CLI printed it in 2017 (auto)") << "auto"
                                                                              << "entra/azcli-docs-2017-ad-sp-show.json"
                                                                              << "Azure AD Graph";
        QTest::addRow("az ad sp show as Azure CLI printed it in 2017 (entra-graph)")
            << "entra-graph"
            << "entra/azcli-docs-2017-ad-sp-show.json"
            << "Azure AD Graph";
        QTest::addRow("Azure AD Graph applications (auto)") << "auto"
                                                            << "entra/aadgraph-legacy-applications.json"
                                                            << "Azure AD Graph";
        QTest::addRow("a CloudTrail digest file (auto)")
            << "auto"
            << "aws/trail-bucket/AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/20/"
               "111122223333_CloudTrail-Digest_us-east-2_example-trail-name_us-east-2_20150820T180131Z.json.gz"
            << "digest";
        QTest::addRow("a CloudTrail digest file alone (aws-cloudtrail)")
            << "aws-cloudtrail"
            << "aws/trail-bucket/AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/20/"
               "111122223333_CloudTrail-Digest_us-east-2_example-trail-name_us-east-2_20150820T180131Z.json.gz"
            << "digest";
        QTest::addRow("an MCP initialize response holds no tools") << "mcp-tools"
                                                                   << "mcp/spec-2025-06-18-initialize-response.json"
                                                                   << "tools/list";
        QTest::addRow("a Graph delta page whose service principal has no id")
            << "entra-graph"
            << "entra/graph-serviceprincipals-delta-nextlink.json"
            << "value[0].id";
        QTest::addRow("this project's README (auto)") << "auto"
                                                      << "../../README.md"
                                                      << "not JSON";
        QTest::addRow("aws iam list-roles output (auto)") << "auto"
                                                          << "aws/iam/awscli-list-roles.json"
                                                          << "get-account-authorization-details";
        QTest::addRow("an MCP client configuration (auto)") << "auto"
                                                            << "mcp/client-config/claude_desktop_config.json"
                                                            << "MCP client configuration";
        QTest::addRow("VS Code's mcp.json with comments and trailing commas (auto)")
            << "auto"
            << "mcp/client-config/.vscode/mcp.json"
            << "MCP client configuration";
        QTest::addRow("Entra's directory audit log (auto)") << "auto"
                                                            << "entra/elastic-auditlogs-sample.log"
                                                            << "directory audit log";
        QTest::addRow("Entra's directory audit log (entra-graph)") << "entra-graph"
                                                                   << "entra/elastic-auditlogs-sample.log"
                                                                   << "directory audit log";
        QTest::addRow("aws iam get-role (auto)") << "auto"
                                                 << "aws/iam/awscli-get-role.json"
                                                 << "aws iam get-role";
        QTest::addRow("Extractor Suite's OAuth permissions CSV (entra-graph)")
            << "entra-graph"
            << "entra/extractor-suite-oauthpermissions-excerpt.csv"
            << "looks like CSV, but without the identity_id or timestamp column";
        QTest::addRow("Extractor Suite's OAuth permissions CSV (auto)")
            << "auto"
            << "entra/extractor-suite-oauthpermissions-excerpt.csv"
            << "looks like CSV, but without the identity_id or timestamp column";
        QTest::addRow("policy_sentry's policy document (auto)") << "auto"
                                                                << "aws/iam/policy-sentry-wildcards.json"
                                                                << "an IAM policy document";
        QTest::addRow("policy_sentry's policy document (aws-iam)") << "aws-iam"
                                                                   << "aws/iam/policy-sentry-wildcards.json"
                                                                   << "an IAM policy document";
        QTest::addRow("aws iam list-attached-role-policies (auto)") << "auto"
                                                                    << "aws/iam/awscli-list-attached-role-policies.json"
                                                                    << "one aws iam policy command";
        QTest::addRow("aws organizations list-accounts (auto)") << "auto"
                                                                << "aws/awscli-organizations-list-accounts.json"
                                                                << "AWS Organizations output";
        QTest::addRow("aws iam list-instance-profiles (auto)") << "auto"
                                                               << "aws/iam/awscli-list-instance-profiles.json"
                                                               << "list-instance-profiles";
        QTest::addRow("aws iam list-access-keys (auto)") << "auto"
                                                         << "aws/iam/awscli-list-access-keys.json"
                                                         << "list-access-keys";
        QTest::addRow("the JobId of generate-service-last-accessed-details (auto)")
            << "auto"
            << "aws/iam/awscli-generate-service-last-accessed-details.json"
            << "get-service-last-accessed-details --job-id";
        QTest::addRow("CloudTrail Lake query results (auto)") << "auto"
                                                              << "aws/cloudtrail-lake/query-results.awsdocs.json"
                                                              << "CloudTrail Lake query results";
        QTest::addRow("GitHub's removed OAuth Authorizations API (github)")
            << "github"
            << "github/pygithub-oauth-authorizations.json"
            << "OAuth Authorizations API";
        QTest::addRow("GitHub's removed OAuth Authorizations API (auto)") << "auto"
                                                                          << "github/pygithub-oauth-authorizations.json"
                                                                          << "OAuth Authorizations API";
        QTest::addRow("aws iam get-role, named as aws-iam: what it is, not a missing field")
            << "aws-iam"
            << "aws/iam/awscli-get-role.json"
            << "aws iam get-role";
        QTest::addRow("CloudTrail Lake results, named as aws-cloudtrail")
            << "aws-cloudtrail"
            << "aws/cloudtrail-lake/query-results.awsdocs.json"
            << "CloudTrail Lake query results";
        QTest::addRow("a CloudTrail log named as aws-iam: the format it is")
            << "aws-iam"
            << "real/aws/cloudtrail-log.otel-contrib.json"
            << "import it as aws-cloudtrail";
        QTest::addRow("a push webhook names its installation by id only (auto)")
            << "auto"
            << "github/webhook-push-with-installation.octokit.json"
            << "webhook delivery of another event";
        QTest::addRow("an MCP registry server.json (auto)") << "auto"
                                                            << "mcp/registry/remote.server.json"
                                                            << "MCP registry entry";
        QTest::addRow("nginx-ui: a folder whose only file is in .cursor/ (mcp-tools)")
            << "mcp-tools"
            << "mcp/nginx-ui"
            << "hidden folders are not read: .cursor";
        QTest::addRow("nginx-ui: a folder whose only file is in .cursor/ (auto)")
            << "auto"
            << "mcp/nginx-ui"
            << "hidden folders are not read: .cursor";
        QTest::addRow("selefra's AWS IAM credential report (aws-iam)")
            << "aws-iam"
            << "aws/credential-report/selefra-credential-report.csv"
            << "import it as aws-credential-report";
        QTest::addRow("Sentry: a folder whose only file is Claude Code's hidden .mcp.json (auto)")
            << "auto"
            << "mcp/sentry-claude-code"
            << "hidden files and folders are not read: .mcp.json";
        QTest::addRow("Sentry: Claude Code's .mcp.json given by name (auto)") << "auto"
                                                                              << "mcp/sentry-claude-code/.mcp.json"
                                                                              << "MCP client configuration";
        QTest::addRow("the CloudTrail guide's CreateRole example, a line break left inside a string (aws-cloudtrail)")
            << "aws-cloudtrail"
            << "aws/refused/awsdocs-createrole-doc-line-break.json"
            << "line 19, column 124: invalid JSON: a line break";
        QTest::addRow("Panther: records without eventTime (aws-cloudtrail)")
            << "aws-cloudtrail"
            << "aws/refused/panther-password-spraying-no-eventtime.json"
            << "eventTime: missing";
        QTest::addRow("GitHub's MCP server: one tool's snapshot (mcp-tools)")
            << "mcp-tools"
            << "mcp/github-mcp-server-toolsnap/delete_file.snap"
            << "the definition of one MCP tool (delete_file)";
        QTest::addRow("the MCP registry's seed, servers not tools (mcp-tools)")
            << "mcp-tools"
            << "mcp/registry/seed-2025-05-16-first3.json"
            << "MCP registry entry";
    }

    void whatIsNotAnInputIsRefusedWithWhatItIs()
    {
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(QString, said);
        const QString path
            = QFileInfo(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture).absoluteFilePath();
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), format, path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(said.toUtf8()), r.err.constData());
        QCOMPARE(
            cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identities") }).out.trimmed(),
            QByteArray("[]"));
    }

    void aWrongFormatIsRefused()
    {
        const QString path
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/real/aws/cloudtrail-log.otel-contrib.json");
        if (!QFile::exists(path))
            RECERTIFY_SKIP_UNLESS_STRICT("the shared fixtures are not beside the project");
        QTemporaryDir dir;
        const RunResult r = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("s.sqlite")),
                                  QStringLiteral("import"), QStringLiteral("aws-iam"), path });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("get-account-authorization-details"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRealPayloads)
#include "TestRealPayloads.moc"
