#pragma once

#include "core/storage/Database.h"

#include <QStringList>

namespace recertify::test {

/** A demo estate, analysed, with one open campaign over all of it. */
struct CampaignEstate
{
    qint64 campaign = 0; ///< 0 when it could not be made
    QStringList reviewers; ///< busiest first
    QList<qint64> itemCounts; ///< per reviewer, in the same order
    qint64 totalItems = 0;
};

/** What no active owner can review goes to the fallback reviewer. */
CampaignEstate openCampaign(const DatabasePtr& database, int identities, quint32 seed,
                            const QString& fallbackReviewer = QStringLiteral("governance@example.com"));

} // namespace recertify::test
