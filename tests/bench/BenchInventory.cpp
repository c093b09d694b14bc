// Prints figures for the inventory at scale: demo generation, database size, first page, search.
// Run: bench_inventory [identities...]   (default 10000 100000)
#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/storage/IdentityRepository.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

using namespace recertify;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = { 10000, 100000 };

    std::printf("%-10s %8s %8s %10s %10s %10s %10s %10s %10s\n", "identities", "demo s", "db MB", "count ms", "page ms",
                "search ms", "analyse s", "again s", "full s");
    for (int n : sizes) {
        test::TestDatabase store;
        if (!store.database()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto demo = DemoEstate::generate(*store.database(), { n, 1, false }, Clock::instance());
        const double demoSeconds = double(timer.elapsed()) / 1000.0;
        if (!demo) {
            std::fprintf(stderr, "%s\n", qPrintable(demo.errorString()));
            return 1;
        }
        IdentityRepository repository(store.database());
        IdentityQuery query;
        timer.restart();
        (void)repository.count(query);
        const double countMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        (void)repository.page(query, 0, 200);
        const double pageMs = double(timer.nsecsElapsed()) / 1e6;
        query.text = QStringLiteral("agent-prod");
        timer.restart();
        (void)repository.count(query);
        (void)repository.page(query, 0, 200);
        const double searchMs = double(timer.nsecsElapsed()) / 1e6;
        // Findings plus trust debt: the first run opens every finding; the second, with nothing new, says so without
        // reading the estate; the third reads it all again anyway (analyse --full).
        timer.restart();
        auto first = AnalysisService(store.database()).run();
        const double analyseSeconds = double(timer.elapsed()) / 1000.0;
        timer.restart();
        auto second = AnalysisService(store.database()).run();
        const double againSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        auto third = AnalysisService(store.database()).runFull();
        const double fullSeconds = double(timer.elapsed()) / 1000.0;
        if (!first || !second || !third) {
            std::fprintf(stderr, "%s\n", qPrintable(first.errorString() + second.errorString() + third.errorString()));
            return 1;
        }
        const double megabytes = double(QFileInfo(store.location()).size()) / 1e6;
        std::printf("%-10d %8.2f %8.1f %10.2f %10.2f %10.2f %10.2f %10.3f %10.2f   (%d findings%s)\n", n, demoSeconds,
                    megabytes, countMs, pageMs, searchMs, analyseSeconds, againSeconds, fullSeconds,
                    first->openFindings, second->unchanged ? ", nothing new the second time" : "");
    }
    return 0;
}
