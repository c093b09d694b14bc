#include "core/storage/IdentityRepository.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace recertify {

namespace {

const QString kSelectColumns = QStringLiteral(
    "i.id, i.source, i.native_id, i.kind, i.display_name, i.business_owner, i.technical_owner, i.status, "
    "i.enabled, i.discovered_from_activity, i.created_at, i.last_used_at, i.purpose, i.declared_scope, "
    "i.retirement_condition, i.expires_at, i.parent_id, i.trust_debt, "
    "(SELECT COUNT(*) FROM credentials c WHERE c.identity_id = i.id), "
    "(SELECT COUNT(*) FROM grants g WHERE g.identity_id = i.id), "
    "(CASE WHEN p.active = 0 THEN 1 ELSE 0 END)");

const QString kFrom = QStringLiteral(" FROM identities i LEFT JOIN people p ON p.email = i.business_owner");

Identity readIdentity(const QSqlQuery& q)
{
    Identity identity;
    identity.id = q.value(0).toLongLong();
    identity.source = q.value(1).toString();
    identity.nativeId = q.value(2).toString();
    identity.kind = q.value(3).toString();
    identity.displayName = q.value(4).toString();
    identity.businessOwner = q.value(5).toString();
    identity.technicalOwner = q.value(6).toString();
    identity.status = q.value(7).toString();
    identity.enabled = q.value(8).toInt() != 0;
    identity.discoveredFromActivity = q.value(9).toInt() != 0;
    identity.createdAt = Timestamp::fromIso(q.value(10).toString());
    identity.lastUsedAt = Timestamp::fromIso(q.value(11).toString());
    identity.purpose = q.value(12).toString();
    const QString scope = q.value(13).toString();
    identity.declaredScope = scope.isEmpty() ? QStringList() : scope.split(u'\n');
    identity.retirementCondition = q.value(14).toString();
    identity.expiresAt = Timestamp::fromIso(q.value(15).toString());
    identity.parentId = q.value(16).toLongLong();
    identity.trustDebt = q.value(17).isNull() ? -1.0 : q.value(17).toDouble();
    identity.credentialCount = q.value(18).toInt();
    identity.grantCount = q.value(19).toInt();
    identity.ownerInactive = q.value(20).toInt() != 0;
    return identity;
}

QString orderBy(const IdentityQuery& query)
{
    // Each order matches an index (see Migrations), so the first page of 100k rows needs no sort.
    // Grouping columns break ties by name; nullable ones put unknown values last on both engines.
    QString column;
    bool grouping = false;
    bool nullable = false;
    switch (query.sortKey) {
    case IdentityQuery::SortKey::DisplayName:
        column = QStringLiteral("i.display_name");
        break;
    case IdentityQuery::SortKey::Kind:
        column = QStringLiteral("i.kind");
        grouping = true;
        break;
    case IdentityQuery::SortKey::Source:
        column = QStringLiteral("i.source");
        grouping = true;
        break;
    case IdentityQuery::SortKey::Status:
        column = QStringLiteral("i.status");
        grouping = true;
        break;
    case IdentityQuery::SortKey::BusinessOwner:
        column = QStringLiteral("i.business_owner");
        nullable = true;
        break;
    case IdentityQuery::SortKey::CreatedAt:
        column = QStringLiteral("i.created_at");
        nullable = true;
        break;
    case IdentityQuery::SortKey::LastUsedAt:
        column = QStringLiteral("i.last_used_at");
        nullable = true;
        break;
    case IdentityQuery::SortKey::TrustDebt:
        column = QStringLiteral("i.trust_debt");
        nullable = true;
        break;
    }
    const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order = QStringLiteral(" ORDER BY ") + column + direction;
    if (nullable)
        order += QStringLiteral(" NULLS LAST");
    if (grouping)
        order += QStringLiteral(", i.display_name") + direction;
    return order + QStringLiteral(", i.id") + direction;
}

template <typename T, typename Reader>
Result<QList<T>> readAll(const QSqlDatabase& db, const QString& statement, qint64 id, Reader reader)
{
    auto q = sql::run(db, statement, { id });
    if (!q)
        return q.error();
    QList<T> rows;
    while (q->next())
        rows.append(reader(q.value()));
    return rows;
}

} // namespace

QString IdentityRepository::whereClause(const IdentityQuery& query, QVariantList* binds) const
{
    QStringList conditions;
    if (!query.text.isEmpty()) {
        const QString like = m_database->dialect().caseInsensitiveLike();
        QString pattern = query.text;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        conditions << QStringLiteral("(i.display_name %1 ? ESCAPE '\\' OR i.native_id %1 ? ESCAPE '\\' "
                                     "OR i.business_owner %1 ? ESCAPE '\\')")
                          .arg(like);
        *binds << pattern << pattern << pattern;
    }
    if (!query.kind.isEmpty()) {
        conditions << QStringLiteral("i.kind = ?");
        *binds << query.kind;
    }
    if (!query.source.isEmpty()) {
        conditions << QStringLiteral("i.source = ?");
        *binds << query.source;
    }
    if (query.orphanedOnly)
        conditions << QStringLiteral("(i.business_owner IS NULL OR p.email IS NULL OR p.active = 0)");
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<int> IdentityRepository::count(const IdentityQuery& query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    // The people join only matters when a condition reads it.
    const QString from = query.orphanedOnly ? kFrom : QStringLiteral(" FROM identities i");
    auto q = sql::runList(m_database->connection(), QStringLiteral("SELECT COUNT(*)") + from + where, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<Identity>> IdentityRepository::page(const IdentityQuery& query, int offset, int limit) const
{
    QVariantList binds;
    const QString statement = QStringLiteral("SELECT ") + kSelectColumns + kFrom + whereClause(query, &binds)
        + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
    auto q = sql::runList(m_database->connection(), statement, binds);
    if (!q)
        return q.error();
    QList<Identity> rows;
    rows.reserve(limit);
    while (q->next())
        rows.append(readIdentity(q.value()));
    return rows;
}

Result<Identity> IdentityRepository::byId(qint64 id) const
{
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT ") + kSelectColumns + kFrom + QStringLiteral(" WHERE i.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QCoreApplication::translate("IdentityRepository", "No identity with id %1").arg(id));
    return readIdentity(q.value());
}

Result<Identity> IdentityRepository::find(const QString& idOrNativeId) const
{
    bool numeric = false;
    const qint64 id = idOrNativeId.toLongLong(&numeric);
    if (numeric && id > 0) {
        auto found = byId(id);
        if (found)
            return found;
    }
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT ") + kSelectColumns + kFrom
                          + QStringLiteral(" WHERE i.native_id = ? ORDER BY i.id LIMIT 1"),
                      { idOrNativeId });
    if (!q)
        return q.error();
    if (q->next())
        return readIdentity(q.value());
    q->finish();
    // Last, a display name, when exactly one identity carries it.
    auto byName = sql::run(m_database->connection(),
                           QStringLiteral("SELECT ") + kSelectColumns + kFrom
                               + QStringLiteral(" WHERE i.display_name = ? ORDER BY i.id LIMIT 2"),
                           { idOrNativeId });
    if (!byName)
        return byName.error();
    if (byName->next()) {
        Identity found = readIdentity(byName.value());
        if (!byName->next())
            return found;
        return makeError(QCoreApplication::translate("IdentityRepository",
                                                     "Several identities are called \"%1\"; use the id or native id")
                             .arg(idOrNativeId));
    }
    return makeError(QCoreApplication::translate("IdentityRepository", "No identity with id, native id or name \"%1\"")
                         .arg(idOrNativeId));
}

Result<InventoryStats> IdentityRepository::stats() const
{
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT COUNT(*), "
                                     "SUM(CASE WHEN i.kind = 'ai-agent' THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN i.business_owner IS NULL THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN p.active = 0 THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN i.enabled = 0 THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN i.discovered_from_activity = 1 THEN 1 ELSE 0 END)")
                          + kFrom);
    if (!q)
        return q.error();
    InventoryStats stats;
    if (q->next()) {
        stats.identities = q->value(0).toInt();
        stats.aiAgents = q->value(1).toInt();
        stats.withoutOwner = q->value(2).toInt();
        stats.ownerDeparted = q->value(3).toInt();
        stats.disabled = q->value(4).toInt();
        stats.shadow = q->value(5).toInt();
    }
    return stats;
}

Result<QStringList> IdentityRepository::sources() const
{
    auto q
        = sql::run(m_database->connection(), QStringLiteral("SELECT DISTINCT source FROM identities ORDER BY source"));
    if (!q)
        return q.error();
    QStringList sources;
    while (q->next())
        sources << q->value(0).toString();
    return sources;
}

Result<QList<Credential>> IdentityRepository::credentials(qint64 identityId) const
{
    return readAll<Credential>(
        m_database->connection(),
        QStringLiteral("SELECT id, identity_id, credential_id, type, created_at, expires_at, last_used_at, enabled "
                       "FROM credentials WHERE identity_id = ? ORDER BY created_at, id"),
        identityId, [](const QSqlQuery& q) {
            Credential c;
            c.id = q.value(0).toLongLong();
            c.identityId = q.value(1).toLongLong();
            c.credentialId = q.value(2).toString();
            c.type = q.value(3).toString();
            c.createdAt = Timestamp::fromIso(q.value(4).toString());
            c.expiresAt = Timestamp::fromIso(q.value(5).toString());
            c.lastUsedAt = Timestamp::fromIso(q.value(6).toString());
            c.enabled = q.value(7).toInt() != 0;
            return c;
        });
}

Result<QStringList> IdentityRepository::aliases(qint64 identityId) const
{
    auto all
        = readAll<QString>(m_database->connection(),
                           QStringLiteral("SELECT alias FROM identity_aliases WHERE identity_id = ? ORDER BY alias"),
                           identityId, [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!all)
        return all.error();
    return QStringList(all.value());
}

Result<QList<Grant>> IdentityRepository::grants(qint64 identityId) const
{
    return readAll<Grant>(m_database->connection(),
                          QStringLiteral("SELECT id, identity_id, permission, resource_scope, granted_via, granted_at "
                                         "FROM grants WHERE identity_id = ? ORDER BY permission, id"),
                          identityId, [](const QSqlQuery& q) {
                              Grant g;
                              g.id = q.value(0).toLongLong();
                              g.identityId = q.value(1).toLongLong();
                              g.permission = q.value(2).toString();
                              g.resourceScope = q.value(3).toString();
                              g.grantedVia = q.value(4).toString();
                              g.grantedAt = Timestamp::fromIso(q.value(5).toString());
                              return g;
                          });
}

Result<QList<UsageRecord>> IdentityRepository::usage(qint64 identityId) const
{
    return readAll<UsageRecord>(
        m_database->connection(),
        QStringLiteral("SELECT identity_id, action, day, outcome, count, last_seen FROM usage_daily "
                       "WHERE identity_id = ? ORDER BY day DESC, action"),
        identityId, [](const QSqlQuery& q) {
            UsageRecord u;
            u.identityId = q.value(0).toLongLong();
            u.action = q.value(1).toString();
            u.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            u.outcome = q.value(3).toString();
            u.count = q.value(4).toLongLong();
            u.lastSeen = Timestamp::fromIso(q.value(5).toString());
            return u;
        });
}

Result<QList<LifecycleEvent>> IdentityRepository::lifecycle(qint64 identityId) const
{
    return readAll<LifecycleEvent>(
        m_database->connection(),
        QStringLiteral("SELECT id, identity_id, at, from_state, to_state, actor, reason FROM lifecycle_events "
                       "WHERE identity_id = ? ORDER BY at, id"),
        identityId, [](const QSqlQuery& q) {
            LifecycleEvent e;
            e.id = q.value(0).toLongLong();
            e.identityId = q.value(1).toLongLong();
            e.at = Timestamp::fromIso(q.value(2).toString());
            e.fromState = q.value(3).toString();
            e.toState = q.value(4).toString();
            e.actor = q.value(5).toString();
            e.reason = q.value(6).toString();
            return e;
        });
}

Result<QList<Identity>> IdentityRepository::children(qint64 identityId) const
{
    return readAll<Identity>(m_database->connection(),
                             QStringLiteral("SELECT ") + kSelectColumns + kFrom
                                 + QStringLiteral(" WHERE i.parent_id = ? ORDER BY i.display_name"),
                             identityId, [](const QSqlQuery& q) { return readIdentity(q); });
}

namespace {

Result<QList<qint64>> ids(const QSqlDatabase& db, const QString& statement, qint64 identityId)
{
    auto q = sql::run(db, statement, { identityId });
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

} // namespace

Result<QList<qint64>> IdentityRepository::delegateIds(qint64 identityId) const
{
    return ids(m_database->connection(), QStringLiteral("SELECT id FROM identities WHERE parent_id = ?"), identityId);
}

Result<QList<qint64>> IdentityRepository::assumableIds(qint64 identityId) const
{
    return ids(
        m_database->connection(),
        QStringLiteral("SELECT DISTINCT a.identity_id FROM grants g JOIN identity_aliases a ON a.alias = "
                       "g.resource_scope WHERE g.identity_id = ? AND g.permission IN ('sts:AssumeRole', 'sts:*')"),
        identityId);
}

Result<int> IdentityRepository::countAll(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM identities"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace recertify
