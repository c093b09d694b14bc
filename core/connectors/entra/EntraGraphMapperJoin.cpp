// EntraGraphMapper, second half: staging principals with their credentials, joining what the other
// responses said about them, then emitting.
#include "core/connectors/entra/EntraGraphMapper.h"
#include "core/domain/IdentityKind.h"
#include "core/util/DataTable.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>

namespace recertify {

namespace {

// A table of resources/data by id (its first column, any case) to name (its second): built-in roles and permissions
// keep their ids in every tenant and subscription.
QHash<QString, QString> namesById(const QString& table)
{
    QHash<QString, QString> out;
    for (const QStringList& row : DataTable::rows(table)) {
        if (row.size() >= 2)
            out.insert(row.at(0).toLower(), row.at(1));
    }
    return out;
}

// Microsoft Graph's application permissions by app role id.
const QHash<QString, QString>& graphAppRoles()
{
    static const QHash<QString, QString> roles = namesById(QStringLiteral("graph-app-roles.tsv"));
    return roles;
}

} // namespace

QString EntraGraphMapper::azureRoleName(const QString& id)
{
    // Azure's built-in roles, from the Azure built-in roles reference.
    static const QHash<QString, QString> roles = namesById(QStringLiteral("azure-builtin-roles.tsv"));
    return roles.value(id.toLower());
}

QString EntraGraphMapper::directoryRoleName(const QString& templateId)
{
    // Built-in directory roles by template id.
    static const QHash<QString, QString> names = namesById(QStringLiteral("entra-directory-roles.tsv"));
    return names.value(templateId.toLower());
}

namespace {

QDateTime later(const QDateTime& current, const QDateTime& candidate)
{
    return candidate.isValid() && (!current.isValid() || candidate > current) ? candidate : current;
}

QString member(const QString& field, const QString& key)
{
    if (field.isEmpty())
        return key;
    return field.endsWith(u':') ? field + u' ' + key : field + u'.' + key;
}

void addCredential(StagedIdentity& staged, const Credential& credential)
{
    for (const Credential& known : std::as_const(staged.credentials)) {
        if (known.credentialId == credential.credentialId)
            return;
    }
    staged.credentials << credential;
}

} // namespace

QList<Credential> EntraGraphMapper::credentialsOf(const QJsonObject& object, const QString& field,
                                                  const QString& listedIn)
{
    QList<Credential> credentials;
    QSet<QString> certificateIds;
    for (const auto& [key, type] : { std::pair { QStringLiteral("keyCredentials"), QStringLiteral("certificate") },
                                     std::pair { QStringLiteral("passwordCredentials"), QStringLiteral("secret") } }) {
        const QJsonArray list = object.value(key).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = member(field, QStringLiteral("%1[%2]").arg(key).arg(i));
            auto credential = credentialOf(list.at(i).toObject(), type, where);
            if (!credential)
                continue;
            // Graph keeps certificates and secrets apart; one key id in both (mock tenants have it) is two
            // credentials, never one that hides the other.
            if (key == QLatin1String("keyCredentials")) {
                certificateIds.insert(credential->credentialId);
            } else if (certificateIds.contains(credential->credentialId)) {
                const QString said = tr("%1: %2: a certificate and this secret share key id %3: both kept, the "
                                        "secret as \"%3 (secret)\"")
                                         .arg(m_where, where, credential->credentialId);
                if (!m_sharedKeyIds.contains(said))
                    m_sharedKeyIds << said;
                credential->credentialId += QStringLiteral(" (secret)");
            }
            credential->listedIn = listedIn;
            credentials << *credential;
        }
    }
    // $expand=federatedIdentityCredentials: who outside Entra may sign in as the app, without a secret.
    const QJsonArray federated = object.value(QStringLiteral("federatedIdentityCredentials")).toArray();
    for (qsizetype i = 0; i < federated.size(); ++i) {
        if (auto credential = federatedOf(federated.at(i).toObject(),
                                          member(field, QStringLiteral("federatedIdentityCredentials[%1]").arg(i)))) {
            credential->listedIn = listedIn + kFederatedList;
            credentials << *credential;
        }
    }
    return credentials;
}

std::optional<Credential> EntraGraphMapper::federatedOf(const QJsonObject& c, const QString& field)
{
    Credential credential;
    credential.credentialId = c.value(QStringLiteral("id")).toString();
    if (credential.credentialId.isEmpty()) {
        fail(member(field, QStringLiteral("id")), tr("the id of the federated credential"));
        return std::nullopt;
    }
    credential.type = QStringLiteral("federated");
    return credential;
}

std::optional<Credential> EntraGraphMapper::credentialOf(const QJsonObject& c, const QString& type,
                                                         const QString& field)
{
    // Metadata only: secretText, hint, key and customKeyIdentifier are never read.
    Credential credential;
    credential.credentialId = c.value(QStringLiteral("keyId")).toString();
    if (credential.credentialId.isEmpty()) {
        fail(member(field, QStringLiteral("keyId")), tr("the key id of the credential"));
        return std::nullopt;
    }
    credential.type = type;
    // A symmetric key (keyCredential type "Symmetric") is a shared secret, not a certificate.
    if (c.value(QStringLiteral("type")).toString() == QLatin1String("Symmetric"))
        credential.type = QStringLiteral("secret");
    credential.createdAt = timeOf(c, QStringLiteral("startDateTime"), field);
    credential.expiresAt = timeOf(c, QStringLiteral("endDateTime"), field);
    return credential;
}

StagedIdentity EntraGraphMapper::stage(const QJsonObject& sp)
{
    StagedIdentity staged;
    Identity& identity = staged.identity;
    identity.source = QStringLiteral("entra");
    identity.nativeId = sp.value(QStringLiteral("id")).toString();
    const QString field = m_spFields.value(identity.nativeId);
    const QString type = sp.value(QStringLiteral("servicePrincipalType")).toString();
    // Entra Agent ID: agentIdentity is a service principal subtype with type ServiceIdentity; a blueprint's
    // principal holds the credentials its agent identities sign in with.
    // "#microsoft.graph.agentIdentity", or without the "#" as the beta docs print it.
    const QString odataType = sp.value(QStringLiteral("@odata.type")).toString().section(u'.', -1);
    if (type == QLatin1String("ServiceIdentity")
        || odataType.compare(QLatin1String("agentIdentity"), Qt::CaseInsensitive) == 0
        || odataType.compare(QLatin1String("agentIdentityBlueprintPrincipal"), Qt::CaseInsensitive) == 0)
        identity.kind = IdentityKind::AiAgent;
    else if (type == QLatin1String("ManagedIdentity"))
        identity.kind = IdentityKind::ManagedIdentity;
    else
        identity.kind = IdentityKind::ServicePrincipal;
    identity.displayName = sp.value(QStringLiteral("displayName")).toString();
    if (identity.displayName.isEmpty())
        identity.displayName = sp.value(QStringLiteral("appDisplayName")).toString();
    if (identity.displayName.isEmpty())
        identity.displayName = identity.nativeId;
    identity.enabled = sp.value(QStringLiteral("accountEnabled")).toBool(true);
    // A $select that leaves accountEnabled out says nothing of it (a list of every principal always holds it).
    staged.enabledKnown = sp.contains(QStringLiteral("accountEnabled"));
    staged.kindKnown
        = identity.kind != IdentityKind::ServicePrincipal || sp.contains(QStringLiteral("servicePrincipalType"));
    identity.createdAt = timeOf(sp, QStringLiteral("createdDateTime"), field);
    // An agent identity's lifecycle says when it expires (beta agentIdentityLifecycle).
    if (const QJsonObject lifecycle = sp.value(QStringLiteral("lifecycle")).toObject(); !lifecycle.isEmpty())
        identity.expiresAt
            = timeOf(lifecycle, QStringLiteral("expirationDateTime"), field + QStringLiteral(".lifecycle"));
    identity.purpose = sp.value(QStringLiteral("description")).toString();
    const QString appId = sp.value(QStringLiteral("appId")).toString();
    if (!appId.isEmpty())
        staged.aliases << appId;
    // An agent identity is made from its blueprint, named by the blueprint's appId (the blueprint principal's alias).
    staged.parentNativeId = sp.value(QStringLiteral("agentIdentityBlueprintId")).toString();
    staged.credentials = credentialsOf(sp, field, kListedInServicePrincipal);
    // Its own lists, when the object holds them (a $select may leave them out): replaced even where its app
    // registration's are not in the input.
    if (sp.contains(QStringLiteral("keyCredentials")) && sp.contains(QStringLiteral("passwordCredentials")))
        staged.credentialsListedIn << kListedInServicePrincipal;
    if (sp.contains(QStringLiteral("federatedIdentityCredentials")))
        staged.credentialsListedIn << QString(kListedInServicePrincipal) + kFederatedList;
    return staged;
}

void EntraGraphMapper::joinCredentials()
{
    for (auto it = m_appCredentials.cbegin(); it != m_appCredentials.cend(); ++it) {
        StagedIdentity* staged = identityFor(it.key());
        for (const Credential& credential : it.value()) {
            if (staged)
                addCredential(*staged, credential);
            else
                m_skipped << tr("%1: credential %2 of app %3, whose service principal is not in the input")
                                 .arg(m_appCredentialsWhere.value(it.key(), m_where), credential.credentialId,
                                      it.key());
        }
    }
    for (const PendingCredential& pending : std::as_const(m_newCredentials)) {
        Credential credential = pending.credential;
        // A federated credential (a navigation page of them) is a list of its own beside the secrets.
        const QString federated = credential.type == QLatin1String("federated") ? QString(kFederatedList) : QString();
        credential.listedIn = kListedInServicePrincipal + federated;
        StagedIdentity* staged = identityFor(pending.parentId);
        if (!staged)
            staged = identityFor(m_principalOfArmIdentity.value(pending.parentId)); // a managed identity's, by ARM id
        if (!staged) {
            staged = identityFor(m_appIdOfApplication.value(pending.parentId));
            credential.listedIn = kListedInApplication + federated;
        }
        if (staged)
            addCredential(*staged, credential);
        else
            m_skipped << tr("%1: new credential %2 of %3, which is not in the input")
                             .arg(pending.where, pending.credential.credentialId, pending.parentId);
    }
    // Listed whole: what the list leaves out was deleted (az identity federated-credential delete).
    const QString federatedList = QString(kListedInServicePrincipal) + kFederatedList;
    for (const QString& arm : std::as_const(m_armFederatedListed)) {
        StagedIdentity* staged = identityFor(m_principalOfArmIdentity.value(arm));
        if (staged && !staged->credentialsListedIn.contains(federatedList))
            staged->credentialsListedIn << federatedList;
    }
}

void EntraGraphMapper::joinGrants()
{
    // A resource principal's published app roles name the permissions assigned to its clients.
    QHash<QString, QString> roleValues; // resource object id + '/' + app role id -> value (Mail.Read)
    for (const QString& id : std::as_const(m_spOrder)) {
        for (const QJsonValue& role : m_servicePrincipals.value(id).value(QStringLiteral("appRoles")).toArray()) {
            const QJsonObject r = role.toObject();
            roleValues.insert(id + u'/' + r.value(QStringLiteral("id")).toString(),
                              r.value(QStringLiteral("value")).toString());
        }
    }
    // Directory roles last, once every principal the other grants name has its identity, whatever the input order.
    QList<PendingGrant> ordered;
    for (const PendingGrant& pending : std::as_const(m_grants)) {
        if (!pending.directoryRole)
            ordered << pending;
    }
    for (const PendingGrant& pending : std::as_const(m_grants)) {
        if (pending.directoryRole)
            ordered << pending;
    }
    for (const PendingGrant& pending : std::as_const(ordered)) {
        if (m_microsoft.contains(pending.principalId))
            continue; // passed over with its holder, said once
        if (pending.directoryRole && !pending.holderIsPrincipal && !identityFor(pending.principalId)) {
            // Role assignments list users and groups too; without $expand=principal only the input's principals tell.
            m_skipped << tr("%1: %2 held by %3, whose type the input does not give and which is not a service "
                            "principal in it (import the service principals too, or assignments that name the "
                            "holder's type)")
                             .arg(pending.where, pending.grant.permission.section(u':', 1), pending.principalId);
            continue;
        }
        if (!identityFor(pending.principalId)) {
            // Keep the grants of a client the input does not list: a minimal identity carries them.
            StagedIdentity minimal;
            minimal.identity.source = QStringLiteral("entra");
            minimal.identity.nativeId = pending.principalId;
            minimal.identity.kind
                = pending.holderIsManaged ? IdentityKind::ManagedIdentity : IdentityKind::ServicePrincipal;
            minimal.grantsOnly = true;
            minimal.identity.displayName
                = pending.principalName.isEmpty() ? pending.principalId : pending.principalName;
            m_index.insert(pending.principalId, m_staged.size());
            m_staged.append(minimal);
        } else if (StagedIdentity* minimal = identityFor(pending.principalId); minimal->grantsOnly
                   && minimal->identity.displayName == pending.principalId && !pending.principalName.isEmpty()) {
            // A grant that names no client came first (oauth2PermissionGrants): the name comes from whichever names
            // it, so the files' order does not decide it.
            minimal->identity.displayName = pending.principalName;
        }
        Grant grant = pending.grant;
        if (!pending.appRoleId.isEmpty()) {
            QString value = roleValues.value(pending.resourceId + u'/' + pending.appRoleId);
            if (value.isEmpty() && !m_servicePrincipals.contains(pending.resourceId)) // Graph's roles are known by id
                value = graphAppRoles().value(pending.appRoleId.toLower());
            grant.permission = value.isEmpty() ? QStringLiteral("appRole:") + pending.appRoleId : value;
        }
        identityFor(pending.principalId)->grants << grant;
    }
}

void EntraGraphMapper::reportSignIn(QSet<quint64>& reported, const QString& appId, const QString& keyId,
                                    const QDateTime& at, const QString& where)
{
    ActivityEvent event;
    event.source = QStringLiteral("entra");
    event.principal = appId;
    event.principalKind = IdentityKind::ServicePrincipal;
    event.action = QStringLiteral("signIn:"); // no resource: a reported last sign-in (FactsLoader tells it so)
    event.timestamp = at;
    event.credentialId = keyId;
    event.rawRef = where;
    // The same report read again is the same sign-in, counted once (a principal's own keeps its key of old).
    event.eventKey = eventKeyOf(
        keyId.isEmpty() ? QByteArray("entra-last-sign-in/" + appId.toUtf8() + '/' + Timestamp::toIso(at).toUtf8())
                        : QByteArray("entra-credential-sign-in/" + appId.toUtf8() + '/' + keyId.toUtf8() + '/'
                                     + Timestamp::toIso(at).toUtf8()));
    if (!reported.contains(event.eventKey)) {
        reported.insert(event.eventKey);
        m_reportedSignIns << event;
    }
}

void EntraGraphMapper::joinUsageAndOwners()
{
    QSet<quint64> reported; // two reports of one run (a list and one of its items) name the same last sign-in
    for (const LastSignIn& signIn : std::as_const(m_lastSignIns)) {
        if (m_microsoft.contains(signIn.appId))
            continue;
        if (StagedIdentity* staged = identityFor(signIn.appId)) {
            staged->identity.lastUsedAt = later(staged->identity.lastUsedAt, signIn.at);
            continue;
        }
        // A principal the input does not hold (an inventory imported before): its last sign-in is activity of the
        // principal the store knows by its appId.
        reportSignIn(reported, signIn.appId, QString(), signIn.at, signIn.where);
    }
    for (const CredentialUse& use : std::as_const(m_credentialUses)) {
        StagedIdentity* staged = identityFor(use.principalId);
        if (!staged)
            staged = identityFor(use.appId);
        if (!staged) {
            if (m_microsoft.contains(use.appId) || use.appId.isEmpty()) {
                m_skipped << tr("%1: last sign-in of credential %2 of app %3, whose service principal is not in the "
                                "input")
                                 .arg(use.where, use.keyId, use.appId);
                continue;
            }
            // An inventory imported before or after holds the principal: its credential's last sign-in is kept for
            // it, known by its appId, as the principal's own last sign-in is.
            reportSignIn(reported, use.appId, use.keyId, use.at, use.where);
            continue;
        }
        staged->identity.lastUsedAt = later(staged->identity.lastUsedAt, use.at);
        for (Credential& credential : staged->credentials) {
            if (credential.credentialId == use.keyId)
                credential.lastUsedAt = later(credential.lastUsedAt, use.at);
        }
    }
    for (const ActivityEvent& event : std::as_const(m_events)) {
        StagedIdentity* staged = identityFor(event.principal);
        if (!staged || event.outcome != QLatin1String("allowed"))
            continue;
        staged->identity.lastUsedAt = later(staged->identity.lastUsedAt, event.timestamp);
        for (Credential& credential : staged->credentials) {
            if (!event.credentialId.isEmpty() && credential.credentialId == event.credentialId)
                credential.lastUsedAt = later(credential.lastUsedAt, event.timestamp);
        }
    }
    // Owners and sponsors of an app registration (or agent blueprint) count for its principal.
    QHash<QString, QString> appOwners;
    QHash<QString, QString> appSecondOwners;
    QHash<QString, QString> appSponsors;
    for (auto it = m_appIdOfApplication.cbegin(); it != m_appIdOfApplication.cend(); ++it) {
        if (m_owners.contains(it.key()))
            appOwners.insert(it.value(), m_owners.value(it.key()));
        if (m_secondOwners.contains(it.key()))
            appSecondOwners.insert(it.value(), m_secondOwners.value(it.key()));
        if (m_sponsors.contains(it.key()))
            appSponsors.insert(it.value(), m_sponsors.value(it.key()));
    }
    for (StagedIdentity& staged : m_staged) {
        const QString id = staged.identity.nativeId;
        const QString appId = staged.aliases.value(0);
        const QString owner = m_owners.value(id, appOwners.value(appId));
        const QString sponsor = m_sponsors.value(id, appSponsors.value(appId));
        // A sponsor is the human accountable for an agent; its owners then administer it. Without one, the first
        // owner is accountable and the next one its technical owner.
        staged.identity.businessOwner = sponsor.isEmpty() ? owner : sponsor;
        if (!sponsor.isEmpty())
            staged.identity.technicalOwner = owner;
        else if (m_owners.contains(id))
            staged.identity.technicalOwner = m_secondOwners.value(id);
        else
            staged.identity.technicalOwner = appSecondOwners.value(appId);
    }
}

StagedIdentity* EntraGraphMapper::identityFor(const QString& id)
{
    const auto it = m_index.constFind(id);
    return id.isEmpty() || it == m_index.constEnd() ? nullptr : &m_staged[*it];
}

Status EntraGraphMapper::finish(RecordSink& sink)
{
    // Objects that all are of no kind read here: an answer to some other request, never an empty tenant.
    if (m_objects > 0 && m_unknown == m_objects && m_lookAlike == m_objects)
        return makeError(
            tr("%1: its %n object(s) carry an id, an appId and a few more fields, which fit an application "
               "and a service principal alike; export them with servicePrincipalType (service principals) "
               "or signInAudience (applications) too, or without narrowing the fields (Get-MgServicePrincipal "
               "or Get-MgApplication without Select-Object)",
               nullptr, m_objects)
                .arg(m_where));
    if (m_objects > 0 && m_unknown == m_objects)
        return makeError(tr("%1: none of its %n object(s) is a service principal, application, app role assignment, "
                            "permission grant or sign-in that Recertify reads",
                            nullptr, m_objects)
                             .arg(m_where));
    // Sign-ins and assignments are not retired by a partial answer, but what the unread pages hold is not counted.
    for (const QString& where : std::as_const(m_pagesLeft))
        sink.warning(tr("%1: @odata.nextLink: more pages exist than were given; what they hold is not counted "
                        "(give every page, or sync the tenant live)")
                         .arg(where));
    for (const QString& shared : std::as_const(m_sharedKeyIds))
        sink.warning(shared);
    m_sharedKeyIds.clear();
    m_staged.clear();
    m_index.clear();
    m_microsoft.clear();
    // What the tenant granted a Microsoft app (Graph Explorer, the Azure CLI consented to Directory.ReadWrite.All) is
    // the tenant's decision, to review: such a principal is kept.
    QSet<QString> holders;
    for (const PendingGrant& pending : std::as_const(m_grants))
        holders.insert(pending.principalId);
    for (const QString& id : std::as_const(m_spOrder)) {
        const QJsonObject sp = m_servicePrincipals.value(id);
        // Microsoft's first-party apps (Microsoft Graph, Exchange Online…: hundreds in every tenant's list) belong
        // to Microsoft's tenants, which run them; the tenant neither owns nor reviews them (Entra lists them apart,
        // as Microsoft Applications), unless it granted them something. Their roles still name the permissions
        // others hold.
        static const QStringList microsoftTenants { QStringLiteral("f8cdef31-a31e-4b4a-93e4-5f571e91255a"),
                                                    QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47") };
        // Graph's beta called the owner tenant appOwnerTenantId.
        const QString owner = sp.value(QStringLiteral("appOwnerOrganizationId"))
                                  .toString(sp.value(QStringLiteral("appOwnerTenantId")).toString());
        // A $select that leaves the owner out (a credential-expiry query) still names the app, whose id says it.
        static const QSet<QString> microsoftApps = [] {
            QSet<QString> ids;
            for (const QStringList& row : DataTable::rows(QStringLiteral("microsoft-first-party-apps.tsv")))
                ids.insert(row.value(0));
            return ids;
        }();
        const bool microsoft = microsoftTenants.contains(owner, Qt::CaseInsensitive)
            || (owner.isEmpty() && microsoftApps.contains(sp.value(QStringLiteral("appId")).toString().toLower()));
        if (microsoft && !holders.contains(id)
            && sp.value(QStringLiteral("servicePrincipalType")).toString() != QLatin1String("ManagedIdentity")) {
            m_microsoft << id << sp.value(QStringLiteral("appId")).toString();
            sink.passedOver(QStringLiteral("entra"), id, sp.value(QStringLiteral("displayName")).toString(id));
            // One reason for all of them: the report counts them.
            m_skipped << tr("%1: Microsoft's own service principals, which Microsoft's tenants own and run rather "
                            "than this one")
                             .arg(m_where);
            continue;
        }
        // GET /servicePrincipals(…)?$select=id,appRoles: what an API's roles are called, looked up to name what
        // others hold. Without its app or its name it is no principal to govern.
        if (!sp.contains(QStringLiteral("appId")) && !sp.contains(QStringLiteral("displayName"))
            && sp.contains(QStringLiteral("appRoles"))) {
            m_skipped << tr("%1: a service principal read for its app roles only (no appId or displayName): its "
                            "roles name the permissions others hold; not governed here")
                             .arg(m_where);
            continue;
        }
        m_index.insert(id, m_staged.size());
        m_staged.append(stage(sp));
    }
    m_microsoft.remove(QString());
    // Sign-in activity and app registrations name principals by appId.
    for (qsizetype i = 0; i < m_staged.size(); ++i) {
        m_staged[i].scope = QStringLiteral("servicePrincipals");
        const QString appId = m_staged.at(i).aliases.value(0);
        if (!appId.isEmpty() && !m_index.contains(appId))
            m_index.insert(appId, i);
    }
    // An app registration whose service principal the input does not hold is governed on its own:
    // its secrets and certificates are credentials that can expire or leak.
    for (const QString& appId : std::as_const(m_applicationOrder)) {
        if (m_index.contains(appId))
            continue;
        const QJsonObject app = m_applications.value(appId);
        StagedIdentity staged;
        staged.identity.source = QStringLiteral("entra");
        staged.identity.nativeId = QStringLiteral("application:") + app.value(QStringLiteral("id")).toString(appId);
        // An agent identity blueprint is the application its agents are made from, and holds their credentials.
        staged.identity.kind = app.value(QStringLiteral("@odata.type"))
                                   .toString()
                                   .section(u'.', -1)
                                   .compare(QLatin1String("agentIdentityBlueprint"), Qt::CaseInsensitive)
                == 0
            ? IdentityKind::AiAgent
            : IdentityKind::AppRegistration;
        staged.identity.displayName = app.value(QStringLiteral("displayName")).toString(appId);
        staged.identity.purpose = app.value(QStringLiteral("description")).toString();
        staged.identity.createdAt = timeOf(app, QStringLiteral("createdDateTime"), QString());
        staged.aliases << appId;
        staged.scope = QStringLiteral("applications");
        m_index.insert(appId, m_staged.size());
        m_staged.append(staged);
    }
    // Entra Agent ID's agent users: user accounts an agent identity acts through (a mailbox, Teams), signing in with
    // its parent's credentials, never a password of their own. Governed as agents, under the agent identity.
    for (const QString& id : std::as_const(m_agentUserOrder)) {
        if (m_index.contains(id))
            continue;
        const QJsonObject user = m_agentUsers.value(id);
        const QString field = m_agentUserFields.value(id);
        StagedIdentity staged;
        Identity& identity = staged.identity;
        identity.source = QStringLiteral("entra");
        identity.nativeId = id;
        identity.kind = IdentityKind::AiAgent;
        const QString upn = user.value(QStringLiteral("userPrincipalName")).toString();
        identity.displayName = user.value(QStringLiteral("displayName")).toString();
        if (identity.displayName.isEmpty())
            identity.displayName = upn.isEmpty() ? id : upn;
        identity.enabled = user.value(QStringLiteral("accountEnabled")).toBool(true);
        staged.enabledKnown = user.contains(QStringLiteral("accountEnabled"));
        identity.createdAt = timeOf(user, QStringLiteral("createdDateTime"), field);
        staged.parentNativeId = user.value(QStringLiteral("identityParentId")).toString();
        if (staged.parentNativeId.isEmpty())
            staged.parentNativeId
                = user.value(QStringLiteral("identityParent")).toObject().value(QStringLiteral("id")).toString();
        if (!upn.isEmpty())
            staged.aliases << upn;
        staged.scope = QStringLiteral("agentUsers");
        m_index.insert(id, m_staged.size());
        m_staged.append(staged);
    }
    if (m_error)
        return *m_error;
    joinCredentials();
    joinGrants();
    joinUsageAndOwners();
    // Credentials alone, of principals the input does not hold (a federatedIdentityCredentials page): nothing a
    // run could keep; said as a refusal, not as an empty success.
    if (m_staged.isEmpty() && m_events.isEmpty() && !m_newCredentials.isEmpty())
        return makeError(tr("%1: credentials of %2, which the input does not hold; import them together with the "
                            "application or service principal they belong to")
                             .arg(m_where, m_newCredentials.constFirst().parentId));

    // Directory roles of principals the input does not hold are passed over, not staged: their holders are not
    // written, so a whole answer of role assignments proves nothing gone for them.
    for (const QString& via : std::as_const(m_grantsListed)) {
        if (via != QLatin1String("roleAssignment:*"))
            sink.grantsListed(QStringLiteral("entra"), via);
    }
    // One principal's whole answer about a principal the input does not hold (an empty list of its assignments).
    for (auto it = m_grantsListedFor.cbegin(); it != m_grantsListedFor.cend(); ++it) {
        if (identityFor(it.key()))
            continue;
        for (const QString& via : it.value())
            sink.grantsListed(QStringLiteral("entra"), via, it.key());
    }
    for (StagedIdentity& staged : m_staged) {
        // A principal's grants come from other collections than its own: a list of principals alone says nothing
        // of them. What the input lists whole is replaced, the rest kept.
        staged.grantsKnown = false;
        // A principal's secrets mostly sit on its app registration: without it in the input they are not all known.
        const QString appId = staged.aliases.value(0);
        if (!m_applications.contains(appId))
            staged.credentialsKnown = false;
        // A $select that leaves either list of the registration's credentials out says nothing of that kind: what the
        // input shows is added, nothing taken away.
        const auto listsCredentials = [](const QJsonObject& o) {
            return o.contains(QStringLiteral("keyCredentials")) && o.contains(QStringLiteral("passwordCredentials"));
        };
        if (m_applications.contains(appId) && !listsCredentials(m_applications.value(appId)))
            staged.credentialsKnown = false;
        // The registration lists its own whole, but a principal answer narrowed by $select says nothing of the
        // principal's own (SAML signing certificates): only the registration's are replaced.
        const bool principal = !staged.identity.nativeId.startsWith(QLatin1String("application:"));
        if (staged.credentialsKnown && principal
            && !staged.credentialsListedIn.contains(QString(kListedInServicePrincipal))) {
            staged.credentialsKnown = false;
            staged.credentialsListedIn << QString(kListedInApplication);
            if (m_applications.value(appId).contains(QStringLiteral("federatedIdentityCredentials")))
                staged.credentialsListedIn << QString(kListedInApplication) + kFederatedList;
        }
        // A registration and its principal imported apart are one identity, as in one input: the principal takes
        // over its registration stored alone, and a registration joins its principal (listed, or seen signing in),
        // replacing the secrets it lists whole there.
        if (principal) {
            staged.absorbsScope = QStringLiteral("applications");
        } else {
            staged.joinsAliasHolder = true;
            if (staged.credentialsKnown) {
                staged.credentialsListedIn << QString(kListedInApplication);
                if (m_applications.value(appId).contains(QStringLiteral("federatedIdentityCredentials")))
                    staged.credentialsListedIn << QString(kListedInApplication) + kFederatedList;
            }
        }
        QStringList listed = (m_grantsListed + m_grantsListedFor.value(staged.identity.nativeId)).values();
        listed.sort();
        staged.grantsListedVia = listed;
        sink.identity(std::move(staged));
    }
    for (const QString& collection : std::as_const(m_listed)) {
        if (m_partial.contains(collection))
            continue;
        // Graph's answer does not show a $filter, and a lookup by appId or name (az ad sp show, az rest with
        // $filter) answers with a one-object collection; a tenant's whole list is longer. It proves nothing gone.
        if (m_listedObjects.value(collection) <= 1) {
            sink.warning(
                tr("%1: %2 lists no more than one object in any answer, as a lookup by $filter or $search does; "
                   "nothing it leaves out was retired")
                    .arg(m_listedWhere.value(collection), collection));
            continue;
        }
        sink.complete(QStringLiteral("entra"), collection);
    }
    for (const ActivityEvent& event : std::as_const(m_events)) {
        sink.covered(QStringLiteral("entra"), QStringLiteral("sign-ins"), event.timestamp.toUTC().date());
        if (m_microsoft.contains(event.principal) || m_microsoft.contains(event.principalAliases.value(0)))
            continue;
        sink.activity(event);
    }
    for (const ActivityEvent& event : std::as_const(m_reportedSignIns))
        sink.activity(event);
    m_reportedSignIns.clear();
    for (const QString& reason : std::as_const(m_skipped))
        sink.skipped(reason);
    m_staged.clear();
    return {};
}

} // namespace recertify
