#include "core/connectors/aws/CloudTrailImporter.h"

#include "core/connectors/GzipDevice.h"
#include "core/connectors/JsonArrayStream.h"
#include "core/connectors/JsonInput.h"
#include "core/connectors/aws/CloudTrailRecords.h"
#include "core/domain/IdentityKind.h"
#include "core/util/DataTable.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>
#include <algorithm>
#include <string_view>
#include <vector>

namespace recertify {

namespace {

// Who issued a web identity's token, from its principalId: "arn:aws:iam::ACCOUNT:oidc-provider/HOST…:AUDIENCE:SUBJECT"
// (GitHub Actions, EKS) or "PROVIDER:…" (Cognito, Google).
QString webIdentityProvider(const QString& principalId)
{
    const qsizetype oidc = principalId.indexOf(QLatin1String(":oidc-provider/"));
    const QString rest = oidc >= 0 ? principalId.mid(oidc + 15) : principalId;
    const QString provider = rest.section(u':', 0, 0);
    return provider.isEmpty() ? QStringLiteral("web-identity") : provider;
}

// A request that never got past authentication (a wrong secret beside a leaked key id, an expired session) shows
// nobody using the identity: kept as denied, as AccessDenied is.
bool failedAuthentication(std::string_view code)
{
    if (code.starts_with("Client."))
        code.remove_prefix(7); // EC2's prefix
    static constexpr std::string_view kCodes[]
        = { "SignatureDoesNotMatch", "InvalidClientTokenId", "ExpiredToken",
            "ExpiredTokenException", "AuthFailure",          "UnrecognizedClientException",
            "InvalidAccessKeyId",    "IncompleteSignature",  "MissingAuthenticationToken",
            "InvalidToken",          "TokenRefreshRequired" };
    return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

// Lines of a record-per-line export may be long, but one record is never this long.
constexpr qint64 kMaxLine = 16 * 1024 * 1024;
// CloudTrail delivers a log file every few minutes per region; its JSON is a few MB, rarely tens.
constexpr qsizetype kMaxWholeFile = 128 * 1024 * 1024;

using PermissionTable = QHash<QString, QStringList>;

// eventSource \x1f eventName -> permissions, from the published table shipped with the app.
const PermissionTable& permissionTable()
{
    static const PermissionTable table = [] {
        PermissionTable t;
        for (const QStringList& fields : DataTable::rows(QStringLiteral("cloudtrail-event-permissions.tsv"))) {
            if (fields.size() < 3)
                continue;
            QStringList actions;
            for (const QString& a : fields.at(2).split(u',')) {
                if (!a.trimmed().isEmpty())
                    actions << a.trimmed();
            }
            if (!actions.isEmpty())
                t.insert(fields.at(0) + u'\x1f' + fields.at(1), actions);
        }
        return t;
    }();
    return table;
}

QByteArray firstNonBlank(const QByteArray& bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return QByteArray(1, c);
    }
    return {};
}

} // namespace

QStringList CloudTrailImporter::folderPatterns() const
{
    // CloudWatch Logs' export task writes NNNNNN.gz; SIEM exports are often *.log.
    return { QStringLiteral("*.json"),     QStringLiteral("*.json.gz"), QStringLiteral("*.jsonl"),
             QStringLiteral("*.jsonl.gz"), QStringLiteral("*.ndjson"),  QStringLiteral("*.ndjson.gz"),
             QStringLiteral("*.gz"),       QStringLiteral("*.log") };
}

bool CloudTrailImporter::isDigestPath(const QString& path)
{
    return path.contains(QLatin1String("CloudTrail-Digest"));
}

QStringList CloudTrailImporter::actionsOf(const QString& eventSource, const QString& eventName)
{
    if (const auto it = permissionTable().constFind(eventSource + u'\x1f' + eventName);
        it != permissionTable().constEnd())
        return *it;
    // Lambda logs its API version in the event name (CreateFunction20150331, UpdateFunctionCode20150331v2): the
    // action that authorises it is the name without it.
    if (eventSource == QLatin1String("lambda.amazonaws.com")) {
        static const QRegularExpression version(QStringLiteral("^(.+?)20\\d{6}(v\\d+)?$"));
        if (const auto match = version.match(eventName); match.hasMatch())
            return actionsOf(eventSource, match.captured(1));
    }
    QString prefix = eventSource.section(u'.', 0, 0);
    // Where the event source and the IAM service prefix differ.
    if (prefix == QLatin1String("monitoring"))
        prefix = QStringLiteral("cloudwatch");
    else if (prefix == QLatin1String("email"))
        prefix = QStringLiteral("ses");
    else if (prefix == QLatin1String("bedrock-runtime") || prefix == QLatin1String("bedrock-agent-runtime"))
        prefix = QStringLiteral("bedrock");
    return { prefix + u':' + eventName };
}

QString CloudTrailImporter::actionOf(const QString& eventSource, const QString& eventName)
{
    return actionsOf(eventSource, eventName).constFirst();
}

namespace {

QString q(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// A trail repeats a few hundred principals and calls a million times: what each maps to is worked out once per
// preparing thread. Bounded, as a crafted log could name a new one in every record.
constexpr qsizetype kCachedPerThread = 20000;

template <typename Value> struct ThreadCache
{
    QHash<QByteArray, Value> values;
    QByteArray key; ///< reused, so a lookup allocates nothing

    void start() { key.clear(); }
    void add(std::string_view part)
    {
        // Length first: a part holding the separator (JSON allows \u001f in any string) cannot shift into the next.
        const quint32 size = quint32(part.size());
        key.append(reinterpret_cast<const char*>(&size), sizeof size);
        key.append(part.data(), qsizetype(part.size()));
    }
    const Value* find() const
    {
        const auto it = values.constFind(key);
        return it == values.constEnd() ? nullptr : &*it;
    }
    const Value& insert(Value value)
    {
        if (values.size() >= kCachedPerThread)
            values.clear();
        return *values.insert(key, std::move(value));
    }
};

// The permissions a call needs (CloudTrailImporter::actionsOf), by event source and name.
const QStringList& cachedActions(std::string_view source, std::string_view name)
{
    thread_local ThreadCache<QStringList> cache;
    cache.start();
    cache.add(source);
    cache.add(name);
    if (const QStringList* known = cache.find())
        return *known;
    return cache.insert(CloudTrailImporter::actionsOf(q(source), q(name)));
}

// Who a role session or an IAM user's call is, as toEvent names it.
struct CachedPrincipal
{
    QString principal;
    QString name;
    QStringList aliases;
};

// A role session by its role (sessionIssuer), whatever the session's name; an IAM user by its id, ARN and name. The
// same as the general branches of toEvent, which read the rarer shapes.
const CachedPrincipal& cachedPrincipal(const CloudTrailFields& f)
{
    thread_local ThreadCache<CachedPrincipal> cache;
    const bool role = f.userType == "AssumedRole";
    cache.start();
    cache.add(f.userType);
    cache.add(role ? f.issuerPrincipalId : f.principalId);
    cache.add(role ? f.issuerArn : f.arn);
    cache.add(role ? f.issuerUserName : f.userName);
    if (const CachedPrincipal* known = cache.find())
        return *known;
    CachedPrincipal made;
    const QString arn = q(role ? f.issuerArn : f.arn);
    if (role) {
        made.principal = q(f.issuerPrincipalId);
        // The role's ARN names it as IAM does (the inventory's RoleName); sessionIssuer.userName is the fallback.
        made.name = arn.contains(QLatin1String(":role/")) || f.issuerUserName.empty() ? arn.section(u'/', -1)
                                                                                      : q(f.issuerUserName);
    } else {
        made.principal = q(f.principalId);
        made.name = f.userName.empty() ? arn.section(u'/', -1) : q(f.userName);
    }
    made.aliases = QStringList { arn };
    made.aliases.removeAll(QString());
    made.aliases.removeAll(made.principal);
    return cache.insert(std::move(made));
}

// The same fields from a record that came as a JSON object (envelopes, lines, lookup-events).
CloudTrailFields fieldsOf(const QJsonObject& record, std::vector<QByteArray>& store)
{
    store.clear();
    store.reserve(24);
    auto keep = [&store](const QJsonValue& value) -> std::string_view {
        if (!value.isString())
            return {};
        store.push_back(value.toString().toUtf8());
        return std::string_view(store.back().constData(), size_t(store.back().size()));
    };
    CloudTrailFields f;
    f.eventVersion = keep(record.value(QStringLiteral("eventVersion")));
    f.eventTime = keep(record.value(QStringLiteral("eventTime")));
    f.shippedTime = keep(record.value(QStringLiteral("@timestamp")));
    f.eventSource = keep(record.value(QStringLiteral("eventSource")));
    f.eventName = keep(record.value(QStringLiteral("eventName")));
    f.eventID = keep(record.value(QStringLiteral("eventID")));
    if (f.eventName == "BatchGetSecretValue")
        f.filtered = !record.value(QStringLiteral("requestParameters"))
                          .toObject()
                          .value(QStringLiteral("filters"))
                          .toArray()
                          .isEmpty();
    if (CloudTrailFields::runsPartiql(f.eventName)) {
        const QJsonObject parameters = record.value(QStringLiteral("requestParameters")).toObject();
        f.partiql
            = CloudTrailFields::partiqlVerb(parameters.value(QStringLiteral("statement")).toString().toStdString());
        for (const char* list : { "requestItems", "transactStatements" }) {
            for (const QJsonValue& item : parameters.value(QLatin1String(list)).toArray())
                f.partiql |= CloudTrailFields::partiqlVerb(
                    item.toObject().value(QStringLiteral("statement")).toString().toStdString());
        }
    }
    const QJsonObject efs = record.value(QStringLiteral("serviceEventDetails"))
                                .toObject()
                                .value(QStringLiteral("permissions"))
                                .toObject();
    for (auto it = efs.constBegin(); it != efs.constEnd(); ++it) {
        if (it.value().toBool())
            f.efsPermissions |= CloudTrailFields::efsPermission(it.key().toStdString());
    }
    f.sessionCredentialFromConsole = keep(record.value(QStringLiteral("sessionCredentialFromConsole")));
    f.userAgent = keep(record.value(QStringLiteral("userAgent")));
    f.eventType = keep(record.value(QStringLiteral("eventType")));
    f.eventCategory = keep(record.value(QStringLiteral("eventCategory")));
    f.recipientAccountId = keep(record.value(QStringLiteral("recipientAccountId")));
    f.awsRegion = keep(record.value(QStringLiteral("awsRegion")));
    f.errorCode = keep(record.value(QStringLiteral("errorCode")));
    f.sourceIp = keep(record.value(QStringLiteral("sourceIPAddress")));
    const QJsonObject user = record.value(QStringLiteral("userIdentity")).toObject();
    f.hasUserIdentity = !user.isEmpty();
    f.userType = keep(user.value(QStringLiteral("type")));
    f.principalId = keep(user.value(QStringLiteral("principalId")));
    f.arn = keep(user.value(QStringLiteral("arn")));
    f.userName = keep(user.value(QStringLiteral("userName")));
    f.accessKeyId = keep(user.value(QStringLiteral("accessKeyId")));
    f.invokedBy = keep(user.value(QStringLiteral("invokedBy")));
    f.userAccountId = keep(user.value(QStringLiteral("accountId")));
    if (f.eventName == "AssumeRole")
        f.roleArn = keep(record.value(QStringLiteral("requestParameters")).toObject().value(QStringLiteral("roleArn")));
    const QJsonObject issuer
        = user.value(QStringLiteral("sessionContext")).toObject().value(QStringLiteral("sessionIssuer")).toObject();
    f.issuerPrincipalId = keep(issuer.value(QStringLiteral("principalId")));
    f.issuerArn = keep(issuer.value(QStringLiteral("arn")));
    f.issuerUserName = keep(issuer.value(QStringLiteral("userName")));
    f.resourceArn
        = keep(record.value(QStringLiteral("resources")).toArray().at(0).toObject().value(QStringLiteral("ARN")));
    f.consoleLogin
        = keep(record.value(QStringLiteral("responseElements")).toObject().value(QStringLiteral("ConsoleLogin")));
    f.settleUserType();
    return f;
}

} // namespace

bool CloudTrailImporter::toEvent(const QJsonObject& record, ActivityEvent* event, QString* reason)
{
    std::vector<QByteArray> store;
    return toEvent(fieldsOf(record, store), event, reason);
}

bool CloudTrailImporter::toEvent(const CloudTrailFields& f, ActivityEvent* event, QString* reason)
{
    if (!f.hasUserIdentity) {
        *reason = tr("no userIdentity (%1)").arg(q(f.eventType));
        return false;
    }
    // A record whose type and ARN disagree (the Secrets Manager guide's KMS events: "IAMUser" beside an assumed-role
    // ARN and a role's AROA id) is a role's session, as its ARN says, not an IAM user named after the session.
    if (f.userType == "IAMUser" && f.arn.find(":assumed-role/") != std::string_view::npos) {
        CloudTrailFields session = f;
        session.userType = "AssumedRole";
        return toEvent(session, event, reason);
    }
    event->source = QStringLiteral("aws");
    // A record whose principal was blanked out before it was shared (its account "REDACTED", or its principal id)
    // names nobody: every such record would otherwise be one made-up identity. (A session name hidden alone, as in
    // assumed-role/DeployRole/REDACTED, still names its role.)
    if (f.principalId == "REDACTED" || f.arn.find(":REDACTED:") != std::string_view::npos) {
        *reason = tr("its principal is redacted (%1)").arg(q(f.arn.empty() ? f.principalId : f.arn));
        return false;
    }
    // Network activity events record a call's passage through a VPC endpoint, beside the call's own management or
    // data event (CloudTrail user guide, "Logging network activity events"): counting both would count it twice.
    // A refusal at the endpoint (VpceAccessDenied) never reaches the service, so it has no other event: kept.
    if (f.eventCategory == "NetworkActivity" && f.errorCode.empty()) {
        *reason = tr("a network activity event (VPC endpoint), logged beside the call's own event");
        return false;
    }
    // IAM Identity Center's permission-set roles are people's sessions, not identities Recertify governs.
    if (f.userType == "AssumedRole"
        && (f.issuerArn.find("/aws-reserved/sso.amazonaws.com/") != std::string_view::npos
            || f.arn.find(":assumed-role/AWSReservedSSO_") != std::string_view::npos)) {
        *reason = tr("an IAM Identity Center session (a person's permission set)");
        return false;
    }
    // AWS's own roles acting for the customer (aws:ec2-infrastructure decrypting a volume's key): an IAM role's name
    // holds letters, digits and +=,.@_- only (IAM quotas), so one with ':' is no role the customer can own.
    if (f.userType == "AssumedRole") {
        // The role's name: the issuer's last segment (after any path), or what an assumed-role ARN names.
        std::string_view roleName;
        if (!f.issuerArn.empty()) {
            roleName = f.issuerArn.substr(f.issuerArn.rfind('/') + 1);
        } else if (const size_t at = f.arn.find(":assumed-role/"); at != std::string_view::npos) {
            roleName = f.arn.substr(at + 14);
            roleName = roleName.substr(0, roleName.find('/'));
        }
        if (roleName.find(':') != std::string_view::npos) {
            *reason = tr("an AWS service's own role acting for the account (%1), no role the account owns")
                          .arg(q(roleName).left(100));
            return false;
        }
    }
    if (f.userType == "WebIdentityUser" && f.eventName == "AssumeRoleWithWebIdentity"
        && f.resourceArn.find(":role/") != std::string_view::npos) {
        // A workload outside AWS (a GitHub Actions job, a Kubernetes service account) becoming a role: the role is
        // the identity in use. Its trust policy, not a grant, allows it, so analysis reads it as the role's use only.
        const QString arn = q(f.resourceArn);
        event->principal = arn;
        event->principalName = arn.section(u'/', -1);
        event->principalKind = IdentityKind::IamRole;
    } else if ((f.userType == "AssumedRole" && !f.issuerPrincipalId.empty() && !f.issuerArn.empty())
               || (f.userType == "IAMUser" && !f.principalId.empty())) {
        const CachedPrincipal& known = cachedPrincipal(f);
        event->principal = known.principal;
        event->principalName = known.name;
        event->principalKind = f.userType == "AssumedRole" ? IdentityKind::IamRole : IdentityKind::IamUser;
        event->principalAliases = known.aliases;
    } else if (f.userType == "AssumedRole") {
        event->principal = q(f.issuerPrincipalId.empty() ? f.issuerArn : f.issuerPrincipalId);
        QString arn = q(f.issuerArn);
        // The role's ARN names it as IAM does (the inventory's RoleName); sessionIssuer.userName is the fallback.
        event->principalName = arn.contains(QLatin1String(":role/")) || f.issuerUserName.empty() ? arn.section(u'/', -1)
                                                                                                 : q(f.issuerUserName);
        if (event->principal.isEmpty()) {
            // Without sessionContext the session still names its role: principalId is ROLEID:SESSION and the ARN
            // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION.
            const QString session = q(f.arn);
            const QString roleId = q(f.principalId).section(u':', 0, 0);
            const QString role
                = session.contains(QLatin1String(":assumed-role/")) ? session.section(u'/', 1, 1) : QString();
            if (!role.isEmpty())
                arn = QStringLiteral("arn:%1:iam::%2:role/%3")
                          .arg(session.section(u':', 1, 1), session.section(u':', 4, 4), role);
            event->principal = roleId.startsWith(QLatin1String("AROA")) ? roleId : arn;
            event->principalName = role;
        }
        event->principalKind = IdentityKind::IamRole;
        event->principalAliases = QStringList { arn };
    } else if (f.userType == "IAMUser") {
        // The UserId, or where a record leaves it out, the user's ARN (an alias of the same identity).
        event->principal = q(f.principalId.empty() ? f.arn : f.principalId);
        const QString arn = q(f.arn);
        event->principalName = f.userName.empty() ? arn.section(u'/', -1) : q(f.userName);
        event->principalKind = IdentityKind::IamUser;
        event->principalAliases = QStringList { arn };
    } else if (f.userType == "FederatedUser" && f.issuerArn.find(":user/") != std::string_view::npos) {
        // GetFederationToken's session acts for the IAM user that asked for it (its sessionIssuer).
        event->principal = q(f.issuerPrincipalId.empty() ? f.issuerArn : f.issuerPrincipalId);
        const QString arn = q(f.issuerArn);
        event->principalName = f.issuerUserName.empty() ? arn.section(u'/', -1) : q(f.issuerUserName);
        event->principalKind = IdentityKind::IamUser;
        event->principalAliases = QStringList { arn };
    } else if ((f.userType == "AWSService" || f.userType == "AWSAccount") && f.eventName == "AssumeRole"
               && f.errorCode.empty() && f.roleArn.find(":role/") != std::string_view::npos) {
        // An AWS service (Lambda, EC2, ECS, EKS Pod Identity) taking on a role for the workload it runs, or another
        // account (a vendor's integration, trusted by the role's policy) taking it on: the role is in use, though
        // this record holds no call of its own, and the later calls may be data events no trail logs. Kept as being
        // assumed, which no grant allows; the caller is no identity of this account.
        const QString arn = q(f.roleArn);
        event->principal = arn;
        event->principalName = arn.section(u'/', -1);
        event->principalKind = IdentityKind::IamRole;
    } else {
        // Root, console users, AWS services and federated humans are not non-human identities we govern.
        *reason = tr("principal type %1").arg(f.userType.empty() ? tr("(none)") : q(f.userType).left(100));
        return false;
    }
    event->principalAliases.removeAll(QString());
    event->principalAliases.removeAll(event->principal);
    if (event->principal.isEmpty()) {
        *reason = tr("no principal id or ARN");
        return false;
    }
    // A long-term access key (AKIA…) is a credential the store may hold; a session's (ASIA…) lives an hour or so.
    if (f.accessKeyId.starts_with("AKIA"))
        event->credentialId = q(f.accessKeyId);
    else if (f.accessKeyId.starts_with("ASIA") && event->principalKind == IdentityKind::IamUser)
        event->sessionKey = q(f.accessKeyId); // an IAM user's console session, or GetSessionToken's
    event->action = cachedActions(f.eventSource, f.eventName).constFirst();
    event->resource = q(f.resourceArn);
    event->sourceIp = q(f.sourceIp);
    if (f.consoleLogin == "Failure")
        event->outcome = QStringLiteral("denied"); // a failed sign-in (wrong password, MFA) is no use of the identity
    else if (f.errorCode.empty())
        event->outcome = QStringLiteral("allowed");
    else if (f.errorCode.find("AccessDenied") != std::string_view::npos
             || f.errorCode.find("Unauthorized") != std::string_view::npos || failedAuthentication(f.errorCode))
        event->outcome = QStringLiteral("denied");
    else
        event->outcome = QStringLiteral("error");
    return true;
}

Status CloudTrailImporter::emitDocument(const QJsonObject& object, const QString& path, const QString& where,
                                        RecordSink& sink, int depth)
{
    // A Lambda subscribed to a log group receives {"awslogs": {"data": base64 of the gzipped batch}}.
    const QJsonValue awslogs = object.value(QStringLiteral("awslogs"));
    if (awslogs.isObject() && depth == 0) {
        const QString field = where + QStringLiteral(": awslogs.data");
        const auto decoded
            = QByteArray::fromBase64Encoding(awslogs.toObject().value(QStringLiteral("data")).toString().toLatin1(),
                                             QByteArray::AbortOnBase64DecodingErrors);
        const auto inflated = decoded ? GzipDevice::inflateWhole(*decoded, kMaxLine) : std::nullopt;
        if (!inflated)
            return makeError(tr("%1: %2: expected CloudWatch Logs subscription data (base64 of gzip), as a Lambda "
                                "receives it")
                                 .arg(path, field));
        auto inner = JsonInput::parse(*inflated, QStringLiteral("%1: %2").arg(path, field));
        if (!inner)
            return inner.error();
        return emitDocument(inner->object(), path, field, sink, depth + 1);
    }
    // CloudWatch Logs checks a subscription with a CONTROL_MESSAGE, which holds no records.
    if (object.value(QStringLiteral("messageType")).toString() == QLatin1String("CONTROL_MESSAGE"))
        return {};
    // A Logs Insights answer (aws logs get-query-results): each row a list of {field, value}, the record in @message.
    if (const QJsonValue results = object.value(QStringLiteral("results"));
        results.isArray() && !object.contains(QStringLiteral("eventVersion"))) {
        const QJsonArray rows = results.toArray();
        // A query still running, stopped or timed out answered with what it had found so far.
        if (const QString status = object.value(QStringLiteral("status")).toString();
            !status.isEmpty() && status != QLatin1String("Complete"))
            sink.warning(tr("%1: a CloudWatch Logs Insights answer whose query is %2, not Complete: its records are "
                            "read, but the query may have found more; save the answer once it is Complete")
                             .arg(path, status));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString row = tr("%1, results[%2]").arg(where).arg(i);
            const QJsonObject envelope = JsonInput::insightsMessage(rows.at(i).toArray());
            if (envelope.isEmpty())
                return makeError(tr("%1: %2: a CloudWatch Logs Insights row without @message, which holds the "
                                    "CloudTrail record; run the query with fields @message")
                                     .arg(path, row));
            if (auto status = emitRecord(envelope, path, row, sink); !status)
                return status;
        }
        return {};
    }
    // A subscription batch holds logEvents; aws logs filter-log-events and get-log-events print events.
    for (const char* member : { "logEvents", "events" }) {
        const QJsonValue batch = object.value(QLatin1String(member));
        if (!batch.isArray() || object.contains(QStringLiteral("eventVersion")))
            continue;
        const QJsonArray items = batch.toArray();
        if (items.isEmpty() && qstrcmp(member, "logEvents") == 0)
            continue;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto status = emitRecord(items.at(i).toObject(), path,
                                         tr("%1, %2[%3]").arg(where, QLatin1String(member)).arg(i), sink);
                !status)
                return status;
        }
        return {};
    }
    return emitRecord(object, path, where, sink);
}

Status CloudTrailImporter::emitRecord(const QJsonObject& envelope, const QString& path, const QString& where,
                                      RecordSink& sink)
{
    QJsonObject record = envelope;
    // EventBridge wraps the record in "detail"; lookup-events and CloudWatch keep it as a JSON string.
    if (record.value(QStringLiteral("detail")).isObject() && record.contains(QStringLiteral("detail-type")))
        record = record.value(QStringLiteral("detail")).toObject();
    for (const char* member : { "CloudTrailEvent", "message", "Message" }) {
        const QJsonValue text = record.value(QLatin1String(member));
        if (!text.isString() || record.contains(QStringLiteral("eventVersion")))
            continue;
        auto inner = JsonInput::parse(text.toString().toUtf8(),
                                      QStringLiteral("%1: %2: %3").arg(path, where, QLatin1String(member)));
        if (!inner)
            return inner.error();
        record = inner->object();
        break;
    }
    if (!record.contains(QStringLiteral("eventVersion")) && !record.contains(QStringLiteral("eventName"))) {
        return makeError(
            tr("%1: %2: expected a CloudTrail record (eventVersion, eventName, userIdentity…)").arg(path, where));
    }
    std::vector<QByteArray> store;
    return emitFields(fieldsOf(record, store), path, where, sink);
}

namespace {

std::string_view arnAccount(std::string_view arn)
{
    // arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE
    size_t at = 0;
    for (int field = 0; field < 4; ++field) {
        at = arn.find(':', at);
        if (at == std::string_view::npos)
            return {};
        ++at;
    }
    if (!arn.starts_with("arn:"))
        return {};
    const size_t end = arn.find(':', at);
    const std::string_view account = end == std::string_view::npos ? std::string_view() : arn.substr(at, end - at);
    return account.size() == 12 && account.find_first_not_of("0123456789") == std::string_view::npos
        ? account
        : std::string_view();
}

} // namespace

CloudTrailImporter::Prepared CloudTrailImporter::prepare(const CloudTrailFields& f, qint64 offset)
{
    Prepared out;
    out.offset = offset;
    out.timeText = q(f.eventTime.empty() ? f.shippedTime : f.eventTime);
    out.shipped = f.eventTime.empty() && !f.shippedTime.empty();
    out.named = !f.eventVersion.empty() || !f.eventName.empty();
    out.at = Timestamp::parse(out.timeText);
    // CloudTrail's first record versions (before 1.02) name no recipientAccountId: the trail is then the caller's own
    // account's, which its ARN names (arn:aws:iam::ACCOUNT:user/…), so the days the records cover are known alike.
    // (Only there: a later record without it was cut by a shipper, and a cross-account call's caller is another
    // account.)
    const bool firstVersions = f.eventVersion == "1.0" || f.eventVersion == "1.00" || f.eventVersion == "1.01";
    // An Insights event sums up unusual call rates over a while; it is no call of its own, and the trail that logs
    // it is not the one logging the calls (CloudTrail user guide, "Working with CloudTrail Insights"): it says nothing
    // of which days the calls were logged.
    if (f.eventType != "AwsCloudTrailInsight" && f.recipientAccountId != "REDACTED")
        out.account.assign(f.recipientAccountId.empty() && firstVersions ? arnAccount(f.arn) : f.recipientAccountId);
    out.region.assign(f.awsRegion);
    if (!f.eventID.empty()) {
        // A duplicate delivery repeats the whole record; two records that differ in what or when under one eventID
        // (test data and merged exports reuse ids) are two events.
        QByteArray key(f.eventID.data(), qsizetype(f.eventID.size()));
        // A shipper's @timestamp ("…:40.000Z") written as CloudTrail writes eventTime, so its copy of a record the
        // trail bucket also holds is the same event.
        const QByteArray shipped = f.eventTime.empty() && out.at ? Timestamp::toIso(*out.at).toUtf8() : QByteArray();
        const std::string_view time
            = f.eventTime.empty() ? std::string_view(shipped.constData(), size_t(shipped.size())) : f.eventTime;
        for (const std::string_view part :
             { f.recipientAccountId, time, f.eventSource, f.eventName, f.errorCode, f.arn, f.principalId }) {
            key += '/';
            key.append(part.data(), qsizetype(part.size()));
        }
        out.idHash = eventKeyOf(key); // never 0, which means "no eventID"
    }
    out.attributed = toEvent(f, &out.event, &out.reason);
    if (out.attributed && f.userType == "AWSService")
        out.actions
            = QStringList { QStringLiteral("assumed-by:") + (f.invokedBy.empty() ? q(f.sourceIp) : q(f.invokedBy)) };
    else if (out.attributed && f.userType == "AWSAccount")
        // Named by the account that took it on, which is what its trust policy let in.
        out.actions = QStringList { QStringLiteral("assumed-by:")
                                    + (f.userAccountId.empty() ? q(f.sourceIp) : q(f.userAccountId)) };
    else if (out.attributed && f.userType == "WebIdentityUser" && f.eventName == "AssumeRoleWithWebIdentity")
        // Its trust policy let the provider's token in: no permission of the role's (STS needs no credentials for it),
        // so no grant of sts:* reads as used by it. Named by the provider, as a service's assumption is.
        out.actions = QStringList { QStringLiteral("assumed-by:") + webIdentityProvider(q(f.principalId)) };
    else if (out.attributed)
        out.actions = cachedActions(f.eventSource, f.eventName);
    // With filters, BatchGetSecretValue lists the secrets first (Secrets Manager API reference, Required permissions).
    if (out.attributed && f.filtered && f.eventSource == "secretsmanager.amazonaws.com")
        out.actions << QStringLiteral("secretsmanager:ListSecrets");
    // An IAM-authorised EFS mount (NewClientConnection) says which client permissions it was granted.
    if (out.attributed && f.efsPermissions != 0 && f.eventSource == "elasticfilesystem.amazonaws.com") {
        for (const auto& [bit, action] :
             { std::pair { CloudTrailFields::ClientWrite, "elasticfilesystem:ClientWrite" },
               std::pair { CloudTrailFields::ClientRootAccess, "elasticfilesystem:ClientRootAccess" } }) {
            if (f.efsPermissions & bit)
                out.actions << QLatin1String(action);
        }
    }
    // PartiQL's one API call needs the permission of each statement it ran; the table lists all four for when the
    // statements are not in the record.
    if (out.attributed && f.partiql != 0 && f.eventSource == "dynamodb.amazonaws.com") {
        out.actions.clear();
        for (const auto& [verb, action] : { std::pair { CloudTrailFields::Select, "dynamodb:PartiQLSelect" },
                                            std::pair { CloudTrailFields::Insert, "dynamodb:PartiQLInsert" },
                                            std::pair { CloudTrailFields::Update, "dynamodb:PartiQLUpdate" },
                                            std::pair { CloudTrailFields::Delete, "dynamodb:PartiQLDelete" } }) {
            if (f.partiql & verb)
                out.actions << QLatin1String(action);
        }
    }
    // A console sign-in is a person at the keyboard as much as a console session's calls are. Records from before
    // sessionCredentialFromConsole say so by their agent (CloudTrail User Guide, "userAgent": signin.amazonaws.com
    // and console.amazonaws.com are requests made with the AWS Management Console).
    // The EC2 console's own backend and front end call for the person signed in to it, as "EC2ConsoleBackend,
    // aws-sdk-java/…" and "EC2ConsoleFrontend, aws-internal/3 …";
    // records of 2014 name the console "AWSConsole" (the CloudTrail user guide's CreateUser); the S3 console's calls
    // name it "[S3Console/0.4, aws-internal/3 …]".
    const auto byConsole = [](std::string_view agent) {
        return agent == "signin.amazonaws.com" || agent == "console.amazonaws.com" || agent == "AWSConsole"
            || (agent.starts_with("console.") && agent.ends_with(".amazonaws.com"))
            || agent.starts_with("EC2ConsoleBackend") || agent.starts_with("EC2ConsoleFrontend")
            || agent.starts_with("[S3Console/") || agent.starts_with("S3Console/");
    };
    out.console = out.attributed
        && (f.sessionCredentialFromConsole == "true" || (f.eventName == "ConsoleLogin" && f.consoleLogin == "Success")
            || byConsole(f.userAgent) || byConsole(f.invokedBy));
    // The sign-in's other steps (CheckMfa, a switch of role) are the console's as much as ConsoleLogin is.
    out.atConsole
        = out.console || (out.attributed && (f.eventName == "ConsoleLogin" || f.eventSource == "signin.amazonaws.com"));
    // EC2 creating a grant and a data key for the volume of an instance someone launched at the console ("AWS
    // Internal"): the service's call on that person's behalf, which says nothing of who made the request.
    out.onBehalf = out.attributed && !out.console && !f.invokedBy.empty() && f.userType != "AWSService";
    return out;
}

Status CloudTrailImporter::emitFields(const CloudTrailFields& f, const QString& path, const QString& where,
                                      RecordSink& sink)
{
    Prepared record = prepare(f, 0);
    return replay(record, path, where, sink);
}

Status CloudTrailImporter::replay(Prepared& r, const QString& path, const QString& where, RecordSink& sink)
{
    // Every record, attributed or not, shows the trail saw that account and region that day
    // (said once per change: a file is one account, one region, mostly one day).
    if (r.at && !r.account.empty()) {
        const QDate day = r.at->toUTC().date();
        if (day != m_lastCoveredDay || r.account != m_lastCoveredAccount || r.region != m_lastCoveredRegion) {
            m_lastCoveredDay = day;
            m_lastCoveredAccount = r.account;
            m_lastCoveredRegion = r.region;
            sink.covered(QStringLiteral("aws"),
                         QStringLiteral("account:%1/%2")
                             .arg(QString::fromStdString(r.account), QString::fromStdString(r.region)),
                         day);
        }
    }
    // Every CloudTrail record has its time, whoever acted: one without is not a record of a trail.
    if (!r.at && !r.named)
        return makeError(tr("%1: %2: expected a CloudTrail record (eventVersion, eventName, userIdentity…)")
                             .arg(path, where.isEmpty() ? QStringLiteral("byte %1").arg(r.offset) : where));
    if (!r.at && r.timeText.isEmpty())
        return makeError(tr("%1: %2: eventTime: missing; every CloudTrail record has the time of its call (give the "
                            "records as CloudTrail wrote them)")
                             .arg(path, where.isEmpty() ? QStringLiteral("byte %1").arg(r.offset) : where));
    if (!r.at)
        return makeError(tr("%1: %2: %3: expected an ISO 8601 time, got \"%4\"")
                             .arg(path, where.isEmpty() ? QStringLiteral("byte %1").arg(r.offset) : where,
                                  r.shipped ? QStringLiteral("@timestamp") : QStringLiteral("eventTime"),
                                  r.timeText.left(100)));
    if (!r.attributed) {
        // A repeated delivery of a record passed over is said once: its id is kept, for these records only (the
        // attributed ones are counted once by the run, from ids it keeps on disk).
        if (r.idHash == 0 || m_skippedIds.insert(r.idHash))
            sink.skipped(r.reason);
        return {};
    }
    r.event.timestamp = *r.at;
    if (r.event.rawRef.isEmpty()) { // not prepared ahead
        if (m_currentPath != path) {
            m_currentPath = path;
            m_currentName = QFileInfo(path).fileName();
        }
        r.event.rawRef = m_currentName + u'@' + where;
    }
    // CloudTrail may deliver an event more than once (a cross-account call is logged in both accounts under one
    // eventID: one sighting per account, the account is in the id). Every action of a record carries the record's id,
    // as the store's table of ids counted before has it; the run counts an id repeated in the same aggregate once.
    r.event.eventKey = r.idHash;
    r.event.atConsole = r.atConsole;
    r.event.onBehalf = r.onBehalf;
    r.actions.removeDuplicates();
    // One call needing two permissions (CopyObject: s3:GetObject and s3:PutObject) is one event using both.
    for (qsizetype i = 0; i < r.actions.size(); ++i) {
        r.event.action = r.actions.at(i);
        r.event.counted = i == 0;
        sink.activity(r.event);
    }
    if (r.console) {
        // Session credentials from the console or CloudShell: a person at the keyboard, whatever the call. Kept as
        // its own day aggregate for the human-use finding, not counted as one more event.
        ActivityEvent human = r.event;
        human.action = QStringLiteral("console:session");
        human.outcome = QStringLiteral("allowed");
        human.counted = false;
        sink.activity(human);
    }
    return {};
}

CloudTrailImporter::Inflated CloudTrailImporter::inflate(const QString& path)
{
    Inflated out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return out;
    }
    if (!GzipDevice::isGzip(path, &file)) {
        out.bytes = GzipDevice::readCapped(&file, kMaxWholeFile);
        return out;
    }
    // A trail's files are small: inflated whole, and only a damaged one streamed again to say where it fails.
    if (file.size() <= kMaxWholeFile) {
        const QByteArray compressed = file.readAll();
        if (auto whole = GzipDevice::inflateWhole(compressed, kMaxWholeFile + 1)) {
            out.bytes = std::move(*whole);
            return out;
        }
        file.seek(0);
    }
    GzipDevice gzip(&file);
    if (!gzip.open(QIODevice::ReadOnly)) {
        out.error = tr("%1: %2").arg(path, gzip.errorString());
        return out;
    }
    out.bytes = GzipDevice::readCapped(&gzip, kMaxWholeFile);
    if (gzip.failed())
        out.error
            = tr("%1: byte %2 of the compressed file: %3").arg(path).arg(gzip.compressedRead()).arg(gzip.errorString());
    return out;
}

QString CloudTrailImporter::eventNotification(const QByteArray& head, const QString& path)
{
    // Lambda's event payloads ({"Records": [{"eventSource": "aws:s3"…}]}: S3, SQS, SNS, DynamoDB streams) share
    // the envelope but say what happened to a resource, never who called AWS: CloudTrail names "s3.amazonaws.com".
    static const QRegularExpression lambdaEvent(QStringLiteral(R"re("event[Ss]ource"\s*:\s*"aws:)re"));
    if (!head.contains("\"s3SchemaVersion\"") && !lambdaEvent.match(QString::fromUtf8(head.left(4096))).hasMatch())
        return {};
    return tr("%1: AWS event notifications (S3, SQS, SNS: \"eventSource\": \"aws:…\"), which name the resource "
              "that changed but not the identity that called; give the trail's log files instead")
        .arg(path);
}

CloudTrailImporter::Inflated CloudTrailImporter::inflateAndParse(const QString& path)
{
    Inflated out = inflate(path);
    if (!out.error.isEmpty())
        return out;
    if (out.bytes.startsWith("\xEF\xBB\xBF"))
        out.bytes.remove(0, 3);
    static const QRegularExpression recordsFirst(QStringLiteral(R"re(^\s*\{\s*"Records")re"));
    if (out.bytes.size() > kMaxWholeFile || !recordsFirst.match(QString::fromUtf8(out.bytes.left(256))).hasMatch())
        return out; // another layout: read on the reading core, from the file
    if (out.error = eventNotification(out.bytes.left(64 * 1024), path); !out.error.isEmpty())
        return out;
    // Parsed and mapped here, on the prefetching core; the reading core only counts what comes out.
    // The evidence reference too, so the reading core formats nothing per record.
    const QString evidencePrefix = QFileInfo(path).fileName() + QStringLiteral("@byte ");
    Status status = CloudTrailRecords::read(
        out.bytes, path, [&out, &evidencePrefix](const CloudTrailFields& fields, qint64 offset) -> Status {
            Prepared& record = out.records.emplace_back(prepare(fields, offset));
            if (record.attributed)
                record.event.rawRef = evidencePrefix + QString::number(offset);
            return {};
        });
    if (!status)
        out.parseError = status.errorString();
    out.parsed = true;
    out.bytes = QByteArray();
    return out;
}

void CloudTrailImporter::prefetch(const QStringList& files)
{
    m_plan.clear();
    for (const QString& file : files) {
        if (!isDigestPath(file))
            m_plan << file;
    }
    m_planned = 0;
    topUp();
}

void CloudTrailImporter::topUp()
{
    // One file in preparation on every core, the reading one's too: counting what they hand over takes it a fraction
    // of the time preparing takes, so it would wait otherwise (with one file ahead on two cores, a third of the time).
    const qsizetype depth = std::max(1, QThread::idealThreadCount());
    while (qsizetype(m_ahead.size()) < depth && m_planned < m_plan.size()) {
        const QString next = m_plan.at(m_planned++);
        m_ahead.push_back({ next, QtConcurrent::run(&CloudTrailImporter::inflateAndParse, next) });
    }
}

std::optional<CloudTrailImporter::Inflated> CloudTrailImporter::takePrefetched(const QString& path)
{
    if (m_ahead.empty() || m_ahead.front().first != path)
        return std::nullopt;
    Inflated ready = m_ahead.front().second.takeResult(); // moved out: a file's records are thousands of strings
    m_ahead.pop_front();
    topUp();
    return ready;
}

Status CloudTrailImporter::readWhole(const QByteArray& bytes, const QString& path, qint64 size, RecordSink& sink)
{
    qint64 count = 0;
    Status status = CloudTrailRecords::read(bytes, path, [&](const CloudTrailFields& fields, qint64 offset) -> Status {
        // The file is in memory already: progress counts it half read until its records are done.
        if (++count % 1000 == 0 && !sink.progress(size / 2, size))
            return makeError(tr("Cancelled"));
        return emitFields(fields, path, QStringLiteral("byte %1").arg(offset), sink);
    });
    if (!status)
        return status;
    sink.progress(size, size);
    return {};
}

Status CloudTrailImporter::read(const QString& path, RecordSink& sink)
{
    ++m_files;
    if (isDigestPath(path)) {
        if (m_firstDigest.isEmpty())
            m_firstDigest = path;
        ++m_digests; // hashes of log files, not events
        return {};
    }
    // A log file inflated ahead on another core is parsed straight away.
    if (auto ready = takePrefetched(path)) {
        if (!ready->error.isEmpty())
            return makeError(ready->error);
        if (ready->parsed) {
            // Records come in file order, as if read here: the same coverage, duplicates and errors.
            const qint64 size = QFileInfo(path).size();
            qint64 count = 0;
            for (Prepared& record : ready->records) {
                if (++count % 1000 == 0 && !sink.progress(size / 2, size))
                    return makeError(tr("Cancelled"));
                if (auto status = replay(record, path, QString(), sink); !status)
                    return status;
            }
            if (!ready->parseError.isEmpty())
                return makeError(ready->parseError);
            sink.progress(size, size);
            // Thousands of strings allocated on another core: freed there too, not on the reading core.
            m_freeing = QtConcurrent::run([dead = std::move(*ready)]() mutable { dead = Inflated(); });
            return {};
        }
        QByteArray& bytes = ready->bytes;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        static const QRegularExpression recordsFirst(QStringLiteral(R"re(^\s*\{\s*"Records")re"));
        if (bytes.size() <= kMaxWholeFile && recordsFirst.match(QString::fromUtf8(bytes.left(256))).hasMatch()) {
            return readWhole(bytes, path, QFileInfo(path).size(), sink);
        }
        // Any other layout is read from the file as below.
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 size = file.size();
    GzipDevice gzip(&file);
    QIODevice* device = &file;
    if (GzipDevice::isGzip(path, &file)) {
        if (!gzip.open(QIODevice::ReadOnly))
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        device = &gzip;
    }
    auto progress = [&]() {
        return sink.progress(device == &gzip ? gzip.compressedRead() : file.pos(), size);
    };

    // What kind of file this is shows in its first bytes.
    QByteArray head = device->peek(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF")) {
        device->read(3);
        head = head.mid(3);
    }
    static const QRegularExpression firstKey(QStringLiteral(R"re(^\s*\{\s*"([^"]*)")re"));
    const QString firstMember = firstKey.match(QString::fromUtf8(head.left(4096))).captured(1);
    Layout layout = Layout::Lines;
    // A CloudWatch Logs export (aws logs create-export-task) starts every line, the first too, with the time.
    static const QRegularExpression stamped(QStringLiteral(R"(^\s*\d{4}-\d\d-\d\dT\S+\s+\{)"));
    const bool timeFirst = stamped.match(QString::fromUtf8(head.left(200))).hasMatch();
    if (timeFirst)
        layout = Layout::Lines;
    else if (firstNonBlank(head) == "[")
        layout = Layout::TopLevelArray;
    else if (firstMember == QLatin1String("Records"))
        layout = Layout::Records;
    else if (firstMember == QLatin1String("Events") || firstMember == QLatin1String("NextToken"))
        layout = Layout::LookupEvents;
    // An SDK's answer may put its own metadata first (JavaScript v3's $metadata, boto3's ResponseMetadata): the order
    // of an object's members means nothing.
    else if (static const QRegularExpression eventsArray(QStringLiteral(R"re("Events"\s*:\s*\[)re"));
             head.contains("\"CloudTrailEvent\"") && eventsArray.match(QString::fromUtf8(head)).hasMatch())
        layout = Layout::LookupEvents;
    else if (firstMember == QLatin1String("events") && head.contains("\"message\""))
        layout = Layout::LogGroupEvents;
    else if (head.contains("\"digestStartTime\"") || head.contains("\"digestS3Object\"")
             || firstMember.startsWith(QLatin1String("digest")))
        layout = Layout::Digest;
    else if (head.trimmed().isEmpty())
        return makeError(tr("%1: the file is empty").arg(path));
    else if (firstNonBlank(head) != "{")
        return makeError(tr("%1: expected CloudTrail records as JSON ({\"Records\": […]}, one record per line, or "
                            "aws cloudtrail lookup-events output)")
                             .arg(path));

    if (const QString refused = eventNotification(head, path); !refused.isEmpty())
        return makeError(refused);
    if (layout == Layout::Digest) {
        if (m_firstDigest.isEmpty())
            m_firstDigest = path;
        ++m_digests;
        return {};
    }
    qint64 count = 0;
    if (layout == Layout::Records) {
        // A log file is a few MB: read it whole and let simdjson walk it in place. Anything far larger
        // is streamed record by record below instead, so memory stays bounded whatever the input.
        QByteArray bytes = GzipDevice::readCapped(device, kMaxWholeFile);
        if (device == &gzip && gzip.failed())
            return makeError(tr("%1: byte %2 of the compressed file: %3")
                                 .arg(path)
                                 .arg(gzip.compressedRead())
                                 .arg(gzip.errorString()));
        if (bytes.size() <= kMaxWholeFile)
            return readWhole(bytes, path, size, sink);
        bytes.clear();
        // Start again from the top with the streaming reader.
        if (device == &gzip)
            gzip.close();
        file.seek(0);
        if (device == &gzip && !gzip.open(QIODevice::ReadOnly))
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
    }
    if (layout != Layout::Lines) {
        const QString key = layout == Layout::Records ? QStringLiteral("Records")
            : layout == Layout::LookupEvents          ? QStringLiteral("Events")
            : layout == Layout::LogGroupEvents        ? QStringLiteral("events")
                                                      : QString();
        JsonArrayStream records(device, path, key);
        QJsonObject record;
        qint64 offset = 0;
        while (records.next(&record, &offset)) {
            if (auto status = emitRecord(record, path, tr("byte %1").arg(offset), sink); !status)
                return status;
            if (++count % 1000 == 0 && !progress())
                return makeError(tr("Cancelled"));
        }
        if (!records.errorString().isEmpty())
            return makeError(records.errorString());
        if (!records.foundArray())
            return makeError(tr("%1: expected a CloudTrail log file: {\"Records\": [...]}").arg(path));
        // The AWS CLI writes NextToken after the events when --max-items stopped it short: more events exist.
        if (layout == Layout::LookupEvents) {
            QByteArray tail = head.left(4096);
            if (device == &file && file.seek(std::max<qint64>(0, size - 4096)))
                tail += file.read(4096);
            if (tail.contains("\"NextToken\"")) {
                sink.warning(tr("%1: one page of aws cloudtrail lookup-events output (it ends with NextToken): more "
                                "events exist; without --max-items the AWS CLI reads every page")
                                 .arg(path));
            }
        }
        sink.progress(size, size);
        return {};
    }

    // One record per line. A pretty-printed single record spans lines: read it whole instead.
    const qsizetype firstLineEnd = head.indexOf('\n');
    const QByteArray firstLine = firstLineEnd < 0 ? head : head.left(firstLineEnd);
    if (QJsonDocument::fromJson(firstLine.trimmed()).isNull() && firstLineEnd >= 0 && firstLine.trimmed() == "{") {
        const QByteArray all = GzipDevice::readCapped(device, kMaxLine);
        if (device == &gzip && gzip.failed())
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        if (all.size() > kMaxLine)
            return makeError(tr("%1: a single JSON document larger than %2 MB; expected one record per line")
                                 .arg(path)
                                 .arg(kMaxLine >> 20));
        auto document = JsonInput::parse(all, path);
        if (!document)
            return document.error();
        // One CloudWatch Logs subscription batch (DATA_MESSAGE), as a Firehose or Lambda receives it, or one record.
        if (auto status = emitDocument(document->object(), path, tr("line 1"), sink); !status)
            return status;
        sink.progress(size, size);
        return {};
    }
    qint64 lineNumber = 0;
    while (!device->atEnd()) {
        bool tooLong = false;
        QByteArray line = GzipDevice::readLineCapped(device, kMaxLine, &tooLong);
        ++lineNumber;
        if (tooLong)
            return makeError(tr("%1: line %2: longer than %3 MB; expected one record per line")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(kMaxLine >> 20));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // CloudWatch Logs exports start each line with the ingestion time: "2024-05-01T10:00:00.000Z {…}".
        if (!line.startsWith('{')) {
            const qsizetype brace = line.indexOf('{');
            if (brace < 0)
                return makeError(tr("%1: line %2: expected a JSON record").arg(path).arg(lineNumber));
            line = line.mid(brace);
        }
        auto document = JsonInput::parse(line, path, lineNumber);
        if (!document) {
            // Firehose writes what it delivers to S3 one after another without a delimiter unless told otherwise:
            // subscription batches, or records sent to it directly (EventBridge, a pipeline): "{…}{…}".
            const QList<QByteArray> batches = line.contains("\"logEvents\"") || line.contains("\"eventVersion\"")
                ? JsonInput::topLevelValues(line)
                : QList<QByteArray>();
            if (batches.size() < 2)
                return document.error(); // names the file, the line and where it stops
            for (qsizetype b = 0; b < batches.size(); ++b) {
                auto one
                    = JsonInput::parse(batches.at(b), tr("%1: line %2, batch %3").arg(path).arg(lineNumber).arg(b + 1));
                if (!one)
                    return one.error();
                if (auto status
                    = emitDocument(one->object(), path, tr("line %1, batch %2").arg(lineNumber).arg(b + 1), sink);
                    !status)
                    return status;
            }
            continue;
        }
        // A CloudWatch Logs subscription batch holds several records.
        if (auto status = emitDocument(document->object(), path, tr("line %1").arg(lineNumber), sink); !status)
            return status;
        if (++count % 1000 == 0 && !progress())
            return makeError(tr("Cancelled"));
    }
    if (device == &gzip && gzip.failed())
        return makeError(tr("%1: %2").arg(path, gzip.errorString()));
    sink.progress(size, size);
    return {};
}

void CloudTrailImporter::start()
{
    m_freeing.waitForFinished();
    for (auto& [path, future] : m_ahead)
        future.waitForFinished();
    m_ahead.clear();
    m_plan.clear();
    m_planned = 0;
    m_skippedIds.clear();
    m_digests = 0;
    m_files = 0;
    m_firstDigest.clear();
}

Status CloudTrailImporter::finish(RecordSink& sink)
{
    // Digests beside log files (a synced bucket) are passed over; digests alone are the wrong files.
    if (m_digests > 0 && m_digests == m_files) {
        return makeError(
            tr("%1: only CloudTrail digest files (%n): they hold hashes of log files, not events; give the "
               "log files instead (AWSLogs/ACCOUNT/CloudTrail/…)",
               nullptr, m_digests)
                .arg(m_firstDigest));
    }
    if (m_digests > 0)
        sink.warning(
            tr("skipped %n CloudTrail digest file(s): they hold hashes of log files, not events", nullptr, m_digests));
    return {};
}

} // namespace recertify
