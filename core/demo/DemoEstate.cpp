#include "core/demo/DemoEstate.h"

#include "core/demo/DemoCatalog.h"
#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/AuditLog.h"
#include "core/storage/DeferredIndexes.h"
#include "core/storage/EstateWriter.h"
#include "core/storage/IdentityRepository.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

namespace recertify {

namespace {

using namespace demo;

struct KindWeight
{
    const QString* kind;
    int weight;
};

// Share of each kind in the estate, in percent.
const KindWeight kKindWeights[] = {
    { &IdentityKind::AiAgent, 18 },
    { &IdentityKind::ServiceAccount, 7 },
    { &IdentityKind::IamRole, 14 },
    { &IdentityKind::IamUser, 5 },
    { &IdentityKind::ServicePrincipal, 12 },
    { &IdentityKind::ManagedIdentity, 5 },
    { &IdentityKind::ApiKey, 8 },
    { &IdentityKind::OAuthGrant, 5 },
    { &IdentityKind::Certificate, 4 },
    { &IdentityKind::K8sServiceAccount, 12 },
    { &IdentityKind::GitHubApp, 6 },
    { &IdentityKind::GitHubToken, 4 },
};

const char* const kEnvironments[] = { "prod", "prod", "staging", "dev" };

class Generator
{
public:
    Generator(const QSqlDatabase& db, const DemoEstate::Options& options, const Clock& clock)
        : m_writer(db)
        , m_rng(options.seed)
        , m_now(QDateTime(clock.now().toUTC().date(), QTime(6, 0), Qt::UTC))
        , m_options(options)
    {
    }

    Status run(DemoSummary* summary, const DemoEstate::Progress& progress)
    {
        if (auto status = m_writer.prepare(); !status)
            return status;
        if (auto status = makePeople(summary); !status)
            return status;
        for (int i = 0; i < m_options.identities; ++i) {
            if (auto status = makeIdentity(i, summary); !status)
                return status;
            if (progress && (i % 1000 == 999 || i + 1 == m_options.identities))
                progress(i + 1, m_options.identities);
        }
        return {};
    }

private:
    int roll(int bound) { return int(m_rng.bounded(quint32(bound))); }
    bool chance(int percent) { return roll(100) < percent; }
    QDateTime daysAgo(int days) { return m_now.addDays(-days).addSecs(-roll(86400)); }
    template <typename T> const T& pick(const QList<T>& items) { return items.at(roll(int(items.size()))); }
    QString pickName(const char* const* names, int count) { return QString::fromLatin1(names[roll(count)]); }

    QString hexId(int length)
    {
        static const char digits[] = "0123456789ABCDEF";
        QString out;
        for (int i = 0; i < length; ++i)
            out += QLatin1Char(digits[roll(16)]);
        return out;
    }

    QString uuid()
    {
        const QString h = hexId(32).toLower();
        return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
    }

    Status makePeople(DemoSummary* summary)
    {
        const int count = std::max(12, m_options.identities / 25);
        QSet<QString> used;
        QStringList managers;
        for (int i = 0; i < count; ++i) {
            const QString first = pickName(kFirstNames, kFirstNameCount);
            const QString last = pickName(kLastNames, kLastNameCount);
            QString email = first.toLower() + u'.' + last.toLower() + QStringLiteral("@example.com");
            for (int n = 2; used.contains(email); ++n)
                email = first.toLower() + u'.' + last.toLower() + QString::number(n) + QStringLiteral("@example.com");
            used.insert(email);
            Person person { email, first + u' ' + last, QString(), true };
            if (i < std::max(3, count / 20)) {
                managers << email; // the first few manage everybody else
            } else {
                person.managerEmail = pick(managers);
                person.active = !chance(7) && i != count - 2; // some owners have left the company
            }
            if (auto status = m_writer.upsertPerson(person); !status)
                return status;
            m_people << person.email;
        }
        summary->people = count;
        return {};
    }

    const QString& pickKind()
    {
        int r = roll(100);
        for (const KindWeight& w : kKindWeights) {
            if (r < w.weight)
                return *w.kind;
            r -= w.weight;
        }
        return IdentityKind::ServiceAccount;
    }

    QString sourceFor(const QString& kind)
    {
        if (kind == IdentityKind::AiAgent)
            return chance(40) ? QStringLiteral("entra") : (chance(65) ? QStringLiteral("mcp") : QStringLiteral("aws"));
        if (kind == IdentityKind::IamRole || kind == IdentityKind::IamUser)
            return QStringLiteral("aws");
        if (kind == IdentityKind::ServicePrincipal || kind == IdentityKind::ManagedIdentity)
            return QStringLiteral("entra");
        if (kind == IdentityKind::K8sServiceAccount)
            return QStringLiteral("k8s");
        if (kind == IdentityKind::GitHubApp || kind == IdentityKind::GitHubToken)
            return QStringLiteral("github");
        return QStringLiteral("csv");
    }

    Identity describe(int index, const QString& kind)
    {
        Identity id;
        // One Entra application in nine is a registration whose principal the tenant's export does not hold.
        id.kind = kind == IdentityKind::ServicePrincipal && index % 9 == 4 ? IdentityKind::AppRegistration : kind;
        id.source = sourceFor(kind);
        const QString team = pickName(kTeams, kTeamCount);
        const QString env = QString::fromLatin1(kEnvironments[roll(4)]);
        const bool agent = kind == IdentityKind::AiAgent;
        const QString task
            = agent ? pickName(kAgentTasks, kAgentTaskCount) : pickName(kServiceTasks, kServiceTaskCount);
        // The index keeps names unique in large estates without looking random in small ones.
        QString serial = m_options.identities > 400 ? u'-' + QString::number(index + 1) : QString();
        if (serial.isEmpty() && m_usedNames.contains(id.source + team + task + env))
            serial = u'-' + QString::number(index + 1);
        m_usedNames.insert(id.source + team + task + env);
        const QString base = team + u'-' + task + (agent ? QStringLiteral("-agent") : QString()) + u'-' + env + serial;

        if (id.source == QLatin1String("aws")) {
            const bool role = kind != IdentityKind::IamUser;
            id.displayName = base;
            id.nativeId = (role ? QStringLiteral("AROA") : QStringLiteral("AIDA")) + hexId(17);
        } else if (id.source == QLatin1String("k8s")) {
            const QString ns = team + u'-' + env;
            id.displayName = ns + u'/' + task + serial;
            id.nativeId = QStringLiteral("system:serviceaccount:") + ns + u':' + task + serial;
        } else if (kind == IdentityKind::GitHubApp) {
            id.displayName = team + u'-' + task + QStringLiteral("-bot") + serial;
            id.nativeId = QString::number(100000 + index * 7 + roll(7));
        } else if (kind == IdentityKind::GitHubToken) {
            id.displayName = team + u'-' + task + QStringLiteral("-token") + serial;
            id.nativeId = QStringLiteral("pat-") + QString::number(5000000 + index);
        } else if (id.source == QLatin1String("mcp")) {
            id.displayName = base;
            id.nativeId = QStringLiteral("mcp://agents.example.com/") + base;
        } else {
            id.displayName = base;
            id.nativeId
                = (id.kind == IdentityKind::AppRegistration ? QStringLiteral("application:") : QString()) + uuid();
        }
        return id;
    }

    void assignOwnership(Identity& id, bool shadow)
    {
        if (shadow || chance(12))
            return; // nobody is accountable: an orphan
        id.businessOwner = pick(m_people);
        if (chance(70))
            id.technicalOwner = pick(m_people);
    }

    void assignLifecycle(Identity& id, bool shadow)
    {
        id.createdAt = daysAgo(30 + roll(1100));
        const int r = roll(100);
        if (shadow)
            id.status = LifecycleState::Discovered;
        else if (r < 5)
            id.status = LifecycleState::Suspended;
        else if (r < 8)
            id.status = LifecycleState::Retired;
        else if (r < 11)
            id.status = LifecycleState::UnderReview;
        else
            id.status = LifecycleState::Active;
        id.enabled = id.status != LifecycleState::Suspended && id.status != LifecycleState::Retired;

        const int usage = roll(100);
        if (usage < 10 && !shadow)
            id.lastUsedAt = QDateTime(); // never used
        else if (usage < 25)
            id.lastUsedAt = daysAgo(91 + roll(300)); // dormant
        else
            id.lastUsedAt = daysAgo(roll(30));
        if (id.lastUsedAt.isValid() && id.lastUsedAt < id.createdAt)
            id.lastUsedAt = id.createdAt.addDays(1 + roll(20));

        if (chance(40)) // a retirement date; some already passed while the identity runs on
            id.expiresAt = chance(25) ? daysAgo(1 + roll(200)) : m_now.addDays(20 + roll(400));
    }

    QStringList chooseGrants(const SourceCatalog& catalog, bool admin)
    {
        QStringList grants;
        const int wanted = 2 + roll(7);
        for (int attempt = 0; attempt < wanted * 2 && grants.size() < wanted; ++attempt) {
            // Lower indexes are the everyday permissions, so skew towards them.
            const int index = std::min(roll(int(catalog.permissions.size())), roll(int(catalog.permissions.size())));
            const QString& permission = catalog.permissions.at(index);
            if (!grants.contains(permission))
                grants << permission;
        }
        if (!catalog.wildcards.isEmpty() && chance(20))
            grants << catalog.wildcards.at(roll(int(catalog.wildcards.size())));
        if (admin)
            grants << catalog.admin;
        return grants;
    }

    Status writeCredentials(const Identity& id, qint64 rowId, DemoSummary* summary)
    {
        QString type;
        int count = 1;
        bool expires = false;
        if (id.kind == IdentityKind::IamUser) {
            type = QStringLiteral("access-key");
            count = 1 + roll(2);
        } else if (id.kind == IdentityKind::ServicePrincipal || id.kind == IdentityKind::AppRegistration
                   || id.kind == IdentityKind::OAuthGrant) {
            type = QStringLiteral("secret");
            count = 1 + roll(2);
            expires = true;
        } else if (id.kind == IdentityKind::Certificate) {
            type = QStringLiteral("certificate");
            expires = true;
        } else if (id.kind == IdentityKind::ApiKey || id.kind == IdentityKind::ServiceAccount) {
            type = QStringLiteral("api-key");
            expires = chance(40);
        } else if (id.kind == IdentityKind::GitHubToken) {
            type = QStringLiteral("pat");
            expires = chance(70);
        } else if (id.kind == IdentityKind::GitHubApp) {
            type = QStringLiteral("private-key");
        } else if (id.kind == IdentityKind::K8sServiceAccount) {
            if (!chance(45))
                return {}; // projected, short-lived tokens only: nothing to list
            type = QStringLiteral("sa-token");
        } else if (id.kind == IdentityKind::AiAgent) {
            type = id.source == QLatin1String("mcp") ? QStringLiteral("oauth-token") : QStringLiteral("federated");
            expires = type == QLatin1String("oauth-token");
        } else {
            return {}; // roles and managed identities hold no long-lived credential
        }
        for (int n = 0; n < count; ++n) {
            Credential c;
            c.identityId = rowId;
            c.type = type;
            c.credentialId
                = (type == QLatin1String("access-key") ? QStringLiteral("AKIA") + hexId(16) : uuid().left(13));
            // Some were never rotated since the identity was created.
            c.createdAt = chance(30) ? id.createdAt : daysAgo(roll(std::max(1, int(id.createdAt.daysTo(m_now)))));
            if (expires) {
                const int r = roll(100);
                c.expiresAt = r < 15 ? daysAgo(1 + roll(120))
                                     : (r < 30 ? m_now.addDays(1 + roll(29)) : m_now.addDays(30 + roll(700)));
            }
            c.lastUsedAt = id.lastUsedAt;
            c.enabled = id.enabled;
            if (auto status = m_writer.insertCredential(c); !status)
                return status;
            ++summary->credentials;
        }
        return {};
    }

    Status writeUsage(const Identity& id, qint64 rowId, const SourceCatalog& catalog, const QStringList& grants,
                      DemoSummary* summary)
    {
        if (!id.lastUsedAt.isValid())
            return {};
        QStringList actions;
        for (const QString& grant : grants) {
            if (grant == catalog.admin || !chance(60))
                continue; // the rest stay unused: over-privilege
            const qsizetype wildcard = catalog.wildcards.indexOf(grant);
            actions << (wildcard >= 0 ? catalog.wildcardExamples.at(wildcard) : grant);
        }
        if (actions.isEmpty() && !grants.isEmpty() && grants.first() != catalog.admin)
            actions << grants.first();
        QStringList denied;
        if (chance(15)) { // the agent does something nobody granted or approved
            const QString stray = catalog.permissions.at(roll(int(catalog.permissions.size())));
            if (!grants.contains(stray))
                (chance(50) ? denied : actions) << stray;
        }
        const QDate lastDay = id.lastUsedAt.date();
        auto write = [&](const QString& action, const QString& outcome, int dayOffset) -> Status {
            UsageRecord u;
            u.identityId = rowId;
            u.action = action;
            u.day = lastDay.addDays(-dayOffset);
            u.outcome = outcome;
            u.count = 1 + roll(outcome == QLatin1String("allowed") ? 400 : 6);
            u.lastSeen = QDateTime(u.day, QTime(roll(24), roll(60)), Qt::UTC);
            ++summary->usageRows;
            return m_writer.addUsage(u);
        };
        for (const QString& action : std::as_const(actions)) {
            for (int d = 0, days = 1 + roll(2); d < days; ++d) {
                if (auto status = write(action, QStringLiteral("allowed"), d * (1 + roll(20))); !status)
                    return status;
            }
        }
        for (const QString& action : std::as_const(denied)) {
            if (auto status = write(action, QStringLiteral("denied"), roll(10)); !status)
                return status;
        }
        return {};
    }

    Status makeIdentity(int index, DemoSummary* summary)
    {
        const QString& kind = pickKind();
        Identity id = describe(index, kind);
        const bool shadow = chance(4);
        id.discoveredFromActivity = shadow;
        assignOwnership(id, shadow);
        assignLifecycle(id, shadow);

        const SourceCatalog& catalog = catalogFor(id.source);
        const QStringList grants = chooseGrants(catalog, chance(5));
        if (!id.businessOwner.isEmpty() && chance(60)) {
            id.purpose = QCoreApplication::translate("DemoEstate", "%1 for the %2 team")
                             .arg(id.displayName.section(u'-', 1, 2), id.displayName.section(u'-', 0, 0));
            if (chance(70)) // the owner attested a scope narrower than what was granted
                id.declaredScope = grants.mid(0, std::max<qsizetype>(1, grants.size() - 1 - roll(2)));
        }
        if (kind == IdentityKind::AiAgent && !m_agents.isEmpty() && chance(30)) {
            id.parentId = m_agents.at(roll(int(m_agents.size())));
            ++summary->subAgents;
        }

        auto rowId = m_writer.insertIdentity(id, m_now);
        if (!rowId)
            return rowId.error();
        ++summary->identities;
        if (kind == IdentityKind::AiAgent && id.parentId == 0)
            m_agents << *rowId;

        for (const QString& permission : grants) {
            Grant g { 0, *rowId, permission, QString(), QStringLiteral("demo-policy"), id.createdAt };
            if (id.source == QLatin1String("aws"))
                g.grantedVia = id.displayName + QStringLiteral("-policy");
            else if (id.source == QLatin1String("k8s"))
                g.grantedVia = (permission == catalog.admin
                                    ? QStringLiteral("cluster-admin")
                                    : QStringLiteral("rolebinding/") + id.displayName.section(u'/', 0, 0));
            if (auto status = m_writer.insertGrant(g); !status)
                return status;
            ++summary->grants;
        }
        if (auto status = writeCredentials(id, *rowId, summary); !status)
            return status;
        if (auto status = writeUsage(id, *rowId, catalog, grants, summary); !status)
            return status;

        LifecycleEvent created { 0,
                                 *rowId,
                                 id.createdAt,
                                 QString(),
                                 shadow ? LifecycleState::Discovered : LifecycleState::Active,
                                 QStringLiteral("sync:") + id.source,
                                 QString::fromLatin1(shadow ? LifecycleState::SeenInActivity
                                                            : LifecycleState::DiscoveredBySync) };
        if (auto status = m_writer.insertLifecycle(created); !status)
            return status;
        if (id.status != created.toState) {
            LifecycleEvent change { 0,
                                    *rowId,
                                    daysAgo(roll(60)),
                                    created.toState,
                                    id.status,
                                    id.businessOwner.isEmpty() ? QStringLiteral("governance@example.com")
                                                               : id.businessOwner,
                                    QString::fromLatin1(LifecycleState::ChangedByOwner) };
            if (auto status = m_writer.insertLifecycle(change); !status)
                return status;
        }
        return {};
    }

    EstateWriter m_writer;
    QRandomGenerator m_rng;
    QDateTime m_now;
    DemoEstate::Options m_options;
    QStringList m_people;
    QList<qint64> m_agents;
    QSet<QString> m_usedNames;
};

} // namespace

Result<DemoSummary> DemoEstate::generate(const Database& database, const Options& options, const Clock& clock,
                                         const Progress& progress)
{
    if (options.identities < 1 || options.identities > 5'000'000) {
        return fieldError(QStringLiteral("identities"),
                          QCoreApplication::translate("DemoEstate", "expected 1 to 5000000 identities, got %1")
                              .arg(options.identities));
    }
    DemoSummary summary;
    Status status = database.transaction([&](QSqlDatabase& db) -> Status {
        auto existing = IdentityRepository::countAll(db);
        if (!existing)
            return existing.error();
        const int count = existing.value();
        if (count > 0) {
            if (!options.replace) {
                return fieldError(
                    QStringLiteral("replace"),
                    QCoreApplication::translate(
                        "DemoEstate",
                        "the database already holds %n identities; use another database file, or replace the estate",
                        nullptr, count));
            }
            EstateWriter cleaner(db);
            if (auto cleared = cleaner.clearEstate(); !cleared)
                return cleared;
            AuditLog audit(db);
            if (auto logged = audit.append(clock.now(), QStringLiteral("demo"), QStringLiteral("estate.replace"),
                                           QStringLiteral("estate"), QString(),
                                           QJsonObject { { QStringLiteral("identitiesRemoved"), count } });
                !logged)
                return logged;
        }
        if (auto marked = AnalysisDue::mark(db, QStringLiteral("demo"), clock.now()); !marked)
            return marked;
        // The estate is empty now: its indexes are built once at the end, not kept row by row. Not on a team's
        // PostgreSQL server: dropping them would lock every colleague out of the tables, and needs their owner.
        const bool deferred = database.dialect().engine() == SqlDialect::Engine::SQLite;
        auto indexes = deferred
            ? DeferredIndexes::drop(db, { QStringLiteral("identities"), QStringLiteral("lifecycle_events") })
            : Result<DeferredIndexes>(DeferredIndexes());
        if (!indexes)
            return indexes.error();
        Generator generator(db, options, clock);
        if (auto generated = generator.run(&summary, progress); !generated)
            return generated;
        return indexes->restore();
    });
    if (!status)
        return status.error();
    qCInfo(lcDemo) << "demo estate:" << summary.identities << "identities," << summary.grants << "grants";
    return summary;
}

} // namespace recertify
