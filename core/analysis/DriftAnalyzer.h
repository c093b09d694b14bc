#pragma once

#include "core/analysis/FindingText.h"
#include "core/domain/Finding.h"
#include "core/domain/IdentityFacts.h"

#include <QCoreApplication>
#include <QList>

namespace recertify {

/** The policy the analyzer applies; the defaults follow ARCHITECTURE.md and the anchors. */
struct DriftPolicy
{
    int windowDays = 90; ///< observation window for usage
    int rotationDays = 365; ///< credentials older than this are stale
    int expiringDays = 30; ///< credentials expiring within this are flagged
    int neverUsedGraceDays = 30; ///< new identities are not "never used" yet
    int reviewIntervalDays = 365;
    int removalDays = 30; ///< a removal a reviewer requested is overdue after this
};

/**
 * Computes the findings of CLI.md for one identity: privilege drift (unused grants, out-of-scope
 * actions, scope creep, admin grants) and hygiene (stale, expiring and expired credentials, never
 * used, dormant, orphaned, no purpose, no expiry, review overdue, human use). Pure: no store.
 */
class DriftAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(DriftAnalyzer)

public:
    DriftAnalyzer(QDateTime now, DriftPolicy policy = {})
        : m_now(std::move(now))
        , m_policy(policy)
    {
    }

    [[nodiscard]] QList<Finding> analyze(const IdentityFacts& facts, DriftFigures* figures = nullptr) const;

private:
    /** The findings so far, and the first moment after now at which the passing of time alone changes them. */
    struct Found
    {
        QList<Finding> list;
        QDateTime until;
        void watch(const QDateTime& at, const QDateTime& now)
        {
            // A check of "before now" turns just after its moment: the moment itself must run again.
            if (at.isValid() && at >= now && at < until)
                until = at;
        }
    };

    void add(Found& out, const IdentityFacts& facts, const QString& type, const QString& subject,
             const FindingText& detail, QDateTime since) const;

    QDateTime m_now;
    DriftPolicy m_policy;
};

} // namespace recertify
