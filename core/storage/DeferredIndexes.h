#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace recertify {

/**
 * Drops a table's secondary indexes for a bulk load into it and builds them again afterwards,
 * inside the caller's transaction (both engines roll DDL back with the rest). Building an index
 * once from sorted rows takes a fraction of a second; keeping nine of them up to date row by row
 * while a hundred thousand identities go in costs seconds, as the pages of each index are
 * visited in random order. Unique indexes stay: upserts and conflicts still need them. For a store nobody else
 * reads meanwhile: on PostgreSQL dropping an index locks its table until the end and needs its owner.
 */
class DeferredIndexes
{
public:
    /** Reads each table's secondary index definitions from the store itself and drops them. */
    [[nodiscard]] static Result<DeferredIndexes> drop(const QSqlDatabase& transaction, const QStringList& tables);

    /** Creates the dropped indexes again, as they were defined. */
    [[nodiscard]] Status restore();

    const QStringList& definitions() const { return m_definitions; }

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};

} // namespace recertify
