#include "core/analysis/AnalysisService.h"
#include "core/connectors/aws/AwsIamImporter.h"
#include "core/connectors/k8s/K8sRbacImporter.h"
#include "core/domain/IdentityKind.h"
#include "core/lifecycle/LifecycleService.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/EstateWriter.h"
#include "core/storage/FactsLoader.h"
#include "core/storage/IdentityRepository.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncWriter.h"
#include "core/util/Timestamp.h"
#include "tests/support/CollectingSink.h"
#include "tests/support/ImportAndFollow.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cmath>

using namespace recertify;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QVariant scalar(const Database& database, const QString& statement, std::initializer_list<QVariant> values = {})
{
    auto q = sql::run(database.connection(), statement, values);
    return q.ok() && q->next() ? q->value(0) : QVariant();
}

int count(const Database& database, const QString& statement, std::initializer_list<QVariant> values = {})
{
    const QVariant v = scalar(database, statement, values);
    return v.isValid() ? v.toInt() : -1;
}

// The open findings of one identity (by native id) as "type|subject".
QStringList openFindings(const Database& database, const QString& nativeId)
{
    auto q
        = sql::run(database.connection(),
                   QStringLiteral("SELECT f.type, f.subject FROM findings f JOIN identities i ON i.id = f.identity_id "
                                  "WHERE i.native_id = ? AND f.resolved_at IS NULL ORDER BY f.type, f.subject"),
                   { nativeId });
    QStringList out;
    while (q && q->next())
        out << q->value(0).toString() + u'|' + q->value(1).toString();
    return out;
}

} // namespace

/**
 * The whole analysis over real public payloads (an AWS account from Cloudsplaining, a minikube
 * cluster from KubiScan) on both engines: what a reviewer sees on the first day.
 */
class TestAnalysisService : public QObject
{
    Q_OBJECT

    // Imports both payloads; false (with a failure or skip recorded) when that was not possible.
    static bool importRealEstate(const DatabasePtr& database, const Clock& clock)
    {
        const QString aws = RECERTIFY_REAL_FIXTURE("aws/iam-authorization-details.cloudsplaining.json");
        const QString k8s = RECERTIFY_REAL_FIXTURE("kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json");
        const test::ImportAndFollow sync { database, clock };
        AwsIamImporter iam;
        K8sRbacImporter rbac;
        auto first = sync.run(iam, { aws });
        if (!first) {
            qWarning() << first.errorString();
            return false;
        }
        auto second = sync.run(rbac, { k8s });
        if (!second) {
            qWarning() << second.errorString();
            return false;
        }
        return true;
    }

    static bool fixturesPresent()
    {
        return QFile::exists(RECERTIFY_REAL_FIXTURE("aws/iam-authorization-details.cloudsplaining.json"))
            && QFile::exists(RECERTIFY_REAL_FIXTURE("kubernetes/rbac-roles-bindings-pods.minikube.kubiscan.json"));
    }

private slots:
    // "CloudTrail covers N of the last 90 days for account A (regions)": a call made in a region whose trail is not in
    // the input was not seen, so the reviewer is told which regions the days come from.
    void coverageNamesTheRegionsItCameFrom_data() { test::engineRows(); }
    void coverageNamesTheRegionsItCameFrom()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        QTemporaryDir dir;
        const QString gaad = dir.filePath(QStringLiteral("gaad.json"));
        QFile file(gaad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"RoleDetailList":[{"RoleId":"AROAREGIONS","RoleName":"r","Arn":"arn:aws:iam::111122223333:role/r","CreateDate":"2026-01-01T00:00:00Z"}]})");
        file.close();
        AwsIamImporter importer;
        FixedClock clock(kNow);
        QVERIFY(SyncEngine(store.database(), clock).run(importer, { gaad }).ok());
        QVERIFY(store.database()
                    ->transaction([&](QSqlDatabase& tx) -> Status {
                        for (const char* region : { "us-east-1", "eu-west-1" }) {
                            for (int day = 1; day <= 3; ++day) {
                                auto q = sql::run(
                                    tx,
                                    QStringLiteral(
                                        "INSERT INTO activity_coverage (source, scope, day) VALUES ('aws', ?, ?)"),
                                    { QString(QStringLiteral("account:111122223333/") + QLatin1String(region)),
                                      kNow.date().addDays(-day).toString(Qt::ISODate) });
                                if (!q)
                                    return q.error();
                            }
                        }
                        return {};
                    })
                    .ok());
        const QDate windowStart = kNow.date().addDays(-90);
        auto coverage = FactsLoader::coverage(store.database()->connection(), windowStart);
        QVERIFY(coverage.ok());
        FactsBatch batch;
        QVERIFY(
            FactsLoader::load(store.database()->connection(), 0, 0, windowStart, {}, &batch, &coverage.value()).ok());
        QCOMPARE(batch.facts.size(), 1);
        QCOMPARE(batch.facts.first().coverageDays, 3); // the same three days in both regions
        QCOMPARE(batch.facts.first().coverageScope, QStringLiteral("aws account 111122223333 (eu-west-1, us-east-1)"));
    }

    // "Covers 90 of the last 90 days" at most: the window is the 90 days ending today, not the 91 from its start.
    void coverageCountsNoMoreDaysThanTheWindow_data()
    {
        QTest::addColumn<int>("firstAgo");
        QTest::addColumn<int>("lastAgo");
        QTest::addColumn<int>("expected");
        QTest::newRow("every day of the last 120") << 120 << 0 << 90;
        QTest::newRow("the 91 from the window's start") << 90 << 0 << 90;
        QTest::newRow("only the day the window starts") << 90 << 90 << 0;
        QTest::newRow("the window's first whole day") << 89 << 89 << 1;
    }
    void coverageCountsNoMoreDaysThanTheWindow()
    {
        QFETCH(int, firstAgo);
        QFETCH(int, lastAgo);
        QFETCH(int, expected);
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        QTemporaryDir dir;
        const QString gaad = dir.filePath(QStringLiteral("gaad.json"));
        QFile file(gaad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"RoleDetailList":[{"RoleId":"AROAWINDOW","RoleName":"w","Arn":"arn:aws:iam::111122223333:role/w","CreateDate":"2026-01-01T00:00:00Z"}]})");
        file.close();
        AwsIamImporter importer;
        FixedClock clock(kNow);
        QVERIFY(SyncEngine(store.database(), clock).run(importer, { gaad }).ok());
        QVERIFY(store.database()
                    ->transaction([&](QSqlDatabase& tx) -> Status {
                        for (int ago = firstAgo; ago >= lastAgo; --ago) {
                            auto q = sql::run(tx,
                                              QStringLiteral("INSERT INTO activity_coverage (source, scope, day) "
                                                             "VALUES ('aws', 'account:111122223333/us-east-1', ?)"),
                                              { kNow.date().addDays(-ago).toString(Qt::ISODate) });
                            if (!q)
                                return q.error();
                        }
                        return {};
                    })
                    .ok());
        const QDate windowStart = kNow.date().addDays(-90);
        auto coverage = FactsLoader::coverage(store.database()->connection(), windowStart);
        QVERIFY(coverage.ok());
        FactsBatch batch;
        QVERIFY(
            FactsLoader::load(store.database()->connection(), 0, 0, windowStart, {}, &batch, &coverage.value()).ok());
        QCOMPARE(batch.facts.size(), 1);
        QCOMPARE(batch.facts.first().coverageDays, expected);
    }

    // A process killed between an import's commit and its analysis leaves findings known to be out of
    // date: the commit marks them, only an analysis of the whole estate clears the mark.
    void aChangeNotYetAnalysedIsMarked_data() { test::engineRows(); }
    void aChangeNotYetAnalysedIsMarked()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        FixedClock clock(kNow);
        auto fresh = AnalysisDue::read(*store.database());
        QVERIFY(fresh.ok() && !fresh->has_value());

        // What an import commits, without the analysis that follows it.
        SyncReport report;
        report.format = QStringLiteral("aws-iam");
        QVERIFY(store.database()
                    ->transaction([&](QSqlDatabase& tx) -> Status {
                        SyncWriter writer(tx, kNow, QStringLiteral("test"), report);
                        if (auto prepared = writer.prepare(); !prepared)
                            return prepared;
                        StagedIdentity role;
                        role.identity.source = QStringLiteral("aws");
                        role.identity.nativeId = QStringLiteral("AROAUNANALYSED");
                        role.identity.displayName = QStringLiteral("deployer");
                        role.identity.kind = IdentityKind::IamRole;
                        role.identity.createdAt = kNow.addDays(-400);
                        Grant admin;
                        admin.permission = QStringLiteral("*");
                        admin.resourceScope = QStringLiteral("*");
                        admin.grantedVia = QStringLiteral("AdministratorAccess");
                        role.grants << admin;
                        return writer.writeIdentities({ role }, {});
                    })
                    .ok());
        auto due = AnalysisDue::read(*store.database());
        QVERIFY(due.ok() && due->has_value());
        QCOMPARE(due->value().cause, QStringLiteral("aws-iam"));
        QCOMPARE(due->value().since, kNow);
        QCOMPARE(count(*store.database(), QStringLiteral("SELECT COUNT(*) FROM findings")), 0);

        // One identity re-analysed after a decision does not make the rest current.
        const qint64 id = scalar(*store.database(), QStringLiteral("SELECT id FROM identities")).toLongLong();
        QVERIFY(AnalysisService(store.database(), clock).runFor(id).ok());
        due = AnalysisDue::read(*store.database());
        QVERIFY(due.ok() && due->has_value());

        auto analysed = AnalysisService(store.database(), clock).run();
        QVERIFY(analysed.ok());
        QVERIFY(analysed->openFindings > 0);
        due = AnalysisDue::read(*store.database());
        QVERIFY(due.ok() && !due->has_value());

        // An import run whole (as the app and the CLI run one: the sync, then what follows it) leaves nothing due.
        QTemporaryDir dir;
        const QString gaad = dir.filePath(QStringLiteral("gaad.json"));
        QFile file(gaad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"RoleDetailList":[{"RoleId":"AROAWHOLE","RoleName":"w","Arn":"arn:aws:iam::111122223333:role/w","CreateDate":"2026-01-01T00:00:00Z"}]})");
        file.close();
        AwsIamImporter importer;
        QVERIFY((test::ImportAndFollow { store.database(), clock }).run(importer, { gaad }).ok());
        due = AnalysisDue::read(*store.database());
        QVERIFY(due.ok() && !due->has_value());
    }

    void findingsOpenResolveAndReopen_data() { test::engineRows(); }
    void findingsOpenResolveAndReopen()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& db = *store.database();
        FixedClock clock(kNow);
        // A role created 100 days ago with one grant: no owner, no purpose, no expiry, never used.
        qint64 id = 0;
        QVERIFY(db.transaction([&](QSqlDatabase& tx) -> Status {
                      EstateWriter writer(tx);
                      if (auto st = writer.prepare(); !st)
                          return st;
                      Identity i;
                      i.source = QStringLiteral("aws");
                      i.nativeId = QStringLiteral("AROAREPORTS");
                      i.kind = QStringLiteral("iam-role");
                      i.displayName = QStringLiteral("reports");
                      i.createdAt = Timestamp::fromIso(QStringLiteral("2026-08-15T09:00:00Z"));
                      auto inserted = writer.insertIdentity(i, kNow);
                      if (!inserted)
                          return inserted.error();
                      id = *inserted;
                      // CloudTrail covers the whole window, so unused and never used can be claimed.
                      for (int day = 0; day < 120; ++day) {
                          auto covered = sql::run(tx,
                                                  QStringLiteral("INSERT INTO activity_coverage (source, scope, day) "
                                                                 "VALUES ('aws', 'account:1/eu-west-1', ?)"),
                                                  { kNow.date().addDays(-day + 5).toString(Qt::ISODate) });
                          if (!covered)
                              return covered.error();
                      }
                      return writer.insertGrant(Grant { 0,
                                                        id,
                                                        QStringLiteral("s3:GetObject"),
                                                        QStringLiteral("*"),
                                                        QStringLiteral("policy/reports"),
                                                        {} });
                  }).ok());
        const QString types
            = QStringLiteral("SELECT type FROM findings WHERE identity_id = %1 AND resolved_at IS NULL ORDER BY type")
                  .arg(id);
        auto openTypes = [&] {
            QStringList out;
            auto q = sql::run(db.connection(), types);
            while (q && q->next())
                out << q->value(0).toString();
            return out;
        };

        auto first = AnalysisService(store.database(), clock).run();
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QCOMPARE(openTypes(), (QStringList { "never-used", "no-expiry", "no-purpose", "orphaned", "unused-grant" }));
        QCOMPARE(first->opened, 5);
        QCOMPARE(first->openFindings, 5);
        // orphaned 15 + 100 x 0.05 = 20, never-used 5 + 70 x 0.02 = 6.4, no-purpose and no-expiry 2 + 100 x 0.005 = 2.5
        // each, unused-grant 1 + 10 x 0.01 = 1.1.
        QCOMPARE(scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE id = ?"), { id }).toDouble(), 32.5);
        QCOMPARE(first->totalDebt, 32.5);
        QCOMPARE(count(db, QStringLiteral("SELECT granted_count FROM identities WHERE id = ?"), { id }), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT unused_count FROM identities WHERE id = ?"), { id }), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT since FROM findings WHERE identity_id = ? AND type = 'never-used'"),
                        { id })
                     .toString(),
                 QStringLiteral("2026-09-14T09:00:00Z"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT opened_at FROM findings WHERE identity_id = ? AND type = 'never-used'"),
                        { id })
                     .toString(),
                 QStringLiteral("2026-11-23T09:00:00Z"));

        // It starts working: the grant is used, so unused-grant and never-used are paid off.
        QVERIFY(db.transaction([&](QSqlDatabase& tx) -> Status {
                      EstateWriter writer(tx);
                      if (auto st = writer.prepare(); !st)
                          return st;
                      return writer.addUsage(UsageRecord {
                          id, QStringLiteral("s3:GetObject"), QDate(2026, 11, 20), QStringLiteral("allowed"), 4,
                          Timestamp::fromIso(QStringLiteral("2026-11-20T10:00:00Z")) });
                  }).ok());
        clock.advanceDays(1);
        auto second = AnalysisService(store.database(), clock).run();
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->resolved, 2);
        QCOMPARE(second->opened, 0);
        QCOMPARE(openTypes(), (QStringList { "no-expiry", "no-purpose", "orphaned" }));
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT resolved_at FROM findings WHERE identity_id = ? AND type = 'unused-grant'"),
                   { id })
                .toString(),
            QStringLiteral("2026-11-24T09:00:00Z"));
        QCOMPARE(count(db, QStringLiteral("SELECT used_count FROM identities WHERE id = ?"), { id }), 1);
        // 101 days now: orphaned 20.05 -> 20.1, no-purpose and no-expiry 2.505 -> 2.5 each.
        QCOMPARE(scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE id = ?"), { id }).toDouble(), 25.1);

        // The usage ages out of the window: the same findings open again, as the same rows.
        QVERIFY(
            sql::run(db.connection(), QStringLiteral("DELETE FROM usage_daily WHERE identity_id = ?"), { id }).ok());
        clock.advanceDays(1);
        auto third = AnalysisService(store.database(), clock).run();
        QVERIFY(third.ok());
        QCOMPARE(third->opened, 2);
        QCOMPARE(openTypes(), (QStringList { "never-used", "no-expiry", "no-purpose", "orphaned", "unused-grant" }));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE identity_id = ?"), { id }), 5);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT opened_at FROM findings WHERE identity_id = ? AND type = 'unused-grant'"),
                   { id })
                .toString(),
            QStringLiteral("2026-11-25T09:00:00Z"));
        // Three runs, three history rows: the identity's figures changed every time.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM identity_snapshots WHERE identity_id = ?"), { id }), 3);

        // Words stored that differ from what the analysis says now (an older wording) are rewritten in the same row,
        // which stays open since it opened.
        const int purposeRow = count(
            db, QStringLiteral("SELECT id FROM findings WHERE identity_id = ? AND type = 'no-purpose'"), { id });
        const QVariant openedAt
            = scalar(db, QStringLiteral("SELECT opened_at FROM findings WHERE id = ?"), { purposeRow });
        QVERIFY(sql::run(db.connection(), QStringLiteral("UPDATE findings SET detail = 'older words' WHERE id = ?"),
                         { purposeRow })
                    .ok());
        clock.advanceDays(1);
        auto fourth = AnalysisService(store.database(), clock).run();
        QVERIFY(fourth.ok());
        QCOMPARE(fourth->opened, 0);
        QCOMPARE(fourth->resolved, 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT detail FROM findings WHERE id = ?"), { purposeRow }).toString()
                != QLatin1String("older words"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT opened_at FROM findings WHERE id = ?"), { purposeRow }), openedAt);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE identity_id = ?"), { id }), 5);
    }

    // Time alone turns findings: nothing else changes, yet the first moment one turns, the analysis runs again.
    void theMomentAFindingTurnsRunsAgain_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<qint64>("age"); // of the identity at the first analysis, in seconds
        QTest::addColumn<qint64>("expiresIn"); // seconds after the first analysis
        QTest::addColumn<QDateTime>("later");
        QTest::addColumn<bool>("unchanged");
        QTest::addColumn<QStringList>("open");
        const QStringList expiring { "expiring-credential", "no-expiry", "no-purpose", "orphaned" };
        const QStringList expired { "expired-active", "no-expiry", "no-purpose", "orphaned" };
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            const qint64 twoHours = 2 * 3600;
            const qint64 twentyDays = 20 * 86400;
            const qint64 tenDays = 10 * 86400;
            QTest::addRow("%s: an hour on, nothing turned", e.constData())
                << engine << tenDays << twoHours << kNow.addSecs(3600) << true << expiring;
            QTest::addRow("%s: the key expired", e.constData())
                << engine << tenDays << twoHours << kNow.addSecs(3 * 3600) << false << expired;
            // Only the date changed: every count of days (and the debt that grows with them) moves on.
            QTest::addRow("%s: past midnight", e.constData())
                << engine << tenDays << twentyDays << kNow.addDays(1).addSecs(-8 * 3600) << false << expiring;
            // Never certified, its yearly review falls due two hours after the first analysis.
            QTest::addRow("%s: the review fell due", e.constData())
                << engine << qint64(365 * 86400 - 2 * 3600) << twentyDays << kNow.addSecs(3 * 3600) << false
                << (expiring + QStringList { "review-overdue" });
        }
    }
    void theMomentAFindingTurnsRunsAgain()
    {
        QFETCH(QString, engine);
        QFETCH(qint64, age);
        QFETCH(qint64, expiresIn);
        QFETCH(QDateTime, later);
        QFETCH(bool, unchanged);
        QFETCH(QStringList, open);
        RECERTIFY_OPEN_DB(store, engine);
        const Database& db = *store.database();
        // An account key issued ten days ago that expires soon after the first analysis.
        QVERIFY(db.transaction([&](QSqlDatabase& tx) -> Status {
                      EstateWriter writer(tx);
                      if (auto st = writer.prepare(); !st)
                          return st;
                      Identity i;
                      i.source = QStringLiteral("aws");
                      i.nativeId = QStringLiteral("AIDAUPLOADER");
                      i.kind = QStringLiteral("iam-user");
                      i.displayName = QStringLiteral("uploader");
                      i.createdAt = kNow.addSecs(-age);
                      auto inserted = writer.insertIdentity(i, kNow);
                      if (!inserted)
                          return inserted.error();
                      Credential key;
                      key.identityId = *inserted;
                      key.credentialId = QStringLiteral("AKIAUPLOADER");
                      key.type = QStringLiteral("access-key");
                      key.createdAt = kNow.addDays(-10);
                      key.expiresAt = kNow.addSecs(expiresIn);
                      return writer.insertCredential(key);
                  }).ok());
        FixedClock clock(kNow);
        auto first = AnalysisService(store.database(), clock).run();
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(!first->unchanged);
        auto openTypes = [&] {
            QStringList out;
            auto q = sql::run(db.connection(),
                              QStringLiteral("SELECT type FROM findings WHERE resolved_at IS NULL ORDER BY type"));
            while (q && q->next())
                out << q->value(0).toString();
            return out;
        };
        QCOMPARE(openTypes(), (QStringList { "expiring-credential", "no-expiry", "no-purpose", "orphaned" }));

        clock.set(later);
        auto again = AnalysisService(store.database(), clock).run();
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(again->unchanged, unchanged);
        QCOMPARE(openTypes(), open);
        QCOMPARE(again->openFindings, int(open.size()));
        // Whatever it decided, a full run at the same moment finds the same.
        auto full = AnalysisService(store.database(), clock).runFull();
        QVERIFY(full.ok());
        QCOMPARE(full->opened, 0);
        QCOMPARE(full->resolved, 0);
        QCOMPARE(openTypes(), open);
    }

    void analysesTheRealEstate_data() { test::engineRows(); }
    void analysesTheRealEstate()
    {
        QFETCH(QString, engine);
        if (!fixturesPresent())
            RECERTIFY_SKIP_UNLESS_STRICT("the public payloads in tests/data/real are missing");
        RECERTIFY_OPEN_DB(store, engine);
        const Database& db = *store.database();
        FixedClock clock(kNow);
        QVERIFY(importRealEstate(store.database(), clock));
        const int identities = count(db, QStringLiteral("SELECT COUNT(*) FROM identities"));
        QVERIFY(identities > 40);

        // Each sync analysed the estate as it stood: two snapshots, and each identity got its first
        // history row when it appeared (the AWS roles did not change with the second import).
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM snapshots")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM identity_snapshots")), identities);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT identity_id) FROM identity_snapshots")), identities);
        const int openAfterSync = count(db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE resolved_at IS NULL"));
        QVERIFY(openAfterSync > identities);

        // --- A run of its own on the same estate finds the same. Nothing changed since the sync's analysis, so only
        // a full run reads the estate again.
        auto unchanged = AnalysisService(store.database(), clock).run();
        QVERIFY2(unchanged.ok(), qPrintable(unchanged.errorString()));
        QVERIFY(unchanged->unchanged);
        QCOMPARE(unchanged->identities, identities);
        QCOMPARE(unchanged->openFindings, openAfterSync);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM snapshots")), 2);
        auto first = AnalysisService(store.database(), clock).runFull();
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QCOMPARE(first->identities, identities);
        QCOMPARE(first->openFindings, openAfterSync);
        QCOMPARE(first->opened, 0);
        QCOMPARE(first->resolved, 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM findings WHERE resolved_at IS NULL")),
                 first->openFindings);

        // Roles created in 2019 with no recorded use: without activity data for the account, never used is not
        // claimed. OverprivilegedEC2's last use, January 2019, AWS itself reported: dormant.
        for (const QString& role : { QStringLiteral("MyRole"), QStringLiteral("MyOtherRole") })
            QVERIFY2(!openFindings(db, role).contains(QStringLiteral("never-used|")),
                     qPrintable(openFindings(db, role).join(u',')));
        const QStringList ec2 = openFindings(db, QStringLiteral("OverprivilegedEC2"));
        QVERIFY2(!ec2.contains(QStringLiteral("never-used|")), qPrintable(ec2.join(u',')));
        QVERIFY2(ec2.contains(QStringLiteral("dormant|")), qPrintable(ec2.join(u',')));
        // Dormant since 90 days after its last use on 2019-01-20 18:48.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT f.since FROM findings f JOIN identities i ON i.id = f.identity_id "
                                       "WHERE i.native_id = 'OverprivilegedEC2' AND f.type = 'dormant'"))
                     .toString(),
                 QStringLiteral("2019-04-20T18:48:00Z"));

        // minikube's kube-system/default is bound to cluster-admin.
        const QString kubeDefault = QStringLiteral("system:serviceaccount:kube-system:default");
        auto admin = sql::run(
            db.connection(),
            QStringLiteral(
                "SELECT f.detail, f.severity, f.owasp FROM findings f JOIN identities i ON i.id = f.identity_id "
                "WHERE i.native_id = ? AND f.type = 'admin-grant' AND f.resolved_at IS NULL"),
            { kubeDefault });
        QVERIFY(admin.ok());
        QVERIFY2(admin->next(), qPrintable(openFindings(db, kubeDefault).join(u',')));
        QVERIFY2(admin->value(0).toString().contains(QStringLiteral("cluster-admin")),
                 qPrintable(admin->value(0).toString()));
        QCOMPARE(admin->value(1).toString(), QStringLiteral("high"));
        QCOMPARE(admin->value(2).toString(), QStringLiteral("NHI5"));

        // Nobody owns anything yet.
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(DISTINCT identity_id) FROM findings WHERE type = 'orphaned' AND "
                                      "resolved_at IS NULL")),
                 identities);

        // Every open finding carries its OWASP code and a start no later than now.
        static const QRegularExpression nhi(QStringLiteral("^NHI([1-9]|10)$"));
        auto all = sql::run(db.connection(),
                            QStringLiteral("SELECT owasp, since, type FROM findings WHERE resolved_at IS NULL"));
        QVERIFY(all.ok());
        int seen = 0;
        while (all->next()) {
            ++seen;
            QVERIFY2(nhi.match(all->value(0).toString()).hasMatch(), qPrintable(all->value(2).toString()));
            const QDateTime since = Timestamp::fromIso(all->value(1).toString());
            QVERIFY2(since.isValid() && since <= kNow,
                     qPrintable(all->value(2).toString() + u' ' + all->value(1).toString()));
        }
        QCOMPARE(seen, first->openFindings);

        // The worst six: two AWS users with AdministratorAccess, a role that may mint any user's access keys, a user
        // who may pass any role to a Lambda function it creates, the aggregation controller, which may escalate
        // ClusterRoles, and the CronJob controller, which may create Jobs in every namespace, whose pods run as any
        // account there (Kubernetes' RBAC good practices).
        auto top = sql::run(
            db.connection(),
            QStringLiteral(
                "SELECT display_name, trust_debt FROM identities ORDER BY trust_debt DESC, display_name LIMIT 6"));
        QVERIFY(top.ok());
        QStringList topNames;
        while (top->next())
            topNames << top->value(0).toString();
        std::sort(topNames.begin(), topNames.end());
        const QStringList worst { "OverprivilegedEC2",
                                  "biden",
                                  "kube-system/clusterrole-aggregation-controller",
                                  "kube-system/cronjob-controller",
                                  "obama",
                                  "userwithlotsofpermissions" };
        QVERIFY2(topNames == worst, qPrintable(topNames.join(u',')));
        QVERIFY(openFindings(db, QStringLiteral("system:serviceaccount:kube-system:clusterrole-aggregation-controller"))
                    .join(u',')
                    .contains(QStringLiteral("admin-grant|escalate clusterroles")));
        // The garbage collector may delete anything cluster-wide, but reads Secrets cluster-wide too: its
        // administrator's finding says more, and no sensitive-grant is piled on it.
        const QString collector
            = openFindings(db, QStringLiteral("system:serviceaccount:kube-system:generic-garbage-collector"))
                  .join(u',');
        QVERIFY2(collector.contains(QStringLiteral("admin-grant|"))
                     && !collector.contains(QStringLiteral("sensitive-grant")),
                 qPrintable(collector));
        // 40 admin-grant + 15 orphaned (no creation date, so open since now) + 2 no-expiry + 2 no-purpose; no
        // audit log was imported, so none of its grants is called unused.
        QCOMPARE(scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE native_id = ?"), { kubeDefault })
                     .toDouble(),
                 59.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE native_id = 'obama'")).toDouble(),
                 81.0); // every factor at its cap, no unused grants

        // The estate snapshot adds up what the identities hold.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM snapshots")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT identities FROM snapshots WHERE id = ?"), { first->snapshotId }),
                 identities);
        QCOMPARE(count(db, QStringLiteral("SELECT granted FROM snapshots WHERE id = ?"), { first->snapshotId }),
                 count(db, QStringLiteral("SELECT SUM(granted_count) FROM identities")));
        QCOMPARE(count(db, QStringLiteral("SELECT granted FROM snapshots WHERE id = ?"), { first->snapshotId }),
                 count(db, QStringLiteral("SELECT COUNT(*) FROM grants")));
        QCOMPARE(count(db, QStringLiteral("SELECT unused FROM snapshots WHERE id = ?"), { first->snapshotId }),
                 count(db, QStringLiteral("SELECT SUM(unused_count) FROM identities")));
        const double snapshotDebt
            = scalar(db, QStringLiteral("SELECT trust_debt FROM snapshots WHERE id = ?"), { first->snapshotId })
                  .toDouble();
        const double identityDebt = scalar(db, QStringLiteral("SELECT SUM(trust_debt) FROM identities")).toDouble();
        QVERIFY2(std::abs(snapshotDebt - identityDebt) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(snapshotDebt).arg(identityDebt)));
        QVERIFY(std::abs(first->totalDebt - identityDebt) < 0.01);

        // --- Nothing changed since the sync: no identity gets another history row.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM identity_snapshots WHERE snapshot_id = ?"),
                       { first->snapshotId }),
                 0);
        // Asked again the same day, the analysis says nothing changed and writes nothing, not even a snapshot;
        // what it keeps is what the full run found.
        clock.set(kNow.addSecs(3 * 3600));
        auto second = AnalysisService(store.database(), clock).run();
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QVERIFY(second->unchanged);
        QCOMPARE(second->snapshotId, first->snapshotId);
        QCOMPARE(second->openFindings, first->openFindings);
        QCOMPARE(second->identities, first->identities);
        QCOMPARE(second->granted, first->granted);
        QCOMPARE(second->unused, first->unused);
        QVERIFY(std::abs(second->totalDebt - first->totalDebt) < 0.01);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM snapshots")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM identity_snapshots")), identities);
        // A transaction that reads only changes nothing either.
        QVERIFY(db.transaction([](QSqlDatabase& tx) -> Status {
                      auto read = sql::run(tx, QStringLiteral("SELECT COUNT(*) FROM findings"));
                      return read ? Status() : Status(read.error());
                  }).ok());
        QVERIFY(AnalysisService(store.database(), clock).run()->unchanged);
        // A clock set back is no repeat of the later run: it analyses.
        auto earlier = AnalysisService(store.database(), FixedClock(kNow.addSecs(-60))).run();
        QVERIFY(earlier.ok());
        QVERIFY(!earlier->unchanged);
        QCOMPARE(earlier->openFindings, first->openFindings);
        clock.set(kNow);

        // --- An owner for MyRole: its orphaned finding is resolved, the rest stays open.
        auto myRole = IdentityRepository(store.database()).find(QStringLiteral("MyRole"));
        QVERIFY2(myRole.ok(), qPrintable(myRole.errorString()));
        const double debtBefore
            = scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE id = ?"), { myRole->id }).toDouble();
        OwnershipChange owner;
        owner.businessOwner = QStringLiteral("ada@example.com");
        QVERIFY(
            LifecycleService(store.database(), clock).setOwnership(myRole->id, owner, QStringLiteral("test:ada")).ok());
        auto third = AnalysisService(store.database(), clock).run();
        QVERIFY2(third.ok(), qPrintable(third.errorString()));
        QVERIFY(!third->unchanged); // the owner's change moved the estate on
        QCOMPARE(third->resolved, 1);
        QCOMPARE(third->opened, 0);
        QCOMPARE(third->openFindings, first->openFindings - 1);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT resolved_at FROM findings WHERE identity_id = ? AND type = 'orphaned'"),
                        { myRole->id })
                     .toString(),
                 QStringLiteral("2026-11-23T09:00:00Z"));
        QVERIFY(!openFindings(db, QStringLiteral("MyRole")).contains(QStringLiteral("orphaned|")));
        QVERIFY(openFindings(db, QStringLiteral("MyOtherRole")).contains(QStringLiteral("orphaned|")));
        // Orphaned was capped at 25 for a role created in 2019: exactly that is paid off.
        const double debtAfter
            = scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE id = ?"), { myRole->id }).toDouble();
        QCOMPARE(debtBefore - debtAfter, 25.0);
        // Only MyRole changed, so only MyRole gets a history row.
        auto changed
            = sql::run(db.connection(),
                       QStringLiteral("SELECT identity_id, trust_debt FROM identity_snapshots WHERE snapshot_id = ?"),
                       { third->snapshotId });
        QVERIFY(changed.ok() && changed->next());
        QCOMPARE(changed->value(0).toLongLong(), myRole->id);
        QCOMPARE(changed->value(1).toDouble(), debtAfter);
        QVERIFY(!changed->next());

        // --- An owner who left brings it back, as a new open finding about that owner.
        const QString people = store.dir() + QStringLiteral("/people.csv");
        QFile csv(people);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,name,manager,active\nada@example.com,Ada,,false\n");
        csv.close();
        QVERIFY(LifecycleService(store.database(), clock).importPeople(people, QStringLiteral("test:ada")).ok());
        auto fourth = AnalysisService(store.database(), clock).run();
        QVERIFY(fourth.ok());
        QVERIFY2(openFindings(db, QStringLiteral("MyRole")).contains(QStringLiteral("orphaned|ada@example.com")),
                 qPrintable(openFindings(db, QStringLiteral("MyRole")).join(u',')));
        QCOMPARE(fourth->opened, 1);
    }

    void findingsKeepWhenTheyBegan_data() { test::engineRows(); }
    void findingsKeepWhenTheyBegan()
    {
        QFETCH(QString, engine);
        if (!fixturesPresent())
            RECERTIFY_SKIP_UNLESS_STRICT("the public payloads in tests/data/real are missing");
        RECERTIFY_OPEN_DB(store, engine);
        const Database& db = *store.database();
        FixedClock clock(kNow);
        QVERIFY(importRealEstate(store.database(), clock));
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        const QString kubeDefault = QStringLiteral("system:serviceaccount:kube-system:default");
        const QString sinceStatement
            = QStringLiteral("SELECT f.since, f.opened_at FROM findings f JOIN identities i ON i.id = f.identity_id "
                             "WHERE i.native_id = ? AND f.type = 'orphaned'");
        // No creation date is known for this account, so its orphaned finding dates from the first run…
        QCOMPARE(scalar(db, sinceStatement, { kubeDefault }).toString(), QStringLiteral("2026-11-23T09:00:00Z"));

        // …and twenty days later it still does, and its debt has grown with the interest: orphaned
        // 15 + 20 x 0.05 = 16, no-expiry and no-purpose 2 + 20 x 0.005 = 2.1 each; admin-grant still capped at 40.
        QCOMPARE(scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE native_id = ?"), { kubeDefault })
                     .toDouble(),
                 59.0);
        clock.advanceDays(20);
        auto later = AnalysisService(store.database(), clock).run();
        QVERIFY(later.ok());
        QCOMPARE(later->opened, 0);
        QCOMPARE(later->resolved, 0);
        QCOMPARE(scalar(db, sinceStatement, { kubeDefault }).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT trust_debt FROM identities WHERE native_id = ?"), { kubeDefault })
                     .toDouble(),
                 60.2);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "TestAnalysisService.moc"
