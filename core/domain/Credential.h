#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace recertify {

/** A secret, key, certificate or token that lets an identity authenticate. Never the secret itself. */
struct Credential
{
    qint64 id = 0;
    qint64 identityId = 0;
    QString credentialId; ///< keyId, AccessKeyId, token id: a name, never the secret
    QString type; ///< secret, certificate, access-key, sa-token, pat, deploy-key, federated
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsedAt;
    bool enabled = true;
    /// Which of its source's objects lists it ("servicePrincipal", "application"); empty: the identity's own list.
    QString listedIn;

    /** A credential type ("certificate", "sa-token") in the reader's language; the code itself when unknown. */
    static QString typeName(const QString& type);
};

} // namespace recertify
