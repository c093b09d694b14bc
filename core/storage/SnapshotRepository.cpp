#include "core/storage/SnapshotRepository.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

Result<QList<SnapshotPoint>> SnapshotRepository::estate() const
{
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT taken_at, identities, granted, used, unused, out_of_scope, trust_debt "
                                     "FROM snapshots ORDER BY taken_at, id"));
    if (!q)
        return q.error();
    QList<SnapshotPoint> points;
    while (q->next()) {
        points.append(SnapshotPoint { Timestamp::fromIso(q->value(0).toString()), q->value(1).toInt(),
                                      q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong(),
                                      q->value(5).toLongLong(), q->value(6).toDouble() });
    }
    return points;
}

Result<QList<SnapshotPoint>> SnapshotRepository::identity(qint64 identityId) const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral(
            "SELECT s.taken_at, i.granted, i.used, i.unused, i.out_of_scope, i.trust_debt FROM identity_snapshots i "
            "JOIN snapshots s ON s.id = i.snapshot_id WHERE i.identity_id = ? ORDER BY s.taken_at, s.id"),
        { identityId });
    if (!q)
        return q.error();
    QList<SnapshotPoint> points;
    while (q->next()) {
        points.append(SnapshotPoint { Timestamp::fromIso(q->value(0).toString()), 1, q->value(1).toLongLong(),
                                      q->value(2).toLongLong(), q->value(3).toLongLong(), q->value(4).toLongLong(),
                                      q->value(5).toDouble() });
    }
    return points;
}

Result<QList<DebtBucket>> SnapshotRepository::debtDistribution(int bucketWidth) const
{
    const int width = std::max(1, bucketWidth);
    QList<DebtBucket> buckets;
    for (int from = 0; from < 100; from += width)
        buckets.append(DebtBucket { from, std::min(100, from + width), 0 });
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT trust_debt FROM identities WHERE trust_debt IS NOT NULL"));
    if (!q)
        return q.error();
    while (q->next()) {
        // 100 belongs to the last bucket.
        const int index = std::min(int(buckets.size()) - 1, int(q->value(0).toDouble()) / width);
        ++buckets[index].identities;
    }
    return buckets;
}

} // namespace recertify
