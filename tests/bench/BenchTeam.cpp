// Prints decisions per second on the team's PostgreSQL server with 1 and 4 concurrent clients,
// each a reviewer on their own connection, signed in as the owner or as reviewer logins (row-level
// security on). Needs RECERTIFY_TEST_PG (the README's test command starts a server).
// Run: bench_team [identities] [decisions per client]   (default 6000 400)
#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/storage/SqlUtil.h"
#include "core/team/TeamService.h"
#include "tests/support/TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>
#include <atomic>
#include <cstdio>

using namespace recertify;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int identities = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 6000;
    const int perClient = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 400;
    if (test::postgresServerUrl().isEmpty()) {
        std::fprintf(stderr, "RECERTIFY_TEST_PG is not set\n");
        return 1;
    }
    std::printf("%-8s %-16s %10s %9s %12s\n", "clients", "signed in as", "decisions", "seconds", "decisions/s");
    for (bool asLogins : { false, true }) {
        for (int clients : { 1, 4 }) {
            test::TestDatabase store(QStringLiteral("postgresql"));
            if (!store.database()
                || !DemoEstate::generate(*store.database(), { identities, 3, false }, Clock::instance())
                || !AnalysisService(store.database()).run()) {
                std::fprintf(stderr, "setup failed: %s\n", qPrintable(store.error()));
                return 1;
            }
            auto campaign = CampaignService(store.database())
                                .create({ QStringLiteral("bench"), QDateTime::currentDateTimeUtc().addDays(30),
                                          QString(), QStringLiteral("governance@example.com"), QString(),
                                          QStringLiteral("bench"), QString() });
            if (!campaign) {
                std::fprintf(stderr, "%s\n", qPrintable(campaign.errorString()));
                return 1;
            }
            // The estate's reviewers hold a few dozen items each; give each client one reviewer with plenty.
            QStringList reviewers;
            for (int c = 0; c < clients; ++c) {
                reviewers << QStringLiteral("reviewer%1@example.com").arg(c + 1);
                if (!sql::run(store.database()->connection(),
                              QStringLiteral("UPDATE review_items SET reviewer = ? WHERE MOD(id, ?) = ?"),
                              { reviewers.last(), clients, c })) {
                    return 1;
                }
            }
            TeamService team(store.database());
            if (asLogins && !team.initialise(QStringLiteral("bench")))
                return 1;
            std::vector<DatabasePtr> connections;
            std::vector<QList<ReviewItem>> work;
            for (int c = 0; c < clients; ++c) {
                QString location = store.location();
                if (asLogins) {
                    const QString login = QStringLiteral("bench_%1_%2").arg(c).arg(QDateTime::currentMSecsSinceEpoch());
                    if (!team.addMember(reviewers.at(c), TeamRole::Reviewer, login, QString(), QStringLiteral("bench")))
                        return 1;
                    location = store.locationAs(login);
                }
                auto db = Database::open(location);
                if (!db)
                    return 1;
                connections.push_back(db.value());
                auto items = ReviewService(db.value()).items(campaign.value(), reviewers.at(c));
                if (!items)
                    return 1;
                work.push_back(items->mid(0, perClient));
            }
            std::atomic<int> made { 0 };
            std::atomic<int> failed { 0 };
            QSemaphore go;
            std::vector<QThread*> threads;
            for (int c = 0; c < clients; ++c) {
                threads.push_back(QThread::create([&, c] {
                    ReviewService reviews(connections[size_t(c)]);
                    go.acquire();
                    for (const ReviewItem& item : work[size_t(c)]) {
                        Decision d;
                        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
                        d.ownership = QStringLiteral("confirm");
                        d.scope = QStringLiteral("keep");
                        d.need = QStringLiteral("certify");
                        d.itemId = item.id;
                        d.decidedBy = item.reviewer;
                        d.justification = QStringLiteral("benchmark");
                        d.expectedVersion = item.version;
                        (reviews.decide(d) ? made : failed)++;
                    }
                }));
                threads.back()->start();
            }
            QElapsedTimer timer;
            timer.start();
            go.release(clients);
            for (QThread* t : threads) {
                t->wait();
                delete t;
            }
            const double seconds = double(timer.elapsed()) / 1000.0;
            std::printf("%-8d %-16s %10d %9.2f %12.0f%s\n", clients, asLogins ? "reviewer logins" : "owner",
                        made.load(), seconds, made.load() / seconds,
                        failed.load() ? qPrintable(QStringLiteral("  (%1 failed)").arg(failed.load())) : "");
            std::fflush(stdout);
        }
    }
    return 0;
}
