#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace recertify {

/**
 * What an auditor needs to tell that a campaign's population was complete: how many identities it reviewed and a
 * SHA-256 over their sorted "SOURCE<TAB>NATIVE-ID" lines (recomputable from evidence.json), per source how many
 * and how many of the 90 days before the start its activity data covers, and for each input format the last sync
 * run that finished well before the campaign started, with its counts and the scopes it listed completely.
 */
class CampaignPopulation
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPopulation)

public:
    [[nodiscard]] static Result<QJsonObject> of(const DatabasePtr& database, qint64 campaignId,
                                                const QDateTime& startedAt);
    /** The hash over identities given as (source, native id), in any order. */
    [[nodiscard]] static QString hash(QList<std::pair<QString, QString>> identities);
};

} // namespace recertify
