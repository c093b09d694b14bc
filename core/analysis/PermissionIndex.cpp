#include "core/analysis/PermissionIndex.h"

#include <algorithm>

namespace recertify {

namespace {

// Kubernetes and GitHub have rules of their own (verb and resource, permission levels); the rest are globs.
bool globSource(const QString& source)
{
    return source != QLatin1String("k8s") && source != QLatin1String("github");
}

bool hasWildcard(const QString& s)
{
    return s.contains(u'*') || s.contains(u'?');
}

} // namespace

PermissionSet::PermissionSet(const QString& source, const QStringList& patterns)
    : m_source(source)
    , m_patterns(patterns)
    , m_glob(globSource(source))
{
    if (!m_glob)
        return;
    for (const QString& p : patterns) {
        if (source == QLatin1String("aws") && p.startsWith(QLatin1String("NotAction:")))
            m_special << p;
        else if (source == QLatin1String("entra") || !hasWildcard(p))
            m_exact.insert(p.toCaseFolded()); // Graph permissions are names: a * in one is literal
        else {
            Glob glob(p);
            m_globs[glob.prefix().isEmpty() ? QChar() : glob.prefix().front()].append(glob);
        }
    }
}

bool PermissionSet::coversAny(const QString& action) const
{
    if (auto it = m_memo.constFind(action); it != m_memo.constEnd())
        return *it;
    bool covered = false;
    // Service-level usage ("lambda:*") is covered by any grant in the service: the matcher's own rule.
    if (!m_glob || (m_source == QLatin1String("aws") && action.endsWith(QLatin1String(":*")))) {
        covered = std::any_of(m_patterns.cbegin(), m_patterns.cend(),
                              [&](const QString& p) { return PermissionMatcher::covers(m_source, p, action); });
    } else {
        const QString folded = action.toCaseFolded();
        covered = m_exact.contains(folded);
        for (const QChar bucket : { folded.isEmpty() ? QChar() : folded.front(), QChar() }) {
            if (covered)
                break;
            const QList<Glob> globs = m_globs.value(bucket);
            covered = std::any_of(globs.cbegin(), globs.cend(), [&](const Glob& g) { return g.matchesFolded(folded); });
            if (bucket.isNull())
                break;
        }
        covered = covered || std::any_of(m_special.cbegin(), m_special.cend(), [&](const QString& p) {
                      return PermissionMatcher::covers(m_source, p, action);
                  });
    }
    m_memo.insert(action, covered);
    return covered;
}

UsedActions::UsedActions(const QString& source, const QList<UsageRecord>& usage, const QDate& since)
    : m_source(source)
    , m_glob(globSource(source))
{
    QSet<QString> seen;
    for (const UsageRecord& u : usage) {
        // Being assumed by an AWS service shows the role in use, but uses none of its grants.
        if (u.outcome != QLatin1String("allowed") || u.day < since || seen.contains(u.action)
            || u.action.startsWith(QLatin1String("assumed-by:")))
            continue;
        seen.insert(u.action);
        m_actions << u.action;
        const QString folded = u.action.toCaseFolded();
        if (!m_folded.contains(folded)) {
            m_folded.insert(folded);
            m_sorted << folded;
        }
        if (source == QLatin1String("aws") && folded.endsWith(QLatin1String(":*")))
            m_services.insert(folded.chopped(1));
    }
    std::sort(m_sorted.begin(), m_sorted.end());
}

bool UsedActions::uses(const QString& granted) const
{
    if (auto it = m_memo.constFind(granted); it != m_memo.constEnd())
        return *it;
    bool used = false;
    const bool aws = m_source == QLatin1String("aws");
    if (m_source == QLatin1String("entra")) {
        used = m_folded.contains(granted.toCaseFolded()); // Graph permissions are names, compared without case
    } else if (!m_glob || (aws && granted.startsWith(QLatin1String("NotAction:")))) {
        used = std::any_of(m_actions.cbegin(), m_actions.cend(),
                           [&](const QString& a) { return PermissionMatcher::covers(m_source, granted, a); });
    } else {
        const QString folded = granted.toCaseFolded();
        if (aws && !m_services.isEmpty()) {
            const qsizetype colon = folded.indexOf(u':');
            used = folded == QLatin1String("*") || (colon > 0 && m_services.contains(folded.left(colon + 1)));
        }
        if (!used && !hasWildcard(granted)) {
            used = m_folded.contains(folded);
        } else if (!used) {
            // Only actions that start with the glob's literal start can match it.
            const Glob glob(granted);
            auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), glob.prefix());
            for (; !used && it != m_sorted.cend() && it->startsWith(glob.prefix()); ++it)
                used = glob.matchesFolded(*it);
        }
    }
    m_memo.insert(granted, used);
    return used;
}

} // namespace recertify
