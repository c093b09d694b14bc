#include "core/evidence/ControlMapping.h"

#include <QJsonObject>

namespace recertify {

const QList<Control>& ControlMapping::controls()
{
    // Titles as the frameworks name the controls; the mapping is this project's reading of them.
    static const QList<Control> table {
        { "PCI DSS v4.0", "7.2.4",
          "User accounts and related access privileges are reviewed at least once every six months",
          "ownership,scope,need" },
        { "PCI DSS v4.0", "7.2.5.1",
          "Access by application and system accounts and related access privileges is reviewed periodically",
          "ownership,scope,need" },
        { "NIST SP 800-53 Rev. 5", "AC-2",
          "Account Management (assigned account managers; accounts reviewed for compliance)", "ownership,need" },
        { "NIST SP 800-53 Rev. 5", "AC-2(3)",
          "Account Management | Disable Accounts (no longer associated with a business need)", "need" },
        { "NIST SP 800-53 Rev. 5", "AC-6(7)", "Least Privilege | Review of User Privileges", "scope" },
        { "ISO/IEC 27001:2022", "A.5.18", "Access rights (provided, reviewed, modified and removed)",
          "ownership,scope,need" },
        { "SOC 2 (2017 TSC)", "CC6.2",
          "Registration and authorization of users; removal when access is no longer required", "ownership,need" },
        { "SOC 2 (2017 TSC)", "CC6.3", "Access is authorized, modified or removed based on roles and least privilege",
          "scope" },
        { "OWASP NHI Top 10 (2025)", "NHI1", "Improper Offboarding", "ownership,need" },
        { "OWASP NHI Top 10 (2025)", "NHI5", "Overprivileged NHI", "scope" },
    };
    return table;
}

QString ControlMapping::evidencedBy(const Control& control)
{
    QStringList words;
    for (const QString& answer : QString::fromLatin1(control.answers).split(u',')) {
        if (answer == QLatin1String("ownership"))
            words << tr("ownership attested");
        else if (answer == QLatin1String("scope"))
            words << tr("task scope kept or reduced");
        else if (answer == QLatin1String("need"))
            words << tr("business need certified, revoked or retired");
    }
    return words.join(QStringLiteral("; "));
}

QJsonArray ControlMapping::toJson(int decisions)
{
    // Every decision answers all three questions, so each control is evidenced by every decision recorded.
    QJsonArray out;
    for (const Control& c : controls()) {
        out.append(QJsonObject {
            { QStringLiteral("framework"), QString::fromLatin1(c.framework) },
            { QStringLiteral("control"), QString::fromLatin1(c.id) },
            { QStringLiteral("title"), QString::fromLatin1(c.title) },
            { QStringLiteral("evidencedBy"), QJsonArray::fromStringList(QString::fromLatin1(c.answers).split(u',')) },
            { QStringLiteral("decisions"), decisions } });
    }
    return out;
}

} // namespace recertify
