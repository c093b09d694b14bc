#pragma once

#include <QList>
#include <QString>

namespace recertify {

/**
 * A glob (* any run, ? one character, case-insensitive) split once into its literal runs. Matching finds each run
 * left to right, a linear scan per run (KMP for runs without ?), so a crafted pattern cannot make it pattern × text.
 */
class Glob
{
public:
    explicit Glob(const QString& pattern);
    /** text must already be case-folded (QString::toCaseFolded): fold once, match many. */
    [[nodiscard]] bool matchesFolded(QStringView text) const;
    [[nodiscard]] bool matches(const QString& text) const { return matchesFolded(text.toCaseFolded()); }
    /** The folded literal text before the first * or ?: every match starts with it. */
    [[nodiscard]] const QString& prefix() const { return m_prefix; }

private:
    struct Run
    {
        QString text;
        QList<qsizetype> failure; ///< KMP table; empty when the run holds a ?
    };
    [[nodiscard]] qsizetype find(const Run& run, QStringView text, qsizetype from, qsizetype end) const;

    QList<Run> m_runs;
    bool m_star = false;
    bool m_leadingStar = false;
    bool m_trailingStar = false;
    qsizetype m_minLength = 0;
    QString m_prefix;
};

} // namespace recertify
