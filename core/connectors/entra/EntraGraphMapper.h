#pragma once

#include "core/connectors/Records.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <optional>

namespace recertify {

/**
 * Turns Microsoft Graph response bodies into staged identities and sign-in activity, one body at a
 * time, so the file importer and a live HTTP connector share it. A body is classified by its request
 * path, else by its @odata.context, else object by object by @odata.type or shape. Nothing is emitted
 * before finish(), because grants, owners and last sign-ins arrive in other responses than the
 * service principals they belong to. Secret material (secretText, hint, key) is never read.
 */
class EntraGraphMapper
{
    Q_DECLARE_TR_FUNCTIONS(EntraGraphMapper)

public:
    /// Which object lists a credential (Credential::listedIn): the principal, or its app registration; federated
    /// credentials are a list of their own on either.
    static constexpr QLatin1String kListedInServicePrincipal { "servicePrincipal" };
    static constexpr QLatin1String kListedInApplication { "application" };
    static constexpr QLatin1String kFederatedList { ":federated" };

    /** `where` names the input in errors and evidence: the file, or the tenant's base URL. */
    explicit EntraGraphMapper(QString where);

    /**
     * Adds one response body. requestPath may be a request line ("GET https://…"), a URL, a path or
     * empty; `label` names the body in errors (the request path when empty). A fault is kept and
     * reported by finish(), so a live connector can keep paging without checking each call.
     */
    void addResponse(const QString& requestPath, const QJsonObject& body, const QString& label = {});
    /**
     * A list given whole, as az prints one (a JSON array): the managed identities whose federated credentials it
     * holds have no others.
     */
    void addWholeList(const QJsonArray& items);

    /** The input now being added (a run of files joins in one mapper: apps in one file, principals in another). */
    void setWhere(const QString& where) { m_where = where; }
    /** The first fault kept so far; finish() would return it. */
    [[nodiscard]] Status fault() const { return m_error ? Status(*m_error) : Status(); }

    /** A live connector follows every @odata.nextLink, so a collection it read is complete. */
    void setNextLinksFollowed(bool followed) { m_nextLinksFollowed = followed; }

    /** Joins everything added and emits it, once; emits nothing and returns the first fault if there was one. */
    [[nodiscard]] Status finish(RecordSink& sink);

private:
    enum class Kind
    {
        Unknown,
        ServicePrincipal,
        Application,
        AppRoleAssignment,
        RoleAssignment,
        AzureRoleAssignment,
        UserAssignedIdentity, ///< az identity list: an Azure resource whose principal is a managed identity
        AgentUser, ///< Entra Agent ID: the user account of an agent identity (identityParentId)
        PermissionGrant,
        SignInActivity,
        CredentialActivity,
        SignIn,
        NewCredential,
        FederatedCredential,
        Owners,
        Sponsors
    };

    struct Route
    {
        Kind kind = Kind::Unknown;
        QString parentId; ///< the object a navigation (owners, addPassword…) belongs to
        bool agentCast = false;
        bool agentUserCast = false; ///< /users/microsoft.graph.agentUser
    };

    struct PendingGrant
    {
        QString principalId;
        QString principalName; ///< display name for a principal the input does not list
        QString appRoleId; ///< set for app role assignments, resolved in finish()
        QString resourceId;
        Grant grant;
        bool directoryRole = false; ///< a directory role assignment, which also names users and groups
        QString where; ///< the input and field, for a role assignment left out
        /// Its holder is a service principal, as the assignment's $expand=principal says (kept when not in the input).
        bool holderIsPrincipal = false;
        bool holderIsManaged = false; ///< that principal is a managed identity
    };

    struct PendingCredential
    {
        QString parentId; ///< a service principal's or an application's object id
        Credential credential;
        QString where; ///< the response it came from, to name when it joins nothing
    };

    static Kind keywordKind(const QString& segment);
    static Route routeOf(const QString& requestPath);
    static Route routeOfContext(const QString& context);
    static Kind kindOf(const QJsonObject& object);

    void addObject(const Route& route, Kind kind, const QJsonObject& object, const QString& field);
    void addServicePrincipal(const Route& route, QJsonObject object, const QString& field);
    void addAgentUser(const QJsonObject& object, const QString& field);
    /** Keeps the first person of an object, and the next different one where `second` asks for it. */
    static void addPerson(QHash<QString, QString>& first, QHash<QString, QString>* second, const QString& id,
                          const QString& address);
    void addInlinePeople(const QString& id, const QJsonObject& object);
    void addAppRoleAssignment(const QJsonObject& object, const QString& field);
    void addRoleAssignment(const QJsonObject& object, const QString& field);
    void addAzureRoleAssignment(const QJsonObject& object, const QString& field);
    /** A built-in directory role's name by its template id; empty for a custom role. */
    static QString directoryRoleName(const QString& templateId);
    /** Azure's built-in role named by its id (the last segment of an ARM roleDefinitionId); empty when unknown. */
    static QString azureRoleName(const QString& id);
    void addPermissionGrant(const QJsonObject& object, const QString& field);
    void addSignIn(const QJsonObject& object, const QString& field);
    QDateTime timeOf(const QJsonObject& object, const QString& key, const QString& field);
    void fail(const QString& field, const QString& expected);

    // EntraGraphMapperJoin.cpp: staging principals and joining what the other responses said about them.
    /// listedIn: which object lists them (Credential::listedIn), "servicePrincipal" or "application"
    QList<Credential> credentialsOf(const QJsonObject& object, const QString& field, const QString& listedIn);
    std::optional<Credential> credentialOf(const QJsonObject& object, const QString& type, const QString& field);
    /** A federated identity credential: an outside issuer and subject may sign in as the app; it never expires. */
    std::optional<Credential> federatedOf(const QJsonObject& object, const QString& field);
    StagedIdentity stage(const QJsonObject& sp);
    void joinCredentials();
    void joinGrants();
    /** A last sign-in of a principal the input does not hold, as activity of the one a store knows by its appId
     * (with the credential's key id when a credential's report names it); each once per run. */
    void reportSignIn(QSet<quint64>& reported, const QString& appId, const QString& keyId, const QDateTime& at,
                      const QString& where);
    void joinUsageAndOwners();
    StagedIdentity* identityFor(const QString& id);

    QString m_where;
    std::optional<Error> m_error;

    QStringList m_spOrder;
    QHash<QString, QJsonObject> m_servicePrincipals; ///< object id -> the object, merged over responses
    QHash<QString, QString> m_spFields; ///< object id -> where it was first seen, for errors
    QHash<QString, QList<Credential>> m_appCredentials; ///< appId -> credentials of its app registration
    QHash<QString, QString> m_appCredentialsWhere; ///< appId -> the response holding the registration
    QHash<QString, QString> m_appIdOfApplication; ///< application object id -> appId
    /// A user-assigned managed identity's Azure resource id (lower case) -> its principal's object id.
    QHash<QString, QString> m_principalOfArmIdentity;
    /// Managed identities (by resource id, lower case) whose federated credentials an answer lists whole.
    QSet<QString> m_armFederatedListed;
    QHash<QString, QJsonObject> m_applications; ///< appId -> the app registration
    QStringList m_applicationOrder;
    QStringList m_agentUserOrder;
    QHash<QString, QJsonObject> m_agentUsers; ///< object id -> an agent user, merged over responses
    QHash<QString, QString> m_agentUserFields; ///< object id -> where it was first seen, for errors
    /// Collections ("servicePrincipals", "applications") listed whole, and those left with a next page unread.
    QSet<QString> m_listed;
    QSet<QString> m_partial;
    QHash<QString, int> m_listedObjects; ///< collection -> the most objects one answer listing it held
    QHash<QString, QString> m_listedWhere; ///< collection -> the response that listed it
    /// Kinds of grant (grantedVia beginnings) a whole answer lists for the tenant, and for one principal.
    QSet<QString> m_grantsListed;
    QHash<QString, QSet<QString>> m_grantsListedFor;
    bool m_nextLinksFollowed = false;
    QStringList m_pagesLeft; ///< the answers of other kinds (sign-ins, assignments) that name a next page not given
    QStringList m_sharedKeyIds; ///< said in finish(): a certificate and a secret of one object with one key id
    QList<PendingGrant> m_grants;
    QList<PendingCredential> m_newCredentials;
    struct LastSignIn
    {
        QString appId;
        QDateTime at;
        QString where;
    };
    QList<LastSignIn> m_lastSignIns;
    /// Last sign-ins of principals the input does not hold, as activity of the principals the store knows.
    QList<ActivityEvent> m_reportedSignIns;
    struct CredentialUse
    {
        QString principalId; ///< servicePrincipalObjectId
        QString appId;
        QString keyId;
        QDateTime at;
        QString where;
    };
    QList<CredentialUse> m_credentialUses; ///< appCredentialSignInActivities: each credential's last sign-in
    QHash<QString, QString> m_owners; ///< object id -> first owner's mail or UPN
    QHash<QString, QString> m_secondOwners; ///< object id -> the next owner, the technical one when no sponsor is
    QHash<QString, QString> m_sponsors; ///< object id -> first sponsor's mail or UPN
    QList<ActivityEvent> m_events;
    QStringList m_skipped;
    /// Object ids and appIds of Microsoft's own service principals (a Microsoft tenant owns them), passed over
    QSet<QString> m_microsoft;
    int m_objects = 0; ///< objects read, of every kind
    int m_unknown = 0; ///< of them, objects of no kind this mapper reads
    int m_lookAlike = 0; ///< unknown objects with an id and an appId only: an application or a principal

    // Filled by finish().
    QList<StagedIdentity> m_staged;
    QHash<QString, qsizetype> m_index; ///< object id and appId -> index into m_staged
};

} // namespace recertify
