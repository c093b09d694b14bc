#include "core/storage/SyncStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QSqlError>
#include <QSqlRecord>
#include <algorithm>

namespace recertify {

namespace {

Status ran(const Result<QSqlQuery>& q)
{
    return q ? Status() : Status(q.error());
}

// A grantedVia named whole (a policy ARN: also " when …" or " within boundary …" after it, never a longer ARN), or by
// how it begins when it ends in '*' ("clusterrolebinding/NAME -> *"). One condition for a list of them.
std::pair<QString, QVariantList> viaCondition(const QStringList& vias)
{
    QStringList terms;
    QVariantList values;
    for (const QString& via : vias) {
        if (via.endsWith(u'*')) {
            const QString prefix = via.chopped(1);
            if (prefix.isEmpty())
                continue; // never everything
            terms << QStringLiteral("substr(granted_via, 1, ?) = ?");
            values << int(prefix.size()) << prefix;
        } else if (!via.isEmpty()) {
            terms << QStringLiteral("granted_via = ? OR substr(granted_via, 1, ?) = ?");
            values << via << int(via.size()) + 1 << QString(via + u' ');
        }
    }
    if (terms.isEmpty())
        return { QStringLiteral("1 = 0"), {} };
    return { u'(' + terms.join(QStringLiteral(") OR (")).prepend(u'(') + QStringLiteral("))"), values };
}

} // namespace

Result<QList<SourcedIdentity>> SyncStore::identitiesOf(const QString& source) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT id, native_id, source_fingerprint, status, discovered_from_activity, source_scope "
                       "FROM identities WHERE source = ?"),
        { source });
    if (!q)
        return q.error();
    QList<SourcedIdentity> out;
    while (q->next()) {
        out.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt() != 0, q->value(5).toString() });
    }
    return out;
}

Result<QList<std::pair<QString, qint64>>> SyncStore::aliasesOf(const QString& source) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT alias, identity_id FROM identity_aliases WHERE source = ?"),
                      { source });
    if (!q)
        return q.error();
    QList<std::pair<QString, qint64>> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toLongLong() });
    return out;
}

Status SyncStore::setSourceState(qint64 id, const QString& fingerprint, const QString& scope)
{
    return ran(sql::run(m_db,
                        QStringLiteral("UPDATE identities SET source_fingerprint = ?, source_scope = ? WHERE id = ?"),
                        { fingerprint, sql::nullableText(scope), id }));
}

Status SyncStore::setScope(qint64 id, const QString& scope)
{
    return ran(sql::run(m_db, QStringLiteral("UPDATE identities SET source_scope = ? WHERE id = ?"), { scope, id }));
}

Status SyncStore::setParent(qint64 id, qint64 parentId)
{
    return ran(sql::run(m_db,
                        QStringLiteral("UPDATE identities SET parent_id = ? WHERE id = ? AND "
                                       "(parent_id IS NULL OR parent_id <> ?)"),
                        { parentId, id, parentId }));
}

Status SyncStore::refresh(qint64 id, const Identity& i, bool enabledKnown, bool kindKnown, const QString& status,
                          const QString& fingerprint, const QString& scope, const QDateTime& now)
{
    // What the input does not say (when it was created, whether it is enabled, what kind it is) stays as stored.
    return ran(
        sql::run(m_db,
                 QStringLiteral(
                     "UPDATE identities SET kind = COALESCE(?, kind), display_name = COALESCE(?, display_name), "
                     "enabled = CASE WHEN ? = 1 THEN "
                     "? ELSE enabled "
                     "END, created_at = COALESCE(?, created_at), "
                     "last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < ? THEN ? ELSE last_used_at END, "
                     "business_owner = COALESCE(business_owner, ?), technical_owner = COALESCE(technical_owner, ?), "
                     "purpose = COALESCE(purpose, ?), expires_at = COALESCE(expires_at, ?), status = ?, "
                     "discovered_from_activity = 0, source_fingerprint = ?, source_scope = COALESCE(?, source_scope), "
                     "updated_at = ? WHERE id = ?"),
                 { kindKnown ? QVariant(i.kind) : sql::nullableText(QString()), sql::nullableText(i.displayName),
                   enabledKnown ? 1 : 0, i.enabled ? 1 : 0, sql::nullableTime(i.createdAt),
                   sql::nullableTime(i.lastUsedAt), sql::nullableTime(i.lastUsedAt), sql::nullableText(i.businessOwner),
                   sql::nullableText(i.technicalOwner), sql::nullableText(i.purpose), sql::nullableTime(i.expiresAt),
                   status, fingerprint, sql::nullableText(scope), Timestamp::toIso(now), id }));
}

Status SyncStore::clearCredentials(qint64 id)
{
    return ran(sql::run(m_db, QStringLiteral("DELETE FROM credentials WHERE identity_id = ?"), { id }));
}

Status SyncStore::clearCredentialsIn(qint64 id, const QStringList& listedIn)
{
    for (const QString& list : listedIn) {
        if (auto cleared = ran(sql::run(
                m_db, QStringLiteral("DELETE FROM credentials WHERE identity_id = ? AND listed_in = ?"), { id, list }));
            !cleared)
            return cleared;
    }
    return {};
}

Result<QString> SyncStore::stateOf(qint64 id) const
{
    QStringList rows;
    for (const char* select :
         { "SELECT kind, display_name, business_owner, technical_owner, status, enabled, created_at, last_used_at, "
           "purpose, declared_scope, retirement_condition, expires_at, parent_id, source_scope FROM identities WHERE "
           "id = ?",
           "SELECT permission, resource_scope, granted_via, granted_at FROM grants WHERE identity_id = ?",
           "SELECT credential_id, type, created_at, expires_at, last_used_at, enabled FROM credentials "
           "WHERE identity_id = ?" }) {
        auto q = sql::run(m_db, QString::fromLatin1(select), { id });
        if (!q)
            return q.error();
        QStringList part;
        const int columns = q->record().count();
        while (q->next()) {
            QStringList values;
            for (int c = 0; c < columns; ++c)
                values << (q->value(c).isNull() ? QStringLiteral("\x1a") : q->value(c).toString());
            part << values.join(u'\x1f');
        }
        part.sort(); // rows in no particular order
        rows << part.join(u'\x1e');
    }
    return rows.join(u'\x1d');
}

Result<QList<Credential>> SyncStore::credentialsOf(qint64 id) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT credential_id, type, created_at, expires_at, last_used_at, enabled, "
                                     "listed_in FROM credentials WHERE identity_id = ?"),
                      { id });
    if (!q)
        return q.error();
    QList<Credential> out;
    while (q->next()) {
        out.append(Credential { 0, id, q->value(0).toString(), q->value(1).toString(),
                                Timestamp::fromIso(q->value(2).toString()), Timestamp::fromIso(q->value(3).toString()),
                                Timestamp::fromIso(q->value(4).toString()), q->value(5).toInt() != 0,
                                q->value(6).toString() });
    }
    return out;
}

Status SyncStore::mergeCredential(const Credential& c)
{
    return ran(sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO credentials (identity_id, credential_id, type, created_at, expires_at, last_used_at, enabled, "
            "listed_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (identity_id, credential_id) DO UPDATE SET "
            "type = excluded.type, listed_in = COALESCE(excluded.listed_in, credentials.listed_in), "
            "created_at = COALESCE(excluded.created_at, credentials.created_at), expires_at = excluded.expires_at, "
            "enabled = excluded.enabled, last_used_at = CASE WHEN excluded.last_used_at IS NULL OR "
            "(credentials.last_used_at IS NOT NULL AND credentials.last_used_at > excluded.last_used_at) "
            "THEN credentials.last_used_at ELSE excluded.last_used_at END"),
        { c.identityId, c.credentialId, c.type, sql::nullableTime(c.createdAt), sql::nullableTime(c.expiresAt),
          sql::nullableTime(c.lastUsedAt), c.enabled ? 1 : 0, sql::nullableText(c.listedIn) }));
}

Result<QHash<QString, QDateTime>> SyncStore::credentialSightings(qint64 id) const
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT credential_id, last_used_at FROM credential_sightings WHERE identity_id = ?"),
        { id });
    if (!q)
        return q.error();
    QHash<QString, QDateTime> out;
    while (q->next())
        out.insert(q->value(0).toString(), Timestamp::fromIso(q->value(1).toString()));
    return out;
}

Status SyncStore::setNativeId(qint64 id, const QString& nativeId, const QString& kind)
{
    return ran(sql::run(m_db,
                        QStringLiteral("UPDATE identities SET native_id = ?, kind = COALESCE(?, kind) WHERE id = ?"),
                        { nativeId, sql::nullableText(kind), id }));
}

Status SyncStore::clearGrants(qint64 id)
{
    return ran(sql::run(m_db, QStringLiteral("DELETE FROM grants WHERE identity_id = ?"), { id }));
}

Result<QList<qint64>> SyncStore::holdersOfGrantsVia(const QString& source, const QString& prefix) const
{
    const auto [condition, values] = viaCondition({ prefix });
    if (values.isEmpty())
        return QList<qint64>();
    auto q = sql::runList(m_db,
                          QStringLiteral("SELECT DISTINCT g.identity_id FROM grants g JOIN identities i ON i.id = "
                                         "g.identity_id WHERE i.source = ? AND ")
                              + condition,
                          QVariantList { source } + values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Status SyncStore::setFingerprint(qint64 id, const QString& fingerprint)
{
    return ran(sql::run(m_db, QStringLiteral("UPDATE identities SET source_fingerprint = ? WHERE id = ?"),
                        { fingerprint, id }));
}

Status SyncStore::nameIfNamedById(qint64 id, const QString& name)
{
    return ran(sql::run(
        m_db, QStringLiteral("UPDATE identities SET display_name = ? WHERE id = ? AND display_name = native_id"),
        { name, id }));
}

Status SyncStore::forgetFingerprint(qint64 id)
{
    return ran(sql::run(m_db, QStringLiteral("UPDATE identities SET source_fingerprint = '' WHERE id = ?"), { id }));
}

Status SyncStore::clearGrantsVia(qint64 id, const QStringList& vias)
{
    const auto [condition, values] = viaCondition(vias);
    if (values.isEmpty())
        return {};
    return ran(sql::runList(m_db, QStringLiteral("DELETE FROM grants WHERE identity_id = ? AND ") + condition,
                            QVariantList { id } + values));
}

Status SyncStore::clearGrantsExcept(qint64 id, const QStringList& kept)
{
    const auto [condition, values] = viaCondition(kept);
    return ran(sql::runList(m_db, QStringLiteral("DELETE FROM grants WHERE identity_id = ? AND NOT ") + condition,
                            QVariantList { id } + values));
}

Result<SyncStore::HeldKeys> SyncStore::heldKeysOf(qint64 id)
{
    if (!m_held) {
        auto prepared = sql::prepare(
            m_db,
            QStringLiteral("SELECT 'n', display_name, CASE WHEN enabled = 0 THEN '0' ELSE '1' END FROM identities "
                           "WHERE id = ? UNION ALL "
                           "SELECT 'g', permission, resource_scope FROM grants WHERE identity_id = ? UNION ALL "
                           "SELECT 'c', type, credential_id FROM credentials WHERE identity_id = ?"));
        if (!prepared)
            return prepared.error();
        m_held.emplace(std::move(prepared.value()));
    }
    QSqlQuery& q = *m_held;
    if (auto ran = sql::exec(q, { id, id, id }); !ran)
        return ran.error();
    HeldKeys held;
    while (q.next()) {
        const QString what = q.value(0).toString();
        if (what == QLatin1String("n")) {
            held.name = q.value(1).toString();
            held.enabled = q.value(2).toString() != QLatin1String("0");
        } else {
            (what == QLatin1String("g") ? held.grants : held.credentials)
                .insert({ q.value(1).toString(), q.value(2).toString() });
        }
    }
    q.finish();
    return held;
}

Result<bool> SyncStore::hasGrantsVia(qint64 id, const QString& via) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT 1 FROM grants WHERE identity_id = ? AND granted_via = ? LIMIT 1"),
                      { id, via });
    if (!q)
        return q.error();
    return q->next();
}

Result<QList<Grant>> SyncStore::resolvedGrantsVia(const QString& source, const QString& via) const
{
    auto q
        = sql::run(m_db,
                   QStringLiteral("SELECT DISTINCT g.permission, g.resource_scope, MIN(g.granted_at) FROM grants g "
                                  "JOIN identities i ON i.id = g.identity_id WHERE i.source = ? AND g.granted_via = ? "
                                  "AND substr(g.resource_scope, 1, 10) <> 'unresolved' "
                                  "GROUP BY g.permission, g.resource_scope ORDER BY 1, 2"),
                   { source, via });
    if (!q)
        return q.error();
    QList<Grant> grants;
    while (q->next()) {
        grants << Grant {
            0, 0, q->value(0).toString(), q->value(1).toString(), via, Timestamp::fromIso(q->value(2).toString())
        };
    }
    return grants;
}

Status SyncStore::putAlias(const QString& source, const QString& alias, qint64 id)
{
    return ran(sql::run(m_db,
                        QStringLiteral("INSERT INTO identity_aliases (source, alias, identity_id) VALUES (?, ?, ?) "
                                       "ON CONFLICT (source, alias) DO UPDATE SET identity_id = excluded.identity_id"),
                        { source, alias, id }));
}

Status SyncStore::retire(qint64 id, const QString& retiredState, const QDateTime& now)
{
    return ran(sql::run(m_db,
                        QStringLiteral("UPDATE identities SET status = ?, enabled = 0, updated_at = ? WHERE id = ?"),
                        { retiredState, Timestamp::toIso(now), id }));
}

Status SyncStore::addCoverage(const QString& source, const QString& scope, const QString& day)
{
    return ran(sql::run(
        m_db,
        QStringLiteral("INSERT INTO activity_coverage (source, scope, day) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
        { source, scope, day }));
}

Status SyncStore::forgetSeenBefore(qint64 day)
{
    return ran(sql::run(m_db, QStringLiteral("DELETE FROM activity_seen WHERE recorded < ?"), { day }));
}

Result<std::vector<quint64>> SyncStore::recordSeen(const std::vector<quint64>& keys, qint64 day)
{
    constexpr size_t kRowsPerStatement = 500;
    std::vector<quint64> fresh;
    for (size_t start = 0; start < keys.size(); start += kRowsPerStatement) {
        const size_t end = std::min(keys.size(), start + kRowsPerStatement);
        const qsizetype rows = qsizetype(end - start);
        const QString statement = QStringLiteral("INSERT INTO activity_seen (event_key, recorded) VALUES ")
            + QStringList(rows, QStringLiteral("(?, ?)")).join(u',')
            + QStringLiteral(" ON CONFLICT DO NOTHING RETURNING event_key");
        std::optional<BulkStatement> partial;
        if (size_t(rows) == kRowsPerStatement && !m_fullSeenBatch) {
            auto prepared = BulkStatement::prepare(m_db, statement);
            if (!prepared)
                return prepared.error();
            m_fullSeenBatch.emplace(std::move(prepared.value()));
        } else if (size_t(rows) != kRowsPerStatement) {
            auto prepared = BulkStatement::prepare(m_db, statement);
            if (!prepared)
                return prepared.error();
            partial.emplace(std::move(prepared.value()));
        }
        BulkStatement& insert = partial ? *partial : *m_fullSeenBatch;
        QVariantList values;
        values.reserve(rows * 2);
        for (size_t i = start; i < end; ++i)
            values << qint64(keys[i]) << day;
        if (auto status = insert.execList(values, [&fresh](qint64 key) { fresh.push_back(quint64(key)); }); !status)
            return status.error();
    }
    std::sort(fresh.begin(), fresh.end());
    return fresh;
}

Result<QDateTime> SyncStore::lastSeenOf(qint64 id) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT MAX(last_seen) FROM usage_daily WHERE identity_id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? Timestamp::fromIso(q->value(0).toString()) : QDateTime();
}

Status SyncStore::raiseLastUsed(qint64 id, const QDateTime& at)
{
    const QString iso = Timestamp::toIso(at);
    return ran(sql::run(
        m_db,
        QStringLiteral(
            "UPDATE identities SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)"),
        { iso, id, iso }));
}

Status SyncStore::raiseCredentialLastUsed(qint64 id, const QString& credentialId, const QDateTime& at)
{
    const QString iso = Timestamp::toIso(at);
    const Status raised
        = ran(sql::run(m_db,
                       QStringLiteral("UPDATE credentials SET last_used_at = ? WHERE identity_id = ? AND credential_id "
                                      "= ? AND (last_used_at IS NULL OR last_used_at < ?)"),
                       { iso, id, credentialId, iso }));
    if (!raised)
        return raised;
    // Kept for a credential no inventory has listed yet (credentialSightings reads it).
    return ran(sql::run(m_db,
                        QStringLiteral("INSERT INTO credential_sightings (identity_id, credential_id, last_used_at) "
                                       "VALUES (?, ?, ?) ON CONFLICT (identity_id, credential_id) DO UPDATE SET "
                                       "last_used_at = CASE WHEN credential_sightings.last_used_at > "
                                       "excluded.last_used_at THEN credential_sightings.last_used_at ELSE "
                                       "excluded.last_used_at END"),
                        { id, credentialId, iso }));
}

} // namespace recertify
