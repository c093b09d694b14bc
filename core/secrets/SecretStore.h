#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace recertify {

/**
 * Where connector secrets and the signing key live: the OS keychain, never the database,
 * settings, logs or command lines. Keys are names like "entra:<tenant>:<client-id>".
 * Every call ends within its timeout; a missing or locked keychain is an error, never a hang and
 * never a silent plain-text fallback.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    [[nodiscard]] virtual Result<QString> read(const QString& key) = 0;
    [[nodiscard]] virtual Status write(const QString& key, const QString& secret) = 0;
    [[nodiscard]] virtual Status remove(const QString& key) = 0;
};

/** For tests and automation that supplies secrets itself. */
class InMemorySecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(InMemorySecretStore)

public:
    Result<QString> read(const QString& key) override
    {
        if (!m_secrets.contains(key))
            return Error { tr("No secret is stored under \"%1\"").arg(key), QStringLiteral("not-found"), QString() };
        return m_secrets.value(key);
    }
    Status write(const QString& key, const QString& secret) override
    {
        m_secrets.insert(key, secret);
        return {};
    }
    Status remove(const QString& key) override
    {
        m_secrets.remove(key);
        return {};
    }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace recertify
