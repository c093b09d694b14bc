// Prints figures for review campaigns: generating a campaign over a demo estate, and decisions per second.
// Run: bench_campaign [identities...]   (default 10000 100000)
#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/evidence/EvidenceBundle.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace recertify;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF report needs fonts
    QGuiApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QString::fromLocal8Bit(argv[i]).toInt();
    if (sizes.isEmpty())
        sizes = { 10000, 100000 };
    std::printf("%-10s %8s %9s %10s %12s %9s %9s %9s %10s\n", "identities", "items", "create s", "decisions",
                "decisions/s", "export s", "MB", "verify s", "sha256sum s");
    for (int n : sizes) {
        test::TestDatabase store;
        if (!store.database() || !DemoEstate::generate(*store.database(), { n, 1, false }, Clock::instance())
            || !AnalysisService(store.database()).run()) {
            std::fprintf(stderr, "setup failed\n");
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto id
            = CampaignService(store.database())
                  .create({ QStringLiteral("bench"), QDateTime::currentDateTimeUtc().addDays(30), QString(),
                            QStringLiteral("governance@example.com"), QString(), QStringLiteral("bench"), QString() });
        const double createSeconds = double(timer.elapsed()) / 1000.0;
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorString()));
            return 1;
        }
        ReviewService reviews(store.database());
        auto items = reviews.items(id.value());
        if (!items)
            return 1;
        const int decisions = std::min<int>(2000, int(items->size()));
        timer.restart();
        int made = 0;
        for (int i = 0; i < decisions; ++i) {
            const ReviewItem& item = items->at(i);
            Decision d;
            // The reviewer's three answers, given explicitly: a Decision starts unanswered.
            d.ownership = QStringLiteral("confirm");
            d.scope = QStringLiteral("keep");
            d.need = QStringLiteral("certify");
            d.itemId = item.id;
            d.decidedBy = item.reviewer;
            d.need = (i % 5 == 0) ? QStringLiteral("revoke") : QStringLiteral("certify");
            d.justification = QStringLiteral("benchmark decision");
            made += reviews.decide(d).ok() ? 1 : 0;
        }
        const double decideSeconds = double(timer.elapsed()) / 1000.0;

        // Export, sign and verify the whole campaign; then the same hashes with stock sha256sum.
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("bundle.zip"));
        timer.restart();
        auto exported = EvidenceBundle::write(store.database(), id.value(), bundle, Signer::generate().value(),
                                              QStringLiteral("bench"));
        const double exportSeconds = double(timer.elapsed()) / 1000.0;
        timer.restart();
        auto verified = EvidenceBundle::verify(bundle);
        const double verifySeconds = double(timer.elapsed()) / 1000.0;
        if (!exported || !verified || !verified->valid) {
            std::fprintf(stderr, "export or verify failed\n");
            return 1;
        }
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
                    { QStringLiteral("-q"), bundle, QStringLiteral("-d"), dir.filePath(QStringLiteral("x")) });
        unzip.waitForFinished(-1);
        QProcess sha;
        sha.setWorkingDirectory(dir.filePath(QStringLiteral("x")));
        timer.restart();
        sha.start(QStringLiteral("sha256sum"),
                  { QStringLiteral("-c"), QStringLiteral("--quiet"), QStringLiteral("SHA256SUMS") });
        sha.waitForFinished(-1);
        const double shaSeconds = double(timer.elapsed()) / 1000.0;
        std::printf("%-10d %8lld %9.2f %10d %12.0f %9.2f %9.1f %9.2f %10.2f\n", n, qlonglong(items->size()),
                    createSeconds, made, made / decideSeconds, exportSeconds, double(QFileInfo(bundle).size()) / 1e6,
                    verifySeconds, shaSeconds);
    }
    return 0;
}
