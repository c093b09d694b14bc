#include "core/util/Sha256.h"

#include <openssl/evp.h>

namespace recertify {

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (m_context && EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_context);
        m_context = nullptr;
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView data)
{
    if (!m_context) {
        m_fallback.addData(data);
        return;
    }
    EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    if (!m_context) {
        const QByteArray digest = m_fallback.result();
        m_fallback.reset();
        return digest;
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char*>(digest.data()), &length);
    digest.resize(qsizetype(length));
    EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace recertify
