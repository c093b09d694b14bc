#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <QList>

namespace recertify {

/** Drift and trust debt at one point in time, for the estate or one identity. */
struct SnapshotPoint
{
    QDateTime takenAt;
    int identities = 0;
    qint64 granted = 0;
    qint64 used = 0;
    qint64 unused = 0;
    qint64 outOfScope = 0;
    double trustDebt = 0;
};

/** One bar of the trust-debt distribution: identities whose score falls in [from, to). */
struct DebtBucket
{
    int from = 0;
    int to = 0;
    int identities = 0;
};

class SnapshotRepository
{
public:
    explicit SnapshotRepository(DatabasePtr database)
        : m_database(std::move(database))
    {
    }

    [[nodiscard]] Result<QList<SnapshotPoint>> estate() const;
    /** Only the snapshots where the identity changed; a chart holds each value until the next. */
    [[nodiscard]] Result<QList<SnapshotPoint>> identity(qint64 identityId) const;
    [[nodiscard]] Result<QList<DebtBucket>> debtDistribution(int bucketWidth = 10) const;

private:
    DatabasePtr m_database;
};

} // namespace recertify
