#pragma once

#include <QCoreApplication>
#include <QString>
#include <span>

namespace recertify {

/**
 * The one table of trust-debt weights (README, "Trust debt"). Each open condition has a principal
 * (points the day it opens) and interest (points per day it stays open), capped per factor; an
 * identity's score is the sum of its factors, capped at 100.
 */
struct DebtWeight
{
    const char* type;
    const char* severity;
    double principal; ///< per finding
    double perDay; ///< per finding and day open
    double cap; ///< per factor (all findings of the type together)
    const char* owasp;
};

class TrustDebtWeights
{
    Q_DECLARE_TR_FUNCTIONS(TrustDebtWeights)

public:
    static std::span<const DebtWeight> all();
    /** Null for an unknown type. */
    static const DebtWeight* of(const QString& type);
    /** A finding type's short name in the reader's language ("Unused grant"); the code itself when unknown. */
    static QString label(const QString& type);
    /** A severity ("high") in the reader's language. */
    static QString severityLabel(const QString& severity);
    /** What a finding type means, for people. */
    static QString describe(const QString& type);
    /** The OWASP NHI Top 10 (2025) title of a code. */
    static QString owaspTitle(const QString& code);
};

} // namespace recertify
