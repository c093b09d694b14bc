#include "app/cli/CliContext.h"

#include "app/cli/JsonViews.h"
#include "core/analysis/AnalysisService.h"
#include "core/evidence/AuditAnchor.h"
#include "core/evidence/SigningKeys.h"
#include "core/pipeline/AfterChange.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/SnapshotRepository.h"
#include "core/team/TeamConnection.h"
#include "core/util/People.h"
#include "core/util/SafeText.h"

#include <QJsonObject>
#include <QLocale>

namespace recertify::cli {

CliContext::CliContext(QTextStream& out, QTextStream& err, const Clock& clock, SecretStore* secrets)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
    , m_given(secrets)
{
}

CliContext::~CliContext()
{
    // The audit anchor's signer reaches the secret store: the store goes after the database.
    m_database.reset();
}

SecretStore& CliContext::secrets()
{
    if (m_given)
        return *m_given;
    if (!m_keychain)
        m_keychain = std::make_unique<KeychainSecretStore>();
    return *m_keychain;
}

SecretStore& CliContext::quickSecrets()
{
    if (m_given)
        return *m_given;
    if (!m_quickKeychain)
        m_quickKeychain = std::make_unique<KeychainSecretStore>(3000);
    return *m_quickKeychain;
}

DatabasePtr CliContext::database()
{
    if (m_database)
        return m_database;
    // A team server's password: the keychain entry the app keeps, unless libpq is given one (PGPASSWORD, ~/.pgpass).
    QString location = dbLocation;
    if (Database::isServerLocation(location) && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        if (auto kept = TeamConnection::withPassword(quickSecrets(), location); kept)
            location = kept.value();
    }
    auto opened = Database::open(location);
    if (!opened) {
        m_err << opened.errorString() << Qt::endl;
        return nullptr;
    }
    m_database = opened.value();
    // Every change batch that adds to the audit chain signs its new end with the export key.
    AuditAnchor::install(
        *m_database,
        [owner = actor(), secrets = &quickSecrets()] { return SigningKeys::standard(*secrets, true, owner); }, m_clock);
    return m_database;
}

namespace {

QString describeDue(const AnalysisDue& due)
{
    const QString at = QLocale().toString(due.since.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    return due.cause == QLatin1String("demo") ? CliContext::tr("the demo estate written at %1").arg(at)
                                              : CliContext::tr("the %1 import at %2").arg(due.cause, at);
}

} // namespace

bool CliContext::catchUpAnalysis()
{
    auto due = AnalysisDue::read(*m_database);
    if (!due)
        return fail(due.error()) == Success;
    if (!due->has_value())
        return true;
    auto analysed = AnalysisService(m_database, m_clock).run();
    if (!analysed)
        return fail(CliContext::tr("findings are out of date and could not be recomputed: %1")
                        .arg(analysed.errorString()))
            == Success;
    m_err << CliContext::tr("Findings were out of date (%1 ended before its analysis); recomputed them first: %n open",
                            nullptr, analysed->openFindings)
                 .arg(describeDue(due->value()))
          << Qt::endl;
    return true;
}

void CliContext::warnIfFindingsOutOfDate()
{
    if (!m_database)
        return;
    auto due = AnalysisDue::read(*m_database);
    if (!due || !due->has_value())
        return;
    m_err << CliContext::tr(
                 "Findings are out of date: %1 ended before its analysis. 'recertify-cli analyse', an import or a "
                 "sync recomputes them.")
                 .arg(describeDue(due->value()))
          << Qt::endl;
}

void CliContext::warnIfFindingsOld()
{
    if (!m_database)
        return;
    auto points = SnapshotRepository(m_database).estate();
    if (!points || points->isEmpty())
        return;
    const QDateTime last = points->last().takenAt;
    if (!last.isValid() || last.daysTo(m_clock.now()) < 1)
        return;
    m_err << CliContext::tr("Findings were last computed on %1; time-bound findings may have changed since. "
                            "'recertify-cli analyse' recomputes them.")
                 .arg(QLocale().toString(last.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
          << Qt::endl;
}

void CliContext::afterChange(const QList<qint64>& identities)
{
    if (!m_database)
        return;
    AfterChange after(m_database, m_clock);
    const AfterChangeReport report
        = identities.isEmpty() ? after.estateChanged(actor()) : after.identitiesChanged(identities, actor());
    for (const QString& warning : report.warnings)
        m_err << warning << Qt::endl;
    for (qint64 id : report.triggeredCampaigns)
        m_err << CliContext::tr("A campaign trigger started campaign %1").arg(id) << Qt::endl;
    for (qint64 id : report.scheduledCampaigns)
        m_err << CliContext::tr("A recurring campaign fell due and started as campaign %1").arg(id) << Qt::endl;
}

QString CliContext::actor() const
{
    const QString actor = qEnvironmentVariable("RECERTIFY_ACTOR");
    return QStringLiteral("cli:") + (actor.isEmpty() ? osLogin() : actor);
}

int CliContext::printStarted(const QList<qint64>& ids, const QString& summary)
{
    if (json) {
        printJson(QJsonDocument(QJsonObject { { QStringLiteral("campaigns"), toJson(ids) } }));
        return Success;
    }
    m_out << summary << '\n';
    for (qint64 id : ids)
        m_out << QStringLiteral("  %1").arg(id) << '\n';
    m_out.flush();
    return Success;
}

int CliContext::fail(const QString& message)
{
    m_err << SafeText::printable(message) << Qt::endl;
    return Failed;
}

QString CliContext::describe(const Error& error)
{
    if (error.field.isEmpty())
        return error.message;
    // Core names the input in the domain's words ("fallbackReviewer"); here it is the flag that set it.
    QString flag;
    for (const QChar c : error.field) {
        if (c.isUpper())
            flag += u'-' + c.toLower();
        else
            flag += c;
    }
    return QStringLiteral("--") + flag + QStringLiteral(": ") + error.message;
}

int CliContext::fail(const Error& error)
{
    return fail(describe(error));
}

int CliContext::usage(const Error& error)
{
    return usage(describe(error));
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace recertify::cli
