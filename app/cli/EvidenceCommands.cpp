#include "app/cli/Commands.h"
#include "core/evidence/AuditAnchor.h"
#include "core/evidence/EvidenceBundle.h"
#include "core/evidence/SigningKeys.h"
#include "core/evidence/TrustedSigners.h"
#include "core/storage/AuditLog.h"
#include "core/util/SafeText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

namespace {

Result<SigningKey> signingKey(CliContext& context, const QString& keyFile, bool create)
{
    if (!keyFile.isEmpty())
        return SigningKeys::fromFile(keyFile);
    return SigningKeys::standard(context.secrets(), create, context.actor());
}

} // namespace

int EvidenceCommands::exportBundle()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CAMPAIGN_ID"), Cli::tr("The campaign to export"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("The bundle to write (.zip)"), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 Cli::tr("Sign with this Ed25519 private key (PEM) instead of the keychain's"),
                                 QStringLiteral("PEM"));
    parser.addOptions({ out, key });
    if (int code = parse(parser, QStringLiteral("export"),
                         Cli::tr("Write a campaign's signed evidence bundle: decisions, what each reviewer saw, "
                                 "the audit chain and a PDF report."));
        code >= 0)
        return code;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0)
        return m_context.usage(Cli::tr("export: expected a campaign id"));
    if (!parser.isSet(out))
        return m_context.usage(Cli::tr("export: --out is required"));
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    auto signing = signingKey(m_context, parser.value(key), true);
    if (!signing)
        return m_context.fail(signing.error());
    if (!m_context.catchUpAnalysis())
        return Failed;
    // Evidence is never signed over an audit chain that does not hold.
    auto chain = AuditLog::verify(database->connection());
    if (!chain)
        return m_context.fail(chain.error());
    QStringList problems = chain->problems;
    if (auto keychainKey = signingKey(m_context, QString(), false); keychainKey) {
        if (auto adopted = AuditAnchor::adoptServerChain(*database, keychainKey.value(), m_context.clock().now());
            !adopted)
            return m_context.fail(adopted.error());
        auto anchored = AuditAnchor::check(*database, keychainKey->publicPem);
        if (!anchored)
            return m_context.fail(anchored.error());
        problems << anchored.value();
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems))
            m_context.err() << SafeText::printable(problem) << Qt::endl;
        m_context.err() << Cli::tr(
            "export: the audit chain does not verify (see 'recertify-cli audit verify'); nothing was written")
                        << Qt::endl;
        return VerificationFailed;
    }
    auto report
        = EvidenceBundle::write(database, id, parser.value(out), signing.value(), m_context.actor(), m_context.clock());
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json) {
        m_context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("path"), report->path },
                                                        { QStringLiteral("fingerprint"), report->fingerprint },
                                                        { QStringLiteral("items"), report->items },
                                                        { QStringLiteral("bytes"), report->bytes } }));
    } else {
        m_context.out() << Cli::tr("%1: %2 items, %3 bytes, signed by %4")
                               .arg(report->path)
                               .arg(report->items)
                               .arg(report->bytes)
                               .arg(report->fingerprint)
                        << Qt::endl;
    }
    return Success;
}

int EvidenceCommands::verify()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The evidence bundle (.zip)"));
    const QCommandLineOption trusted(QStringLiteral("trusted-key"),
                                     Cli::tr("Also require that this public key (PEM) signed it"),
                                     QStringLiteral("PEM"));
    parser.addOption(trusted);
    if (int code
        = parse(parser, QStringLiteral("verify"),
                Cli::tr("Check every hash and the signature of an evidence bundle; exit 3 when anything does "
                        "not match, naming the file, "
                        "and 4 when the signature is valid but its key is neither given nor a trusted signer."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return m_context.usage(Cli::tr("verify: expected the bundle file"));
    QByteArray trustedPem;
    if (parser.isSet(trusted)) {
        QFile file(parser.value(trusted));
        if (!file.open(QIODevice::ReadOnly))
            return m_context.fail(Cli::tr("%1: cannot read: %2").arg(parser.value(trusted), file.errorString()));
        trustedPem = file.readAll();
    }
    auto result = EvidenceBundle::verify(parser.positionalArguments().first(), trustedPem);
    if (!result)
        return m_context.fail(result.error());
    // A signature proves who signed only when that key is trusted: given here, or on the trusted-signers list.
    const bool trustedSigner = !trustedPem.isEmpty() || TrustedSigners().find(result->fingerprint).has_value();
    if (m_context.json) {
        QJsonArray files;
        for (const BundleFile& f : result->files)
            files.append(QJsonObject { { QStringLiteral("name"), f.name }, { QStringLiteral("ok"), f.ok } });
        m_context.printJson(QJsonDocument(
            QJsonObject { { QStringLiteral("valid"), result->valid && trustedSigner },
                          { QStringLiteral("signatureValid"), result->valid },
                          { QStringLiteral("trusted"), result->valid && trustedSigner },
                          { QStringLiteral("signer"), result->signer },
                          { QStringLiteral("fingerprint"), result->fingerprint },
                          { QStringLiteral("files"), files },
                          { QStringLiteral("problems"), QJsonArray::fromStringList(result->problems) } }));
    } else if (result->valid && trustedSigner) {
        m_context.out() << Cli::tr("Valid: every file matches SHA256SUMS, signed by %1 (%2)")
                               .arg(result->signer, result->fingerprint)
                        << Qt::endl;
    } else if (result->valid) {
        m_context.err()
            << Cli::tr(
                   "signature valid, signer not trusted: %1 (give its public key with --trusted-key, or add it to the "
                   "trusted signers in the app)")
                   .arg(result->fingerprint)
            << Qt::endl;
    } else {
        for (const QString& problem : result->problems)
            m_context.err() << problem << Qt::endl;
    }
    if (!result->valid)
        return VerificationFailed;
    return trustedSigner ? Success : SignerNotTrusted;
}

int EvidenceCommands::keys()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("show, or export-public"));
    const QCommandLineOption out(QStringLiteral("out"), Cli::tr("Where to write the public key (export-public)"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), Cli::tr("Use this private key (PEM) instead of the keychain's"),
                                 QStringLiteral("PEM"));
    parser.addOptions({ out, key });
    if (int code = parse(parser, QStringLiteral("keys"),
                         Cli::tr("The signing key: its fingerprint, and its public half for auditors."));
        code >= 0)
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("show") && action != QLatin1String("export-public"))
        return m_context.usage(Cli::tr("keys: expected show or export-public"));
    auto signing = signingKey(m_context, parser.value(key), false);
    if (!signing)
        return m_context.fail(signing.error());
    auto fingerprint = Signer::fingerprint(signing->publicPem);
    if (!fingerprint)
        return m_context.fail(fingerprint.error());
    if (action == QLatin1String("show")) {
        if (m_context.json)
            m_context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("Ed25519") },
                                                            { QStringLiteral("fingerprint"), fingerprint.value() } }));
        else
            m_context.out() << Cli::tr("Ed25519 signing key, fingerprint %1").arg(fingerprint.value()) << Qt::endl;
        return Success;
    }
    if (!parser.isSet(out))
        return m_context.usage(Cli::tr("keys export-public: --out is required"));
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(signing->publicPem) != signing->publicPem.size())
        return m_context.fail(Cli::tr("%1: cannot write: %2").arg(parser.value(out), file.errorString()));
    m_context.out() << Cli::tr("%1: public key %2").arg(parser.value(out), fingerprint.value()) << Qt::endl;
    return Success;
}

} // namespace recertify::cli
