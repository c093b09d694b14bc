#pragma once

#include "core/analysis/AnalysisService.h"
#include "core/storage/Database.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <functional>

namespace recertify {

/** What followed a change: the analysis, the remediation checked, and the campaigns it started. */
struct AfterChangeReport
{
    AnalysisReport analysis;
    int remediationsDone = 0; ///< open remediation tasks the change completed
    QList<qint64> triggeredCampaigns; ///< micro-campaigns configured triggers started
    QList<qint64> scheduledCampaigns; ///< campaigns recurring templates started because they were due
    QStringList warnings; ///< a step that failed; the change itself stands and findings are marked due
};

/**
 * What follows every change of the estate, in one place, for the desktop and the command line
 * alike: drift and trust debt (the whole estate, or only the identities touched when that is all
 * that changed), remediation checked against what the store now says, campaign triggers, and
 * (after a change of the whole estate) recurring campaigns that fell due. The change is already committed when this
 * runs: a step that fails is reported as a warning and never undoes it (a whole-estate change leaves findings marked
 * due, so the next start catches up).
 */
class AfterChange
{
    Q_DECLARE_TR_FUNCTIONS(AfterChange)

public:
    using Progress = std::function<void(const QString& stage)>;

    AfterChange(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /** After an import, a sync or a new people list: everything may have changed. */
    [[nodiscard]] AfterChangeReport estateChanged(const QString& actor);
    /** After an owner, a lifecycle state or a review decision changed these identities only. */
    [[nodiscard]] AfterChangeReport identitiesChanged(const QList<qint64>& identities, const QString& actor);
    /** An import or sync run and what follows it: the report also names the campaigns it started. */
    [[nodiscard]] Result<SyncReport> sync(SyncEngine& engine, Importer& importer, const QStringList& inputs,
                                          const QString& actor);

private:
    void followUp(AfterChangeReport& report, const QString& actor, bool wholeEstate);

    DatabasePtr m_database;
    const Clock& m_clock;
    Progress m_progress;
};

} // namespace recertify
