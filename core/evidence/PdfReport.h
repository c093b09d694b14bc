#pragma once

#include "core/domain/Campaign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace recertify {

/** One decision as the report lists it. */
struct ReportDecision
{
    QString identity;
    QString reviewer;
    QString decidedBy;
    QString decidedAt;
    QString answer; ///< "confirm · keep · certify until 2027-06-30"
    QString justification;
    QString flags;
};

/** Everything the PDF shows, gathered by the exporter. */
struct ReportData
{
    CampaignStatus status;
    QString signerFingerprint;
    QDateTime exportedAt;
    QList<ReportDecision> decisions;
    qint64 totalDecisions = 0;
    qint64 superseded = 0; ///< decisions later amended: in decisions.csv, not listed here
    QList<std::pair<QString, QString>> remediation; ///< identity, task
    QList<std::pair<QString, int>> findingsByType; ///< open findings across the campaign's identities
    QJsonObject population; ///< CampaignPopulation: completeness of what was reviewed
};

/**
 * The campaign report for people: a cover with campaign, period and signer fingerprint; the summary
 * with a completion chart; completion per reviewer; every decision with its justification; the
 * remediation; and the mapping to the OWASP NHI Top 10 and NIST CSF 2.0. A4, meant to be printed.
 * Needs a QGuiApplication (fonts); the CLI runs one on the offscreen platform.
 */
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    /** At most this many decisions are listed one by one; decisions.csv always holds them all. */
    static constexpr int kListedDecisions = 2000;
    /** Reviewers listed in the report, those with most items pending first; campaign.json has every one. */
    static constexpr int kListedReviewers = 200;

    [[nodiscard]] static QByteArray render(const ReportData& data);
    /** What render() lays out, as HTML (the chart is the image chart://completion). */
    [[nodiscard]] static QString html(const ReportData& data);
    /** The NIST CSF 2.0 outcome a finding type speaks to. */
    static QString nistCsf(const QString& findingType);
};

} // namespace recertify
