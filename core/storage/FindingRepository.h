#pragma once

#include "Database.h"
#include "domain/Finding.h"

#include <functional>

namespace recertify {

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
    [[nodiscard]] Status forEachOpen(const std::function<void(const Finding&, const QString& nativeId, const QString& name)>& visit) const;

private:
    DatabasePtr m_database;
};

} // namespace recertify
