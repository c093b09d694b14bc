#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace recertify {

/** One control of a framework that recertification decisions evidence. */
struct Control
{
    const char* framework; ///< "PCI DSS v4.0", "NIST SP 800-53 Rev. 5", …
    const char* id; ///< "7.2.5.1", "AC-6(7)", …
    const char* title; ///< the control's own short name
    const char* answers; ///< which answers evidence it: "ownership", "scope", "need", or several, comma-separated
};

/**
 * Which controls an access recertification evidences, and through which of its three answers: ownership attests
 * account management, task scope the review of privileges, business need that access no longer needed is removed.
 * A fixed table from the frameworks' own control texts; campaign.json and the PDF count the decisions per control.
 */
class ControlMapping
{
    Q_DECLARE_TR_FUNCTIONS(ControlMapping)

public:
    static const QList<Control>& controls();
    /** What an auditor reads: each control with the answers that evidence it and how many decisions gave them. */
    [[nodiscard]] static QJsonArray toJson(int decisions);
    /** The answers of a control, in words. */
    [[nodiscard]] static QString evidencedBy(const Control& control);
};

} // namespace recertify
