#include "core/evidence/TrustedSigners.h"

#include "core/evidence/Signer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace recertify {

TrustedSigners::TrustedSigners(QString folder)
    : m_folder(folder.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                      .filePath(QStringLiteral("trusted-signers"))
                                : std::move(folder))
{
}

Result<QList<TrustedSigner>> TrustedSigners::all() const
{
    QList<TrustedSigner> out;
    const QDir dir(m_folder);
    for (const QFileInfo& info : dir.entryInfoList({ QStringLiteral("*.pem") }, QDir::Files, QDir::Name)) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return makeError(tr("%1: cannot read: %2").arg(info.absoluteFilePath(), file.errorString()));
        const QByteArray pem = file.readAll();
        auto fingerprint = Signer::fingerprint(pem);
        if (!fingerprint)
            return makeError(tr("%1: %2").arg(info.absoluteFilePath(), fingerprint.errorString()));
        out.append(TrustedSigner { info.completeBaseName(), fingerprint.value(), pem });
    }
    return out;
}

Result<TrustedSigner> TrustedSigners::add(const QString& name, const QByteArray& publicPem)
{
    auto fingerprint = Signer::fingerprint(publicPem);
    if (!fingerprint)
        return fingerprint.error();
    QString safe = name.trimmed();
    safe.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|]+)")),
                 QStringLiteral("-")); // only what a file name cannot hold
    if (safe.isEmpty())
        safe = fingerprint->left(9).remove(u' ');
    if (!QDir().mkpath(m_folder))
        return makeError(tr("%1: cannot create the folder").arg(m_folder));
    QFile file(QDir(m_folder).filePath(safe + QStringLiteral(".pem")));
    if (!file.open(QIODevice::WriteOnly) || file.write(publicPem) != publicPem.size())
        return makeError(tr("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
    return TrustedSigner { safe, fingerprint.value(), publicPem };
}

Status TrustedSigners::remove(const QString& fingerprint)
{
    auto signers = all();
    if (!signers)
        return signers.error();
    for (const TrustedSigner& s : signers.value()) {
        if (s.fingerprint == fingerprint && !QFile::remove(QDir(m_folder).filePath(s.name + QStringLiteral(".pem"))))
            return makeError(tr("Cannot remove the trusted key %1").arg(s.name));
    }
    return {};
}

std::optional<TrustedSigner> TrustedSigners::find(const QString& fingerprint) const
{
    auto signers = all();
    if (!signers)
        return std::nullopt;
    for (const TrustedSigner& s : signers.value()) {
        if (s.fingerprint == fingerprint)
            return s;
    }
    return std::nullopt;
}

} // namespace recertify
