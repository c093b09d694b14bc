#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace recertify {

/** A public key the auditor decided to trust, kept as a PEM file in the app's data folder. */
struct TrustedSigner
{
    QString name;
    QString fingerprint;
    QByteArray publicPem;
};

/** The auditor's list of trusted signer keys (public halves only: nothing secret is kept). */
class TrustedSigners
{
    Q_DECLARE_TR_FUNCTIONS(TrustedSigners)

public:
    /** folder: where the PEM files live; empty means the app data location. */
    explicit TrustedSigners(QString folder = {});

    [[nodiscard]] Result<QList<TrustedSigner>> all() const;
    [[nodiscard]] Result<TrustedSigner> add(const QString& name, const QByteArray& publicPem);
    [[nodiscard]] Status remove(const QString& fingerprint);
    /** The trusted signer with this fingerprint, if any. */
    [[nodiscard]] std::optional<TrustedSigner> find(const QString& fingerprint) const;

private:
    QString m_folder;
};

} // namespace recertify
