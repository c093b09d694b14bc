#include "core/evidence/Signer.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace recertify {

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using MdContext = std::unique_ptr<EVP_MD_CTX, MdFree>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    if (!code)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

QByteArray readBio(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

Result<SigningKey> pemsOf(EVP_PKEY* key)
{
    Bio priv(BIO_new(BIO_s_mem()));
    Bio pub(BIO_new(BIO_s_mem()));
    if (!priv || !pub || PEM_write_bio_PrivateKey(priv.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(pub.get(), key) != 1)
        return makeError(Signer::tr("Cannot write the key: %1").arg(opensslError()));
    return SigningKey { readBio(priv.get()), readBio(pub.get()) };
}

Key readPrivate(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Key readPublic(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool isEd25519(EVP_PKEY* key)
{
    return key && EVP_PKEY_get_id(key) == EVP_PKEY_ED25519;
}

} // namespace

Result<SigningKey> Signer::generate()
{
    Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return makeError(tr("Cannot generate an Ed25519 key: %1").arg(opensslError()));
    return pemsOf(key.get());
}

Result<SigningKey> Signer::fromRawPrivate(const QByteArray& raw)
{
    if (raw.size() != 32)
        return makeError(tr("An Ed25519 private key has 32 bytes, not %1").arg(raw.size()));
    Key key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char*>(raw.constData()), 32));
    if (!key)
        return makeError(tr("Cannot read the Ed25519 key: %1").arg(opensslError()));
    return pemsOf(key.get());
}

Result<SigningKey> Signer::fromPrivatePem(const QByteArray& pem)
{
    Key key = readPrivate(pem);
    if (!isEd25519(key.get()))
        return makeError(tr("expected an Ed25519 private key in PEM form"));
    return pemsOf(key.get());
}

Result<QByteArray> Signer::sign(const QByteArray& privatePem, const QByteArray& message)
{
    Key key = readPrivate(privatePem);
    if (!isEd25519(key.get()))
        return makeError(tr("expected an Ed25519 private key in PEM form"));
    MdContext ctx(EVP_MD_CTX_new());
    size_t length = 64;
    QByteArray signature(64, '\0');
    // Ed25519 signs in one shot, with no digest of its own choosing (RFC 8032).
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                          reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            != 1)
        return makeError(tr("Cannot sign: %1").arg(opensslError()));
    signature.truncate(int(length));
    return signature;
}

Result<bool> Signer::verify(const QByteArray& publicPem, const QByteArray& message, const QByteArray& signature)
{
    Key key = readPublic(publicPem);
    if (!isEd25519(key.get()))
        return makeError(tr("expected an Ed25519 public key in PEM form"));
    MdContext ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return makeError(tr("Cannot verify: %1").arg(opensslError()));
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()));
    ERR_clear_error();
    return rc == 1;
}

Result<QByteArray> Signer::rawPublic(const QByteArray& publicPem)
{
    Key key = readPublic(publicPem);
    if (!isEd25519(key.get()))
        return makeError(tr("expected an Ed25519 public key in PEM form"));
    size_t length = 32;
    QByteArray raw(32, '\0');
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(raw.data()), &length) != 1)
        return makeError(tr("Cannot read the public key: %1").arg(opensslError()));
    raw.truncate(int(length));
    return raw;
}

Result<QString> Signer::fingerprint(const QByteArray& publicPem)
{
    Key key = readPublic(publicPem);
    if (!isEd25519(key.get()))
        return makeError(tr("expected an Ed25519 public key in PEM form"));
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key.get(), &der);
    if (length <= 0)
        return makeError(tr("Cannot read the public key: %1").arg(opensslError()));
    const QByteArray hex
        = QCryptographicHash::hash(QByteArray(reinterpret_cast<const char*>(der), length), QCryptographicHash::Sha256)
              .toHex();
    OPENSSL_free(der);
    QStringList groups;
    for (int i = 0; i < 32; i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4)); // the first 128 bits, readable aloud
    return groups.join(u' ');
}

} // namespace recertify
