#pragma once

#include <QByteArray>
#include <QByteArrayView>

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
    /**
     * The 32-byte digest of everything added, then the hash starts again. Empty when OpenSSL failed (out of memory):
     * never a digest of something else.
     */
    [[nodiscard]] QByteArray result();

    [[nodiscard]] static QByteArray hash(QByteArrayView data);
    /**
     * The digest into out (32 bytes) with a context kept per thread: for millions of short inputs (event ids), where
     * making a context each time costs more than hashing. False when OpenSSL failed.
     */
    [[nodiscard]] static bool hashInto(QByteArrayView data, unsigned char* out);

private:
    bool start();

    evp_md_ctx_st* m_context;
    bool m_ok = false;
};

} // namespace recertify
