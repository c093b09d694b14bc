#include "core/storage/FactsLoader.h"

#include "core/storage/RowCursor.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QSqlQuery>
#include <algorithm>

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

namespace {

// Seeds apart, so a key and a content never hash alike; each field seeds the next, as RowCursor::hash chains them.
constexpr size_t kKeySeed = 0x1f;
constexpr size_t kContentSeed = 0x2e;

size_t utf8Hash(QStringView text, size_t seed)
{
    const QByteArray bytes = text.toUtf8();
    return qHashBits(bytes.constData(), size_t(bytes.size()), seed);
}

} // namespace

size_t FactsLoader::findingKey(QStringView type, QStringView subject)
{
    return utf8Hash(subject, utf8Hash(type, kKeySeed));
}

size_t FactsLoader::findingContent(QStringView detail, QStringView since, QStringView detailData)
{
    return utf8Hash(detailData, utf8Hash(since, utf8Hash(detail, kContentSeed)));
}

Result<ActivityCoverage> FactsLoader::coverage(const QSqlDatabase& db, const QDate& windowStart)
{
    ActivityCoverage c;
    const QString from = windowStart.toString(Qt::ISODate);
    // The window is the 90 days after its start, today the last: "covers 90 of the last 90 days" at most.
    auto rows
        = sql::run(db, QStringLiteral("SELECT source, scope, day FROM activity_coverage WHERE day > ?"), { from });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString source = rows->value(0).toString();
        const QString scope = rows->value(1).toString();
        const QString day = rows->value(2).toString();
        if (source == QLatin1String("aws") || source == QLatin1String("aws-access-advisor"))
            c.awsRows = true;
        if (source == QLatin1String("aws-access-advisor") || source == QLatin1String("aws-credential-report"))
            continue; // one identity's, read below
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
                       "WHERE u.day > ?"),
        { from });
    if (!usage)
        return usage.error();
    while (usage->next()) {
        // An AWS identity's call seen in another account's trail, or Access Advisor's report on one role, says
        // nothing of the others: where AWS coverage is recorded, only it counts.
        if (c.awsRows && usage->value(0).toString() == QLatin1String("aws"))
            continue;
        c.bySource[usage->value(0).toString()].insert(usage->value(1).toString());
    }
    // Access Advisor's reports name their entity by ARN: an alias, or the native id of one kept apart under it. Every
    // report, before the window too: it says whether the entity was used in the 400 days before it.
    auto advisor
        = sql::run(db,
                   QStringLiteral("SELECT a.identity_id, c.day FROM activity_coverage c JOIN identity_aliases a "
                                  "ON a.source = 'aws' AND a.alias = substr(c.scope, 11) "
                                  "WHERE c.source = 'aws-access-advisor' AND c.scope LIKE 'principal:%' "
                                  "UNION ALL SELECT i.id, c.day FROM activity_coverage c JOIN identities i "
                                  "ON i.source = 'aws' AND i.native_id = substr(c.scope, 11) "
                                  "WHERE c.source = 'aws-access-advisor' AND c.scope LIKE 'principal:%'"));
    if (!advisor)
        return advisor.error();
    while (advisor->next()) {
        const QDate day = QDate::fromString(advisor->value(1).toString(), Qt::ISODate);
        QDate& through = c.advisorThrough[advisor->value(0).toLongLong()];
        through = std::max(through, day);
    }
    // A credential report says of each user whether it was ever used, whatever its age. It names the user by ARN:
    // its native id when no export gave its UserId, else an alias.
    auto reported
        = sql::run(db,
                   QStringLiteral("SELECT a.identity_id, c.day FROM activity_coverage c JOIN identity_aliases a "
                                  "ON a.source = 'aws' AND a.alias = substr(c.scope, 11) "
                                  "WHERE c.source = 'aws-credential-report' AND c.scope LIKE 'principal:%' "
                                  "UNION ALL SELECT i.id, c.day FROM activity_coverage c JOIN identities i "
                                  "ON i.source = 'aws' AND i.native_id = substr(c.scope, 11) "
                                  "WHERE c.source = 'aws-credential-report' AND c.scope LIKE 'principal:%'"));
    if (!reported)
        return reported.error();
    while (reported->next()) {
        QDate& through = c.reportedThrough[reported->value(0).toLongLong()];
        through = std::max(through, QDate::fromString(reported->value(1).toString(), Qt::ISODate));
    }
    // Where the data ends, before the window too: a last use found in it says nothing of the days after.
    auto ends = sql::run(db,
                         QStringLiteral("SELECT source, scope, MAX(day) FROM activity_coverage WHERE source NOT IN "
                                        "('aws-access-advisor', 'aws-credential-report') GROUP BY source, scope"));
    if (!ends)
        return ends.error();
    while (ends->next()) {
        const QString source = ends->value(0).toString();
        const QString scope = ends->value(1).toString();
        const QDate day = QDate::fromString(ends->value(2).toString(), Qt::ISODate);
        QDate& bySource = c.lastDayBySource[source];
        bySource = std::max(bySource, day);
        if (source == QLatin1String("aws") && scope.startsWith(QLatin1String("account:"))) {
            QDate& byAccount = c.lastDayByAwsAccount[scope.mid(8).section(u'/', 0, 0)];
            byAccount = std::max(byAccount, day);
        }
    }
    return c;
}

Status FactsLoader::load(const QSqlDatabase& db, qint64 after, qint64 only, const QDate& windowStart,
                         const QHash<QString, bool>& people, FactsBatch* batch, const ActivityCoverage* coverage,
                         OpenFindings openFindings)
{
    const QString columns = QStringLiteral(
        "SELECT id, source, native_id, kind, display_name, business_owner, status, enabled, created_at, "
        "last_used_at, purpose, declared_scope, retirement_condition, expires_at, last_certified_at, "
        "certified_grants, granted_count, used_count, unused_count, out_of_scope_count, trust_debt, "
        "technical_owner, source_scope, ownership_until, scope_until, need_until FROM identities ");
    auto ids = only ? RowCursor::run(db, columns + QStringLiteral("WHERE id = ? AND id > ?"), { only, after })
                    : RowCursor::run(db, columns + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                                     { after, FactsLoader::kBatch });
    if (!ids)
        return ids.error();
    while (ids->next()) {
        IdentityFacts f;
        Identity& i = f.identity;
        i.id = ids->integer(0);
        i.source = ids->text(1);
        i.nativeId = ids->text(2);
        i.kind = ids->text(3);
        i.displayName = ids->text(4);
        i.businessOwner = ids->text(5);
        i.technicalOwner = ids->text(21);
        i.status = ids->text(6);
        i.enabled = int(ids->integer(7)) != 0;
        i.createdAt = Timestamp::fromIso(ids->text(8));
        i.lastUsedAt = Timestamp::fromIso(ids->text(9));
        i.purpose = ids->text(10);
        const QString scope = ids->text(11);
        i.declaredScope = scope.isEmpty() ? QStringList() : scope.split(u'\n');
        i.retirementCondition = ids->text(12);
        i.expiresAt = Timestamp::fromIso(ids->text(13));
        f.lastCertifiedAt = Timestamp::fromIso(ids->text(14));
        f.ownershipUntil = Timestamp::fromIso(ids->text(23));
        f.scopeUntil = Timestamp::fromIso(ids->text(24));
        f.needUntil = Timestamp::fromIso(ids->text(25));
        const QString certified = ids->text(15);
        f.certifiedGrants = certified.isEmpty() ? QStringList() : certified.split(u'\n');
        f.directoryKnown = !people.isEmpty();
        f.ownerInDirectory = people.contains(i.businessOwner);
        f.ownerActive = people.value(i.businessOwner, false);
        if (coverage) {
            // An AWS identity is observed where CloudTrail covers its account; elsewhere where its source is covered.
            const QString account = ids->text(22).startsWith(QLatin1String("account:"))
                ? ids->text(22).mid(8).section(u'/', 0, 0)
                : QString();
            if (i.source == QLatin1String("aws") && !account.isEmpty() && !coverage->byAwsAccount.isEmpty()) {
                f.coverageDays = int(coverage->byAwsAccount.value(account).size());
                f.coverageThrough = coverage->lastDayByAwsAccount.value(account);
                // Which regions' trails the days come from: a call made elsewhere was not seen.
                QStringList regions = coverage->awsRegions.value(account).values();
                regions.sort();
                f.coverageScope = QStringLiteral("aws account ") + account
                    + (regions.isEmpty() ? QString()
                                         : QStringLiteral(" (") + regions.join(QStringLiteral(", ")) + u')');
            } else {
                f.coverageDays = int(coverage->bySource.value(i.source).size());
                f.coverageScope = i.source;
                f.coverageThrough = coverage->lastDayBySource.value(i.source);
            }
            f.useReportedThrough = coverage->reportedThrough.value(i.id);
            // Access Advisor's report on it covers its tracking period (400 days) up to the report's day.
            // (Not when it was used after the report: what it did then is not known.)
            if (const QDate through = coverage->advisorThrough.value(i.id);
                through.isValid() && !(i.lastUsedAt.isValid() && i.lastUsedAt.toUTC().date() > through)) {
                if (!i.lastUsedAt.isValid())
                    f.unusedReportedThrough = through;
                const int days = int(std::max<qint64>(windowStart.daysTo(through), 0));
                if (days > f.coverageDays) {
                    f.coverageDays = days;
                    f.coverageScope
                        = QStringLiteral("aws access advisor (report of ") + through.toString(Qt::ISODate) + u')';
                }
            }
        }
        batch->index.insert(i.id, batch->facts.size());
        batch->facts.append(f);
        batch->previousFigures.append(
            { int(ids->integer(16)), int(ids->integer(17)), int(ids->integer(18)), int(ids->integer(19)) });
        batch->previousDebt.append(ids->isNull(20) ? -1.0 : ids->real(20));
    }
    if (batch->facts.isEmpty())
        return {};
    const qint64 lo = batch->facts.first().identity.id;
    const qint64 hi = batch->facts.last().identity.id;

    auto grants = RowCursor::run(
        db,
        QStringLiteral("SELECT identity_id, permission, resource_scope, granted_via, granted_at FROM grants "
                       "WHERE identity_id BETWEEN ? AND ?"),
        { lo, hi });
    if (!grants)
        return grants.error();
    while (grants->next()) {
        const qint64 id = grants->integer(0);
        batch->facts[batch->index.value(id)].grants.append(
            Grant { 0, id, grants->text(1), grants->text(2), grants->text(3), Timestamp::fromIso(grants->text(4)) });
    }
    // The latest reduce decision since the last certification names the grants on their way out.
    auto reductions = RowCursor::run(
        db,
        QStringLiteral("SELECT r.identity_id, d.scope_remove, d.decided_at FROM ") + sql::currentDecisions()
            + QStringLiteral(
                " d JOIN review_items r "
                "ON r.id = d.item_id WHERE r.identity_id BETWEEN ? AND ? AND d.scope = 'reduce' ORDER BY d.id"),
        { lo, hi });
    if (!reductions)
        return reductions.error();
    while (reductions->next()) {
        const auto at = batch->index.constFind(reductions->integer(0));
        if (at == batch->index.constEnd())
            continue;
        IdentityFacts& f = batch->facts[*at];
        const QDateTime decided = Timestamp::fromIso(reductions->text(2));
        if (f.lastCertifiedAt.isValid() && decided < f.lastCertifiedAt)
            continue;
        f.removalRequested = reductions->text(1).split(u'\n', Qt::SkipEmptyParts);
        f.removalRequestedAt = decided;
    }
    auto credentials = RowCursor::run(
        db,
        QStringLiteral("SELECT identity_id, credential_id, type, created_at, expires_at, last_used_at, enabled "
                       "FROM credentials WHERE identity_id BETWEEN ? AND ?"),
        { lo, hi });
    if (!credentials)
        return credentials.error();
    while (credentials->next()) {
        const qint64 id = credentials->integer(0);
        batch->facts[batch->index.value(id)].credentials.append(Credential { 0,
                                                                             id,
                                                                             credentials->text(1),
                                                                             credentials->text(2),
                                                                             Timestamp::fromIso(credentials->text(3)),
                                                                             Timestamp::fromIso(credentials->text(4)),
                                                                             Timestamp::fromIso(credentials->text(5)),
                                                                             int(credentials->integer(6)) != 0,
                                                                             {} });
    }
    auto usage
        = RowCursor::run(db,
                         QStringLiteral("SELECT identity_id, action, day, outcome, count, last_seen FROM usage_daily "
                                        "WHERE identity_id BETWEEN ? AND ? AND day >= ?"),
                         { lo, hi, windowStart.toString(Qt::ISODate) });
    if (!usage)
        return usage.error();
    while (usage->next()) {
        const qint64 id = usage->integer(0);
        IdentityFacts& f = batch->facts[batch->index.value(id)];
        // Its own usage was observed, whatever else is known of its source; not an AWS identity's where AWS coverage is
        // recorded (a call seen only in another account's trail says nothing of what it did in its own).
        if (f.coverageDays == 0 && !(coverage && coverage->awsRows && f.identity.source == QLatin1String("aws")))
            f.coverageDays = 1;
        batch->facts[batch->index.value(id)].usage.append(
            UsageRecord { id, usage->text(1), QDate::fromString(usage->text(2), Qt::ISODate), usage->text(3),
                          usage->integer(4), Timestamp::fromIso(usage->text(5)) });
    }
    // A last use before the window, on or before the end of old activity data (or with no record of where that data
    // ends, as Access Advisor's answer for one service), with no activity data since: was it that data's, or the
    // source's own report? Asked only of those, rare, so the window's question stays one scan.
    QVariantList maybeFromData;
    for (const IdentityFacts& f : std::as_const(batch->facts)) {
        if (f.coverageDays == 0 && f.identity.lastUsedAt.isValid() && f.identity.lastUsedAt.toUTC().date() < windowStart
            && (!f.coverageThrough.isValid() || f.identity.lastUsedAt.toUTC().date() <= f.coverageThrough))
            maybeFromData << f.identity.id;
    }
    if (!maybeFromData.isEmpty()) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), maybeFromData.size());
        // Entra's report of a principal's or credential's last sign-in is kept as a day's use named "signIn:" alone
        // (a sign-in log's names its resource): a last use the source reports, not activity data that ended.
        auto last = sql::runList(db,
                                 QStringLiteral("SELECT identity_id, MAX(last_seen) FROM usage_daily WHERE outcome IN "
                                                "('allowed', 'error') AND action <> 'signIn:' AND identity_id IN (")
                                     + marks.join(u',') + QStringLiteral(") GROUP BY identity_id"),
                                 maybeFromData);
        if (!last)
            return last.error();
        while (last->next()) {
            IdentityFacts& f = batch->facts[batch->index.value(last->value(0).toLongLong())];
            f.lastUseFromActivity = Timestamp::fromIso(last->value(1).toString()) == f.identity.lastUsedAt;
        }
    }
    if (openFindings == OpenFindings::Skip)
        return {};
    auto open = RowCursor::run(
        db,
        QStringLiteral("SELECT id, identity_id, type, subject, opened_at, detail, since, detail_data FROM findings "
                       "WHERE identity_id BETWEEN ? AND ? AND resolved_at IS NULL"),
        { lo, hi });
    if (!open)
        return open.error();
    while (open->next()) {
        batch->open[open->integer(1)].append(OpenFinding { open->integer(0), open->time(4),
                                                           open->hash(3, open->hash(2, kKeySeed)),
                                                           open->hash(7, open->hash(6, open->hash(5, kContentSeed))) });
    }
    return {};
}

} // namespace recertify
