#include "app/cli/Commands.h"
#include "core/analysis/TrustDebtScorer.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/evidence/AuditAnchor.h"
#include "core/evidence/SigningKeys.h"
#include "core/lifecycle/LifecycleService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/FindingRepository.h"
#include "core/storage/IdentityRepository.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace recertify::cli {

namespace {

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue isoOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(Timestamp::toIso(t)) : QJsonValue(QJsonValue::Null);
}

Result<Identity> findIdentity(CliContext& context, const DatabasePtr& database, const QString& key)
{
    Q_UNUSED(context);
    return IdentityRepository(database).find(key);
}

} // namespace

int GovernanceCommands::findings()
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), Cli::tr("Only findings of this type"),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption identity(QStringLiteral("identity"), Cli::tr("Only this identity (id or native id)"),
                                      QStringLiteral("ID"));
    parser.addOptions({ type, identity });
    if (int code = parse(parser, QStringLiteral("findings"),
                         Cli::tr("Privilege drift and hygiene findings, each with its OWASP NHI code."));
        code >= 0)
        return code;
    if (parser.isSet(type) && !TrustDebtWeights::of(parser.value(type))) {
        QStringList types;
        for (const DebtWeight& w : TrustDebtWeights::all())
            types << QString::fromLatin1(w.type);
        return m_context.usage(Cli::tr("--type: unknown finding type \"%1\"; expected one of %2")
                                   .arg(parser.value(type), types.join(QStringLiteral(", "))));
    }
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    m_context.warnIfFindingsOld();
    qint64 only = 0;
    if (parser.isSet(identity)) {
        auto found = findIdentity(m_context, database, parser.value(identity));
        if (!found)
            return m_context.fail(found.error());
        only = found->id;
    }
    QTextStream& out = m_context.out();
    int count = 0;
    if (m_context.json)
        out << "[";
    else
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(Cli::tr("IDENTITY"), -36)
                   .arg(Cli::tr("TYPE"), -20)
                   .arg(Cli::tr("SEVERITY"), -8)
                   .arg(Cli::tr("OWASP"), -6)
                   .arg(Cli::tr("SINCE"), -10)
                   .arg(Cli::tr("DETAIL"))
            << '\n';
    Status status
        = FindingRepository(database).forEachOpen([&](const Finding& f, const QString& nativeId, const QString& name) {
              if ((only && f.identityId != only) || (parser.isSet(type) && f.type != parser.value(type)))
                  return;
              if (m_context.json) {
                  const QJsonObject o {
                      { QStringLiteral("identityId"), f.identityId }, { QStringLiteral("nativeId"), nativeId },
                      { QStringLiteral("displayName"), name },        { QStringLiteral("type"), f.type },
                      { QStringLiteral("subject"), f.subject },       { QStringLiteral("severity"), f.severity },
                      { QStringLiteral("detail"), f.detail },         { QStringLiteral("owasp"), f.owasp },
                      { QStringLiteral("since"), isoOrNull(f.since) }
                  };
                  out << (count ? ",\n  " : "\n  ")
                      << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
              } else {
                  out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(name.left(36), -36)
                             .arg(f.type, -20)
                             .arg(f.severity, -8)
                             .arg(f.owasp, -6)
                             .arg(day(f.since), -10)
                             .arg(f.detail)
                      << '\n';
              }
              ++count;
          });
    if (!status)
        return m_context.fail(status.error());
    if (m_context.json)
        out << (count ? "\n]\n" : "]\n");
    else
        out << Cli::tr("%n findings", nullptr, count) << '\n';
    out.flush();
    return Success;
}

int GovernanceCommands::scores()
{
    QCommandLineParser parser;
    const QCommandLineOption top(QStringLiteral("top"),
                                 Cli::tr("Show only the N highest scores (text output; default 25)"),
                                 QStringLiteral("N"), QStringLiteral("25"));
    parser.addOption(top);
    if (int code = parse(parser, QStringLiteral("scores"),
                         Cli::tr("Trust debt per identity with its factors, and the estate total."));
        code >= 0)
        return code;
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    m_context.warnIfFindingsOld();

    struct Row
    {
        qint64 id;
        QString nativeId;
        QString name;
        TrustDebt debt;
    };
    QList<Row> rows;
    QList<Finding> pending;
    qint64 currentId = 0;
    QString currentNative, currentName;
    const TrustDebtScorer scorer(m_context.clock().now());
    auto flush = [&] {
        if (currentId)
            rows.append(Row { currentId, currentNative, currentName, scorer.score(pending) });
        pending.clear();
    };
    Status status
        = FindingRepository(database).forEachOpen([&](const Finding& f, const QString& nativeId, const QString& name) {
              if (f.identityId != currentId) {
                  flush();
                  currentId = f.identityId;
                  currentNative = nativeId;
                  currentName = name;
              }
              pending.append(f);
          });
    if (!status)
        return m_context.fail(status.error());
    flush();
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.debt.score > b.debt.score; });
    double total = 0;
    for (const Row& r : std::as_const(rows))
        total += r.debt.score;

    if (m_context.json) {
        QJsonArray identities;
        for (const Row& r : std::as_const(rows)) {
            QJsonArray factors;
            for (const DebtFactor& f : r.debt.factors) {
                factors.append(QJsonObject { { QStringLiteral("factor"), f.factor },
                                             { QStringLiteral("points"), f.points },
                                             { QStringLiteral("since"), isoOrNull(f.since) },
                                             { QStringLiteral("owasp"), f.owasp },
                                             { QStringLiteral("count"), f.count } });
            }
            identities.append(QJsonObject { { QStringLiteral("id"), r.id },
                                            { QStringLiteral("nativeId"), r.nativeId },
                                            { QStringLiteral("displayName"), r.name },
                                            { QStringLiteral("score"), r.debt.score },
                                            { QStringLiteral("factors"), factors } });
        }
        m_context.printJson(QJsonDocument(
            QJsonObject { { QStringLiteral("total"), total }, { QStringLiteral("identities"), identities } }));
        return Success;
    }
    QTextStream& out = m_context.out();
    out << Cli::tr("Estate trust debt: %1 over %n identities with open findings", nullptr, int(rows.size()))
               .arg(total, 0, 'f', 1)
        << "\n\n";
    const int limit = std::max(1, parser.value(top).toInt());
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i) {
        const Row& r = rows.at(i);
        out << QStringLiteral("%1  %2").arg(r.debt.score, 5, 'f', 1).arg(r.name) << '\n';
        for (const DebtFactor& f : r.debt.factors)
            out << QStringLiteral("       %1 %2  %3  %4")
                       .arg(f.points, 5, 'f', 1)
                       .arg(f.factor, -20)
                       .arg(f.owasp, -5)
                       .arg(Cli::tr("since %1").arg(day(f.since)))
                << '\n';
    }
    out.flush();
    return Success;
}

int GovernanceCommands::owners()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("set"), Cli::tr("The action: set"));
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Identity id or native id"));
    const QCommandLineOption business(QStringLiteral("business"), Cli::tr("Business owner (accountable)"),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption technical(QStringLiteral("technical"), Cli::tr("Technical owner"),
                                       QStringLiteral("EMAIL"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), Cli::tr("What the identity is for"),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   Cli::tr("Declared task scope: permissions or tools, comma-separated"),
                                   QStringLiteral("PERM[,PERM…]"));
    const QCommandLineOption expires(QStringLiteral("expires"), Cli::tr("Retirement date"), QStringLiteral("DATE"));
    const QCommandLineOption retirement(QStringLiteral("retirement"), Cli::tr("Retirement condition (an event)"),
                                        QStringLiteral("TEXT"));
    parser.addOptions({ business, technical, purpose, scope, expires, retirement });
    if (int code
        = parse(parser, QStringLiteral("owners"), Cli::tr("Set ownership, purpose, declared scope and retirement."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.first() != QLatin1String("set"))
        return m_context.usage(Cli::tr("owners: expected: owners set ID --business EMAIL"));
    if (!parser.isSet(business))
        return m_context.usage(Cli::tr("owners set: --business is required"));
    OwnershipChange change;
    change.businessOwner = parser.value(business).trimmed();
    if (parser.isSet(technical))
        change.technicalOwner = parser.value(technical).trimmed();
    if (parser.isSet(purpose))
        change.purpose = parser.value(purpose).trimmed();
    if (parser.isSet(scope)) {
        QStringList items = parser.value(scope).split(u',', Qt::SkipEmptyParts);
        for (QString& item : items)
            item = item.trimmed();
        change.declaredScope = items;
    }
    if (parser.isSet(expires)) {
        const auto at = Timestamp::parse(parser.value(expires));
        if (!at)
            return m_context.usage(
                Cli::tr("--expires: expected a date such as 2026-12-31, got \"%1\"").arg(parser.value(expires)));
        change.expiresAt = *at;
    }
    if (parser.isSet(retirement))
        change.retirementCondition = parser.value(retirement).trimmed();

    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    auto identity = findIdentity(m_context, database, args.at(1));
    if (!identity)
        return m_context.fail(identity.error());
    if (auto status
        = LifecycleService(database, m_context.clock()).setOwnership(identity->id, change, m_context.actor());
        !status)
        return m_context.fail(status.error());
    m_context.afterChange({ identity->id });
    m_context.out() << Cli::tr("%1: business owner %2").arg(identity->displayName, change.businessOwner.toLower())
                    << Qt::endl;
    return Success;
}

int GovernanceCommands::people()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("import"), Cli::tr("The action: import"));
    parser.addPositionalArgument(QStringLiteral("PATH"), Cli::tr("CSV with the header email,name,manager,active"));
    if (int code = parse(
            parser, QStringLiteral("people"),
            Cli::tr(
                "Import the people directory; an identity whose owner is missing, unknown or inactive is orphaned."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.first() != QLatin1String("import"))
        return m_context.usage(Cli::tr("people: expected: people import PATH"));
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    auto count = LifecycleService(database, m_context.clock()).importPeople(args.at(1), m_context.actor());
    if (!count)
        return m_context.fail(count.error());
    m_context.afterChange({});
    m_context.out() << Cli::tr("%n people in the directory", nullptr, count.value()) << Qt::endl;
    return Success;
}

int GovernanceCommands::lifecycle()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Identity id or native id"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Cli::tr("The new state: active, under-review, suspended or retired"),
                                QStringLiteral("STATE"));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why (kept in the audit log)"),
                                    QStringLiteral("TEXT"));
    parser.addOptions({ to, reason });
    if (int code = parse(parser, QStringLiteral("lifecycle"),
                         Cli::tr("Move an identity through its lifecycle; every change is audited."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(to) || !parser.isSet(reason))
        return m_context.usage(Cli::tr("lifecycle: expected: lifecycle ID --to STATE --reason TEXT"));
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    auto identity = findIdentity(m_context, database, parser.positionalArguments().first());
    if (!identity)
        return m_context.fail(identity.error());
    if (auto status = LifecycleService(database, m_context.clock())
                          .transition(identity->id, parser.value(to), m_context.actor(), parser.value(reason));
        !status)
        return m_context.fail(status.error());
    m_context.afterChange({ identity->id });
    m_context.out() << Cli::tr("%1: %2 -> %3").arg(identity->displayName, identity->status, parser.value(to))
                    << Qt::endl;
    return Success;
}

namespace {

Result<SigningKey> anchorKey(CliContext& context, bool create, const QString& owner = {})
{
    return SigningKeys::standard(context.quickSecrets(), create, owner);
}

int auditCheckpoint(CliContext& context, const DatabasePtr& database)
{
    auto key = anchorKey(context, true);
    if (!key)
        return context.fail(key.error());
    auto chain = AuditLog::verify(database->connection());
    if (!chain)
        return context.fail(chain.error());
    if (!chain->ok()) {
        // A broken link is never signed over: the checkpoint would vouch for an edited row.
        for (const QString& problem : std::as_const(chain->problems))
            context.err() << SafeText::printable(problem) << Qt::endl;
        return VerificationFailed;
    }
    auto checkpoint = AuditAnchor::checkpointNow(*database, key.value(), context.clock().now());
    if (!checkpoint)
        return context.fail(checkpoint.error());
    if (context.json) {
        context.printJson(QJsonDocument(checkpoint->toJson()));
    } else {
        context.out() << Cli::tr("Signed the audit chain's end: row %1, %2, by %3")
                             .arg(checkpoint->seq)
                             .arg(checkpoint->head.left(16), checkpoint->signer)
                      << Qt::endl;
    }
    return Success;
}

} // namespace

int GovernanceCommands::audit()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("verify, or checkpoint"));
    const QCommandLineOption trusted(
        QStringLiteral("trusted-key"),
        Cli::tr("Check the checkpoint with this public key (PEM) instead of the keychain's signing key"),
        QStringLiteral("PEM"));
    parser.addOption(trusted);
    if (int code = parse(parser, QStringLiteral("audit"),
                         Cli::tr("verify: check the hash chain of the audit log and its signed checkpoint; exit "
                                 "3 when a row was edited, "
                                 "deleted or added outside Recertify. checkpoint: sign the chain's end as it "
                                 "stands, once you have checked it."));
        code >= 0)
        return code;
    const QStringList action = parser.positionalArguments();
    if (action != QStringList { QStringLiteral("verify") } && action != QStringList { QStringLiteral("checkpoint") })
        return m_context.usage(Cli::tr("audit: expected: audit verify, or audit checkpoint"));
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    if (action.first() == QLatin1String("checkpoint"))
        return auditCheckpoint(m_context, database);

    auto result = AuditLog::verify(database->connection());
    if (!result)
        return m_context.fail(result.error());
    QStringList problems = result->problems;
    // The end of the chain, against the checkpoint kept outside the database.
    QByteArray publicPem;
    if (parser.isSet(trusted)) {
        QFile file(parser.value(trusted));
        if (!file.open(QIODevice::ReadOnly))
            return m_context.fail(Cli::tr("%1: cannot read: %2").arg(parser.value(trusted), file.errorString()));
        publicPem = file.readAll();
    } else if (auto key = anchorKey(m_context, false); key) {
        publicPem = key->publicPem;
        // A team server this machine has not anchored yet: its end, links intact, is remembered as first seen.
        auto adopted = AuditAnchor::adoptServerChain(*database, key.value(), m_context.clock().now());
        if (!adopted)
            return m_context.fail(adopted.error());
        if (adopted->has_value() && !m_context.json) {
            m_context.out()
                << Cli::tr("First check of this server from this machine: the chain's end (row %1) is now signed here; "
                           "later checks compare with it.")
                       .arg(adopted->value().seq)
                << Qt::endl;
        }
    }
    const QString anchorPath = AuditAnchor::pathFor(*database);
    if (publicPem.isEmpty() && QFile::exists(anchorPath)) {
        problems << Cli::tr("%1: the checkpoint cannot be checked: no signing key in the keychain; give its public "
                            "half with --trusted-key")
                        .arg(anchorPath);
    } else {
        auto anchored = AuditAnchor::check(*database, publicPem);
        if (!anchored)
            return m_context.fail(anchored.error());
        problems << anchored.value();
    }
    const bool ok = problems.isEmpty();
    if (m_context.json) {
        m_context.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("valid"), ok },
                                        { QStringLiteral("rows"), result->rows },
                                        { QStringLiteral("anchor"), anchorPath },
                                        { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } }));
    } else if (ok) {
        m_context.out() << Cli::tr("The audit chain holds: %n rows, every link and hash intact, its end as last signed",
                                   nullptr, int(result->rows))
                        << Qt::endl;
    } else {
        for (const QString& problem : std::as_const(problems))
            m_context.err() << SafeText::printable(problem) << Qt::endl;
        m_context.err() << Cli::tr("Once you have checked the rows named, 'recertify-cli audit checkpoint' signs the "
                                   "chain's end as it stands.")
                        << Qt::endl;
    }
    return ok ? Success : VerificationFailed;
}

} // namespace recertify::cli
