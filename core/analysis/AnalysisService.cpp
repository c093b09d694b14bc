#include "AnalysisService.h"

#include "FactsLoader.h"
#include "FindingText.h"
#include "TrustDebtScorer.h"
#include "storage/AnalysisDue.h"
#include "storage/SqlUtil.h"
#include "util/Logging.h"
#include "util/Timestamp.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace recertify {

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
        auto directory = FactsLoader::people(db);
        if (!directory)
            return directory.error();
        const QHash<QString, bool> people = directory.value();

        auto snapshot = sql::run(
            db,
            QStringLiteral(
                "INSERT INTO snapshots (taken_at, identities, granted, used, unused, out_of_scope, trust_debt) "
                "VALUES (?, 0, 0, 0, 0, 0, 0) RETURNING id"),
            { Timestamp::toIso(now) });
        if (!snapshot)
            return snapshot.error();
        report.snapshotId = snapshot->next() ? snapshot->value(0).toLongLong() : 0;
        snapshot->finish();

        auto insertFinding
            = sql::prepare(db,
                           QStringLiteral("INSERT INTO findings (identity_id, type, subject, severity, detail, owasp, "
                                          "opened_at, since, detail_data) VALUES (?,?,?,?,?,?,?,?,?) "
                                          "ON CONFLICT (identity_id, type, subject) DO UPDATE SET severity = "
                                          "excluded.severity, detail = excluded.detail, "
                                          "owasp = excluded.owasp, opened_at = excluded.opened_at, since = "
                                          "excluded.since, detail_data = excluded.detail_data, resolved_at = NULL"));
        auto updateFinding = sql::prepare(
            db, QStringLiteral("UPDATE findings SET detail = ?, since = ?, detail_data = ? WHERE id = ?"));
        auto resolveFinding = sql::prepare(db, QStringLiteral("UPDATE findings SET resolved_at = ? WHERE id = ?"));
        auto updateIdentity
            = sql::prepare(db,
                           QStringLiteral("UPDATE identities SET trust_debt = ?, granted_count = ?, used_count = ?, "
                                          "unused_count = ?, out_of_scope_count = ? WHERE id = ?"));
        auto identitySnapshot
            = sql::prepare(db,
                           QStringLiteral("INSERT INTO identity_snapshots (snapshot_id, identity_id, granted, used, "
                                          "unused, out_of_scope, trust_debt) VALUES (?,?,?,?,?,?,?)"));
        for (auto* q : { &insertFinding, &updateFinding, &resolveFinding, &updateIdentity, &identitySnapshot }) {
            if (!*q)
                return q->error();
        }

        const DriftAnalyzer analyzer(now, m_policy);
        const TrustDebtScorer scorer(now);
        const QDate windowStart = now.date().addDays(-m_policy.windowDays);
        auto coverage = FactsLoader::coverage(db, windowStart);
        if (!coverage)
            return coverage.error();
        // The store is read and written on this thread while the previous batch is analysed on the others:
        // analysis is pure, one identity at a time, so batches overlap their loading and their writing.
        struct Analysed
        {
            QList<Finding> findings;
            DriftFigures figures;
        };
        auto analyseBatch = [&](const FactsBatch& batch) {
            return QtConcurrent::mapped(batch.facts, [&](const IdentityFacts& facts) {
                Analysed a;
                a.findings = analyzer.analyze(facts, &a.figures);
                return a;
            });
        };
        auto loadAfter = [&](qint64 after, FactsBatch* batch) {
            return FactsLoader::load(db, after, only, windowStart, people, batch, &coverage.value());
        };
        FindingText::dropCache();
        FactsBatch batch;
        if (auto loaded = loadAfter(0, &batch); !loaded)
            return loaded;
        QFuture<Analysed> analysing = analyseBatch(batch);
        // An error returns early: the batch under analysis must finish before what it reads goes away.
        const auto settle = qScopeGuard([&] {
            analysing.cancel();
            analysing.waitForFinished();
        });
        while (!batch.facts.isEmpty()) {
            FactsBatch next;
            Status loadedNext = only ? Status() : loadAfter(batch.facts.constLast().identity.id, &next);
            const QList<Analysed> results = analysing.results();
            if (!loadedNext)
                return loadedNext;
            if (!next.facts.isEmpty())
                analysing = analyseBatch(next);
            for (qsizetype n = 0; n < batch.facts.size(); ++n) {
                const qint64 id = batch.facts.at(n).identity.id;
                QList<Finding> findings = results.at(n).findings;
                const DriftFigures& figures = results.at(n).figures;
                QHash<QString, OpenFinding> open = batch.open.take(id);
                for (Finding& f : findings) {
                    const QString key = FactsLoader::findingKey(f.type, f.subject);
                    auto existing = open.constFind(key);
                    if (!f.since.isValid())
                        f.since
                            = existing != open.constEnd() && existing->openedAt.isValid() ? existing->openedAt : now;
                    const QString since = Timestamp::toIso(f.since);
                    if (existing == open.constEnd()) {
                        if (auto st = sql::exec(*insertFinding,
                                                { id, f.type, f.subject, f.severity, f.detail, f.owasp,
                                                  Timestamp::toIso(now), since, f.detailData });
                            !st)
                            return st;
                        ++report.opened;
                    } else {
                        if (existing->detail != f.detail || existing->since != since
                            || existing->detailData != f.detailData) {
                            if (auto st = sql::exec(*updateFinding, { f.detail, since, f.detailData, existing->id });
                                !st)
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
                const TrustDebt debt = scorer.score(findings); // after each finding knows since when it stands
                const std::array<int, 4> current { figures.granted, figures.used, figures.unused, figures.outOfScope };
                if (current != batch.previousFigures.at(n) || debt.score != batch.previousDebt.at(n)) {
                    if (auto st = sql::exec(
                            *updateIdentity,
                            { debt.score, figures.granted, figures.used, figures.unused, figures.outOfScope, id });
                        !st)
                        return st;
                    // Per-identity history records changes only; a chart holds the last value in between.
                    if (auto st = sql::exec(*identitySnapshot,
                                            { report.snapshotId, id, figures.granted, figures.used, figures.unused,
                                              figures.outOfScope, debt.score });
                        !st)
                        return st;
                }
                report.openFindings += int(findings.size());
            }
            batch = std::move(next);
        }
        // Estate totals from what every identity now holds, so a one-identity run keeps them exact.
        auto sums
            = sql::run(db,
                       QStringLiteral("SELECT COUNT(*), COALESCE(SUM(granted_count), 0), COALESCE(SUM(used_count), 0), "
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
        auto totals = sql::run(
            db,
            QStringLiteral("UPDATE snapshots SET identities = ?, granted = ?, used = ?, unused = ?, out_of_scope = ?, "
                           "trust_debt = ? WHERE id = ?"),
            { report.identities, report.granted, report.used, report.unused, report.outOfScope, report.totalDebt,
              report.snapshotId });
        if (!totals)
            return totals.error();
        // Only a run over the whole estate brings every finding up to date.
        return only ? Status() : AnalysisDue::clear(db);
    });
    if (!status)
        return status.error();
    qCInfo(lcStorage) << "analysis:" << report.identities << "identities," << report.openFindings << "findings";
    return report;
}

} // namespace recertify
