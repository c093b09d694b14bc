#include "core/util/Glob.h"

#include <algorithm>

namespace recertify {

namespace {

bool runMatchesAt(QStringView run, QStringView text, qsizetype at)
{
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run[i] != u'?' && run[i] != text[at + i])
            return false;
    }
    return true;
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

} // namespace recertify
