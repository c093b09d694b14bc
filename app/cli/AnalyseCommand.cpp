#include "app/cli/Commands.h"
#include "core/analysis/AnalysisService.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace recertify::cli {

int AnalyseCommand::analyse()
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"),
                                  Cli::tr("Analyse every identity even when nothing changed since the last analysis"));
    parser.addOption(full);
    if (int code = parse(
            parser, QStringLiteral("analyse"),
            Cli::tr("Recompute privilege drift, findings and trust debt for the whole store now, in one transaction, "
                    "and say how long it took. Imports, syncs and decisions do this on their own. When nothing "
                    "changed since the last analysis (no change to the store, no date passed that turns a finding), "
                    "it says so and keeps that analysis."));
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return m_context.usage(Cli::tr("analyse: takes no arguments"));
    DatabasePtr database = m_context.database();
    if (!database)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    AnalysisService service(database, m_context.clock());
    auto report = parser.isSet(full) ? service.runFull() : service.run();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report)
        return m_context.fail(report.error());
    if (m_context.json) {
        m_context.printJson(QJsonDocument(QJsonObject { { QStringLiteral("identities"), report->identities },
                                                        { QStringLiteral("openFindings"), report->openFindings },
                                                        { QStringLiteral("opened"), report->opened },
                                                        { QStringLiteral("resolved"), report->resolved },
                                                        { QStringLiteral("totalDebt"), report->totalDebt },
                                                        { QStringLiteral("granted"), report->granted },
                                                        { QStringLiteral("used"), report->used },
                                                        { QStringLiteral("unused"), report->unused },
                                                        { QStringLiteral("outOfScope"), report->outOfScope },
                                                        { QStringLiteral("snapshotId"), report->snapshotId },
                                                        { QStringLiteral("unchanged"), report->unchanged },
                                                        { QStringLiteral("seconds"), seconds } }));
        return Success;
    }
    if (report->unchanged)
        m_context.out() << Cli::tr("Nothing changed since the last analysis (snapshot %1); its findings stand.")
                               .arg(report->snapshotId)
                        << Qt::endl;
    m_context.out()
        << Cli::tr("%1 identities: %2 open findings (%3 new, %4 resolved), trust debt %5; %6 of %7 grants used. %8 s")
               .arg(report->identities)
               .arg(report->openFindings)
               .arg(report->opened)
               .arg(report->resolved)
               .arg(report->totalDebt, 0, 'f', 0)
               .arg(report->used)
               .arg(report->granted)
               .arg(seconds, 0, 'f', 2)
        << Qt::endl;
    return Success;
}

} // namespace recertify::cli
