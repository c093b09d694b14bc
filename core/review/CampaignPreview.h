#pragma once

#include "core/review/CampaignService.h"
#include "core/util/Clock.h"

#include <QList>
#include <QString>
#include <utility>

namespace recertify {

/**
 * What a campaign would do, before it starts: how many identities its scope matches, who would review how many,
 * and how many fall to the fallback reviewer (or to nobody, which would stop it). Nothing is written.
 */
struct CampaignPreview
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPreview)

public:
    int identities = 0;
    QList<std::pair<QString, int>> reviewers; ///< most items first
    int toFallback = 0; ///< no active owner: routed to the fallback reviewer
    int unrouted = 0; ///< no active owner and no fallback reviewer named
    int stillCertified = 0; ///< left out: nothing due, when only what has run out is asked

    [[nodiscard]] static Result<CampaignPreview> of(const DatabasePtr& database, const CampaignRequest& request,
                                                    const Clock& clock = Clock::instance());
    /** One paragraph for the dialog: the counts, the busiest reviewers, the fallback. */
    [[nodiscard]] QString summary(int reviewersShown = 5) const;
};

} // namespace recertify
