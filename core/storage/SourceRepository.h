#pragma once

#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace recertify {

/** A live source as configured: where it is and the keychain entry of its secret (never the secret). */
struct SourceConfig
{
    qint64 id = 0;
    QString name;      ///< unique, shown to people ("Contoso tenant")
    QString kind;      ///< entra
    QString baseUrl;
    QString secretKeyName;
    QJsonObject config; ///< tenant, clientId, tokenUrl…
    QDateTime createdAt;
};

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
