#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"
#include "core/review/TemplateService.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

namespace {

Result<int> days(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1)
        return makeError(
            Cli::tr("--%1: expected a number of days, got \"%2\"").arg(option.names().first(), parser.value(option)));
    return n;
}

} // namespace

int TemplateCommand::templates()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("create, list, run or remove NAME"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("The template's name; each campaign is named after it and its start date"),
                                  QStringLiteral("N"));
    const QCommandLineOption every(QStringLiteral("every"), Cli::tr("Days between two campaigns (default 90)"),
                                   QStringLiteral("DAYS"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      Cli::tr("Days each campaign runs before it is due (default 14)"),
                                      QStringLiteral("DAYS"));
    const QCommandLineOption first(QStringLiteral("first"), Cli::tr("When the first campaign starts (default: now)"),
                                   QStringLiteral("DATE"));
    const QCommandLineOption scope(QStringLiteral("scope"), Cli::tr("Which identities, as for campaign create"),
                                   QStringLiteral("EXPR"));
    const QCommandLineOption fallback(QStringLiteral("fallback-reviewer"), Cli::tr("Reviews what no active owner can"),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption secondStage(QStringLiteral("second-stage"),
                                         Cli::tr("A second review by the technical owner or the manager"),
                                         QStringLiteral("technical|manager"));
    parser.addOptions({ name, every, duration, first, scope, fallback, secondStage });
    if (int code = parse(parser, QStringLiteral("templates"),
                         Cli::tr("Define recurring campaigns and start those that are due."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    TemplateService templates(database, m_context.clock());

    if (action == QLatin1String("create")) {
        if (!parser.isSet(name))
            return m_context.usage(Cli::tr("templates create: --name is required"));
        CampaignTemplate t;
        t.name = parser.value(name);
        t.scope = parser.value(scope);
        t.fallbackReviewer = parser.value(fallback);
        t.secondStage = parser.value(secondStage);
        t.createdBy = m_context.actor();
        auto everyDays = days(parser, every, 90);
        auto durationDays = days(parser, duration, 14);
        if (!everyDays)
            return m_context.usage(everyDays.error());
        if (!durationDays)
            return m_context.usage(durationDays.error());
        t.everyDays = everyDays.value();
        t.durationDays = durationDays.value();
        if (parser.isSet(first)) {
            const auto at = Timestamp::parse(parser.value(first));
            if (!at)
                return m_context.usage(
                    Cli::tr("--first: expected a date such as 2027-01-05, got \"%1\"").arg(parser.value(first)));
            t.nextRunAt = *at;
        }
        auto id = templates.create(t);
        if (!id)
            return m_context.fail(id.error());
        m_context.out() << id.value() << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("list")) {
        auto all = templates.list();
        if (!all)
            return m_context.fail(all.error());
        QJsonArray out;
        for (const CampaignTemplate& t : all.value()) {
            if (m_context.json) {
                out.append(QJsonObject { { QStringLiteral("id"), t.id },
                                         { QStringLiteral("name"), t.name },
                                         { QStringLiteral("scope"), t.scope },
                                         { QStringLiteral("everyDays"), t.everyDays },
                                         { QStringLiteral("durationDays"), t.durationDays },
                                         { QStringLiteral("nextRunAt"), Timestamp::toIso(t.nextRunAt) },
                                         { QStringLiteral("fallbackReviewer"), t.fallbackReviewer } });
            } else {
                m_context.out()
                    << QStringLiteral("%1  %2  ").arg(t.id, 4).arg(t.name.left(32), -32)
                    << Cli::tr("every %1 days, next %2").arg(t.everyDays).arg(t.nextRunAt.date().toString(Qt::ISODate))
                    << '\n';
            }
        }
        if (m_context.json)
            m_context.printJson(QJsonDocument(out));
        m_context.out().flush();
        return Success;
    }
    if (action == QLatin1String("run")) {
        if (!m_context.catchUpAnalysis())
            return Failed;
        auto started = templates.runDue(m_context.actor());
        if (!started)
            return m_context.fail(started.error());
        return m_context.printStarted(started.value(),
                                      Cli::tr("%n recurring campaigns started", nullptr, int(started->size())));
    }
    if (action == QLatin1String("remove")) {
        if (args.size() != 2)
            return m_context.usage(Cli::tr("templates remove: expected the template's NAME"));
        auto all = templates.list();
        if (!all)
            return m_context.fail(all.error());
        for (const CampaignTemplate& t : all.value()) {
            if (t.name == args.at(1) || QString::number(t.id) == args.at(1)) {
                if (auto removed = templates.remove(t.id, m_context.actor()); !removed)
                    return m_context.fail(removed.error());
                m_context.out() << Cli::tr("Template \"%1\" stopped; the campaigns it started stay").arg(t.name)
                                << Qt::endl;
                return Success;
            }
        }
        return m_context.fail(Cli::tr("templates remove: no template called \"%1\"").arg(args.at(1)));
    }
    return m_context.usage(Cli::tr("templates: expected create, list, run or remove"));
}

} // namespace recertify::cli
