#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"
#include "core/analysis/IdentityInsight.h"
#include "core/analysis/TrustDebtScorer.h"
#include "core/domain/IdentityKind.h"
#include "core/storage/FindingRepository.h"
#include "core/storage/IdentityRepository.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <algorithm>
#include <climits>

namespace recertify::cli {

namespace {

QString cell(const QString& text, int width)
{
    if (text.size() > width)
        return text.left(width - 1) + QChar(0x2026) + u' ';
    return text.leftJustified(width + 1);
}

QString day(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
}

QString owner(const Identity& identity)
{
    if (identity.businessOwner.isEmpty())
        return Cli::tr("(none)");
    return identity.ownerInactive ? identity.businessOwner + Cli::tr(" (left)") : identity.businessOwner;
}

constexpr int kPage = 2000;

} // namespace

int InventoryCommands::identities()
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Cli::tr("Only identities of this kind (%1)").arg(IdentityKind::all().join(u',')),
                                  QStringLiteral("K"));
    const QCommandLineOption source(QStringLiteral("source"), Cli::tr("Only identities from this source"),
                                    QStringLiteral("S"));
    const QCommandLineOption filter(
        QStringLiteral("filter"), Cli::tr("Only names, native ids or owners containing TEXT"), QStringLiteral("TEXT"));
    parser.addOptions({ kind, source, filter });
    if (int code = parse(parser, QStringLiteral("identities"), Cli::tr("List the inventory.")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return m_context.usage(
            Cli::tr("identities: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(kind) && !IdentityKind::all().contains(parser.value(kind)))
        return m_context.usage(Cli::tr("--kind: unknown kind \"%1\"; expected one of %2")
                                   .arg(parser.value(kind), IdentityKind::all().join(QStringLiteral(", "))));

    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    IdentityRepository repository(database);
    IdentityQuery query;
    query.kind = parser.value(kind);
    query.source = parser.value(source);
    query.text = parser.value(filter);

    QTextStream& out = m_context.out();
    if (!m_context.json) {
        out << cell(Cli::tr("ID"), 7) << cell(Cli::tr("NAME"), 44) << cell(Cli::tr("KIND"), 20)
            << cell(Cli::tr("SOURCE"), 7) << cell(Cli::tr("BUSINESS OWNER"), 32) << cell(Cli::tr("STATUS"), 18)
            << Cli::tr("LAST USED") << '\n';
    } else {
        out << "[";
    }
    // Streamed page by page: memory stays flat however large the estate.
    int written = 0;
    for (int offset = 0;; offset += kPage) {
        auto page = repository.page(query, offset, kPage);
        if (!page)
            return m_context.fail(page.error());
        for (const Identity& identity : page.value()) {
            if (m_context.json) {
                out << (written ? ",\n  " : "\n  ")
                    << QString::fromUtf8(QJsonDocument(toJson(identity)).toJson(QJsonDocument::Compact));
            } else {
                out << cell(QString::number(identity.id), 7) << cell(identity.displayName, 44)
                    << cell(identity.kind, 20) << cell(identity.source, 7) << cell(owner(identity), 32)
                    << cell(identity.enabled ? identity.status : Cli::tr("%1 (disabled)").arg(identity.status), 18)
                    << day(identity.lastUsedAt) << '\n';
            }
            ++written;
        }
        if (page->size() < kPage)
            break;
    }
    if (m_context.json)
        out << (written ? "\n]\n" : "]\n");
    else
        out << Cli::tr("%n identities", nullptr, written) << '\n';
    out.flush();
    return Success;
}

int InventoryCommands::show()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Numeric id or native id of the identity"));
    if (int code = parse(parser, QStringLiteral("show"), Cli::tr("Show one identity in full.")); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return m_context.usage(Cli::tr("show: expected exactly one ID"));

    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    IdentityRepository repository(database);
    auto identity = repository.find(parser.positionalArguments().first());
    if (!identity)
        return m_context.fail(identity.error());
    const qint64 id = identity->id;
    auto credentials = repository.credentials(id);
    auto grants = repository.grants(id);
    auto usage = repository.usage(id);
    auto lifecycle = repository.lifecycle(id);
    auto children = repository.children(id);
    auto findings = FindingRepository(database).openFor(id);
    for (const QString& problem : { credentials.errorString(), grants.errorString(), usage.errorString(),
                                    lifecycle.errorString(), children.errorString(), findings.errorString() }) {
        if (!problem.isEmpty())
            return m_context.fail(problem);
    }
    // Used or unused is a claim about observed activity: which days the data covers is said beside the usage.
    auto covered = IdentityInsightService(database, m_context.clock()).coverage(id);
    if (!covered)
        return m_context.fail(covered.errorString());
    const UsageCoverage& coverage = covered.value();

    if (m_context.json) {
        QJsonObject object = toJson(identity.value());
        auto array = [](const auto& items) {
            QJsonArray out;
            for (const auto& item : items)
                out.append(toJson(item));
            return out;
        };
        object.insert(QStringLiteral("credentials"), array(credentials.value()));
        object.insert(QStringLiteral("grants"), array(grants.value()));
        object.insert(QStringLiteral("usage"), array(usage.value()));
        if (auto aliases = repository.aliases(id); aliases)
            object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(aliases.value()));
        if (coverage.days >= 0) {
            object.insert(
                QStringLiteral("usageCoverage"),
                QJsonObject { { QStringLiteral("days"), coverage.days },
                              { QStringLiteral("windowDays"), 90 },
                              { QStringLiteral("scope"), coverage.scope },
                              { QStringLiteral("through"),
                                coverage.through.isValid() ? QJsonValue(coverage.through.toString(Qt::ISODate))
                                                           : QJsonValue() } });
        }
        object.insert(QStringLiteral("lifecycle"), array(lifecycle.value()));
        QJsonArray subAgents;
        for (const Identity& child : children.value())
            subAgents.append(QJsonObject { { QStringLiteral("id"), child.id },
                                           { QStringLiteral("displayName"), child.displayName } });
        object.insert(QStringLiteral("subAgents"), subAgents);
        QJsonArray findingsJson;
        for (const Finding& f : findings.value()) {
            findingsJson.append(
                QJsonObject { { QStringLiteral("type"), f.type },
                              { QStringLiteral("subject"), f.subject },
                              { QStringLiteral("severity"), f.severity },
                              { QStringLiteral("detail"), f.detail },
                              { QStringLiteral("owasp"), f.owasp },
                              { QStringLiteral("since"),
                                f.since.isValid() ? QJsonValue(Timestamp::toIso(f.since)) : QJsonValue() } });
        }
        object.insert(QStringLiteral("findings"), findingsJson);
        const TrustDebt debt = TrustDebtScorer(m_context.clock().now()).score(findings.value());
        QJsonArray factors;
        for (const DebtFactor& f : debt.factors) {
            factors.append(QJsonObject {
                { QStringLiteral("factor"), f.factor },
                { QStringLiteral("points"), f.points },
                { QStringLiteral("since"), f.since.isValid() ? QJsonValue(Timestamp::toIso(f.since)) : QJsonValue() },
                { QStringLiteral("owasp"), f.owasp } });
        }
        object.insert(QStringLiteral("trustDebt"),
                      QJsonObject { { QStringLiteral("score"), debt.score }, { QStringLiteral("factors"), factors } });
        m_context.printJson(QJsonDocument(object));
        return Success;
    }

    const Identity& i = identity.value();
    QTextStream& out = m_context.out();
    auto field = [&](const QString& label, const QString& value) {
        out << "  " << QString(label + u':').leftJustified(26) << (value.isEmpty() ? QStringLiteral("-") : value)
            << '\n';
    };
    out << i.displayName << "  [" << IdentityKind::displayName(i.kind) << ", " << i.source << "]\n";
    field(Cli::tr("Id"), QString::number(i.id));
    field(Cli::tr("Native id"), i.nativeId);
    // Two users named alike in two accounts read alike: their ARNs tell them apart.
    if (auto aliases = repository.aliases(i.id); aliases && !aliases->isEmpty()) {
        QStringList shown = aliases->mid(0, 5);
        if (aliases->size() > 5)
            shown << Cli::tr("%n more", nullptr, int(aliases->size() - 5));
        field(Cli::tr("Also known as"), shown.join(QStringLiteral(", ")));
    }
    field(Cli::tr("Status"),
          i.status + (i.enabled ? QString() : Cli::tr(" (disabled)"))
              + (i.discoveredFromActivity ? Cli::tr(", discovered from activity") : QString()));
    field(Cli::tr("Business owner"), owner(i));
    field(Cli::tr("Technical owner"), i.technicalOwner);
    field(Cli::tr("Purpose"), i.purpose);
    field(Cli::tr("Declared scope"), i.declaredScope.join(QStringLiteral(", ")));
    field(Cli::tr("Expires"), day(i.expiresAt));
    // An identity known only from activity was not seen being made: its date is when its first event was.
    field(i.discoveredFromActivity ? Cli::tr("First seen") : Cli::tr("Created"), day(i.createdAt));
    // No last use is "never" only as far as activity data reaches: without any, it is not known. Calls that were
    // refused are no use of a grant, but they are activity: said, with the last of them.
    qint64 refused = 0;
    QDateTime lastRefused;
    for (const UsageRecord& u : usage.value()) {
        if (u.outcome == QLatin1String("allowed"))
            continue;
        refused += u.count;
        lastRefused = std::max(lastRefused, u.lastSeen.isValid() ? u.lastSeen : u.day.startOfDay(Qt::UTC));
    }
    field(Cli::tr("Last used"),
          i.lastUsedAt.isValid() ? day(i.lastUsedAt)
              : refused > 0
              ? Cli::tr("no call allowed; %n refused, the last on %1", nullptr, int(std::min<qint64>(refused, INT_MAX)))
                    .arg(day(lastRefused))
              : coverage.days > 0 ? Cli::tr("not seen in %n days of activity data", nullptr, coverage.days)
                                  : Cli::tr("unknown: no activity data"));
    if (i.parentId > 0)
        field(Cli::tr("Delegated by"), QString::number(i.parentId));

    out << '\n' << Cli::tr("Credentials (%1)").arg(credentials->size()) << '\n';
    for (const Credential& c : credentials.value())
        out << "  " << cell(c.type, 12) << cell(c.credentialId, 24)
            << Cli::tr("created %1, expires %2, last used %3")
                   .arg(day(c.createdAt), day(c.expiresAt), day(c.lastUsedAt))
            << (c.enabled ? QString() : Cli::tr(", disabled")) << '\n';
    out << '\n' << Cli::tr("Grants (%1)").arg(grants->size()) << '\n';
    // Where a grant applies is half of what it means: get configmaps in one namespace is not cluster-wide.
    // A permission or scope is never cut (s3:PutBucketPublicAccessBlock and its twin differ at the end): the
    // columns are as wide as the longest, up to a limit; one longer than that stands whole on its own line.
    auto width = [&](auto field, int limit) {
        qsizetype widest = 1;
        for (const Grant& g : grants.value())
            widest = std::max(widest, std::min<qsizetype>(field(g).size(), limit));
        return int(widest);
    };
    const auto scopeOf = [](const Grant& g) {
        return g.resourceScope.isEmpty() ? QStringLiteral("-") : g.resourceScope;
    };
    const int permissionWidth = width([](const Grant& g) { return g.permission; }, 64);
    const int scopeWidth = width(scopeOf, 48);
    auto whole = [&out](const QString& text, int width, int indent) {
        if (text.size() <= width)
            out << text.leftJustified(width + 1);
        else
            out << text << '\n' << QString(indent + width + 1, u' ');
    };
    for (const Grant& g : grants.value()) {
        out << "  ";
        whole(g.permission, permissionWidth, 2);
        whole(scopeOf(g), scopeWidth, 2 + permissionWidth + 1);
        out << g.grantedVia << '\n';
    }
    out << '\n' << Cli::tr("Usage (%1 day aggregates)").arg(usage->size()) << '\n';
    if (coverage.days > 0) {
        out << "  "
            << Cli::tr("Activity data covers %1 of the last 90 days for %2").arg(coverage.days).arg(coverage.scope)
            << '\n';
    } else if (coverage.days == 0) {
        out << "  "
            << (coverage.through.isValid()
                    ? Cli::tr("No activity data for %1 in the last 90 days (it ends on %2): usage unknown, so no grant "
                              "is called unused, and it is called dormant only by a last use its source reports")
                          .arg(coverage.scope, coverage.through.toString(Qt::ISODate))
                    : Cli::tr("No activity data for %1 in the last 90 days: usage unknown, so no grant is called "
                              "unused, and it is called dormant only by a last use its source reports")
                          .arg(coverage.scope))
            << '\n';
    }
    qsizetype actionWidth = 1;
    for (const UsageRecord& u : usage.value())
        actionWidth = std::max(actionWidth, std::min<qsizetype>(u.action.size(), 64));
    for (const UsageRecord& u : usage.value()) {
        out << "  " << u.day.toString(Qt::ISODate) << "  ";
        whole(u.action, int(actionWidth), 2 + 10 + 2);
        out << cell(u.outcome, 8) << u.count << '\n';
    }
    out << '\n' << Cli::tr("Lifecycle") << '\n';
    for (const LifecycleEvent& e : lifecycle.value())
        out << "  " << day(e.at) << "  " << (e.fromState.isEmpty() ? QStringLiteral("-") : e.fromState) << " -> "
            << e.toState << "  " << e.actor << "  " << e.reason << '\n';
    const TrustDebt debt = TrustDebtScorer(m_context.clock().now()).score(findings.value());
    out << '\n' << Cli::tr("Trust debt: %1 of 100").arg(debt.score, 0, 'f', 1) << '\n';
    for (const DebtFactor& f : debt.factors)
        out << "  " << QString::number(f.points, 'f', 1).rightJustified(5) << "  " << cell(f.factor, 20)
            << cell(f.owasp, 6) << Cli::tr("since %1").arg(day(f.since)) << '\n';
    out << '\n' << Cli::tr("Findings (%1)").arg(findings->size()) << '\n';
    for (const Finding& f : findings.value())
        out << "  " << cell(f.severity, 7) << cell(f.type, 20) << cell(f.owasp, 6) << f.detail << '\n';
    if (!children->isEmpty()) {
        out << '\n' << Cli::tr("Sub-agents (%1)").arg(children->size()) << '\n';
        for (const Identity& child : children.value())
            out << "  " << child.id << "  " << child.displayName << '\n';
    }
    out.flush();
    return Success;
}

} // namespace recertify::cli
