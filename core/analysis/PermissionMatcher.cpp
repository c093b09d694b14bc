#include "PermissionMatcher.h"

#include <QStringList>
#include <algorithm>

namespace recertify {

namespace {

bool globAt(const QString& p, const QString& t)
{
    return Glob(p).matches(t);
}

bool runMatchesAt(QStringView run, QStringView text, qsizetype at)
{
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i] != u'?' && run[i] != text[at + i])
            return false;
    }
    return true;
}

bool awsCovers(const QString& granted, const QString& action)
{
    if (granted.startsWith(QLatin1String("NotAction:"))) {
        // Everything except what the statement lists.
        const QStringList excluded = granted.mid(10).split(u',', Qt::SkipEmptyParts);
        return std::none_of(excluded.cbegin(), excluded.cend(), [&](const QString& e) { return globAt(e, action); });
    }
    // Service-level usage ("lambda:*", from Access Advisor) uses a grant of any action in that service.
    if (action.endsWith(QLatin1String(":*")) && !granted.isEmpty()) {
        const QString service = action.left(action.size() - 1);
        return granted == QLatin1String("*") || granted.startsWith(service, Qt::CaseInsensitive)
            || globAt(granted, action);
    }
    return globAt(granted, action);
}

bool k8sCovers(const QString& granted, const QString& action)
{
    const QString grantedVerb = granted.section(u' ', 0, 0);
    const QString grantedResource = granted.section(u' ', 1);
    const QString verb = action.section(u' ', 0, 0);
    const QString resource = action.section(u' ', 1);
    const bool verbOk = grantedVerb == QLatin1String("*") || grantedVerb == verb;
    const bool resourceOk = grantedResource == QLatin1String("*") || grantedResource == resource
        || (grantedResource.endsWith(QLatin1String("/*")) && resource.startsWith(grantedResource.chopped(1)))
        || (grantedResource.startsWith(u'/') && globAt(grantedResource, resource));
    return verbOk && resourceOk;
}

int githubLevel(const QString& level)
{
    if (level == QLatin1String("admin"))
        return 3;
    if (level == QLatin1String("write"))
        return 2;
    if (level == QLatin1String("read"))
        return 1;
    return 0;
}

bool githubCovers(const QString& granted, const QString& action)
{
    const qsizetype g = granted.lastIndexOf(u':');
    const qsizetype a = action.lastIndexOf(u':');
    if (g < 0 || a < 0)
        return granted.compare(action, Qt::CaseInsensitive) == 0;
    return granted.left(g) == action.left(a) && githubLevel(granted.mid(g + 1)) >= githubLevel(action.mid(a + 1))
        && githubLevel(action.mid(a + 1)) > 0;
}

} // namespace

Glob::Glob(const QString& pattern)
{
    const QString folded = pattern.toCaseFolded();
    m_star = folded.contains(u'*');
    m_leadingStar = folded.startsWith(u'*');
    m_trailingStar = folded.endsWith(u'*');
    for (const QString& text : folded.split(u'*', Qt::SkipEmptyParts)) {
        Run run { text, {} };
        if (!text.contains(u'?')) {
            // Knuth-Morris-Pratt: where to resume after a mismatch, so the text is read once per run.
            run.failure.resize(text.size() + 1);
            run.failure[0] = -1;
            qsizetype k = -1;
            for (qsizetype i = 0; i < text.size(); ++i) {
                while (k >= 0 && text[k] != text[i])
                    k = run.failure[k];
                run.failure[i + 1] = ++k;
            }
        }
        m_minLength += text.size();
        m_runs.append(std::move(run));
    }
    const auto wild = std::find_if(folded.cbegin(), folded.cend(), [](QChar c) { return c == u'*' || c == u'?'; });
    m_prefix = folded.left(wild - folded.cbegin());
}

qsizetype Glob::find(const Run& run, QStringView text, qsizetype from, qsizetype end) const
{
    const qsizetype n = run.text.size();
    if (run.failure.isEmpty()) {
        // A run with ? is short in any real permission; it is tried at each place.
        for (qsizetype at = from; at + n <= end; ++at) {
            if (runMatchesAt(run.text, text, at))
                return at;
        }
        return -1;
    }
    qsizetype k = 0;
    for (qsizetype i = from; i < end; ++i) {
        while (k >= 0 && run.text[k] != text[i])
            k = run.failure[k];
        if (++k == n)
            return i + 1 - n;
    }
    return -1;
}

bool Glob::matchesFolded(QStringView text) const
{
    if (!m_star)
        return text.size() == m_minLength && (m_runs.isEmpty() || runMatchesAt(m_runs.first().text, text, 0));
    if (text.size() < m_minLength)
        return false;
    qsizetype first = 0;
    qsizetype last = m_runs.size();
    qsizetype pos = 0;
    qsizetype end = text.size();
    if (!m_leadingStar) {
        if (!runMatchesAt(m_runs.first().text, text, 0))
            return false;
        pos = m_runs.first().text.size();
        ++first;
    }
    if (!m_trailingStar && last > first) {
        const QString& tail = m_runs.last().text;
        if (end - tail.size() < pos || !runMatchesAt(tail, text, end - tail.size()))
            return false;
        end -= tail.size();
        --last;
    }
    // Between the ends, each run at its leftmost place leaves the most room for the rest.
    for (qsizetype r = first; r < last; ++r) {
        const qsizetype at = find(m_runs[r], text, pos, end);
        if (at < 0)
            return false;
        pos = at + m_runs[r].text.size();
    }
    return true;
}

bool PermissionMatcher::glob(const QString& pattern, const QString& text)
{
    return globAt(pattern, text);
}

bool PermissionMatcher::covers(const QString& source, const QString& granted, const QString& action)
{
    if (source == QLatin1String("aws"))
        return awsCovers(granted, action);
    if (source == QLatin1String("k8s"))
        return k8sCovers(granted, action);
    if (source == QLatin1String("github"))
        return githubCovers(granted, action);
    if (source == QLatin1String("entra"))
        return granted.compare(action, Qt::CaseInsensitive) == 0;
    return globAt(granted, action);
}

bool PermissionMatcher::isAdmin(const QString& source, const QString& permission)
{
    if (source == QLatin1String("aws")) {
        return permission == QLatin1String("*") || permission == QLatin1String("*:*")
            || permission.compare(QLatin1String("iam:*"), Qt::CaseInsensitive) == 0
            || permission == QLatin1String("NotAction:");
    }
    if (source == QLatin1String("k8s"))
        return permission == QLatin1String("* *")
            || permission.startsWith(QLatin1String("role:ClusterRole/cluster-admin"));
    if (source == QLatin1String("entra")) {
        static const QStringList admin { QStringLiteral("Directory.ReadWrite.All"),
                                         QStringLiteral("RoleManagement.ReadWrite.Directory"),
                                         QStringLiteral("Application.ReadWrite.All"),
                                         QStringLiteral("AppRoleAssignment.ReadWrite.All") };
        return admin.contains(permission, Qt::CaseInsensitive);
    }
    if (source == QLatin1String("github"))
        return permission == QLatin1String("administration:write")
            || permission == QLatin1String("organization_administration:write");
    return permission == QLatin1String("*") || permission == QLatin1String("admin:*");
}

} // namespace recertify
