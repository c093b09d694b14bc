#include "core/storage/SourceRepository.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QJsonDocument>

namespace recertify {

Result<QList<SourceConfig>> SourceRepository::all() const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral(
            "SELECT id, name, kind, base_url, secret_key_name, config_json, created_at FROM sources ORDER BY name"));
    if (!q)
        return q.error();
    QList<SourceConfig> sources;
    while (q->next()) {
        SourceConfig s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.kind = q->value(2).toString();
        s.baseUrl = q->value(3).toString();
        s.secretKeyName = q->value(4).toString();
        s.config = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        s.createdAt = Timestamp::fromIso(q->value(6).toString());
        sources.append(s);
    }
    return sources;
}

Result<qint64> SourceRepository::save(const SourceConfig& s, const QDateTime& now)
{
    qint64 id = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO sources (name, kind, base_url, secret_key_name, config_json, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                           "base_url = excluded.base_url, secret_key_name = excluded.secret_key_name, "
                           "config_json = excluded.config_json RETURNING id"),
            { s.name, s.kind, s.baseUrl, s.secretKeyName,
              QString::fromUtf8(QJsonDocument(s.config).toJson(QJsonDocument::Compact)), Timestamp::toIso(now) });
        if (!q)
            return q.error();
        id = q->next() ? q->value(0).toLongLong() : 0;
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status SourceRepository::remove(qint64 id)
{
    auto q = sql::run(m_database->connection(), QStringLiteral("DELETE FROM sources WHERE id = ?"), { id });
    return q ? Status() : Status(q.error());
}

} // namespace recertify
