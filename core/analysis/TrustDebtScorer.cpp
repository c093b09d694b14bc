#include "core/analysis/TrustDebtScorer.h"

#include "core/analysis/TrustDebtWeights.h"

#include <QHash>
#include <cmath>

namespace recertify {

TrustDebt TrustDebtScorer::score(const QList<Finding>& findings) const
{
    QHash<QString, DebtFactor> factors;
    for (const Finding& f : findings) {
        const DebtWeight* weight = TrustDebtWeights::of(f.type);
        if (!weight)
            continue;
        DebtFactor& factor = factors[f.type];
        factor.factor = f.type;
        factor.owasp = QString::fromLatin1(weight->owasp);
        const qint64 days = f.since.isValid() ? std::max<qint64>(0, f.since.daysTo(m_now)) : 0;
        factor.points = std::min(weight->cap, factor.points + weight->principal + weight->perDay * double(days));
        factor.since = factor.since.isValid() && factor.since < f.since ? factor.since : f.since;
        ++factor.count;
    }
    TrustDebt debt;
    for (const DebtWeight& weight : TrustDebtWeights::all()) {
        auto it = factors.constFind(QString::fromLatin1(weight.type));
        if (it == factors.constEnd())
            continue;
        DebtFactor factor = *it;
        factor.points = std::round(factor.points * 10.0) / 10.0;
        debt.score += factor.points;
        debt.factors.append(factor);
    }
    debt.score = std::min(100.0, std::round(debt.score * 10.0) / 10.0);
    return debt;
}

} // namespace recertify
