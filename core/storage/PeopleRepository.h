#pragma once

#include "core/domain/Person.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QList>

namespace recertify {

/** The people directory as stored: who is who, who reports to whom, who has left. */
class PeopleRepository
{
public:
    explicit PeopleRepository(DatabasePtr database)
        : m_database(std::move(database))
    {
    }

    /** Everyone, by name. */
    [[nodiscard]] Result<QList<Person>> all() const;
    /** The people whose manager is the given person, by email. */
    [[nodiscard]] Result<QStringList> reportsOf(const QString& manager) const;

private:
    DatabasePtr m_database;
};

} // namespace recertify
