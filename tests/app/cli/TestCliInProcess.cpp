#include "app/cli/Cli.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace recertify;

/**
 * The command line run inside the test process, as the issue of a fixed clock and an in-memory
 * secret store asks: the demo estate, a campaign, its signed export and its verification, with
 * every key kept in the store the test handed over (the OS keychain is never asked).
 */
class TestCliInProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const FixedClock m_clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };
    InMemorySecretStore m_secrets;

    struct Run
    {
        int code = 0;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = cli::run(QStringList { QStringLiteral("recertify-cli"), QStringLiteral("--db"),
                                        m_dir.filePath(QStringLiteral("store.sqlite")) }
                              + args,
                          out, err, m_clock, &m_secrets);
        out.flush();
        err.flush();
        return r;
    }

private slots:
    void aCampaignIsExportedAndVerifiedWithTheKeysItWasGiven()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("RECERTIFY_SIGNING_KEY");
        const Run demo = cli({ QStringLiteral("demo"), QStringLiteral("--identities"), QStringLiteral("60") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));

        // The audit chain's end was signed with a key kept in the store the test gave: it is there now.
        const Run keys = cli({ QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("show") });
        QVERIFY2(keys.code == 0, qPrintable(keys.err));
        const QString fingerprint
            = QJsonDocument::fromJson(keys.out.toUtf8()).object().value(QStringLiteral("fingerprint")).toString();
        QVERIFY(!fingerprint.isEmpty());
        const QString publicKey = m_dir.filePath(QStringLiteral("signer.pub.pem"));
        QCOMPARE(
            cli({ QStringLiteral("keys"), QStringLiteral("export-public"), QStringLiteral("--out"), publicKey }).code,
            0);

        // The fixed clock decides what is still due: a due date before it is refused, one after it taken.
        const Run late = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("Late"), QStringLiteral("--due"), QStringLiteral("2026-11-22"),
                               QStringLiteral("--fallback-reviewer"), QStringLiteral("governance@example.com") });
        QVERIFY(late.code != 0);
        QVERIFY2(late.err.contains(QStringLiteral("2026-11-22")), qPrintable(late.err));
        const Run created = cli({ QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                                  QStringLiteral("Q1"), QStringLiteral("--due"), QStringLiteral("2026-12-31"),
                                  QStringLiteral("--fallback-reviewer"), QStringLiteral("governance@example.com") });
        QVERIFY2(created.code == 0, qPrintable(created.err));

        const QString bundle = m_dir.filePath(QStringLiteral("q1.zip"));
        const Run exported = cli({ QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), bundle });
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(fingerprint), qPrintable(exported.out));

        const Run verified = cli(
            { QStringLiteral("--json"), QStringLiteral("verify"), bundle, QStringLiteral("--trusted-key"), publicKey });
        QVERIFY2(verified.code == 0, qPrintable(verified.err + verified.out));
        const QJsonObject result = QJsonDocument::fromJson(verified.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("fingerprint")).toString(), fingerprint);

        // Another store holds another key: the same bundle is not trusted with it.
        InMemorySecretStore other;
        QString otherOut, otherErr;
        QTextStream out(&otherOut), err(&otherErr);
        QTemporaryDir elsewhere;
        const int code = cli::run({ QStringLiteral("recertify-cli"), QStringLiteral("--db"),
                                    elsewhere.filePath(QStringLiteral("other.sqlite")), QStringLiteral("keys"),
                                    QStringLiteral("export-public"), QStringLiteral("--out"),
                                    elsewhere.filePath(QStringLiteral("other.pem")) },
                                  out, err, m_clock, &other);
        QVERIFY(code != 0); // nothing signed there yet, so no key to show
        QVERIFY(!QFile::exists(elsewhere.filePath(QStringLiteral("other.pem"))));
    }
};

QTEST_MAIN(TestCliInProcess)
#include "TestCliInProcess.moc"
