#include "core/domain/Credential.h"
#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"

namespace recertify {

QString Credential::typeName(const QString& type)
{
    static const std::pair<const char*, const char*> names[] = {
        { "secret", QT_TRANSLATE_NOOP("Credential", "secret") },
        { "certificate", QT_TRANSLATE_NOOP("Credential", "certificate") },
        { "access-key", QT_TRANSLATE_NOOP("Credential", "access key") },
        { "api-key", QT_TRANSLATE_NOOP("Credential", "API key") },
        { "private-key", QT_TRANSLATE_NOOP("Credential", "private key") },
        { "sa-token", QT_TRANSLATE_NOOP("Credential", "service account token") },
        { "pat", QT_TRANSLATE_NOOP("Credential", "personal access token") },
        { "oauth", QT_TRANSLATE_NOOP("Credential", "OAuth token") },
        { "deploy-key", QT_TRANSLATE_NOOP("Credential", "deploy key") },
        { "federated", QT_TRANSLATE_NOOP("Credential", "federated credential") },
        { "password", QT_TRANSLATE_NOOP("Credential", "console password") },
    };
    for (const auto& [code, name] : names) {
        if (type == QLatin1String(code))
            return QCoreApplication::translate("Credential", name);
    }
    return type;
}

QStringList IdentityKind::all()
{
    return { AiAgent,           ServiceAccount,  IamRole,    IamUser,    ServicePrincipal,
             AppRegistration,   ManagedIdentity, ApiKey,     OAuthGrant, Certificate,
             K8sServiceAccount, GitHubApp,       GitHubToken };
}

QString IdentityKind::displayName(const QString& kind)
{
    if (kind == AiAgent)
        return tr("AI agent");
    if (kind == ServiceAccount)
        return tr("Service account");
    if (kind == IamRole)
        return tr("IAM role");
    if (kind == IamUser)
        return tr("IAM user");
    if (kind == ServicePrincipal)
        return tr("Service principal");
    if (kind == AppRegistration)
        return tr("App registration");
    if (kind == ManagedIdentity)
        return tr("Managed identity");
    if (kind == ApiKey)
        return tr("API key");
    if (kind == OAuthGrant)
        return tr("OAuth grant");
    if (kind == Certificate)
        return tr("Certificate");
    if (kind == K8sServiceAccount)
        return tr("Kubernetes service account");
    if (kind == GitHubApp)
        return tr("GitHub app");
    if (kind == GitHubToken)
        return tr("GitHub token");
    return kind;
}

QString LifecycleState::displayReason(const QString& reason)
{
    for (const char* known : { DiscoveredBySync, FoundInImportedFile, ListedAgain, FoundInInventory, RemovedAtSource,
                               SeenInActivity, ChangedByOwner }) {
        if (reason == QLatin1String(known))
            return tr(known);
    }
    return reason;
}

QString LifecycleState::displayName(const QString& state)
{
    if (state == Discovered)
        return tr("Discovered");
    if (state == Active)
        return tr("Active");
    if (state == UnderReview)
        return tr("Under review");
    if (state == Suspended)
        return tr("Suspended");
    if (state == Retired)
        return tr("Retired");
    return state;
}

} // namespace recertify
