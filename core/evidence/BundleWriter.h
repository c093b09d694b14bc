#pragma once

#include "core/util/Result.h"
#include "core/util/Sha256.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <memory>
#include <quazipfile.h>

class QuaZip;

namespace recertify {

/**
 * Writes an evidence bundle's zip: each member hashed as it is written, then SHA256SUMS (sha256sum's format) and
 * its Ed25519 signature, then one atomic rename into place. Until finish() succeeds the bundle is a ".part" file,
 * removed when the writer goes away, so a failed export leaves nothing behind and never half a bundle.
 */
class BundleWriter
{
public:
    /**
     * One member being written: bytes go into its hash as they come, and to the zip in chunks compressed on another
     * core while the next chunk is made (deflate is the longest step of a large export).
     */
    class Member
    {
    public:
        Member(BundleWriter& bundle, const QString& name, bool listed = true);
        ~Member();
        Member(const Member&) = delete;
        Member& operator=(const Member&) = delete;
        bool write(const QByteArray& bytes);
        /** Closes the member and lists its hash in SHA256SUMS. */
        [[nodiscard]] Status finish();

    private:
        void flush();

        static constexpr qsizetype kChunk = 1 << 20;
        static constexpr int kLevel = 3; ///< deflate level of every member
        BundleWriter& m_bundle;
        QuaZipFile m_file;
        QString m_name;
        Sha256 m_hash;
        QByteArray m_pending; ///< written, not yet handed to the zip
        QFuture<bool> m_deflating; ///< the chunk being compressed: true when the zip took it whole
        bool m_listed = true; ///< listed in SHA256SUMS; the check's own files are not
        bool m_ok = false;
    };

    explicit BundleWriter(QString path);
    ~BundleWriter();
    BundleWriter(const BundleWriter&) = delete;
    BundleWriter& operator=(const BundleWriter&) = delete;

    [[nodiscard]] Status open();
    /** A member written whole. */
    [[nodiscard]] Status write(const QString& name, const QByteArray& bytes);
    /** SHA256SUMS and its signature, then the bundle moves into place. */
    [[nodiscard]] Status finish(const QByteArray& privatePem);
    /** The error for a member that could not be written. */
    [[nodiscard]] Error failed(const QString& member) const;

private:
    [[nodiscard]] Status writeUnlisted(const QString& name, const QByteArray& bytes);

    QString m_path;
    QString m_partial;
    std::unique_ptr<QuaZip> m_zip;
    QList<std::pair<QString, QByteArray>> m_sums;
    bool m_done = false;
};

} // namespace recertify
