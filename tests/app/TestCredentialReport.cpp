#include "tests/support/CliFixtures.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace recertify::test;

/**
 * The IAM credential report through recertify-cli: the users' access keys, passwords and signing certificates join the
 * users the authorization details list, whichever comes first, and neither input takes away what the other said.
 * Fixtures: tests/data/aws/credential-report/ (origins in tests/data/README.md).
 */
class TestCredentialReport : public QObject
{
    Q_OBJECT

    static RunResult cli(const QString& db, const QStringList& args) { return cliOn(db, args); }
    static QString data(const QString& relative) { return fixturePath(relative); }
    static QByteArray fixture(const QString& relative) { return fixtureBytes(relative); }
    static QString written(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        return writtenIn(dir, name, bytes);
    }

    // The AWS docs' report with its two users renamed to two of the IAM API reference's users (same account).
    static QByteArray reportOfAliceAndBob()
    {
        return fixture(QStringLiteral("aws/credential-report/aws-docs-powershell-get-iamcredentialreport.csv"))
            .replace("Administrator", "Alice")
            .replace("Bill", "Bob");
    }

    static QJsonObject report(const RunResult& r) { return QJsonDocument::fromJson(r.out).object(); }

    // "type credentialId" of an identity's credentials, sorted; the identity by native id.
    static QStringList credentialsOf(const QString& db, const QString& nativeId)
    {
        const QJsonObject shown
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), nativeId }).out)
                  .object();
        QStringList out;
        for (const QJsonValue& c : shown.value(QStringLiteral("credentials")).toArray()) {
            const QJsonObject o = c.toObject();
            out << o.value(QStringLiteral("type")).toString() + u' '
                    + o.value(QStringLiteral("credentialId")).toString()
                    + (o.value(QStringLiteral("enabled")).toBool() ? QString() : QStringLiteral(" (disabled)"));
        }
        out.sort();
        return out;
    }

    static int grantsOf(const QString& db, const QString& nativeId)
    {
        return int(QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), nativeId }).out)
                       .object()
                       .value(QStringLiteral("grants"))
                       .toArray()
                       .size());
    }

    static int identityCount(const QString& db)
    {
        return int(QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out)
                       .array()
                       .size());
    }

private slots:
    // The AWS docs' example (older 16 columns): Administrator's two active keys and console password, Bill's one
    // inactive signing certificate; the root user is no workload identity.
    void readsTheUsersCredentials_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addRow("CSV, as Get-IAMCredentialReport -AsTextArray prints it")
            << "aws/credential-report/aws-docs-powershell-get-iamcredentialreport.csv";
        QTest::addRow("JSON, as aws iam get-credential-report prints it (Content in base64)")
            << "aws/credential-report/aws-cli-get-credential-report.json";
        QTest::addRow("text, as --output text prints it (Content, GeneratedTime, ReportFormat)") << "text";
        QTest::addRow("the base64 alone, as --query Content --output text prints it") << "base64";
    }

    void readsTheUsersCredentials()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QString path = data(fixture);
        if (fixture == QLatin1String("text") || fixture == QLatin1String("base64")) {
            // The CLI's JSON answer as its other output formats print it.
            const QJsonObject answer
                = QJsonDocument::fromJson(
                      this->fixture(QStringLiteral("aws/credential-report/aws-cli-get-credential-report.json")))
                      .object();
            const QByteArray content = answer.value(QStringLiteral("Content")).toString().toLatin1();
            const QByteArray generated = answer.value(QStringLiteral("GeneratedTime")).toString().toLatin1();
            path
                = written(dir, QStringLiteral("report.txt"),
                          fixture == QLatin1String("base64") ? QByteArray(content + '\n')
                                                             : QByteArray(content + '\t' + generated + "\ttext/csv\n"));
        }
        const RunResult r
            = cli(db, { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("auto"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject run = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("format")).toString(), QStringLiteral("aws-credential-report"));
        QCOMPARE(run.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(run.value(QStringLiteral("skipped")).toInt(), 1);
        const QString admin = QStringLiteral("arn:aws:iam::123456789012:user/Administrator");
        QCOMPARE(credentialsOf(db, admin),
                 QStringList({ QStringLiteral("access-key access_key_1"), QStringLiteral("access-key access_key_2"),
                               QStringLiteral("password password") }));
        QCOMPARE(credentialsOf(db, QStringLiteral("arn:aws:iam::123456789012:user/Bill")),
                 QStringList { QStringLiteral("certificate cert_1 (disabled)") });
        // The plain listing says so too, beside its dates.
        const QByteArray bill
            = cli(db, { QStringLiteral("show"), QStringLiteral("arn:aws:iam::123456789012:user/Bill") }).out;
        const qsizetype certificate = bill.indexOf("cert_1");
        QVERIFY2(certificate > 0 && bill.indexOf(", disabled\n", certificate) > certificate, bill.constData());
        const QJsonObject shown
            = QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("show"), admin }).out)
                  .object();
        // Last used: the password's 2015-04-20T15:18:32Z, the only use the older report records.
        QVERIFY2(shown.value(QStringLiteral("lastUsedAt")).toString().startsWith(QLatin1String("2015-04-20T15:18:32")),
                 qPrintable(shown.value(QStringLiteral("lastUsedAt")).toString()));
        QVERIFY2(shown.value(QStringLiteral("createdAt")).toString().startsWith(QLatin1String("2014-10-16T16:03:09")),
                 qPrintable(shown.value(QStringLiteral("createdAt")).toString()));
        // Read again: nothing changes.
        const RunResult again = cli(
            db, { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("aws-credential-report"), path });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(report(again).value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(report(again).value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(report(again).value(QStringLiteral("unchanged")).toInt(), 2);
    }

    // Whichever comes first, the users are the authorization details' users, with the report's credentials and the
    // policies' grants; reading either again takes nothing away.
    void joinsTheUsersOfTheAuthorizationDetails_data()
    {
        QTest::addColumn<bool>("reportFirst");
        QTest::addRow("authorization details, then the report") << false;
        QTest::addRow("the report, then the authorization details") << true;
    }

    void joinsTheUsersOfTheAuthorizationDetails()
    {
        QFETCH(bool, reportFirst);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString gaad = data(QStringLiteral("aws/gaad-iam-api-reference-example.json"));
        const QString csv = written(dir, QStringLiteral("report.csv"), reportOfAliceAndBob());
        QVERIFY(!csv.isEmpty());
        const QStringList importDetails { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("aws-iam"),
                                          gaad };
        const QStringList importReport { QStringLiteral("--json"), QStringLiteral("import"),
                                         QStringLiteral("aws-credential-report"), csv };
        QList<QStringList> order { importDetails, importReport };
        if (reportFirst)
            std::swap(order[0], order[1]);
        for (const QStringList& args : order) {
            const RunResult r = cli(db, args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const QString alice = QStringLiteral("AIDACKCEVSQ6C2EXAMPLE"); // Alice's UserId
        const QStringList aliceKeys { QStringLiteral("access-key access_key_1"),
                                      QStringLiteral("access-key access_key_2"), QStringLiteral("password password") };
        QCOMPARE(credentialsOf(db, alice), aliceKeys);
        const int grants = grantsOf(db, alice);
        QVERIFY(grants > 0);
        const int identities = identityCount(db);

        // Read both again: the same identities, credentials and grants.
        for (const QStringList& args : order) {
            const RunResult r = cli(db, args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(report(r).value(QStringLiteral("added")).toInt(), 0);
            QCOMPARE(report(r).value(QStringLiteral("removed")).toInt(), 0);
        }
        QCOMPARE(credentialsOf(db, alice), aliceKeys);
        QCOMPARE(grantsOf(db, alice), grants);
        QCOMPARE(identityCount(db), identities);
        // One store holds each user once: the authorization details' count, whatever came first.
        const QString alone = dir.filePath(QStringLiteral("details-only.sqlite"));
        QCOMPARE(cli(alone, importDetails).exitCode, 0);
        QCOMPARE(identities, identityCount(alone));
    }

    // Cloud Custodian's recording of a real GetCredentialReport answer (boto3 through placebo: status_code and data
    // around it, Content already decoded), whose report lists one user on two lines.
    void readsARecordedAnswerAndSaysWhatItListsTwice()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const QString path = data(QStringLiteral(
            "aws/credential-report/cloud-custodian/test_account_credential_report.iam.GetCredentialReport_1.json"));
        const RunResult r
            = cli(db, { QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("auto"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject run = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(run.value(QStringLiteral("format")).toString(), QStringLiteral("aws-credential-report"));
        // 19 users; anthony, chrissy, christopher, jeff and matt have only a console password: people, passed over.
        QCOMPARE(run.value(QStringLiteral("added")).toInt(), 14);
        const QString warnings
            = QVariant(run.value(QStringLiteral("warnings")).toArray().toVariantList()).toStringList().join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral(
                     "line 10 lists arn:aws:iam::644160558196:user/christopher again (first on line 9)")),
                 qPrintable(warnings));
    }

    // The recording of the answer while the report is still being made: an AWS error, said as one.
    void anErrorAnswerIsNoReport()
    {
        QTemporaryDir dir;
        const QString path = data(QStringLiteral("aws/credential-report/cloud-custodian/"
                                                 "test_iam_user_unused_keys_report_in_progress.iam."
                                                 "GetCredentialReport_1.json"));
        for (const QString& format : { QStringLiteral("aws-credential-report"), QStringLiteral("auto") }) {
            const RunResult r
                = cli(dir.filePath(QStringLiteral("s.sqlite")), { QStringLiteral("import"), format, path });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("an AWS error answer (ReportInProgress)"), r.err.constData());
        }
    }

    void saysWhenTheRootUserHasAnAccessKey()
    {
        QTemporaryDir dir;
        QByteArray bytes
            = fixture(QStringLiteral("aws/credential-report/aws-docs-powershell-get-iamcredentialreport.csv"));
        // The root row with its first key active (AWS advises none).
        bytes.replace("not_supported,true,false,N/A", "not_supported,true,true,2015-01-02T03:04:05+00:00");
        const QString path = written(dir, QStringLiteral("root-key.csv"), bytes);
        const RunResult r = cli(dir.filePath(QStringLiteral("s.sqlite")),
                                { QStringLiteral("import"), QStringLiteral("aws-credential-report"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            r.out.contains("line 2: the root user of account 123456789012 has an active access key (access_key_1)"),
            r.out.constData());
    }

    // A key made before AWS began recording use (2015-04-22) whose last use is N/A was not used since then: dormant in
    // a report made long after, never "never used"; one made after that day was never used.
    void aKeyOlderThanTrackingIsDormantNotNeverUsed()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        const RunResult r = cli(db,
                                { QStringLiteral("import"), QStringLiteral("aws-credential-report"),
                                  data(QStringLiteral("aws/credential-report/cloud-custodian/"
                                                      "test_iam_user_unused_keys.iam.GetCredentialReport_2.json")) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Users it leaves out are for the account's export to retire, and it says so.
        QVERIFY2(r.out.contains("retired nothing: a credential report says how each user's password and keys are used"),
                 r.out.constData());
        QHash<QString, QStringList> found; // user -> "type: detail"
        for (const QJsonValue f :
             QJsonDocument::fromJson(cli(db, { QStringLiteral("--json"), QStringLiteral("findings") }).out).array()) {
            const QJsonObject o = f.toObject();
            found[o.value(QStringLiteral("displayName")).toString()] << o.value(QStringLiteral("type")).toString()
                    + QStringLiteral(": ") + o.value(QStringLiteral("detail")).toString();
        }
        for (const char* user : { "charmworld", "Hazmat" }) {
            const QStringList of = found.value(QLatin1String(user));
            QVERIFY2(of.contains(QStringLiteral("dormant: not used from 2015-04-22, when AWS began recording use, to "
                                                "the credential report of 2016-11-25")),
                     qPrintable(of.join(u'\n')));
            QVERIFY2(std::none_of(of.cbegin(), of.cend(),
                                  [](const QString& t) { return t.startsWith(QLatin1String("never-used")); }),
                     qPrintable(of.join(u'\n')));
        }
        QVERIFY2(
            found.value(QStringLiteral("kapilt"))
                .contains(QStringLiteral(
                    "never-used: never used from its creation on 2015-10-04 to the credential report of 2016-11-25")),
            qPrintable(found.value(QStringLiteral("kapilt")).join(u'\n')));
    }

    // A report cut inside a row or a value, or with a value that is no time or flag, is refused naming the file,
    // the line and the column; the store is as it was.
    void aCutOrDamagedReportIsRefused_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("said");
        QTest::addRow("cut inside Bill's row")
            << QByteArray(",false,N/A,false,N/A,false,2015-04-20T20:00:12+00:00,false,N/A\n")
            << QByteArray(",false,N/A,fal") << "line 4: 11 fields, but the header has 16";
        QTest::addRow("a time that is none") << QByteArray(",2014-12-03T18:53:41+00:00,") << QByteArray(",2014-12-3rd,")
                                             << "line 3, column access_key_1_last_rotated: expected a time";
        QTest::addRow("a flag that is neither")
            << QByteArray(",N/A,false,true,2014-12-03") << QByteArray(",N/A,false,yes,2014-12-03")
            << "line 3, column access_key_1_active: expected true or false";
    }

    void aCutOrDamagedReportIsRefused()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(cli(db,
                     { QStringLiteral("import"), QStringLiteral("aws-iam"),
                       data(QStringLiteral("aws/gaad-iam-api-reference-example.json")) })
                     .exitCode,
                 0);
        const QByteArray before = cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out;
        QByteArray bytes
            = fixture(QStringLiteral("aws/credential-report/aws-docs-powershell-get-iamcredentialreport.csv"));
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        const QString path = written(dir, QStringLiteral("damaged.csv"), bytes);
        for (const QString& format : { QStringLiteral("aws-credential-report"), QStringLiteral("auto") }) {
            const RunResult r = cli(db, { QStringLiteral("import"), format, path });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains(said.toUtf8()), r.err.constData());
        }
        QCOMPARE(cli(db, { QStringLiteral("--json"), QStringLiteral("identities") }).out, before);
    }
};

QTEST_GUILESS_MAIN(TestCredentialReport)
#include "TestCredentialReport.moc"
