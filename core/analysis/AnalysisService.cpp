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
#include <QSet>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

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

// The store holds one finding per identity, type and subject: of two, the later stands, as when each was written
// in turn (and PostgreSQL refuses both in one statement).
void keepLastOfEachKey(QList<Finding>& findings)
{
    if (findings.size() < 2)
        return;
    QSet<std::pair<QString, QString>> seen;
    QList<Finding> kept;
    for (auto f = findings.crbegin(); f != findings.crend(); ++f) {
        if (!seen.contains({ f->type, f->subject })) {
            seen.insert({ f->type, f->subject });
            kept.prepend(*f);
        }
    }
    if (kept.size() != findings.size())
        findings = std::move(kept);
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
        // analysis is pure, one identity at a time, so batches overlap their loading and their writing. What each
        // identity's findings change against those open (opened, updated, resolved) is worked out there too, so
        // this thread only writes.
        struct Analysed
        {
            QList<FindingColumns> toOpen;
            QList<std::pair<qint64, FindingColumns>> toUpdate; ///< the open finding's id, and what it says now
            QList<qint64> toResolve;
            DriftFigures figures;
            double debt = 0;
            bool figuresChanged = false;
            int open = 0;
        };
        auto analyseBatch = [&](const FactsBatch& batch) {
            // Shallow copies: the batch object moves on while its identities are analysed.
            return QtConcurrent::mapped(
                batch.facts,
                [&analyzer, &scorer, now, open = batch.open, index = batch.index,
                 previousFigures = batch.previousFigures,
                 previousDebt = batch.previousDebt](const IdentityFacts& facts) {
                    Analysed a;
                    QList<Finding> findings = analyzer.analyze(facts, &a.figures);
                    keepLastOfEachKey(findings);
                    const QList<OpenFinding> before = open.value(facts.identity.id);
                    QVarLengthArray<qint64, 16> kept;
                    for (Finding& f : findings) {
                        const size_t key = FactsLoader::findingKey(f.type, f.subject);
                        const auto existing = std::find_if(before.cbegin(), before.cend(),
                                                           [key](const OpenFinding& o) { return o.key == key; });
                        if (!f.since.isValid())
                            f.since
                                = existing != before.cend() && existing->openedAt.isValid() ? existing->openedAt : now;
                        if (existing == before.cend()) {
                            a.toOpen << FindingColumns::of(f);
                            continue;
                        }
                        kept.append(existing->id);
                        if (existing->content
                            != FactsLoader::findingContent(f.detail, Timestamp::toIso(f.since), f.detailData))
                            a.toUpdate << std::pair { existing->id, FindingColumns::of(f) };
                    }
                    for (const OpenFinding& was : before) {
                        if (!kept.contains(was.id))
                            a.toResolve << was.id;
                    }
                    a.debt = scorer.score(findings).score; // after each finding knows since when it stands
                    const qsizetype n = index.value(facts.identity.id);
                    const std::array<int, 4> current { a.figures.granted, a.figures.used, a.figures.unused,
                                                       a.figures.outOfScope };
                    // Per-identity history records changes only; a chart holds the last value in between.
                    a.figuresChanged = current != previousFigures.at(n) || a.debt != previousDebt.at(n);
                    a.open = int(findings.size());
                    return a;
                });
        };
        auto loadAfter = [&](qint64 after, FactsBatch* batch) {
            return FactsLoader::load(db, after, only, windowStart, people, batch, &coverage.value());
        };
        FindingText::dropCache();
        QDateTime stableUntil = now.date().addDays(1).startOfDay(now.timeSpec(), now.offsetFromUtc());
        const QByteArray openedAt = Timestamp::toIsoBytes(now);
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
                const Analysed& a = results.at(n);
                if (a.figures.stableUntil.isValid() && a.figures.stableUntil < stableUntil)
                    stableUntil = a.figures.stableUntil;
                for (const FindingColumns& f : a.toOpen) {
                    if (auto st = writer.openFinding(id, f, openedAt); !st)
                        return st;
                }
                for (const auto& [findingId, f] : a.toUpdate) {
                    if (auto st = writer.updateFinding(findingId, f); !st)
                        return st;
                }
                for (const qint64 gone : a.toResolve) {
                    if (auto st = writer.resolveFinding(gone, now); !st)
                        return st;
                }
                report.opened += int(a.toOpen.size());
                report.resolved += int(a.toResolve.size());
                if (a.figuresChanged) {
                    if (auto st = writer.recordFigures(report.snapshotId, id, a.figures, a.debt); !st)
                        return st;
                }
                report.openFindings += a.open;
            }
            batch = std::move(next);
        }
        if (auto written = writer.flush(); !written)
            return written;
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
