#pragma once

#include "core/connectors/Records.h"
#include "core/sync/SightedLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

namespace recertify {

/** Who acted, once per source and principal: what every aggregate of it shares. */
struct UsagePrincipal
{
    QString source;
    QString principal;
    QString principalName; ///< from its earliest event that names it
    QString principalKind;
    QStringList principalAliases; ///< every alias its events gave
    QList<Grant> principalGrants; ///< what its earliest event that showed any says it holds
    QDateTime grantsSeen; ///< that event's time
    QDateTime nameSeen; ///< the time of the event it is named from
    bool namedTwice = false; ///< its events gave two ARNs for one id, and that was said
    qsizetype namedTwiceWarning = -1; ///< where the warning about a user's several ARNs is, to name each one
    /// The credentials its allowed events name (an Entra sign-in's key id), each with its last use.
    QHash<QString, QDateTime> credentialUse;
    bool anyAtConsole = false; ///< one of its events was made in a console session
    bool offConsole = false; ///< one of its events was made outside any console session (on no key, or too many)
    /// An IAM user's temporary keys: those its console-session events used, and those of its other events, which
    /// were made in a console session after all when the trail flagged another call on the same key so (it does not
    /// flag every one).
    QSet<QString> consoleKeys, keysOffConsole;

    /** Every event of it was made in a console session (or by a service on its behalf). */
    [[nodiscard]] bool onlyAtConsole() const
    {
        return !offConsole && std::all_of(keysOffConsole.cbegin(), keysOffConsole.cend(), [this](const QString& key) {
            return consoleKeys.contains(key);
        });
    }
    qint64 events = 0; ///< the events it made in this input
    QDateTime lastMade; ///< its latest event that made it (ActivityEvent::lifecycle +1)
    QDateTime lastDeleted; ///< its latest event that deleted it
};

/**
 * Activity folded to one row per principal, action, day and outcome: about 50 bytes, the principal and the action
 * by number, so a year of logs with many principals, actions and days stays small.
 */
struct UsageAggregate
{
    quint32 principal = 0; ///< into StagingSink::principals()
    quint32 action = 0; ///< into StagingSink::actions()
    quint32 outcome = 0; ///< into StagingSink::outcomes()
    QDate day;
    qint64 count = 0;
    QDateTime firstSeen; ///< the earliest event folded in (a discovered identity dates from it)
    QDateTime lastSeen;
};

/**
 * Collects what importers read. Identities are kept whole (inventories are small); activity is
 * aggregated as it streams in, so memory grows with distinct (principal, action, day) triples,
 * never with the number of events.
 */
class StagingSink final : public RecordSink
{
    Q_DECLARE_TR_FUNCTIONS(StagingSink)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    StagingSink(const std::atomic_bool& cancelled, Progress progress, size_t idsInMemory = SightedLog::kRunEvents)
        : m_cancelled(cancelled)
        , m_progress(std::move(progress))
        , m_sighted(idsInMemory)
    {
    }

    void identity(StagedIdentity identity) override;
    void activity(const ActivityEvent& event) override;
    void skipped(const QString& reason) override;
    bool progress(qint64 done, qint64 total) override;
    void complete(const QString& source, const QString& scope) override;
    void grantsListed(const QString& source, const QString& via, const QString& nativeId = QString()) override
    {
        m_grantsListed.insert({ source + u'\x1f' + nativeId, via });
    }
    void warning(const QString& message) override;
    void covered(const QString& source, const QString& scope, const QDate& day) override;
    void passedOver(const QString& source, const QString& nativeId, const QString& name) override;

    /** Activity from an input imported before is counted but not kept, so re-imports never double usage. */
    void setDropActivity(bool drop) { m_dropActivity = drop; }

    const QList<StagedIdentity>& identities() const { return m_identities; }
    /** By ordinal, in the order each was first folded; SightedEvent::aggregate is an index into it. */
    const std::vector<UsageAggregate>& usage() const { return m_usage; }
    std::vector<UsageAggregate>& usage() { return m_usage; }
    const std::vector<UsagePrincipal>& principals() const { return m_principals; }
    const QStringList& actions() const { return m_actions.names; }
    const QStringList& outcomes() const { return m_outcomes.names; }
    /** Every event that carried an id, its key mixed with its source: what was counted already is taken off. */
    const SightedLog& sighted() const { return m_sighted; }
    qint64 events() const { return m_events; }
    /** Events of files imported before, passed over unread. */
    qint64 droppedEvents() const { return m_dropped; }
    /** source + '\x1f' + scope for every scope the inputs listed completely. */
    const QSet<QString>& completeScopes() const { return m_complete; }
    /** (source \x1f native id or empty for all, grantedVia form) of the bindings and assignments held whole. */
    const QSet<std::pair<QString, QString>>& grantsListed() const { return m_grantsListed; }
    /** source + '\x1f' + native id → name, for what the inputs list but Recertify does not keep. */
    const QHash<QString, QString>& passedOverIdentities() const { return m_passedOver; }
    const QStringList& warnings() const { return m_warnings; }
    /** source \x1f scope \x1f ISO day, one per day a source's activity covers: bounded by days, not events. */
    const QSet<QString>& coverage() const { return m_coverage; }
    int skippedCount() const { return m_skipped; }
    /** The most frequent reasons records were passed over, as "N × reason", most frequent first. */
    QStringList skippedWhy(int most = 3) const;

private:
    const std::atomic_bool& m_cancelled;
    Progress m_progress;
    QList<StagedIdentity> m_identities;
    QHash<QString, qsizetype> m_identityIndex;
    QHash<qsizetype, QSet<QString>> m_credentialKeys; ///< per merged identity, so merging stays linear
    QHash<qsizetype, QSet<QString>> m_grantKeys;
    /** Strings kept once, known by number. */
    struct Names
    {
        QHash<QString, quint32> index;
        QStringList names;
        quint32 of(const QString& name);
    };
    struct AggregateKey
    {
        quint32 principal;
        quint32 action;
        quint32 outcome;
        qint64 day;
        friend bool operator==(const AggregateKey&, const AggregateKey&) = default;
        friend size_t qHash(const AggregateKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.principal, k.action, k.outcome, k.day);
        }
    };
    std::vector<UsageAggregate> m_usage;
    QHash<AggregateKey, quint32> m_aggregateIndex;
    std::vector<UsagePrincipal> m_principals;
    QHash<std::pair<QString, QString>, quint32> m_principalIndex; ///< (source, principal) → index
    Names m_actions;
    Names m_outcomes;
    SightedLog m_sighted;
    QString m_lastSource; ///< the source of the last event with an id, and its key's salt
    quint64 m_lastSalt = 0;
    QSet<QString> m_complete;
    QSet<std::pair<QString, QString>> m_grantsListed;
    QHash<QString, QString> m_passedOver;
    QStringList m_warnings;
    QSet<QString> m_coverage;
    qint64 m_events = 0;
    qint64 m_dropped = 0;
    int m_skipped = 0;
    QHash<QString, int> m_skipReasons; ///< bounded: past kMaxReasons new reasons are only counted
    bool m_dropActivity = false;
};

} // namespace recertify
