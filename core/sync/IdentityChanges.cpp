#include "core/sync/IdentityChanges.h"

#include <algorithm>

namespace recertify {

namespace {

using Key = IdentityChanges::Key;

// "create pods (ns:web)", "secret 6f2c… ", the first few in order, then how many more.
QString listed(QList<Key> keys, bool credentials)
{
    std::sort(keys.begin(), keys.end());
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(keys.size(), IdentityChanges::kItemsNamed); ++i) {
        const auto& [first, second] = keys.at(i);
        if (credentials)
            shown << IdentityChanges::tr("%1 %2").arg(first, second);
        else
            shown << (second.isEmpty() ? first : IdentityChanges::tr("%1 (%2)").arg(first, second));
    }
    if (keys.size() > IdentityChanges::kItemsNamed)
        shown << IdentityChanges::tr("%n more", nullptr, int(keys.size() - IdentityChanges::kItemsNamed));
    return shown.join(QStringLiteral(", "));
}

// What `after` holds that `before` did not.
QList<Key> gained(const QSet<Key>& before, const QSet<Key>& after)
{
    QList<Key> out;
    for (const Key& k : after) {
        if (!before.contains(k))
            out << k;
    }
    return out;
}

} // namespace

void IdentityChanges::compare(const QString& name, const Held& before, const Held& after)
{
    const QList<Key> grantsAdded = gained(before.grants, after.grants);
    const QList<Key> grantsRemoved = gained(after.grants, before.grants);
    const QList<Key> credentialsAdded = gained(before.credentials, after.credentials);
    const QList<Key> credentialsRemoved = gained(after.credentials, before.credentials);
    // A rename (an App's slug, a role recreated under another name) and a suspension are told with the rest.
    const bool renamed = !before.name.isEmpty() && !after.name.isEmpty() && before.name != after.name;
    const bool switched = before.enabled >= 0 && after.enabled >= 0 && before.enabled != after.enabled;
    if (grantsAdded.isEmpty() && grantsRemoved.isEmpty() && credentialsAdded.isEmpty() && credentialsRemoved.isEmpty()
        && !renamed && !switched)
        return;
    if (m_lines.size() >= kNamed) {
        ++m_more;
        return;
    }
    QStringList parts;
    if (renamed)
        parts << tr("shown as %1 before").arg(before.name);
    if (switched)
        parts << (after.enabled != 0 ? tr("enabled again") : tr("disabled at its source"));
    if (!grantsAdded.isEmpty())
        parts << tr("%n grant(s) added: %1", nullptr, int(grantsAdded.size())).arg(listed(grantsAdded, false));
    if (!grantsRemoved.isEmpty())
        parts << tr("%n grant(s) removed: %1", nullptr, int(grantsRemoved.size())).arg(listed(grantsRemoved, false));
    if (!credentialsAdded.isEmpty())
        parts << tr("%n credential(s) added: %1", nullptr, int(credentialsAdded.size()))
                     .arg(listed(credentialsAdded, true));
    if (!credentialsRemoved.isEmpty())
        parts << tr("%n credential(s) removed: %1", nullptr, int(credentialsRemoved.size()))
                     .arg(listed(credentialsRemoved, true));
    m_lines << tr("%1: %2").arg(name, parts.join(QStringLiteral("; ")));
}

QStringList IdentityChanges::lines() const
{
    QStringList out = m_lines;
    if (m_more > 0)
        out << tr("%n more identities that changed", nullptr, m_more);
    return out;
}

} // namespace recertify
