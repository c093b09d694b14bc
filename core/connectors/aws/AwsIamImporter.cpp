#include "AwsIamImporter.h"

#include "connectors/JsonInput.h"
#include "domain/IdentityKind.h"
#include "util/Timestamp.h"

namespace recertify {

namespace {

QStringList stringOrArray(const QJsonValue& value)
{
    if (value.isString())
        return { value.toString() };
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

QJsonArray statementsOf(const QJsonValue& document)
{
    const QJsonValue statement = document.toObject().value(QStringLiteral("Statement"));
    return statement.isArray() ? statement.toArray() : QJsonArray { statement };
}

QString tag(const QJsonObject& principal, std::initializer_list<const char*> keys)
{
    for (const QJsonValue& t : principal.value(QStringLiteral("Tags")).toArray()) {
        const QString key = t.toObject().value(QStringLiteral("Key")).toString().toLower();
        for (const char* wanted : keys) {
            if (key == QLatin1String(wanted))
                return t.toObject().value(QStringLiteral("Value")).toString();
        }
    }
    return {};
}

// A role that Bedrock (or another agent runtime) assumes is an AI agent's identity.
bool assumedByAgentRuntime(const QJsonObject& role)
{
    for (const QJsonValue& s : statementsOf(role.value(QStringLiteral("AssumeRolePolicyDocument")))) {
        const QJsonValue service = s.toObject().value(QStringLiteral("Principal")).toObject().value(QStringLiteral("Service"));
        for (const QString& name : stringOrArray(service)) {
            if (name.startsWith(QLatin1String("bedrock")) || name.startsWith(QLatin1String("agentcore")))
                return true;
        }
    }
    return false;
}

} // namespace

QList<Grant> AwsIamImporter::grantsFromStatements(const QJsonArray& statements, const QString& via)
{
    QList<Grant> grants;
    for (const QJsonValue& value : statements) {
        const QJsonObject s = value.toObject();
        // Deny statements narrow access; they are not grants. The matcher reads NotAction.
        if (s.value(QStringLiteral("Effect")).toString() != QLatin1String("Allow"))
            continue;
        const QStringList resources = s.contains(QStringLiteral("Resource"))
            ? stringOrArray(s.value(QStringLiteral("Resource")))
            : QStringList { QStringLiteral("NotResource:") + stringOrArray(s.value(QStringLiteral("NotResource"))).join(u',') };
        const QString scope = resources.join(u',');
        if (s.contains(QStringLiteral("NotAction"))) {
            grants << Grant { 0, 0, QStringLiteral("NotAction:") + stringOrArray(s.value(QStringLiteral("NotAction"))).join(u','),
                scope, via, {} };
            continue;
        }
        for (const QString& action : stringOrArray(s.value(QStringLiteral("Action"))))
            grants << Grant { 0, 0, action, scope, via, {} };
    }
    return grants;
}

Status AwsIamImporter::read(const QString& path, RecordSink& sink)
{
    auto document = JsonInput::readFile(path);
    if (!document)
        return document.error();
    const QJsonObject root = document->object();
    if (!document->isObject()
        || (!root.contains(QStringLiteral("UserDetailList")) && !root.contains(QStringLiteral("RoleDetailList")))) {
        return JsonInput::fieldError(path, QStringLiteral("UserDetailList/RoleDetailList"),
            tr("the output of aws iam get-account-authorization-details"));
    }

    Context context;
    context.path = path;
    const QJsonArray policies = root.value(QStringLiteral("Policies")).toArray();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QJsonObject policy = policies.at(i).toObject();
        const QString arn = policy.value(QStringLiteral("Arn")).toString();
        if (arn.isEmpty())
            return JsonInput::fieldError(path, QStringLiteral("Policies[%1].Arn").arg(i), tr("a policy ARN"));
        for (const QJsonValue& version : policy.value(QStringLiteral("PolicyVersionList")).toArray()) {
            if (version.toObject().value(QStringLiteral("IsDefaultVersion")).toBool())
                context.managedStatements.insert(arn, statementsOf(version.toObject().value(QStringLiteral("Document"))));
        }
    }
    for (const QJsonValue& value : root.value(QStringLiteral("GroupDetailList")).toArray()) {
        const QJsonObject group = value.toObject();
        const QString name = group.value(QStringLiteral("GroupName")).toString();
        QList<Grant> grants;
        for (const QJsonValue& inline_ : group.value(QStringLiteral("GroupPolicyList")).toArray()) {
            const QJsonObject p = inline_.toObject();
            grants += grantsFromStatements(statementsOf(p.value(QStringLiteral("PolicyDocument"))),
                QStringLiteral("group:%1/%2").arg(name, p.value(QStringLiteral("PolicyName")).toString()));
        }
        for (const QJsonValue& attached : group.value(QStringLiteral("AttachedManagedPolicies")).toArray()) {
            const QString arn = attached.toObject().value(QStringLiteral("PolicyArn")).toString();
            grants += grantsFromStatements(context.managedStatements.value(arn), QStringLiteral("group:%1/%2").arg(name, arn));
        }
        context.groupGrants.insert(name, grants);
    }

    const QJsonArray users = root.value(QStringLiteral("UserDetailList")).toArray();
    const QJsonArray roles = root.value(QStringLiteral("RoleDetailList")).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (auto status = readPrincipal(context, users.at(i).toObject(), false, int(i), sink); !status)
            return status;
    }
    for (qsizetype i = 0; i < roles.size(); ++i) {
        if (auto status = readPrincipal(context, roles.at(i).toObject(), true, int(i), sink); !status)
            return status;
    }
    return {};
}

Status AwsIamImporter::readPrincipal(const Context& context, const QJsonObject& p, bool role, int index,
                                     RecordSink& sink) const
{
    const QString list = role ? QStringLiteral("RoleDetailList") : QStringLiteral("UserDetailList");
    const QString idField = role ? QStringLiteral("RoleId") : QStringLiteral("UserId");
    const QString nameField = role ? QStringLiteral("RoleName") : QStringLiteral("UserName");
    const QString where = QStringLiteral("%1[%2]").arg(list).arg(index);

    StagedIdentity staged;
    Identity& identity = staged.identity;
    identity.source = source();
    identity.nativeId = p.value(idField).toString();
    identity.displayName = p.value(nameField).toString();
    if (identity.nativeId.isEmpty())
        return JsonInput::fieldError(context.path, where + u'.' + idField, tr("the immutable id"));
    if (identity.displayName.isEmpty())
        return JsonInput::fieldError(context.path, where + u'.' + nameField, tr("a name"));
    identity.kind = role ? (assumedByAgentRuntime(p) ? IdentityKind::AiAgent : IdentityKind::IamRole) : IdentityKind::IamUser;
    const QString created = p.value(QStringLiteral("CreateDate")).toString();
    if (auto at = Timestamp::parse(created))
        identity.createdAt = *at;
    else if (!created.isEmpty())
        return JsonInput::fieldError(context.path, where + QStringLiteral(".CreateDate"), tr("a timestamp, got \"%1\"").arg(created));
    if (role) {
        // {} means: not used within the tracking window.
        const QString lastUsed = p.value(QStringLiteral("RoleLastUsed")).toObject().value(QStringLiteral("LastUsedDate")).toString();
        if (auto at = Timestamp::parse(lastUsed))
            identity.lastUsedAt = *at;
    }
    identity.businessOwner = tag(p, { "owner", "business-owner", "businessowner" }).toLower();
    identity.technicalOwner = tag(p, { "technical-owner", "tech-owner", "technicalowner" }).toLower();
    identity.purpose = tag(p, { "purpose", "description" });
    const QString arn = p.value(QStringLiteral("Arn")).toString();
    if (!arn.isEmpty())
        staged.aliases << arn;

    const QString policyList = role ? QStringLiteral("RolePolicyList") : QStringLiteral("UserPolicyList");
    for (const QJsonValue& value : p.value(policyList).toArray()) {
        const QJsonObject inlinePolicy = value.toObject();
        staged.grants += grantsFromStatements(statementsOf(inlinePolicy.value(QStringLiteral("PolicyDocument"))),
            QStringLiteral("inline:") + inlinePolicy.value(QStringLiteral("PolicyName")).toString());
    }
    for (const QJsonValue& value : p.value(QStringLiteral("AttachedManagedPolicies")).toArray()) {
        const QString policyArn = value.toObject().value(QStringLiteral("PolicyArn")).toString();
        if (!context.managedStatements.contains(policyArn)) {
            return JsonInput::fieldError(context.path, where + QStringLiteral(".AttachedManagedPolicies"),
                tr("%1 to be listed under Policies with a default version").arg(policyArn));
        }
        staged.grants += grantsFromStatements(context.managedStatements.value(policyArn), policyArn);
    }
    for (const QJsonValue& group : p.value(QStringLiteral("GroupList")).toArray())
        staged.grants += context.groupGrants.value(group.toString());
    sink.identity(std::move(staged));
    return {};
}

} // namespace recertify
