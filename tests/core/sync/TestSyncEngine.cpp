#include "core/connectors/Importer.h"
#include "core/connectors/aws/AccessAdvisorImporter.h"
#include "core/connectors/aws/AwsIamImporter.h"
#include "core/connectors/aws/CloudTrailImporter.h"
#include "core/connectors/csv/CsvImporter.h"
#include "core/connectors/entra/EntraGraphImporter.h"
#include "core/connectors/github/GitHubImporter.h"
#include "core/connectors/k8s/K8sAuditImporter.h"
#include "core/connectors/k8s/K8sRbacImporter.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "core/util/Timestamp.h"
#include "tests/support/ImportAndFollow.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <functional>
#include <memory>

using namespace recertify;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));

QByteArray role(const char* id, const char* name, const QByteArray& actions)
{
    return QByteArray("{\"RoleId\":\"") + id + "\",\"RoleName\":\"" + name + "\",\"Arn\":\"arn:aws:iam::1:role/" + name
        + "\",\"CreateDate\":\"2025-01-01T00:00:00Z\",\"RoleLastUsed\":{},\"RolePolicyList\":[{\"PolicyName\":\"p\","
          "\"PolicyDocument\":{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":["
        + actions + "],\"Resource\":\"*\"}]}}]}";
}

QByteArray gaad(const QList<QByteArray>& roles)
{
    QByteArray out = "{\"UserDetailList\":[],\"GroupDetailList\":[],\"Policies\":[],\"RoleDetailList\":[";
    for (qsizetype i = 0; i < roles.size(); ++i)
        out += (i ? "," : "") + roles.at(i);
    return out + "]}";
}

// One page of a paginated export: "IsTruncated": true with a Marker for the next call, or the last page.
QByteArray page(const QList<QByteArray>& roles, bool truncated, bool withUsers = true)
{
    QByteArray out = gaad(roles);
    if (!withUsers)
        out.replace("\"UserDetailList\":[],", "");
    out.chop(1);
    return out + (truncated ? ",\"IsTruncated\":true,\"Marker\":\"AAE2ZGVm\"}" : ",\"IsTruncated\":false}");
}

QByteArray user(const char* id, const char* name)
{
    return QByteArray("{\"UserId\":\"") + id + "\",\"UserName\":\"" + name + "\",\"Arn\":\"arn:aws:iam::1:user/" + name
        + "\",\"CreateDate\":\"2025-01-01T00:00:00Z\",\"UserPolicyList\":[],\"GroupList\":[],"
          "\"AttachedManagedPolicies\":[]}";
}

QByteArray k8sList(const QList<QByteArray>& items)
{
    QByteArray out = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items.at(i);
    return out + "]}";
}

QByteArray serviceAccount(const char* ns, const char* name)
{
    return QByteArray("{\"kind\":\"ServiceAccount\",\"metadata\":{\"namespace\":\"") + ns + "\",\"name\":\"" + name
        + "\"}}";
}

QByteArray clusterBinding(const char* ns, const char* name)
{
    return QByteArray("{\"kind\":\"ClusterRoleBinding\",\"metadata\":{\"name\":\"b-") + name
        + "\"},\"roleRef\":{\"kind\":\"ClusterRole\",\"name\":\"view\"},\"subjects\":[{\"kind\":\"ServiceAccount\","
          "\"namespace\":\""
        + ns + "\",\"name\":\"" + name + "\"}]}";
}

QByteArray trail(const QList<QByteArray>& records)
{
    QByteArray out = "{\"Records\":[";
    for (qsizetype i = 0; i < records.size(); ++i)
        out += (i ? "," : "") + records.at(i);
    return out + "]}";
}

QByteArray assumedRoleEvent(const char* roleArn, const char* principalId, const char* action, const char* day)
{
    return QByteArray("{\"eventTime\":\"2026-11-") + day
        + "T08:00:00Z\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"" + action
        + "\",\"userIdentity\":{\"type\":\"AssumedRole\",\"sessionContext\":{\"sessionIssuer\":{\"principalId\":\""
        + principalId + "\",\"arn\":\"" + roleArn + "\"}}}}";
}

QByteArray accountEvent(const char* account, const char* roleArn, const char* principalId, const char* action)
{
    return QByteArray("{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-11-20T08:00:00Z\",\"eventSource\":\"s3."
                      "amazonaws.com\",\"eventName\":\"")
        + action + "\",\"awsRegion\":\"eu-central-1\",\"recipientAccountId\":\"" + account
        + "\",\"userIdentity\":{\"type\":\"AssumedRole\",\"sessionContext\":{\"sessionIssuer\":{\"principalId\":\""
        + principalId + "\",\"arn\":\"" + roleArn + "\"}}}}";
}

// The value of the project's Graph bundle answer whose request contains `request` (empty when none does).
QJsonArray graphBundleValue(const char* request)
{
    QFile bundle(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/graph-bundle.json"));
    if (!bundle.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject all = QJsonDocument::fromJson(bundle.readAll()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().contains(QLatin1String(request)))
            return it.value().toObject().value(QStringLiteral("value")).toArray();
    }
    return {};
}

// Every row that an import may touch, to prove a failed run changed nothing.
QStringList dump(const Database& database)
{
    QStringList lines;
    for (const char* statement :
         { "SELECT id, native_id, status, enabled, source_fingerprint, last_used_at FROM identities ORDER BY id",
           "SELECT identity_id, permission FROM grants ORDER BY identity_id, permission",
           "SELECT identity_id, action, day, outcome, count FROM usage_daily ORDER BY identity_id, action, day",
           "SELECT identity_id, to_state, reason FROM lifecycle_events ORDER BY id",
           "SELECT source, alias, identity_id FROM identity_aliases ORDER BY source, alias" }) {
        QSqlQuery q(database.connection());
        if (!q.exec(QString::fromLatin1(statement)))
            return { QStringLiteral("query failed") };
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < q.record().count(); ++c)
                fields << q.value(c).toString();
            lines << fields.join(u'|');
        }
    }
    return lines;
}

int scalar(const Database& database, const QString& statement)
{
    auto q = sql::run(database.connection(), statement);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_escalation; // one import, read by every row

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    // Activity imported in overlapping pieces (a log that grew, two CloudWatch exports of overlapping
    // hours) is counted as if imported whole: an event an earlier import counted, by the source's own
    // id, is not counted again. Real payloads, each split into two pieces that share a third.
    void overlappingImportsCountEachEventOnce_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QByteArray>("idField");
        QTest::addColumn<int>("idsInMemory"); // 0: as shipped; else tiny, so ids go to disk and are checked in chunks
        const struct
        {
            const char* format;
            const char* fixture;
            const char* idField;
        } rows[] = {
            { "aws-cloudtrail", "aws/cloudtrail-lines/awsdocs-records.jsonl", "\"eventID\"" },
            { "aws-cloudtrail", "aws/cloudtrail-lines/panther-analysis-tests.jsonl", "\"eventID\"" },
            { "k8s-audit", "k8s/audit-small.jsonl", "\"auditID\"" },
            { "k8s-audit", "k8s/eks-audit-pypanther.jsonl", "\"auditID\"" },
            { "github", "github/audit-log.jsonl", "\"_document_id\"" },
        };
        for (const QString& engine : test::engines()) {
            for (const auto& row : rows) {
                QTest::addRow("%s, %s", row.fixture, qPrintable(engine))
                    << engine << QString::fromLatin1(row.format) << QString::fromLatin1(row.fixture)
                    << QByteArray(row.idField) << 0;
                QTest::addRow("%s, %s, ids on disk", row.fixture, qPrintable(engine))
                    << engine << QString::fromLatin1(row.format) << QString::fromLatin1(row.fixture)
                    << QByteArray(row.idField) << 2;
            }
        }
    }
    void overlappingImportsCountEachEventOnce()
    {
        QFETCH(QString, engine);
        QFETCH(QString, format);
        QFETCH(QString, fixture);
        QFETCH(QByteArray, idField);
        QFETCH(int, idsInMemory);
        // Each run as the user's would be, or with two ids in memory and three checked against the store at a time.
        auto runWith = [&](DatabasePtr db, const QStringList& inputs) {
            SyncEngine engineUnderTest(std::move(db), kClock);
            if (idsInMemory > 0)
                engineUnderTest.setIdLimits(size_t(idsInMemory), 3);
            auto importer = Importers::create(format);
            return engineUnderTest.run(*importer, inputs);
        };
        QFile input(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture);
        QVERIFY(input.open(QIODevice::ReadOnly));
        // Records without an id of their source (a few documentation examples) cannot be told apart
        // across imports; real logs always carry one.
        QList<QByteArray> lines;
        for (const QByteArray& line : input.readAll().split('\n')) {
            if (line.contains(idField))
                lines << line;
        }
        const qsizetype n = lines.size();
        QVERIFY(n >= 3);
        const QString stem = QFileInfo(fixture).completeBaseName();
        const QString first
            = file(stem + QStringLiteral("-first.jsonl"), lines.mid(0, (2 * n + 2) / 3).join('\n') + '\n');
        const QString second = file(stem + QStringLiteral("-second.jsonl"), lines.mid(n / 3).join('\n') + '\n');
        const QString whole = file(stem + QStringLiteral("-whole.jsonl"), lines.join('\n') + '\n');
        const QString counts = QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM usage_daily");

        RECERTIFY_OPEN_DB(once, engine);
        auto all = runWith(once.database(), { whole });
        QVERIFY2(all.ok(), qPrintable(all.errorString()));
        const int expected = scalar(*once.database(), counts);
        QVERIFY(expected > 0);

        // Both pieces in one run (two overlapping exports given together): the shared third counts once too.
        RECERTIFY_OPEN_DB(together, engine);
        auto both = runWith(together.database(), { first, second });
        QVERIFY2(both.ok(), qPrintable(both.errorString()));
        QCOMPARE(scalar(*together.database(), counts), expected);
        QCOMPARE(both->events, all->events);
        QCOMPARE(both->skipped, all->skipped); // a record passed over is said once, however often it came

        RECERTIFY_OPEN_DB(pieces, engine);
        auto one = runWith(pieces.database(), { first });
        QVERIFY2(one.ok(), qPrintable(one.errorString()));
        QCOMPARE(one->countedBefore, 0);
        auto two = runWith(pieces.database(), { second });
        QVERIFY2(two.ok(), qPrintable(two.errorString()));
        QVERIFY(two->countedBefore > 0);
        // Events, not ids: a record that stands for two actions is one event counted before.
        const qsizetype shared = (2 * n + 2) / 3 - n / 3;
        QVERIFY2(two->countedBefore <= shared,
                 qPrintable(QStringLiteral("%1 of %2").arg(two->countedBefore).arg(shared)));
        QCOMPARE(scalar(*pieces.database(), counts), expected);

        // The whole log again, after both pieces: nothing new, nothing counted twice.
        auto again
            = runWith(pieces.database(), { file(stem + QStringLiteral("-grown.jsonl"), lines.join('\n') + "\n\n") });
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(scalar(*pieces.database(), counts), expected);
    }

    void reimportChangesNothing_data() { test::engineRows(); }
    void reimportChangesNothing()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QString real = RECERTIFY_SOURCE_DIR "/tests/data/real/aws/iam-authorization-details.cloudsplaining.json";
        const QString input = QFile::exists(real)
            ? real
            : file(QStringLiteral("gaad.json"), gaad({ role("AROA1", "a", "\"s3:GetObject\"") }));
        AwsIamImporter importer;
        SyncEngine engineUnderTest(store.database(), kClock);
        auto first = engineUnderTest.run(importer, { input });
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QVERIFY(first->added > 0);
        const QStringList before = dump(*store.database());

        auto second = engineUnderTest.run(importer, { input });
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->added, 0);
        QCOMPARE(second->changed, 0);
        QCOMPARE(second->removed, 0);
        QCOMPARE(second->unchanged, first->added);
        QCOMPARE(dump(*store.database()), before);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM sync_runs WHERE status = 'ok'")), 2);
    }

    // An earlier version kept IAM Identity Center roles; this one passes over them as people's. The next complete
    // listing still lists them, so they are not "removed at the source": left as they were, and named.
    void aPersonsRoleKeptByAnEarlierVersionIsNotRetired_data() { test::engineRows(); }
    void aPersonsRoleKeptByAnEarlierVersionIsNotRetired()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        // The same role id, named as an ordinary role the first time: how an earlier version stored it.
        const QString earlier = file(
            QStringLiteral("earlier.json"),
            gaad({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROASSO", "AdministratorAccess", "\"*\"") }));
        const QString now = file(QStringLiteral("now.json"),
                                 gaad({ role("AROA1", "reader", "\"s3:GetObject\""),
                                        role("AROASSO", "AWSReservedSSO_AdministratorAccess_0a1b2c3d", "\"*\"") }));
        AwsIamImporter importer;
        SyncEngine sync(store.database(), kClock);
        QVERIFY(sync.run(importer, { earlier }).ok());
        auto second = sync.run(importer, { now });
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->removed, 0);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'active' AND native_id = 'AROASSO'")),
            1);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM lifecycle_events WHERE reason = "
                                       "'removed at the source'")),
                 0);
        const QString warnings = second->warnings.join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("AWSReservedSSO_AdministratorAccess_0a1b2c3d"))
                     && warnings.contains(QStringLiteral("by hand")),
                 qPrintable(warnings));
        // A role that did go is still retired by the same run.
        auto third
            = sync.run(importer,
                       { file(QStringLiteral("gone.json"),
                              gaad({ role("AROASSO", "AWSReservedSSO_AdministratorAccess_0a1b2c3d", "\"*\"") })) });
        QVERIFY2(third.ok(), qPrintable(third.errorString()));
        QCOMPARE(third->removed, 1);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'retired' AND native_id = 'AROA1'")),
            1);
    }

    void changesAndRemovalsAtTheSource_data() { test::engineRows(); }
    void changesAndRemovalsAtTheSource()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QString v1
            = file(QStringLiteral("v1.json"),
                   gaad({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA2", "writer", "\"s3:PutObject\"") }));
        const QString v2
            = file(QStringLiteral("v2.json"), gaad({ role("AROA1", "reader", "\"s3:GetObject\",\"s3:*\"") }));
        AwsIamImporter importer;
        SyncEngine sync(store.database(), kClock);
        QVERIFY(sync.run(importer, { v1 }).ok());
        // A person imported a file: the lifecycle says where each identity was found, not "discovered by sync".
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM lifecycle_events WHERE reason = 'found in an imported file'")),
            2);

        auto second = sync.run(importer, { v2 });
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->changed, 1); // reader gained s3:*
        QCOMPARE(second->removed, 1); // writer is gone from the source
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM grants g JOIN identities i ON i.id = g.identity_id WHERE "
                                       "i.native_id = 'AROA1'")),
                 2);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT enabled FROM identities WHERE native_id = 'AROA2'")),
                 0);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM lifecycle_events e JOIN identities i ON i.id = e.identity_id "
                                  "WHERE i.native_id = 'AROA2' AND e.to_state = 'retired'")),
            1);

        auto third = sync.run(importer, { v1 });
        QVERIFY(third.ok());
        QCOMPARE(third->changed, 2); // reader lost s3:*, writer is back
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'active'")),
                 2);
    }

    void aPartialInventoryRetiresOnlyWhatItProvesGone_data() { test::engineRows(); }
    void aPartialInventoryRetiresOnlyWhatItProvesGone()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        QByteArray whole
            = gaad({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA2", "writer", "\"s3:PutObject\""),
                     role("AROA3", "auditor", "\"s3:ListBucket\"") });
        whole.replace("\"UserDetailList\":[]", QByteArray("\"UserDetailList\":[" + user("AIDA1", "ci-bot") + "]"));
        AwsIamImporter importer;
        SyncEngine sync(store.database(), kClock);
        auto first = sync.run(importer, { file(QStringLiteral("whole.json"), whole) });
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QCOMPARE(first->added, 4);
        QCOMPARE(first->authoritative, QStringList({ "aws account:1/roles", "aws account:1/users" }));

        // One page of a longer listing proves nothing gone.
        const QString page1
            = file(QStringLiteral("page1.json"), page({ role("AROA1", "reader", "\"s3:GetObject\"") }, true));
        auto partial = sync.run(importer, { page1 });
        QVERIFY2(partial.ok(), qPrintable(partial.errorString()));
        QCOMPARE(partial->removed, 0);
        QVERIFY(partial->authoritative.isEmpty());
        QCOMPARE(partial->warnings.size(), 1);
        QVERIFY2(partial->warnings.first().contains(page1), qPrintable(partial->warnings.first()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'retired'")),
                 0);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM lifecycle_events WHERE to_state = 'retired'")),
                 0);

        // A role-only export (--filter Role) says nothing about users.
        auto rolesOnly = sync.run(
            importer,
            { file(QStringLiteral("roles.json"),
                   page({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA2", "writer", "\"s3:PutObject\""),
                          role("AROA3", "auditor", "\"s3:ListBucket\"") },
                        false, false)) });
        QVERIFY2(rolesOnly.ok(), qPrintable(rolesOnly.errorString()));
        QCOMPARE(rolesOnly->removed, 0);
        QCOMPARE(rolesOnly->authoritative, QStringList { "aws account:1/roles" });
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM identities WHERE native_id = 'AIDA1' AND status = 'active'")),
            1);

        // Every page up to the last in one run: the listing is whole, and writer is gone.
        const QString last
            = file(QStringLiteral("page2.json"), page({ role("AROA3", "auditor", "\"s3:ListBucket\"") }, false, false));
        auto joined = sync.run(importer, { page1, last });
        QVERIFY2(joined.ok(), qPrintable(joined.errorString()));
        QCOMPARE(joined->removed, 1);
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT status FROM identities WHERE native_id = 'AROA2'"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("retired"));
        QVERIFY2(joined->warnings.filter(QStringLiteral("two exports")).isEmpty(),
                 qPrintable(joined->warnings.join(u'\n')));
        // Two whole listings of the account in one run: read as one, and said (a role only one leaves out stays).
        const QString older
            = file(QStringLiteral("older.json"),
                   page({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA3", "auditor", "\"s3:ListBucket\"") },
                        false, false));
        auto twice = sync.run(importer, { older, last });
        QVERIFY2(twice.ok(), qPrintable(twice.errorString()));
        const QStringList said = twice->warnings.filter(QStringLiteral("two exports"));
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(older) && said.first().contains(last), qPrintable(said.first()));
        // --filter Role and --filter User, each with the other list left empty: one listing of each, nothing said.
        const QString rolesFiltered = file(QStringLiteral("roles-filter.json"),
                                           page({ role("AROA3", "auditor", "\"s3:ListBucket\"") }, false, true));
        const QString usersFiltered
            = file(QStringLiteral("users-filter.json"),
                   QByteArray("{\"UserDetailList\":[" + user("AIDA1", "ci-bot")
                              + "],\"GroupDetailList\":[],\"Policies\":[],\"RoleDetailList\":[]}"));
        auto split = sync.run(importer, { rolesFiltered, usersFiltered });
        QVERIFY2(split.ok(), qPrintable(split.errorString()));
        QVERIFY2(split->warnings.filter(QStringLiteral("two exports")).isEmpty(),
                 qPrintable(split->warnings.join(u'\n')));
        // The run history says what each run was complete for.
        auto runs = sql::run(store.database()->connection(),
                             QStringLiteral("SELECT authoritative FROM sync_runs ORDER BY id"));
        QVERIFY(runs.ok());
        QStringList history;
        while (runs->next())
            history << runs->value(0).toString();
        QCOMPARE(
            history,
            QStringList({ "aws account:1/roles\naws account:1/users", "", "aws account:1/roles", "aws account:1/roles",
                          "aws account:1/roles", "aws account:1/roles\naws account:1/users" }));
    }

    // An export narrowed by --filter keeps the other lists, empty, and leaves out the policies its entities attach:
    // its empty list of users is no proof that the users are gone. A whole export that lists no users is.
    // A listing that looks whole but leaves out at least three, and more than it lists, is more likely narrowed
    // (a filter the body does not show) than an account that lost most of its roles: it retires nothing, and says so.
    void aListingLeavingOutMostRetiresNothing_data() { test::engineRows(); }
    void aListingLeavingOutMostRetiresNothing()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        AwsIamImporter importer;
        SyncEngine sync(store.database(), kClock);
        auto whole = sync.run(
            importer,
            { file(QStringLiteral("whole.json"),
                   gaad({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA2", "writer", "\"s3:PutObject\""),
                          role("AROA3", "auditor", "\"s3:ListBucket\""),
                          role("AROA4", "janitor", "\"s3:DeleteObject\"") })) });
        QVERIFY2(whole.ok(), qPrintable(whole.errorString()));
        QCOMPARE(whole->added, 4);
        auto narrowed = sync.run(
            importer, { file(QStringLiteral("one.json"), gaad({ role("AROA1", "reader", "\"s3:GetObject\"") })) });
        QVERIFY2(narrowed.ok(), qPrintable(narrowed.errorString()));
        QCOMPARE(narrowed->removed, 0);
        QVERIFY2(narrowed->warnings.join(u'\n').contains(QStringLiteral("lists 1 and leaves out 3")),
                 qPrintable(narrowed->warnings.join(u'\n')));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'retired'")),
                 0);
        // Two gone of four is an account that changed: they are retired.
        auto changed = sync.run(importer,
                                { file(QStringLiteral("two.json"),
                                       gaad({ role("AROA1", "reader", "\"s3:GetObject\""),
                                              role("AROA2", "writer", "\"s3:PutObject\"") })) });
        QVERIFY2(changed.ok(), qPrintable(changed.errorString()));
        QCOMPARE(changed->removed, 2);
    }

    void anEmptyListRetiresOnlyInAWholeExport_data() { test::engineRows(); }
    void anEmptyListRetiresOnlyInAWholeExport()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        AwsIamImporter importer;
        SyncEngine sync(store.database(), kClock);
        QByteArray withUser = gaad({ role("AROA1", "reader", "\"s3:GetObject\"") });
        withUser.replace("\"UserDetailList\":[]", QByteArray("\"UserDetailList\":[" + user("AIDA1", "ci-bot") + "]"));
        QVERIFY(sync.run(importer, { file(QStringLiteral("whole.json"), withUser) }).ok());

        // cloudsplaining's fixture: a group attaching a policy the file does not hold, and no users (account 1 here).
        QFile fixture(QStringLiteral(RECERTIFY_SOURCE_DIR
                                     "/tests/data/aws/iam/gaad-cloudsplaining-managed-policy-mismatch.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray filtered = fixture.readAll().replace("123456789012", "1");
        auto narrowed = sync.run(importer, { file(QStringLiteral("filtered.json"), filtered) });
        QVERIFY2(narrowed.ok(), qPrintable(narrowed.errorString()));
        QCOMPARE(narrowed->removed, 0);
        QVERIFY(narrowed->authoritative.isEmpty());
        QVERIFY2(narrowed->warnings.join(u'\n').contains(QStringLiteral("account 1: the input lists no users")),
                 qPrintable(narrowed->warnings.join(u'\n')));
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM identities WHERE native_id = 'AIDA1' AND status = 'active'")),
            1);

        // The whole account again, its user gone and nothing left out: the user is retired.
        auto whole = sync.run(
            importer, { file(QStringLiteral("again.json"), gaad({ role("AROA1", "reader", "\"s3:GetObject\"") })) });
        QVERIFY2(whole.ok(), qPrintable(whole.errorString()));
        QCOMPARE(whole->removed, 1);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM identities WHERE native_id = 'AIDA1' AND status = 'retired'")),
            1);
    }

    // An identity known only from activity dates from its earliest sighting in the input, not from whichever day's
    // aggregate happened to be written first.
    void aDiscoveredIdentityDatesFromItsFirstSighting_data() { test::engineRows(); }
    void aDiscoveredIdentityDatesFromItsFirstSighting()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QString log = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/audit-small.jsonl");
        // What the file says: each service account's earliest completed request.
        QHash<QString, QString> first;
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        while (!file.atEnd()) {
            const QJsonObject event = QJsonDocument::fromJson(file.readLine()).object();
            // Who acted: the impersonated account when there is one.
            const QString impersonated = event.value("impersonatedUser").toObject().value("username").toString();
            const QString user
                = impersonated.isEmpty() ? event.value("user").toObject().value("username").toString() : impersonated;
            const QString at = event.value("stageTimestamp").toString();
            if (!user.startsWith("system:serviceaccount:") || event.value("stage").toString() == "RequestReceived")
                continue;
            const QString iso = Timestamp::toIso(Timestamp::fromIso(at));
            if (!first.contains(user) || iso < first.value(user))
                first.insert(user, iso);
        }
        QVERIFY(first.size() >= 2);
        K8sAuditImporter importer;
        auto run = SyncEngine(store.database(), kClock).run(importer, { log });
        QVERIFY2(run.ok(), qPrintable(run.errorString()));
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            auto q = sql::run(store.database()->connection(),
                              QStringLiteral("SELECT created_at FROM identities WHERE native_id = ?"), { it.key() });
            QVERIFY(q.ok() && q->next());
            QCOMPARE(q->value(0).toString(), it.value());
        }
    }

    void kubernetesRetiresOnlyInListedNamespaces_data() { test::engineRows(); }
    void kubernetesRetiresOnlyInListedNamespaces()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        K8sRbacImporter importer;
        SyncEngine sync(store.database(), kClock);
        auto first = sync.run(importer,
                              { file(QStringLiteral("all.json"),
                                     k8sList({ serviceAccount("apps", "api"), serviceAccount("apps", "worker"),
                                               serviceAccount("ci", "runner") })) });
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        QCOMPARE(first->added, 3);

        // Only cluster bindings: no namespace's accounts are listed, so none is gone.
        auto bindings
            = sync.run(importer, { file(QStringLiteral("crb.json"), k8sList({ clusterBinding("apps", "api") })) });
        QVERIFY2(bindings.ok(), qPrintable(bindings.errorString()));
        QCOMPARE(bindings->removed, 0);
        QVERIFY(bindings->authoritative.isEmpty());

        // The accounts of one namespace: worker is gone from it; ci is another namespace and stays.
        auto apps
            = sync.run(importer, { file(QStringLiteral("apps.json"), k8sList({ serviceAccount("apps", "api") })) });
        QVERIFY2(apps.ok(), qPrintable(apps.errorString()));
        QCOMPARE(apps->removed, 1);
        QCOMPARE(apps->authoritative, QStringList { "k8s namespace:apps" });
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'retired' "
                                       "AND native_id = 'system:serviceaccount:apps:worker'")),
                 1);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'retired'")),
                 1);
    }

    void unusedIsClaimedOnlyWhereActivityWasObserved_data() { test::engineRows(); }
    void unusedIsClaimedOnlyWhereActivityWasObserved()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const auto findings = [&](const char* type) {
            return scalar(*store.database(),
                          QStringLiteral("SELECT COUNT(*) FROM findings WHERE resolved_at IS NULL AND type = '%1'")
                              .arg(QLatin1String(type)));
        };
        AwsIamImporter iam;
        CloudTrailImporter cloudTrail;
        const test::ImportAndFollow sync { store.database(), kClock }; // findings need the analysis that follows
        QVERIFY(sync.run(iam,
                         { file(QStringLiteral("inv.json"),
                                gaad({ role("AROA1", "reader", "\"s3:GetObject\""),
                                       role("AROA2", "writer", "\"s3:PutObject\"") })) })
                    .ok());
        // No activity data at all: nothing can be called unused or never used.
        QCOMPARE(findings("unused-grant"), 0);
        QCOMPARE(findings("never-used"), 0);

        // CloudTrail of another account says nothing about account 1.
        auto other
            = sync.run(cloudTrail,
                       { file(QStringLiteral("other.json"),
                              trail({ accountEvent("999", "arn:aws:iam::999:role/x", "AROAX", "GetObject") })) });
        QVERIFY2(other.ok(), qPrintable(other.errorString()));
        QCOMPARE(findings("unused-grant"), 0);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM activity_coverage WHERE scope = 'account:999/eu-central-1'")),
            1);

        // Account 1's trail: reader's read was seen, writer's write was not.
        auto own = sync.run(cloudTrail,
                            { file(QStringLiteral("own.json"),
                                   trail({ accountEvent("1", "arn:aws:iam::1:role/reader", "AROA1", "GetObject") })) });
        QVERIFY2(own.ok(), qPrintable(own.errorString()));
        QCOMPARE(findings("unused-grant"), 1);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral(
                            "SELECT COUNT(*) FROM findings f JOIN identities i ON i.id = f.identity_id "
                            "WHERE i.native_id = 'AROA2' AND f.type = 'unused-grant' AND f.subject = 's3:PutObject'")),
                 1);
    }

    // Where no trail covers an AWS account, only a report on one identity speaks for it: Access Advisor's, or a role's
    // RoleLastUsed listed empty (AWS tracks 400 days). A call seen in another account's trail speaks for nothing.
    void usageIsClaimedPerIdentityWhereOnlyItsOwnReportCoversIt_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("inventory");
        QTest::addColumn<QStringList>("activity"); // Access Advisor reports
        QTest::addColumn<QStringList>("neverUsed"); // identities with a never-used finding
        QTest::addColumn<QStringList>("unusedOf"); // identities with an unused-grant finding
        const QString iam = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/");
        for (const QString& engine : test::engines()) {
            // cloudsplaining's 2023 export: 50 roles list RoleLastUsed empty, 5 of them created before the grace days.
            QStringList quickSetup { "AWS-QuickSetup-StackSet-Local-AdministrationRole",
                                     "AWS-QuickSetup-StackSet-Local-ExecutionRole", "AWSServiceRoleForSupport",
                                     "AWSServiceRoleForTrustedAdvisor", "OrganizationAccountAccessRole" };
            QTest::addRow("%s: RoleLastUsed empty, days after the export", qPrintable(engine))
                << engine << QDateTime(QDate(2023, 4, 1), QTime(9, 0), Qt::UTC)
                << QStringList { iam + QStringLiteral("gaad-cloudsplaining-example-2023.json") } << QStringList()
                << quickSetup << QStringList { QStringLiteral("*empty*") };
            // A year on, the export still says those five were never used up to it (the finding names its day), as a
            // role used once is still called dormant by its last use; no grant is called unused.
            QTest::addRow("%s: RoleLastUsed empty, a year after the export", qPrintable(engine))
                << engine << QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC)
                << QStringList { iam + QStringLiteral("gaad-cloudsplaining-example-2023.json") } << QStringList()
                << quickSetup << QStringList();
            // CloudMapper's demo: a report that names level1 as the last to use CloudWatch Logs could be a group's or
            // a policy's; it covers nobody. Kept with the command that made it (--arn), it covers level1 alone.
            QTest::addRow("%s: an Access Advisor report of no named entity", qPrintable(engine))
                << engine << QDateTime(QDate(2019, 5, 5), QTime(9, 0), Qt::UTC)
                << QStringList { iam + QStringLiteral("gaad-cloudmapper-demo.json") }
                << QStringList { iam + QStringLiteral("sla-cloudmapper-demo-22371.json") } << QStringList()
                << QStringList();
            QTest::addRow("%s: one role's Access Advisor report, with its --arn", qPrintable(engine))
                << engine << QDateTime(QDate(2019, 5, 5), QTime(9, 0), Qt::UTC)
                << QStringList { iam + QStringLiteral("gaad-cloudmapper-demo.json") }
                << QStringList { QStringLiteral("aws iam generate-service-last-accessed-details --arn "
                                                "arn:aws:iam::123456789012:role/service-role/level1=")
                                 + iam + QStringLiteral("sla-cloudmapper-demo-22371.json") }
                << QStringList() << QStringList { QStringLiteral("level1") };
        }
    }
    void usageIsClaimedPerIdentityWhereOnlyItsOwnReportCoversIt()
    {
        QFETCH(QString, engine);
        QFETCH(QDateTime, now);
        QFETCH(QStringList, inventory);
        QFETCH(QStringList, activity);
        QFETCH(QStringList, neverUsed);
        QFETCH(QStringList, unusedOf);
        RECERTIFY_OPEN_DB(store, engine);
        const FixedClock clock(now);
        const test::ImportAndFollow sync { store.database(), clock };
        AwsIamImporter iam;
        AccessAdvisorImporter advisor;
        auto listed = sync.run(iam, inventory);
        QVERIFY2(listed.ok(), qPrintable(listed.errorString()));
        // "COMMAND=PATH": the answer kept in a bundle under the command that produced it.
        for (QString& path : activity) {
            if (const qsizetype keyed = path.indexOf(u'='); keyed > 0) {
                QFile answer(path.mid(keyed + 1));
                QVERIFY(answer.open(QIODevice::ReadOnly));
                path = file(QStringLiteral("bundle.json"),
                            QJsonDocument(QJsonObject { { path.left(keyed),
                                                          QJsonDocument::fromJson(answer.readAll()).object() } })
                                .toJson());
            }
        }
        if (!activity.isEmpty()) {
            auto read = sync.run(advisor, activity);
            QVERIFY2(read.ok(), qPrintable(read.errorString()));
        }
        const auto holders = [&](const char* type) {
            QStringList names;
            auto q = sql::run(store.database()->connection(),
                              QStringLiteral("SELECT DISTINCT i.display_name FROM findings f JOIN identities i ON "
                                             "i.id = f.identity_id WHERE f.resolved_at IS NULL AND f.type = ?"),
                              { QString::fromLatin1(type) });
            while (q && q->next())
                names << q->value(0).toString();
            names.sort();
            return names;
        };
        neverUsed.sort();
        QCOMPARE(holders("never-used"), neverUsed);
        if (unusedOf == QStringList { QStringLiteral("*empty*") }) {
            // Every role with grants whose RoleLastUsed is empty, and only those.
            QFile file(inventory.first());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QStringList expected;
            for (const QJsonValue& r : QJsonDocument::fromJson(file.readAll())["RoleDetailList"].toArray()) {
                if (r["RoleLastUsed"].toObject().isEmpty())
                    expected << r["RoleName"].toString();
            }
            const QStringList unused = holders("unused-grant");
            QVERIFY(!unused.isEmpty());
            for (const QString& name : unused)
                QVERIFY2(expected.contains(name), qPrintable(name));
        } else {
            QCOMPARE(holders("unused-grant"), unusedOf);
        }
    }

    // CloudMapper's demo account as its history has it: level1 alone, then bad_role beside it under the same RoleId
    // (a copied id), then level1 alone again. level1 keeps its owner throughout; bad_role never takes level1's
    // identity, and the complete export that no longer lists it retires bad_role, not level1. That last export is a
    // new one (written again, compact): the first file's own bytes, imported before, prove nothing gone since.
    void aCopiedIdNeverHandsOneRolesIdentityToAnother_data() { test::engineRows(); }
    void aCopiedIdNeverHandsOneRolesIdentityToAnother()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const test::ImportAndFollow sync { store.database(), kClock };
        AwsIamImporter iam;
        const QString iamDir = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/");
        const QString before = iamDir + QStringLiteral("gaad-cloudmapper-demo-8fe347c.json");
        QVERIFY(sync.run(iam, { before }).ok());
        QVERIFY(sql::run(store.database()->connection(),
                         QStringLiteral("UPDATE identities SET business_owner = 'owner-of-level1@example.com' WHERE "
                                        "display_name = 'level1'"))
                    .ok());
        const auto ownerOf = [&](const char* name) {
            auto q = sql::run(store.database()->connection(),
                              QStringLiteral("SELECT COALESCE(business_owner, '-') || ' ' || status FROM identities "
                                             "WHERE display_name = ?"),
                              { QString::fromLatin1(name) });
            QStringList rows;
            while (q && q->next())
                rows << q->value(0).toString();
            return rows.join(u',');
        };
        auto both = sync.run(iam, { iamDir + QStringLiteral("gaad-cloudmapper-demo.json") });
        QVERIFY2(both.ok(), qPrintable(both.errorString()));
        QCOMPARE(ownerOf("level1"), QStringLiteral("owner-of-level1@example.com active"));
        QCOMPARE(ownerOf("bad_role"), QStringLiteral("- active"));
        auto same = sync.run(iam, { before });
        QVERIFY2(same.ok(), qPrintable(same.errorString()));
        QCOMPARE(ownerOf("bad_role"), QStringLiteral("- active"));
        QTemporaryDir dir;
        QFile old(before);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QFile fresh(dir.filePath(QStringLiteral("gaad.json")));
        QVERIFY(fresh.open(QIODevice::WriteOnly));
        fresh.write(QJsonDocument::fromJson(old.readAll()).toJson(QJsonDocument::Compact));
        fresh.close();
        auto again = sync.run(iam, { fresh.fileName() });
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(ownerOf("level1"), QStringLiteral("owner-of-level1@example.com active"));
        QCOMPARE(ownerOf("bad_role"), QStringLiteral("- retired"));
    }

    // The AWS CLI docs' example, as written in 2015 and as rewritten later: EC2role's RoleId changed (the role was made
    // again under its name), and the users all got one placeholder UserId. The old EC2role is retired, though the page
    // is truncated: its ARN names another principal now. The users stay three, each found again by its ARN.
    void aRoleMadeAgainUnderItsNameRetiresTheOldOne_data() { test::engineRows(); }
    void aRoleMadeAgainUnderItsNameRetiresTheOldOne()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const test::ImportAndFollow sync { store.database(), kClock };
        AwsIamImporter iam;
        const QString iamDir = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/");
        QVERIFY(sync.run(iam, { iamDir + QStringLiteral("gaad-aws-cli-docs-page-a1ec2a8d6.json") }).ok());
        auto later = sync.run(iam, { iamDir + QStringLiteral("gaad-aws-cli-docs-page.json") });
        QVERIFY2(later.ok(), qPrintable(later.errorString()));
        QCOMPARE(later->removed, 1);
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT display_name || ' ' || native_id || ' ' || status FROM identities "
                                         "ORDER BY display_name, status"));
        QStringList rows;
        while (q && q->next())
            rows << q->value(0).toString();
        QCOMPARE(rows,
                 (QStringList { "Alice arn:aws:iam::123456789012:user/Alice active",
                                "Bob arn:aws:iam::123456789012:user/Bob active",
                                "Charlie arn:aws:iam::123456789012:user/Charlie active",
                                "EC2role AROA1234567890EXAMPLE active", "EC2role AROAFP4BKI7Y7TEXAMPLE retired" }));
    }

    // Entra Agent ID: an agent user is the user account an agent identity acts through (a mailbox, Teams). It is
    // governed as an AI agent under that agent identity (the Graph docs' agent identity, and the CLI for Microsoft
    // 365's agent user made its user); a listing of the agent users retires none of the agent identities.
    void anAgentUserIsAnAgentUnderItsAgentIdentity_data() { test::engineRows(); }
    void anAgentUserIsAnAgentUnderItsAgentIdentity()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const test::ImportAndFollow sync { store.database(), kClock };
        EntraGraphImporter entra;
        const QString agents
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/graph-beta-agentidentity-list.json");
        QVERIFY(sync.run(entra, { agents }).ok());
        QFile listed(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/m365cli-agentuser-list.json"));
        QVERIFY(listed.open(QIODevice::ReadOnly));
        QJsonObject user = QJsonDocument::fromJson(listed.readAll())["value"].toArray().first().toObject();
        user.insert(QStringLiteral("identityParentId"), QStringLiteral("1b7313c4-05d0-4a08-88e3-7b76c003a0a2"));
        const QJsonObject page { { QStringLiteral("@odata.context"),
                                   QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#users/"
                                                  "microsoft.graph.agentUser") },
                                 { QStringLiteral("value"), QJsonArray { user } } };
        auto read = sync.run(entra, { file(QStringLiteral("agent-users.json"), QJsonDocument(page).toJson()) });
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->removed, 0);
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT i.kind, i.display_name, i.enabled, p.display_name FROM identities i "
                                         "JOIN identities p ON p.id = i.parent_id WHERE i.native_id = ?"),
                          { user.value(QStringLiteral("id")).toString() });
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("ai-agent"));
        QCOMPARE(q->value(1).toString(), QStringLiteral("Sales Agent"));
        QCOMPARE(q->value(2).toInt(), 1);
        QCOMPARE(q->value(3).toString(), QStringLiteral("My Agent Identity"));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'retired'")),
                 0);
    }

    // An Access Advisor entry is one moment, the last access: the same report again (Cloud Custodian's recording, then
    // the same job as the AWS CLI prints it) adds no use.
    void theSameAccessAdvisorReportAgainAddsNoUse_data() { test::engineRows(); }
    void theSameAccessAdvisorReportAgainAddsNoUse()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const test::ImportAndFollow sync { store.database(), kClock };
        AccessAdvisorImporter advisor;
        const QString recorded
            = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/sla-cloud-custodian-placebo.json");
        QVERIFY2(sync.run(advisor, { recorded }).ok(), "the recording");
        const QVariant uses = scalar(*store.database(), QStringLiteral("SELECT SUM(count) FROM usage_daily"));
        QVERIFY(uses.toInt() > 0);
        // The CLI's print of the same answer: the recording's data, its datetimes as ISO text.
        QFile recording(recorded);
        QVERIFY(recording.open(QIODevice::ReadOnly));
        const std::function<QJsonValue(const QJsonValue&)> asCli = [&](const QJsonValue& v) -> QJsonValue {
            if (v.isArray()) {
                QJsonArray out;
                for (const QJsonValue& item : v.toArray())
                    out.append(asCli(item));
                return out;
            }
            if (!v.isObject())
                return v;
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("__class__")).toString() == QLatin1String("datetime")) {
                const QDateTime at(QDate(o[QStringLiteral("year")].toInt(), o[QStringLiteral("month")].toInt(),
                                         o[QStringLiteral("day")].toInt()),
                                   QTime(o[QStringLiteral("hour")].toInt(), o[QStringLiteral("minute")].toInt(),
                                         o[QStringLiteral("second")].toInt(),
                                         o[QStringLiteral("microsecond")].toInt() / 1000),
                                   Qt::UTC);
                return at.toString(Qt::ISODateWithMs);
            }
            QJsonObject out;
            for (auto it = o.begin(); it != o.end(); ++it)
                out.insert(it.key(), asCli(it.value()));
            return out;
        };
        const QJsonObject cli = asCli(QJsonDocument::fromJson(recording.readAll())[QStringLiteral("data")]).toObject();
        auto again = sync.run(advisor, { file(QStringLiteral("sla-cli.json"), QJsonDocument(cli).toJson()) });
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT SUM(count) FROM usage_daily")), uses);
    }

    // cloudsplaining's test account holds one user and one role per escalation method, and its false positives.
    void escalationToAdministratorIsAnAdminGrant_data()
    {
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("permission"); // empty: no admin grant
        QTest::newRow("PutUserPolicy") << "privesc10-PutUserPolicy-user"
                                       << "iam:PutUserPolicy";
        QTest::newRow("AttachRolePolicy") << "privesc9-AttachRolePolicy-role"
                                          << "iam:AttachRolePolicy";
        QTest::newRow("CreatePolicyVersion") << "privesc1-CreateNewPolicyVersion-role"
                                             << "iam:CreatePolicyVersion";
        QTest::newRow("AddUserToGroup") << "privesc13-AddUserToGroup-user"
                                        << "iam:AddUserToGroup";
        QTest::newRow("UpdateAssumeRolePolicy") << "privesc14-UpdatingAssumeRolePolicy-role"
                                                << "iam:UpdateAssumeRolePolicy";
        QTest::newRow("CreateAccessKey") << "privesc4-CreateAccessKey-user"
                                         << "iam:CreateAccessKey";
        QTest::newRow("on the account's own policies") << "fn2-exploitableResourceConstraint-role"
                                                       << "iam:CreatePolicyVersion";
        QTest::newRow("on AWS's policies, which never change") << "fp4-nonExploitableResourceConstraint-role"
                                                               << "";
        QTest::newRow("under a condition, for the reviewer to read") << "fp5-nonExploitableConditionConstraint-role"
                                                                     << "";
        QTest::newRow("under a condition that always holds") << "fn3-exploitableConditionConstraint-role"
                                                             << "iam:CreatePolicyVersion";
        // Its keys carry no token time, but its console sessions and MFA session tokens do.
        QTest::newRow("the same, held by a user") << "fn3-exploitableConditionConstraint-user"
                                                  << "iam:CreatePolicyVersion";
        QTest::newRow("PassRole to a new Lambda function") << "privesc15-PassExistingRoleToNewLambdaThenInvoke-role"
                                                           << "iam:PassRole";
        QTest::newRow("PassRole to a new CodeBuild project") << "privesc-codeBuildCreateProjectPassRole-role"
                                                             << "iam:PassRole";
        QTest::newRow("PassRole in one policy, RunInstances in another") << "fn1-privesc3-partial-role"
                                                                         << "iam:PassRole";
        QTest::newRow("SetDefaultPolicyVersion") << "privesc2-SetExistingDefaultPolicyVersion-role"
                                                 << "iam:SetDefaultPolicyVersion";
        QTest::newRow("PassRole to SSM, with nothing to launch") << "AWSServiceRoleForAmazonSSM"
                                                                 << "";
        QTest::newRow("everything") << "privesc-high-priv-service-role"
                                    << "*";
        QTest::newRow("no IAM write") << "privesc-ssmStartSession-role"
                                      << "";
    }
    void escalationToAdministratorIsAnAdminGrant()
    {
        QFETCH(QString, principal);
        QFETCH(QString, permission);
        if (!m_escalation) {
            m_escalation = std::make_unique<test::TestDatabase>(QStringLiteral("sqlite"));
            QVERIFY2(m_escalation->database(), qPrintable(m_escalation->error()));
            const FixedClock clock(QDateTime(QDate(2023, 4, 1), QTime(9, 0), Qt::UTC));
            AwsIamImporter iam;
            auto listed = test::ImportAndFollow { m_escalation->database(), clock }.run(
                iam,
                { QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/aws/iam/gaad-cloudsplaining-example-2023.json") });
            QVERIFY2(listed.ok(), qPrintable(listed.errorString()));
        }
        auto q
            = sql::run(m_escalation->database()->connection(),
                       QStringLiteral("SELECT f.subject FROM findings f JOIN identities i ON i.id = f.identity_id "
                                      "WHERE i.display_name = ? AND f.type = 'admin-grant' AND f.resolved_at IS NULL"),
                       { principal });
        QVERIFY(q.ok());
        QStringList subjects;
        while (q->next())
            subjects << q->value(0).toString();
        QCOMPARE(subjects, permission.isEmpty() ? QStringList() : QStringList { permission });
    }

    // A fine-grained token is its own credential: GitHub's example token expired in 2023 is said to be expired once, of
    // the credential, not again of the identity whose retirement date is that expiry.
    void anExpiredTokenIsSaidOnce_data() { test::engineRows(); }
    void anExpiredTokenIsSaidOnce()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        GitHubImporter github;
        auto listed = test::ImportAndFollow { store.database(), kClock }.run(
            github, { QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/org-pat-grants.json") });
        QVERIFY2(listed.ok(), qPrintable(listed.errorString()));
        auto q = sql::run(
            store.database()->connection(),
            QStringLiteral("SELECT subject FROM findings WHERE type = 'expired-active' AND resolved_at IS NULL"));
        QVERIFY(q.ok());
        QStringList subjects;
        while (q->next())
            subjects << q->value(0).toString();
        QCOMPARE(subjects.size(), 1);
        QVERIFY2(!subjects.first().isEmpty(), "said of the credential");
    }

    // GET /servicePrincipals?$select=id,appId,displayName answers without servicePrincipalType: a managed identity or
    // an agent listed so is not made a service principal (the project's Graph bundle, then the same principals so).
    void aSelectWithoutTheTypeKeepsTheKind_data() { test::engineRows(); }
    void aSelectWithoutTheTypeKeepsTheKind()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QJsonArray whole = graphBundleValue("beta/servicePrincipals?$select");
        QCOMPARE(whole.size(), 3);
        QJsonArray selected;
        for (const QJsonValue& sp : std::as_const(whole)) {
            QJsonObject narrowed;
            for (const char* key : { "id", "appId", "displayName" })
                narrowed.insert(QLatin1String(key), sp.toObject().value(QLatin1String(key)));
            selected.append(narrowed);
        }
        const auto answer = [&](const QString& name, const QString& context, const QJsonArray& value) {
            return file(name,
                        QJsonDocument(QJsonObject { { QStringLiteral("@odata.context"), context },
                                                    { QStringLiteral("value"), value } })
                            .toJson());
        };
        const QString context = QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#servicePrincipals");
        const test::ImportAndFollow sync { store.database(), kClock };
        EntraGraphImporter entra;
        const QString kinds
            = QStringLiteral("SELECT display_name || ':' || kind FROM identities ORDER BY display_name");
        const auto read = [&] {
            QStringList out;
            auto q = sql::run(store.database()->connection(), kinds);
            while (q && q->next())
                out << q->value(0).toString();
            return out;
        };
        QVERIFY(sync.run(entra, { answer(QStringLiteral("whole.json"), context, whole) }).ok());
        const QStringList before = read();
        QVERIFY2(before.contains(QStringLiteral("billing-api:managed-identity")), qPrintable(before.join(u',')));
        auto narrowed = sync.run(
            entra,
            { answer(QStringLiteral("select.json"), context + QStringLiteral("(id,appId,displayName)"), selected) });
        QVERIFY2(narrowed.ok(), qPrintable(narrowed.errorString()));
        QCOMPARE(read(), before);
        QCOMPARE(narrowed->removed, 0);
    }

    // Azure RBAC assignments (az role assignment create/list) are Azure roles on Azure scopes, not directory roles over
    // the tenant: the Azure docs' onboarding assignment, and the same laid out as az role assignment list prints a
    // subscription's: Owner for a principal of the project's Graph bundle, Contributor on a resource group for its
    // managed identity, Owner for a group (no workload identity).
    void azureRoleAssignmentsAreAzureRoles_data() { test::engineRows(); }
    void azureRoleAssignmentsAreAzureRoles()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const test::ImportAndFollow sync { store.database(), kClock };
        EntraGraphImporter entra;
        QFile docs(
            QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/azure-docs-arc-onboarding-role-assignment.json"));
        QVERIFY(docs.open(QIODevice::ReadOnly));
        const QJsonObject created = QJsonDocument::fromJson(docs.readAll()).object();
        auto alone = sync.run(entra, { docs.fileName() });
        QVERIFY2(alone.ok(), qPrintable(alone.errorString()));
        const auto grants = [&](const QString& nativeId) {
            QStringList out;
            auto q = sql::run(
                store.database()->connection(),
                QStringLiteral("SELECT g.permission || ' @ ' || g.resource_scope FROM grants g JOIN identities "
                               "i ON i.id = g.identity_id WHERE i.native_id = ? ORDER BY g.permission"),
                { nativeId });
            while (q && q->next())
                out << q->value(0).toString();
            return out;
        };
        QCOMPARE(
            grants(created.value(QStringLiteral("principalId")).toString()),
            QStringList { "azureRole:Kubernetes Cluster - Azure Arc Onboarding @ /subscriptions/<<SUBSCRIPTION_ID>>" });

        const QJsonArray principals = graphBundleValue("beta/servicePrincipals?$select");
        QString deployer;
        QString managed;
        for (const QJsonValue& p : std::as_const(principals)) {
            const QString type = p[QStringLiteral("servicePrincipalType")].toString();
            if (type == QLatin1String("ManagedIdentity"))
                managed = p[QStringLiteral("id")].toString();
            else if (type == QLatin1String("Application"))
                deployer = p[QStringLiteral("id")].toString();
        }
        QVERIFY(!deployer.isEmpty() && !managed.isEmpty());
        const QString subscription = QStringLiteral("/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333");
        const auto assignment = [&](const QString& principal, const char* type, const char* role, const char* roleId,
                                    const QString& scope, int n) {
            QJsonObject a = created;
            a.insert(QStringLiteral("principalId"), principal);
            a.insert(QStringLiteral("principalType"), QLatin1String(type));
            a.insert(QStringLiteral("roleDefinitionName"), QLatin1String(role));
            a.insert(QStringLiteral("roleDefinitionId"),
                     QString(subscription + QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/")
                             + QLatin1String(roleId)));
            a.insert(QStringLiteral("scope"), scope);
            a.insert(
                QStringLiteral("id"),
                QString(scope
                        + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/fbd819a9-01e8-486b-9eb9-")
                        + QString::number(100000000000 + n)));
            return a;
        };
        const QJsonArray list {
            assignment(deployer, "ServicePrincipal", "Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", subscription, 1),
            assignment(managed, "ServicePrincipal", "Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c",
                       subscription + QStringLiteral("/resourceGroups/myGroup"), 2),
            assignment(QStringLiteral("2b5c7aed-2728-4e63-b657-98f759cc0936"), "Group", "Owner",
                       "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", subscription, 3),
        };
        const QString sps = file(QStringLiteral("sps.json"),
                                 QJsonDocument(QJsonObject { { QStringLiteral("value"), principals } }).toJson());
        auto listed = sync.run(entra, { sps, file(QStringLiteral("assignments.json"), QJsonDocument(list).toJson()) });
        QVERIFY2(listed.ok(), qPrintable(listed.errorString()));
        QCOMPARE(grants(deployer), QStringList { "azureRole:Owner @ " + subscription });
        QCOMPARE(grants(managed),
                 QStringList { "azureRole:Contributor @ " + subscription + QStringLiteral("/resourceGroups/myGroup") });
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM identities WHERE native_id = "
                                       "'2b5c7aed-2728-4e63-b657-98f759cc0936'")),
                 0);
        // Owner of a subscription may give itself anything there; Contributor on one resource group administers
        // nothing.
        auto admin
            = sql::run(store.database()->connection(),
                       QStringLiteral("SELECT i.native_id FROM findings f JOIN identities i ON i.id = f.identity_id "
                                      "WHERE f.type = 'admin-grant' AND f.resolved_at IS NULL"));
        QVERIFY(admin.ok());
        QStringList holders;
        while (admin->next())
            holders << admin->value(0).toString();
        QCOMPARE(holders, QStringList { deployer });
    }

    // The Azure docs' assignment made Owner of its subscription, as the ARM API, Get-AzRoleAssignment and az print it;
    // with an ABAC condition it is delegation, not administration; a PIM eligibility is no role held.
    void azureRoleAssignmentLayouts_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QString>("roleId");
        QTest::addColumn<QString>("grant"); // empty: none
        QTest::addColumn<bool>("admin");
        const QString ownerId = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
        const QString owner = QStringLiteral("azureRole:Owner @ /subscriptions/<<SUBSCRIPTION_ID>>");
        QTest::newRow("az") << "az" << ownerId << owner << true;
        QTest::newRow("ARM API") << "arm" << ownerId << owner << true;
        QTest::newRow("Get-AzRoleAssignment") << "powershell" << ownerId << owner << true;
        QTest::newRow("under a condition") << "condition" << ownerId << owner << false;
        QTest::newRow("PIM eligibility") << "eligibility" << ownerId << "" << false;
        // The ARM API names the role by id only: any built-in role is named (resources/data/azure-builtin-roles.tsv).
        QTest::newRow("ARM API, Key Vault Secrets User")
            << "arm"
            << "4633458b-17de-408a-b874-0445c86b69e6"
            << "azureRole:Key Vault Secrets User @ /subscriptions/<<SUBSCRIPTION_ID>>" << false;
    }
    void azureRoleAssignmentLayouts()
    {
        QFETCH(QString, layout);
        QFETCH(QString, roleId);
        QFETCH(QString, grant);
        QFETCH(bool, admin);
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        QFile docs(
            QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/entra/azure-docs-arc-onboarding-role-assignment.json"));
        QVERIFY(docs.open(QIODevice::ReadOnly));
        QJsonObject a = QJsonDocument::fromJson(docs.readAll()).object();
        a.insert(QStringLiteral("roleDefinitionId"),
                 a.value(QStringLiteral("roleDefinitionId"))
                     .toString()
                     .replace(QStringLiteral("34e09817-6cbe-4d01-b1a2-e0eac5743d41"), roleId));
        QJsonDocument out(QJsonArray { a });
        if (layout == QLatin1String("arm") || layout == QLatin1String("eligibility")) {
            QJsonObject properties;
            for (const char* key : { "principalId", "principalType", "roleDefinitionId", "scope" })
                properties.insert(QLatin1String(key), a.value(QLatin1String(key)));
            if (layout == QLatin1String("eligibility"))
                properties.insert(QStringLiteral("memberType"), QStringLiteral("Direct"));
            const QJsonObject item { { QStringLiteral("id"), a.value(QStringLiteral("id")) },
                                     { QStringLiteral("name"), a.value(QStringLiteral("name")) },
                                     { QStringLiteral("type"), a.value(QStringLiteral("type")) },
                                     { QStringLiteral("properties"), properties } };
            out = QJsonDocument(QJsonObject { { QStringLiteral("value"), QJsonArray { item } } });
        } else if (layout == QLatin1String("powershell")) {
            out = QJsonDocument(QJsonArray { QJsonObject {
                { QStringLiteral("RoleAssignmentId"), a.value(QStringLiteral("id")) },
                { QStringLiteral("Scope"), a.value(QStringLiteral("scope")) },
                { QStringLiteral("DisplayName"), QStringLiteral("azure-arc-for-k8s-onboarding") },
                { QStringLiteral("RoleDefinitionName"), QStringLiteral("Owner") },
                { QStringLiteral("RoleDefinitionId"), QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635") },
                { QStringLiteral("ObjectId"), a.value(QStringLiteral("principalId")) },
                { QStringLiteral("ObjectType"), QStringLiteral("ServicePrincipal") },
                { QStringLiteral("Condition"), QJsonValue() } } });
        } else if (layout == QLatin1String("condition")) {
            a.insert(QStringLiteral("condition"),
                     QStringLiteral("((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR "
                                    "(@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] "
                                    "ForAnyOfAnyValues:GuidEquals {acdd72a7-3385-48ef-bd42-f606fba81ae7}))"));
            out = QJsonDocument(QJsonArray { a });
        }
        EntraGraphImporter entra;
        auto read = test::ImportAndFollow { store.database(), kClock }.run(
            entra, { file(QStringLiteral("azure-") + layout + QStringLiteral(".json"), out.toJson()) });
        // An eligibility alone holds nothing Recertify reads: refused as such, never an empty success.
        QVERIFY2(read.ok() == (layout != QLatin1String("eligibility")), qPrintable(read.errorString()));
        QStringList grants;
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT permission || ' @ ' || resource_scope FROM grants"));
        while (q && q->next())
            grants << q->value(0).toString();
        QCOMPARE(grants, grant.isEmpty() ? QStringList() : QStringList { grant });
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM findings WHERE type = 'admin-grant' AND resolved_at IS NULL")),
            admin ? 1 : 0);
    }

    // User-assigned managed identities as the ARM API lists them (az identity list flattens properties): each the
    // managed identity its principal is in Entra, joined by that principal's object id; nothing else is retired.
    void userAssignedIdentitiesAreManagedIdentities()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        QFile listed(QStringLiteral(RECERTIFY_SOURCE_DIR
                                    "/tests/data/entra/azure-rest-msi-identities-list-by-subscription.json"));
        QVERIFY(listed.open(QIODevice::ReadOnly));
        const QJsonObject item = QJsonDocument::fromJson(listed.readAll())
                                     .object()
                                     .value(QStringLiteral("value"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QJsonObject flat = item;
        flat.remove(QStringLiteral("properties"));
        const QJsonObject properties = item.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            flat.insert(it.key(), it.value());
        EntraGraphImporter entra;
        const test::ImportAndFollow sync { store.database(), kClock };
        for (const QString& path :
             { listed.fileName(),
               file(QStringLiteral("az-identity-list.json"), QJsonDocument(QJsonArray { flat }).toJson()) }) {
            auto read = sync.run(entra, { path });
            QVERIFY2(read.ok(), qPrintable(read.errorString()));
            QCOMPARE(read->removed, 0);
        }
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT native_id, kind, display_name FROM identities"));
        QVERIFY(q.ok());
        QStringList rows;
        while (q->next())
            rows << q->value(0).toString() + u' ' + q->value(1).toString() + u' ' + q->value(2).toString();
        QCOMPARE(rows, QStringList { "identityObjectID managed-identity identityName" });
    }

    // Get-MgApplication | Select-Object Id, AppId, DisplayName, KeyCredentials | ConvertTo-Json: nothing tells an
    // application from a service principal; refused, saying which fields to add (the bundle's ci-deployer so).
    void aNarrowPowerShellSelectionIsRefusedWithWhatToAdd()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const QJsonObject app = graphBundleValue("/applications?").first().toObject();
        QVERIFY(!app.isEmpty());
        const QJsonObject selected { { QStringLiteral("Id"), app.value(QStringLiteral("id")) },
                                     { QStringLiteral("AppId"), app.value(QStringLiteral("appId")) },
                                     { QStringLiteral("DisplayName"), app.value(QStringLiteral("displayName")) },
                                     { QStringLiteral("KeyCredentials"), QJsonArray() } };
        EntraGraphImporter entra;
        auto refused = test::ImportAndFollow { store.database(), kClock }.run(
            entra, { file(QStringLiteral("selected.json"), QJsonDocument(QJsonArray { selected }).toJson()) });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QLatin1String("selected.json"))
                     && refused.errorString().contains(QLatin1String("servicePrincipalType"))
                     && refused.errorString().contains(QLatin1String("signInAudience")),
                 qPrintable(refused.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities")), 0);
    }

    // AWS's AWSLambda_FullAccess (the AWS managed policy reference's document, in short): lambda:* and iam:PassRole on
    // any role, passed to Lambda only. Lambda runs what it is given as that role: still any role's permissions.
    void passingRolesToTheServiceItLaunchesIsEscalation()
    {
        RECERTIFY_OPEN_DB(store, QStringLiteral("sqlite"));
        const QByteArray role
            = "{\"RoleId\":\"AROALAMBDA\",\"RoleName\":\"ci-lambda-deployer\",\"Arn\":\"arn:aws:iam::1:role/"
              "ci-lambda-deployer\",\"CreateDate\":\"2025-01-01T00:00:00Z\",\"RolePolicyList\":[{\"PolicyName\":"
              "\"lambda-full\",\"PolicyDocument\":{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"lambda:*\"],"
              "\"Resource\":\"*\"},{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\",\"Resource\":\"*\","
              "\"Condition\":{\"StringEquals\":{\"iam:PassedToService\":\"lambda.amazonaws.com\"}}}]}}]}";
        AwsIamImporter iam;
        auto listed = test::ImportAndFollow { store.database(), kClock }.run(
            iam, { file(QStringLiteral("lambda.json"), gaad({ role })) });
        QVERIFY2(listed.ok(), qPrintable(listed.errorString()));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM findings WHERE type = 'admin-grant' AND subject = "
                                       "'iam:PassRole' AND resolved_at IS NULL")),
                 1);
    }

    // A role's calls seen in another account's trail are its own, but say nothing of what it did at home.
    void aCallSeenInAnotherAccountsTrailCoversNothingElse_data() { test::engineRows(); }
    void aCallSeenInAnotherAccountsTrailCoversNothingElse()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const test::ImportAndFollow sync { store.database(), kClock };
        AwsIamImporter iam;
        CloudTrailImporter cloudTrail;
        QVERIFY(sync.run(iam,
                         { file(QStringLiteral("inv.json"),
                                gaad({ role("AROA1", "reader", "\"s3:GetObject\", \"s3:PutObject\"") })) })
                    .ok());
        auto other
            = sync.run(cloudTrail,
                       { file(QStringLiteral("other.json"),
                              trail({ accountEvent("999", "arn:aws:iam::1:role/reader", "AROA1", "GetObject") })) });
        QVERIFY2(other.ok(), qPrintable(other.errorString()));
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM usage_daily u JOIN identities i ON i.id = u.identity_id "
                                       "WHERE i.native_id = 'AROA1'")),
                 1);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM findings WHERE resolved_at IS NULL AND type IN "
                                       "('unused-grant', 'never-used', 'dormant')")),
                 0);
    }

    void craftedInputsAreRefusedOrReadQuickly_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("refusal"); // empty: it imports
        QByteArray verbs;
        QByteArray resources;
        for (int i = 0; i < 2000; ++i) {
            verbs += (i ? ",\"v" : "\"v") + QByteArray::number(i) + '"';
            resources += (i ? ",\"r" : "\"r") + QByteArray::number(i) + '"';
        }
        QTest::addRow("a ClusterRole of 2,000 verbs x 2,000 resources")
            << "k8s-rbac"
            << "huge-role.json"
            << QByteArray(
                   R"({"kind":"List","items":[{"kind":"ClusterRole","metadata":{"name":"huge"},"rules":[{"apiGroups":[""],"verbs":[)"
                   + verbs + "],\"resources\":[" + resources
                   + R"(]}]},{"kind":"ClusterRoleBinding","metadata":{"name":"b"},"roleRef":{"kind":"ClusterRole","name":"huge"},)"
                   + R"("subjects":[{"kind":"ServiceAccount","namespace":"a","name":"x"}]}]})")
            << "expands to 4,000,000 grants";
        QTest::addRow("an audit event nested 300 deep")
            << "k8s-audit"
            << "deep.json"
            << QByteArray("{\"kind\":\"EventList\",\n\"items\":[" + QByteArray("{\"a\":").repeated(300) + "1"
                          + QByteArray(300, '}') + "]}")
            << "nested deeper than 256";
        QTest::addRow("one record of 40 MB")
            << "aws-cloudtrail"
            << "big.json" << QByteArray("{\"Records\":[{\"x\":\"" + QByteArray(40 << 20, 'a') + "\"}]}")
            << "larger than 32 MB";
        // Found by fuzzing: a few hundred bytes on which the YAML library loops; refused before it parses.
        QFile hang(
            QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/fuzz/regressions/fuzz_k8s_rbac/yaml-unterminated-escape"));
        QTest::addRow("YAML with a quoted string that never ends (fuzzing found it)")
            << "k8s-rbac"
            << "hang.yaml" << (hang.open(QIODevice::ReadOnly) ? hang.readAll() : QByteArray("missing")) << "line";
        // Found by fuzzing too, and no scan predicts it: the YAML library runs apart and is stopped at its deadline.
        QFile loop(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/fuzz/regressions/fuzz_k8s_rbac/yaml-anchor-in-comment"));
        QTest::addRow("YAML on which the YAML library loops")
            << "k8s-rbac"
            << "loop.yaml" << (loop.open(QIODevice::ReadOnly) ? loop.readAll() : QByteArray("missing"))
            << "could not be read within 10 seconds";
        QTest::addRow("YAML with an escape YAML does not have")
            << "k8s-rbac"
            << "escape.yaml"
            << QByteArray("kind: List\nitems:\n- kind: ServiceAccount\n  metadata: {name: \"a\\qb\", namespace: x}\n")
            << "an escape YAML does not have";
        // A block scalar's lines are text whatever quotes they hold (argo-rollouts' CRDs describe "hugepages-" resource
        // names; a ConfigMap's script splits on '-'), and a quote inside a plain word opens no string.
        const QByteArray account
            = "---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  namespace: demo\n";
        QTest::addRow("YAML: a block scalar quoting \"hugepages-\"")
            << "k8s-rbac"
            << "notes.yaml"
            << QByteArray(
                   "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\n  namespace: demo\ndata:\n"
                   "  README: |-\n    Requests and Limits for \"cpu\", \"memory\" and \"hugepages-\" resource names.\n"
                   "\n    pattern: ^(\\+|-)?\n"
                   + account)
            << "";
        QTest::addRow("YAML: a script splitting on '-' in a block scalar")
            << "k8s-rbac"
            << "script.yaml"
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s\n  namespace: demo\ndata:\n"
                          "  run.sh: |\n    echo $HOSTNAME | cut -d'-' -f1\n"
                          + account)
            << "";
        QTest::addRow("YAML: a quote inside a plain word")
            << "k8s-rbac"
            << "plain.yaml"
            << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: p\n  namespace: demo\n"
                          "  annotations:\n    note: non-\"quoted and it's fine\n"
                          + account)
            << "";
        QByteArray repeated = "{\"UserDetailList\":[";
        for (int i = 0; i < 800; ++i)
            repeated += (i ? "," : "") + user("AIDA1", "same");
        QTest::addRow("one UserId listed 800 times") << "aws-iam"
                                                     << "repeated.json" << QByteArray(repeated + "]}") << "";
    }

    void craftedInputsAreRefusedOrReadQuickly()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, refusal);
        test::TestDatabase store;
        QVERIFY(store.database());
        const QString path = file(name, content);
        auto importer = Importers::create(format);
        QElapsedTimer timer;
        timer.start();
        auto report = SyncEngine(store.database(), kClock).run(*importer, { path });
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        if (refusal.isEmpty()) {
            QVERIFY2(report.ok(), qPrintable(report.errorString()));
            QCOMPARE(report->added, 1);
            return;
        }
        QVERIFY(!report.ok());
        QVERIFY2(report.errorString().contains(path) && report.errorString().contains(refusal),
                 qPrintable(report.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities")), 0);
    }

    void craftedWildcardGrantsDoNotStallAnalysis()
    {
        // About 1.2 MB of crafted globs on one identity and as many distinct actions: analysis used to match
        // every grant against every action by backtracking, pattern x text, and hung this import and every later one.
        QByteArray identities = CsvImporter::identityColumns().join(u',').toUtf8() + '\n';
        QByteArray activity = CsvImporter::activityColumns().join(u',').toUtf8() + '\n';
        for (int i = 0; i < 3000; ++i) {
            identities += "app,bot-1,service_account,Bot,ada@example.com,true,2026-01-01T00:00:00Z,,,,,,"
                + QByteArray("*a").repeated(150) + "b" + QByteArray::number(i) + ",*,direct\n";
            activity
                += "2026-11-20T10:00:00Z,app,bot-1,," + QByteArray(300, 'a') + QByteArray::number(i) + ",r,allowed,\n";
        }
        QVERIFY(identities.size() > 900000);
        test::TestDatabase store;
        QVERIFY(store.database());
        QElapsedTimer timer;
        timer.start();
        const test::ImportAndFollow pipeline { store.database(), kClock };
        auto first = pipeline.run(*Importers::create(QStringLiteral("csv")),
                                  { file(QStringLiteral("identities.csv"), identities) });
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        auto second = pipeline.run(*Importers::create(QStringLiteral("csv")),
                                   { file(QStringLiteral("activity.csv"), activity) });
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        // Nothing the crafted globs name was used: every one of them is reported unused, once.
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM findings WHERE type = 'unused-grant'")),
                 3000);
        qInfo("3,000 crafted globs x 3,000 actions imported and analysed in %lld ms", qint64(timer.elapsed()));
    }

    void aClassicTokenSeenInTheAuditLogHasItsScopesAsGrants()
    {
        // audit-log.jsonl line 10: a classic token (known by its hash) fetched with scopes "repo,workflow".
        test::TestDatabase store;
        QVERIFY(store.database());
        const QString log = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/audit-log.jsonl");
        auto report = test::ImportAndFollow { store.database(), kClock }.run(
            *Importers::create(QStringLiteral("github")), { log });
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        const QString token = QStringLiteral(
            "(SELECT id FROM identities WHERE native_id = 'pat:sha256:Zk9pQm5vT2xkQ2xhc3NpY1Rva2VuSGFzaFZhbHVlMDA=')");
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT discovered_from_activity FROM identities WHERE id = ") + token),
                 1);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM grants WHERE granted_via = 'scope workflow' AND identity_id = ")
                       + token),
            1);
        // The fetch used what "repo" gives (contents:write covers a read); the workflow scope went unused;
        // what "repo" amounts to includes repository administration.
        auto finding = [&](const char* type, const char* subject) {
            return scalar(
                *store.database(),
                QStringLiteral("SELECT COUNT(*) FROM findings WHERE type = '%1' AND subject = '%2' AND identity_id = ")
                        .arg(QLatin1String(type), QLatin1String(subject))
                    + token);
        };
        QCOMPARE(finding("unused-grant", "workflows:write"), 1);
        QCOMPARE(finding("unused-grant", "contents:write"), 0);
        QCOMPARE(finding("admin-grant", "administration:write"), 1);
        // Read again, nothing changes: the grants are replaced, not added to.
        const int grants
            = scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM grants WHERE identity_id = ") + token);
        auto again = SyncEngine(store.database(), kClock).run(*Importers::create(QStringLiteral("github")), { log });
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM grants WHERE identity_id = ") + token),
                 grants);
    }

    void errorsQuoteInputHarmlessly()
    {
        // A time that clears the terminal and a mile of text after it: named, escaped, cut short.
        test::TestDatabase store;
        QVERIFY(store.database());
        QByteArray hostile = assumedRoleEvent("arn:aws:iam::1:role/r", "AROA1", "GetObject", "20");
        hostile.replace("2026-11-20T08:00:00Z",
                        QByteArray("\\u001b[2J\\u001b]0;owned\\u0007").append(QByteArray(5000, 'A')));
        const QString path = file(QStringLiteral("hostile.json"), trail({ hostile }));
        CloudTrailImporter cloudTrail;
        auto report = SyncEngine(store.database(), kClock).run(cloudTrail, { path });
        QVERIFY(!report.ok());
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT error FROM sync_runs ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.ok() && q->next());
        const QString stored = q->value(0).toString();
        QVERIFY2(stored.contains(path) && stored.contains(QStringLiteral("eventTime")), qPrintable(stored));
        QVERIFY2(!stored.contains(QChar(0x1b)) && !stored.contains(QChar(0x07)), qPrintable(stored));
        QVERIFY2(stored.contains(QStringLiteral("\\x1b")), qPrintable(stored));
        QVERIFY2(stored.size() < 400, qPrintable(QString::number(stored.size())));
        QCOMPARE(report.errorString(), stored);
    }

    void aBadFileLeavesTheStoreAsItWas_data() { test::engineRows(); }
    void aBadFileLeavesTheStoreAsItWas()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QString good = file(QStringLiteral("good.json"), gaad({ role("AROA1", "reader", "\"s3:GetObject\"") }));
        QByteArray cut = gaad({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA9", "new", "\"*\"") });
        cut.truncate(cut.size() - 40);
        const QString truncated = file(QStringLiteral("truncated.json"), cut);
        const QString changed = file(QStringLiteral("changed.json"), gaad({ role("AROA1", "reader", "\"*\"") }));
        AwsIamImporter importer;
        SyncEngine sync(store.database(), kClock);
        QVERIFY(sync.run(importer, { good }).ok());
        const QStringList before = dump(*store.database());

        // The first file alone would change the store; with a bad second file, nothing may change.
        auto failed = sync.run(importer, { changed, truncated });
        QVERIFY(!failed.ok());
        QVERIFY2(failed.errorString().contains(truncated), qPrintable(failed.errorString()));
        QVERIFY2(failed.errorString().contains(QStringLiteral("line")), qPrintable(failed.errorString()));
        QCOMPARE(dump(*store.database()), before);
        // The failure is in the run history, with its reason.
        auto q = sql::run(store.database()->connection(),
                          QStringLiteral("SELECT status, error FROM sync_runs ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("failed"));
        QVERIFY(q->value(1).toString().contains(truncated));
    }

    void activityFindsItsIdentityOrADiscoveredOne_data() { test::engineRows(); }
    void activityFindsItsIdentityOrADiscoveredOne()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const QString inventory
            = file(QStringLiteral("inv.json"), gaad({ role("AROA1", "reader", "\"s3:GetObject\"") }));
        // The known role acts under a different principal id, so only its ARN (an alias) links them.
        const QString activity
            = file(QStringLiteral("trail.json"),
                   trail({ assumedRoleEvent("arn:aws:iam::1:role/reader", "AROA-OTHER", "GetObject", "20"),
                           assumedRoleEvent("arn:aws:iam::1:role/reader", "AROA-OTHER", "GetObject", "20"),
                           assumedRoleEvent("arn:aws:iam::1:role/reader", "AROA-OTHER", "PutObject", "21"),
                           assumedRoleEvent("arn:aws:iam::1:role/ghost", "AROA-GHOST", "ListBucket", "21") }));
        SyncEngine sync(store.database(), kClock);
        AwsIamImporter iam;
        CloudTrailImporter cloudTrail;
        QVERIFY(sync.run(iam, { inventory }).ok());
        auto report = sync.run(cloudTrail, { activity });
        QVERIFY2(report.ok(), qPrintable(report.errorString()));
        QCOMPARE(report->events, 4);
        QCOMPARE(report->shadow, 1);
        QCOMPARE(report->usageRows, 3);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT u.count FROM usage_daily u JOIN identities i ON i.id = u.identity_id "
                                       "WHERE i.native_id = 'AROA1' AND u.action = 's3:GetObject'")),
                 2);
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT discovered_from_activity FROM identities WHERE native_id = 'AROA-GHOST'")),
            1);
        QCOMPARE(
            scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'discovered'")),
            1);
        QCOMPARE(scalar(*store.database(),
                        QStringLiteral("SELECT COUNT(*) FROM identities WHERE native_id = 'AROA1' AND last_used_at = "
                                       "'2026-11-21T08:00:00Z'")),
                 1);

        // The same file again is recognised; usage does not double.
        const QStringList before = dump(*store.database());
        auto again = sync.run(cloudTrail, { activity });
        QVERIFY(again.ok());
        QCOMPARE(again->alreadyImported, QStringList { activity });
        QCOMPARE(again->usageRows, 0);
        QCOMPARE(again->events, 0); // not read as activity, so not said to be
        QCOMPARE(dump(*store.database()), before);

        // An inventory that later lists the shadow turns it into a known identity.
        const QString withGhost = file(
            QStringLiteral("inv2.json"),
            gaad({ role("AROA1", "reader", "\"s3:GetObject\""), role("AROA-GHOST", "ghost", "\"s3:ListBucket\"") }));
        auto found = sync.run(iam, { withGhost });
        QVERIFY(found.ok());
        QCOMPARE(
            scalar(*store.database(),
                   QStringLiteral("SELECT discovered_from_activity FROM identities WHERE native_id = 'AROA-GHOST'")),
            0);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities WHERE status = 'active'")),
                 2);
    }

    void cancellingChangesNothing()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QList<QByteArray> events;
        for (int i = 0; i < 3000; ++i)
            events << assumedRoleEvent("arn:aws:iam::1:role/x", "AROAX", "GetObject", "20");
        const QString activity = file(QStringLiteral("many.json"), trail(events));
        SyncEngine sync(store.database(), kClock);
        sync.setProgress([&sync](qint64, qint64, const QString&) { sync.cancel(); });
        CloudTrailImporter cloudTrail;
        auto report = sync.run(cloudTrail, { activity });
        QVERIFY(!report.ok());
        QVERIFY2(report.errorString().contains(QStringLiteral("ancel")), qPrintable(report.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM identities")), 0);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM usage_daily")), 0);
    }

    void inputsThatDoNotExistAreNamed()
    {
        test::TestDatabase store;
        SyncEngine sync(store.database(), kClock);
        AwsIamImporter iam;
        auto missing = sync.run(iam, { m_dir.filePath(QStringLiteral("nope.json")) });
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorString().contains(QStringLiteral("nope.json")));
        // A folder is read for its saved answers; one without any says so.
        const QString empty = m_dir.filePath(QStringLiteral("no-answers"));
        QVERIFY(QDir().mkpath(empty));
        auto folder = sync.run(iam, { empty });
        QVERIFY(!folder.ok());
        QVERIFY2(folder.errorString().contains(QStringLiteral("holds no *.json files")),
                 qPrintable(folder.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
