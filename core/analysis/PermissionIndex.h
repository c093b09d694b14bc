#pragma once

#include "core/analysis/PermissionMatcher.h"
#include "core/domain/UsageRecord.h"

#include <QHash>
#include <QSet>

namespace recertify {

/**
 * Many granted patterns asked about one action at a time (is this action granted? declared?): exact names by hash,
 * globs compiled once and tried only where their literal start fits, each answer remembered. So an identity with
 * thousands of grants and actions costs about grants + actions, not grants × actions × text.
 */
class PermissionSet
{
public:
    PermissionSet(const QString& source, const QStringList& patterns);
    [[nodiscard]] bool coversAny(const QString& action) const;
    [[nodiscard]] bool isEmpty() const { return m_patterns.isEmpty(); }

private:
    QString m_source;
    QStringList m_patterns;
    bool m_glob = false; ///< the source's rules are plain globs (AWS, CSV, MCP, Graph)
    QSet<QString> m_exact; ///< folded patterns without wildcards
    QHash<QChar, QList<Glob>> m_globs; ///< by the first character of their literal start; QChar() for none
    QStringList m_special; ///< NotAction lists: asked the long way
    mutable QHash<QString, bool> m_memo;
};

/**
 * The distinct actions an identity was allowed since a day, asked one grant at a time (was this grant used?).
 * An exact grant is a hash lookup; a glob scans only the actions sharing its literal start.
 */
class UsedActions
{
public:
    UsedActions(const QString& source, const QList<UsageRecord>& usage, const QDate& since);
    [[nodiscard]] bool uses(const QString& granted) const;
    [[nodiscard]] bool isEmpty() const { return m_actions.isEmpty(); }

private:
    QString m_source;
    bool m_glob = false;
    QStringList m_actions; ///< as recorded, for the sources with their own rules
    QStringList m_sorted; ///< folded, sorted: a literal start is a range
    QSet<QString> m_folded;
    QSet<QString> m_services; ///< folded "service:" of service-level usage ("lambda:*", from Access Advisor)
    mutable QHash<QString, bool> m_memo;
};

} // namespace recertify
