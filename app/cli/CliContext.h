#pragma once

#include "core/secrets/SecretStore.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <memory>

namespace recertify::cli {

/** The exit codes automation depends on (CLI.md). */
enum ExitCode
{
    Success = 0,
    Failed = 1,
    Usage = 2,
    VerificationFailed = 3,
    SignerNotTrusted = 4
};

/** The translation context of every CLI message. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/** What every command gets: its arguments, the output streams and a way to the store. */
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    /** secrets: where keys and connector secrets live; null for the OS keychain (tests pass an in-memory one). */
    CliContext(QTextStream& out, QTextStream& err, const Clock& clock, SecretStore* secrets = nullptr);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    /** The secret store for work a person waits on (it may ask to unlock the keychain). */
    SecretStore& secrets();
    /** The same store, asked with a short timeout, for lookups no command should stall on. */
    SecretStore& quickSecrets();

    QString dbLocation;
    bool json = false;
    QStringList args; ///< the command's own arguments, after the command name

    /** Opens the store once; on failure prints the reason and returns null. */
    DatabasePtr database();

    /**
     * Before work that freezes or signs findings (a campaign, an export): when the estate changed since
     * they were computed (a run killed before its analysis), recompute them first and say so.
     */
    [[nodiscard]] bool catchUpAnalysis();
    /** After any command: findings still out of date are named on stderr, never silently shown. */
    void warnIfFindingsOutOfDate();
    /**
     * Before a read-only command shows findings: they were computed by the last analysis, which a
     * read never reruns; when that was more than a day ago, time-bound findings (a credential
     * expiring, an identity unused for N days) may have changed since, and stderr says so.
     */
    void warnIfFindingsOld();

    /**
     * After a command changed the store: what follows every change (analysis of these identities, or
     * of the whole estate when none are named; remediation, triggers; due templates after a change of
     * the whole estate). Campaigns it started and steps that failed are named on stderr.
     */
    void afterChange(const QList<qint64>& identities);

    /** Who the audit log names: $RECERTIFY_ACTOR, else the login name. */
    QString actor() const;

    int fail(const QString& message);
    int usage(const QString& message);
    /** A core error, its field named as the flag that sets it: "--justification: revoking needs a reason". */
    int fail(const Error& error);
    int usage(const Error& error);
    static QString describe(const Error& error);
    void printJson(const QJsonDocument& document);
    /** Campaigns a run started: {"campaigns": [ids]} as JSON, else the summary and one id per line. */
    int printStarted(const QList<qint64>& ids, const QString& summary);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    SecretStore* m_given;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_quickKeychain;
    DatabasePtr m_database;
};

} // namespace recertify::cli
