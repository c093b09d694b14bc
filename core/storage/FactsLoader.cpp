#include "core/storage/FactsLoader.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QSqlQuery>

namespace recertify {

Result<QHash<QString, bool>> FactsLoader::people(const QSqlDatabase& db)
{
    QHash<QString, bool> people;
    auto directory = sql::run(db, QStringLiteral("SELECT email, active FROM people"));
    if (!directory)
        return directory.error();
    while (directory->next())
        people.insert(directory->value(0).toString(), directory->value(1).toInt() != 0);
    return people;
}

QString FactsLoader::findingKey(const QString& type, const QString& subject)
{
    return type + u'\x1f' + subject;
}

Result<ActivityCoverage> FactsLoader::coverage(const QSqlDatabase& db, const QDate& windowStart)
{
    ActivityCoverage c;
    const QString from = windowStart.toString(Qt::ISODate);
    auto rows
        = sql::run(db, QStringLiteral("SELECT source, scope, day FROM activity_coverage WHERE day >= ?"), { from });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString source = rows->value(0).toString();
        const QString scope = rows->value(1).toString();
        const QString day = rows->value(2).toString();
        c.bySource[source].insert(day);
        if (source == QLatin1String("aws") && scope.startsWith(QLatin1String("account:"))) {
            const QString account = scope.mid(8).section(u'/', 0, 0);
            c.byAwsAccount[account].insert(day);
            if (const QString region = scope.mid(8).section(u'/', 1, 1); !region.isEmpty())
                c.awsRegions[account].insert(region);
        }
    }
    // Usage recorded by any means (older stores, the demo estate) shows its source was observed too.
    auto usage = sql::run(
        db,
        QStringLiteral("SELECT DISTINCT i.source, u.day FROM usage_daily u JOIN identities i ON i.id = u.identity_id "
                       "WHERE u.day >= ?"),
        { from });
    if (!usage)
        return usage.error();
    while (usage->next())
        c.bySource[usage->value(0).toString()].insert(usage->value(1).toString());
    return c;
}

Status FactsLoader::load(const QSqlDatabase& db, qint64 after, qint64 only, const QDate& windowStart,
                         const QHash<QString, bool>& people, FactsBatch* batch, const ActivityCoverage* coverage)
{
    const QString columns = QStringLiteral(
        "SELECT id, source, native_id, kind, display_name, business_owner, status, enabled, created_at, "
        "last_used_at, purpose, declared_scope, retirement_condition, expires_at, last_certified_at, "
        "certified_grants, granted_count, used_count, unused_count, out_of_scope_count, trust_debt, "
        "technical_owner, source_scope, ownership_until, scope_until, need_until FROM identities ");
    auto ids = only
        ? sql::run(db, columns + QStringLiteral("WHERE id = ? AND id > ?"), { only, after })
        : sql::run(db, columns + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), { after, FactsLoader::kBatch });
    if (!ids)
        return ids.error();
    while (ids->next()) {
        IdentityFacts f;
        Identity& i = f.identity;
        i.id = ids->value(0).toLongLong();
        i.source = ids->value(1).toString();
        i.nativeId = ids->value(2).toString();
        i.kind = ids->value(3).toString();
        i.displayName = ids->value(4).toString();
        i.businessOwner = ids->value(5).toString();
        i.technicalOwner = ids->value(21).toString();
        i.status = ids->value(6).toString();
        i.enabled = ids->value(7).toInt() != 0;
        i.createdAt = Timestamp::fromIso(ids->value(8).toString());
        i.lastUsedAt = Timestamp::fromIso(ids->value(9).toString());
        i.purpose = ids->value(10).toString();
        const QString scope = ids->value(11).toString();
        i.declaredScope = scope.isEmpty() ? QStringList() : scope.split(u'\n');
        i.retirementCondition = ids->value(12).toString();
        i.expiresAt = Timestamp::fromIso(ids->value(13).toString());
        f.lastCertifiedAt = Timestamp::fromIso(ids->value(14).toString());
        f.ownershipUntil = Timestamp::fromIso(ids->value(23).toString());
        f.scopeUntil = Timestamp::fromIso(ids->value(24).toString());
        f.needUntil = Timestamp::fromIso(ids->value(25).toString());
        const QString certified = ids->value(15).toString();
        f.certifiedGrants = certified.isEmpty() ? QStringList() : certified.split(u'\n');
        f.directoryKnown = !people.isEmpty();
        f.ownerInDirectory = people.contains(i.businessOwner);
        f.ownerActive = people.value(i.businessOwner, false);
        if (coverage) {
            // An AWS identity is observed where CloudTrail covers its account; elsewhere where its source is covered.
            const QString account = ids->value(22).toString().startsWith(QLatin1String("account:"))
                ? ids->value(22).toString().mid(8).section(u'/', 0, 0)
                : QString();
            if (i.source == QLatin1String("aws") && !account.isEmpty() && !coverage->byAwsAccount.isEmpty()) {
                f.coverageDays = int(coverage->byAwsAccount.value(account).size());
                // Which regions' trails the days come from: a call made elsewhere was not seen.
                QStringList regions = coverage->awsRegions.value(account).values();
                regions.sort();
                f.coverageScope = QStringLiteral("aws account ") + account
                    + (regions.isEmpty() ? QString()
                                         : QStringLiteral(" (") + regions.join(QStringLiteral(", ")) + u')');
            } else {
                f.coverageDays = int(coverage->bySource.value(i.source).size());
                f.coverageScope = i.source;
            }
        }
        batch->index.insert(i.id, batch->facts.size());
        batch->facts.append(f);
        batch->previousFigures.append(
            { ids->value(16).toInt(), ids->value(17).toInt(), ids->value(18).toInt(), ids->value(19).toInt() });
        batch->previousDebt.append(ids->value(20).isNull() ? -1.0 : ids->value(20).toDouble());
    }
    if (batch->facts.isEmpty())
        return {};
    const qint64 lo = batch->facts.first().identity.id;
    const qint64 hi = batch->facts.last().identity.id;

    auto grants
        = sql::run(db,
                   QStringLiteral("SELECT identity_id, permission, resource_scope, granted_via, granted_at FROM grants "
                                  "WHERE identity_id BETWEEN ? AND ?"),
                   { lo, hi });
    if (!grants)
        return grants.error();
    while (grants->next()) {
        const qint64 id = grants->value(0).toLongLong();
        batch->facts[batch->index.value(id)].grants.append(
            Grant { 0, id, grants->value(1).toString(), grants->value(2).toString(), grants->value(3).toString(),
                    Timestamp::fromIso(grants->value(4).toString()) });
    }
    // The latest reduce decision since the last certification names the grants on their way out.
    auto reductions = sql::run(
        db,
        QStringLiteral("SELECT r.identity_id, d.scope_remove, d.decided_at FROM ") + sql::currentDecisions()
            + QStringLiteral(
                " d JOIN review_items r "
                "ON r.id = d.item_id WHERE r.identity_id BETWEEN ? AND ? AND d.scope = 'reduce' ORDER BY d.id"),
        { lo, hi });
    if (!reductions)
        return reductions.error();
    while (reductions->next()) {
        const auto at = batch->index.constFind(reductions->value(0).toLongLong());
        if (at == batch->index.constEnd())
            continue;
        IdentityFacts& f = batch->facts[*at];
        const QDateTime decided = Timestamp::fromIso(reductions->value(2).toString());
        if (f.lastCertifiedAt.isValid() && decided < f.lastCertifiedAt)
            continue;
        f.removalRequested = reductions->value(1).toString().split(u'\n', Qt::SkipEmptyParts);
        f.removalRequestedAt = decided;
    }
    auto credentials = sql::run(
        db,
        QStringLiteral("SELECT identity_id, credential_id, type, created_at, expires_at, last_used_at, enabled "
                       "FROM credentials WHERE identity_id BETWEEN ? AND ?"),
        { lo, hi });
    if (!credentials)
        return credentials.error();
    while (credentials->next()) {
        const qint64 id = credentials->value(0).toLongLong();
        batch->facts[batch->index.value(id)].credentials.append(Credential {
            0, id, credentials->value(1).toString(), credentials->value(2).toString(),
            Timestamp::fromIso(credentials->value(3).toString()), Timestamp::fromIso(credentials->value(4).toString()),
            Timestamp::fromIso(credentials->value(5).toString()), credentials->value(6).toInt() != 0 });
    }
    auto usage = sql::run(db,
                          QStringLiteral("SELECT identity_id, action, day, outcome, count, last_seen FROM usage_daily "
                                         "WHERE identity_id BETWEEN ? AND ? AND day >= ?"),
                          { lo, hi, windowStart.toString(Qt::ISODate) });
    if (!usage)
        return usage.error();
    while (usage->next()) {
        const qint64 id = usage->value(0).toLongLong();
        IdentityFacts& f = batch->facts[batch->index.value(id)];
        if (f.coverageDays == 0)
            f.coverageDays = 1; // its own usage was observed, whatever else is known of its source
        batch->facts[batch->index.value(id)].usage.append(UsageRecord {
            id, usage->value(1).toString(), QDate::fromString(usage->value(2).toString(), Qt::ISODate),
            usage->value(3).toString(), usage->value(4).toLongLong(), Timestamp::fromIso(usage->value(5).toString()) });
    }
    auto open = sql::run(
        db,
        QStringLiteral("SELECT id, identity_id, type, subject, opened_at, detail, since, detail_data FROM findings "
                       "WHERE identity_id BETWEEN ? AND ? AND resolved_at IS NULL"),
        { lo, hi });
    if (!open)
        return open.error();
    while (open->next()) {
        batch->open[open->value(1).toLongLong()].insert(
            findingKey(open->value(2).toString(), open->value(3).toString()),
            OpenFinding { open->value(0).toLongLong(), Timestamp::fromIso(open->value(4).toString()),
                          open->value(5).toString(), open->value(6).toString(), open->value(7).toString() });
    }
    return {};
}

} // namespace recertify
