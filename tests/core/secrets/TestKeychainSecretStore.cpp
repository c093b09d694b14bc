#include "core/evidence/SigningKeys.h"
#include "core/secrets/KeychainSecretStore.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUuid>

using namespace recertify;

/**
 * Against a real Secret Service (gnome-keyring in the D-Bus session the README's test command
 * starts), and against none at all: then a clear error, quickly, never a hang.
 */
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    static bool haveSessionBus() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

private slots:
    void roundTripsThroughTheRealKeychain_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addRow("plain") << QStringLiteral("s3cr3t-value");
        QTest::addRow("unicode and spaces") << QStringLiteral("pässwörd with spaces ✓");
    }

    void roundTripsThroughTheRealKeychain()
    {
        if (!haveSessionBus())
            RECERTIFY_SKIP_UNLESS_STRICT("no D-Bus session: run the README's test command, which starts gnome-keyring");
        QFETCH(QString, secret);
        KeychainSecretStore store(8000, QStringLiteral("io.recertify.Recertify.test"));
        const QString key = QStringLiteral("entra:test:") + QUuid::createUuid().toString(QUuid::Id128);
        const Status written = store.write(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        auto read = store.read(key);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read.value(), secret);
        QVERIFY(store.remove(key).ok());
        auto gone = store.read(key);
        QVERIFY(!gone.ok());
        QVERIFY2(gone.errorString().contains(key), qPrintable(gone.errorString()));
        QVERIFY(!gone.errorString().contains(secret));
    }

    void theSigningKeyIsMadeOnceAndKeptInTheKeychain()
    {
        if (!haveSessionBus())
            RECERTIFY_SKIP_UNLESS_STRICT("no D-Bus session: run the README's test command, which starts gnome-keyring");
        KeychainSecretStore store(
            8000, QStringLiteral("io.recertify.Recertify.test-signing-") + QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY(!SigningKeys::fromKeychain(store, false).ok()); // nothing made unless asked
        auto made = SigningKeys::fromKeychain(store, true);
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        auto again = SigningKeys::fromKeychain(store, true);
        QVERIFY(again.ok());
        QCOMPARE(Signer::fingerprint(again->publicPem).value(), Signer::fingerprint(made->publicPem).value());
        QVERIFY(store.remove(SigningKeys::kKeychainEntry).ok());
    }

    void noKeychainIsAClearErrorNotAHang()
    {
        // A child without a session bus: the CLI must fail at once with a reason, not wait.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/recertify-test-bus"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(RECERTIFY_CLI_PATH),
                      { QStringLiteral("secrets"), QStringLiteral("check"), QStringLiteral("entra:none:x") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("keychain")), qPrintable(err));
        QVERIFY2(timer.elapsed() < 20000, "bounded by the store's timeout");
    }

    void secretsNeverComeFromTheCommandLine()
    {
        const test::RunResult r = test::runProgram(
            QStringLiteral(RECERTIFY_CLI_PATH),
            { QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("k"), QStringLiteral("the-secret") });
        QCOMPARE(r.exitCode, 2); // a third argument is refused: the secret must come on standard input
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
