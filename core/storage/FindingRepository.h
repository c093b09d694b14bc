#pragma once

#include "core/domain/Finding.h"
#include "core/storage/Database.h"

#include <functional>

namespace recertify {

/** What the findings list asks for. */
struct FindingQuery
{
    QString type; ///< empty for all
    QString severity; ///< empty for all
    QString text; ///< matches the identity's name or the detail
};

/** One row of the estate's findings list. */
struct FindingRow
{
    Finding finding;
    QString displayName;
    QString kind;
};

/** Reads open findings; the AnalysisService writes them. */
class FindingRepository
{
public:
    explicit FindingRepository(DatabasePtr database)
        : m_database(std::move(database))
    {
    }

    [[nodiscard]] Result<QList<Finding>> openFor(qint64 identityId) const;
    /** Streams every open finding in identity order, with the identity's native id and name. */
    [[nodiscard]] Status
    forEachOpen(const std::function<void(const Finding&, const QString& nativeId, const QString& name)>& visit) const;

    /** Paged, most severe first, then by identity: the findings list loads as it scrolls. */
    [[nodiscard]] Result<QList<FindingRow>> page(const FindingQuery& query, int offset, int limit) const;
    [[nodiscard]] Result<int> count(const FindingQuery& query) const;

private:
    QString where(const FindingQuery& query, QVariantList* binds) const;

    DatabasePtr m_database;
};

} // namespace recertify
