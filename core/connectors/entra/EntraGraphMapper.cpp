#include "core/connectors/entra/EntraGraphMapper.h"

#include "core/connectors/JsonInput.h"
#include "core/domain/IdentityKind.h"
#include "core/util/Timestamp.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace recertify {

namespace {

// "GET …: value[3]" + "id" -> "GET …: value[3].id"; an entity's field ends with ':'.
QString member(const QString& field, const QString& key)
{
    if (field.isEmpty())
        return key;
    return field.endsWith(u':') ? field + u' ' + key : field + u'.' + key;
}

// The people directory is keyed by email, so mail wins over the UPN (which differs for guests).
QString addressOf(const QJsonObject& user)
{
    const QString mail = user.value(QStringLiteral("mail")).toString();
    return (mail.isEmpty() ? user.value(QStringLiteral("userPrincipalName")).toString() : mail).toLower();
}

} // namespace

EntraGraphMapper::EntraGraphMapper(QString where)
    : m_where(std::move(where))
{
}

EntraGraphMapper::Kind EntraGraphMapper::keywordKind(const QString& segment)
{
    static const QHash<QString, Kind> kinds {
        { QStringLiteral("serviceprincipals"), Kind::ServicePrincipal },
        { QStringLiteral("applications"), Kind::Application },
        { QStringLiteral("approleassignments"), Kind::AppRoleAssignment },
        { QStringLiteral("approleassignedto"), Kind::AppRoleAssignment },
        { QStringLiteral("roleassignments"), Kind::RoleAssignment },
        { QStringLiteral("oauth2permissiongrants"), Kind::PermissionGrant },
        { QStringLiteral("serviceprincipalsigninactivities"), Kind::SignInActivity },
        { QStringLiteral("appcredentialsigninactivities"), Kind::CredentialActivity },
        { QStringLiteral("signins"), Kind::SignIn },
        { QStringLiteral("addpassword"), Kind::NewCredential },
        { QStringLiteral("addkey"), Kind::NewCredential },
        { QStringLiteral("federatedidentitycredentials"), Kind::FederatedCredential },
        { QStringLiteral("owners"), Kind::Owners },
        { QStringLiteral("sponsors"), Kind::Sponsors },
        { QStringLiteral("microsoft.graph.agentuser"), Kind::AgentUser },
    };
    return kinds.value(segment.toLower(), Kind::Unknown);
}

EntraGraphMapper::Route EntraGraphMapper::routeOf(const QString& requestPath)
{
    Route route;
    QString path = requestPath.trimmed();
    if (const qsizetype query = path.indexOf(u'?'); query >= 0)
        path = path.left(query); // first: a $filter may hold spaces
    if (const qsizetype space = path.indexOf(u' '); space > 0)
        path = path.mid(space + 1).trimmed(); // a request line: "GET https://…"
    if (const qsizetype scheme = path.indexOf(QLatin1String("://")); scheme >= 0) {
        const qsizetype slash = path.indexOf(u'/', scheme + 3);
        path = slash < 0 ? QString() : path.mid(slash);
    }
    QStringList segments;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        // Type casts narrow a collection or entity: /servicePrincipals/{id}/microsoft.graph.agentIdentity.
        if (segment.startsWith(QLatin1String("microsoft.graph."), Qt::CaseInsensitive)) {
            route.agentCast = route.agentCast
                || segment.compare(QLatin1String("microsoft.graph.agentIdentity"), Qt::CaseInsensitive) == 0;
            route.agentUserCast = route.agentUserCast
                || segment.compare(QLatin1String("microsoft.graph.agentUser"), Qt::CaseInsensitive) == 0;
        } else if (segment != QLatin1String("v1.0") && segment != QLatin1String("beta"))
            segments << segment;
    }
    if (segments.isEmpty())
        return route;
    if (segments.size() >= 2)
        route.parentId = segments.at(1);
    route.kind = keywordKind(segments.back());
    if (route.kind == Kind::Unknown && segments.size() == 2)
        route.kind = keywordKind(segments.front()); // an entity: /servicePrincipals/{id}
    // /users/microsoft.graph.agentUser, or one of them by id; their sponsors are a navigation of their own.
    if (route.agentUserCast && route.kind == Kind::Unknown)
        route.kind = Kind::AgentUser;
    return route;
}

EntraGraphMapper::Route EntraGraphMapper::routeOfContext(const QString& context)
{
    // ".../$metadata#servicePrincipals(id,appId)/$entity" names the collection without the request.
    static const QRegularExpression selects(QStringLiteral("\\([^)]*\\)"));
    Route route;
    const qsizetype hash = context.indexOf(u'#');
    if (hash < 0)
        return route;
    // "#applications('4d5c…')/federatedIdentityCredentials": a navigation names its parent by key.
    static const QRegularExpression keyed(QStringLiteral("^[A-Za-z.]+\\('([^']+)'\\)/"));
    const QString path = context.mid(hash + 1);
    if (const auto key = keyed.match(path); key.hasMatch())
        route.parentId = key.captured(1);
    QStringList segments = QString(path).remove(selects).split(u'/', Qt::SkipEmptyParts);
    segments.removeAll(QStringLiteral("$entity"));
    for (const QString& segment : std::as_const(segments))
        route.agentCast = route.agentCast
            || segment.compare(QLatin1String("microsoft.graph.agentIdentity"), Qt::CaseInsensitive) == 0;
    if (!segments.isEmpty())
        route.kind = keywordKind(segments.back());
    // Navigations (owners, addPassword) need the parent id that only the request path carries.
    if (route.parentId.isEmpty()
        && (route.kind == Kind::NewCredential || route.kind == Kind::Owners || route.kind == Kind::Sponsors))
        route.kind = Kind::Unknown;
    return route;
}

EntraGraphMapper::Kind EntraGraphMapper::kindOf(const QJsonObject& o)
{
    static const QHash<QString, Kind> types {
        { QStringLiteral("serviceprincipal"), Kind::ServicePrincipal },
        { QStringLiteral("agentidentity"), Kind::ServicePrincipal },
        { QStringLiteral("agentidentityblueprintprincipal"), Kind::ServicePrincipal },
        { QStringLiteral("application"), Kind::Application },
        { QStringLiteral("agentidentityblueprint"), Kind::Application },
        { QStringLiteral("approleassignment"), Kind::AppRoleAssignment },
        { QStringLiteral("unifiedroleassignment"), Kind::RoleAssignment },
        { QStringLiteral("oauth2permissiongrant"), Kind::PermissionGrant },
        { QStringLiteral("serviceprincipalsigninactivity"), Kind::SignInActivity },
        { QStringLiteral("appcredentialsigninactivity"), Kind::CredentialActivity },
        { QStringLiteral("signin"), Kind::SignIn },
        { QStringLiteral("agentuser"), Kind::AgentUser },
    };
    const QString type = o.value(QStringLiteral("@odata.type")).toString().section(u'.', -1).toLower();
    if (types.contains(type))
        return types.value(type);
    // Graph PowerShell leaves servicePrincipalType out of a default Get-MgServicePrincipal; only a service
    // principal carries its owner tenant or its service principal names.
    if (o.contains(QStringLiteral("servicePrincipalType")) || o.contains(QStringLiteral("appOwnerOrganizationId"))
        || o.contains(QStringLiteral("servicePrincipalNames")))
        return Kind::ServicePrincipal;
    // An app registration as az ad app list prints it: no @odata.type, but its audience and API needs.
    if (o.contains(QStringLiteral("appId"))
        && (o.contains(QStringLiteral("signInAudience")) || o.contains(QStringLiteral("requiredResourceAccess"))))
        return Kind::Application;
    if (o.contains(QStringLiteral("appRoleId")) && o.contains(QStringLiteral("principalId")))
        return Kind::AppRoleAssignment;
    // One the docs shorten (no appRoleId): its principal's type and the resource still say what it is.
    if (o.contains(QStringLiteral("principalId")) && o.contains(QStringLiteral("principalType"))
        && o.contains(QStringLiteral("resourceId")))
        return Kind::AppRoleAssignment;
    if (o.value(QStringLiteral("type"))
            .toString()
            .compare(QLatin1String("Microsoft.ManagedIdentity/userAssignedIdentities"), Qt::CaseInsensitive)
        == 0)
        return Kind::UserAssignedIdentity;
    // az identity federated-credential list (the ARM API): the only place a user-assigned identity's are kept.
    if (o.value(QStringLiteral("type"))
            .toString()
            .compare(QLatin1String("Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"),
                     Qt::CaseInsensitive)
        == 0)
        return Kind::FederatedCredential;
    // An Azure RBAC assignment (az role assignment list, Get-AzRoleAssignment, the ARM API): its role and scope are
    // Azure resource paths, not a directory role.
    const QJsonObject arm = o.value(QStringLiteral("properties")).toObject();
    if (o.value(QStringLiteral("type"))
                .toString()
                .compare(QLatin1String("Microsoft.Authorization/roleAssignments"), Qt::CaseInsensitive)
            == 0
        || o.value(QStringLiteral("roleDefinitionId")).toString().startsWith(u'/')
        || arm.value(QStringLiteral("roleDefinitionId")).toString().startsWith(u'/')
        || (o.contains(QStringLiteral("roleDefinitionName")) && o.contains(QStringLiteral("scope")))) {
        // PIM's eligibilities, schedules and requests name a role that is not held now.
        for (const char* pim : { "memberType", "startDateTime", "requestType", "scheduleInfo", "status" }) {
            if (o.contains(QLatin1String(pim)) || arm.contains(QLatin1String(pim)))
                return Kind::Unknown;
        }
        return Kind::AzureRoleAssignment;
    }
    // An active assignment; PIM's schedules and eligibilities (memberType, startDateTime) are not access held now.
    if (o.contains(QStringLiteral("roleDefinitionId")) && o.contains(QStringLiteral("principalId"))
        && !o.contains(QStringLiteral("memberType")) && !o.contains(QStringLiteral("startDateTime"))
        && !o.contains(QStringLiteral("scheduleInfo")))
        return Kind::RoleAssignment;
    if (o.contains(QStringLiteral("clientId")) && o.contains(QStringLiteral("consentType")))
        return Kind::PermissionGrant;
    if (o.contains(QStringLiteral("lastSignInActivity")))
        return Kind::SignInActivity;
    if (o.contains(QStringLiteral("keyId")) && o.contains(QStringLiteral("signInActivity")))
        return Kind::CredentialActivity;
    if (o.contains(QStringLiteral("signInEventTypes")) || o.contains(QStringLiteral("servicePrincipalId")))
        return Kind::SignIn;
    // One sign-in as GET auditLogs/signIns/{id} returns it, with no type: who signed in, with which client.
    if (o.contains(QStringLiteral("createdDateTime")) && o.contains(QStringLiteral("userPrincipalName"))
        && (o.contains(QStringLiteral("clientAppUsed")) || o.contains(QStringLiteral("isInteractive"))
            || o.contains(QStringLiteral("conditionalAccessStatus"))))
        return Kind::SignIn;
    if (o.contains(QStringLiteral("issuer")) && o.contains(QStringLiteral("subject"))
        && o.contains(QStringLiteral("audiences")))
        return Kind::FederatedCredential;
    // Entra Agent ID's agent user: a user account named by the agent identity it belongs to.
    if (o.contains(QStringLiteral("identityParentId")) && o.contains(QStringLiteral("userPrincipalName")))
        return Kind::AgentUser;
    return Kind::Unknown;
}

void EntraGraphMapper::addResponse(const QString& requestPath, const QJsonObject& body, const QString& label)
{
    const QString name = label.isEmpty() ? requestPath : label;
    Route route = routeOf(requestPath);
    if (route.kind == Kind::Unknown) {
        const Route fromContext = routeOfContext(body.value(QStringLiteral("@odata.context")).toString());
        route.kind = fromContext.kind;
        route.agentCast = route.agentCast || fromContext.agentCast;
        if (route.parentId.isEmpty())
            route.parentId = fromContext.parentId;
    }
    const QString entityField = name.isEmpty() ? QString() : name + u':';
    // An application template's instantiate answers with both halves at once (applicationServicePrincipal).
    if (body.value(QStringLiteral("application")).isObject()
        && body.value(QStringLiteral("servicePrincipal")).isObject()) {
        addObject(route, Kind::Application, body.value(QStringLiteral("application")).toObject(),
                  member(entityField, QStringLiteral("application")));
        addObject(route, Kind::ServicePrincipal, body.value(QStringLiteral("servicePrincipal")).toObject(),
                  member(entityField, QStringLiteral("servicePrincipal")));
        return;
    }
    if (!body.contains(QStringLiteral("value"))) {
        addObject(route, route.kind == Kind::Unknown ? kindOf(body) : route.kind, body, entityField);
        return;
    }
    // Microsoft's docs show some single entities (GET …/federatedIdentityCredentials/{id}) as {"value": {…}}: the
    // one object, read as itself.
    if (const QJsonValue value = body.value(QStringLiteral("value")); value.isObject()) {
        const QJsonObject one = value.toObject();
        addObject(route, route.kind == Kind::Unknown ? kindOf(one) : route.kind, one,
                  member(entityField, QStringLiteral("value")));
        return;
    }
    if (!body.value(QStringLiteral("value")).isArray()) {
        fail(member(entityField, QStringLiteral("value")), tr("an array of objects"));
        return;
    }
    // A collection is complete when nothing filtered it and no next page was left unread.
    const QString collection = route.kind == Kind::ServicePrincipal ? QStringLiteral("servicePrincipals")
        : route.kind == Kind::Application                           ? QStringLiteral("applications")
        : route.kind == Kind::AgentUser                             ? QStringLiteral("agentUsers")
                                                                    : QString();
    const bool filtered = requestPath.contains(QLatin1String("$filter"))
        || requestPath.contains(QLatin1String("$search")) || requestPath.contains(QLatin1String("%24filter"))
        || requestPath.contains(QLatin1String("%24search"));
    const bool whole = !filtered && !(body.contains(QStringLiteral("@odata.nextLink")) && !m_nextLinksFollowed);
    // A whole answer of grants proves gone what it leaves out: the tenant's, or one principal's (appRoleAssignedTo
    // lists a resource's clients, not what the resource holds).
    const QString via = route.kind == Kind::AppRoleAssignment ? QStringLiteral("appRoleAssignment:*")
        : route.kind == Kind::PermissionGrant                 ? QStringLiteral("oauth2PermissionGrant:*")
        : route.kind == Kind::RoleAssignment                  ? QStringLiteral("roleAssignment:*")
                                                              : QString();
    const bool assignedTo = requestPath.contains(QLatin1String("appRoleAssignedTo"), Qt::CaseInsensitive)
        || body.value(QStringLiteral("@odata.context")).toString().contains(QLatin1String("appRoleAssignedTo"));
    if (!via.isEmpty() && whole && !assignedTo) {
        if (route.kind == Kind::AppRoleAssignment && route.parentId.isEmpty()) {
            // Graph lists app role assignments per principal only: one without its request names its principals.
            for (const QJsonValue& item : body.value(QStringLiteral("value")).toArray())
                m_grantsListedFor[item.toObject().value(QStringLiteral("principalId")).toString()].insert(via);
        } else if (route.parentId.isEmpty() || route.parentId == QLatin1String("directory")) {
            m_grantsListed.insert(via);
        } else {
            m_grantsListedFor[route.parentId].insert(via);
        }
    }
    if (!collection.isEmpty()) {
        if (!whole)
            m_partial.insert(collection);
        else
            m_listed.insert(collection);
        // Judged per answer: two lookups in one run are still two lookups.
        m_listedObjects[collection]
            = std::max(m_listedObjects.value(collection), int(body.value(QStringLiteral("value")).toArray().size()));
        if (!m_listedWhere.contains(collection))
            m_listedWhere.insert(collection, m_where);
    } else if (body.contains(QStringLiteral("@odata.nextLink")) && !m_nextLinksFollowed
               && !m_pagesLeft.contains(m_where)) {
        m_pagesLeft << m_where;
    }
    const QJsonArray items = body.value(QStringLiteral("value")).toArray();
    // An ARM answer of a managed identity's federated credentials with no nextLink left is its whole list.
    if (whole && !body.contains(QStringLiteral("nextLink")))
        addWholeList(items);
    // A cast in the request (…/applications/microsoft.graph.agentIdentityBlueprint) names the items' type once, in
    // @odata.context, which Graph's default metadata leaves off each item: given to each as its own @odata.type.
    const QString context = body.value(QStringLiteral("@odata.context")).toString();
    const qsizetype cast = context.lastIndexOf(QLatin1String("/microsoft.graph."));
    const QString castType = cast > 0 && context.indexOf(u'#') >= 0 && cast > context.indexOf(u'#')
        ? QString(u'#' + context.mid(cast + 1).section(u'/', 0, 0).section(u'(', 0, 0))
        : QString();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject object = items.at(i).toObject();
        if (!castType.isEmpty() && !object.contains(QStringLiteral("@odata.type")))
            object.insert(QStringLiteral("@odata.type"), castType);
        const QString field = member(entityField, QStringLiteral("value[%1]").arg(i));
        addObject(route, route.kind == Kind::Unknown ? kindOf(object) : route.kind, object, field);
    }
}

void EntraGraphMapper::addWholeList(const QJsonArray& items)
{
    for (const QJsonValue& item : items) {
        const QString id = item.toObject().value(QStringLiteral("id")).toString();
        const qsizetype below = id.indexOf(QLatin1String("/federatedIdentityCredentials/"), 0, Qt::CaseInsensitive);
        if (id.startsWith(u'/') && below > 0 && kindOf(item.toObject()) == Kind::FederatedCredential)
            m_armFederatedListed.insert(id.left(below).toLower());
    }
}

void EntraGraphMapper::addObject(const Route& route, Kind kind, const QJsonObject& object, const QString& field)
{
    ++m_objects;
    switch (kind) {
    case Kind::ServicePrincipal:
        addServicePrincipal(route, object, field);
        break;
    case Kind::AgentUser:
        addAgentUser(object, field);
        break;
    case Kind::UserAssignedIdentity: {
        // az identity list (or the ARM API): the identity's principal is its service principal in Entra (principalId),
        // its client id the principal's appId. Read as that principal, saying nothing of the others.
        const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
        const auto valueOf = [&](const char* key) {
            const QJsonValue value = object.value(QLatin1String(key));
            return value.isUndefined() ? properties.value(QLatin1String(key)) : value;
        };
        if (valueOf("principalId").toString().isEmpty())
            return fail(member(field, QStringLiteral("principalId")),
                        tr("the object id of the managed identity's service principal"));
        QJsonObject principal { { QStringLiteral("id"), valueOf("principalId") },
                                { QStringLiteral("appId"), valueOf("clientId") },
                                { QStringLiteral("displayName"), object.value(QStringLiteral("name")) },
                                { QStringLiteral("servicePrincipalType"), QStringLiteral("ManagedIdentity") },
                                { QStringLiteral("alternativeNames"),
                                  QJsonArray { QStringLiteral("isExplicit=True"),
                                               object.value(QStringLiteral("id")) } } };
        if (const QJsonValue created
            = object.value(QStringLiteral("systemData")).toObject().value(QStringLiteral("createdAt"));
            created.isString())
            principal.insert(QStringLiteral("createdDateTime"), created);
        m_principalOfArmIdentity.insert(object.value(QStringLiteral("id")).toString().toLower(),
                                        valueOf("principalId").toString());
        addServicePrincipal(route, principal, field);
        break;
    }
    case Kind::Application: {
        // App registrations hold most secrets; finish() hands them to the principal with the same appId.
        const QString appId = object.value(QStringLiteral("appId")).toString();
        if (appId.isEmpty()) {
            // A $select without appId: the registration cannot be joined or named, and a list of such would
            // otherwise count as every application gone.
            return fail(
                member(field, QStringLiteral("appId")),
                tr("the application's appId (a $select that leaves it out cannot be imported; select appId too)"));
        }
        m_appIdOfApplication.insert(object.value(QStringLiteral("id")).toString(), appId);
        addInlinePeople(object.value(QStringLiteral("id")).toString(), object);
        m_appCredentials[appId] += credentialsOf(object, field, kListedInApplication);
        if (!m_appCredentialsWhere.contains(appId))
            m_appCredentialsWhere.insert(appId, m_where);
        if (!appId.isEmpty() && !m_applications.contains(appId)) {
            m_applicationOrder << appId;
            m_applications.insert(appId, object);
        }
        break;
    }
    case Kind::AppRoleAssignment:
        addAppRoleAssignment(object, field);
        break;
    case Kind::RoleAssignment:
        addRoleAssignment(object, field);
        break;
    case Kind::AzureRoleAssignment:
        addAzureRoleAssignment(object, field);
        break;
    case Kind::PermissionGrant:
        addPermissionGrant(object, field);
        break;
    case Kind::SignInActivity: {
        // The principal's own use is its sign-ins as a client; lastSignInActivity also counts others signing in to
        // it as a resource, which says the API is called, not that the identity acts. Where the breakdown is
        // given (beta) the client side decides; else the overall last sign-in is all there is.
        QDateTime at;
        bool split = false;
        for (const char* side : { "applicationAuthenticationClientSignInActivity", "delegatedClientSignInActivity" }) {
            if (!object.contains(QLatin1String(side)))
                continue;
            split = true;
            const QDateTime t = timeOf(object.value(QLatin1String(side)).toObject(),
                                       QStringLiteral("lastSignInDateTime"), member(field, QLatin1String(side)));
            if (t.isValid() && (!at.isValid() || t > at))
                at = t;
        }
        if (!split) {
            at = timeOf(object.value(QStringLiteral("lastSignInActivity")).toObject(),
                        QStringLiteral("lastSignInDateTime"), member(field, QStringLiteral("lastSignInActivity")));
        }
        const QString appId = object.value(QStringLiteral("appId")).toString();
        if (appId.isEmpty() && at.isValid()) {
            // Nobody to credit it to (a template row, a cut export): an identity with no name would be made.
            m_skipped << tr("%1: %2: a last sign-in that names no application")
                             .arg(m_where, member(field, QStringLiteral("appId")));
        } else if (at.isValid()) {
            m_lastSignIns.append({ appId, at, m_where });
        }
        break;
    }
    case Kind::CredentialActivity: {
        // Which secret or certificate signed in last, and when: its last use, and its principal's.
        const QDateTime at
            = timeOf(object.value(QStringLiteral("signInActivity")).toObject(), QStringLiteral("lastSignInDateTime"),
                     member(field, QStringLiteral("signInActivity")));
        if (at.isValid()) {
            m_credentialUses.append({ object.value(QStringLiteral("servicePrincipalObjectId")).toString(),
                                      object.value(QStringLiteral("appId")).toString(),
                                      object.value(QStringLiteral("keyId")).toString(), at, m_where });
        }
        break;
    }
    case Kind::SignIn:
        addSignIn(object, field);
        break;
    case Kind::NewCredential: {
        // addPassword answers with secretText: credentialOf() reads the metadata only.
        const QString type
            = object.contains(QStringLiteral("usage")) ? QStringLiteral("certificate") : QStringLiteral("secret");
        if (auto credential = credentialOf(object, type, field))
            m_newCredentials.append({ route.parentId, *credential, m_where });
        break;
    }
    case Kind::FederatedCredential: {
        // GET /applications/{id}/federatedIdentityCredentials; without the request line the @odata.context
        // ("#applications('{id}')/federatedIdentityCredentials") or each entry's @odata.id names its application.
        static const QRegularExpression owner(QStringLiteral("(?:Application|ServicePrincipal)\\('([^']+)'\\)"),
                                              QRegularExpression::CaseInsensitiveOption);
        QString parent = route.parentId;
        if (parent.isEmpty())
            parent = owner.match(object.value(QStringLiteral("@odata.id")).toString()).captured(1);
        // An ARM one names its managed identity by the identity's resource id, the start of its own.
        const QString armId = object.value(QStringLiteral("id")).toString();
        const qsizetype below = armId.indexOf(QLatin1String("/federatedIdentityCredentials/"), 0, Qt::CaseInsensitive);
        // The ARM body nests issuer and subject in properties; az prints them flat.
        const bool arm = armId.startsWith(u'/') && below > 0;
        if (parent.isEmpty() && arm)
            parent = armId.left(below).toLower();
        if (parent.isEmpty()) {
            m_skipped << tr("%1: %2: a federated credential that does not say whose it is; save the request line "
                            "(GET /applications/{id}/federatedIdentityCredentials) with the answer")
                             .arg(m_where, field);
        } else if (auto credential = federatedOf(object, field)) {
            if (arm && !object.value(QStringLiteral("name")).toString().isEmpty())
                credential->credentialId = object.value(QStringLiteral("name")).toString(); // its name on the identity
            m_newCredentials.append({ parent, *credential, m_where });
        }
        break;
    }
    case Kind::Owners:
    case Kind::Sponsors: {
        const QString address = addressOf(object);
        if (route.parentId.isEmpty())
            break;
        // A bare directoryObject (the docs' own example), or a user read with $select=id, says who the person is
        // only by id; an owning service principal is no person, and is left out as before.
        const QString type = object.value(QStringLiteral("@odata.type")).toString().section(u'.', -1);
        if (address.isEmpty() && type.compare(QLatin1String("servicePrincipal"), Qt::CaseInsensitive) != 0) {
            const QString id = object.value(QStringLiteral("id")).toString().left(60);
            m_skipped << (kind == Kind::Sponsors
                              ? tr("%1: %2: a sponsor given by id only (%3), with no mail or userPrincipalName to name "
                                   "the person; list sponsors with $select=id,mail,userPrincipalName")
                              : tr("%1: %2: an owner given by id only (%3), with no mail or userPrincipalName to name "
                                   "the person; list owners with $select=id,mail,userPrincipalName"))
                             .arg(m_where, field, id);
            break;
        }
        if (address.isEmpty())
            break;
        if (kind == Kind::Sponsors)
            addPerson(m_sponsors, nullptr, route.parentId, address);
        else
            addPerson(m_owners, &m_secondOwners, route.parentId, address);
        break;
    }
    case Kind::Unknown:
        m_skipped << tr("%1: %2: not a Microsoft Graph object this importer reads").arg(m_where, field);
        ++m_unknown;
        // Id, AppId and DisplayName alone (a Select-Object of either cmdlet) fit an application and a principal alike.
        if (object.contains(QStringLiteral("appId")) && object.contains(QStringLiteral("id")))
            ++m_lookAlike;
        break;
    }
}

void EntraGraphMapper::addInlinePeople(const QString& id, const QJsonObject& object)
{
    for (const QJsonValue& sponsor : object.value(QStringLiteral("sponsors")).toArray()) {
        if (const QString address = addressOf(sponsor.toObject()); !address.isEmpty())
            addPerson(m_sponsors, nullptr, id, address);
    }
    for (const QJsonValue& owner : object.value(QStringLiteral("owners")).toArray()) {
        if (const QString address = addressOf(owner.toObject()); !address.isEmpty())
            addPerson(m_owners, &m_secondOwners, id, address);
    }
}

void EntraGraphMapper::addPerson(QHash<QString, QString>& first, QHash<QString, QString>* second, const QString& id,
                                 const QString& address)
{
    if (!first.contains(id))
        first.insert(id, address);
    else if (second && first.value(id) != address && !second->contains(id))
        second->insert(id, address);
}

void EntraGraphMapper::addAgentUser(const QJsonObject& object, const QString& field)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(member(field, QStringLiteral("id")), tr("the object id"));
    addInlinePeople(id, object);
    auto it = m_agentUsers.find(id);
    if (it == m_agentUsers.end()) {
        m_agentUserOrder << id;
        m_agentUsers.insert(id, object);
        m_agentUserFields.insert(id, member(m_where + u':', field));
        return;
    }
    for (auto entry = object.begin(); entry != object.end(); ++entry)
        it->insert(entry.key(), entry.value());
}

void EntraGraphMapper::addServicePrincipal(const Route& route, QJsonObject object, const QString& field)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return fail(member(field, QStringLiteral("id")), tr("the object id"));
    if (route.agentCast && !object.contains(QStringLiteral("@odata.type")))
        object.insert(QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.agentIdentity"));
    // Sponsors and owners read with $expand=sponsors / $expand=owners arrive inline, and so do the app roles it holds
    // with $expand=appRoleAssignments.
    addInlinePeople(id, object);
    const QJsonArray assigned = object.value(QStringLiteral("appRoleAssignments")).toArray();
    if (object.contains(QStringLiteral("appRoleAssignments"))
        && !object.contains(QStringLiteral("appRoleAssignments@odata.nextLink")))
        m_grantsListedFor[id].insert(QStringLiteral("appRoleAssignment:*"));
    for (qsizetype i = 0; i < assigned.size(); ++i)
        addAppRoleAssignment(assigned.at(i).toObject(), member(field, QStringLiteral("appRoleAssignments[%1]").arg(i)));
    auto it = m_servicePrincipals.find(id);
    if (it == m_servicePrincipals.end()) {
        m_spOrder << id;
        m_servicePrincipals.insert(id, object);
        m_spFields.insert(id, field);
        return;
    }
    // The same principal from a list and from a $select read: later keys complete earlier ones.
    for (auto key = object.constBegin(); key != object.constEnd(); ++key)
        it->insert(key.key(), key.value());
}

void EntraGraphMapper::addAppRoleAssignment(const QJsonObject& o, const QString& field)
{
    const QString principalType = o.value(QStringLiteral("principalType")).toString();
    if (!principalType.isEmpty() && principalType != QLatin1String("ServicePrincipal")) {
        m_skipped
            << (field.isEmpty()
                    ? tr("%1: an app role assigned to a %2, not to a workload identity").arg(m_where, principalType)
                    : tr("%1: %2: an app role assigned to a %3, not to a workload identity")
                          .arg(m_where, field, principalType));
        return;
    }
    // The object's principalId, not the path's id, names the holder (the Graph docs example differs).
    PendingGrant pending;
    pending.principalId = o.value(QStringLiteral("principalId")).toString();
    pending.principalName = o.value(QStringLiteral("principalDisplayName")).toString();
    pending.appRoleId = o.value(QStringLiteral("appRoleId")).toString();
    pending.resourceId = o.value(QStringLiteral("resourceId")).toString();
    if (pending.principalId.isEmpty())
        return fail(member(field, QStringLiteral("principalId")), tr("the object id of the service principal"));
    if (pending.appRoleId.isEmpty())
        return fail(member(field, QStringLiteral("appRoleId")), tr("the id of an app role"));
    const QString resourceName = o.value(QStringLiteral("resourceDisplayName")).toString();
    pending.grant.resourceScope = resourceName.isEmpty() ? pending.resourceId : resourceName;
    pending.grant.grantedVia = QStringLiteral("appRoleAssignment:") + o.value(QStringLiteral("id")).toString();
    pending.grant.grantedAt = timeOf(o, QStringLiteral("createdDateTime"), field);
    m_grants << pending;
}

void EntraGraphMapper::addRoleAssignment(const QJsonObject& o, const QString& field)
{
    // GET /roleManagement/directory/roleAssignments: a directory role (Global Administrator…) held by a user, a group
    // or a service principal; only the last is kept, in finish(), once the principals are known.
    PendingGrant pending;
    pending.directoryRole = true;
    pending.principalId = o.value(QStringLiteral("principalId")).toString();
    const QString definition = o.value(QStringLiteral("roleDefinitionId")).toString();
    if (pending.principalId.isEmpty())
        return fail(member(field, QStringLiteral("principalId")), tr("the object id of the role's holder"));
    if (definition.isEmpty())
        return fail(member(field, QStringLiteral("roleDefinitionId")), tr("the id of a role definition"));
    // $expand=roleDefinition names it; a built-in role's id is its template id, which a table names.
    QString name = o.value(QStringLiteral("roleDefinition")).toObject().value(QStringLiteral("displayName")).toString();
    if (name.isEmpty())
        name = directoryRoleName(definition);
    pending.grant.permission = QStringLiteral("directoryRole:") + (name.isEmpty() ? definition : name);
    // $expand=principal says who holds it: a user or a group is no workload identity.
    const QJsonObject principal = o.value(QStringLiteral("principal")).toObject();
    const QString type = principal.value(QStringLiteral("@odata.type")).toString().section(u'.', -1);
    if (!type.isEmpty() && kindOf(principal) != Kind::ServicePrincipal) { // agent identities are principals too
        m_skipped << tr("%1: %2: %3 held by a %4, not a workload identity")
                         .arg(m_where, field, pending.grant.permission.mid(14), type);
        return;
    }
    if (!type.isEmpty()) {
        pending.holderIsPrincipal = true;
        pending.holderIsManaged
            = principal.value(QStringLiteral("servicePrincipalType")).toString() == QLatin1String("ManagedIdentity");
        pending.principalName = principal.value(QStringLiteral("displayName")).toString();
    }
    const QString scope = o.value(QStringLiteral("directoryScopeId")).toString();
    pending.grant.resourceScope = scope.isEmpty() || scope == QLatin1String("/") ? QStringLiteral("tenant") : scope;
    pending.grant.grantedVia = QStringLiteral("roleAssignment:") + o.value(QStringLiteral("id")).toString();
    pending.where = field.isEmpty() ? m_where : member(m_where + u':', field); // a lone object: the file
    m_grants << pending;
}

void EntraGraphMapper::addAzureRoleAssignment(const QJsonObject& o, const QString& field)
{
    // The ARM API nests the assignment in properties; az and Get-AzRoleAssignment print it flat (PowerShell names the
    // holder ObjectId and ObjectType).
    QJsonObject a = o;
    const QJsonObject properties = o.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        a.insert(it.key(), it.value());
    const auto text = [&](const char* key, const char* other) {
        const QString value = a.value(QLatin1String(key)).toString();
        return value.isEmpty() ? a.value(QLatin1String(other)).toString() : value;
    };
    PendingGrant pending;
    pending.principalId = text("principalId", "objectId");
    if (pending.principalId.isEmpty())
        return fail(member(field, QStringLiteral("principalId")), tr("the object id of the role's holder"));
    const QString definition = text("roleDefinitionId", "roleDefinitionName");
    QString name = a.value(QStringLiteral("roleDefinitionName")).toString();
    if (name.isEmpty())
        name = azureRoleName(definition.section(u'/', -1));
    if (name.isEmpty())
        name = definition.section(u'/', -1);
    if (name.isEmpty())
        return fail(member(field, QStringLiteral("roleDefinitionId")), tr("the id of a role definition"));
    const QString id = text("id", "roleAssignmentId");
    QString scope = a.value(QStringLiteral("scope")).toString();
    if (scope.isEmpty())
        scope = id.section(QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/"), 0, 0);
    pending.grant.permission = QStringLiteral("azureRole:") + name;
    pending.grant.resourceScope = scope.isEmpty() ? QStringLiteral("/") : scope;
    pending.grant.grantedVia = QStringLiteral("azureRoleAssignment:") + id.section(u'/', -1);
    if (const auto created = Timestamp::parse(a.value(QStringLiteral("createdOn")).toString()))
        pending.grant.grantedAt = *created;
    // An ABAC condition narrows what the role allows (which roles an RBAC administrator may assign): kept for the
    // reviewer, as an AWS condition is. az prints an absent one as null, or as the string "null".
    if (const QString condition = text("condition", "Condition");
        !condition.isEmpty() && condition != QLatin1String("null"))
        pending.grant.grantedVia += QStringLiteral(" when ") + condition.simplified().left(300);
    pending.where = field.isEmpty() ? m_where : member(m_where + u':', field); // a lone object: the file
    // Users, groups and devices hold Azure roles too; a managed identity is a service principal here.
    const QString type = text("principalType", "objectType");
    if (!type.isEmpty() && type.compare(QLatin1String("ServicePrincipal"), Qt::CaseInsensitive) != 0) {
        m_skipped << tr("%1: %2: Azure role %3 held by a %4, not a workload identity").arg(m_where, field, name, type);
        return;
    }
    pending.principalName = text("principalName", "displayName");
    // Without the holder's type (az before 2.0.68 printed none) only a principal the input lists can be told from a
    // person, or one named by a service principal name (http://MyDemoWebApp, api://…) or by its appId: a person's
    // name is a user principal name, a group's its display name.
    static const QRegularExpression spn(
        QStringLiteral("^((https?|api)://\\S+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"),
        QRegularExpression::CaseInsensitiveOption);
    pending.directoryRole = type.isEmpty();
    pending.holderIsPrincipal = !type.isEmpty() || spn.match(pending.principalName).hasMatch();
    m_grants << pending;
}

void EntraGraphMapper::addPermissionGrant(const QJsonObject& o, const QString& field)
{
    const QString clientId = o.value(QStringLiteral("clientId")).toString();
    if (clientId.isEmpty())
        return fail(member(field, QStringLiteral("clientId")), tr("the object id of the client service principal"));
    const QString via
        = QStringLiteral("oauth2PermissionGrant:%1 (%2)")
              .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("consentType")).toString());
    // Delegated scopes are one space-separated string.
    for (const QString& scope : o.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts))
        m_grants << PendingGrant { clientId,
                                   clientId,
                                   {},
                                   {},
                                   Grant { 0, 0, scope, o.value(QStringLiteral("resourceId")).toString(), via, {} },
                                   false,
                                   {},
                                   false,
                                   false };
}

void EntraGraphMapper::addSignIn(const QJsonObject& o, const QString& field)
{
    QStringList types;
    for (const QJsonValue& type : o.value(QStringLiteral("signInEventTypes")).toArray())
        types << type.toString();
    // A Log Analytics row (az monitor log-analytics query, a Sentinel export) names its table, and carries the
    // outcome as ResultType ("0" succeeded) and the time as TimeGenerated.
    const QString table = o.value(QStringLiteral("type")).toString();
    if (table == QLatin1String("AADManagedIdentitySignInLogs"))
        types << QStringLiteral("managedIdentity");
    else if (table == QLatin1String("AADServicePrincipalSignInLogs"))
        types << QStringLiteral("servicePrincipal");
    const bool managed = types.contains(QLatin1String("managedIdentity"));
    const QString spId = o.value(QStringLiteral("servicePrincipalId")).toString();
    // Event types decide when present; older pages only tell by a service principal id without a user.
    const bool workload = types.isEmpty() ? !spId.isEmpty() && o.value(QStringLiteral("userId")).toString().isEmpty()
                                          : managed || types.contains(QLatin1String("servicePrincipal"));
    if (!workload) {
        m_skipped << (field.isEmpty() ? tr("%1: a user's sign-in, not a workload identity's").arg(m_where)
                                      : tr("%1: %2: a user's sign-in, not a workload identity's").arg(m_where, field));
        return;
    }
    ActivityEvent event;
    event.source = QStringLiteral("entra");
    const QString appId = o.value(QStringLiteral("appId")).toString();
    // Entra's object ids are GUIDs; anything else (a SIEM's redacted placeholder) names no object, the appId does.
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const bool spNamesObject = !spId.isEmpty() && (guid.match(spId).hasMatch() || !guid.match(appId).hasMatch());
    event.principal = spNamesObject ? spId : appId;
    if (event.principal.isEmpty())
        return fail(member(field, QStringLiteral("servicePrincipalId")), tr("the object id of the service principal"));
    if (!appId.isEmpty() && appId != event.principal)
        event.principalAliases << appId;
    event.principalName = o.value(QStringLiteral("servicePrincipalName")).toString();
    if (event.principalName.isEmpty())
        event.principalName = o.value(QStringLiteral("appDisplayName")).toString();
    event.principalKind = managed ? IdentityKind::ManagedIdentity : IdentityKind::ServicePrincipal;
    event.credentialId = o.value(QStringLiteral("servicePrincipalCredentialKeyId")).toString();
    const QString resourceName = o.value(QStringLiteral("resourceDisplayName")).toString();
    event.resource = o.value(QStringLiteral("resourceId")).toString();
    event.action = QStringLiteral("signIn:") + (resourceName.isEmpty() ? event.resource : resourceName);
    event.timestamp
        = timeOf(o,
                 o.contains(QStringLiteral("createdDateTime")) || !o.contains(QStringLiteral("timeGenerated"))
                     ? QStringLiteral("createdDateTime")
                     : QStringLiteral("timeGenerated"),
                 field);
    int errorCode = o.value(QStringLiteral("status")).toObject().value(QStringLiteral("errorCode")).toInt();
    if (!o.contains(QStringLiteral("status")) && o.contains(QStringLiteral("resultType")))
        errorCode = o.value(QStringLiteral("resultType")).toVariant().toString().toInt();
    event.outcome = errorCode != 0 ? QStringLiteral("denied") : QStringLiteral("allowed");
    event.sourceIp = o.value(QStringLiteral("ipAddress")).toString();
    const QString id = o.value(QStringLiteral("id")).toString();
    event.rawRef = QFileInfo(m_where).fileName() + QStringLiteral("#signIn/") + id;
    if (!id.isEmpty())
        event.eventKey = eventKeyOf(id.toUtf8());
    m_events << event;
}

QDateTime EntraGraphMapper::timeOf(const QJsonObject& object, const QString& key, const QString& field)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return {};
    if (auto at = Timestamp::fromJson(value))
        return *at;
    fail(member(field, key), tr("a timestamp, got \"%1\"").arg(value.toVariant().toString()));
    return {};
}

void EntraGraphMapper::fail(const QString& field, const QString& expected)
{
    if (!m_error)
        m_error = JsonInput::fieldError(m_where, field, expected);
}

} // namespace recertify
