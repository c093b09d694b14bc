#include "core/evidence/SigningKeys.h"

#include <QFile>

namespace recertify {

namespace {

// The keychain entry holds "Owner: NAME" on its first line, then the private key's PEM.
const QString kOwnerLine = QStringLiteral("Owner: ");

Result<SigningKey> parse(const QString& stored)
{
    QString pem = stored;
    QString owner;
    if (pem.startsWith(kOwnerLine)) {
        const qsizetype end = pem.indexOf(u'\n');
        owner = pem.mid(kOwnerLine.size(), end < 0 ? -1 : end - kOwnerLine.size()).trimmed();
        pem = end < 0 ? QString() : pem.mid(end + 1);
    }
    auto key = Signer::fromPrivatePem(pem.toUtf8());
    if (key)
        key->owner = owner;
    return key;
}

} // namespace

Result<SigningKey> SigningKeys::fromKeychain(SecretStore& secrets, bool create, const QString& owner)
{
    auto stored = secrets.read(kKeychainEntry);
    if (stored)
        return parse(stored.value());
    if (!create) {
        return makeError(tr("No signing key yet: the first export makes one. (%1)").arg(stored.errorString()));
    }
    // Only a missing entry means "make one"; an unreachable keychain is reported, not worked around.
    if (stored.error().code != QLatin1String("not-found"))
        return fieldError(QStringLiteral("key"),
                          tr("%1; a signing key in a PEM file can sign instead").arg(stored.errorString()));
    auto generated = Signer::generate();
    if (!generated)
        return generated.error();
    const QString name = owner.simplified();
    const QString entry
        = (name.isEmpty() ? QString() : kOwnerLine + name + u'\n') + QString::fromUtf8(generated->privatePem);
    if (auto saved = secrets.write(kKeychainEntry, entry); !saved)
        return fieldError(QStringLiteral("key"),
                          tr("%1; a signing key in a PEM file can sign instead").arg(saved.errorString()));
    generated->owner = name;
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

Result<SigningKey> SigningKeys::standard(SecretStore& secrets, bool create, const QString& owner)
{
    const QString path = qEnvironmentVariable(kEnvironmentVariable);
    if (path.isEmpty())
        return fromKeychain(secrets, create, owner);
    auto key = fromFile(path);
    if (key)
        key->owner = owner.simplified();
    return key;
}

} // namespace recertify
