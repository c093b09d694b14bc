#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"
#include "core/review/TriggerService.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recertify::cli {

int TriggerCommand::triggers()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("list, set KIND or run"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        Cli::tr("Days before expiry (credential-expiring) or trust-debt points (debt-threshold)"), QStringLiteral("N"));
    const QCommandLineOption fallback(QStringLiteral("fallback-reviewer"), Cli::tr("Reviews what no active owner can"),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption disable(QStringLiteral("disable"), Cli::tr("Turn the trigger off"));
    parser.addOptions({ threshold, fallback, disable });
    if (int code = parse(parser, QStringLiteral("triggers"),
                         Cli::tr("Configure and run the triggers that start micro-campaigns."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    TriggerService triggers(database, m_context.clock());

    if (action == QLatin1String("list")) {
        auto all = triggers.all();
        if (!all)
            return m_context.fail(all.error());
        QJsonArray out;
        for (const TriggerConfig& t : all.value()) {
            if (m_context.json) {
                out.append(QJsonObject { { QStringLiteral("kind"), t.kind },
                                         { QStringLiteral("enabled"), t.enabled },
                                         { QStringLiteral("threshold"), t.threshold },
                                         { QStringLiteral("fallbackReviewer"), t.fallbackReviewer },
                                         { QStringLiteral("lastRunAt"),
                                           t.lastRunAt.isValid() ? Timestamp::toIso(t.lastRunAt) : QString() } });
            } else {
                m_context.out() << QStringLiteral("%1  %2  %3  %4")
                                       .arg(t.kind, -20)
                                       .arg(t.enabled ? Cli::tr("on") : Cli::tr("off"), -4)
                                       .arg(t.threshold, 6, 'f', 0)
                                       .arg(t.fallbackReviewer)
                                << '\n';
            }
        }
        if (m_context.json)
            m_context.printJson(QJsonDocument(out));
        m_context.out().flush();
        return Success;
    }
    if (action == QLatin1String("set")) {
        if (args.size() != 2)
            return m_context.usage(Cli::tr("triggers set: expected the KIND, one of %1")
                                       .arg(TriggerService::kinds().join(QStringLiteral(", "))));
        // Start from what is stored, so turning a trigger off or on keeps its threshold and reviewer.
        auto stored = triggers.all();
        if (!stored)
            return m_context.fail(stored.error());
        TriggerConfig config;
        for (const TriggerConfig& t : stored.value()) {
            if (t.kind == args.at(1))
                config = t;
        }
        config.kind = args.at(1);
        config.enabled = !parser.isSet(disable);
        if (parser.isSet(fallback))
            config.fallbackReviewer = parser.value(fallback);
        if (parser.isSet(threshold)) {
            bool ok = false;
            config.threshold = parser.value(threshold).toDouble(&ok);
            if (!ok || config.threshold <= 0)
                return m_context.usage(
                    Cli::tr("--threshold: expected a positive number, got \"%1\"").arg(parser.value(threshold)));
        }
        if (auto st = triggers.set(config); !st)
            return m_context.usage(st.error());
        m_context.out() << (config.enabled ? Cli::tr("Trigger %1 is on").arg(config.kind)
                                           : Cli::tr("Trigger %1 is off").arg(config.kind))
                        << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("run")) {
        if (!m_context.catchUpAnalysis())
            return Failed;
        auto started = triggers.run(m_context.actor());
        if (!started)
            return m_context.fail(started.error());
        return m_context.printStarted(started.value(),
                                      Cli::tr("%n micro-campaigns started", nullptr, int(started->size())));
    }
    return m_context.usage(Cli::tr("triggers: expected list, set KIND or run"));
}

} // namespace recertify::cli
