#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/util/Sha256.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtEndian>

namespace recertify {

/**
 * An identity as a connector saw it, with its credentials and grants, before it meets the store.
 * identity.source and identity.nativeId are its key; database ids are left at 0.
 */
struct StagedIdentity
{
    Identity identity;
    QStringList aliases; ///< other names activity may use for it (an ARN, a username)
    /// The part of its source the identity belongs to ("account:1111/roles", "namespace:kube-system"):
    /// a run retires it only when it lists that scope completely.
    QString scope;
    /// The native id (or alias) of the identity of the same source it was made from or acts for: an Entra agent
    /// identity's blueprint. Linked once both are stored.
    QString parentNativeId;
    QList<Credential> credentials;
    QList<Grant> grants;
    /// False when the input does not list them all (no permission, no Secrets, no app registration): the stored ones
    /// are kept, and those the input does show are added or updated (a last use only moves forward).
    bool credentialsKnown = true;
    /// With credentialsKnown false: the source's objects the input lists whole (Credential::listedIn, an Entra
    /// principal's own secrets beside its app registration's): stored credentials listed in them are replaced.
    QStringList credentialsListedIn;
    /// False when the input does not say whether the identity is enabled (a Graph $select without accountEnabled):
    /// the stored state stays.
    bool enabledKnown = true;
    /// False when the input does not say what kind it is (a Graph $select without servicePrincipalType): the stored
    /// kind stays (a managed identity is not made a service principal); a new identity takes the input's guess.
    bool kindKnown = true;
    bool grantsKnown = true;
    /// With grantsKnown false: the kinds of grant the input lists completely, each a whole grantedVia (a policy ARN,
    /// also with " when …" after it) or, ending in '*', how one begins ("clusterrolebinding/NAME -> *"). Stored grants
    /// of these kinds are replaced, all others kept, and the input's grants added.
    QStringList grantsListedVia;
    /// With grantsKnown false, the other way round: only grants of these kinds are kept (what the input leaves out the
    /// document of), all others replaced. Used instead of grantsListedVia when not empty.
    QStringList grantsKeptVia;
    /// An event says the source deleted it (an App's uninstall, a deploy key's removal): retired, not listed again.
    bool removedAtSource = false;
    /// The input speaks of its credentials only (the IAM credential report): an identity the store knows, by its
    /// native id or an alias, keeps all else as its inventory says; one it does not know is added as described.
    bool credentialsOnly = false;
    /// A person by all the input shows (an IAM user with a console password and no access key or certificate): kept
    /// for an identity the store knows, not added as a non-human one.
    bool personUnlessKnown = false;
    /// A webhook delivery's copy: it shows the identity as it was when sent (deliveries come late and are replayed),
    /// so one retired since stays retired.
    bool fromEvent = false;
    /// Made only to carry grants the input shows (a delegated grant's client that the input does not list): an
    /// identity the store knows keeps its name, kind and credentials.
    bool grantsOnly = false;
    /// Part of an identity the store may hold under one of its aliases (an Entra app registration, whose service
    /// principal an earlier input listed): written into that identity, which keeps its key, name, kind and scope and
    /// takes what this one lists (credentialsListedIn); an identity only activity showed becomes this one.
    bool joinsAliasHolder = false;
    /// The scope of identities that are part of this one (an Entra principal's app registration, "applications"):
    /// one the store holds there under one of its aliases becomes this one, as one input holding both makes it.
    QString absorbsScope;
};

/** One thing an identity did (or tried to do), as a connector saw it. */
struct ActivityEvent
{
    QString source;
    QString principal; ///< native id or alias of the acting identity
    QString principalName; ///< a readable name, used when the principal is unknown (shadow identity)
    QString principalKind; ///< the kind a shadow identity gets
    QStringList principalAliases; ///< other names of the same principal (an ARN beside an id)
    QString credentialId;
    QString action; ///< normalised like a Grant's permission
    QString resource;
    QDateTime timestamp;
    QString outcome = QStringLiteral("allowed"); ///< allowed, denied, error
    QString sourceIp;
    QString rawRef; ///< file and line or byte offset, for evidence
    /// What the event shows its principal holds (a classic token's scopes): the grants of an identity no inventory
    /// lists.
    QList<Grant> principalGrants;
    /// The source's own id of the event, hashed (eventKeyOf); 0 when it has none. An event counted by an
    /// earlier import (an overlapping export, a log that grew) is not counted again.
    quint64 eventKey = 0;
    /// False for what a record shows beside its call (a console session): kept as usage, not counted as an event.
    bool counted = true;
    /// Made in a console session (AWS Management Console, CloudShell): a person at the keyboard.
    bool atConsole = false;
    /// The temporary key (AWS ASIA…) a session's call was made with: a console session's other calls used it too,
    /// whether or not the trail flagged each so. Never stored.
    QString sessionKey;
    /// Made by a service on the principal's behalf (CloudTrail's invokedBy): neither a console nor its own work.
    bool onBehalf = false;
    /// +1: the event made its principal, or made it again (a token created); -1: it deleted it (a token destroyed).
    /// A principal no inventory lists whose latest such event deleted it is retired, not kept as a live identity.
    int lifecycle = 0;
};

/** Eight bytes of SHA-256 of an event's id, never 0 (0 means "no id"). Stored: the digest must never change. */
inline quint64 eventKeyOf(const QByteArray& id)
{
    unsigned char digest[32];
    if (Sha256::hashInto(id, digest))
        return qFromLittleEndian<quint64>(digest) | 1;
    return qFromLittleEndian<quint64>(QCryptographicHash::hash(id, QCryptographicHash::Sha256).constData()) | 1;
}

/** Where parsers put what they read; the SyncEngine stages it, tests may collect it. */
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual void identity(StagedIdentity identity) = 0;
    virtual void activity(const ActivityEvent& event) = 0;
    /** A record that could not be attributed (no principal); counted, not stored. */
    virtual void skipped(const QString& reason) = 0;
    /** Large inputs report how far they got; return false to cancel. */
    virtual bool progress(qint64 done, qint64 total) = 0;
    /**
     * The input lists every identity of this scope of its source, so one it does not list is gone.
     * An importer says so only for what it proves complete; nothing else is ever retired.
     */
    virtual void complete(const QString& source, const QString& scope)
    {
        Q_UNUSED(source)
        Q_UNUSED(scope)
    }
    /** The input holds activity of this scope of its source for this day (attributed or not). */
    virtual void covered(const QString& source, const QString& scope, const QDate& day)
    {
        Q_UNUSED(source)
        Q_UNUSED(scope)
        Q_UNUSED(day)
    }
    /**
     * The input holds this binding or assignment whole (grants whose grantedVia begins so): what it grants to an
     * identity it does not name any more is gone, whether or not the input lists that identity.
     */
    virtual void grantsListed(const QString& source, const QString& via, const QString& nativeId = QString())
    {
        Q_UNUSED(source)
        Q_UNUSED(via)
        Q_UNUSED(nativeId)
    }
    /** Something the user should know that does not stop the run (a duplicate id, a policy not in the input). */
    virtual void warning(const QString& message) { Q_UNUSED(message) }
    /**
     * The input lists this identity, but Recertify does not keep it (a person's sign-in role): it is not gone,
     * so an earlier version's copy of it is never retired as removed at the source.
     */
    virtual void passedOver(const QString& source, const QString& nativeId, const QString& name)
    {
        Q_UNUSED(source)
        Q_UNUSED(nativeId)
        Q_UNUSED(name)
    }
};

/** Passes every record on to another sink; a live connector overrides what it adjusts on the way. */
class ForwardingSink : public RecordSink
{
public:
    explicit ForwardingSink(RecordSink& inner)
        : m_inner(inner)
    {
    }
    void identity(StagedIdentity identity) override { m_inner.identity(std::move(identity)); }
    void activity(const ActivityEvent& event) override { m_inner.activity(event); }
    void skipped(const QString& reason) override { m_inner.skipped(reason); }
    bool progress(qint64 done, qint64 total) override { return m_inner.progress(done, total); }
    void complete(const QString& source, const QString& scope) override { m_inner.complete(source, scope); }
    void covered(const QString& source, const QString& scope, const QDate& day) override
    {
        m_inner.covered(source, scope, day);
    }
    void grantsListed(const QString& source, const QString& via, const QString& nativeId = QString()) override
    {
        m_inner.grantsListed(source, via, nativeId);
    }
    void warning(const QString& message) override { m_inner.warning(message); }
    void passedOver(const QString& source, const QString& nativeId, const QString& name) override
    {
        m_inner.passedOver(source, nativeId, name);
    }

private:
    RecordSink& m_inner;
};

} // namespace recertify
