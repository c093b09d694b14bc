#pragma once

#include <QString>
#include <QStringList>

namespace recertify {

/**
 * The review vocabulary, spelled once: the three attestations, their answers, and the states of
 * items and campaigns, as the stable strings the store, the audit chain, the command line and the
 * evidence bundle use. People read them through the pages' own words, never as these codes.
 */
class Attestation
{
public:
    static inline const QString Ownership = QStringLiteral("ownership");
    static inline const QString Scope = QStringLiteral("scope");
    static inline const QString Need = QStringLiteral("need");

    /** In the order a reviewer answers them. */
    static QStringList all() { return { Ownership, Scope, Need }; }
};

class Answer
{
public:
    static inline const QString Confirm = QStringLiteral("confirm"); ///< ownership: the owner stays
    static inline const QString Reassign = QStringLiteral("reassign"); ///< ownership: a new owner is named
    static inline const QString Keep = QStringLiteral("keep"); ///< task scope: every grant stays
    static inline const QString Reduce = QStringLiteral("reduce"); ///< task scope: named grants go
    static inline const QString Certify = QStringLiteral("certify"); ///< business need: certified until a date
    static inline const QString Revoke = QStringLiteral("revoke"); ///< business need: access is revoked
    static inline const QString Retire = QStringLiteral("retire"); ///< business need: the identity is retired
    /** The answer to an attestation the item does not ask, because it is still certified. */
    static inline const QString NotAsked = QStringLiteral("not-asked");

    /** The answers a reviewer may give to an attestation, in the order the form shows them. */
    static QStringList to(const QString& attestation)
    {
        if (attestation == Attestation::Ownership)
            return { Confirm, Reassign };
        if (attestation == Attestation::Scope)
            return { Keep, Reduce };
        if (attestation == Attestation::Need)
            return { Certify, Revoke, Retire };
        return {};
    }
    /** The answer that changes nothing, per attestation: confirm, keep, certify. */
    static bool changesNothing(const QString& answer)
    {
        return answer == Confirm || answer == Keep || answer == Certify || answer == NotAsked;
    }

    /**
     * An answer with what it names, as the decisions file and the audit log carry it:
     * "reassign=ada@example.com", "reduce=s3:PutObject,s3:DeleteObject", or the answer alone.
     */
    static QString withDetail(const QString& answer, const QString& newOwner, const QStringList& removed)
    {
        if (answer == Reassign)
            return answer + u'=' + newOwner;
        if (answer == Reduce)
            return answer + u'=' + removed.join(u',');
        return answer;
    }
};

class ItemState
{
public:
    static inline const QString Pending = QStringLiteral("pending");
    static inline const QString Decided = QStringLiteral("decided");
};

class CampaignState
{
public:
    static inline const QString Open = QStringLiteral("open");
    static inline const QString Closed = QStringLiteral("closed");
};

} // namespace recertify
