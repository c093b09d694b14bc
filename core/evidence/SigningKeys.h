#pragma once

#include "core/evidence/Signer.h"
#include "core/secrets/SecretStore.h"

namespace recertify {

/** Where the export signing key comes from: the OS keychain (made on first use), or a PEM file. */
class SigningKeys
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeys)

public:
    static inline const QString kKeychainEntry = QStringLiteral("signing-key:recertify");

    /**
     * The keychain's key; generated and stored there the first time when create is true, with the name of
     * who it belongs to (owner), so every bundle it signs names its signer.
     */
    [[nodiscard]] static Result<SigningKey> fromKeychain(SecretStore& secrets, bool create, const QString& owner = {});
    [[nodiscard]] static Result<SigningKey> fromFile(const QString& path);

    /**
     * The key this machine signs with: the PEM file $RECERTIFY_SIGNING_KEY names (a server or CI
     * runner without a keychain), else the keychain's. The variable holds a path, never the key.
     */
    [[nodiscard]] static Result<SigningKey> standard(SecretStore& secrets, bool create, const QString& owner = {});
    static inline const char* const kEnvironmentVariable = "RECERTIFY_SIGNING_KEY";
};

} // namespace recertify
