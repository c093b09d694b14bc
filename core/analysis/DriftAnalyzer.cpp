#include "core/analysis/DriftAnalyzer.h"

#include "core/analysis/PermissionIndex.h"
#include "core/analysis/PermissionMatcher.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace recertify {

namespace {

// How far back AWS tracks a role's last use (IAM API reference, RoleLastUsed) and Access Advisor's last accesses.
constexpr int kAwsTrackingDays = 400;

// A grant's own date when the source gave one; else the identity's, the earliest it can be.
QDateTime grantedSince(const Grant& g, const Identity& identity)
{
    return g.grantedAt.isValid() ? g.grantedAt : identity.createdAt;
}

// Who may assume a role is kept beside its grants but is not something it may do.
bool isTrustEntry(const Grant& g)
{
    return g.resourceScope.startsWith(QLatin1String("trust-policy"));
}

QDateTime dayStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

// Interactive sign-ins and console sessions are people, not workloads.
bool looksHuman(const QString& action)
{
    return action.endsWith(QLatin1String(":ConsoleLogin"), Qt::CaseInsensitive)
        || action.startsWith(QLatin1String("console:"), Qt::CaseInsensitive)
        || action.startsWith(QLatin1String("signIn:interactive"), Qt::CaseInsensitive);
}

// A detail as data; its text is marked for translation where it is written (QT_TR_NOOP).
FindingText text(const char* source, QStringList args = {}, int n = -1)
{
    return FindingText { "DriftAnalyzer", source, std::move(args), n };
}

} // namespace

void DriftAnalyzer::add(Found& out, const IdentityFacts& facts, const QString& type, const QString& subject,
                        const FindingText& detail, QDateTime since) const
{
    const DebtWeight* weight = TrustDebtWeights::of(type);
    Finding f;
    f.identityId = facts.identity.id;
    f.type = type;
    f.subject = subject;
    f.severity = weight ? QString::fromLatin1(weight->severity) : QStringLiteral("medium");
    f.owasp = weight ? QString::fromLatin1(weight->owasp) : QString();
    f.detail = detail.renderCached();
    f.detailData = detail.toData(); // rendered again in the reader's language
    // A condition cannot have started in the future; an unknown start stays invalid for the caller
    // to fill from when the finding was first seen.
    out.watch(since, m_now);
    f.since = since.isValid() && since > m_now ? m_now : since;
    out.list.append(f);
}

QList<Finding> DriftAnalyzer::analyze(const IdentityFacts& facts, DriftFigures* figures) const
{
    Found out;
    // Counts of days change with the date; every moment a comparison below turns is watched as well.
    out.until = m_now.date().addDays(1).startOfDay(m_now.timeSpec(), m_now.offsetFromUtc());
    const Identity& id = facts.identity;
    const bool live = id.enabled && id.status != LifecycleState::Retired;
    const QDateTime windowStart = m_now.addDays(-m_policy.windowDays);
    // Usage is kept per day: the window is whole days, the same the store loads.
    const QDate windowFirstDay = m_now.date().addDays(-m_policy.windowDays);
    auto inWindow = [&](const UsageRecord& u) {
        return u.day >= windowFirstDay;
    };

    // Granted vs used: a grant is used when allowed activity in the window falls under it.
    QSet<QString> allowedActions;
    QHash<QString, QDate> firstSeen;
    qint64 deniedCalls = 0;
    QDate lastDenied;
    for (const UsageRecord& u : facts.usage) {
        if (!inWindow(u))
            continue;
        if (u.outcome == QLatin1String("allowed"))
            allowedActions.insert(u.action);
        if (u.outcome == QLatin1String("denied")) {
            deniedCalls += u.count;
            lastDenied = std::max(lastDenied, u.day);
        }
        const QDate known = firstSeen.value(u.action);
        if (!known.isValid() || u.day < known)
            firstSeen.insert(u.action, u.day);
    }
    const UsedActions usedActions(id.source, facts.usage, windowFirstDay);
    DriftFigures f;
    // Unused, never used and dormant are claims about observed activity: none without activity data.
    const bool usageObserved = facts.coverageDays != 0;
    QSet<QString> unusedSeen;
    QStringList unmarkedTools;
    QDateTime unmarkedSince;
    for (const Grant& g : facts.grants) {
        if (isTrustEntry(g)) {
            const QString who = g.permission.section(u':', 1);
            if (id.status != LifecycleState::Retired) {
                const bool conditioned = g.resourceScope.contains(QLatin1String("conditioned"));
                add(out, facts, QStringLiteral("open-trust"), who,
                    who == QLatin1String("*")
                        ? text(conditioned ? QT_TR_NOOP(
                                   "anyone may assume it (trust policy principal \"*\"), subject to a condition")
                                           : QT_TR_NOOP("anyone may assume it (trust policy principal \"*\")"))
                        : text(conditioned
                                   ? QT_TR_NOOP("%1, outside its own account, may assume it, subject to a condition")
                                   : QT_TR_NOOP("%1, outside its own account, may assume it"),
                               { who }),
                    id.createdAt);
            }
            continue;
        }
        ++f.granted;
        if (g.isUnresolved()) {
            // What it allows is unknown, so neither used nor unused can be claimed; a cluster-admin binding
            // allows everything, which the admin-grant finding says.
            if (live && !PermissionMatcher::isAdmin(id.source, g.permission, g.resourceScope)) {
                add(out, facts, QStringLiteral("unresolved-grant"), g.permission,
                    text(QT_TR_NOOP("%1 is attached, but its content was not in the input"), { g.permission }),
                    grantedSince(g, id));
            }
            continue;
        }
        if (live && id.source == QLatin1String("mcp")) {
            const QStringList hints = g.resourceScope.split(u';');
            if (hints.contains(QLatin1String("destructive"))) {
                add(out, facts, QStringLiteral("destructive-tool"), g.permission,
                    text(QT_TR_NOOP("tool %1 may change or delete data (its server marks it destructive)"),
                         { g.permission }),
                    grantedSince(g, id));
            } else if (hints.contains(QLatin1String("unmarked"))) {
                unmarkedTools << g.permission;
                const QDateTime since = grantedSince(g, id);
                if (!unmarkedSince.isValid() || (since.isValid() && since < unmarkedSince))
                    unmarkedSince = since;
            }
        }
        if (usedActions.uses(g.permission)) {
            ++f.used;
            continue;
        }
        if (!usageObserved || !PermissionMatcher::usageObservable(id.source, g.permission))
            continue; // usage unknown: neither used nor unused
        ++f.unused;
        if (live && !unusedSeen.contains(g.permission)) {
            unusedSeen.insert(g.permission);
            add(out, facts, QStringLiteral("unused-grant"), g.permission,
                text(QT_TR_N_NOOP("%1 was not used in the last %n days"), { g.permission }, m_policy.windowDays),
                grantedSince(g, id).addDays(m_policy.windowDays));
        }
    }
    if (!unmarkedTools.isEmpty()) {
        // The MCP specification's defaults: a tool its server does not mark read-only may change data, and
        // destructively unless marked otherwise. One finding for them all: many servers mark nothing.
        unmarkedTools.removeDuplicates();
        unmarkedTools.sort();
        const qsizetype shown = std::min<qsizetype>(unmarkedTools.size(), 10);
        QString names = QStringList(unmarkedTools.mid(0, shown)).join(QStringLiteral(", "));
        if (shown < unmarkedTools.size())
            names += QStringLiteral(", …");
        add(out, facts, QStringLiteral("destructive-tool"), QString(),
            text(QT_TR_N_NOOP("%n tools the input does not mark read-only or non-destructive may change or delete "
                              "data, as MCP assumes of unmarked tools: %1"),
                 { names }, int(unmarkedTools.size())),
            unmarkedSince);
    }
    QSet<QString> adminSeen;
    const GrantHolder holder { m_now };
    // Each grant asked once: the findings below and a campaign's evidence (through the figures) read the answer.
    QList<bool> admin(facts.grants.size());
    for (qsizetype n = 0; n < facts.grants.size(); ++n)
        admin[n] = PermissionMatcher::isAdmin(id.source, facts.grants.at(n), facts.grants, holder);
    // One finding per binding or policy that makes it an administrator, naming what does: a role such as
    // Kubernetes' edit gives a score of admin permissions at once, one decision for the reviewer, not a score.
    struct ThroughOne
    {
        QString via;
        QStringList permissions;
        QDateTime since;
    };
    QList<ThroughOne> throughOne;
    for (qsizetype n = 0; n < facts.grants.size(); ++n) {
        const Grant& g = facts.grants.at(n);
        if (isTrustEntry(g))
            continue;
        if (admin.at(n) && !adminSeen.contains(g.permission)) {
            adminSeen.insert(g.permission);
            const bool escalates = PermissionMatcher::escalatesToAdmin(id.source, g, facts.grants, holder);
            if (!escalates && !g.grantedVia.isEmpty()) {
                auto it = std::find_if(throughOne.begin(), throughOne.end(),
                                       [&g](const ThroughOne& x) { return x.via == g.grantedVia; });
                if (it == throughOne.end())
                    it = throughOne.insert(throughOne.end(), ThroughOne { g.grantedVia, {}, grantedSince(g, id) });
                it->permissions << g.permission;
                it->since = std::min(it->since, grantedSince(g, id));
                continue;
            }
            add(out, facts, QStringLiteral("admin-grant"), g.permission,
                escalates ? text(QT_TR_NOOP("%1 through %2 lets it give itself any permission (privilege escalation)"),
                                 { g.permission, g.grantedVia.isEmpty() ? QStringLiteral("-") : g.grantedVia })
                          : text(QT_TR_NOOP("%1 through a direct grant"), { g.permission }),
                grantedSince(g, id));
        }
    }
    for (const ThroughOne& x : std::as_const(throughOne)) {
        if (x.permissions.size() == 1) {
            add(out, facts, QStringLiteral("admin-grant"), x.permissions.first(),
                text(QT_TR_NOOP("%1 through %2"), { x.permissions.first(), x.via }), x.since);
            continue;
        }
        // The first names the finding (its subject), as when it stood alone. The binding leads, as what a reviewer
        // acts on; a long list of its permissions is cut, their number said.
        constexpr qsizetype kNamed = 6;
        const QString named = x.permissions.mid(0, kNamed).join(QStringLiteral(", "))
            + (x.permissions.size() > kNamed ? QStringLiteral(", …") : QString());
        add(out, facts, QStringLiteral("admin-grant"), x.permissions.first(),
            text(QT_TR_N_NOOP("%n admin permission(s) through %2: %1"), { named, x.via }, int(x.permissions.size())),
            x.since);
    }

    // What reaches every user's data or deletes at large, below administrator: an administrator's findings say more.
    QSet<QString> reachSeen;
    // In a namespace, one finding per namespace and kind of reach, naming every permission that gives it: get, list
    // and watch on Secrets are one way to them, not three findings.
    struct InNamespace
    {
        PermissionMatcher::Reach reach;
        QString where;
        QStringList permissions;
        QStringList vias;
        QDateTime since;
    };
    QList<InNamespace> inNamespaces;
    for (qsizetype n = 0; n < facts.grants.size(); ++n) {
        const Grant& g = facts.grants.at(n);
        if (!adminSeen.isEmpty() || !live)
            break;
        if (isTrustEntry(g))
            continue;
        const PermissionMatcher::Reach reach = PermissionMatcher::reach(id.source, g);
        if (reach == PermissionMatcher::Reach::None || admin.at(n))
            continue;
        const QString via = g.grantedVia.isEmpty() ? QStringLiteral("-") : g.grantedVia;
        const bool inOneNamespace = g.resourceScope.startsWith(QLatin1String("ns:"));
        if (reach == PermissionMatcher::Reach::NamespaceWorkloads || reach == PermissionMatcher::Reach::NamespaceSecrets
            || reach == PermissionMatcher::Reach::EveryRepository
            || (reach == PermissionMatcher::Reach::NamespaceLabels && inOneNamespace)) {
            // A namespace, or the GitHub account whose repositories are all given ("ACCOUNT:repositories=all").
            QString where = reach == PermissionMatcher::Reach::EveryRepository
                ? (g.resourceScope.contains(u':') ? g.resourceScope.section(u':', 0, 0) : QString())
                : g.resourceScope.section(u';', 0, 0);
            if (where.startsWith(QLatin1String("ns:")))
                where = where.mid(3);
            auto it = std::find_if(inNamespaces.begin(), inNamespaces.end(),
                                   [&](const InNamespace& x) { return x.reach == reach && x.where == where; });
            if (it == inNamespaces.end())
                it = inNamespaces.insert(inNamespaces.end(), InNamespace { reach, where, {}, {}, grantedSince(g, id) });
            if (!it->permissions.contains(g.permission))
                it->permissions << g.permission;
            if (!it->vias.contains(via))
                it->vias << via;
            it->since = std::min(it->since, grantedSince(g, id));
            continue;
        }
        if (reachSeen.contains(g.permission))
            continue;
        reachSeen.insert(g.permission);
        add(out, facts, QStringLiteral("sensitive-grant"), g.permission,
            reach == PermissionMatcher::Reach::EveryUsersData
                ? text(QT_TR_NOOP("%1 acts on the data of every user in the tenant: an application permission needs "
                                  "no signed-in user"),
                       { g.permission })
                : reach == PermissionMatcher::Reach::NamespaceLabels
                ? text(QT_TR_NOOP("%1 is granted cluster-wide (through %2): a namespace's labels set its Pod Security "
                                  "level, so it may let privileged pods into any namespace"),
                       { g.permission, via })
                : text(QT_TR_NOOP("%1 is granted cluster-wide (through %2): it may delete them across the whole "
                                  "cluster"),
                       { g.permission, via }),
            grantedSince(g, id));
    }
    for (InNamespace& x : inNamespaces) {
        const bool workloads = x.reach == PermissionMatcher::Reach::NamespaceWorkloads;
        // In order, whatever order the store gives the grants in: the words stay as they were while nothing changed.
        x.permissions.sort();
        x.vias.sort();
        const QString permissions = x.permissions.join(QStringLiteral(", "));
        const QString vias = x.vias.join(QStringLiteral(", "));
        if (x.reach == PermissionMatcher::Reach::EveryRepository) {
            add(out, facts, QStringLiteral("sensitive-grant"),
                x.where.isEmpty() ? QStringLiteral("all repositories")
                                  : QStringLiteral("all repositories of ") + x.where,
                x.where.isEmpty()
                    ? text(QT_TR_NOOP("%1 on all repositories, those made later too: it may change the code or the "
                                      "workflows of every one of them"),
                           { permissions })
                    : text(QT_TR_NOOP("%1 on all repositories of %2, those made later too: it may change the code or "
                                      "the workflows of every one of them"),
                           { permissions, x.where }),
                x.since);
            continue;
        }
        if (x.reach == PermissionMatcher::Reach::NamespaceLabels) {
            add(out, facts, QStringLiteral("sensitive-grant"), QStringLiteral("labels of ") + x.where,
                text(QT_TR_NOOP("%1 on namespace %2 (through %3): its labels set its Pod Security level, so it may "
                                "let privileged pods into it"),
                     { permissions, x.where, vias }),
                x.since);
            continue;
        }
        // The subject names the namespace and the way in, so the finding stays one while its permissions change.
        add(out, facts, QStringLiteral("sensitive-grant"),
            (workloads ? QStringLiteral("workloads in ") : QStringLiteral("secrets in ")) + x.where,
            workloads ? text(QT_TR_NOOP("%1 in namespace %2 (through %3): a pod it makes or changes may run as any "
                                        "service account of that namespace and read any of its Secrets"),
                             { permissions, x.where, vias })
                      : text(QT_TR_NOOP("%1 in namespace %2 (through %3): every Secret of that namespace can be read, "
                                        "service account tokens among them"),
                             { permissions, x.where, vias }),
            x.since);
    }

    // Out of scope: what it did outside what its owner declared, and what it tried outside its grants.
    QSet<QString> outOfScope;
    const PermissionSet declaredSet(id.source, id.declaredScope);
    QStringList grantedPatterns;
    for (const Grant& g : facts.grants)
        grantedPatterns << g.permission;
    const PermissionSet grantedSet(id.source, grantedPatterns);
    for (const UsageRecord& u : facts.usage) {
        // A console session beside a call is the human-use finding's; the call itself is judged on its own.
        // Being assumed by a workload outside AWS is the trust policy's to allow, not a grant's or a declared action.
        if (!inWindow(u) || outOfScope.contains(u.action) || u.action.startsWith(QLatin1String("console:"))
            || u.action.startsWith(QLatin1String("assumed-by:"))
            || u.action == QLatin1String("sts:AssumeRoleWithWebIdentity"))
            continue;
        const bool declared = declaredSet.isEmpty() || declaredSet.coversAny(u.action);
        const bool granted = grantedSet.coversAny(u.action);
        const char* detail = nullptr;
        if (!declared && u.outcome == QLatin1String("allowed"))
            detail = QT_TR_NOOP("%1 is outside the declared task scope");
        else if (!granted && u.outcome == QLatin1String("denied"))
            detail = QT_TR_NOOP("tried %1, which no grant allows (denied)");
        if (!detail)
            continue;
        outOfScope.insert(u.action);
        add(out, facts, QStringLiteral("out-of-scope-action"), u.action, text(detail, { u.action }),
            dayStart(firstSeen.value(u.action)));
    }
    f.outOfScope = int(outOfScope.size());

    // Removals a reviewer requested: pending until the next sync no longer lists the grant.
    QSet<QString> reported;
    if (facts.removalRequestedAt.isValid()) {
        const QDateTime overdue = facts.removalRequestedAt.addDays(m_policy.removalDays);
        out.watch(overdue, m_now);
        const QString requested = facts.removalRequestedAt.date().toString(Qt::ISODate);
        for (const Grant& g : facts.grants) {
            if (!facts.removalRequested.contains(g.permission) || reported.contains(g.permission))
                continue;
            reported.insert(g.permission);
            add(out, facts, QStringLiteral("removal-pending"), g.permission,
                text(overdue < m_now ? QT_TR_NOOP("removal of %1 requested on %2, overdue since %3")
                                     : QT_TR_NOOP("removal of %1 requested on %2, overdue after %3"),
                     { g.permission, requested, overdue.date().toString(Qt::ISODate) }),
                facts.removalRequestedAt);
        }
    }

    // Scope creep: grants gained since the last certification (not those already on their way out).
    if (facts.lastCertifiedAt.isValid() && !facts.certifiedGrants.isEmpty()) {
        for (const Grant& g : facts.grants) {
            if (!isTrustEntry(g) && !facts.certifiedGrants.contains(g.permission) && !reported.contains(g.permission)) {
                reported.insert(g.permission);
                add(out, facts, QStringLiteral("scope-creep"), g.permission,
                    text(QT_TR_NOOP("%1 was granted after the certification of %2"),
                         { g.permission, facts.lastCertifiedAt.date().toString(Qt::ISODate) }),
                    g.grantedAt.isValid() && g.grantedAt > facts.lastCertifiedAt ? g.grantedAt : facts.lastCertifiedAt);
            }
        }
    }

    // Credentials.
    for (const Credential& c : facts.credentials) {
        if (!c.enabled)
            continue;
        out.watch(c.expiresAt, m_now);
        out.watch(c.expiresAt.addDays(-m_policy.expiringDays), m_now);
        if (c.expiresAt.isValid() && c.expiresAt < m_now) {
            if (live) {
                add(out, facts, QStringLiteral("expired-active"), c.credentialId,
                    text(QT_TR_NOOP("%1 %2 expired on %3 and was never removed"),
                         { c.type, c.credentialId, c.expiresAt.date().toString(Qt::ISODate) }),
                    c.expiresAt);
            }
            continue;
        }
        if (c.expiresAt.isValid() && c.expiresAt <= m_now.addDays(m_policy.expiringDays)) {
            add(out, facts, QStringLiteral("expiring-credential"), c.credentialId,
                text(QT_TR_NOOP("%1 %2 expires on %3"),
                     { c.type, c.credentialId, c.expiresAt.date().toString(Qt::ISODate) }),
                c.expiresAt.addDays(-m_policy.expiringDays));
        }
        if (c.createdAt.isValid() && c.createdAt.daysTo(m_now) > m_policy.rotationDays) {
            add(out, facts, QStringLiteral("stale-credential"), c.credentialId,
                text(QT_TR_N_NOOP("%1 %2 was issued %n days ago and never rotated"), { c.type, c.credentialId },
                     int(c.createdAt.daysTo(m_now))),
                c.createdAt.addDays(m_policy.rotationDays));
        }
    }

    // The identity itself.
    out.watch(id.expiresAt, m_now);
    out.watch(id.lastUsedAt.addDays(m_policy.windowDays), m_now);
    // A token is its own credential (a GitHub fine-grained token): its expiry, said of the credential, is not said
    // twice.
    const bool expiryOfItsCredential
        = std::any_of(facts.credentials.cbegin(), facts.credentials.cend(),
                      [&](const Credential& c) { return c.enabled && c.expiresAt == id.expiresAt; });
    if (live && id.expiresAt.isValid() && id.expiresAt < m_now && !expiryOfItsCredential) {
        add(out, facts, QStringLiteral("expired-active"), QString(),
            text(QT_TR_NOOP("its retirement date %1 has passed and it is still enabled"),
                 { id.expiresAt.date().toString(Qt::ISODate) }),
            id.expiresAt);
    }
    const bool everUsed = id.lastUsedAt.isValid() || !allowedActions.isEmpty();
    // An IAM credential report says whether a user signed in or used a key since it was created, up to the day it
    // was made, where AWS tracked it then (keys since 2015-04-22): never used is its own observation.
    const QDate reportedDay = facts.useReportedThrough;
    // It reports on the credentials the user holds now: a key rotated since (the old one's use is gone with it) or a
    // certificate (whose use it does not report) leaves the question open.
    const bool heldSinceCreation
        = std::all_of(facts.credentials.cbegin(), facts.credentials.cend(), [&](const Credential& c) {
              return c.type != QLatin1String("certificate")
                  && (!c.createdAt.isValid() || c.createdAt <= id.createdAt.addDays(m_policy.neverUsedGraceDays));
          });
    const bool reportedNeverUsed = reportedDay.isValid() && id.createdAt.isValid() && heldSinceCreation
        && id.createdAt.toUTC().date() >= QDate(2015, 4, 22)
        && id.createdAt.toUTC().date().daysTo(reportedDay) > m_policy.neverUsedGraceDays;
    // Made before AWS began recording use (2015-04-22), "N/A" says only that it was not used since then: dormant, when
    // that is longer ago than the window, never "never used" (its use before then is not known).
    const QDate trackingStart(2015, 4, 22);
    const bool reportedUnusedSinceTracking = reportedDay.isValid() && id.createdAt.isValid() && heldSinceCreation
        && id.createdAt.toUTC().date() < trackingStart && trackingStart.daysTo(reportedDay) > m_policy.windowDays;
    // Its only coverage is AWS's report on it (in the window): what that report says, within its 400 days.
    const bool reportOnly = facts.coverageScope.startsWith(QLatin1String("aws access advisor"));
    const QDate roleUseReported(2019, 11, 20);
    const QDate unusedDay = facts.unusedReportedThrough;
    const QDate createdDay = id.createdAt.isValid() ? id.createdAt.toUTC().date() : QDate();
    const bool unusedReported = unusedDay.isValid() && createdDay.isValid()
        && createdDay.daysTo(unusedDay) > m_policy.neverUsedGraceDays
        && (createdDay.daysTo(unusedDay) <= kAwsTrackingDays ? createdDay >= roleUseReported
                                                             : unusedDay.addDays(-kAwsTrackingDays) >= roleUseReported);
    if (!usageObserved && reportedNeverUsed && live && !everUsed) {
        const QString created = id.createdAt.date().toString(Qt::ISODate);
        add(out, facts, QStringLiteral("never-used"), QString(),
            text(QT_TR_NOOP("never used from its creation on %1 to the credential report of %2"),
                 { created, reportedDay.toString(Qt::ISODate) }),
            id.createdAt.addDays(m_policy.neverUsedGraceDays));
    } else if (!usageObserved && reportedUnusedSinceTracking && live && !everUsed) {
        add(out, facts, QStringLiteral("dormant"), QString(),
            text(QT_TR_NOOP("not used from %1, when AWS began recording use, to the credential report of %2"),
                 { trackingStart.toString(Qt::ISODate), reportedDay.toString(Qt::ISODate) }),
            dayStart(trackingStart).addDays(m_policy.windowDays));
    } else if ((!usageObserved || reportOnly) && live && !everUsed && unusedReported) {
        // AWS tracks a role's (and a principal's service) use for the 400 days before a report, since it began
        // reporting a role's last use (2019-11-20): one made within them was never used up to the report; one made
        // before them was not used in them.
        const QDate reported = facts.unusedReportedThrough;
        const QDate created = id.createdAt.toUTC().date();
        if (created.daysTo(reported) <= kAwsTrackingDays) {
            add(out, facts, QStringLiteral("never-used"), QString(),
                text(QT_TR_NOOP("never used from its creation on %1 to AWS's report of %2"),
                     { created.toString(Qt::ISODate), reported.toString(Qt::ISODate) }),
                id.createdAt.addDays(m_policy.neverUsedGraceDays));
        } else {
            add(out, facts, QStringLiteral("dormant"), QString(),
                text(QT_TR_NOOP("not used in the %1 days AWS tracks before its report of %2"),
                     { QString::number(kAwsTrackingDays), reported.toString(Qt::ISODate) }),
                dayStart(reported.addDays(m_policy.windowDays - kAwsTrackingDays)));
        }
    } else if (usageObserved && !reportOnly && live && !everUsed && id.createdAt.isValid()
               && id.createdAt.daysTo(m_now) > m_policy.neverUsedGraceDays) {
        // Denied calls are no use, but they show that something holds its credentials and keeps trying.
        const QString created = id.createdAt.date().toString(Qt::ISODate);
        add(out, facts, QStringLiteral("never-used"), QString(),
            deniedCalls > 0 ? text(QT_TR_N_NOOP("never used since it was created on %1; %n calls with it were "
                                                "denied, the last on %2"),
                                   { created, lastDenied.toString(Qt::ISODate) },
                                   int(std::min<qint64>(deniedCalls, std::numeric_limits<int>::max())))
                            : text(QT_TR_NOOP("never used since it was created on %1"), { created }),
            id.createdAt.addDays(m_policy.neverUsedGraceDays));
    } else if (live && id.lastUsedAt.isValid() && id.lastUsedAt < windowStart
               && !(facts.coverageDays == 0 && facts.lastUseFromActivity
                    && (!facts.coverageThrough.isValid() || id.lastUsedAt.toUTC().date() <= facts.coverageThrough))) {
        // A last use the source itself reported is an observation, whatever activity data the store holds; one
        // found in activity data that ends before the window is not (a half hour of sign-ins a year ago says
        // nothing of the months after it).
        add(out, facts, QStringLiteral("dormant"), QString(),
            text(QT_TR_N_NOOP("last used %n days ago"), {}, int(id.lastUsedAt.daysTo(m_now))),
            id.lastUsedAt.addDays(m_policy.windowDays));
    }
    if (id.status != LifecycleState::Retired) {
        if (id.businessOwner.isEmpty()) {
            add(out, facts, QStringLiteral("orphaned"), QString(), text(QT_TR_NOOP("no business owner")), id.createdAt);
        } else if (facts.directoryKnown && !facts.ownerInDirectory) {
            add(out, facts, QStringLiteral("orphaned"), id.businessOwner,
                text(QT_TR_NOOP("owner %1 is not in the people directory"), { id.businessOwner }), QDateTime());
        } else if (facts.directoryKnown && !facts.ownerActive) {
            add(out, facts, QStringLiteral("orphaned"), id.businessOwner,
                text(QT_TR_NOOP("owner %1 has left"), { id.businessOwner }), QDateTime());
        }
        if (id.purpose.isEmpty())
            add(out, facts, QStringLiteral("no-purpose"), QString(), text(QT_TR_NOOP("no documented purpose")),
                id.createdAt);
        if (!id.expiresAt.isValid() && id.retirementCondition.isEmpty())
            add(out, facts, QStringLiteral("no-expiry"), QString(),
                text(QT_TR_NOOP("no expiry date or retirement condition")), id.createdAt);
        const QDateTime due = facts.lastCertifiedAt.isValid()
            ? facts.lastCertifiedAt.addDays(m_policy.reviewIntervalDays)
            : id.createdAt.addDays(m_policy.reviewIntervalDays);
        out.watch(due, m_now);
        if (live && due.isValid() && due < m_now) {
            add(out, facts, QStringLiteral("review-overdue"), QString(),
                facts.lastCertifiedAt.isValid()
                    ? text(QT_TR_NOOP("last certified on %1"), { facts.lastCertifiedAt.date().toString(Qt::ISODate) })
                    : text(QT_TR_NOOP("never certified")),
                due);
        }
    }
    for (const UsageRecord& u : facts.usage) {
        if (inWindow(u) && looksHuman(u.action) && u.outcome == QLatin1String("allowed")) {
            add(out, facts, QStringLiteral("human-use"), u.action,
                text(QT_TR_NOOP("interactive use: %1 on %2"), { u.action, u.day.toString(Qt::ISODate) }),
                dayStart(u.day));
            break;
        }
    }
    if (figures) {
        *figures = f;
        figures->stableUntil = out.until;
        figures->adminGrants = admin;
    }
    return out.list;
}

} // namespace recertify
