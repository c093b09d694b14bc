#pragma once

#include "core/domain/Finding.h"
#include "core/domain/TrustDebt.h"

namespace recertify {

/**
 * Trust debt as debt with interest (ARCHITECTURE.md): each open finding adds its principal and
 * accrues interest daily since it opened, capped per factor by TrustDebtWeights; the score is the
 * sum, capped at 100. Resolving a finding pays its share off at once.
 */
class TrustDebtScorer
{
public:
    explicit TrustDebtScorer(QDateTime now)
        : m_now(std::move(now))
    {
    }

    [[nodiscard]] TrustDebt score(const QList<Finding>& findings) const;

private:
    QDateTime m_now;
};

} // namespace recertify
