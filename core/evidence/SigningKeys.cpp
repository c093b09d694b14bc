#include "SigningKeys.h"

#include <QFile>

namespace recertify {

Result<SigningKey> SigningKeys::fromKeychain(SecretStore& secrets, bool create)
{
    auto stored = secrets.read(kKeychainEntry);
    if (stored)
        return Signer::fromPrivatePem(stored->toUtf8());
    if (!create) {
        return makeError(tr("No signing key yet: the first export makes one. (%1)").arg(stored.errorString()));
    }
    // Only a missing entry means "make one"; an unreachable keychain is reported, not worked around.
    if (stored.error().code != QLatin1String("not-found"))
        return fieldError(QStringLiteral("key"), tr("%1; a signing key in a PEM file can sign instead").arg(stored.errorString()));
    auto generated = Signer::generate();
    if (!generated)
        return generated.error();
    if (auto saved = secrets.write(kKeychainEntry, QString::fromUtf8(generated->privatePem)); !saved)
        return fieldError(QStringLiteral("key"), tr("%1; a signing key in a PEM file can sign instead").arg(saved.errorString()));
    return generated;
}

Result<SigningKey> SigningKeys::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    auto key = Signer::fromPrivatePem(file.readAll());
    if (!key)
        return makeError(tr("%1: %2").arg(path, key.errorString()));
    return key;
}

} // namespace recertify
