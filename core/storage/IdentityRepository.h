#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/domain/LifecycleEvent.h"
#include "core/domain/UsageRecord.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityQuery.h"

#include <QList>

namespace recertify {

/** Reads identities and what hangs off them; hands out value types only. */
class IdentityRepository
{
public:
    explicit IdentityRepository(DatabasePtr database)
        : m_database(std::move(database))
    {
    }

    [[nodiscard]] Result<int> count(const IdentityQuery& query) const;
    /** One page in the query's order; cheap at any table size thanks to the indexes. */
    [[nodiscard]] Result<QList<Identity>> page(const IdentityQuery& query, int offset, int limit) const;
    [[nodiscard]] Result<Identity> byId(qint64 id) const;
    /** Finds by numeric id, else by native id (unique per source; the first match across sources). */
    [[nodiscard]] Result<Identity> find(const QString& idOrNativeId) const;
    [[nodiscard]] Result<InventoryStats> stats() const;
    [[nodiscard]] Result<QStringList> sources() const;

    [[nodiscard]] Result<QList<Credential>> credentials(qint64 identityId) const;
    [[nodiscard]] Result<QList<Grant>> grants(qint64 identityId) const;
    [[nodiscard]] Result<QList<UsageRecord>> usage(qint64 identityId) const;
    [[nodiscard]] Result<QList<LifecycleEvent>> lifecycle(qint64 identityId) const;
    /** The other names its source's inputs give it (an IAM user's ARN, an App's slug), in order. */
    [[nodiscard]] Result<QStringList> aliases(qint64 identityId) const;
    [[nodiscard]] Result<QList<Identity>> children(qint64 identityId) const;
    /** Ids of the identities this one delegated to (its sub-agents), for the blast radius. */
    [[nodiscard]] Result<QList<qint64>> delegateIds(qint64 identityId) const;
    /** Ids of the roles this identity may assume (sts:AssumeRole granted on their ARN). */
    [[nodiscard]] Result<QList<qint64>> assumableIds(qint64 identityId) const;
    /** How many identities the store holds, on the caller's connection. */
    [[nodiscard]] static Result<int> countAll(const QSqlDatabase& db);

private:
    QString whereClause(const IdentityQuery& query, QVariantList* binds) const;

    DatabasePtr m_database;
};

} // namespace recertify
