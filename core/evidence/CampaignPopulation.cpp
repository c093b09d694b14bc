#include "core/evidence/CampaignPopulation.h"

#include "core/storage/SyncRunRepository.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace recertify {

QString CampaignPopulation::hash(QList<std::pair<QString, QString>> identities)
{
    std::sort(identities.begin(), identities.end());
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const auto& [source, nativeId] : identities)
        sha.addData(QString(source + u'\t' + nativeId + u'\n').toUtf8());
    return QString::fromLatin1(sha.result().toHex());
}

Result<QJsonObject> CampaignPopulation::of(const DatabasePtr& database, qint64 campaignId, const QDateTime& startedAt)
{
    const SyncRunRepository runs(database);
    auto population = runs.campaignPopulation(campaignId);
    if (!population)
        return population.error();
    QMap<QString, int> perSource;
    for (const auto& [source, nativeId] : population.value())
        ++perSource[source];
    QJsonArray sources;
    const QDate last = startedAt.toUTC().date();
    for (auto it = perSource.cbegin(); it != perSource.cend(); ++it) {
        auto days = runs.coverageDays(it.key(), last.addDays(-89), last);
        if (!days)
            return days.error();
        sources.append(QJsonObject { { QStringLiteral("source"), it.key() },
                                     { QStringLiteral("identities"), it.value() },
                                     { QStringLiteral("activityCoverageDays"), days.value() },
                                     { QStringLiteral("ofDays"), 90 } });
    }
    auto fed = runs.lastGoodBefore(startedAt);
    if (!fed)
        return fed.error();
    QJsonArray syncRuns;
    for (const SyncRun& r : fed.value()) {
        syncRuns.append(
            QJsonObject { { QStringLiteral("run"), r.id },
                          { QStringLiteral("format"), r.format },
                          { QStringLiteral("finishedAt"), Timestamp::toIso(r.finishedAt) },
                          { QStringLiteral("added"), r.added },
                          { QStringLiteral("changed"), r.changed },
                          { QStringLiteral("removed"), r.removed },
                          { QStringLiteral("skipped"), r.skipped },
                          { QStringLiteral("authoritativeFor"), QJsonArray::fromStringList(r.authoritative) } });
    }
    return QJsonObject {
        { QStringLiteral("identities"), int(population->size()) },
        { QStringLiteral("sha256"), hash(population.value()) },
        { QStringLiteral("method"),
          QStringLiteral("SHA-256 over the sorted lines SOURCE<TAB>NATIVE-ID<LF> of every identity reviewed in stage 1 "
                         "(evidence.json: evidence.identity.source and .nativeId)") },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("syncRuns"), syncRuns },
    };
}

} // namespace recertify
