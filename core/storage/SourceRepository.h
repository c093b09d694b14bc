#pragma once

#include "core/domain/SourceConfig.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace recertify {

class SourceRepository
{
public:
    explicit SourceRepository(DatabasePtr database)
        : m_database(std::move(database))
    {
    }

    [[nodiscard]] Result<QList<SourceConfig>> all() const;
    /** Adds or replaces (by name). */
    [[nodiscard]] Result<qint64> save(const SourceConfig& source, const QDateTime& now);
    [[nodiscard]] Status remove(qint64 id);

private:
    DatabasePtr m_database;
};

} // namespace recertify
