#include "core/pipeline/AfterChange.h"

#include "core/review/CampaignService.h"
#include "core/review/TemplateService.h"
#include "core/review/TriggerService.h"
#include "core/util/Logging.h"

namespace recertify {

AfterChangeReport AfterChange::estateChanged(const QString& actor)
{
    AfterChangeReport report;
    if (m_progress)
        m_progress(tr("Analysing"));
    if (auto analysis = AnalysisService(m_database, m_clock).run(); analysis)
        report.analysis = analysis.value();
    else
        report.warnings << tr("Findings could not be recomputed: %1").arg(analysis.errorString());
    followUp(report, actor, true);
    return report;
}

AfterChangeReport AfterChange::identitiesChanged(const QList<qint64>& identities, const QString& actor)
{
    AfterChangeReport report;
    // The record changes at once: an owner named, a state set or a decision recorded shows in the
    // identity's findings and trust debt in every view, not after the next import.
    for (qint64 id : identities) {
        auto analysis = AnalysisService(m_database, m_clock).runFor(id);
        if (!analysis) {
            report.warnings
                << tr("Findings of identity %1 could not be recomputed: %2").arg(id).arg(analysis.errorString());
            continue;
        }
        report.analysis = analysis.value();
    }
    followUp(report, actor, false);
    return report;
}

void AfterChange::followUp(AfterChangeReport& report, const QString& actor, bool wholeEstate)
{
    // Remediation is verified by what the store now says.
    if (auto verified = CampaignService(m_database, m_clock).verifyRemediation(); verified)
        report.remediationsDone = verified.value();
    else
        report.warnings << tr("Remediation could not be checked: %1").arg(verified.errorString());
    // Configured triggers start micro-campaigns for what the change newly brought.
    if (auto started = TriggerService(m_database, m_clock).run(actor); started)
        report.triggeredCampaigns = started.value();
    else
        report.warnings << tr("Campaign triggers did not run: %1").arg(started.errorString());
    // Recurring campaigns fall due with time, not with one identity's change: they start after an
    // import or sync (a worker in the desktop), never in the middle of a reviewer's decision.
    if (wholeEstate) {
        if (auto scheduled = TemplateService(m_database, m_clock).runDue(actor); scheduled)
            report.scheduledCampaigns = scheduled.value();
        else
            report.warnings << tr("Recurring campaigns did not start: %1").arg(scheduled.errorString());
    }
    for (const QString& warning : std::as_const(report.warnings))
        qCWarning(lcSync) << "after a change:" << warning;
}

Result<SyncReport> AfterChange::sync(SyncEngine& engine, Importer& importer, const QStringList& inputs,
                                     const QString& actor)
{
    auto run = engine.run(importer, inputs);
    if (!run)
        return run;
    SyncReport report = run.value();
    // Drift and trust debt follow every change of the estate, and each run leaves a snapshot.
    const AfterChangeReport after = estateChanged(actor);
    report.triggeredCampaigns = after.triggeredCampaigns;
    report.scheduledCampaigns = after.scheduledCampaigns;
    report.warnings << after.warnings;
    qCInfo(lcSync) << report.format << "added" << report.added << "changed" << report.changed << "removed"
                   << report.removed;
    return report;
}

} // namespace recertify
