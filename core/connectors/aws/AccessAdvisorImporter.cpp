#include "core/connectors/aws/AccessAdvisorImporter.h"

#include "core/connectors/JsonInput.h"
#include "core/domain/IdentityKind.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace recertify {

namespace {

QString namespaceFromCommand(const QString& command)
{
    static const QRegularExpression re(QStringLiteral(R"(--service-namespace\s+(\S+))"));
    return re.match(command).captured(1);
}

} // namespace

Status AccessAdvisorImporter::read(const QString& path, RecordSink& sink)
{
    auto document = JsonInput::readFile(path);
    if (!document)
        return document.error();
    QJsonObject root = document->object();
    // A boto3 recording (placebo) wraps the answer in status_code and data.
    if (root.contains(QStringLiteral("status_code")) && root.value(QStringLiteral("data")).isObject())
        root = root.value(QStringLiteral("data")).toObject();
    if (root.contains(QStringLiteral("JobStatus")))
        return readResponse(path, QString(), root, sink);
    int responses = 0;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        if (!it.value().toObject().contains(QStringLiteral("JobStatus"))) {
            return JsonInput::fieldError(path, it.key(),
                                         tr("a get-service-last-accessed-details response with JobStatus"));
        }
        if (auto status = readResponse(path + QStringLiteral(": ") + it.key(), it.key(), it.value().toObject(), sink);
            !status)
            return status;
        ++responses;
    }
    if (responses == 0)
        return JsonInput::fieldError(path, QStringLiteral("JobStatus"), tr("an Access Advisor response"));
    return {};
}

void AccessAdvisorImporter::recordCoverage(const QJsonObject& response, const QString& subject, RecordSink& sink)
{
    const QJsonArray services = response.value(QStringLiteral("ServicesLastAccessed")).toArray();
    QSet<QString> named;
    QDateTime latest;
    for (const QJsonValue& value : services) {
        const QJsonObject s = value.toObject();
        if (const QString e = s.value(QStringLiteral("LastAuthenticatedEntity")).toString(); !e.isEmpty())
            named.insert(e);
        for (const QJsonValue& a : s.value(QStringLiteral("TrackedActionsLastAccessed")).toArray()) {
            if (const QString e = a.toObject().value(QStringLiteral("LastAccessedEntity")).toString(); !e.isEmpty())
                named.insert(e);
        }
        if (const auto at = Timestamp::fromJson(s.value(QStringLiteral("LastAuthenticated"))); at && *at > latest)
            latest = *at;
    }
    const auto completed = Timestamp::fromJson(response.value(QStringLiteral("JobCompletionDate")));
    const QDateTime through = completed ? *completed : latest;
    if (!through.isValid())
        return;
    // Access Advisor was read: AWS usage is recorded, so usage alone no longer speaks for every AWS identity.
    sink.covered(QStringLiteral("aws-access-advisor"), QStringLiteral("report"), through.toUTC().date());
    // A user's or role's report lists every service it may use, used or not, over 400 days. Only the ARN the job was
    // generated for says whose it is: a group's or a policy's names the members that used it, maybe one, and covers
    // only the services the group or policy allows.
    static const QRegularExpression identityArn(QStringLiteral(R"(^arn:aws[a-z-]*:iam::\d{12}:(role|user)/)"));
    if (services.isEmpty() || !identityArn.match(subject).hasMatch()
        || (!named.isEmpty() && named != QSet<QString> { subject }))
        return;
    sink.covered(QStringLiteral("aws-access-advisor"), QStringLiteral("principal:") + subject, through.toUTC().date());
}

Status AccessAdvisorImporter::readResponse(const QString& where, const QString& command, const QJsonObject& response,
                                           RecordSink& sink, const QString& subject) const
{
    const QString jobStatus = response.value(QStringLiteral("JobStatus")).toString();
    if (jobStatus != QLatin1String("COMPLETED"))
        return JsonInput::fieldError(where, QStringLiteral("JobStatus"), tr("COMPLETED, got \"%1\"").arg(jobStatus));
    // get-organizations-access-report: per account or organizational unit (EntityPath), how many principals used a
    // service; it names none of them.
    if (response.value(QStringLiteral("AccessDetails")).isArray()
        && !response.contains(QStringLiteral("ServicesLastAccessed"))) {
        return makeError(tr("%1: an AWS Organizations access report (get-organizations-access-report): it counts the "
                            "principals of each account that used a service but names none of them; run "
                            "generate-service-last-accessed-details for each role or user and import its answer "
                            "instead")
                             .arg(where));
    }

    auto emitEvent = [&](const QString& principal, const QString& name, const QString& kind, const QString& action,
                         const QJsonValue& when, const QString& field, const QString& alias = QString()) -> Status {
        if (when.isUndefined() || when.isNull())
            return {}; // never used within the tracking window: that is the point, not an error
        const auto at = Timestamp::fromJson(when);
        if (!at) {
            // Show what is there, an object too (a boto3 recording keeps datetimes as {"__class__": "datetime", …}).
            const QString got = when.isString() ? when.toString()
                : when.isObject() ? QString::fromUtf8(QJsonDocument(when.toObject()).toJson(QJsonDocument::Compact))
                                  : QString::fromUtf8(QJsonDocument(QJsonArray { when }).toJson(QJsonDocument::Compact))
                                        .mid(1)
                                        .chopped(1);
            return JsonInput::fieldError(where, field, tr("a time, got \"%1\"").arg(got.left(120)));
        }
        ActivityEvent event;
        event.source = source();
        event.principal = principal;
        event.principalName = name;
        event.principalKind = kind;
        if (!alias.isEmpty())
            event.principalAliases << alias;
        event.action = action;
        event.timestamp = *at;
        event.rawRef = where;
        // A last access is one moment, not a count of calls: the same report again (tomorrow's, or the CLI's and a
        // recording's of one job) names the same moment and adds nothing.
        event.eventKey = eventKeyOf(
            QStringLiteral("access-advisor/%1/%2/%3").arg(principal, action, Timestamp::toIso(*at)).toUtf8());
        sink.activity(event);
        return {};
    };

    // Per service (the entity that last authenticated is named by ARN, an alias of an IAM identity).
    const QJsonArray services = response.value(QStringLiteral("ServicesLastAccessed")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject s = services.at(i).toObject();
        const QString ns = s.value(QStringLiteral("ServiceNamespace")).toString();
        const QString entity = s.value(QStringLiteral("LastAuthenticatedEntity")).toString();
        const QString field = QStringLiteral("ServicesLastAccessed[%1]").arg(i);
        if (ns.isEmpty())
            return JsonInput::fieldError(where, field + QStringLiteral(".ServiceNamespace"), tr("a service namespace"));
        if (entity.isEmpty()) {
            if (s.contains(QStringLiteral("LastAuthenticated")))
                sink.skipped(tr("no LastAuthenticatedEntity"));
            continue;
        }
        const QString name = entity.section(u'/', -1);
        const QString kind = entity.contains(QLatin1String(":role/")) ? IdentityKind::IamRole : IdentityKind::IamUser;
        const QJsonArray actions = s.value(QStringLiteral("TrackedActionsLastAccessed")).toArray();
        // Tracked actions are some of a service's (management actions: S3's GetObject is never among them): the
        // service's own last use says some action of it was used, which one unknown.
        if (auto st
            = emitEvent(entity, name, kind, ns + QStringLiteral(":*"), s.value(QStringLiteral("LastAuthenticated")),
                        field + QStringLiteral(".LastAuthenticated"));
            !st)
            return st;
        for (qsizetype a = 0; a < actions.size(); ++a) {
            const QJsonObject action = actions.at(a).toObject();
            const QString actor = action.value(QStringLiteral("LastAccessedEntity")).toString();
            if (auto st = emitEvent(actor.isEmpty() ? entity : actor, name, kind,
                                    ns + u':' + action.value(QStringLiteral("ActionName")).toString(),
                                    action.value(QStringLiteral("LastAccessedTime")),
                                    field + QStringLiteral(".TrackedActionsLastAccessed[%1].LastAccessedTime").arg(a));
                !st)
                return st;
        }
    }

    // A bundle keyed by the command names the entity when it is the generate command's (--arn ARN).
    static const QRegularExpression arnOption(QStringLiteral(R"(--arn\s+(\S+))"));
    recordCoverage(response, subject.isEmpty() ? arnOption.match(command).captured(1) : subject, sink);

    // Per entity, for one service (its namespace is in the command that produced the response).
    const QJsonArray entities = response.value(QStringLiteral("EntityDetailsList")).toArray();
    const QString ns = namespaceFromCommand(command);
    if (!entities.isEmpty() && ns.isEmpty()) {
        // The response does not name the service it was asked about; the entities' last authentication is still
        // their last use, but no grant can be called used by it. Those that never authenticated have no use to keep.
        // Only users and roles are kept (groups and policies are not identities), and only those that authenticated.
        const auto used = std::count_if(entities.begin(), entities.end(), [](const QJsonValue& e) {
            const QJsonValue at = e.toObject().value(QStringLiteral("LastAuthenticated"));
            const QString type
                = e.toObject().value(QStringLiteral("EntityInfo")).toObject().value(QStringLiteral("Type")).toString();
            return !at.isUndefined() && !at.isNull()
                && (type == QLatin1String("USER") || type == QLatin1String("ROLE"));
        });
        sink.warning(tr("%1: a get-service-last-accessed-details-with-entities response does not name its service: the "
                        "last use of %n identities is kept, but not which service they used; keep the command with "
                        "the response to record it",
                        nullptr, int(used))
                         .arg(where));
    }
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject e = entities.at(i).toObject();
        const QJsonObject info = e.value(QStringLiteral("EntityInfo")).toObject();
        const QString field = QStringLiteral("EntityDetailsList[%1]").arg(i);
        const QString id = info.value(QStringLiteral("Id")).toString();
        if (id.isEmpty())
            return JsonInput::fieldError(where, field + QStringLiteral(".EntityInfo.Id"), tr("the entity's id"));
        const QString type = info.value(QStringLiteral("Type")).toString();
        if (type != QLatin1String("USER") && type != QLatin1String("ROLE")) {
            sink.skipped(tr("entity type %1").arg(type));
            continue;
        }
        if (auto st
            = emitEvent(id, info.value(QStringLiteral("Name")).toString(),
                        type == QLatin1String("ROLE") ? IdentityKind::IamRole : IdentityKind::IamUser,
                        (ns.isEmpty() ? QStringLiteral("unknown") : ns) + QStringLiteral(":*"),
                        e.value(QStringLiteral("LastAuthenticated")), field + QStringLiteral(".LastAuthenticated"),
                        info.value(QStringLiteral("Arn")).toString());
            !st)
            return st;
    }
    return {};
}

} // namespace recertify
