#pragma once

#include "core/domain/Grant.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace recertify {

/**
 * The Deny statements that reach one principal (its inline and attached policies, its groups'). In IAM an explicit
 * Deny overrides any Allow, so a grant a Deny names is not access the principal has. An unconditional Deny on every
 * resource removes the grants it matches and is written beside the wider grants it carves out of ("* except iam:*");
 * a Deny with a condition or on some resources only may refuse some requests, which the grant says as well.
 */
class IamDenies
{
public:
    /** Collects the Deny statements of one policy document; `via` names the policy as the grants do. */
    void add(const QJsonArray& statements, const QString& via);
    void add(const IamDenies& other) { m_denies += other.m_denies; }
    bool isEmpty() const { return m_denies.isEmpty(); }

    /**
     * Applies the denies to grants of actions (trust-policy, NotAction and unresolved entries stay as they are);
     * `removed` gets "ACTION (denied by POLICY)" for each grant a Deny takes away.
     */
    [[nodiscard]] QList<Grant> apply(const QList<Grant>& grants, QStringList* removed) const;

    /** A policy element written either way IAM allows: one string, or an array of them ("Action", "Resource"). */
    [[nodiscard]] static QStringList stringOrArray(const QJsonValue& value);

private:
    struct Deny
    {
        QStringList actions;
        QString via;
        bool everywhere = false; ///< no condition, every resource, Action (not NotAction)
    };
    QList<Deny> m_denies;
};

} // namespace recertify
