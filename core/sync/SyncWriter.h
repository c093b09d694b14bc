#pragma once

#include "core/domain/LifecycleState.h"
#include "core/storage/EstateWriter.h"
#include "core/storage/SyncStore.h"
#include "core/sync/IdentityChanges.h"
#include "core/sync/StagingSink.h"
#include "core/sync/SyncReport.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <algorithm>
#include <optional>

namespace recertify {

/**
 * Applies staged records to the store inside the caller's transaction: inserts what is new,
 * updates what changed (by a fingerprint of what the source said), retires what an inventory no
 * longer lists, resolves activity to identities (creating shadow identities for strangers) and
 * adds it to the daily usage aggregates.
 */
class SyncWriter
{
    Q_DECLARE_TR_FUNCTIONS(SyncWriter)

public:
    SyncWriter(const QSqlDatabase& transaction, QDateTime now, QString actor, SyncReport& report);

    /** New identities came from files a person imported: their lifecycle says so, not "discovered by sync". */
    void discoveredInFiles() { m_discovered = LifecycleState::FoundInImportedFile; }
    [[nodiscard]] Status prepare();
    /** passedOver: source \x1f native id → name of what the input lists but Recertify does not keep. */
    [[nodiscard]] Status writeIdentities(const QList<StagedIdentity>& staged, const QSet<QString>& completeScopes,
                                         const QHash<QString, QString>& passedOver = {});
    /**
     * Records the events of this run by their ids and takes off the usage counts of those an earlier import
     * counted already (an overlapping export, a log that grew). Ids are kept for kSeenRetentionDays after the
     * import that recorded them.
     */
    [[nodiscard]] Status discountCountedBefore(const SightedLog& sighted, std::vector<UsageAggregate>& usage,
                                               bool repeatsPassedOver);
    static constexpr int kSeenRetentionDays = 180;
    /** Event ids checked against the store's table at a time: 256 Ki (a chunk holds 4 MB). */
    static constexpr size_t kSeenChunk = size_t(1) << 18;
    void setSeenChunk(size_t ids) { m_seenChunk = std::max<size_t>(1, ids); }
    /** After writeIdentities: grants of bindings the input holds whole that no longer name their holder are gone. */
    [[nodiscard]] Status retireGrantsVia(const QSet<std::pair<QString, QString>>& listed);
    /** Marks the IAM users no inventory lists and seen only at the console: people, whose records are passed over.
     * Before discountCountedBefore, which keeps their records out of the events counted. */
    [[nodiscard]] Status passOverPeople(const StagingSink& sink);
    [[nodiscard]] Status writeUsage(const StagingSink& sink);
    [[nodiscard]] Status writeCoverage(const QSet<QString>& coverage);

private:
    size_t m_seenChunk = kSeenChunk;
    struct Existing
    {
        qint64 id = 0;
        QString fingerprint;
        QString status;
        bool discovered = false;
        QString scope;
    };

    [[nodiscard]] Status loadSource(const QString& source);
    /** Retires identities only activity showed whose latest lifecycle event in the input deleted them. */
    [[nodiscard]] Status retireDeleted(const std::vector<UsagePrincipal>& principals, const std::vector<qint64>& ids,
                                       const std::vector<std::pair<qint64, const UsageAggregate*>>& resolved,
                                       const QStringList& outcomes);
    [[nodiscard]] Status insert(const StagedIdentity& staged, const QString& fingerprint);
    /** An IAM ARN the store knew for another principal now names this new one: that one was deleted. */
    [[nodiscard]] Status retireReplaced(qint64 id, const StagedIdentity& staged);
    [[nodiscard]] Status update(const StagedIdentity& staged, const Existing& existing, const QString& fingerprint);
    /** What an event says the source deleted: retired with its history, and never taken as listed again. */
    [[nodiscard]] Status writeRemoved(const StagedIdentity& staged, const QString& fingerprint);
    /** An identity stored under one of the staged one's aliases (a credential report's ARN) takes its native id. */
    [[nodiscard]] Status adoptByAlias(const StagedIdentity& staged);
    /** A joinsAliasHolder part, written into the identity the store holds under one of its aliases, if any. */
    std::optional<StagedIdentity> joinedToAliasHolder(const StagedIdentity& staged) const;
    /** Keeps an identity the store holds under its key, and the key by its id. */
    void remember(const QString& held, const Existing& existing);
    /** The stored identity of the staged one's source that has this alias, with its key; end() when none. */
    QHash<QString, Existing>::const_iterator aliasHolder(const QString& source, const QString& alias) const;
    /** A stand-in that carries grants only: the grants of the identity it names are written, nothing else. */
    [[nodiscard]] Status writeGrantsOnly(const StagedIdentity& staged, const Existing& existing,
                                         const QString& fingerprint);
    /** Credentials only: those of the identity the native id or an alias names are replaced, the rest kept. */
    [[nodiscard]] Status writeCredentials(const StagedIdentity& staged, const QString& fingerprint);
    [[nodiscard]] Status replaceChildren(qint64 id, const StagedIdentity& staged);
    /** Each credential's last use: the store's, or what activity named for it before any listing (`listing`: the
     * identity's credentials are about to be written). */
    [[nodiscard]] Result<QHash<QString, QDateTime>> lastUses(qint64 id, const QList<Credential>& stored,
                                                             bool listing) const;
    [[nodiscard]] Status replaceCredentials(qint64 id, const QList<Credential>& credentials);
    [[nodiscard]] Status writeAliases(qint64 id, const StagedIdentity& staged);
    [[nodiscard]] Status retireMissing(const QSet<QString>& completeScopes, const QSet<QString>& seen,
                                       const QHash<QString, int>& listed);
    /** From this many identities left out of a listing, and more than it lists, nothing is retired. */
    static constexpr int kMassRetirement = 3;
    /** Retired as removed at the source: the store, the lifecycle event and the run's count. */
    [[nodiscard]] Status retire(Existing& existing);
    [[nodiscard]] Status lifecycle(qint64 id, const QString& from, const QString& to, const QString& reason);
    /** An IAM role's or user's ARN without its path ("arn:aws:iam::1111:role/NAME"); empty for any other name. */
    static QString iamArnWithoutPath(const QString& arn);
    /** The identity the store knows the principal as, by its name or an alias; 0 when none. */
    [[nodiscard]] Result<qint64> knownPrincipal(const UsagePrincipal& principal);
    [[nodiscard]] Result<qint64> resolvePrincipal(const UsagePrincipal& principal, const UsageAggregate& first);
    [[nodiscard]] Status writeObservedGrants(qint64 id, const UsagePrincipal& principal);
    /** replaceChildren() of an identity the store held, with what its grants and credentials gained and lost told. */
    /// With `before` (read before its row was refreshed), a rename and a change of enabled are told too.
    [[nodiscard]] Status replaceChildrenTold(qint64 id, const StagedIdentity& s, const QString& name,
                                             const SyncStore::HeldKeys* before = nullptr);

    QSqlDatabase m_db;
    QDateTime m_now;
    QString m_actor;
    const char* m_discovered = LifecycleState::DiscoveredBySync;
    SyncReport& m_report;
    EstateWriter m_writer;
    SyncStore m_store;
    IdentityChanges m_identityChanges;
    QSet<QString> m_loadedSources;
    QHash<QString, Existing> m_existing; ///< source + native id
    QHash<qint64, QString> m_keyOf; ///< each stored identity's key in m_existing
    QHash<QString, qint64> m_aliases; ///< source + alias
    /** Says when activity names by its id a stored IAM role as a user, or a stored user as a role. */
    void warnIfUserMeetsRole(const UsagePrincipal& u, qint64 id);
    QHash<qint64, QStringList> m_iamArnsById; ///< the stored IAM ARNs (aliases) of each identity, made when first asked
    bool m_iamArnsIndexed = false;
    QHash<QString, qint64> m_iamNames; ///< source + an IAM role's or user's ARN without its path
    QSet<quint32> m_people; ///< principals (into StagingSink::principals()) that are people at the console
    QStringList m_consolePeople; ///< users a credential report shows with a console password only, not added
    QHash<quint32, qint64> m_repeatedOf; ///< such a principal -> its records delivered more than once
    QSet<qint64> m_observedGrantsWritten; ///< identities whose observed grants this run already weighed
    QSet<qint64> m_written; ///< identities the run's inputs listed
    QHash<qint64, QStringList> m_writtenVias; ///< how the grants the run gave them were given
    /// Per source and binding, what the store resolved through it before this run (for stand-ins of partial inputs).
    QHash<QString, QList<Grant>> m_resolvedBefore;
};

/** A stable digest of everything a source said about an identity, to tell changed from unchanged. */
QString fingerprintOf(const StagedIdentity& staged);

} // namespace recertify
