#pragma once

#include "core/evidence/Signer.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>

namespace recertify {

/** What an export wrote. */
struct ExportReport
{
    QString path;
    QString fingerprint;
    int items = 0;
    qint64 bytes = 0;
};

/** One member of a bundle and whether its bytes are the ones signed. */
struct BundleFile
{
    QString name;
    bool ok = false;
};

/** What a check of a bundle found. */
struct BundleVerification
{
    bool valid = false;
    QString signer; ///< who signed, from campaign.json
    QString fingerprint; ///< of signer.pub.pem
    QList<BundleFile> files;
    QStringList problems; ///< each names the file at fault
    /// SHA256SUMS carries a valid signature by signer.pub.pem: then a file whose hash matches can be relied on.
    bool signatureValid = false;
    /** Whether what this member holds can be relied on: the signature holds and the file matches it. */
    [[nodiscard]] bool reliable(const QString& name) const
    {
        return signatureValid
            && std::any_of(files.cbegin(), files.cend(), [&](const BundleFile& f) { return f.name == name && f.ok; });
    }
};

/**
 * The signed evidence bundle of a campaign: one zip with campaign.json, decisions.csv,
 * evidence.json (what each reviewer saw), audit-chain.json, report.pdf, SHA256SUMS (sha256sum
 * format, one line per other file), SHA256SUMS.sig (raw Ed25519 signature of SHA256SUMS) and
 * signer.pub.pem. Stock tools check it: openssl pkeyutl -verify … -rawin, then sha256sum -c.
 */
class EvidenceBundle
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceBundle)

public:
    static const QStringList& memberNames();

    /** Writes the bundle; the file appears whole or not at all. */
    [[nodiscard]] static Result<ExportReport> write(const DatabasePtr& database, qint64 campaignId, const QString& path,
                                                    const SigningKey& key, const QString& signer,
                                                    const Clock& clock = Clock::instance());
    /** Checks every hash and the signature; with a trusted key, also who signed. */
    [[nodiscard]] static Result<BundleVerification> verify(const QString& path,
                                                           const QByteArray& trustedPublicPem = {});
    /** Reads one member (after verify, for the auditor's view). */
    [[nodiscard]] static Result<QByteArray> read(const QString& path, const QString& member);
};

} // namespace recertify
