#include "app/cli/Commands.h"
#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace recertify::cli {

int DemoCommand::demo()
{
    QCommandLineParser parser;
    const QCommandLineOption identities(QStringLiteral("identities"), Cli::tr("How many identities (default 300)"),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("Random seed; the same seed gives the same estate (default 1)"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Cli::tr("Replace an estate that is already in the database"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        Cli::tr(
            "Also analyse the estate as it stood each week for this many weeks, so charts have a history (default 0)"),
        QStringLiteral("WEEKS"), QStringLiteral("0"));
    parser.addOptions({ identities, seed, replace, history });
    if (int code
        = parse(parser, QStringLiteral("demo"), Cli::tr("Fill the database with a realistic synthetic estate."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return m_context.usage(Cli::tr("demo: unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    bool ok = false;
    DemoEstate::Options options;
    options.identities = parser.value(identities).toInt(&ok);
    if (!ok || options.identities < 1)
        return m_context.usage(
            Cli::tr("--identities: expected a positive number, got \"%1\"").arg(parser.value(identities)));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return m_context.usage(Cli::tr("--seed: expected a non-negative number, got \"%1\"").arg(parser.value(seed)));
    options.replace = parser.isSet(replace);
    const int weeks = parser.value(history).toInt(&ok);
    if (!ok || weeks < 0 || weeks > 104)
        return m_context.usage(Cli::tr("--history: expected 0 to 104 weeks, got \"%1\"").arg(parser.value(history)));

    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoEstate::generate(*database, options, m_context.clock());
    if (!summary)
        return m_context.fail(database->displayLocation() + QStringLiteral(": ")
                              + CliContext::describe(summary.error()));
    const double seconds = double(timer.elapsed()) / 1000.0;
    timer.restart();
    // Past analyses see the same estate at earlier dates: debt accrues interest week by week.
    for (int week = weeks; week > 0; --week) {
        const FixedClock past(m_context.clock().now().addDays(-7 * week));
        if (auto earlier = AnalysisService(database, past).run(); !earlier)
            return m_context.fail(earlier.error());
    }
    auto analysis = AnalysisService(database, m_context.clock()).run();
    if (!analysis)
        return m_context.fail(analysis.error());
    const double analysisSeconds = double(timer.elapsed()) / 1000.0;

    if (m_context.json) {
        m_context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("identities"), summary->identities },
            { QStringLiteral("people"), summary->people },
            { QStringLiteral("credentials"), summary->credentials },
            { QStringLiteral("grants"), summary->grants },
            { QStringLiteral("usageRows"), summary->usageRows },
            { QStringLiteral("subAgents"), summary->subAgents },
            { QStringLiteral("seconds"), seconds },
            { QStringLiteral("findings"), analysis->openFindings },
            { QStringLiteral("trustDebt"), analysis->totalDebt },
            { QStringLiteral("analysisSeconds"), analysisSeconds },
        }));
    } else {
        m_context.out() << Cli::tr(
                               "Demo estate written to %1: %2 identities (%3 sub-agents), %4 people, %5 credentials, "
                               "%6 grants, %7 usage rows in %8 s")
                               .arg(database->displayLocation())
                               .arg(summary->identities)
                               .arg(summary->subAgents)
                               .arg(summary->people)
                               .arg(summary->credentials)
                               .arg(summary->grants)
                               .arg(summary->usageRows)
                               .arg(seconds, 0, 'f', 2)
                        << '\n'
                        << Cli::tr("Analysis: %1 findings, estate trust debt %2, in %3 s")
                               .arg(analysis->openFindings)
                               .arg(analysis->totalDebt, 0, 'f', 1)
                               .arg(analysisSeconds, 0, 'f', 2)
                        << Qt::endl;
    }
    return Success;
}

} // namespace recertify::cli
