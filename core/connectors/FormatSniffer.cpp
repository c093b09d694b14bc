#include "core/connectors/FormatSniffer.h"

#include "core/connectors/GzipDevice.h"
#include "core/connectors/Importer.h"
#include "core/connectors/JsonInput.h"
#include "core/connectors/YamlInput.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <optional>

namespace recertify {

namespace {

constexpr qint64 kHead = 64 * 1024;

bool has(const QByteArray& head, const char* key)
{
    return head.contains(QByteArray(QByteArray("\"") + key + "\""));
}

// The first member name of a JSON object, or of the first object of an array; past // comments, which editors'
// configuration files (VS Code's mcp.json) allow.
QString firstKey(const QByteArray& head)
{
    static const QRegularExpression re(QStringLiteral(R"re(^\s*\[?\s*\{\s*(?://[^\n]*\n\s*)*"([^"]*)")re"));
    return re.match(QString::fromUtf8(head.left(4096))).captured(1);
}

// The files of a folder that an import could read, sorted; hidden folders are passed over.
QStringList folderFiles(const QString& path)
{
    QDirIterator it(path,
                    // *.gz: a CloudWatch Logs export task writes NNNNNN.gz.
                    { QStringLiteral("*.json"), QStringLiteral("*.gz"), QStringLiteral("*.jsonl"),
                      QStringLiteral("*.log"), QStringLiteral("*.yaml"), QStringLiteral("*.yml"),
                      QStringLiteral("*.csv") },
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A log file as CloudTrail names it when it delivers to S3 (AccountID_CloudTrail_Region_YYYYMMDDTHHmmZ_Unique.json.gz,
// "CloudTrail log file examples" in the user guide): a synced bucket holds thousands, told without reading each.
bool isCloudTrailLogName(const QString& file)
{
    static const QRegularExpression name(
        QStringLiteral(R"(^\d{12}_CloudTrail_[a-z0-9-]+_\d{8}T\d{4}Z_[A-Za-z0-9]+\.json(\.gz)?$)"));
    return name.match(QFileInfo(file).fileName()).hasMatch();
}

} // namespace

Result<QList<FormatSniffer::Run>> FormatSniffer::plan(const QStringList& paths)
{
    QList<Run> runs;
    auto add = [&runs](const QString& format, const QStringList& these) {
        auto it = std::find_if(runs.begin(), runs.end(), [&](const Run& run) { return run.format == format; });
        if (it == runs.end())
            runs.append({ format, these });
        else
            it->paths << these;
    };
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            auto format = detect(path);
            if (!format)
                return format.error();
            add(*format, { path });
            continue;
        }
        // Each file of the folder told on its own: a folder read whole by the first file's format passed the others
        // to an importer that could not read them (a manifest beside an audit log was silently left out).
        QStringList files = folderFiles(path);
        files.removeIf([](const QString& file) { return file.contains(QLatin1String("CloudTrail-Digest")); });
        // Read on every core: a folder may hold thousands of files, each looked into.
        const QList<Result<QString>> formats
            = QtConcurrent::blockingMapped(files, [](const QString& file) -> Result<QString> {
                  return isCloudTrailLogName(file) ? Result<QString>(QStringLiteral("aws-cloudtrail")) : detect(file);
              });
        QList<std::pair<QString, QString>> told; // file, format
        std::optional<Error> refusal;
        // Diagnostic records of other categories beside sign-ins: the importer passes them over, saying so.
        const bool signIns = std::any_of(formats.cbegin(), formats.cend(), [](const Result<QString>& format) {
            return format && *format == QLatin1String("entra-graph");
        });
        for (qsizetype i = 0; i < files.size(); ++i) {
            const Result<QString>& format = formats.at(i);
            if (format)
                told.append({ files.at(i), *format });
            else if (signIns && format.error().code == QLatin1String(kOtherDiagnostics))
                told.append({ files.at(i), QStringLiteral("entra-graph") });
            else if (!refusal
                     || (refusal->code == QLatin1String(kUnrecognised)
                         && format.error().code != QLatin1String(kUnrecognised)))
                refusal = format.error();
        }
        const bool oneKind = std::all_of(told.cbegin(), told.cend(),
                                         [&](const auto& entry) { return entry.second == told.constFirst().second; });
        if (!told.isEmpty() && oneKind) {
            // Read whole, as when its format is named: files beside the data (a catalogue's server.yaml) stay the
            // importer's to pass over or refuse.
            add(told.constFirst().second, { path });
            continue;
        }
        if (told.isEmpty()) {
            auto format = detect(path); // says why, as for a folder named alone
            if (!format)
                return format.error();
        }
        // Several kinds: every file must be one this can read, or the import would quietly leave it out.
        if (refusal) {
            return Error { tr("%1 holds files of several kinds, and %2").arg(path, refusal->message), refusal->code,
                           refusal->field };
        }
        for (const auto& [file, format] : std::as_const(told))
            add(format, { file });
    }
    // Inventories first: the activity read after them lands on the identities they list.
    std::stable_partition(runs.begin(), runs.end(), [](const Run& run) {
        const auto importer = Importers::create(run.format);
        return importer && importer->isInventory();
    });
    return runs;
}

Result<QString> FormatSniffer::detect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(tr("%1: no such file or folder").arg(path));
    if (info.isDir()) {
        // A synced trail bucket, an audit log folder…: the first file that is not a digest decides.
        const QStringList files = folderFiles(path);
        // Files beside the data (a catalogue's server.yaml, a README) do not decide; the first one read does.
        std::optional<Error> firstRefusal;
        for (const QString& file : std::as_const(files)) {
            if (file.contains(QLatin1String("CloudTrail-Digest")))
                continue;
            auto format = detect(file);
            if (format)
                return format;
            // A refusal that says what a file is tells more than one that finds nothing familiar.
            if (!firstRefusal
                || (firstRefusal->code == QLatin1String(kUnrecognised)
                    && format.error().code != QLatin1String(kUnrecognised)))
                firstRefusal = format.error();
        }
        if (firstRefusal)
            return *firstRefusal;
        return makeError(tr("%1: a folder with no file Recertify can import (JSON, JSON Lines, YAML, gzip)").arg(path)
                         + hiddenFoldersNote(path));
    }
    if (path.contains(QLatin1String("CloudTrail-Digest")))
        return makeError(
            tr("%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files "
               "under AWSLogs/…/CloudTrail/ instead (a folder with both is fine: digests are skipped).")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    QByteArray head;
    const QByteArray magic = file.peek(2);
    if (magic == "\x1f\x8b") {
        GzipDevice gzip(&file);
        if (!gzip.open(QIODevice::ReadOnly))
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        head = gzip.read(kHead);
    } else {
        head = file.read(kHead);
    }
    auto sniffed = detectBytes(head, path);
    if (!sniffed && head.size() < kHead) { // the whole (inflated) file was read
        // A whole JSON file cut short may still look like something it is not; that it is cut matters first.
        const QByteArray body = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
        const QByteArray trimmed = body.trimmed();
        if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
            QJsonParseError error;
            QJsonDocument::fromJson(body, &error);
            const bool cut = error.error != QJsonParseError::NoError && JsonInput::cutAt(body, error.offset);
            if (cut)
                return JsonInput::parse(body, path).error();
        }
    }
    return sniffed;
}

Result<QString> FormatSniffer::detectBytes(const QByteArray& raw, const QString& path)
{
    QByteArray head = raw;
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        // UTF-16 (Windows PowerShell's Out-File): read as text; the importers convert it the same way.
        QStringDecoder decode(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        head = QString(decode(head.mid(2))).toUtf8();
    } else if (head.size() > 3 && head.at(1) == '\0' && head.at(3) == '\0') {
        return makeError(
            tr("%1: UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with BOM)").arg(path));
    }
    if (head.startsWith("PK\x03\x04"))
        return makeError(tr("%1: a ZIP archive; unzip it and import the files inside").arg(path));
    if (head.startsWith("version https://git-lfs.github.com/spec/"))
        return makeError(tr("%1: a Git LFS pointer, not the file it stands for; fetch the file (git lfs pull) and "
                            "import that")
                             .arg(path));
    const QByteArray trimmed = head.trimmed();
    if (trimmed.isEmpty())
        return makeError(tr("%1: the file is empty").arg(path));
    if (trimmed == "[]")
        return makeError(tr("%1: an empty JSON list: nothing to import, and nothing to tell its format by; name the "
                            "format to import it as an empty answer (Docker's MCP catalogue writes [] for a server "
                            "that lists its tools only when it runs: save its tools/list answer instead)")
                             .arg(path));
    const char first = trimmed.at(0);
    const QString key = firstKey(trimmed);
    // A template that starts with an action ({{- if .Values… }}, {{ define … }}) is neither JSON nor YAML yet; one
    // whose actions are further in is told by the importer its manifests would go to, if it cannot read them.
    if (trimmed.startsWith("{{")) {
        return YamlInput::unrenderedTemplate(path, 1 + int(head.left(head.indexOf("{{")).count('\n')),
                                             head.contains("apiVersion:") || head.contains("kind:"));
    }

    // An AWS API's own XML answer (the Query API: <GetAccountAuthorizationDetailsResponse xmlns="https://iam.
    // amazonaws.com/doc/…">), as SDK tests and raw HTTP captures keep it: the CLI prints the same call as JSON.
    if (first == '<' && trimmed.contains(".amazonaws.com/doc/")) {
        static const QRegularExpression root(QStringLiteral(R"(<([A-Za-z]+Response)[\s>])"));
        const QString name = root.match(QString::fromUtf8(trimmed.left(4096))).captured(1);
        return makeError(tr("%1: an AWS API's XML answer (%2), which Recertify does not read; give the JSON the AWS "
                            "CLI prints for the same call (aws iam get-account-authorization-details > FILE.json)")
                             .arg(path, name.isEmpty() ? tr("XML") : name));
    }
    if (first != '{' && first != '[') {
        static const QRegularExpression k8sKey(QStringLiteral(R"((^|\n)-?\s*(apiVersion|kind):)"));
        // YAML starts (after comments and ---) with a key; prose that quotes a manifest further down does not.
        static const QRegularExpression keyLine(QStringLiteral(R"(^(-\s+)?[A-Za-z_"'][^:\s]*:(\s|$))"));
        QString firstMeaningful;
        for (const QByteArray& line : trimmed.split('\n')) {
            const QByteArray bare = line.trimmed();
            if (!bare.isEmpty() && !bare.startsWith('#') && !bare.startsWith("---")) {
                firstMeaningful = QString::fromUtf8(line);
                break;
            }
        }
        if (YamlInput::looksLikeYaml(trimmed) && keyLine.match(firstMeaningful).hasMatch()
            && k8sKey.match(QString::fromUtf8(trimmed)).hasMatch())
            return QStringLiteral("k8s-rbac");
        // CloudWatch Logs exports put a timestamp before each JSON record.
        static const QRegularExpression stamped(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\S+\s+\{)"));
        if (stamped.match(QString::fromUtf8(trimmed.left(200))).hasMatch())
            return has(trimmed, "auditID") ? QStringLiteral("k8s-audit") : QStringLiteral("aws-cloudtrail");
        // An MCP server's answer as server-sent events (Streamable HTTP, saved with curl).
        static const QRegularExpression eventData(QStringLiteral(R"((^|\n)data: ?\{)"));
        if (eventData.match(QString::fromUtf8(trimmed.left(64 * 1024))).hasMatch() && has(trimmed, "jsonrpc")
            && has(trimmed, "tools"))
            return QStringLiteral("mcp-tools");
        const QByteArray firstLine = trimmed.left(trimmed.indexOf('\n')).toLower();
        // The credential report still in base64 (aws iam get-credential-report --output text): "user,arn,".
        if (trimmed.startsWith("dXNlcixhcm4s"))
            return QStringLiteral("aws-credential-report");
        if (firstLine.contains("awseventid") && firstLine.contains("useridentityarn"))
            return makeError(tr("%1: Microsoft Sentinel's AWSCloudTrail table saved as CSV, which flattens each record "
                                "into columns and leaves parts out; give the trail's log files, or whole CloudTrail "
                                "records one per line, instead")
                                 .arg(path));
        // aws iam get-credential-report, its Content decoded (AWS IAM User Guide, "Getting credential reports"); the
        // header has had fewer columns in older reports.
        if (firstLine.startsWith("user,arn,")
            && (firstLine.contains("user_creation_time") || firstLine.contains("access_key_1_active")))
            return QStringLiteral("aws-credential-report");
        // Prowler's CSV report (';'-separated): one row per check and resource.
        if (firstLine.contains("check_id") && firstLine.contains("status_extended"))
            return makeError(tr("%1: a Prowler scan report (CSV), which judges settings check by check rather than "
                                "listing identities; give the inventory it read instead (aws iam "
                                "get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)")
                                 .arg(path));
        // JSON whose start is missing (a copy from a terminal that had scrolled): its first line holds a
        // "name": value pair, which no CSV header does.
        static const QRegularExpression jsonPairs(QStringLiteral(R"re("\s*:\s*("|\{|\[|-?[0-9]|true|false|null))re"));
        if (jsonPairs.match(QString::fromUtf8(firstLine.left(4096))).hasMatch())
            return makeError(tr("%1: JSON whose beginning is missing (it starts inside a value): save the whole "
                                "file again, from its first { or [")
                                 .arg(path));
        if (firstLine.contains(',') && (firstLine.contains("identity_id") || firstLine.contains("timestamp")))
            return QStringLiteral("csv");
        if (firstLine.contains(',') && !firstLine.startsWith("//") && !firstLine.startsWith("/*"))
            return Error { tr("%1: looks like CSV, but without the identity_id or timestamp column Recertify's CSV "
                              "import needs (see the README)")
                               .arg(path),
                           QString::fromLatin1(kCsvLike), QString() };
        return Error { tr("%1: not JSON, Kubernetes YAML (no kind or apiVersion) or CSV; nothing Recertify imports "
                          "looks like this")
                           .arg(path),
                       QString::fromLatin1(kUnrecognised), QString() };
    }
    if (has(trimmed, "digestStartTime") || has(trimmed, "digestS3Object"))
        return makeError(
            tr("%1: a CloudTrail digest file: it holds hashes of log files, not events. Give the log files instead.")
                .arg(path));
    if (key == QLatin1String("error") && has(trimmed, "code"))
        return makeError(
            tr("%1: a Microsoft Graph error response, not data; export again once the request succeeds").arg(path));
    // Azure AD Graph's own keys; its host alone is no sign (every tenant's "Windows Azure Active Directory"
    // principal lists https://graph.windows.net among its servicePrincipalNames).
    if (key == QLatin1String("odata.error"))
        return makeError(tr("%1: an Azure AD Graph error response (graph.windows.net), not data; Azure AD Graph is "
                            "retired: export from Microsoft Graph instead (az rest --url "
                            "https://graph.microsoft.com/v1.0/servicePrincipals)")
                             .arg(path));
    if (has(trimmed, "odata.metadata") || has(trimmed, "odata.error") || has(trimmed, "odata.type"))
        return makeError(
            tr("%1: Azure AD Graph output (graph.windows.net), which Microsoft has retired; export from Microsoft "
               "Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)")
                .arg(path));
    if (has(trimmed, "UserDetailList") || has(trimmed, "RoleDetailList"))
        return QStringLiteral("aws-iam");
    // aws iam get-credential-report as the CLI prints it: the report in base64 (the CLI docs' example leaves it out,
    // which the import then names).
    if ((has(trimmed, "ReportFormat") && (has(trimmed, "Content") || has(trimmed, "GeneratedTime")))
        || (has(trimmed, "Error")
            && (has(trimmed, "ReportInProgress") || has(trimmed, "ReportNotPresent") || has(trimmed, "ReportExpired"))))
        return QStringLiteral("aws-credential-report");
    if (holdsNewClientSecret(trimmed))
        return makeError(newClientSecretRefusal(path));
    if (key == QLatin1String("appId") && has(trimmed, "password") && has(trimmed, "tenant")
        && !has(trimmed, "passwordCredentials"))
        return makeError(tr("%1: the output of az ad sp create-for-rbac. It holds a live secret (password): delete "
                            "the file. Export the service principals (az ad sp list --all) and applications instead")
                             .arg(path));
    if (key == QLatin1String("AccessKey") && has(trimmed, "SecretAccessKey"))
        return makeError(tr("%1: the output of aws iam create-access-key. It holds a live secret key: delete the "
                            "file. The account's export (get-account-authorization-details) and CloudTrail say who "
                            "holds which key and when it was used")
                             .arg(path));
    // aws iam list-roles / list-users: names and ids, but no policies, so nothing to say what they may do.
    if ((key == QLatin1String("Roles") && has(trimmed, "RoleName"))
        || (key == QLatin1String("Users") && has(trimmed, "UserName")))
        return makeError(
            tr("%1: the output of aws iam list-roles or list-users, which leaves out every policy; export the account "
               "with aws iam get-account-authorization-details instead")
                .arg(path));
    // Other single-object answers of the AWS CLI: an identity or a key without what it may do.
    if ((key == QLatin1String("Role") && has(trimmed, "RoleName"))
        || (key == QLatin1String("User") && has(trimmed, "UserName")) || key == QLatin1String("InstanceProfiles")
        || key == QLatin1String("AccessKeyMetadata"))
        return makeError(tr("%1: the output of aws iam %2, which leaves out the policies that say what it may do; "
                            "export the account with aws iam get-account-authorization-details instead")
                             .arg(path,
                                  key == QLatin1String("Role")       ? QStringLiteral("get-role")
                                      : key == QLatin1String("User") ? QStringLiteral("get-user")
                                      : key == QLatin1String("InstanceProfiles")
                                      ? QStringLiteral("list-instance-profiles")
                                      : QStringLiteral("list-access-keys")));
    // More AWS CLI answers about one credential or session, none of which says what it may do.
    if (key == QLatin1String("ServiceSpecificCredentials") || key == QLatin1String("SSHPublicKeys")
        || (key == QLatin1String("UserName") && has(trimmed, "AccessKeyLastUsed"))
        || (has(trimmed, "AssumedRoleUser") && has(trimmed, "Credentials")))
        return makeError(
            tr("%1: the output of %2, which says nothing of what the identity may do; export the "
               "account with aws iam get-account-authorization-details, and its activity from CloudTrail")
                .arg(path,
                     key == QLatin1String("ServiceSpecificCredentials")
                         ? QStringLiteral("aws iam list-service-specific-credentials")
                         : key == QLatin1String("SSHPublicKeys") ? QStringLiteral("aws iam list-ssh-public-keys")
                         : has(trimmed, "AccessKeyLastUsed")     ? QStringLiteral("aws iam get-access-key-last-used")
                                                                 : QStringLiteral("aws sts assume-role")));
    if (key == QLatin1String("JobId") && !has(trimmed, "JobStatus"))
        return makeError(tr("%1: the output of aws iam generate-service-last-accessed-details, which only starts "
                            "the report; import what aws iam get-service-last-accessed-details --job-id gives "
                            "once it has finished")
                             .arg(path));
    if (has(trimmed, "ServicesLastAccessed") || has(trimmed, "JobStatus"))
        return QStringLiteral("aws-access-advisor");
    // A log pipeline's capture (Cribl, Splunk) keeps each CloudTrail record as a string in _raw.
    if (has(trimmed, "_raw") && trimmed.contains("\\\"eventVersion\\\""))
        return makeError(tr("%1: a log pipeline's capture that keeps each CloudTrail record as a string (_raw); "
                            "export the records themselves, one per line, or the trail's log files")
                             .arg(path));
    if (has(trimmed, "QueryResultRows"))
        return makeError(tr("%1: CloudTrail Lake query results, which hold only the columns the query chose; give "
                            "the trail's log files, an export of whole records (one per line), or aws cloudtrail "
                            "lookup-events output instead")
                             .arg(path));
    if (has(trimmed, "schemaType") && trimmed.contains("\"ModelInvocationLog\""))
        return makeError(tr("%1: Amazon Bedrock model invocation logs, which keep prompts and answers; who called "
                            "which model is in CloudTrail (InvokeModel, Converse): give the trail's log files instead")
                             .arg(path));
    // IAM Access Analyzer: findings[] of list-findings(-v2), findingDetails of get-finding-v2.
    if ((key == QLatin1String("findings") && (has(trimmed, "findingType") || has(trimmed, "resourceType")))
        || key == QLatin1String("findingDetails"))
        return makeError(tr("%1: IAM Access Analyzer findings, which judge access rather than list it; export the "
                            "account with aws iam get-account-authorization-details and its use from CloudTrail, "
                            "and Recertify finds unused access itself")
                             .arg(path));
    // cloudsplaining's scan results: each policy with what it was found to allow, not the account's inventory.
    if (has(trimmed, "PrivilegeEscalation") && has(trimmed, "ResourceExposure") && has(trimmed, "PolicyDocument"))
        return makeError(tr("%1: cloudsplaining's scan results, which judge each policy rather than list the "
                            "account; give the file cloudsplaining scanned instead (aws iam "
                            "get-account-authorization-details)")
                             .arg(path));
    // A scanner's findings in OCSF (Detection Finding, class 2004: Prowler, Security Hub's OCSF export).
    if ((has(trimmed, "finding_info") && has(trimmed, "class_uid"))
        || (has(trimmed, "status_code") && trimmed.contains("\"Prowler\""))) {
        const QString scanner = trimmed.contains("\"Prowler\"") ? QStringLiteral("Prowler") : tr("a scanner");
        return makeError(tr("%1: findings of %2 (OCSF Detection Finding), which judge settings check by check rather "
                            "than list identities; give the inventory it read instead (aws iam "
                            "get-account-authorization-details, kubectl get … -o yaml, Microsoft Graph exports)")
                             .arg(path, scanner));
    }
    if (has(trimmed, "class_uid") && has(trimmed, "activity_id")) {
        // Security Lake maps EKS audit logs to OCSF too: those come from the cluster, not from a trail.
        static const QRegularExpression eksProduct(QStringLiteral(R"("name"\s*:\s*"Amazon EKS")"));
        if (eksProduct.match(QString::fromUtf8(trimmed)).hasMatch() || trimmed.contains("\"audit.k8s.io/"))
            return makeError(tr("%1: OCSF records (Amazon Security Lake) of a Kubernetes cluster's audit log, not the "
                                "audit Events themselves; give the cluster's audit log instead (EKS: its control "
                                "plane's audit log group, read with aws logs filter-log-events)")
                                 .arg(path));
        return makeError(tr("%1: OCSF records (Amazon Security Lake), not CloudTrail's own record format; give the "
                            "trail's log files or an export of CloudTrail records instead")
                             .arg(path));
    }
    // S3 event notifications also come as {"Records": […]}, but say what happened to an object, not who called AWS.
    if (key == QLatin1String("Records") && has(trimmed, "s3")
        && (has(trimmed, "s3SchemaVersion") || trimmed.contains("\"aws:s3\"") || trimmed.contains("\"ObjectCreated:")
            || trimmed.contains("\"ObjectRemoved:")))
        return makeError(tr("%1: Amazon S3 event notifications, which name the object changed but not the identity "
                            "that called; give the trail's log files (S3 data events) instead")
                             .arg(path));
    // Insights events (lookup-events --event-category insight) are CloudTrail records without a userIdentity.
    if (key == QLatin1String("Records") || has(trimmed, "CloudTrailEvent")
        || (has(trimmed, "eventVersion") && (has(trimmed, "userIdentity") || has(trimmed, "insightDetails"))))
        return QStringLiteral("aws-cloudtrail");
    // A Lambda subscribed to a log group receives {"awslogs": {"data": base64 of the gzipped batch}}: what is inside
    // decides (CloudTrail, or an EKS audit log).
    static const QRegularExpression awslogsData(
        QStringLiteral(R"re("awslogs"\s*:\s*\{\s*"data"\s*:\s*"([A-Za-z0-9+/=]+)")re"));
    static const QRegularExpression awslogsKey(QStringLiteral(R"re("awslogs"\s*:\s*\{)re"));
    if (const auto m = awslogsData.match(QString::fromUtf8(trimmed)); m.hasMatch()) {
        const auto decoded = QByteArray::fromBase64Encoding(m.captured(1).toLatin1());
        const auto inflated = decoded ? GzipDevice::inflateWhole(*decoded, kHead * 64) : std::nullopt;
        const auto inner = inflated ? detectBytes(inflated->left(kHead), path) : Result<QString>(QString());
        if (inner && *inner == QLatin1String("aws-cloudtrail"))
            return *inner;
    }
    if (awslogsKey.match(QString::fromUtf8(trimmed.left(4096))).hasMatch())
        return makeError(tr("%1: CloudWatch Logs subscription data as a Lambda receives it; Recertify reads CloudTrail "
                            "records in this form (import it as aws-cloudtrail); for other logs save the log group's "
                            "events instead (aws logs filter-log-events)")
                             .arg(path));
    // A CloudWatch Logs subscription batch (DATA_MESSAGE), aws logs filter-log-events or get-log-events output, or a
    // Logs Insights answer (get-query-results, @message): each message is a record, as an escaped string.
    if ((has(trimmed, "logEvents") || has(trimmed, "events")
         || (has(trimmed, "results") && trimmed.contains("@message")))
        && trimmed.contains("\\\"eventVersion\\\"") && trimmed.contains("\\\"userIdentity\\\""))
        return QStringLiteral("aws-cloudtrail");
    // kube-audit-rest and other admission webhooks log AdmissionReviews: mutating requests only, without a time.
    static const QRegularExpression admissionReview(QStringLiteral("\"kind\"\\s*:\\s*\"AdmissionReview\""));
    if (!has(trimmed, "auditID") && admissionReview.match(QString::fromUtf8(trimmed.left(4096))).hasMatch()) {
        // kube-audit-rest's newer lines carry the time it received each request; reads never reach a webhook.
        if (has(trimmed, "requestReceivedTimestamp"))
            return makeError(tr("%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), "
                                "which leave out every read (get, list, watch never reach a webhook), so what an "
                                "identity uses cannot be told; give the API server's audit log (--audit-log-path, "
                                "or the EventList an audit webhook receives) instead")
                                 .arg(path));
        return makeError(tr("%1: admission webhook requests (AdmissionReview, as kube-audit-rest logs them), which "
                            "leave out reads and carry no time; give the API server's audit log (--audit-log-path, "
                            "or the EventList an audit webhook receives) instead")
                             .arg(path));
    }
    // A Cloud Logging entry without an audit payload: GKE's logs/events hold Kubernetes Events (what happened to a
    // pod), which name no caller; the audit logs are the cloudaudit.googleapis.com ones, with a protoPayload.
    if (has(trimmed, "logName") && has(trimmed, "jsonPayload") && !has(trimmed, "protoPayload")) {
        if (trimmed.contains("/logs/events\""))
            return makeError(tr("%1: Google Cloud Logging entries of Kubernetes Events (logs/events), which say what "
                                "happened to objects, not who acted; export the cluster's audit logs instead "
                                "(cloudaudit.googleapis.com/activity and data_access, service k8s.io)")
                                 .arg(path));
        return makeError(tr("%1: Google Cloud Logging entries that are no audit log (a jsonPayload, not a "
                            "protoPayload); export the cluster's audit logs instead "
                            "(cloudaudit.googleapis.com/activity and data_access, service k8s.io)")
                             .arg(path));
    }
    if (has(trimmed, "auditID") || has(trimmed, "protoPayload")
        || ((has(trimmed, "logEvents") || has(trimmed, "events") || has(trimmed, "results"))
            && trimmed.contains("\\\"auditID\\\""))
        || trimmed.contains("\"kind\":\"EventList\"") || trimmed.contains("\"kind\": \"EventList\"")
        || trimmed.contains("kube-audit")
        || trimmed.contains("\"audit.k8s.io/")
        // An audit Event whose fields are all there but its id (test records, a log shipper that drops some).
        || (trimmed.contains("\"kind\":\"Event\"") && has(trimmed, "objectRef") && has(trimmed, "verb")))
        return QStringLiteral("k8s-audit");
    // Microsoft 365's unified audit log (Search-UnifiedAuditLog, the Management Activity API): what was done in
    // Exchange, SharePoint or Teams, in its own record shape.
    // Search-UnifiedAuditLog's own objects keep each record as text in AuditData.
    if ((has(trimmed, "Workload") && has(trimmed, "Operation") && has(trimmed, "RecordType")
         && has(trimmed, "CreationTime"))
        || (has(trimmed, "AuditData") && has(trimmed, "RecordType") && has(trimmed, "UserIds")))
        return makeError(tr("%1: Microsoft 365's unified audit log (Exchange, SharePoint, Teams operations), which "
                            "Recertify does not read; give the workload sign-in logs (ServicePrincipalSignInLogs, "
                            "ManagedIdentitySignInLogs) or Microsoft Graph exports instead")
                             .arg(path));
    // Azure's activity log (az monitor activity-log list, the SDKs' snake_case too): calls to Azure Resource Manager.
    if (has(trimmed, "caller") && (has(trimmed, "operationName") || has(trimmed, "operation_name"))
        && (has(trimmed, "eventDataId") || has(trimmed, "event_data_id")))
        return makeError(tr("%1: Azure's activity log (calls to Azure Resource Manager), which Recertify does not "
                            "read; give the role assignments (az role assignment list --all) and the workload sign-in "
                            "logs instead")
                             .arg(path));
    // A diagnostic setting writes each category it sends into a container of its own (insights-logs-<category>): a
    // storage account's download holds the sign-ins beside the rest. Those other categories are refused alone and
    // passed over beside sign-ins (kOtherDiagnostics).
    static const QRegularExpression categoryField(QStringLiteral(R"re("category"\s*:\s*"([A-Za-z]+)")re"));
    const QString category = categoryField.match(QString::fromUtf8(trimmed.left(64 * 1024))).captured(1);
    const bool diagnostic = !category.isEmpty() && has(trimmed, "operationName")
        && (has(trimmed, "resourceId") || has(trimmed, "time")) && !category.endsWith(QLatin1String("SignInLogs"));
    if (trimmed.contains("\"MicrosoftGraphActivityLogs\""))
        return Error { tr("%1: Microsoft Graph activity logs, which Recertify does not read yet; give the workload "
                          "sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) instead")
                           .arg(path),
                       diagnostic ? QString::fromLatin1(kOtherDiagnostics) : QString(), QString() };
    // Entra's directory audit log (diagnostic category AuditLogs, or Graph's directoryAudits): changes, not use.
    // Log Analytics and Sentinel export its AuditLogs table with the columns in PascalCase, one row per line.
    if ((has(trimmed, "category") && trimmed.contains("\"AuditLogs\"")) || trimmed.contains("/directoryAudits")
        || (has(trimmed, "activityDisplayName") && has(trimmed, "loggedByService"))
        || (has(trimmed, "ActivityDisplayName") && has(trimmed, "LoggedByService")))
        return Error { tr("%1: Entra's directory audit log, which records changes to the directory, not the use of "
                          "an identity; give sign-in logs (ServicePrincipalSignInLogs, ManagedIdentitySignInLogs) "
                          "or Microsoft Graph exports instead")
                           .arg(path),
                       diagnostic ? QString::fromLatin1(kOtherDiagnostics) : QString(), QString() };
    if (diagnostic && has(trimmed, "properties") && !trimmed.contains("SignInLogs\""))
        return Error { tr("%1: Azure Monitor diagnostic records of category %2, which say nothing of a workload "
                          "identity's use; give the workload sign-in logs (ServicePrincipalSignInLogs, "
                          "ManagedIdentitySignInLogs) or Microsoft Graph exports instead")
                           .arg(path, category),
                       QString::fromLatin1(kOtherDiagnostics), QString() };
    // Graph PowerShell writes the same names in PascalCase.
    const QByteArray lower = trimmed.toLower();
    if (has(trimmed, "@odata.context") || has(lower, "serviceprincipaltype") || has(lower, "approleassignments")
        || (trimmed.contains("SignInLogs\"") && (has(trimmed, "properties") || has(trimmed, "category")))
        || (has(trimmed, "clientId") && has(trimmed, "consentType")) || has(trimmed, "roleTemplateId")
        || (has(lower, "approleid") && has(lower, "principalid") && has(lower, "resourceid"))
        || (has(trimmed, "AppId") && has(trimmed, "AppOwnerOrganizationId"))
        || (has(trimmed, "identityParentId") && has(trimmed, "userPrincipalName"))
        // roleManagement's unifiedRoleAssignment (directory or entitlement management), as the docs show it.
        || (has(trimmed, "roleDefinitionId") && has(trimmed, "principalId")
            && (has(trimmed, "directoryScopeId") || has(trimmed, "appScopeId")))
        || (has(trimmed, "keyId") && has(trimmed, "signInActivity"))
        || (has(trimmed, "servicePrincipalId") && has(trimmed, "createdDateTime") && has(trimmed, "appId"))
        // One sign-in as GET auditLogs/signIns/{id} returns it (a person's, passed over by name).
        || (has(trimmed, "createdDateTime") && has(trimmed, "userPrincipalName") && has(trimmed, "appId")
            && (has(trimmed, "clientAppUsed") || has(trimmed, "isInteractive")))
        || (has(lower, "appid")
            && (has(lower, "passwordcredentials") || has(lower, "keycredentials") || has(lower, "signinaudience")))
        // Azure RBAC assignments: az role assignment list, Get-AzRoleAssignment, the ARM API.
        || (has(lower, "roledefinitionname") && has(lower, "scope"))
        || trimmed.contains("Microsoft.Authorization/roleAssignments")
        || trimmed.contains("Microsoft.ManagedIdentity/userAssignedIdentities")
        || (has(trimmed, "issuer") && has(trimmed, "subject") && has(trimmed, "audiences"))
        // An app role assignment as the docs shorten it (no appRoleId).
        || (has(trimmed, "principalId") && has(trimmed, "principalType") && has(trimmed, "resourceId")))
        return QStringLiteral("entra-graph");
    // VS Code's user settings hold client configuration under "mcp": {…}.
    static const QRegularExpression mcpSettings(QStringLiteral("\"mcp\"\\s*:\\s*\\{"));
    // The MCP registry's server.json (and its listings) say where to get a server; the importer says so.
    if (has(trimmed, "jsonrpc") || has(trimmed, "inputSchema") || has(trimmed, "serverInfo")
        || has(trimmed, "version_detail") || has(trimmed, "registry_name") || has(trimmed, "registryType")
        || trimmed.contains("server.schema.json") || has(trimmed, "readOnlyHint") || has(trimmed, "destructiveHint")
        || has(trimmed, "mcpServers")
        || ((has(trimmed, "manifest_version") || has(trimmed, "dxt_version"))
            && (has(trimmed, "tools") || has(trimmed, "mcp_config") || has(trimmed, "entry_point")))
        || mcpSettings.match(QString::fromUtf8(trimmed)).hasMatch()
        || ((key == QLatin1String("servers") || key == QLatin1String("inputs")) && has(trimmed, "servers")))
        return QStringLiteral("mcp-tools");
    // Docker's MCP catalogue writes a server's tools as a bare array of {name, description, arguments}.
    if (trimmed.startsWith('[') && key == QLatin1String("name") && has(trimmed, "description")
        && has(trimmed, "arguments"))
        return QStringLiteral("mcp-tools");
    // ... and, for servers whose tools take no arguments it lists, as {name, description} alone.
    if (trimmed.startsWith('[') && key == QLatin1String("name")) {
        static const QRegularExpression keys(QStringLiteral("\"([A-Za-z_]+)\"\\s*:"));
        const QString first = QString::fromUtf8(trimmed.left(trimmed.indexOf('}')));
        QSet<QString> names;
        for (auto it = keys.globalMatch(first); it.hasNext();)
            names.insert(it.next().captured(1));
        if (names == QSet<QString> { QStringLiteral("name"), QStringLiteral("description") })
            return QStringLiteral("mcp-tools");
        // A web service's routes in a tools.json: said by the MCP import for what they are.
        if (names.contains(QStringLiteral("method"))
            && (names.contains(QStringLiteral("endpoint")) || names.contains(QStringLiteral("path"))))
            return QStringLiteral("mcp-tools");
    }
    // GET /users/{user}/keys: a person's public SSH keys, {"id", "key"} and nothing else, as the first key's end
    // shows (a deploy key cut off before its "url" and "read_only" looks the same until there).
    if (trimmed.startsWith('[') && (key == QLatin1String("id") || key == QLatin1String("key")) && has(trimmed, "key")
        && trimmed.contains('}')
        && (trimmed.contains("\"ssh-") || trimmed.contains("\"ecdsa-") || trimmed.contains("\"sk-"))
        && !trimmed.contains("/keys/") && !has(trimmed, "read_only") && !has(trimmed, "readOnly")
        && !has(trimmed, "title"))
        return makeError(tr("%1: a person's public SSH keys (GET /users/USER/keys), which sign in as that person; "
                            "they are not deploy keys. Give a repository's deploy keys (GET /repos/OWNER/REPO/keys) "
                            "instead")
                             .arg(path));
    // GET /orgs/{org}/secret-scanning/alerts (or a repository's): leaked secrets found in code, not identities.
    if (trimmed.startsWith('[') && has(trimmed, "secret_type") && has(trimmed, "number"))
        return makeError(tr("%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets "
                            "found in code, not the identities that hold them, and are not imported; export the "
                            "organisation's installations, tokens or audit log instead")
                             .arg(path));
    // GET /orgs/{org}/actions/secrets (or a repository's): the names of stored secrets, not who may use them.
    static const QRegularExpression secretsList(QStringLiteral("\"secrets\"\\s*:\\s*\\["));
    if (key == QLatin1String("total_count") && !has(trimmed, "installations")
        && secretsList.match(QString::fromUtf8(trimmed)).hasMatch())
        return makeError(tr("%1: a list of GitHub Actions secrets, which names stored values, not identities; the "
                            "workflows that read them act as the repository's GITHUB_TOKEN or an App. Give the "
                            "App's installations or the organization's audit log instead")
                             .arg(path));
    // GitHub lists SSH keys (deploy keys, older answers without read_only) as {"id", "key": "ssh-…", "url": …/keys/…};
    // gh repo deploy-key list --json as {"createdAt", "id", "key", "readOnly", "title"}.
    if (has(trimmed, "key") && (trimmed.contains("\"ssh-") || trimmed.contains("\"ecdsa-") || trimmed.contains("\"sk-"))
        && (trimmed.contains("/keys/") || has(trimmed, "readOnly")))
        return QStringLiteral("github");
    // A webhook delivery that names no installation (ping, or an event sent to a repository's own hook).
    static const QRegularExpression revoked(QStringLiteral(R"("action"\s*:\s*"revoked")"));
    if (has(trimmed, "sender") && !has(trimmed, "installation") && (has(trimmed, "zen") || has(trimmed, "action")))
        return makeError(
            tr("%1: a GitHub webhook delivery (%2) that describes no App installation; give the "
               "installation or installation_repositories events, or GET /orgs/ORG/installations")
                .arg(path,
                     has(trimmed, "zen") ? QStringLiteral("ping")
                         // github_app_authorization: a person revoked their authorization of an App,
                         // and only that person is named.
                         : (revoked.match(QString::fromUtf8(trimmed)).hasMatch() && !has(trimmed, "repository"))
                         ? QStringLiteral("github_app_authorization")
                         : tr("another event")));
    // GET /app/installation-requests: people asking for the App to be installed, granted nothing yet.
    if (has(trimmed, "requester") && has(trimmed, "account") && !has(trimmed, "app_id") && !has(trimmed, "permissions"))
        return makeError(tr("%1: a GitHub App's installation requests (GET /app/installation-requests): people asking "
                            "for the App to be installed, which grants nothing yet; give the App's installations "
                            "instead (GET /app/installations, or GET /orgs/ORG/installations)")
                             .arg(path));
    // GET /app or /apps/{slug}: what an App may ask for, not what any installation was granted.
    if (has(trimmed, "slug") && has(trimmed, "client_id") && has(trimmed, "permissions") && has(trimmed, "events")
        && !has(trimmed, "app_id") && !has(trimmed, "installation") && !has(trimmed, "sender"))
        return makeError(tr("%1: a GitHub App's definition (GET /app), which says what the App may ask for, not "
                            "where it is installed or what each installation was granted; give the App's "
                            "installations instead (GET /app/installations, or GET /orgs/ORG/installations)")
                             .arg(path));
    // The answers that hand out a token: a secret, and nothing that says whose it is.
    if ((has(trimmed, "token") && has(trimmed, "expires_at")
         && (key == QLatin1String("token") || (has(trimmed, "repository_selection") && !has(trimmed, "account"))))
        || (has(trimmed, "access_token") && has(trimmed, "token_type")))
        return makeError(tr("%1: an access token as GitHub hands it out (POST …/access_tokens, or the OAuth token "
                            "exchange). It holds a live secret and does not say which installation or App it "
                            "belongs to; delete the file, and give the App's installations (GET /app/installations) "
                            "or the organization's audit log instead")
                             .arg(path));
    // One policy on its own (a policy document, or the AWS CLI's answer about one policy or the list of them) says
    // what may be done, never who holds it: the account's export has every policy beside who it is attached to.
    if ((key == QLatin1String("Version") && has(trimmed, "Statement")) || key == QLatin1String("Statement"))
        return makeError(tr("%1: an IAM policy document (Version and Statement), which says what may be done but not "
                            "who holds it; export the account with aws iam get-account-authorization-details, which "
                            "holds every policy beside the users, groups and roles it is attached to")
                             .arg(path));
    if (key == QLatin1String("PolicyVersion") || key == QLatin1String("AttachedPolicies")
        || (key == QLatin1String("Policy") && has(trimmed, "PolicyName"))
        || (key == QLatin1String("Policies") && has(trimmed, "PolicyName"))
        || ((key == QLatin1String("RoleName") || key == QLatin1String("UserName") || key == QLatin1String("GroupName"))
            && has(trimmed, "PolicyDocument"))
        || (key == QLatin1String("PolicyNames") && !has(trimmed, "Statement")))
        return makeError(tr("%1: the output of one aws iam policy command (get-policy, get-policy-version, "
                            "get-role-policy, list-attached-role-policies, list-policies…), which leaves out who holds "
                            "what; export the account with aws iam get-account-authorization-details instead")
                             .arg(path));
    // AWS Organizations: the accounts and their service control policies, a ceiling on what each account's identities
    // may do, but none of the identities themselves.
    if ((key == QLatin1String("Accounts") && has(trimmed, "JoinedMethod"))
        || (key == QLatin1String("Policy") && has(trimmed, "PolicySummary"))
        || (key == QLatin1String("Policies") && has(trimmed, "AwsManaged"))
        || (key == QLatin1String("Organization") && has(trimmed, "MasterAccountId"))
        || (key == QLatin1String("Roots") && has(trimmed, "PolicyTypes"))
        || key == QLatin1String("OrganizationalUnits"))
        return makeError(tr("%1: AWS Organizations output (accounts, organizational units or service control "
                            "policies), which names no identity of an account; export each account with aws iam "
                            "get-account-authorization-details")
                             .arg(path));
    if (has(trimmed, "app_id") || has(trimmed, "token_id") || has(trimmed, "installations") || has(trimmed, "read_only")
        || has(trimmed, "credential_authorized_at") || (has(trimmed, "action") && has(trimmed, "actor"))
        || (has(trimmed, "access_granted_at") && has(trimmed, "token_expires_at"))
        || (has(trimmed, "installation") && has(trimmed, "sender")) // any webhook delivered to an App
        || (has(trimmed, "scopes") && trimmed.contains("api.github.com/authorizations/")))
        return QStringLiteral("github");
    if (has(trimmed, "kind") && has(trimmed, "apiVersion"))
        return QStringLiteral("k8s-rbac");
    // The whole file was read and does not parse, as one document or line by line: its fault, not its format.
    if (raw.size() < kHead) {
        const auto lines = trimmed.split('\n');
        const bool jsonLines = std::all_of(lines.begin(), lines.end(), [](const QByteArray& line) {
            return line.trimmed().isEmpty() || !QJsonDocument::fromJson(line).isNull();
        });
        if (!jsonLines) {
            if (auto parsed = JsonInput::parse(trimmed, path); !parsed)
                return parsed.error();
        }
    }
    // az ad sp show / az ad app show before Azure CLI 2.37 printed Azure AD Graph objects: objectId and objectType,
    // no @odata keys.
    if (has(trimmed, "objectId") && has(trimmed, "objectType") && !has(trimmed, "roleDefinitionName"))
        return makeError(
            tr("%1: Azure AD Graph output (graph.windows.net), which Microsoft has retired; export from Microsoft "
               "Graph instead (az rest --url https://graph.microsoft.com/v1.0/servicePrincipals)")
                .arg(path));
    return Error { tr("%1: JSON that matches no format Recertify imports (AWS IAM or CloudTrail, Kubernetes, Microsoft "
                      "Graph, GitHub, MCP); name the format instead of auto to see which field is missing")
                       .arg(path),
                   QString::fromLatin1(kUnrecognised), QString() };
}

QString FormatSniffer::hiddenFoldersNote(const QString& folder)
{
    QStringList hidden;
    const QStringList names = QDir(folder).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        if (!name.startsWith(u'.'))
            continue;
        QDirIterator files(QDir(folder).filePath(name), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        if (files.hasNext())
            hidden << name;
    }
    // Hidden files of the kinds read here (Claude Code's .mcp.json, say), beside the folders.
    static const QStringList data { QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.yaml"),
                                    QStringLiteral("*.yml"),  QStringLiteral("*.log"),   QStringLiteral("*.gz"),
                                    QStringLiteral("*.csv") };
    QStringList hiddenFiles;
    for (const QString& name : QDir(folder).entryList(data, QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name.startsWith(u'.'))
            hiddenFiles << name;
    }
    if (hidden.isEmpty() && hiddenFiles.isEmpty())
        return {};
    if (hiddenFiles.isEmpty())
        return tr(" (hidden folders are not read: %1; give the files in them)").arg(hidden.join(QStringLiteral(", ")));
    return tr(" (hidden files and folders are not read: %1; give them by name)")
        .arg((hiddenFiles + hidden).join(QStringLiteral(", ")));
}

bool FormatSniffer::holdsNewClientSecret(const QByteArray& head)
{
    // The answers that create a secret return it once: the file holds a live credential, and nothing else.
    static const QRegularExpression secretText(QStringLiteral("\"secretText\"\\s*:\\s*\"[^\"]"));
    return !has(head, "appId") && secretText.match(QString::fromUtf8(head.left(64 * 1024))).hasMatch();
}

QString FormatSniffer::newClientSecretRefusal(const QString& files)
{
    return tr("%1: a new client secret as Microsoft Graph returns it once (addPassword). It holds the secret itself, "
              "which may still be valid: delete the file. The passwordCredentials of the application or service "
              "principal (GET /applications or /servicePrincipals, which never show the secret) say when each one "
              "expires")
        .arg(files);
}

Error FormatSniffer::explainRefusal(const Error& error, const QString& path, const QString& format)
{
    if (!QFileInfo(path).isFile())
        return error;
    const auto sniffed = detect(path);
    if (!sniffed) {
        // A known export that is no input says so in its own words; a file like nothing keeps the importer's.
        // Comma-separated text is CSV when its name says so; a YAML or JSON file with a comma in its first line keeps
        // the importer's own fault.
        if (sniffed.error().code == QLatin1String(kUnrecognised)
            || (sniffed.error().code == QLatin1String(kCsvLike)
                && (format == QLatin1String("csv") || !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))))
            return error;
        return Error { sniffed.error().message, error.code, QString() };
    }
    if (*sniffed == format)
        return error;
    return Error { tr("%1 (the file looks like %2 input: import it as %2, or with auto)").arg(error.message, *sniffed),
                   error.code, error.field };
}

} // namespace recertify
