#include "core/sync/GrantChanges.h"

#include <algorithm>

namespace recertify {

namespace {

// "create pods (ns:web)", the first few in order, then how many more.
QString listed(QList<GrantChanges::Key> keys)
{
    std::sort(keys.begin(), keys.end());
    QStringList shown;
    for (qsizetype i = 0; i < std::min<qsizetype>(keys.size(), GrantChanges::kGrantsNamed); ++i) {
        const auto& [permission, scope] = keys.at(i);
        shown << (scope.isEmpty() ? permission : GrantChanges::tr("%1 (%2)").arg(permission, scope));
    }
    if (keys.size() > GrantChanges::kGrantsNamed)
        shown << GrantChanges::tr("%n more", nullptr, int(keys.size() - GrantChanges::kGrantsNamed));
    return shown.join(QStringLiteral(", "));
}

} // namespace

void GrantChanges::compare(const QString& name, const QSet<Key>& before, const QSet<Key>& after)
{
    QList<Key> gained;
    QList<Key> lost;
    for (const Key& k : after) {
        if (!before.contains(k))
            gained << k;
    }
    for (const Key& k : before) {
        if (!after.contains(k))
            lost << k;
    }
    if (gained.isEmpty() && lost.isEmpty())
        return;
    if (m_lines.size() >= kNamed) {
        ++m_more;
        return;
    }
    QStringList parts;
    if (!gained.isEmpty())
        parts << tr("%n grant(s) added: %1", nullptr, int(gained.size())).arg(listed(gained));
    if (!lost.isEmpty())
        parts << tr("%n grant(s) removed: %1", nullptr, int(lost.size())).arg(listed(lost));
    m_lines << tr("%1: %2").arg(name, parts.join(QStringLiteral("; ")));
}

QStringList GrantChanges::lines() const
{
    QStringList out = m_lines;
    if (m_more > 0)
        out << tr("and %n more identities whose grants changed", nullptr, m_more);
    return out;
}

} // namespace recertify
