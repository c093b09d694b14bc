#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace recertify {

/** The kinds of non-human identity, as stable strings, with user-facing names. */
class IdentityKind
{
    Q_DECLARE_TR_FUNCTIONS(IdentityKind)

public:
    static inline const QString AiAgent = QStringLiteral("ai-agent");
    static inline const QString ServiceAccount = QStringLiteral("service-account");
    static inline const QString IamRole = QStringLiteral("iam-role");
    static inline const QString IamUser = QStringLiteral("iam-user");
    static inline const QString ServicePrincipal = QStringLiteral("service-principal");
    /// An Entra app registration the input holds without its service principal: its secrets and certificates
    static inline const QString AppRegistration = QStringLiteral("app-registration");
    static inline const QString ManagedIdentity = QStringLiteral("managed-identity");
    static inline const QString ApiKey = QStringLiteral("api-key");
    static inline const QString OAuthGrant = QStringLiteral("oauth-grant");
    static inline const QString Certificate = QStringLiteral("certificate");
    static inline const QString K8sServiceAccount = QStringLiteral("k8s-service-account");
    static inline const QString GitHubApp = QStringLiteral("github-app");
    static inline const QString GitHubToken = QStringLiteral("github-token");

    static QStringList all();
    static QString displayName(const QString& kind);
};

} // namespace recertify
