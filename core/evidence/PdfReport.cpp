#include "core/evidence/PdfReport.h"

#include "core/analysis/TrustDebtWeights.h"
#include "core/evidence/ControlMapping.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace recertify {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Completion per reviewer as bars, drawn for print (no Charts in core).
// Reviewers with the most items still pending first: whom a campaign waits on is what a reader looks for.
QList<CampaignStatus::Reviewer> byPending(const QList<CampaignStatus::Reviewer>& reviewers)
{
    QList<CampaignStatus::Reviewer> sorted = reviewers;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.items - a.decided > b.items - b.decided; });
    return sorted;
}

QImage completionChart(const QList<CampaignStatus::Reviewer>& reviewers)
{
    const int rows = int(std::min<qsizetype>(reviewers.size(), 12));
    QImage image(1400, 90 + rows * 56, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(26);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRect(0, 10, 1400, 40), Qt::AlignLeft, PdfReport::tr("Decided and pending items per reviewer"));
    int maximum = 1;
    for (int i = 0; i < rows; ++i)
        maximum = std::max(maximum, reviewers.at(i).items);
    for (int i = 0; i < rows; ++i) {
        const CampaignStatus::Reviewer& r = reviewers.at(i);
        const int y = 70 + i * 56;
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, 480, 44), Qt::AlignVCenter | Qt::AlignRight, r.email);
        const double unit = 640.0 / maximum; // room to its right for "decided/items" of the longest bar
        p.fillRect(QRectF(500, y + 6, unit * r.decided, 32), QColor(0x2f, 0xa4, 0x6a));
        p.fillRect(QRectF(500 + unit * r.decided, y + 6, unit * (r.items - r.decided), 32), QColor(0xe0, 0x8e, 0x1b));
        p.drawText(QRect(int(500 + unit * r.items) + 10, y, 240, 44), Qt::AlignVCenter,
                   QStringLiteral("%1/%2").arg(r.decided).arg(r.items));
    }
    return image;
}

} // namespace

QString PdfReport::nistCsf(const QString& type)
{
    if (type == QLatin1String("orphaned") || type == QLatin1String("review-overdue")
        || type == QLatin1String("no-purpose"))
        return QStringLiteral("GV.RR-02, PR.AA-01");
    if (type == QLatin1String("unused-grant") || type == QLatin1String("admin-grant")
        || type == QLatin1String("scope-creep"))
        return QStringLiteral("PR.AA-05");
    if (type == QLatin1String("out-of-scope-action") || type == QLatin1String("human-use"))
        return QStringLiteral("DE.CM-03, PR.AA-05");
    if (type == QLatin1String("stale-credential") || type == QLatin1String("expiring-credential")
        || type == QLatin1String("expired-active") || type == QLatin1String("no-expiry"))
        return QStringLiteral("PR.AA-01, PR.AA-02");
    if (type == QLatin1String("never-used") || type == QLatin1String("dormant"))
        return QStringLiteral("ID.AM-08, PR.AA-01");
    return {};
}

QString PdfReport::html(const ReportData& d)
{
    const CampaignStatus& s = d.status;
    const QLocale locale;
    QString html;
    html += QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt'>");
    // Cover.
    html += QStringLiteral("<p style='color:#1f4fa8; font-size:11pt'>%1</p>")
                .arg(esc(tr("Recertify · signed review evidence")));
    html += QStringLiteral("<h1 style='font-size:22pt'>%1</h1>").arg(esc(s.campaign.name));
    html += QStringLiteral("<table cellpadding=3>");
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td><b>%2</b></td></tr>").arg(esc(label), esc(value));
    };
    row(tr("Period"),
        tr("%1 to %2")
            .arg(locale.toString(s.campaign.createdAt.date(), QLocale::LongFormat),
                 locale.toString((s.campaign.closedAt.isValid() ? s.campaign.closedAt : s.campaign.due).date(),
                                 QLocale::LongFormat)));
    row(tr("Status"), s.campaign.status);
    row(tr("Scope"), s.campaign.scope.isEmpty() ? tr("every identity that is not retired") : s.campaign.scope);
    row(tr("Created by"), s.campaign.createdBy);
    row(tr("Exported"), locale.toString(d.exportedAt.toUTC(), QLocale::LongFormat));
    row(tr("Signer fingerprint"), d.signerFingerprint);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:#555; page-break-after: always'>%1</p>")
                .arg(esc(tr("Check this bundle offline: unzip it, then run "
                            "openssl pkeyutl -verify -pubin -inkey signer.pub.pem -rawin -in SHA256SUMS "
                            "-sigfile SHA256SUMS.sig and sha256sum -c SHA256SUMS.")));

    // Summary.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Summary")));
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=4>");
    const std::pair<QString, QString> figures[] = {
        { tr("Items"), locale.toString(s.items) },
        { tr("Decided"), tr("%1 (%2%)").arg(locale.toString(s.decided), locale.toString(s.percentComplete(), 'f', 1)) },
        { tr("Certified"), locale.toString(s.certified) },
        { tr("Scope reduced"), locale.toString(s.reduced) },
        { tr("Revoked"), locale.toString(s.revoked) },
        { tr("Retired"), locale.toString(s.retired) },
        { tr("Owner reassigned"), locale.toString(s.reassigned) },
        { tr("Flagged as rubber-stamping"), locale.toString(s.flagged) },
    };
    for (const auto& [label, value] : figures)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(esc(label), esc(value));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><img src='chart://completion' width=620></p>");

    // Completion per reviewer.
    html += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 "
                           "cellpadding=4><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Completion per reviewer")), esc(tr("Reviewer")), esc(tr("Items")), esc(tr("Decided")),
                     esc(tr("Flagged")));
    const QList<CampaignStatus::Reviewer> reviewers = byPending(s.reviewers);
    for (const CampaignStatus::Reviewer& r : reviewers.mid(0, kListedReviewers)) {
        html += QStringLiteral(
                    "<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(esc(r.email))
                    .arg(r.items)
                    .arg(r.decided)
                    .arg(r.flagged);
    }
    html += QStringLiteral("</table>");
    if (reviewers.size() > kListedReviewers) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 reviewers in all; the %2 with the most items pending are listed here. "
                                "campaign.json in this bundle lists them all.")
                                 .arg(locale.toString(reviewers.size()), locale.toString(kListedReviewers))));
    }

    // Decisions.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decisions")));
    if (d.totalDecisions > d.decisions.size()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        tr("%1 decisions in all; the %2 listed here are every one that was not a plain certification, "
                           "then the first certifications. decisions.csv in this bundle lists them all.")
                            .arg(locale.toString(d.totalDecisions), locale.toString(d.decisions.size()))));
    }
    if (d.superseded > 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr(
                        "%n decision(s) were amended by their reviewer before the campaign closed; the amendments are "
                        "listed here, and decisions.csv keeps both, each amendment naming the decision it supersedes.",
                        nullptr, int(d.superseded))));
    }
    const QString decisionsHead
        = QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width='100%' "
                         "style='font-size:8pt'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
              .arg(esc(tr("Identity")), esc(tr("Reviewer (decided by)")), esc(tr("Decision")), esc(tr("Justification")),
                   esc(tr("Flags")));
    // In tables of 50 rows, each with its header: Qt lays out one long table in time that grows faster than its rows
    // (1,585 decisions in one table took most of an export's time).
    constexpr qsizetype kRowsPerTable = 50;
    for (qsizetype n = 0; n < d.decisions.size(); ++n) {
        if (n % kRowsPerTable == 0)
            html += (n > 0 ? QStringLiteral("</table>") : QString()) + decisionsHead;
        const ReportDecision& r = d.decisions.at(n);
        const QString who = r.decidedBy == r.reviewer ? r.reviewer : tr("%1 (%2)").arg(r.reviewer, r.decidedBy);
        html += QStringLiteral("<tr><td>%1</td><td>%2<br><span "
                               "style='color:#555'>%3</span></td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(r.identity), esc(who), esc(r.decidedAt.left(10)), esc(r.answer), esc(r.justification),
                         esc(r.flags));
    }
    html += d.decisions.isEmpty() ? decisionsHead + QStringLiteral("</table>") : QStringLiteral("</table>");

    // Remediation.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Remediation")));
    if (d.remediation.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(s.campaign.status == CampaignState::Closed
                                 ? tr("No decision asked for a change.")
                                 : tr("Remediation tasks are made when the campaign closes.")));
    } else {
        html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 style='font-size:8pt'>");
        for (const auto& [identity, task] : d.remediation)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(identity), esc(task));
        html += QStringLiteral("</table>");
    }

    // Completeness of the population: what an auditor checks first.
    const QJsonObject pop = d.population;
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("Population reviewed")),
                     esc(tr("%1 identities; SHA-256 of their sorted source and native ids: %2 (recompute it from "
                            "evidence.json).")
                             .arg(pop.value(QStringLiteral("identities")).toInt())
                             .arg(pop.value(QStringLiteral("sha256")).toString())));
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 "
                           "style='font-size:8pt'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(esc(tr("Source")), esc(tr("Identities")),
                     esc(tr("Days of the 90 before the start with activity data")));
    for (const QJsonValue& v : pop.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                    .arg(esc(o.value(QStringLiteral("source")).toString()))
                    .arg(o.value(QStringLiteral("identities")).toInt())
                    .arg(o.value(QStringLiteral("activityCoverageDays")).toInt());
    }
    html += QStringLiteral("</table>");
    const QJsonArray fed = pop.value(QStringLiteral("syncRuns")).toArray();
    if (fed.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No sync run finished before the campaign started: the estate was not imported here "
                                "(a demo or a restored store).")));
    } else {
        html += QStringLiteral("<p>%1</p><table border=1 cellspacing=0 cellpadding=3 "
                               "style='font-size:8pt'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(esc(tr("The last sync run of each input that finished well before the campaign started:")),
                         esc(tr("Run")), esc(tr("Input")), esc(tr("Finished")),
                         esc(tr("Added / changed / removed; complete for")));
        for (const QJsonValue& v : fed) {
            const QJsonObject o = v.toObject();
            QStringList scopes;
            for (const QJsonValue& scope : o.value(QStringLiteral("authoritativeFor")).toArray())
                scopes << scope.toString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 / %5 / %6; %7</td></tr>")
                        .arg(o.value(QStringLiteral("run")).toInteger())
                        .arg(esc(o.value(QStringLiteral("format")).toString()),
                             esc(o.value(QStringLiteral("finishedAt")).toString().left(16)))
                        .arg(o.value(QStringLiteral("added")).toInt())
                        .arg(o.value(QStringLiteral("changed")).toInt())
                        .arg(o.value(QStringLiteral("removed")).toInt())
                        .arg(esc(scopes.isEmpty() ? tr("nothing (it retired nothing)")
                                                  : scopes.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
    }

    // Controls the decisions evidence.
    html += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 cellpadding=3 width='100%' "
                           "style='font-size:8pt'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Controls these decisions evidence")), esc(tr("Framework")), esc(tr("Control")),
                     esc(tr("Evidenced by")), esc(tr("Decisions")));
    for (const Control& c : ControlMapping::controls()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2<br><span style='color:#555'>%3</span></td><td>%4</td><td "
                               "align=right>%5</td></tr>")
                    .arg(esc(QString::fromLatin1(c.framework)), esc(QString::fromLatin1(c.id)),
                         esc(QString::fromLatin1(c.title)), esc(ControlMapping::evidencedBy(c)))
                    .arg(s.decided);
    }
    html += QStringLiteral("</table>");

    // Frameworks.
    html += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 cellpadding=3 width='100%' "
                           "style='font-size:8pt'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Mapping to OWASP NHI Top 10 (2025) and NIST CSF 2.0")), esc(tr("Finding")),
                     esc(tr("Open in scope")), esc(tr("OWASP NHI")), esc(tr("NIST CSF 2.0")));
    for (const auto& [type, count] : d.findingsByType) {
        const DebtWeight* w = TrustDebtWeights::of(type);
        const QString owasp = w ? QString::fromLatin1(w->owasp) : QString();
        html += QStringLiteral("<tr><td>%1<br><span style='color:#555'>%2</span></td><td align=right>%3</td><td>%4 "
                               "%5</td><td>%6</td></tr>")
                    .arg(esc(type), esc(TrustDebtWeights::describe(type)))
                    .arg(count)
                    .arg(esc(owasp), esc(TrustDebtWeights::owaspTitle(owasp)), esc(nistCsf(type)));
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

QByteArray PdfReport::render(const ReportData& d)
{
    const CampaignStatus& s = d.status;
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://completion")),
                         completionChart(byPending(s.reviewers)));
    document.setHtml(html(d));
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(s.campaign.name);
    writer.setCreator(QStringLiteral("Recertify"));
    document.print(&writer);
    buffer.close();
    return pdf;
}

} // namespace recertify
