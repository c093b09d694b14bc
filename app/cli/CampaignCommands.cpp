#include "app/cli/Commands.h"
#include "core/domain/ReviewEvidence.h"
#include "core/review/Attestations.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/team/TeamService.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

namespace {

QJsonObject statusJson(const CampaignStatus& s)
{
    QJsonArray reviewers;
    for (const CampaignStatus::Reviewer& r : s.reviewers) {
        reviewers.append(QJsonObject { { QStringLiteral("email"), r.email },
                                       { QStringLiteral("items"), r.items },
                                       { QStringLiteral("decided"), r.decided },
                                       { QStringLiteral("flagged"), r.flagged } });
    }
    return QJsonObject { { QStringLiteral("id"), s.campaign.id },
                         { QStringLiteral("name"), s.campaign.name },
                         { QStringLiteral("due"), Timestamp::toIso(s.campaign.due) },
                         { QStringLiteral("status"), s.campaign.status },
                         { QStringLiteral("scope"), s.campaign.scope },
                         { QStringLiteral("items"), s.items },
                         { QStringLiteral("decided"), s.decided },
                         { QStringLiteral("percentComplete"), std::round(s.percentComplete() * 10.0) / 10.0 },
                         { QStringLiteral("overdue"), s.overdue },
                         { QStringLiteral("flagged"), s.flagged },
                         { QStringLiteral("handedOn"), s.handedOn },
                         { QStringLiteral("reviewers"), reviewers },
                         { QStringLiteral("recommendation"),
                           QJsonObject { { QStringLiteral("given"), s.recommended },
                                         { QStringLiteral("followed"), s.followed } } },
                         { QStringLiteral("decisions"),
                           QJsonObject { { QStringLiteral("certified"), s.certified },
                                         { QStringLiteral("reduced"), s.reduced },
                                         { QStringLiteral("revoked"), s.revoked },
                                         { QStringLiteral("retired"), s.retired },
                                         { QStringLiteral("reassigned"), s.reassigned } } } };
}

Result<qint64> positiveId(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(Cli::tr("%1: expected a numeric id, got \"%2\"").arg(what, text));
    return id;
}

} // namespace

int CampaignCommands::campaign()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Cli::tr("create, list, status ID, remind ID, escalate ID or close ID"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The campaign's name"), QStringLiteral("N"));
    const QCommandLineOption due(QStringLiteral("due"), Cli::tr("When every item must be decided"),
                                 QStringLiteral("DATE"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        Cli::tr("Which identities: source=, kind=, status=, finding=, debt>=, orphaned (all must hold)"),
        QStringLiteral("EXPR"));
    const QCommandLineOption fallback(QStringLiteral("fallback-reviewer"), Cli::tr("Reviews what no active owner can"),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption secondStage(QStringLiteral("second-stage"),
                                         Cli::tr("A second review by the technical owner or the manager"),
                                         QStringLiteral("technical|manager"));
    const QCommandLineOption onlyExpired(QStringLiteral("only-expired"),
                                         Cli::tr("Ask each identity only the attestations (ownership, task scope, "
                                                 "business need) whose certification has run out"));
    parser.addOptions({ name, due, scope, fallback, secondStage, onlyExpired });
    if (int code
        = parse(parser, QStringLiteral("campaign"), Cli::tr("Create, list, follow and close review campaigns."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    CampaignService campaigns(database, m_context.clock());

    if (action == QLatin1String("create")) {
        if (!parser.isSet(name) || !parser.isSet(due))
            return m_context.usage(Cli::tr("campaign create: --name and --due are required"));
        const auto dueAt = Timestamp::parse(parser.value(due));
        if (!dueAt)
            return m_context.usage(
                Cli::tr("--due: expected a date such as 2026-12-31, got \"%1\"").arg(parser.value(due)));
        CampaignRequest request {
            parser.value(name), *dueAt,   parser.value(scope), parser.value(fallback), parser.value(secondStage),
            m_context.actor(),  QString()
        };
        request.onlyExpired = parser.isSet(onlyExpired);
        if (!m_context.catchUpAnalysis())
            return Failed;
        auto id = campaigns.create(request);
        if (!id)
            return m_context.fail(id.error());
        if (m_context.json)
            m_context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("id"), id.value() } }));
        else
            m_context.out() << id.value() << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("list")) {
        auto all = campaigns.list();
        if (!all)
            return m_context.fail(all.error());
        QJsonArray out;
        for (const Campaign& c : all.value()) {
            auto s = campaigns.status(c.id);
            if (!s)
                return m_context.fail(s.error());
            if (m_context.json) {
                out.append(statusJson(s.value()));
            } else {
                m_context.out() << QStringLiteral("%1  %2  %3  %4  %5/%6 (%7%)")
                                       .arg(c.id, 4)
                                       .arg(c.name.left(40), -40)
                                       .arg(c.status, -6)
                                       .arg(c.due.date().toString(Qt::ISODate))
                                       .arg(s->decided)
                                       .arg(s->items)
                                       .arg(s->percentComplete(), 0, 'f', 0)
                                << '\n';
            }
        }
        if (m_context.json)
            m_context.printJson(QJsonDocument(out));
        m_context.out().flush();
        return Success;
    }
    if (action == QLatin1String("status") || action == QLatin1String("close") || action == QLatin1String("escalate")
        || action == QLatin1String("remind")) {
        if (args.size() != 2)
            return m_context.usage(Cli::tr("campaign %1: expected the campaign ID").arg(action));
        auto id = positiveId(args.at(1), QStringLiteral("campaign ") + action);
        if (!id)
            return m_context.usage(id.error());
        if (action == QLatin1String("remind")) {
            // Prints who to remind (JSON for a mailer); Recertify itself sends no mail.
            auto reminders = campaigns.remind(id.value(), m_context.actor());
            if (!reminders)
                return m_context.fail(reminders.error());
            if (m_context.json) {
                QJsonArray out;
                for (const Reminder& r : reminders.value()) {
                    out.append(QJsonObject { { QStringLiteral("reviewer"), r.reviewer },
                                             { QStringLiteral("pending"), r.pending },
                                             { QStringLiteral("manager"), r.manager } });
                }
                m_context.printJson(QJsonDocument(out));
                return Success;
            }
            for (const Reminder& r : reminders.value())
                m_context.out() << Cli::tr("%1: %n items waiting", nullptr, r.pending).arg(r.reviewer) << '\n';
            m_context.out() << Cli::tr("%n reviewers to remind", nullptr, int(reminders->size())) << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("escalate")) {
            auto moved = campaigns.escalate(id.value(), m_context.actor());
            if (!moved)
                return m_context.fail(moved.error());
            m_context.out() << Cli::tr("%n overdue items moved to the reviewers' managers", nullptr, moved.value())
                            << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("close")) {
            auto closed = campaigns.close(id.value(), m_context.actor());
            if (!closed)
                return m_context.fail(closed.error());
            m_context.out() << Cli::tr("Campaign %1 closed: %2, %3")
                                   .arg(id.value())
                                   .arg(Cli::tr("%n remediation task(s)", nullptr, closed->tasks),
                                        Cli::tr("%n item(s) left undecided", nullptr, closed->undecided))
                            << Qt::endl;
            return Success;
        }
        auto s = campaigns.status(id.value());
        if (!s)
            return m_context.fail(s.error());
        if (m_context.json) {
            m_context.printJson(QJsonDocument(statusJson(s.value())));
            return Success;
        }
        QTextStream& out = m_context.out();
        out << s->campaign.name << "  [" << s->campaign.status << "]  "
            << Cli::tr("due %1").arg(s->campaign.due.date().toString(Qt::ISODate)) << '\n';
        out << Cli::tr("%1 of %2 decided (%3%), %4 overdue, %5 flagged, %6 handed on")
                   .arg(s->decided)
                   .arg(s->items)
                   .arg(s->percentComplete(), 0, 'f', 1)
                   .arg(s->overdue)
                   .arg(s->flagged)
                   .arg(s->handedOn)
            << '\n';
        if (s->recommended > 0)
            out << Cli::tr("%1 of %2 decisions with a recommendation followed it").arg(s->followed).arg(s->recommended)
                << '\n';
        for (const CampaignStatus::Reviewer& r : s->reviewers)
            out << QStringLiteral("  %1 %2/%3").arg(r.email, -40).arg(r.decided).arg(r.items) << '\n';
        out.flush();
        return Success;
    }
    return m_context.usage(Cli::tr("campaign: expected create, list, status ID, remind ID, escalate ID or close ID"));
}

int CampaignCommands::review()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("list, decide ITEM, amend ITEM or delegate ITEM"));
    const QCommandLineOption campaign(QStringLiteral("campaign"), Cli::tr("The campaign (list)"), QStringLiteral("ID"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      Cli::tr("The reviewer: whose items (list), who decides (decide, amend)"),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption ownership(QStringLiteral("ownership"), Cli::tr("confirm, or reassign=EMAIL"),
                                       QStringLiteral("ANSWER"));
    const QCommandLineOption scope(QStringLiteral("scope"), Cli::tr("keep, or reduce=PERM[,PERM…]"),
                                   QStringLiteral("ANSWER"));
    const QCommandLineOption need(QStringLiteral("need"), Cli::tr("certify[=DATE], revoke or retire"),
                                  QStringLiteral("ANSWER"));
    const QCommandLineOption ownershipUntil(QStringLiteral("ownership-until"),
                                            Cli::tr("How long the ownership answer holds (default: a year)"),
                                            QStringLiteral("DATE"));
    const QCommandLineOption scopeUntil(QStringLiteral("scope-until"),
                                        Cli::tr("How long the task scope answer holds (default: a year)"),
                                        QStringLiteral("DATE"));
    const QCommandLineOption justification(
        QStringLiteral("justification"),
        Cli::tr("Why; required for revoke, reduce, and certifying with high-severity findings"),
        QStringLiteral("TEXT"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), Cli::tr("How long the reviewer looked at the evidence"),
                                     QStringLiteral("N"));
    const QCommandLineOption onBehalf(
        QStringLiteral("on-behalf-of"),
        Cli::tr("Decide for this assigned reviewer; only their manager in the people directory may"),
        QStringLiteral("EMAIL"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("Who takes the item over (delegate)"),
                                QStringLiteral("EMAIL"));
    parser.addOptions({ campaign, reviewer, ownership, scope, need, ownershipUntil, scopeUntil, justification, seconds,
                        to, onBehalf });
    if (int code
        = parse(parser, QStringLiteral("review"), Cli::tr("List review items with their evidence, and decide them."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    ReviewService reviews(database, m_context.clock());
    // Signed in to a team server as a member, a reviewer is who the login says, unless told otherwise.
    QString signedIn;
    if (!parser.isSet(reviewer)) {
        if (auto session = TeamService(database).whoAmI();
            session && session->teamMode && session->role != TeamRole::Owner)
            signedIn = session->email;
    }
    const QString reviewerEmail = parser.isSet(reviewer) ? parser.value(reviewer) : signedIn;

    if (args.value(0) == QLatin1String("list")) {
        if (!parser.isSet(campaign))
            return m_context.usage(Cli::tr("review list: --campaign is required"));
        auto id = positiveId(parser.value(campaign), QStringLiteral("--campaign"));
        if (!id)
            return m_context.usage(id.error());
        auto items = reviews.items(id.value(), reviewerEmail);
        if (!items)
            return m_context.fail(items.error());
        if (m_context.json) {
            QJsonArray out;
            for (const ReviewItem& i : items.value()) {
                out.append(QJsonObject { { QStringLiteral("id"), i.id },
                                         { QStringLiteral("identityId"), i.identityId },
                                         { QStringLiteral("nativeId"), i.nativeId },
                                         { QStringLiteral("displayName"), i.displayName },
                                         { QStringLiteral("reviewer"), i.reviewer },
                                         { QStringLiteral("state"), i.state },
                                         { QStringLiteral("stage"), i.stage },
                                         { QStringLiteral("reason"), i.reason },
                                         { QStringLiteral("unchangedSinceLastReview"), i.unchangedSinceLastReview },
                                         { QStringLiteral("version"), i.version },
                                         { QStringLiteral("asks"),
                                           QJsonArray::fromStringList(i.asks.isEmpty() ? Attestations::kAll : i.asks) },
                                         { QStringLiteral("evidence"), i.evidence } });
            }
            m_context.printJson(QJsonDocument(out));
            return Success;
        }
        for (const ReviewItem& i : items.value()) {
            const ReviewEvidence e = ReviewEvidence::fromJson(i.evidence);
            m_context.out()
                << QStringLiteral("%1  %2 %3 %4  ")
                       .arg(i.id, 6)
                       .arg(i.displayName.left(40), -40)
                       .arg(i.state, -8)
                       .arg(i.reviewer, -32)
                << Cli::tr("granted %1, used %2, debt %3").arg(e.granted).arg(e.used).arg(e.debtScore, 0, 'f', 1)
                << '\n';
        }
        m_context.out() << Cli::tr("%n items", nullptr, int(items->size())) << Qt::endl;
        return Success;
    }
    if (args.value(0) == QLatin1String("decide") || args.value(0) == QLatin1String("amend")) {
        // amend: a new decision superseding the one in force, while the campaign is open; both stay on record.
        const bool amend = args.value(0) == QLatin1String("amend");
        const QString command = QStringLiteral("review ") + args.value(0);
        if (args.size() != 2)
            return m_context.usage(Cli::tr("%1: expected the ITEM id").arg(command));
        auto id = positiveId(args.at(1), command);
        if (!id)
            return m_context.usage(id.error());
        // An item asks only what is due; the others stay certified and take no answer.
        auto item = reviews.item(id.value());
        if (!item)
            return m_context.fail(item.error());
        const bool askOwner = item->asksFor(Attestation::Ownership);
        const bool askScope = item->asksFor(Attestation::Scope);
        const bool askNeed = item->asksFor(Attestation::Need);
        if (reviewerEmail.isEmpty() || (askOwner && !parser.isSet(ownership)) || (askScope && !parser.isSet(scope))
            || (askNeed && !parser.isSet(need))) {
            return m_context.usage(
                item->asks.isEmpty()
                    ? Cli::tr("%1: --reviewer, --ownership, --scope and --need are required").arg(command)
                    : Cli::tr("%1: --reviewer is required, and an answer for each attestation item %2 asks: %3")
                          .arg(command)
                          .arg(id.value())
                          .arg(item->asks.join(QStringLiteral(", "))));
        }
        Decision d;
        d.itemId = id.value();
        d.decidedBy = reviewerEmail;
        d.onBehalfOf = parser.value(onBehalf);
        const QString own = parser.isSet(ownership) ? parser.value(ownership) : Answer::NotAsked;
        d.ownership = own.section(u'=', 0, 0);
        d.ownershipTarget = own.section(u'=', 1);
        const QString sc = parser.isSet(scope) ? parser.value(scope) : Answer::NotAsked;
        d.scope = sc.section(u'=', 0, 0);
        d.scopeRemove = sc.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        for (QString& p : d.scopeRemove)
            p = p.trimmed();
        const QString nd = parser.isSet(need) ? parser.value(need) : Answer::NotAsked;
        d.need = nd.section(u'=', 0, 0);
        if (nd.contains(u'=')) {
            const auto until = Timestamp::parse(nd.section(u'=', 1));
            if (!until)
                return m_context.usage(
                    Cli::tr("--need: expected certify=DATE such as certify=2027-06-30, got \"%1\"").arg(nd));
            d.certifyUntil = *until;
        }
        for (const auto& [option, target] :
             { std::pair { &ownershipUntil, &d.ownershipUntil }, std::pair { &scopeUntil, &d.scopeUntil } }) {
            if (!parser.isSet(*option))
                continue;
            const auto until = Timestamp::parse(parser.value(*option));
            if (!until)
                return m_context.usage(Cli::tr("--%1: expected a date such as 2027-06-30, got \"%2\"")
                                           .arg(option->names().first(), parser.value(*option)));
            *target = *until;
        }
        d.justification = parser.value(justification);
        if (parser.isSet(seconds))
            d.secondsSpent = parser.value(seconds).toInt();
        auto flags = amend ? reviews.amend(d) : reviews.decide(d);
        if (!flags)
            return m_context.fail(flags.error());
        if (auto decided = reviews.item(d.itemId); decided)
            m_context.afterChange({ decided->identityId });
        if (amend) {
            m_context.out()
                << (d.onBehalfOf.isEmpty()
                        ? Cli::tr("Item %1 amended; the earlier decision stays on record, superseded").arg(d.itemId)
                        : Cli::tr(
                              "Item %1 amended by %2 on behalf of %3; the earlier decision stays on record, superseded")
                              .arg(d.itemId)
                              .arg(reviewerEmail, d.onBehalfOf));
        } else {
            m_context.out() << (d.onBehalfOf.isEmpty() ? Cli::tr("Item %1 decided").arg(d.itemId)
                                                       : Cli::tr("Item %1 decided by %2 on behalf of %3")
                                                             .arg(d.itemId)
                                                             .arg(reviewerEmail, d.onBehalfOf));
        }
        if (!flags->isEmpty())
            m_context.out() << Cli::tr(" (flagged to the manager: %1)").arg(flags->join(QStringLiteral(", ")));
        m_context.out() << Qt::endl;
        return Success;
    }
    if (args.value(0) == QLatin1String("delegate")) {
        if (args.size() != 2)
            return m_context.usage(Cli::tr("review delegate: expected the ITEM id"));
        auto id = positiveId(args.at(1), QStringLiteral("review delegate"));
        if (!id)
            return m_context.usage(id.error());
        if (reviewerEmail.isEmpty() || !parser.isSet(to))
            return m_context.usage(Cli::tr("review delegate: --reviewer and --to are required"));
        if (auto st = reviews.delegate(id.value(), reviewerEmail, parser.value(to)); !st)
            return m_context.fail(st.error());
        m_context.out() << Cli::tr("Item %1 handed to %2").arg(id.value()).arg(parser.value(to).trimmed().toLower())
                        << Qt::endl;
        return Success;
    }
    return m_context.usage(Cli::tr("review: expected list, decide ITEM, amend ITEM or delegate ITEM"));
}

} // namespace recertify::cli
