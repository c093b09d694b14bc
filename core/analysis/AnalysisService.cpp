#include "AnalysisService.h"

#include "TrustDebtScorer.h"
#include "storage/SqlUtil.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QHash>
#include <QSqlQuery>

namespace recertify {

namespace {

constexpr int kBatch = 5000;

struct OpenFinding
{
    qint64 id = 0;
    QDateTime openedAt;
    QString detail;
    QString since;
};

struct Batch
{
    QList<IdentityFacts> facts;
    QList<std::array<int, 4>> previousFigures; ///< granted, used, unused, out of scope as stored
    QList<double> previousDebt;
    QHash<qint64, qsizetype> index;
    QHash<qint64, QHash<QString, OpenFinding>> open; ///< identity -> "type\x1fsubject" -> finding
};

QString findingKey(const QString& type, const QString& subject)
{
    return type + u'\x1f' + subject;
}

Status loadBatch(const QSqlDatabase& db, qint64 after, qint64 only, const QDate& windowStart, const QHash<QString, bool>& people, Batch* batch)
{
    const QString columns = QStringLiteral("SELECT id, source, native_id, kind, display_name, business_owner, status, enabled, created_at, "
                                           "last_used_at, purpose, declared_scope, retirement_condition, expires_at, last_certified_at, "
                                           "certified_grants, granted_count, used_count, unused_count, out_of_scope_count, trust_debt "
                                           "FROM identities ");
    auto ids = only ? sql::run(db, columns + QStringLiteral("WHERE id = ? AND id > ?"), { only, after })
                    : sql::run(db, columns + QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), { after, kBatch });
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
        const QString certified = ids->value(15).toString();
        f.certifiedGrants = certified.isEmpty() ? QStringList() : certified.split(u'\n');
        f.directoryKnown = !people.isEmpty();
        f.ownerInDirectory = people.contains(i.businessOwner);
        f.ownerActive = people.value(i.businessOwner, false);
        batch->index.insert(i.id, batch->facts.size());
        batch->facts.append(f);
        batch->previousFigures.append({ ids->value(16).toInt(), ids->value(17).toInt(), ids->value(18).toInt(), ids->value(19).toInt() });
        batch->previousDebt.append(ids->value(20).isNull() ? -1.0 : ids->value(20).toDouble());
    }
    if (batch->facts.isEmpty())
        return {};
    const qint64 lo = batch->facts.first().identity.id;
    const qint64 hi = batch->facts.last().identity.id;

    auto grants = sql::run(db, QStringLiteral("SELECT identity_id, permission, resource_scope, granted_via, granted_at FROM grants "
                                              "WHERE identity_id BETWEEN ? AND ?"), { lo, hi });
    if (!grants)
        return grants.error();
    while (grants->next()) {
        const qint64 id = grants->value(0).toLongLong();
        batch->facts[batch->index.value(id)].grants.append(Grant { 0, id, grants->value(1).toString(), grants->value(2).toString(),
            grants->value(3).toString(), Timestamp::fromIso(grants->value(4).toString()) });
    }
    auto credentials = sql::run(db, QStringLiteral("SELECT identity_id, credential_id, type, created_at, expires_at, last_used_at, enabled "
                                                   "FROM credentials WHERE identity_id BETWEEN ? AND ?"), { lo, hi });
    if (!credentials)
        return credentials.error();
    while (credentials->next()) {
        const qint64 id = credentials->value(0).toLongLong();
        batch->facts[batch->index.value(id)].credentials.append(Credential { 0, id, credentials->value(1).toString(),
            credentials->value(2).toString(), Timestamp::fromIso(credentials->value(3).toString()),
            Timestamp::fromIso(credentials->value(4).toString()), Timestamp::fromIso(credentials->value(5).toString()),
            credentials->value(6).toInt() != 0 });
    }
    auto usage = sql::run(db, QStringLiteral("SELECT identity_id, action, day, outcome, count, last_seen FROM usage_daily "
                                             "WHERE identity_id BETWEEN ? AND ? AND day >= ?"), { lo, hi, windowStart.toString(Qt::ISODate) });
    if (!usage)
        return usage.error();
    while (usage->next()) {
        const qint64 id = usage->value(0).toLongLong();
        batch->facts[batch->index.value(id)].usage.append(UsageRecord { id, usage->value(1).toString(),
            QDate::fromString(usage->value(2).toString(), Qt::ISODate), usage->value(3).toString(), usage->value(4).toLongLong(),
            Timestamp::fromIso(usage->value(5).toString()) });
    }
    auto open = sql::run(db, QStringLiteral("SELECT id, identity_id, type, subject, opened_at, detail, since FROM findings "
                                            "WHERE identity_id BETWEEN ? AND ? AND resolved_at IS NULL"), { lo, hi });
    if (!open)
        return open.error();
    while (open->next()) {
        batch->open[open->value(1).toLongLong()].insert(findingKey(open->value(2).toString(), open->value(3).toString()),
            OpenFinding { open->value(0).toLongLong(), Timestamp::fromIso(open->value(4).toString()), open->value(5).toString(),
                open->value(6).toString() });
    }
    return {};
}

} // namespace

Result<AnalysisReport> AnalysisService::run()
{
    return analyse(0);
}

Result<AnalysisReport> AnalysisService::runFor(qint64 identityId)
{
    return analyse(identityId);
}

Result<AnalysisReport> AnalysisService::analyse(qint64 only)
{
    const QDateTime now = m_clock.now();
    AnalysisReport report;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        QHash<QString, bool> people;
        auto directory = sql::run(db, QStringLiteral("SELECT email, active FROM people"));
        if (!directory)
            return directory.error();
        while (directory->next())
            people.insert(directory->value(0).toString(), directory->value(1).toInt() != 0);

        auto snapshot = sql::run(db, QStringLiteral("INSERT INTO snapshots (taken_at, identities, granted, used, unused, out_of_scope, trust_debt) "
                                                    "VALUES (?, 0, 0, 0, 0, 0, 0) RETURNING id"), { Timestamp::toIso(now) });
        if (!snapshot)
            return snapshot.error();
        report.snapshotId = snapshot->next() ? snapshot->value(0).toLongLong() : 0;
        snapshot->finish();

        auto insertFinding = sql::prepare(db, QStringLiteral(
            "INSERT INTO findings (identity_id, type, subject, severity, detail, owasp, opened_at, since) VALUES (?,?,?,?,?,?,?,?) "
            "ON CONFLICT (identity_id, type, subject) DO UPDATE SET severity = excluded.severity, detail = excluded.detail, "
            "owasp = excluded.owasp, opened_at = excluded.opened_at, since = excluded.since, resolved_at = NULL"));
        auto updateFinding = sql::prepare(db, QStringLiteral("UPDATE findings SET detail = ?, since = ? WHERE id = ?"));
        auto resolveFinding = sql::prepare(db, QStringLiteral("UPDATE findings SET resolved_at = ? WHERE id = ?"));
        auto updateIdentity = sql::prepare(db, QStringLiteral(
            "UPDATE identities SET trust_debt = ?, granted_count = ?, used_count = ?, unused_count = ?, out_of_scope_count = ? WHERE id = ?"));
        auto identitySnapshot = sql::prepare(db, QStringLiteral(
            "INSERT INTO identity_snapshots (snapshot_id, identity_id, granted, used, unused, out_of_scope, trust_debt) VALUES (?,?,?,?,?,?,?)"));
        for (auto* q : { &insertFinding, &updateFinding, &resolveFinding, &updateIdentity, &identitySnapshot }) {
            if (!*q)
                return q->error();
        }

        const DriftAnalyzer analyzer(now, m_policy);
        const TrustDebtScorer scorer(now);
        const QDate windowStart = now.date().addDays(-m_policy.windowDays);
        qint64 after = 0;
        for (;;) {
            Batch batch;
            if (auto loaded = loadBatch(db, after, only, windowStart, people, &batch); !loaded)
                return loaded;
            if (batch.facts.isEmpty())
                break;
            after = batch.facts.last().identity.id;
            for (qsizetype n = 0; n < batch.facts.size(); ++n) {
                const IdentityFacts& facts = batch.facts.at(n);
                const qint64 id = facts.identity.id;
                DriftFigures figures;
                QList<Finding> findings = analyzer.analyze(facts, &figures);
                QHash<QString, OpenFinding> open = batch.open.take(id);
                for (Finding& f : findings) {
                    const QString key = findingKey(f.type, f.subject);
                    auto existing = open.constFind(key);
                    if (!f.since.isValid())
                        f.since = existing != open.constEnd() && existing->openedAt.isValid() ? existing->openedAt : now;
                    const QString since = Timestamp::toIso(f.since);
                    if (existing == open.constEnd()) {
                        if (auto st = sql::exec(*insertFinding, { id, f.type, f.subject, f.severity, f.detail, f.owasp, Timestamp::toIso(now), since }); !st)
                            return st;
                        ++report.opened;
                    } else {
                        if (existing->detail != f.detail || existing->since != since) {
                            if (auto st = sql::exec(*updateFinding, { f.detail, since, existing->id }); !st)
                                return st;
                        }
                        open.remove(key);
                    }
                }
                for (const OpenFinding& gone : std::as_const(open)) {
                    if (auto st = sql::exec(*resolveFinding, { Timestamp::toIso(now), gone.id }); !st)
                        return st;
                    ++report.resolved;
                }
                const TrustDebt debt = scorer.score(findings);
                const std::array<int, 4> current { figures.granted, figures.used, figures.unused, figures.outOfScope };
                if (current != batch.previousFigures.at(n) || debt.score != batch.previousDebt.at(n)) {
                    if (auto st = sql::exec(*updateIdentity, { debt.score, figures.granted, figures.used, figures.unused, figures.outOfScope, id }); !st)
                        return st;
                    // Per-identity history records changes only; a chart holds the last value in between.
                    if (auto st = sql::exec(*identitySnapshot, { report.snapshotId, id, figures.granted, figures.used, figures.unused,
                                                                     figures.outOfScope, debt.score });
                        !st)
                        return st;
                }
                report.openFindings += int(findings.size());
            }
        }
        // Estate totals from what every identity now holds, so a one-identity run keeps them exact.
        auto sums = sql::run(db, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(granted_count), 0), COALESCE(SUM(used_count), 0), "
                                                "COALESCE(SUM(unused_count), 0), COALESCE(SUM(out_of_scope_count), 0), "
                                                "COALESCE(SUM(trust_debt), 0) FROM identities"));
        if (!sums)
            return sums.error();
        if (sums->next()) {
            report.identities = sums->value(0).toInt();
            report.granted = sums->value(1).toLongLong();
            report.used = sums->value(2).toLongLong();
            report.unused = sums->value(3).toLongLong();
            report.outOfScope = sums->value(4).toLongLong();
            report.totalDebt = sums->value(5).toDouble();
        }
        sums->finish();
        auto totals = sql::run(db, QStringLiteral("UPDATE snapshots SET identities = ?, granted = ?, used = ?, unused = ?, out_of_scope = ?, "
                                                  "trust_debt = ? WHERE id = ?"),
            { report.identities, report.granted, report.used, report.unused, report.outOfScope, report.totalDebt, report.snapshotId });
        return totals ? Status() : Status(totals.error());
    });
    if (!status)
        return status.error();
    qCInfo(lcStorage) << "analysis:" << report.identities << "identities," << report.openFindings << "findings";
    return report;
}

} // namespace recertify
