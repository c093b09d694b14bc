#include "core/connectors/github/GitHubAppJwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace recertify {

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Result<QByteArray> GitHubAppJwt::sign(const QByteArray& privateKeyPem, const QString& appId, const QDateTime& now)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())),
                                                  &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return makeError(tr(
            "the GitHub App's private key is not an RSA key in PEM form (download it again from the App's settings)"));
    const qint64 issued = now.toSecsSinceEpoch() - 60; // GitHub's advice: allow for clock drift
    const QByteArray header = base64Url(QByteArrayLiteral(R"({"alg":"RS256","typ":"JWT"})"));
    const QByteArray claims = base64Url(QJsonDocument(QJsonObject { { QStringLiteral("iat"), issued },
                                                                    { QStringLiteral("exp"), issued + 600 - 60 },
                                                                    { QStringLiteral("iss"), appId } })
                                            .toJson(QJsonDocument::Compact));
    const QByteArray input = QByteArray(header + '.' + claims);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(input.constData()),
                          size_t(input.size()))
            != 1)
        return makeError(tr("signing the GitHub App token failed"));
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()))
        != 1)
        return makeError(tr("signing the GitHub App token failed"));
    signature.resize(qsizetype(length));
    return QByteArray(input + '.' + base64Url(signature));
}

} // namespace recertify
