#include "core/util/Sha256.h"

#include <openssl/evp.h>

namespace recertify {

namespace {

// Fetched once: the implicit fetch EVP_sha256() makes on every start looks the method up under a lock.
const EVP_MD* sha256()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    m_ok = start();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

bool Sha256::start()
{
    return m_context && sha256() && EVP_DigestInit_ex(m_context, sha256(), nullptr) == 1;
}

void Sha256::addData(QByteArrayView data)
{
    m_ok = m_ok && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) == 1;
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    m_ok = m_ok && EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char*>(digest.data()), &length) == 1;
    digest.resize(m_ok ? qsizetype(length) : 0);
    m_ok = start();
    return digest;
}

bool Sha256::hashInto(QByteArrayView data, unsigned char* out)
{
    thread_local Sha256 sha;
    unsigned int length = 0;
    const bool ok = sha.m_ok && EVP_DigestUpdate(sha.m_context, data.data(), size_t(data.size())) == 1
        && EVP_DigestFinal_ex(sha.m_context, out, &length) == 1 && length == 32;
    sha.m_ok = sha.start();
    return ok;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace recertify
