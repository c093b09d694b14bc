#include "core/review/CampaignPreview.h"

#include "core/review/Attestations.h"
#include "core/review/CampaignScope.h"
#include "core/storage/CampaignStore.h"
#include "core/storage/FactsLoader.h"
#include "core/util/Timestamp.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace recertify {

Result<CampaignPreview> CampaignPreview::of(const DatabasePtr& database, const CampaignRequest& request,
                                            const Clock& clock)
{
    auto scope = CampaignScope::parse(request.scope);
    if (!scope)
        return scope.error();
    const QSqlDatabase db = database->connection();
    auto people = FactsLoader::people(db);
    if (!people)
        return people.error();
    // The same selection and routing as creating the campaign: the owner when active, else the fallback.
    auto scoped = CampaignStore(db).inScope(scope->selection());
    if (!scoped)
        return scoped.error();
    CampaignPreview preview;
    QHash<QString, int> counts;
    const QString fallback = request.fallbackReviewer.trimmed().toLower();
    const QDateTime now = clock.now();
    for (const ScopedIdentity& i : scoped.value()) {
        // Asking only what has run out leaves out what is still certified, as creating the campaign does.
        if (request.onlyExpired && Attestations::due(i.ownershipUntil, i.scopeUntil, i.needUntil, now).isEmpty()) {
            ++preview.stillCertified;
            continue;
        }
        ++preview.identities;
        const QString& owner = i.businessOwner;
        const bool active = !owner.isEmpty() && (people->isEmpty() || people->value(owner, false));
        if (active) {
            ++counts[owner];
        } else if (!fallback.isEmpty()) {
            ++preview.toFallback;
            ++counts[fallback];
        } else {
            ++preview.unrouted;
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        preview.reviewers.append({ it.key(), it.value() });
    std::sort(preview.reviewers.begin(), preview.reviewers.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return preview;
}

QString CampaignPreview::summary(int reviewersShown) const
{
    if (identities == 0) {
        return stillCertified > 0
            ? tr("Every identity in this scope is still certified for ownership, task scope and business need.")
            : tr("No identity matches this scope.");
    }
    QStringList busiest;
    for (const auto& [reviewer, items] : reviewers.mid(0, reviewersShown))
        busiest << tr("%1 (%n)", nullptr, items).arg(reviewer);
    QString text = tr("%n identities match.", nullptr, identities) + u' '
        + tr("%n reviewers get items; most: %1.", nullptr, int(reviewers.size()))
              .arg(busiest.join(QStringLiteral(", ")));
    if (toFallback > 0)
        text += u' ' + tr("%n have no active owner and go to the fallback reviewer.", nullptr, toFallback);
    if (stillCertified > 0)
        text += u' ' + tr("%n still certified for all three are left out.", nullptr, stillCertified);
    if (unrouted > 0)
        text += u' '
            + tr("%n have no active owner: name a fallback reviewer, or the campaign cannot start.", nullptr, unrouted);
    return text;
}

} // namespace recertify
