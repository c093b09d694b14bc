#include "core/review/CampaignService.h"

#include "core/analysis/DriftAnalyzer.h"
#include "core/analysis/FindingText.h"
#include "core/analysis/PermissionIndex.h"
#include "core/analysis/PermissionMatcher.h"
#include "core/analysis/TrustDebtScorer.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/IdentityKind.h"
#include "core/domain/ReviewEvidence.h"
#include "core/lifecycle/LifecycleService.h"
#include "core/review/Attestations.h"
#include "core/review/CampaignScope.h"
#include "core/review/TriggerService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/AutomationStore.h"
#include "core/storage/CampaignStore.h"
#include "core/storage/FactsLoader.h"
#include "core/storage/IdentityRepository.h"
#include "core/storage/RemediationStore.h"
#include "core/util/People.h"
#include "core/util/Sha256.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace recertify {

namespace {

// The evidence a reviewer sees for one identity, frozen into the item when the campaign starts.
ReviewEvidence evidenceFor(const IdentityFacts& facts, const QList<Finding>& findings, const TrustDebt& debt,
                           const DriftFigures& figures, const QDateTime& now, const QList<QJsonObject>& whyData,
                           const QJsonObject& reasonData)
{
    ReviewEvidence e;
    // Why it is here, as data (shown in the reader's language) and, for older readers, in the language it was made in.
    for (const QJsonObject& w : whyData)
        e.why << FindingText::render(w, QString());
    e.whyData = whyData;
    e.reasonData = reasonData;
    const Identity& i = facts.identity;
    e.identity = { i.id,      i.nativeId,      i.displayName,   i.kind,
                   i.source,  i.status,        i.businessOwner, i.technicalOwner,
                   i.purpose, i.declaredScope, i.expiresAt,     i.createdAt };
    const QDate windowStart = now.date().addDays(-90);
    const UsedActions usedActions(i.source, facts.usage, windowStart);
    for (qsizetype n = 0; n < facts.grants.size(); ++n) {
        const Grant& g = facts.grants.at(n);
        const bool used = usedActions.uses(g.permission);
        const bool declared = std::any_of(i.declaredScope.cbegin(), i.declaredScope.cend(), [&](const QString& s) {
            return s == g.permission || PermissionMatcher::covers(i.source, s, g.permission);
        });
        // The analysis asked each grant already, at the same moment.
        const bool admin = figures.adminGrants.size() == facts.grants.size()
            ? figures.adminGrants.at(n)
            : PermissionMatcher::isAdmin(i.source, g, facts.grants, { now });
        e.grants.append({ g.permission, g.resourceScope, g.grantedVia, used, declared, admin });
        // Where no activity data covers the identity, nothing is known to be unused: nothing to propose.
        if (!used && facts.coverageDays != 0 && !g.resourceScope.startsWith(QLatin1String("trust-policy"))
            && PermissionMatcher::usageObservable(i.source, g.permission) && !e.proposedReduce.contains(g.permission))
            e.proposedReduce.append(g.permission);
    }
    for (const Credential& c : facts.credentials) {
        e.credentials.append({ c.type, c.credentialId, c.createdAt.isValid() ? int(c.createdAt.daysTo(now)) : -1,
                               c.expiresAt, c.lastUsedAt });
    }
    for (const Finding& f : findings) {
        // Frozen as data too, so each reader sees the evidence in their language.
        e.findings.append({ f.type, f.subject, f.severity, f.detail, f.owasp, f.since, {}, f.detailData.toUtf8() });
        if (f.type == QLatin1String("out-of-scope-action"))
            e.outOfScope.append(f.subject);
    }
    e.debtScore = debt.score;
    for (const DebtFactor& f : debt.factors)
        e.debtFactors.append({ f.factor, f.points, f.since, f.owasp });
    e.granted = figures.granted;
    e.used = figures.used;
    e.unused = figures.unused;
    e.lastUsedAt = i.lastUsedAt;
    e.coverage = { facts.coverageDays, 90, facts.coverageScope };
    e.capturedAt = now;
    return e;
}

} // namespace

Result<qint64> CampaignService::create(const CampaignRequest& request, const Progress& progress)
{
    return create(request, 0, {}, progress);
}

Result<qint64> CampaignService::create(const CampaignRequest& request, qint64 templateId,
                                       const QDateTime& templateNextRun)
{
    return create(request, templateId, templateNextRun, {});
}

Result<qint64> CampaignService::create(const CampaignRequest& request, qint64 templateId,
                                       const QDateTime& templateNextRun, const Progress& progress)
{
    if (request.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("a campaign needs a name"));
    if (!request.due.isValid())
        return fieldError(QStringLiteral("due"), tr("expected a date such as 2026-12-31"));
    const QDateTime now = m_clock.now();
    if (request.due <= now)
        return fieldError(QStringLiteral("due"),
                          tr("%1 has already passed").arg(request.due.date().toString(Qt::ISODate)));
    if (!request.fallbackReviewer.isEmpty() && !looksLikeEmail(request.fallbackReviewer))
        return fieldError(QStringLiteral("fallbackReviewer"),
                          tr("expected an email address, got \"%1\"").arg(request.fallbackReviewer));
    if (!request.secondStage.isEmpty() && request.secondStage != QLatin1String("technical")
        && request.secondStage != QLatin1String("manager"))
        return fieldError(QStringLiteral("secondStage"),
                          tr("expected technical or manager, got \"%1\"").arg(request.secondStage));
    auto scope = CampaignScope::parse(request.scope);
    if (!scope)
        return scope.error();

    qint64 campaignId = 0;
    FindingText::dropCache(); // the findings' sentences frozen into items are in today's language, on every core
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        CampaignStore store(db);
        auto inScope = store.inScope(scope->selection());
        if (!inScope)
            return inScope.error();
        QSet<qint64> ids;
        QHash<qint64, QStringList> asks; // only what is due, when asked for; all three otherwise
        int stillCertified = 0;
        for (const ScopedIdentity& scoped : inScope.value()) {
            const QStringList due = Attestations::due(scoped.ownershipUntil, scoped.scopeUntil, scoped.needUntil, now);
            if (request.onlyExpired && due.isEmpty()) {
                ++stillCertified;
                continue;
            }
            ids.insert(scoped.id);
            if (request.onlyExpired && due.size() < Attestations::kAll.size())
                asks.insert(scoped.id, due);
        }
        if (ids.isEmpty() && stillCertified > 0) {
            return Error {
                tr("every identity matching \"%1\" is still certified for ownership, task scope and business need")
                    .arg(request.scope),
                QStringLiteral("all-certified"), QStringLiteral("scope")
            };
        }
        if (ids.isEmpty())
            return fieldError(QStringLiteral("scope"), tr("no identity matches \"%1\"").arg(request.scope));

        auto people = FactsLoader::people(db);
        if (!people)
            return people.error();
        // Said before anything is built: with no one to route them to, those items would make the campaign fail.
        if (request.fallbackReviewer.isEmpty()) {
            qsizetype unroutable = 0;
            qint64 first = 0;
            for (const ScopedIdentity& scoped : inScope.value()) {
                const bool ownerActive = !scoped.businessOwner.isEmpty()
                    && (people->isEmpty() || people->value(scoped.businessOwner, false));
                if (ids.contains(scoped.id) && !ownerActive) {
                    ++unroutable;
                    first = first == 0 ? scoped.id : std::min(first, scoped.id);
                }
            }
            if (unroutable > 0) {
                auto named = IdentityRepository(m_database).byId(first);
                return fieldError(QStringLiteral("fallbackReviewer"),
                                  tr("%n identities have no active owner and no fallback reviewer (first: %1); name a "
                                     "fallback reviewer",
                                     nullptr, int(unroutable))
                                      .arg(named ? named->displayName : QString::number(first)));
            }
        }
        // The last certified evidence of each identity, to mark items unchanged since then.
        auto lastCertified = store.lastCertifiedEvidence();
        if (!lastCertified)
            return lastCertified.error();
        auto inserted = store.insertCampaign({ request.name.trimmed(), scope->expression(), request.due, now,
                                               request.createdBy, request.fallbackReviewer.toLower(),
                                               request.secondStage, request.trigger, templateId });
        if (!inserted)
            return inserted.error();
        campaignId = inserted.value();
        if (templateId > 0 && templateNextRun.isValid()) {
            if (auto moved = AutomationStore(db).moveTemplate(templateId, templateNextRun); !moved)
                return moved;
        }

        const DriftAnalyzer analyzer(now);
        const TrustDebtScorer scorer(now);
        const QDate windowStart = now.date().addDays(-90);
        auto coverage = FactsLoader::coverage(db, windowStart);
        if (!coverage)
            return coverage.error();
        // One item per identity, built from its facts alone: batches are built on the other cores while the store
        // is read and written on this thread, as the analysis does.
        struct BuiltItem
        {
            bool inScope = false;
            qint64 identityId = 0;
            QString displayName;
            QString reviewer; ///< empty: no active owner and no fallback reviewer
            QString reason;
            QByteArray evidence; ///< compact JSON, UTF-8
            QString hash;
        };
        auto build = [&](const IdentityFacts& facts) {
            BuiltItem item;
            const Identity& i = facts.identity;
            if (!ids.contains(i.id))
                return item;
            item.inScope = true;
            item.identityId = i.id;
            item.displayName = i.displayName;
            DriftFigures figures;
            const QList<Finding> findings = analyzer.analyze(facts, &figures);
            const TrustDebt debt = scorer.score(findings);
            const bool ownerActive
                = !i.businessOwner.isEmpty() && (people->isEmpty() || people->value(i.businessOwner, false));
            QString reviewer = ownerActive ? i.businessOwner : request.fallbackReviewer.toLower();
            // Kept as data: each reader sees why in their own language.
            QList<QJsonObject> why {
                request.trigger.isEmpty()
                    ? (request.scope.isEmpty()
                           ? FindingText { "CampaignService",
                                           QT_TRANSLATE_NOOP("CampaignService",
                                                             "in scope of every identity that is not retired"),
                                           {},
                                           -1 }
                           : FindingText { "CampaignService",
                                           QT_TRANSLATE_NOOP("CampaignService", "in scope of %1"),
                                           { scope->expression() },
                                           -1 })
                          .toJson()
                    : TriggerService::describeText(request.trigger).toJson()
            };
            FindingText reasonText {
                "CampaignService", QT_TRANSLATE_NOOP("CampaignService", "business owner"), {}, -1
            };
            if (!ownerActive) {
                reasonText = i.businessOwner.isEmpty()
                    ? FindingText { "CampaignService",
                                    QT_TRANSLATE_NOOP("CampaignService",
                                                      "orphaned: no owner, routed to the fallback reviewer"),
                                    {},
                                    -1 }
                    : FindingText { "CampaignService",
                                    QT_TRANSLATE_NOOP(
                                        "CampaignService",
                                        "orphaned: %1 has left or is unknown, routed to the fallback reviewer"),
                                    { i.businessOwner },
                                    -1 };
                why << reasonText.toJson();
            }
            const QString reason = reasonText.render();
            for (const Finding& f : findings) {
                if (f.severity == QLatin1String("high")) {
                    const QJsonObject detail = f.detailData.isEmpty()
                        ? QJsonObject()
                        : QJsonDocument::fromJson(f.detailData.toUtf8()).object();
                    // The detail travels as data when it has some, else as the sentence it was stored as.
                    why << (detail.isEmpty() ? FindingText { "CampaignService",
                                                             QT_TRANSLATE_NOOP("CampaignService", "%1 (%2): %3"),
                                                             { f.type, f.owasp, f.detail },
                                                             -1 }
                                                   .toJson()
                                             : FindingText { "CampaignService",
                                                             QT_TRANSLATE_NOOP("CampaignService", "%1 (%2): %3"),
                                                             { f.type, f.owasp },
                                                             -1 }
                                                   .toJson(detail));
                }
            }
            if (reviewer.isEmpty())
                return item; // no one to route it to: named in the error below
            ReviewEvidence frozen = evidenceFor(facts, findings, debt, figures, now, why, reasonText.toJson());
            // Which attestations this item asks, and until when the others stay certified.
            const QStringList asked = asks.value(i.id, Attestations::kAll);
            const QDateTime until[] = { facts.ownershipUntil, facts.scopeUntil, facts.needUntil };
            for (int k = 0; k < 3; ++k)
                frozen.attestations.insert(Attestations::kAll.at(k),
                                           { asked.contains(Attestations::kAll.at(k)), until[k] });
            item.reviewer = reviewer;
            item.reason = reason;
            item.hash = QString::fromLatin1(Sha256::hash(frozen.stableJson()).toHex());
            item.evidence = frozen.toCompactJson();
            return item;
        };
        auto buildBatch = [&](const FactsBatch& batch) {
            return QtConcurrent::mapped(batch.facts, build);
        };
        auto loadAfter = [&](qint64 after, FactsBatch* batch) {
            return FactsLoader::load(db, after, 0, windowStart, people.value(), batch, &coverage.value(),
                                     FactsLoader::OpenFindings::Skip);
        };
        QStringList unrouted;
        int done = 0;
        FactsBatch batch;
        if (auto loaded = loadAfter(0, &batch); !loaded)
            return loaded;
        QFuture<BuiltItem> building = buildBatch(batch);
        // An error returns early: the batch being built must finish before what it reads goes away.
        const auto settle = qScopeGuard([&] {
            building.cancel();
            building.waitForFinished();
        });
        while (!batch.facts.isEmpty()) {
            FactsBatch next;
            const Status loadedNext = loadAfter(batch.facts.constLast().identity.id, &next);
            const QList<BuiltItem> built = building.results();
            if (!loadedNext)
                return loadedNext;
            if (!next.facts.isEmpty())
                building = buildBatch(next);
            for (const BuiltItem& item : built) {
                if (!item.inScope)
                    continue;
                if (progress && ++done % 100 == 0 && !progress(done, int(ids.size())))
                    return makeError(tr("Cancelled: no campaign was created."));
                if (item.reviewer.isEmpty()) {
                    unrouted << item.displayName;
                    continue;
                }
                const bool unchanged = lastCertified->value(item.identityId) == item.hash;
                if (auto st = store.insertItem({ campaignId, item.identityId, item.reviewer, item.reason, item.evidence,
                                                 item.hash, unchanged, asks.value(item.identityId) });
                    !st)
                    return st;
            }
            batch = std::move(next);
        }
        if (!unrouted.isEmpty()) {
            return fieldError(
                QStringLiteral("fallbackReviewer"),
                tr("%n identities have no active owner and no fallback reviewer (first: %1); name a fallback reviewer",
                   nullptr, int(unrouted.size()))
                    .arg(unrouted.first()));
        }
        AuditLog audit(db);
        return audit.append(now, request.createdBy, QStringLiteral("campaign.create"), QStringLiteral("campaign"),
                            QString::number(campaignId),
                            QJsonObject { { QStringLiteral("name"), request.name },
                                          { QStringLiteral("scope"), scope->expression() },
                                          { QStringLiteral("due"), Timestamp::toIso(request.due) },
                                          { QStringLiteral("items"), int(ids.size()) } });
    });
    if (!status)
        return status.error();
    return campaignId;
}

Result<QList<Campaign>> CampaignService::list() const
{
    return CampaignStore(m_database->connection()).list();
}

Result<Campaign> CampaignService::byId(qint64 id) const
{
    auto found = CampaignStore(m_database->connection()).byId(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(tr("No campaign with id %1").arg(id));
    return found->value();
}

Result<CampaignStatus> CampaignService::status(qint64 id) const
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    CampaignStatus status;
    status.campaign = campaign.value();
    if (auto counted = CampaignStore(m_database->connection()).countInto(id, &status); !counted)
        return counted.error();
    if (campaign->due < m_clock.now() && campaign->status == CampaignState::Open)
        status.overdue = status.items - status.decided;
    return status;
}

Result<QList<Reminder>> CampaignService::remind(qint64 id, const QString& actor)
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    if (campaign->status != CampaignState::Open)
        return makeError(tr("Campaign %1 is closed; there is nobody to remind").arg(id));
    QList<Reminder> out;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto pending = CampaignStore(db).pendingByReviewer(id);
        if (!pending)
            return pending.error();
        out = pending.value();
        if (out.isEmpty())
            return {};
        QJsonArray reviewers;
        for (const Reminder& r : std::as_const(out))
            reviewers.append(
                QJsonObject { { QStringLiteral("reviewer"), r.reviewer }, { QStringLiteral("pending"), r.pending } });
        AuditLog audit(db);
        return audit.append(m_clock.now(), actor, QStringLiteral("campaign.remind"), QStringLiteral("campaign"),
                            QString::number(id), QJsonObject { { QStringLiteral("reviewers"), reviewers } });
    });
    if (!status)
        return status.error();
    return out;
}

Result<int> CampaignService::escalate(qint64 id, const QString& actor)
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    const QDateTime now = m_clock.now();
    if (campaign->status != CampaignState::Open || campaign->due >= now)
        return 0; // nothing is overdue yet
    int moved = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        CampaignStore store(db);
        auto overdue = store.escalations(id);
        if (!overdue)
            return overdue.error();
        AuditLog audit(db);
        for (const Escalation& e : overdue.value()) {
            if (auto q = store.moveItem(e.itemId, e.manager, e.reviewer); !q)
                return q;
            if (auto st = audit.append(now, actor, QStringLiteral("review.escalate"), QStringLiteral("review-item"),
                                       QString::number(e.itemId),
                                       QJsonObject { { QStringLiteral("from"), e.reviewer },
                                                     { QStringLiteral("to"), e.manager },
                                                     { QStringLiteral("campaign"), id } });
                !st)
                return st;
            ++moved;
        }
        return {};
    });
    if (!status)
        return status.error();
    return moved;
}

Result<QList<FlaggedDecision>> CampaignService::flagged(qint64 id) const
{
    return CampaignStore(m_database->connection()).flagged(id);
}

Result<QList<std::pair<QDateTime, int>>> CampaignService::burndown(qint64 id) const
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    const CampaignStore store(m_database->connection());
    auto total = store.itemCount(id);
    if (!total)
        return makeError(tr("Cannot count the items of campaign %1").arg(id));
    int remaining = total.value();
    QList<std::pair<QDateTime, int>> points { { campaign->createdAt, remaining } };
    // An amendment does not decide an item twice: each item counts once, when first decided.
    auto decided = store.firstDecisions(id);
    if (!decided)
        return decided.error();
    for (const QDateTime& at : decided.value())
        points.append({ at, --remaining });
    return points;
}

Result<QList<RemediationTask>> CampaignService::tasks(qint64 id) const
{
    return RemediationStore(m_database->connection()).tasks(id);
}

Result<QStringList> CampaignService::reviewers(qint64 id) const
{
    return CampaignStore(m_database->connection()).reviewers(id);
}

Result<CloseReport> CampaignService::close(qint64 id, const QString& actor)
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    if (campaign->status != CampaignState::Open)
        return makeError(tr("Campaign %1 is already closed").arg(id));
    const QDateTime now = m_clock.now();
    CloseReport report;
    QList<std::pair<qint64, QString>> reassignments;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        CampaignStore store(db);
        auto decided = store.closingDecisions(id);
        if (!decided)
            return decided.error();
        QList<std::tuple<qint64, QString, QString>> tasks;
        for (const ClosingDecision& d : decided.value()) {
            if (d.ownership == Answer::Reassign) {
                tasks.append({ d.identityId, QStringLiteral("reassign-owner"), d.ownershipTarget });
                reassignments.append({ d.identityId, d.ownershipTarget });
            }
            if (d.scope == Answer::Reduce) {
                for (const QString& permission : d.scopeRemove)
                    tasks.append({ d.identityId, QStringLiteral("remove-grant"), permission });
            }
            if (d.need == Answer::Revoke)
                tasks.append({ d.identityId, QStringLiteral("disable-identity"), QString() });
            else if (d.need == Answer::Retire)
                tasks.append({ d.identityId, QStringLiteral("retire-identity"), QString() });
        }
        // Certifying keeps the identity, not its stale keys: each one it still has must be rotated.
        auto stale = store.staleCredentialsKept(id);
        if (!stale)
            return stale.error();
        for (const auto& [identity, credential] : stale.value())
            tasks.append({ identity, QStringLiteral("rotate-credential"), credential });
        RemediationStore remediation(db);
        for (const auto& [identity, action, subject] : tasks) {
            if (auto t = remediation.insert(id, identity, action, subject, now); !t)
                return t;
        }
        report.tasks = int(tasks.size());
        auto undecided = store.expirePending(id);
        if (!undecided)
            return undecided.error();
        report.undecided = undecided.value();
        if (auto closed = store.markClosed(id, now); !closed)
            return closed;
        AuditLog audit(db);
        return audit.append(now, actor, QStringLiteral("campaign.close"), QStringLiteral("campaign"),
                            QString::number(id),
                            QJsonObject { { QStringLiteral("tasks"), report.tasks },
                                          { QStringLiteral("undecided"), report.undecided } });
    });
    if (!status)
        return status.error();
    // A reassignment is something Recertify itself owns: apply it now, audited, and mark it done.
    LifecycleService lifecycle(m_database, m_clock);
    for (const auto& [identity, owner] : std::as_const(reassignments)) {
        OwnershipChange change;
        change.businessOwner = owner;
        if (auto applied = lifecycle.setOwnership(identity, change, actor); !applied)
            return applied.error();
    }
    if (auto verified = verifyRemediation(); !verified)
        return verified.error();
    return report;
}

Result<int> CampaignService::verifyRemediation()
{
    const QDateTime now = m_clock.now();
    int done = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        RemediationStore store(db);
        auto open = store.open();
        if (!open)
            return open.error();
        for (const OpenTask& task : open.value()) {
            auto checked = store.isDone(task);
            if (!checked)
                return checked.error();
            if (!checked->has_value())
                continue;
            const bool isDone = checked->value();
            QString state = isDone ? QStringLiteral("done") : QStringLiteral("open");
            // Two weeks after the campaign closed, an undone task is overdue.
            if (!isDone && task.campaignClosedAt.isValid() && task.campaignClosedAt.daysTo(now) > 14)
                state = QStringLiteral("overdue");
            if (auto update = store.setState(task.id, state, isDone ? now : QDateTime()); !update)
                return update;
            done += isDone ? 1 : 0;
        }
        return {};
    });
    if (!status)
        return status.error();
    return done;
}

} // namespace recertify
