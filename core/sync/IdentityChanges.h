#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <utility>

namespace recertify {

/**
 * What a run changed in identities' grants and credentials (and their names, and whether enabled), told in its report:
 * a new release of an operator's manifest that gains nineteen rules, or an app registration whose secret was replaced,
 * is "1 changed" otherwise, and the reviewer would have to compare pages to see what changed. The first identities are
 * named with what they gained and lost; past them, how many more changed.
 */
class IdentityChanges
{
    Q_DECLARE_TR_FUNCTIONS(IdentityChanges)

public:
    using Key = std::pair<QString, QString>; ///< a grant's permission and where it applies; a credential's type and id
    static constexpr int kNamed = 20; ///< identities named in full
    static constexpr int kItemsNamed = 5; ///< grants or credentials named per identity and direction

    /** What one identity held before this run and holds now; nothing is noted when the two are alike. */
    struct Held
    {
        QSet<Key> grants;
        QSet<Key> credentials;
        QString name; ///< empty when not compared
        int enabled = -1; ///< 1 or 0; -1 when not compared
    };
    void compare(const QString& name, const Held& before, const Held& after);

    /** The report's lines: one per identity named, then how many more changed. */
    QStringList lines() const;

private:
    QStringList m_lines;
    int m_more = 0;
};

} // namespace recertify
