#include "core/analysis/IdentityInsight.h"

#include "core/analysis/PermissionIndex.h"
#include "core/analysis/PermissionMatcher.h"
#include "core/analysis/TrustDebtScorer.h"
#include "core/domain/IdentityKind.h"
#include "core/storage/FactsLoader.h"
#include "core/storage/FindingRepository.h"
#include "core/storage/IdentityRepository.h"
#include "core/storage/SqlUtil.h"

#include <QSet>

namespace recertify {

namespace {

constexpr int kMaxDepth = 3;
constexpr int kMaxReachable = 200;

} // namespace

Result<UsageCoverage> IdentityInsightService::coverage(qint64 identityId) const
{
    UsageCoverage out;
    const QDate windowStart = m_clock.now().date().addDays(-90);
    const QSqlDatabase db = m_database->connection();
    auto coverage = FactsLoader::coverage(db, windowStart);
    if (!coverage)
        return coverage.error();
    FactsBatch batch;
    if (auto loaded = FactsLoader::load(db, 0, identityId, windowStart, {}, &batch, &coverage.value(),
                                        FactsLoader::OpenFindings::Skip);
        !loaded)
        return loaded.error();
    if (!batch.facts.isEmpty()) {
        out.days = batch.facts.first().coverageDays;
        out.scope = batch.facts.first().coverageScope;
        out.through = batch.facts.first().coverageThrough;
    }
    return out;
}

Result<IdentityInsight> IdentityInsightService::load(qint64 identityId) const
{
    IdentityRepository identities(m_database);
    IdentityInsight insight;
    auto identity = identities.byId(identityId);
    if (!identity)
        return identity.error();
    insight.identity = identity.value();
    const Identity& self = insight.identity;

    auto grants = identities.grants(identityId);
    auto credentials = identities.credentials(identityId);
    auto usage = identities.usage(identityId);
    auto lifecycle = identities.lifecycle(identityId);
    auto findings = FindingRepository(m_database).openFor(identityId);
    auto history = SnapshotRepository(m_database).identity(identityId);
    for (const QString& problem : { grants.errorString(), credentials.errorString(), usage.errorString(),
                                    lifecycle.errorString(), findings.errorString(), history.errorString() }) {
        if (!problem.isEmpty())
            return makeError(problem);
    }
    insight.credentials = credentials.value();
    insight.usage = usage.value();
    insight.lifecycle = lifecycle.value();
    insight.findings = findings.value();
    insight.history = history.value();
    insight.debt = TrustDebtScorer(m_clock.now()).score(insight.findings);
    // What the used/unused marks stand on: which days activity data covers for this identity.
    auto covered = coverage(identityId);
    if (!covered)
        return covered.error();
    insight.coverageDays = covered->days;
    insight.coverageScope = covered->scope;
    if (self.parentId > 0) {
        if (auto parent = identities.byId(self.parentId))
            insight.parent = parent.value();
    }

    const QDate windowStart = m_clock.now().date().addDays(-90);
    const UsedActions usedActions(self.source, insight.usage, windowStart);
    for (const Grant& g : grants.value()) {
        GrantInsight gi { g, usedActions.uses(g.permission),
                          PermissionMatcher::isAdmin(self.source, g, grants.value(), { m_clock.now() }), false };
        gi.declared = std::any_of(self.declaredScope.cbegin(), self.declaredScope.cend(), [&](const QString& s) {
            return PermissionMatcher::covers(self.source, s, g.permission) || s == g.permission;
        });
        insight.grants.append(gi);
    }

    // Blast radius: breadth-first over delegation and role assumption.
    QSet<qint64> seen { identityId };
    QSet<QString> permissions;
    for (const Grant& g : grants.value())
        permissions.insert(g.permission);
    QList<std::pair<qint64, int>> frontier { { identityId, 0 } };
    while (!frontier.isEmpty() && insight.blastRadius.size() < kMaxReachable) {
        const auto [current, depth] = frontier.takeFirst();
        if (depth >= kMaxDepth)
            continue;
        QList<std::pair<qint64, QString>> next;
        auto children = identities.delegateIds(current);
        if (!children)
            return children.error();
        for (qint64 child : children.value())
            next.append({ child, QStringLiteral("delegated to") });
        auto assumable = identities.assumableIds(current);
        if (!assumable)
            return assumable.error();
        for (qint64 role : assumable.value())
            next.append({ role, QStringLiteral("sts:AssumeRole") });
        for (const auto& [id, via] : next) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto reached = identities.byId(id);
            auto reachedGrants = identities.grants(id);
            if (!reached || !reachedGrants)
                continue;
            for (const Grant& g : reachedGrants.value())
                permissions.insert(g.permission);
            insight.blastRadius.append(ReachableIdentity { id, reached->displayName, reached->kind, via, depth + 1,
                                                           int(reachedGrants->size()) });
            frontier.append({ id, depth + 1 });
        }
    }
    insight.reachablePermissions = int(permissions.size());
    return insight;
}

} // namespace recertify
