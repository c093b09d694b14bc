#include "core/connectors/aws/AwsIamImporter.h"

#include "core/connectors/JsonInput.h"
#include "core/domain/IdentityKind.h"
#include "core/util/Glob.h"
#include "core/util/Timestamp.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace recertify {

namespace {

QStringList stringOrArray(const QJsonValue& value)
{
    return IamDenies::stringOrArray(value);
}

// Lists the documentation shows both ways: an array, or a single object (or string) standing for one.
QJsonArray listOf(const QJsonValue& value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray { value };
}

// The IAM API returns policy documents URL-encoded (RFC 3986) inside its answers, and a JSON export of such an answer
// keeps them as strings; the CLI decodes them into objects.
QJsonObject documentOf(const QJsonValue& document)
{
    if (!document.isString())
        return document.toObject();
    QByteArray text = document.toString().toUtf8().trimmed();
    if (!text.startsWith('{'))
        text = QByteArray::fromPercentEncoding(text).trimmed();
    return QJsonDocument::fromJson(text).object();
}

QJsonArray statementsOf(const QJsonValue& document)
{
    const QJsonValue statement = documentOf(document).value(QStringLiteral("Statement"));
    return statement.isArray() ? statement.toArray() : QJsonArray { statement };
}

QString tag(const QJsonObject& principal, std::initializer_list<const char*> keys)
{
    for (const QJsonValue& t : listOf(principal.value(QStringLiteral("Tags")))) {
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
        const QJsonValue service
            = s.toObject().value(QStringLiteral("Principal")).toObject().value(QStringLiteral("Service"));
        for (const QString& name : stringOrArray(service)) {
            if (name.startsWith(QLatin1String("bedrock")) || name.startsWith(QLatin1String("agentcore")))
                return true;
        }
    }
    return false;
}

// IAM Identity Center's roles live under its reserved path (with a region since 2023) and are named after the
// permission set: AWSReservedSSO_<set>_<suffix>.
bool identityCenterRole(const QJsonObject& role)
{
    return role.value(QStringLiteral("Path")).toString().startsWith(QLatin1String("/aws-reserved/sso.amazonaws.com/"))
        || role.value(QStringLiteral("RoleName")).toString().startsWith(QLatin1String("AWSReservedSSO_"));
}

} // namespace

void AwsIamImporter::trustFindings(const QJsonObject& role, StagedIdentity& staged)
{
    const QString account = role.value(QStringLiteral("Arn")).toString().section(u':', 4, 4);
    for (const QJsonValue& value : statementsOf(role.value(QStringLiteral("AssumeRolePolicyDocument")))) {
        const QJsonObject s = value.toObject();
        if (s.value(QStringLiteral("Effect")).toString() != QLatin1String("Allow"))
            continue;
        const QJsonValue principal = s.value(QStringLiteral("Principal"));
        QStringList who = principal.isString() ? QStringList { principal.toString() }
                                               : stringOrArray(principal.toObject().value(QStringLiteral("AWS")));
        const bool conditioned = !s.value(QStringLiteral("Condition")).toObject().isEmpty();
        for (const QString& p : std::as_const(who)) {
            // "123456789012", "arn:aws:iam::123456789012:root" or a role or user ARN of that account.
            const QString other = p.startsWith(QLatin1String("arn:")) ? p.section(u':', 4, 4) : p;
            if (p != QLatin1String("*") && (other.isEmpty() || other == account))
                continue;
            // Not something the role may do but who may become it: the analysis reads it apart from grants.
            staged.grants << Grant { 0,
                                     0,
                                     QStringLiteral("assumable-by:") + p,
                                     conditioned ? QStringLiteral("trust-policy;conditioned")
                                                 : QStringLiteral("trust-policy"),
                                     QStringLiteral("AssumeRolePolicyDocument"),
                                     {} };
        }
    }
}

QString AwsIamImporter::conditionTest(const QString& op, const QString& key, const QJsonValue& value)
{
    // The value is kept only where the matcher can tell a test that always holds (a date long past, HTTPS) from one
    // that narrows: cloudsplaining's fn3, "token issued after 2020", delegates nothing.
    static const QStringList contextKeys { QStringLiteral("aws:CurrentTime"), QStringLiteral("aws:EpochTime"),
                                           QStringLiteral("aws:TokenIssueTime"),
                                           QStringLiteral("aws:SecureTransport") };
    // And the services a role may be passed to: passing it to CloudTrail, which runs no code, is no way up.
    if (key.compare(QLatin1String("iam:PassedToService"), Qt::CaseInsensitive) == 0) {
        // Service principals only (letters, digits, dots, dashes, a wildcard): the text is split on ", " and read
        // back, so anything else must not reach it; such a test leaves every service open.
        static const QRegularExpression servicePrincipal(QStringLiteral("^[A-Za-z0-9.*-]{1,80}$"));
        QStringList services;
        for (const QJsonValue& v : value.isArray() ? value.toArray() : QJsonArray { value }) {
            if (!v.isString() || !servicePrincipal.match(v.toString()).hasMatch())
                return op + u' ' + key;
            services << v.toString();
        }
        if (services.isEmpty() || services.size() > 8)
            return op + u' ' + key;
        return op + u' ' + key + u' ' + services.join(u'|');
    }
    const QJsonValue one = value.isArray() && value.toArray().size() == 1 ? value.toArray().first() : value;
    if (!contextKeys.contains(key, Qt::CaseInsensitive) || !(one.isString() || one.isDouble() || one.isBool()))
        return op + u' ' + key;
    // A number beyond any time (1e300) has no value worth keeping: the test then narrows, as an unknown one does.
    if (one.isDouble() && !(std::abs(one.toDouble()) < 1e15))
        return op + u' ' + key;
    const QString text = one.isString() ? one.toString()
        : one.isBool()                  ? QString::fromLatin1(one.toBool() ? "true" : "false")
                                        : QString::number(qint64(one.toDouble()));
    return op + u' ' + key + u' ' + text.left(40);
}

QList<Grant> AwsIamImporter::grantsFromStatements(const QJsonArray& statements, const QString& grantedVia)
{
    QList<Grant> grants;
    for (const QJsonValue& value : statements) {
        const QJsonObject s = value.toObject();
        // Deny statements narrow access; they are not grants. The matcher reads NotAction.
        if (s.value(QStringLiteral("Effect")).toString() != QLatin1String("Allow"))
            continue;
        const QStringList resources = s.contains(QStringLiteral("Resource"))
            ? stringOrArray(s.value(QStringLiteral("Resource")))
            : QStringList { QStringLiteral("NotResource:")
                            + stringOrArray(s.value(QStringLiteral("NotResource"))).join(u',') };
        const QString scope = resources.join(u',');
        // A condition narrows the grant to some requests (a source IP, a tag, a referer): the reviewer reads which,
        // beside where the grant comes from (the resource stays an ARN, which role assumption joins on).
        const QJsonObject condition = s.value(QStringLiteral("Condition")).toObject();
        QStringList tests;
        for (auto op = condition.begin(); op != condition.end(); ++op) {
            const QJsonObject keys = op.value().toObject();
            for (auto key = keys.begin(); key != keys.end(); ++key)
                tests << conditionTest(op.key(), key.key(), key.value());
        }
        const QString via
            = tests.isEmpty() ? grantedVia : grantedVia + QStringLiteral(" when ") + tests.join(QStringLiteral(", "));
        if (s.contains(QStringLiteral("NotAction"))) {
            grants << Grant {
                0,
                0,
                QStringLiteral("NotAction:") + stringOrArray(s.value(QStringLiteral("NotAction"))).join(u','),
                scope,
                via,
                {}
            };
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
    if (!document->isObject())
        return JsonInput::fieldError(path, QStringLiteral("UserDetailList/RoleDetailList"),
                                     tr("the output of aws iam get-account-authorization-details"));
    return readPage(document->object(), path, sink);
}

Status AwsIamImporter::readPage(const QJsonObject& root, const QString& path, RecordSink& sink)
{
    if (!root.contains(QStringLiteral("UserDetailList")) && !root.contains(QStringLiteral("RoleDetailList"))) {
        return JsonInput::fieldError(path, QStringLiteral("UserDetailList/RoleDetailList"),
                                     tr("the output of aws iam get-account-authorization-details"));
    }

    const QJsonArray policies = root.value(QStringLiteral("Policies")).toArray();
    QDateTime pageLatest; // this file's: another account's export made later says nothing of this one
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QJsonObject policy = policies.at(i).toObject();
        const QString arn = policy.value(QStringLiteral("Arn")).toString();
        if (arn.isEmpty())
            return JsonInput::fieldError(path, QStringLiteral("Policies[%1].Arn").arg(i), tr("a policy ARN"));
        const auto updated = Timestamp::fromJson(policy.value(QStringLiteral("UpdateDate")));
        if (updated && *updated > pageLatest)
            pageLatest = *updated;
        for (const QJsonValue& version : listOf(policy.value(QStringLiteral("PolicyVersionList")))) {
            if (!version.toObject().value(QStringLiteral("IsDefaultVersion")).toBool())
                continue;
            const QJsonArray statements = statementsOf(version.toObject().value(QStringLiteral("Document")));
            const QDateTime at = updated ? *updated : QDateTime();
            if (const auto earlier = m_context.managedFrom.constFind(arn);
                earlier != m_context.managedFrom.constEnd() && m_context.managedStatements.value(arn) != statements) {
                // Two exports (two accounts, or one account at two times) give one policy two documents: the one
                // updated later is what holds now, whichever file came last.
                const bool keepEarlier = earlier->second.isValid() && (!at.isValid() || earlier->second > at);
                sink.warning(tr("policy %1 has one default version in %2 and another in %3: the one updated later "
                                "(in %4) is used for every identity it is attached to")
                                 .arg(arn.left(200), earlier->first, path, keepEarlier ? earlier->first : path));
                if (keepEarlier)
                    continue;
            }
            m_context.managedStatements.insert(arn, statements);
            m_context.managedFrom.insert(arn, { path, at });
        }
    }
    for (const QJsonValue& value : root.value(QStringLiteral("GroupDetailList")).toArray())
        m_context.groups << value.toObject();

    // Which accounts this file speaks for: every ARN it holds names one.
    QSet<QString> accounts;
    auto accountOf = [](const QString& arn) {
        return arn.section(u':', 4, 4);
    };
    for (const char* list : { "UserDetailList", "RoleDetailList", "GroupDetailList" }) {
        const QJsonArray items = root.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const QString account = accountOf(item.value(QStringLiteral("Arn")).toString());
            if (!account.isEmpty())
                accounts.insert(account);
            if (qstrcmp(list, "GroupDetailList") != 0)
                m_context.principals << Principal { item, qstrcmp(list, "RoleDetailList") == 0, int(i), path };
            for (const QJsonValue& time :
                 { item.value(QStringLiteral("CreateDate")),
                   item.value(QStringLiteral("RoleLastUsed")).toObject().value(QStringLiteral("LastUsedDate")) }) {
                if (const auto at = Timestamp::fromJson(time); at && *at > pageLatest)
                    pageLatest = *at;
            }
        }
    }
    const auto later = [](QDateTime& kept, const QDateTime& seen) {
        if (seen.isValid() && (!kept.isValid() || seen > kept))
            kept = seen;
    };
    later(m_context.latest, pageLatest);
    for (const QString& account : std::as_const(accounts))
        later(m_context.latestByAccount[account], pageLatest);
    // Marker (the API) or NextToken (the CLI's --max-items) means more pages follow.
    const bool truncated
        = root.value(QStringLiteral("IsTruncated")).toBool() || root.contains(QStringLiteral("NextToken"));
    QSet<QString>& scopes = truncated ? m_context.truncatedScopes : m_context.finalScopes;
    for (const QString& account : std::as_const(accounts)) {
        for (const auto& [list, kind] :
             { std::pair { "RoleDetailList", "roles" }, std::pair { "UserDetailList", "users" } }) {
            if (!root.contains(QLatin1String(list)))
                continue;
            const QString scope = QStringLiteral("account:%1/%2").arg(account, QLatin1String(kind));
            scopes.insert(scope);
            // Two whole listings of one account in one run are two snapshots read as one: what the older lists and
            // the newer leaves out would stay. Said, once per pair of files.
            // A list left empty (--filter Role leaves the users out) is no second listing of them.
            if (!truncated && !root.value(QLatin1String(list)).toArray().isEmpty()) {
                const QString other = m_context.finalFileOf.value(scope);
                if (!other.isEmpty() && other != path && !m_context.twoSnapshots.contains(other + u'\x1f' + path)) {
                    m_context.twoSnapshots.insert(other + u'\x1f' + path);
                    sink.warning(
                        tr("%1 and %2 both list account %3 whole (two exports of one account?): they are read as "
                           "one, so what only one of them leaves out is not taken away; import them one at "
                           "a time, the older first")
                            .arg(other, path, account));
                }
                m_context.finalFileOf.insert(scope, path);
            }
            if (!root.value(QLatin1String(list)).toArray().isEmpty())
                m_context.filledScopes.insert(scope);
        }
    }
    if (truncated) {
        sink.warning(
            tr("%1: one page of a longer listing (IsTruncated): roles and users it leaves out are retired only "
               "when the run also holds the last page")
                .arg(path));
    }
    return {};
}

void AwsIamImporter::start()
{
    m_context = Context();
}

Status AwsIamImporter::finish(RecordSink& sink)
{
    for (const QJsonObject& group : std::as_const(m_context.groups)) {
        const QString name = group.value(QStringLiteral("GroupName")).toString();
        QList<Grant> grants;
        IamDenies denies;
        for (const QJsonValue& inline_ : listOf(group.value(QStringLiteral("GroupPolicyList")))) {
            const QJsonObject p = inline_.toObject();
            const QString via
                = QStringLiteral("group:%1/%2").arg(name, p.value(QStringLiteral("PolicyName")).toString());
            grants += grantsFromStatements(statementsOf(p.value(QStringLiteral("PolicyDocument"))), via);
            denies.add(statementsOf(p.value(QStringLiteral("PolicyDocument"))), via);
        }
        for (const QJsonValue& attached : listOf(group.value(QStringLiteral("AttachedManagedPolicies")))) {
            const QString arn = attached.toObject().value(QStringLiteral("PolicyArn")).toString();
            if (!resolvable(arn))
                m_context.groupKeptVia[name] << QStringLiteral("group:%1/%2").arg(name, arn);
            grants += managedGrants(arn, QStringLiteral("group:%1/%2").arg(name, arn), sink);
            denies.add(m_context.managedStatements.value(arn), QStringLiteral("group:%1/%2").arg(name, arn));
        }
        m_context.groupGrants.insert(name, grants);
        m_context.groupDenies.insert(name, denies);
    }
    // An id under two ARNs (documentation placeholders, a copied fixture): neither may take the other's identity, in
    // whichever order this or a later input lists them, so each is kept by its ARN, which the store finds again.
    QHash<QString, QString> arnOf;
    for (const Principal& principal : std::as_const(m_context.principals)) {
        const QString id
            = principal.json.value(principal.role ? QStringLiteral("RoleId") : QStringLiteral("UserId")).toString();
        const QString arn = principal.json.value(QStringLiteral("Arn")).toString();
        if (id.isEmpty() || arn.isEmpty())
            continue;
        if (const auto known = arnOf.constFind(id); known == arnOf.constEnd())
            arnOf.insert(id, arn);
        else if (*known != arn)
            m_context.sharedIds.insert(id);
    }
    for (const Principal& principal : std::as_const(m_context.principals)) {
        if (auto status = readPrincipal(principal, sink); !status)
            return status;
    }
    // A truncated listing proves an account complete only together with its last page. An empty list proves
    // nothing gone when the input also leaves out policies its entities attach: that is an export narrowed by
    // --filter (which keeps the other lists, empty), not an account without users or roles.
    for (const QString& scope : std::as_const(m_context.finalScopes)) {
        if (m_context.policiesMissing && !m_context.filledScopes.contains(scope)) {
            const QString account = scope.section(u':', 1).section(u'/', 0, 0);
            sink.warning((scope.endsWith(QLatin1String("/users"))
                              ? tr("account %1: the input lists no users, but it also leaves out policies that are "
                                   "attached (an export with --filter?): no user was retired")
                              : tr("account %1: the input lists no roles, but it also leaves out policies that are "
                                   "attached (an export with --filter?): no role was retired"))
                             .arg(account));
            continue;
        }
        sink.complete(source(), scope);
    }
    // AWS tracks a role's last use for 400 days: one listed without any was not used in them, up to the export.
    for (const QString& arn : std::as_const(m_context.unusedRoles)) {
        const QDateTime latest = m_context.latestByAccount.value(arn.section(u':', 4, 4), m_context.latest);
        if (latest.isValid())
            sink.covered(QStringLiteral("aws-access-advisor"), QStringLiteral("principal:") + arn,
                         latest.toUTC().date());
    }
    return {};
}

bool AwsIamImporter::resolvable(const QString& arn) const
{
    static const QRegularExpression administrator(
        QStringLiteral("^arn:aws(-[a-z]+)*:iam::aws:policy/AdministratorAccess$"));
    return m_context.managedStatements.contains(arn) || administrator.match(arn).hasMatch();
}

QList<Grant> AwsIamImporter::managedGrants(const QString& arn, const QString& via, RecordSink& sink)
{
    if (const auto it = m_context.managedStatements.constFind(arn); it != m_context.managedStatements.constEnd())
        return grantsFromStatements(*it, via);
    m_context.policiesMissing = true;
    // AdministratorAccess is AWS's own and never changes: every action on every resource. Unresolved, an
    // administrator would rank below a reader whose export happened to include its policy.
    static const QRegularExpression administrator(
        QStringLiteral("^arn:aws(-[a-z]+)*:iam::aws:policy/AdministratorAccess$"));
    if (administrator.match(arn).hasMatch()) {
        sink.warning(tr("policy %1 is attached but its document is not in the input; AWS publishes it as every "
                        "action on every resource, and it is kept so")
                         .arg(arn));
        return { Grant { 0, 0, QStringLiteral("*"), QStringLiteral("*"), via, {} } };
    }
    // AWS managed policies are often left out of an export (--filter, or pages): keep what is attached.
    sink.warning(
        tr("policy %1 is attached but its document is not in the input; kept as an unresolved grant").arg(arn));
    return { Grant { 0, 0, arn, QStringLiteral("unresolved"), via, {} } };
}

Status AwsIamImporter::readPrincipal(const Principal& principal, RecordSink& sink)
{
    const QJsonObject& p = principal.json;
    const bool role = principal.role;
    const int index = principal.index;
    const QString& path = principal.path;
    const QString list = role ? QStringLiteral("RoleDetailList") : QStringLiteral("UserDetailList");
    const QString idField = role ? QStringLiteral("RoleId") : QStringLiteral("UserId");
    const QString nameField = role ? QStringLiteral("RoleName") : QStringLiteral("UserName");
    const QString where = QStringLiteral("%1[%2]").arg(list).arg(index);

    StagedIdentity staged;
    // The authorization details list no access keys: those the credential report gave are kept.
    staged.credentialsKnown = false;
    Identity& identity = staged.identity;
    identity.source = source();
    identity.nativeId = p.value(idField).toString();
    identity.displayName = p.value(nameField).toString();
    if (identity.nativeId.isEmpty())
        return JsonInput::fieldError(path, where + u'.' + idField, tr("the immutable id"));
    if (identity.displayName.isEmpty())
        return JsonInput::fieldError(path, where + u'.' + nameField, tr("a name"));
    // IAM Identity Center creates a role per permission set and account for the people it signs in; CloudTrail's
    // reading passes over those sessions too. Kept, the role would show no use and every grant as unused.
    if (role && identityCenterRole(p)) {
        sink.skipped(tr("an IAM Identity Center permission-set role (people sign in through it)"));
        sink.passedOver(identity.source, identity.nativeId, identity.displayName);
        return {};
    }
    identity.kind
        = role ? (assumedByAgentRuntime(p) ? IdentityKind::AiAgent : IdentityKind::IamRole) : IdentityKind::IamUser;
    const QString created = p.value(QStringLiteral("CreateDate")).toString();
    if (auto at = Timestamp::parse(created))
        identity.createdAt = *at;
    else if (!created.isEmpty())
        return JsonInput::fieldError(path, where + QStringLiteral(".CreateDate"),
                                     tr("a timestamp, got \"%1\"").arg(created));
    if (role) {
        // {} means: not used within the tracking window.
        const QString lastUsed
            = p.value(QStringLiteral("RoleLastUsed")).toObject().value(QStringLiteral("LastUsedDate")).toString();
        if (auto at = Timestamp::parse(lastUsed))
            identity.lastUsedAt = *at;
        else if (p.value(QStringLiteral("RoleLastUsed")).isObject() && lastUsed.isEmpty()
                 && !p.value(QStringLiteral("Arn")).toString().isEmpty())
            m_context.unusedRoles << p.value(QStringLiteral("Arn")).toString();
    }
    identity.businessOwner = tag(p, { "owner", "business-owner", "businessowner" }).toLower();
    identity.technicalOwner = tag(p, { "technical-owner", "tech-owner", "technicalowner" }).toLower();
    identity.purpose = tag(p, { "purpose", "description" });
    const QString arn = p.value(QStringLiteral("Arn")).toString();
    if (!arn.isEmpty()) {
        staged.aliases << arn;
        staged.scope = QStringLiteral("account:%1/%2")
                           .arg(arn.section(u':', 4, 4), role ? QStringLiteral("roles") : QStringLiteral("users"));
    }
    // Ids are unique in an account; the same one under two ARNs is an input to question, not to merge. Each is
    // kept apart under its ARN, so neither is given the other's grants, owner or history.
    const QString previous = m_context.seenIds.value(identity.nativeId);
    if (!previous.isNull() && previous != arn && !arn.isEmpty())
        sink.warning(tr("%1: %2: id %3 is listed for both %4 and %5; each is kept apart, under its ARN")
                         .arg(path, where, identity.nativeId, previous, arn));
    if (previous.isNull())
        m_context.seenIds.insert(identity.nativeId, arn);
    if (m_context.sharedIds.contains(identity.nativeId) && !arn.isEmpty()) {
        identity.nativeId = arn;
        staged.aliases.removeAll(arn);
    }
    if (role)
        trustFindings(p, staged);

    const QString policyList = role ? QStringLiteral("RolePolicyList") : QStringLiteral("UserPolicyList");
    IamDenies denies;
    for (const QJsonValue& value : listOf(p.value(policyList))) {
        const QJsonObject inlinePolicy = value.toObject();
        const QString via = QStringLiteral("inline:") + inlinePolicy.value(QStringLiteral("PolicyName")).toString();
        staged.grants += grantsFromStatements(statementsOf(inlinePolicy.value(QStringLiteral("PolicyDocument"))), via);
        denies.add(statementsOf(inlinePolicy.value(QStringLiteral("PolicyDocument"))), via);
    }
    // What the input describes whole: the grants stored through anything else (a policy or group whose document
    // the input leaves out) stay as an earlier import found them.
    QStringList keptVia;
    for (const QJsonValue& value : listOf(p.value(QStringLiteral("AttachedManagedPolicies")))) {
        const QString policyArn = value.toObject().value(QStringLiteral("PolicyArn")).toString();
        if (!resolvable(policyArn))
            keptVia << policyArn;
        staged.grants += managedGrants(policyArn, policyArn, sink);
        denies.add(m_context.managedStatements.value(policyArn), policyArn);
    }
    QStringList missingGroups;
    for (const QJsonValue& group : listOf(p.value(QStringLiteral("GroupList")))) {
        if (!m_context.groupGrants.contains(group.toString())) {
            missingGroups << group.toString();
            keptVia << QStringLiteral("group:") + group.toString() + QStringLiteral("/*");
            continue;
        }
        keptVia += m_context.groupKeptVia.value(group.toString());
        staged.grants += m_context.groupGrants.value(group.toString());
        denies.add(m_context.groupDenies.value(group.toString()));
        // Hundreds of groups attaching one large policy would multiply without end: refuse, with the count.
        if (staged.grants.size() > kMaxGrantsPerIdentity) {
            return makeError(tr("%1: %2: %3 expands to more than %L4 grants through its groups; the limit is %L4")
                                 .arg(path, where, identity.displayName.left(100))
                                 .arg(kMaxGrantsPerIdentity));
        }
    }
    // Everything the principal's own lists name is replaced (a policy detached, a group left, a trust ended);
    // only what comes through a document the input leaves out stays as an earlier import found it.
    if (!keptVia.isEmpty()) {
        staged.grantsKnown = false;
        staged.grantsKeptVia = keptVia;
    }
    if (!missingGroups.isEmpty()) {
        // An export with --filter User lists the users' groups by name only: what the groups grant is unknown, not
        // nothing. The grants stored through them stay; what the input does describe is replaced.
        m_context.policiesMissing = true;
        sink.warning(tr("%1: %2: %3 is in group %4, which the input does not describe (an export with --filter "
                        "User?); what the group grants was left as an earlier import found it")
                         .arg(path, where, identity.displayName.left(100), missingGroups.join(QStringLiteral(", "))));
    }
    applyBoundary(p, staged, denies, sink);
    // An explicit Deny overrides every Allow, and applies after the boundary, which may have narrowed a wide grant
    // into actions the Deny refuses: what it names is not access the principal has.
    if (!denies.isEmpty()) {
        QStringList removed;
        staged.grants = denies.apply(staged.grants, &removed);
        if (!removed.isEmpty())
            sink.warning(tr("%1: %2: not shown as grants, because a Deny statement refuses them: %3")
                             .arg(path, identity.displayName, removed.join(QStringLiteral(", "))));
    }
    sink.identity(std::move(staged));
    return {};
}

void AwsIamImporter::applyBoundary(const QJsonObject& principal, StagedIdentity& staged, IamDenies& denies,
                                   RecordSink& sink) const
{
    const QString boundary = principal.value(QStringLiteral("PermissionsBoundary"))
                                 .toObject()
                                 .value(QStringLiteral("PermissionsBoundaryArn"))
                                 .toString();
    if (boundary.isEmpty())
        return;
    const QString name = staged.identity.displayName;
    const auto document = m_context.managedStatements.constFind(boundary);
    if (document == m_context.managedStatements.constEnd()) {
        sink.warning(tr("%1: its permissions boundary %2 is not in the input; its grants are shown as its policies "
                        "give them, though the boundary may allow less")
                         .arg(name, boundary));
        return;
    }
    // A boundary allows at most what its Allow statements list (an Allow of NotAction: everything but what it
    // names) and its Deny statements leave; its Deny statements are denies like any other, applied after it.
    // An Allow under a condition is read as allowing: the grants shown may be more than the boundary lets through.
    denies.add(*document, boundary);
    QStringList allowed;
    QList<QStringList> allowedExcept;
    bool conditional = false;
    for (const QJsonValue& value : *document) {
        const QJsonObject s = value.toObject();
        if (s.value(QStringLiteral("Effect")).toString() != QLatin1String("Allow"))
            continue;
        conditional = conditional || s.contains(QStringLiteral("Condition"));
        if (s.contains(QStringLiteral("NotAction")))
            allowedExcept << stringOrArray(s.value(QStringLiteral("NotAction")));
        else
            allowed += stringOrArray(s.value(QStringLiteral("Action")));
    }
    if (conditional) {
        sink.warning(tr("%1: its permissions boundary %2 allows some actions only under conditions; the grants it "
                        "lets through are shown as its policies give them, though the boundary may allow less")
                         .arg(name, boundary));
    }
    // IAM's wildcards (* any run, ? one character, any case), matched in linear time whatever the file holds.
    auto any = [](const QStringList& patterns, const QString& action) {
        return std::any_of(patterns.begin(), patterns.end(),
                           [&](const QString& pattern) { return Glob(pattern).matches(action); });
    };
    auto allows = [&](const QString& action) {
        return any(allowed, action)
            || std::any_of(allowedExcept.begin(), allowedExcept.end(),
                           [&](const QStringList& except) { return !any(except, action); });
    };
    QList<Grant> kept;
    QStringList outside;
    for (const Grant& grant : std::as_const(staged.grants)) {
        // Who may assume a role, and what is unresolved or NotAction, are not actions a boundary narrows here.
        const bool action = grant.resourceScope != QLatin1String("trust-policy")
            && !grant.resourceScope.startsWith(QLatin1String("trust-policy;"))
            && !grant.permission.startsWith(QLatin1String("NotAction:")) && !grant.isUnresolved();
        if (!action) {
            kept << grant;
            continue;
        }
        const QString via = grant.grantedVia + QStringLiteral(" within boundary ") + boundary.section(u'/', -1);
        if (allows(grant.permission)) {
            Grant within { grant.id, grant.identityId, grant.permission, grant.resourceScope, via, grant.grantedAt };
            // Allowed by a NotAction statement only, a grant wider than what it leaves out keeps all but that:
            // "*" becomes the NotAction itself (not admin when IAM is left out), "s3:*" says "except s3:Delete*".
            const auto notAction
                = std::find_if(allowedExcept.begin(), allowedExcept.end(),
                               [&](const QStringList& except) { return !any(except, grant.permission); });
            if (!any(allowed, grant.permission) && notAction != allowedExcept.end()) {
                QStringList inside;
                for (const QString& except : *notAction) {
                    if (Glob(grant.permission).matches(except))
                        inside << except;
                }
                if (!inside.isEmpty()
                    && (grant.permission == QLatin1String("*") || grant.permission == QLatin1String("*:*")))
                    within.permission = QStringLiteral("NotAction:") + inside.join(u',');
                else if (!inside.isEmpty())
                    within.grantedVia += QStringLiteral(" except ") + inside.join(QStringLiteral(", "));
            }
            kept << within;
            continue;
        }
        // A wildcard grant wider than the boundary holds what the boundary lists within it ("s3:*" → "s3:GetObject").
        bool narrowed = false;
        for (const QString& inner : std::as_const(allowed)) {
            if (inner != grant.permission && Glob(grant.permission).matches(inner)) {
                kept << Grant { grant.id, grant.identityId, inner, grant.resourceScope, via, grant.grantedAt };
                narrowed = true;
            }
        }
        if (!narrowed)
            outside << grant.permission;
    }
    if (!outside.isEmpty()) {
        outside.removeDuplicates();
        sink.warning(tr("%1: %n grant(s) lie outside its permissions boundary %2 and are not counted: %3", nullptr,
                        int(outside.size()))
                         .arg(name, boundary, outside.mid(0, 5).join(QStringLiteral(", "))));
    }
    staged.grants = kept;
}

} // namespace recertify
