#pragma once

#include <QString>
#include <QStringList>

namespace recertify {

/** What one import or sync run did; also a row of the run history. */
struct SyncReport
{
    qint64 runId = 0;
    QString format;
    QStringList inputs;
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    int shadow = 0; ///< identities discovered from activity alone
    qint64 events = 0; ///< activity records read
    qint64 usageRows = 0; ///< day aggregates written
    int skipped = 0; ///< records without a principal
    QStringList skippedWhy; ///< the most frequent reasons, "N × reason", then "and N more" for the records left out
    QList<qint64> triggeredCampaigns; ///< micro-campaigns the run's findings started
    QList<qint64> scheduledCampaigns; ///< campaigns recurring templates started because they were due
    QStringList
        authoritative; ///< "source scope" for each scope the run listed completely: only there was anything retired
    QStringList changes; ///< what this run changed in identities' grants and credentials ("NAME: 19 grant(s) added: …")
    QStringList warnings; ///< what the user should know that did not stop the run
    QStringList alreadyImported; ///< activity files seen before, left out so counts never double
    /// Every file had been imported before: a whole listing as old as that proves nothing gone that came since (a user
    /// a later credential report added), so nothing was retired.
    bool listedBefore = false;
    qint64 countedBefore = 0; ///< events (by the source's id) an earlier import already counted
    QString error; ///< empty on success
    QString errorField; ///< the input the error is about ("namespace"), for the caller to ask for it
};

} // namespace recertify
