#include "tests/support/CampaignEstate.h"

#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/storage/SqlUtil.h"

namespace recertify::test {

CampaignEstate openCampaign(const DatabasePtr& database, int identities, quint32 seed, const QString& fallbackReviewer)
{
    CampaignEstate out;
    if (!DemoEstate::generate(*database, { identities, seed, false }, Clock::instance())
        || !AnalysisService(database).run())
        return out;
    auto id = CampaignService(database).create({ QStringLiteral("Q4"), QDateTime::currentDateTimeUtc().addDays(30),
                                                 QString(), fallbackReviewer, QString(), QStringLiteral("owner"),
                                                 QString() });
    if (!id)
        return out;
    auto q = sql::run(database->connection(),
                      QStringLiteral("SELECT reviewer, COUNT(*) FROM review_items WHERE campaign_id = ? GROUP BY "
                                     "reviewer ORDER BY COUNT(*) DESC, reviewer"),
                      { id.value() });
    if (!q)
        return out;
    while (q->next()) {
        out.reviewers << q->value(0).toString();
        out.itemCounts << q->value(1).toLongLong();
        out.totalItems += q->value(1).toLongLong();
    }
    out.campaign = id.value();
    return out;
}

} // namespace recertify::test
