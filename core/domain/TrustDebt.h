#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace recertify {

/** One open condition's share of an identity's trust debt: principal plus the interest it accrued. */
struct DebtFactor
{
    QString factor; ///< the finding type
    double points = 0;
    QDateTime since;
    QString owasp;
    int count = 0; ///< how many findings of this type it stands for
};

/** An identity's trust debt: 0 (nothing unresolved) to 100, with every factor that makes it up. */
struct TrustDebt
{
    double score = 0;
    QList<DebtFactor> factors;
};

} // namespace recertify
