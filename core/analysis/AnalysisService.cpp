#include "core/analysis/AnalysisService.h"

#include "core/analysis/FindingText.h"
#include "core/analysis/TrustDebtScorer.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/AnalysisState.h"
#include "core/storage/AnalysisWriter.h"
#include "core/storage/FactsLoader.h"
#include "core/util/Logging.h"
#include "core/util/Timestamp.h"

#include <QHash>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>

namespace recertify {

Result<AnalysisReport> AnalysisService::run()
{
    return analyse(0, false);
}

Result<AnalysisReport> AnalysisService::runFull()
{
    return analyse(0, true);
}

Result<AnalysisReport> AnalysisService::runFor(qint64 identityId)
{
    return analyse(identityId, true);
}

#ifndef RECERTIFY_BUILD_ID
#define RECERTIFY_BUILD_ID RECERTIFY_VERSION
#endif

QString AnalysisService::inputs() const
{
    const DriftPolicy& p = m_policy;
    return QString::fromLatin1(RECERTIFY_BUILD_ID) + u';'
        + QStringList { QString::number(p.windowDays),         QString::number(p.rotationDays),
                        QString::number(p.expiringDays),       QString::number(p.neverUsedGraceDays),
                        QString::number(p.reviewIntervalDays), QString::number(p.removalDays) }
              .join(u',');
}

namespace {

// The last run's report again, when nothing it depends on has changed; empty when it must run.
Result<std::optional<AnalysisReport>> unchangedSince(const QSqlDatabase& db, qint64 generation, const QDateTime& now,
                                                     const QString& inputs)
{
    auto last = AnalysisState::read(db);
    if (!last)
        return last.error();
    const std::optional<AnalysisState>& state = last.value();
    if (!state || state->generation != generation || now < state->analysedAt || !(now < state->stableUntil)
        || state->inputs != inputs)
        return std::optional<AnalysisReport>();
    auto totals = AnalysisState::snapshotTotals(db, state->snapshotId);
    if (!totals)
        return totals.error();
    if (!totals.value())
        return std::optional<AnalysisReport>();
    auto open = AnalysisState::openFindings(db);
    if (!open)
        return open.error();
    const EstateTotals& t = *totals.value();
    AnalysisReport report;
    report.snapshotId = state->snapshotId;
    report.identities = t.identities;
    report.granted = t.granted;
    report.used = t.used;
    report.unused = t.unused;
    report.outOfScope = t.outOfScope;
    report.totalDebt = t.debt;
    report.openFindings = open.value();
    report.unchanged = true;
    return std::optional<AnalysisReport>(report);
}

} // namespace

Result<AnalysisReport> AnalysisService::analyse(qint64 only, bool evenIfUnchanged)
{
    const QDateTime now = m_clock.now();
    AnalysisReport report;
    const auto work = [&](QSqlDatabase& db) -> Status {
        // Read before any fact: a change committed while this runs moves the generation past the one recorded.
        auto generation = AnalysisState::estateGeneration(db);
        if (!generation)
            return generation.error();
        if (!evenIfUnchanged) {
            auto unchanged = unchangedSince(db, generation.value(), now, inputs());
            if (!unchanged)
                return unchanged.error();
            if (unchanged.value()) {
                report = *unchanged.value();
                return {};
            }
        }
        auto directory = FactsLoader::people(db);
        if (!directory)
            return directory.error();
        const QHash<QString, bool> people = directory.value();

        AnalysisWriter writer(db);
        auto snapshot = writer.beginSnapshot(now);
        if (!snapshot)
            return snapshot.error();
        report.snapshotId = snapshot.value();

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
        QDateTime stableUntil = now.date().addDays(1).startOfDay(now.timeSpec(), now.offsetFromUtc());
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
                if (figures.stableUntil.isValid() && figures.stableUntil < stableUntil)
                    stableUntil = figures.stableUntil;
                QHash<QString, OpenFinding> open = batch.open.take(id);
                for (Finding& f : findings) {
                    const QString key = FactsLoader::findingKey(f.type, f.subject);
                    auto existing = open.constFind(key);
                    if (!f.since.isValid())
                        f.since
                            = existing != open.constEnd() && existing->openedAt.isValid() ? existing->openedAt : now;
                    const QString since = Timestamp::toIso(f.since);
                    if (existing == open.constEnd()) {
                        if (auto st = writer.openFinding(id, f, now); !st)
                            return st;
                        ++report.opened;
                    } else {
                        if (existing->detail != f.detail || existing->since != since
                            || existing->detailData != f.detailData) {
                            if (auto st = writer.updateFinding(existing->id, f); !st)
                                return st;
                        }
                        open.remove(key);
                    }
                }
                for (const OpenFinding& gone : std::as_const(open)) {
                    if (auto st = writer.resolveFinding(gone.id, now); !st)
                        return st;
                    ++report.resolved;
                }
                const TrustDebt debt = scorer.score(findings); // after each finding knows since when it stands
                const std::array<int, 4> current { figures.granted, figures.used, figures.unused, figures.outOfScope };
                if (current != batch.previousFigures.at(n) || debt.score != batch.previousDebt.at(n)) {
                    // Per-identity history records changes only; a chart holds the last value in between.
                    if (auto st = writer.recordFigures(report.snapshotId, id, figures, debt.score); !st)
                        return st;
                }
                report.openFindings += int(findings.size());
            }
            batch = std::move(next);
        }
        // Estate totals from what every identity now holds, so a one-identity run keeps them exact.
        auto totals = writer.estateTotals();
        if (!totals)
            return totals.error();
        report.identities = totals->identities;
        report.granted = totals->granted;
        report.used = totals->used;
        report.unused = totals->unused;
        report.outOfScope = totals->outOfScope;
        report.totalDebt = totals->debt;
        if (auto finished = writer.finishSnapshot(report.snapshotId, totals.value()); !finished)
            return finished;
        // Only a run over the whole estate brings every finding up to date.
        if (only)
            return {};
        if (auto recorded = AnalysisState::write(
                db, AnalysisState { generation.value(), now, stableUntil, inputs(), report.snapshotId });
            !recorded)
            return recorded;
        return AnalysisDue::clear(db);
    };
    // Findings, figures and snapshots are derived from the estate: writing them leaves its generation as it is.
    Status status = m_database->transaction(work, Database::Writes::Derived);
    if (!status)
        return status.error();
    qCInfo(lcStorage) << "analysis:" << report.identities << "identities," << report.openFindings << "findings"
                      << (report.unchanged ? "(nothing changed)" : "");
    return report;
}

} // namespace recertify
