#pragma once

#include "core/secrets/SecretStore.h"

namespace recertify {

/**
 * The OS keychain through QtKeychain (Secret Service on Linux). QtKeychain hangs for ever on an
 * invisible unlock prompt when the keyring is locked, so each call waits at most the timeout and
 * then reports the keychain as unavailable.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(int timeoutMs = 8000, QString service = QStringLiteral("io.recertify.Recertify"));

    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

private:
    int m_timeoutMs;
    QString m_service;
};

} // namespace recertify
