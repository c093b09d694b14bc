#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <utility>

namespace recertify {

/**
 * What a run changed in identities' grants, told in its report: a new release of an operator's manifest that
 * gains nineteen rules is "1 changed" otherwise, and the reviewer would have to compare pages to see what it gained.
 * The first identities are named with their grants; past them, how many more changed.
 */
class GrantChanges
{
    Q_DECLARE_TR_FUNCTIONS(GrantChanges)

public:
    using Key = std::pair<QString, QString>; ///< a grant's permission and where it applies
    static constexpr int kNamed = 20; ///< identities named in full
    static constexpr int kGrantsNamed = 5; ///< grants named per identity and direction

    /** Notes what one identity held before this run and holds now; nothing when the two are alike. */
    void compare(const QString& name, const QSet<Key>& before, const QSet<Key>& after);

    /** The report's lines: one per identity named, then how many more changed. */
    QStringList lines() const;

private:
    QStringList m_lines;
    int m_more = 0;
};

} // namespace recertify
