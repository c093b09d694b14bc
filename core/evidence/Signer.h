#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace recertify {

/** An Ed25519 key pair in PEM: the private half (PKCS #8) and the public half (SubjectPublicKeyInfo). */
struct SigningKey
{
    QByteArray privatePem;
    QByteArray publicPem;
    QString
        owner {}; ///< who the key belongs to, kept with it in the keychain; empty for keys from a file or made before
};

/**
 * Ed25519 signatures through OpenSSL 3, in the form stock tools check:
 * `openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in FILE -sigfile FILE.sig`.
 */
class Signer
{
    Q_DECLARE_TR_FUNCTIONS(Signer)

public:
    [[nodiscard]] static Result<SigningKey> generate();
    /** A key from its 32 raw private bytes (RFC 8032 test vectors use these). */
    [[nodiscard]] static Result<SigningKey> fromRawPrivate(const QByteArray& raw);
    /** Reads a private key PEM and derives its public half. */
    [[nodiscard]] static Result<SigningKey> fromPrivatePem(const QByteArray& pem);
    /** The raw 64-byte signature of message. */
    [[nodiscard]] static Result<QByteArray> sign(const QByteArray& privatePem, const QByteArray& message);
    /** True when signature is the key's signature of message; an unreadable key is an error. */
    [[nodiscard]] static Result<bool> verify(const QByteArray& publicPem, const QByteArray& message,
                                             const QByteArray& signature);
    /** SHA-256 of the public key's DER form, hex, grouped for people: "3f2a 91c0 …". */
    [[nodiscard]] static Result<QString> fingerprint(const QByteArray& publicPem);
    /** The raw 32 public bytes, for comparing with published vectors. */
    [[nodiscard]] static Result<QByteArray> rawPublic(const QByteArray& publicPem);
};

} // namespace recertify
