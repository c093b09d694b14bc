#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/storage/BulkStatement.h"
#include "core/util/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>
#include <vector>

namespace recertify {

/** What the store knows of an identity a source listed before, to tell new, changed and gone apart. */
struct SourcedIdentity
{
    qint64 id = 0;
    QString nativeId;
    QString fingerprint; ///< digest of what the source said last time
    QString status;
    bool discovered = false; ///< known from activity only
    QString scope; ///< the scope whose complete listing it belongs to
};

/**
 * The statements an import's diff-and-write needs, in typed calls on the import's transaction:
 * what a source listed before, the identity rows it refreshes or retires, aliases, activity
 * coverage, which events were counted already, and last use. What is new, changed or gone is
 * SyncWriter's business.
 */
class SyncStore
{
public:
    explicit SyncStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QList<SourcedIdentity>> identitiesOf(const QString& source) const;
    [[nodiscard]] Result<QList<std::pair<QString, qint64>>> aliasesOf(const QString& source) const;
    /** The source's fingerprint and scope of an identity just inserted. */
    [[nodiscard]] Status setSourceState(qint64 id, const QString& fingerprint, const QString& scope);
    [[nodiscard]] Status setScope(qint64 id, const QString& scope);
    /** Links an identity to the one it was made from; unchanged links are not written. */
    [[nodiscard]] Status setParent(qint64 id, qint64 parentId);
    /**
     * What the source now says of an identity; owners, purpose and expiry set in Recertify win over
     * the source's, and last use only moves forward.
     */
    [[nodiscard]] Status refresh(qint64 id, const Identity& identity, bool enabledKnown, bool kindKnown,
                                 const QString& status, const QString& fingerprint, const QString& scope,
                                 const QDateTime& now);
    [[nodiscard]] Status clearCredentials(qint64 id);
    /** Only the credentials that these of its source's objects listed (Credential::listedIn). */
    [[nodiscard]] Status clearCredentialsIn(qint64 id, const QStringList& listedIn);
    /** Adds a credential or updates the stored one of its id; its last use only moves forward. */
    [[nodiscard]] Status mergeCredential(const Credential& credential);
    /** The last use activity named for each of its credentials (key id), listed or not yet. */
    [[nodiscard]] Result<QHash<QString, QDateTime>> credentialSightings(qint64 id) const;
    /** An identity's stored credentials, to tell whether an input changes them. */
    [[nodiscard]] Result<QList<Credential>> credentialsOf(qint64 id) const;
    /** What an import may change of an identity (its fields, grants, credentials; not when it was written, nor
     *  its aliases, which only grow), in one comparable text: whether a partial input changed anything. */
    [[nodiscard]] Result<QString> stateOf(qint64 id) const;
    /** Gives an identity known by an alias (its ARN) the immutable id an inventory now lists it under; and a kind,
     * when given (a principal that takes over its app registration stored alone). */
    [[nodiscard]] Status setNativeId(qint64 id, const QString& nativeId, const QString& kind = QString());
    [[nodiscard]] Status clearGrants(qint64 id);
    /** The identities of a source holding grants given so (a whole grantedVia, or how one begins when it ends in '*').
     */
    [[nodiscard]] Result<QList<qint64>> holdersOfGrantsVia(const QString& source, const QString& prefix) const;
    /** Makes the next input that lists an identity write it again, whatever it says (its grants changed here). */
    [[nodiscard]] Status forgetFingerprint(qint64 id);
    [[nodiscard]] Status setFingerprint(qint64 id, const QString& fingerprint);
    /** Names an identity that has only its id for a name (its grants came before anything that named it). */
    [[nodiscard]] Status nameIfNamedById(qint64 id, const QString& name);
    /** What an identity holds, to tell what a run changed: its name, each grant as its permission and where it
     *  applies, each credential as its type and id (never a secret). One statement, prepared once per run. */
    struct HeldKeys
    {
        QString name;
        bool enabled = true;
        QSet<std::pair<QString, QString>> grants;
        QSet<std::pair<QString, QString>> credentials;
    };
    [[nodiscard]] Result<HeldKeys> heldKeysOf(qint64 id);
    /** Whether the identity holds a grant given exactly so. */
    [[nodiscard]] Result<bool> hasGrantsVia(qint64 id, const QString& via) const;
    /// What any identity of `source` holds resolved through exactly `via` (one set of rules: a binding and its role).
    [[nodiscard]] Result<QList<Grant>> resolvedGrantsVia(const QString& source, const QString& via) const;
    /** Clears the grants given so: each a whole grantedVia (a policy ARN) or, ending in '*', how one begins. */
    [[nodiscard]] Status clearGrantsVia(qint64 id, const QStringList& vias);
    /** Clears every grant but those given so (the same forms as clearGrantsVia). */
    [[nodiscard]] Status clearGrantsExcept(qint64 id, const QStringList& kept);
    [[nodiscard]] Status putAlias(const QString& source, const QString& alias, qint64 id);
    [[nodiscard]] Status retire(qint64 id, const QString& retiredState, const QDateTime& now);
    [[nodiscard]] Status addCoverage(const QString& source, const QString& scope, const QString& day);
    /** Forgets the event keys recorded before this day (days since 1970). */
    [[nodiscard]] Status forgetSeenBefore(qint64 day);
    /** Records event keys (distinct) as seen on this day; returns those not seen before, sorted. */
    [[nodiscard]] Result<std::vector<quint64>> recordSeen(const std::vector<quint64>& keys, qint64 day);
    /** Moves an identity's last use forward to this time (never back). */
    [[nodiscard]] Status raiseLastUsed(qint64 id, const QDateTime& at);
    /** The latest event of the identity the store holds (a use or an event about it); invalid when none. */
    [[nodiscard]] Result<QDateTime> lastSeenOf(qint64 id) const;
    /** Moves a stored credential's last use forward to `at`; a credential the store does not hold is left alone. */
    [[nodiscard]] Status raiseCredentialLastUsed(qint64 id, const QString& credentialId, const QDateTime& at);

private:
    QSqlDatabase m_db;
    std::optional<BulkStatement> m_fullSeenBatch; ///< prepared once, for every whole batch of keys
    std::optional<QSqlQuery> m_held; ///< heldKeysOf's statement
};

} // namespace recertify
