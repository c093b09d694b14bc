#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

struct evp_md_ctx_st;

namespace recertify {

/**
 * SHA-256 through OpenSSL, which uses the processor's SHA instructions where it has them: several times faster than
 * QCryptographicHash on the hundreds of megabytes an evidence bundle holds. The same digest either way.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    /** The 32-byte digest of everything added; the hash starts again afterwards. */
    [[nodiscard]] QByteArray result();

    [[nodiscard]] static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st* m_context; ///< null when OpenSSL could not start one (out of memory): Qt's hash then
    QCryptographicHash m_fallback { QCryptographicHash::Sha256 };
};

} // namespace recertify
