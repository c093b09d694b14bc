#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace recertify {

/**
 * The JSON Web Token a GitHub App signs to ask for an installation token: RS256 over
 * {"iat": now - 60 s, "exp": now + 9 min, "iss": app id}, signed with the App's private key (PEM,
 * PKCS#1 or PKCS#8) through OpenSSL. GitHub accepts at most ten minutes and allows for clock drift.
 */
class GitHubAppJwt
{
    Q_DECLARE_TR_FUNCTIONS(GitHubAppJwt)

public:
    [[nodiscard]] static Result<QByteArray> sign(const QByteArray& privateKeyPem, const QString& appId,
                                                 const QDateTime& now);
};

} // namespace recertify
