#include "core/connectors/csv/CsvImporter.h"
#include "core/util/CsvReader.h"
#include "core/util/Timestamp.h"
#include "tests/support/CollectingSink.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace recertify;
using recertify::test::CollectingSink;

namespace {

/** Counts without keeping anything, so a large input measures the importer, not the collector. */
class CountingSink final : public RecordSink
{
public:
    qint64 identities = 0;
    qint64 events = 0;
    int progressCalls = 0;
    qint64 lastDone = 0;
    bool progressWentBackwards = false;
    bool progressPastTotal = false;

    void identity(StagedIdentity) override { ++identities; }
    void activity(const ActivityEvent&) override { ++events; }
    void skipped(const QString&) override { }
    bool progress(qint64 done, qint64 total) override
    {
        ++progressCalls;
        progressWentBackwards = progressWentBackwards || done < lastDone;
        progressPastTotal = progressPastTotal || done > total;
        lastDone = done;
        return true;
    }
};

const QByteArray kIdentitiesHeader = CsvImporter::identityColumns().join(u',').toUtf8() + '\n';
const QByteArray kActivityHeader = CsvImporter::activityColumns().join(u',').toUtf8() + '\n';

/** A valid identities.csv row, with one column replaced (the value is written as given, quotes and all). */
QByteArray identityRow(const QString& column = {}, const QString& value = {})
{
    QStringList fields { "csv",
                         "svc-nightly-export",
                         "service-account",
                         "Nightly export",
                         "ops@acme.example",
                         "true",
                         "2024-01-01T00:00:00Z",
                         "key-1",
                         "secret",
                         "2024-01-01T00:00:00Z",
                         "",
                         "",
                         "read",
                         "bucket/exports",
                         "policy:export" };
    if (!column.isEmpty())
        fields[CsvImporter::identityColumns().indexOf(column)] = value;
    return fields.join(u',').toUtf8() + '\n';
}

/** A valid activity.csv row, with one column replaced. */
QByteArray activityRow(const QString& column = {}, const QString& value = {})
{
    QStringList fields { "2025-11-21T06:00:00Z",
                         "csv",
                         "svc-nightly-export",
                         "key-1",
                         "read",
                         "bucket/exports/a.csv",
                         "allowed",
                         "10.0.0.1" };
    if (!column.isEmpty())
        fields[CsvImporter::activityColumns().indexOf(column)] = value;
    return fields.join(u',').toUtf8() + '\n';
}

QByteArray withoutColumn(const QStringList& columns, const QString& dropped)
{
    QStringList kept = columns;
    kept.removeAll(dropped);
    return kept.join(u',').toUtf8() + '\n';
}

/** n activity rows for one busy identity, one second apart. */
bool writeActivity(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(kActivityHeader);
    const QDateTime start(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        chunk += Timestamp::toIso(start.addSecs(i)).toUtf8() + ",snowflake,SVC_DBT_TRANSFORM,SHA256:kq3J,SELECT,"
            + "RAW.SHOP.ORDERS_" + QByteArray::number(i % 97) + (i % 50 == 0 ? ",denied" : ",allowed")
            + ",10.20.4.17\n";
        if (chunk.size() > 1 << 20) {
            file.write(chunk);
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    static QHash<QString, const StagedIdentity*> byId(const CollectingSink& sink)
    {
        QHash<QString, const StagedIdentity*> out;
        for (const StagedIdentity& s : sink.identities)
            out.insert(s.identity.nativeId, &s);
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readerSplitsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::addRow("plain fields split on commas")
            << QByteArray("a,b,c\n1,2,3\n") << QList<QStringList> { { "a", "b", "c" }, { "1", "2", "3" } }
            << QList<qint64> { 1, 2 };
        QTest::addRow("a quoted comma stays inside its field")
            << QByteArray("name,owner\n\"Support agent, tier 1\",ops@acme.example\n")
            << QList<QStringList> { { "name", "owner" }, { "Support agent, tier 1", "ops@acme.example" } }
            << QList<qint64> { 1, 2 };
        QTest::addRow("doubled quotes are one quote")
            << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << QList<QStringList> { { "say \"hi\"", "\"" } }
            << QList<qint64> { 1 };
        QTest::addRow("an embedded newline keeps the record whole and later records start on the right line")
            << QByteArray("id,note\n1,\"first\nsecond\nthird\"\n2,after\n")
            << QList<QStringList> { { "id", "note" }, { "1", "first\nsecond\nthird" }, { "2", "after" } }
            << QList<qint64> { 1, 2, 5 };
        QTest::addRow("CRLF line ends are not part of the data")
            << QByteArray("a,b\r\nc,d\r\n") << QList<QStringList> { { "a", "b" }, { "c", "d" } }
            << QList<qint64> { 1, 2 };
        QTest::addRow("CRLF inside quotes is kept and counted")
            << QByteArray("\"x\r\ny\",z\r\nnext,row\r\n") << QList<QStringList> { { "x\r\ny", "z" }, { "next", "row" } }
            << QList<qint64> { 1, 3 };
        QTest::addRow("a UTF-8 BOM is dropped and accents survive")
            << QByteArray("\xEF\xBB\xBFsource,name\ncsv,Zo\xC3\xAB M\xC3\xBCller\n")
            << QList<QStringList> { { "source", "name" }, { "csv", QString::fromUtf8("Zo\xC3\xAB M\xC3\xBCller") } }
            << QList<qint64> { 1, 2 };
        QTest::addRow("a BOM may precede a quoted first field")
            << QByteArray("\xEF\xBB\xBF\"a\",b\n") << QList<QStringList> { { "a", "b" } } << QList<qint64> { 1 };
        QTest::addRow("the last record needs no newline")
            << QByteArray("a,b\nc,d") << QList<QStringList> { { "a", "b" }, { "c", "d" } } << QList<qint64> { 1, 2 };
        QTest::addRow("empty fields and an empty quoted field are kept")
            << QByteArray(",,\"\"\n") << QList<QStringList> { { "", "", "" } } << QList<qint64> { 1 };
        QTest::addRow("blank lines are skipped but still counted")
            << QByteArray("a\n\r\n\nb\n\n") << QList<QStringList> { { "a" }, { "b" } } << QList<qint64> { 1, 4 };
        QTest::addRow("an empty input has no records") << QByteArray() << QList<QStringList> {} << QList<qint64> {};
    }

    void readerSplitsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        // Tiny chunks put every quote, CR and BOM byte on a chunk boundary somewhere.
        for (const qsizetype chunk : { 1, 2, 3, 7, 64 * 1024 }) {
            QBuffer buffer;
            buffer.setData(input);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            CsvReader reader(&buffer, chunk);
            QStringList fields;
            qsizetype i = 0;
            while (reader.next(&fields)) {
                QVERIFY2(i < records.size(), qPrintable(fields.join(u'|')));
                QCOMPARE(fields, records.at(i));
                QCOMPARE(reader.line(), lines.at(i));
                ++i;
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(i, records.size());
            QCOMPARE(reader.bytesRead(), qint64(input.size()));
        }
    }

    void readerNamesTheLineOfAnUnterminatedQuote_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("completeRecords");
        QTest::addColumn<int>("quoteLine");
        QTest::addRow("a quote opened in the first field of the file")
            << QByteArray("\"never closed,x\n1,2\n") << 0 << 1;
        QTest::addRow("a quote opened after two complete records")
            << QByteArray("a,b\n1,2\n3,\"open\nstill open\n") << 2 << 3;
        QTest::addRow("a quote opened on the second line of a multi-line record")
            << QByteArray("h\n\"closed\nhere\",\"open\n") << 1 << 3;
    }

    void readerNamesTheLineOfAnUnterminatedQuote()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, completeRecords);
        QFETCH(int, quoteLine);
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, 4);
        QStringList fields;
        int records = 0;
        while (reader.next(&fields))
            ++records;
        QCOMPARE(records, completeRecords);
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(QStringLiteral("line %1:").arg(quoteLine)),
                 qPrintable(reader.errorString()));
        QVERIFY(!reader.next(&fields));
    }

    void describesTheFormat()
    {
        CsvImporter importer;
        QCOMPARE(importer.format(), QStringLiteral("csv"));
        QCOMPARE(importer.source(), QStringLiteral("csv"));
        QVERIFY(importer.isInventory());
        QCOMPARE(importer.folderPatterns(), QStringList { "*.csv" });
    }

    void importsTheIdentitiesFixture()
    {
        CsvImporter importer;
        CollectingSink sink;
        const Status status = importer.read(RECERTIFY_TEST_DATA("csv/identities.csv"), sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        // 19 rows: 3 gcp and 3 snowflake identities, each emitted once.
        QCOMPARE(sink.identities.size(), 6);
        QVERIFY(sink.events.isEmpty());
        QMap<QString, int> perSource;
        int credentials = 0;
        int grants = 0;
        for (const StagedIdentity& s : std::as_const(sink.identities)) {
            ++perSource[s.identity.source];
            credentials += int(s.credentials.size());
            grants += int(s.grants.size());
        }
        QCOMPARE(perSource, (QMap<QString, int> { { "gcp", 3 }, { "snowflake", 3 } }));
        QCOMPARE(credentials, 7); // 2 + 1 + 1 + 2 + 1 + 0
        QCOMPARE(grants, 13); // 2 + 3 + 2 + 3 + 1 + 2
        QCOMPARE(sink.identities.first().identity.nativeId, QStringLiteral("104857263910482736152")); // file order
    }

    void mergesRowsIntoOneIdentity_data()
    {
        QTest::addColumn<QString>("nativeId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("credentials");
        QTest::addColumn<int>("grants");
        QTest::addRow("the billing exporter has two keys and two roles, and its owner is lower-cased")
            << "104857263910482736152"
            << "service-account"
            << "Billing exporter"
            << "priya.shah@acme.example" << true << 2 << 2;
        QTest::addRow("the support agent is an AI agent whose display name keeps its comma")
            << "117730558120938475521"
            << "ai-agent"
            << "Support triage agent, tier 1"
            << "marco.bianchi@acme.example" << true << 1 << 3;
        QTest::addRow("ci-deployer's underscored kind is normalised, and it is disabled with no owner")
            << "109384756120394857612"
            << "service-account"
            << "ci-deployer"
            << "" << false << 1 << 2;
        QTest::addRow("the dbt runner's two key pairs share three grants")
            << "SVC_DBT_TRANSFORM"
            << "service-account"
            << "dbt transform runner"
            << "analytics-lead@acme.example" << true << 2 << 3;
        QTest::addRow("Looker's duplicated row gives one credential and one grant")
            << "SVC_LOOKER"
            << "service-account"
            << "Looker BI"
            << "bi-team@acme.example" << true << 1 << 1;
        QTest::addRow("Fivetran has no credential, and an empty enabled flag reads as enabled")
            << "SVC_FIVETRAN"
            << "service-account"
            << "Fivetran loader"
            << "data-platform@acme.example" << true << 0 << 2;
    }

    void mergesRowsIntoOneIdentity()
    {
        QFETCH(QString, nativeId);
        QFETCH(QString, kind);
        QFETCH(QString, displayName);
        QFETCH(QString, owner);
        QFETCH(bool, enabled);
        QFETCH(int, credentials);
        QFETCH(int, grants);
        CsvImporter importer;
        CollectingSink sink;
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("csv/identities.csv"), sink).ok());
        const StagedIdentity* s = sink.find(nativeId);
        QVERIFY(s);
        QCOMPARE(s->identity.kind, kind);
        QCOMPARE(s->identity.displayName, displayName);
        QCOMPARE(s->identity.businessOwner, owner);
        QCOMPARE(s->identity.enabled, enabled);
        QCOMPARE(s->credentials.size(), credentials);
        QCOMPARE(s->grants.size(), grants);
        QVERIFY(s->identity.createdAt.isValid());
    }

    void readsUnknownMarkersAndTimes()
    {
        CsvImporter importer;
        CollectingSink sink;
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("csv/identities.csv"), sink).ok());
        const auto ids = byId(sink);

        const Credential federated = ids.value("117730558120938475521")->credentials.first();
        QCOMPARE(federated.type, QStringLiteral("federated"));
        QVERIFY(!federated.createdAt.isValid()); // N/A
        QVERIFY(!federated.expiresAt.isValid()); // N/A
        QCOMPARE(Timestamp::toIso(federated.lastUsedAt), QStringLiteral("2025-11-21T13:44:50Z"));

        const StagedIdentity* deployer = ids.value("109384756120394857612");
        QCOMPARE(deployer->credentials.first().type, QStringLiteral("access-key")); // access_key normalised
        QVERIFY(!deployer->credentials.first().lastUsedAt.isValid());
        QVERIFY(!deployer->identity.lastUsedAt.isValid());

        const StagedIdentity* dbt = ids.value("SVC_DBT_TRANSFORM");
        QVERIFY(!dbt->credentials.at(1).lastUsedAt.isValid()); // no_information

        // The identity was last used when its most recently used key was.
        QCOMPARE(Timestamp::toIso(ids.value("104857263910482736152")->identity.lastUsedAt),
                 QStringLiteral("2025-11-21T06:00:09Z"));
        QCOMPARE(Timestamp::toIso(ids.value("SVC_LOOKER")->credentials.first().expiresAt),
                 QStringLiteral("2026-02-01T00:00:00Z"));
        // Python str(datetime) is read like ISO 8601.
        QCOMPARE(Timestamp::toIso(ids.value("SVC_FIVETRAN")->identity.createdAt),
                 QStringLiteral("2021-06-01T08:00:00Z"));
    }

    void importsTheActivityFixture()
    {
        const QString path = RECERTIFY_TEST_DATA("csv/activity.csv");
        CsvImporter importer;
        CollectingSink sink;
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        // Activity alone must not look like an inventory that lost every identity.
        QVERIFY(sink.identities.isEmpty());
        QCOMPARE(sink.events.size(), 15);
        QMap<QString, int> outcomes;
        QSet<QString> principals;
        for (const ActivityEvent& e : std::as_const(sink.events)) {
            ++outcomes[e.outcome];
            principals.insert(e.principal);
            QVERIFY(e.timestamp.isValid());
            QCOMPARE(e.principalName, e.principal);
        }
        QCOMPARE(outcomes, (QMap<QString, int> { { "allowed", 10 }, { "denied", 4 }, { "error", 1 } }));

        // The multi-line resource (lines 3-4) pushes later records down one line.
        QCOMPARE(sink.events.at(1).resource, QStringLiteral("RAW.SHOP.ORDERS\nRAW.SHOP.CUSTOMERS"));
        QCOMPARE(sink.events.at(1).rawRef, path + QStringLiteral(":3"));
        QCOMPARE(sink.events.at(2).action, QStringLiteral("DROP TABLE"));
        QCOMPARE(sink.events.at(2).rawRef, path + QStringLiteral(":5"));
        QCOMPARE(sink.events.last().rawRef, path + QStringLiteral(":17"));
        QCOMPARE(sink.events.at(13).outcome, QStringLiteral("allowed")); // empty outcome
        QCOMPARE(sink.events.at(3).credentialId, QStringLiteral("a41d7be09c3358f2e6b0d91c47a2f85e3c6b1d09"));
        QCOMPARE(sink.events.at(3).sourceIp, QStringLiteral("35.191.10.4"));

        // Exactly one principal is unknown to identities.csv: the SyncEngine makes it a shadow identity.
        CollectingSink inventory;
        QVERIFY(importer.read(RECERTIFY_TEST_DATA("csv/identities.csv"), inventory).ok());
        for (const StagedIdentity& s : std::as_const(inventory.identities))
            principals.remove(s.identity.nativeId);
        QCOMPARE(principals, QSet<QString> { "SVC_LEGACY_ETL" });
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");

        QTest::addRow("an AWS credential report header is neither expected header")
            << "credential-report.csv"
            << QByteArray("user,arn,user_creation_time\nalice,arn:aws:iam::1:user/alice,N/A\n") << 1
            << "activity.csv (timestamp,source,identity_id";
        QTest::addRow("an identities header without owner names the missing column")
            << "no-owner.csv" << withoutColumn(CsvImporter::identityColumns(), "owner") + identityRow() << 1
            << "missing column owner";
        QTest::addRow("an activity header without outcome names the missing column")
            << "no-outcome.csv" << withoutColumn(CsvImporter::activityColumns(), "outcome") << 1
            << "missing column outcome";
        QTest::addRow("a row with too few fields names its line")
            << "short-row.csv"
            << kActivityHeader + activityRow() + "2025-11-21T06:00:00Z,csv,svc,key-1,read,x,allowed\n"
            << 3 << "7 fields, but the header has 8";
        QTest::addRow("a row with too many fields after a multi-line record names its physical line")
            << "long-row.csv"
            << kActivityHeader + activityRow("resource", "\"a\nb\"") + activityRow("source_ip", "10.0.0.1,extra") << 4
            << "9 fields";
        QTest::addRow("an unknown identity kind lists the kinds")
            << "bad-kind.csv" << kIdentitiesHeader + identityRow() + identityRow("identity_kind", "robot") << 3
            << "identity_kind: expected one of ai-agent, service-account";
        QTest::addRow("an enabled flag that is not a boolean names the column")
            << "bad-enabled.csv" << kIdentitiesHeader + identityRow("enabled", "maybe") << 2
            << "enabled: expected true, false";
        QTest::addRow("an unparseable created_at quotes the value")
            << "bad-created.csv"
            << kIdentitiesHeader + identityRow() + identityRow() + identityRow("created_at", "yesterday") << 4
            << "created_at: expected an ISO 8601 time, got \"yesterday\"";
        QTest::addRow("a free-text credential expiry is not guessed at")
            << "bad-expiry.csv"
            << kIdentitiesHeader + identityRow("credential_expires_at", "\"Jul 19, 2023 9:25:09 PM\"") << 2
            << "credential_expires_at: expected an ISO 8601 time";
        QTest::addRow("an identity row without an identity_id names the column")
            << "no-id.csv" << kIdentitiesHeader + identityRow("identity_id", "") << 2
            << "identity_id: expected a value";
        QTest::addRow("an outcome other than allowed, denied or error names the column")
            << "bad-outcome.csv" << kActivityHeader + activityRow() + activityRow("outcome", "blocked") << 3
            << "outcome: expected allowed, denied or error, got \"blocked\"";
        QTest::addRow("an activity row without a timestamp names the column")
            << "no-timestamp.csv" << kActivityHeader + activityRow("timestamp", "") << 2 << "timestamp: expected";
        QTest::addRow("an unterminated quote names the line where it opened")
            << "open-quote.csv" << kActivityHeader + activityRow() + activityRow("resource", "\"bucket/a") << 3
            << "never closed";
    }

    void rejectsBadInput()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const QString path = write(fileName, content);
        QVERIFY(!path.isEmpty());
        CsvImporter importer;
        CollectingSink sink;
        const Status status = importer.read(path, sink);
        QVERIFY(!status.ok());
        const QString message = status.errorString();
        QVERIFY2(message.contains(fileName), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line %1:").arg(line)), qPrintable(message));
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(sink.identities.isEmpty(), "a failed inventory must emit nothing");
    }

    void streamsALargeActivityFile()
    {
        const int rows = 200'000;
        const QString path = m_dir.filePath("large-activity.csv");
        QVERIFY(writeActivity(path, rows));
        CsvImporter importer;
        CountingSink sink;
        const Status status = importer.read(path, sink);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(sink.events, qint64(rows));
        QCOMPARE(sink.identities, 0);
        QCOMPARE(sink.progressCalls, rows / 1000); // progress every 1000 rows
        QVERIFY(!sink.progressWentBackwards);
        QVERIFY(!sink.progressPastTotal);
        QCOMPARE(sink.lastDone, QFileInfo(path).size()); // the last row ends the file
    }

    void cancelsWhenTheSinkSaysSo()
    {
        const QString path = m_dir.filePath("cancelled-activity.csv");
        QVERIFY(writeActivity(path, 5000));
        CsvImporter importer;
        CollectingSink sink;
        sink.cancelAfterFirstProgress = true;
        const Status status = importer.read(path, sink);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains("cancelled"), qPrintable(status.errorString()));
        QCOMPARE(sink.events.size(), 1000); // stopped at the first progress report
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "TestCsvImporter.moc"
