#include "core/review/ReviewService.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/storage/ChangeWatcher.h"
#include "core/storage/SqlUtil.h"
#include "core/team/TeamConnection.h"
#include "core/team/TeamService.h"
#include "tests/support/CampaignEstate.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/reviews/ReviewQueuePage.h"
#include "ui/team/ConnectDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUuid>

using namespace recertify;

namespace {

struct Estate
{
    qint64 campaign = 0;
    QString reviewer;
    int items = 0;
};

Estate prepare(const DatabasePtr& database)
{
    const test::CampaignEstate estate = test::openCampaign(database, 80, 13);
    return { estate.campaign, estate.reviewers.value(0), int(estate.itemCounts.value(0)) };
}

QString login(const QString& stem)
{
    return stem + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

/** What each team role sees in the desktop app, live refresh between desktops, and the connection dialog. */
class TestTeamPages : public QObject
{
    Q_OBJECT

private slots:
    void theWindowShowsWhatTheSignedInRoleMayDo_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("decides");
        QTest::addColumn<bool>("manages");
        QTest::newRow("reviewer") << "reviewer" << true << false;
        QTest::newRow("auditor") << "auditor" << false << false;
        QTest::newRow("manager") << "manager" << true << true;
    }

    void theWindowShowsWhatTheSignedInRoleMayDo()
    {
        QFETCH(QString, role);
        QFETCH(bool, decides);
        QFETCH(bool, manages);
        RECERTIFY_OPEN_DB(store, QStringLiteral("postgresql"));
        const Estate estate = prepare(store.database());
        QVERIFY(estate.items > 0);
        TeamService team(store.database());
        QVERIFY(team.initialise(QStringLiteral("owner")));
        const QString name = login(role);
        const QString email = role == QLatin1String("auditor") ? QStringLiteral("audrey@example.com") : estate.reviewer;
        QVERIFY(team.addMember(email, *TeamService::roleFromName(role), name, QString(), QStringLiteral("owner")));
        auto client = Database::open(store.locationAs(name));
        QVERIFY2(client, qPrintable(client.errorString()));

        MainWindow window(client.value(), std::make_shared<InMemorySecretStore>());
        window.resize(1280, 800);
        window.show();
        QCOMPARE(TeamService::roleName(window.session().role), role);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedIn"))->text().contains(email));
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        auto* reviewer = window.findChild<QComboBox*>(QStringLiteral("reviewAs"));
        if (decides) {
            QVERIFY(!reviewer->isEnabled()); // nobody in team mode decides as someone else
            QCOMPARE(reviewer->currentText(), email);
        } else {
            QVERIFY(reviewer->isEnabled()); // an auditor reads every reviewer's queue…
            QVERIFY(reviewer->count() > 1);
            QVERIFY(window.reviews()->queue()->count() > 0);
            QVERIFY(!window.reviews()->findChild<QPlainTextEdit*>()->isEnabled()); // …and answers nothing
        }
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("decideButton"))->isHidden(), !decides);
        if (role != QLatin1String("auditor"))
            QCOMPARE(window.reviews()->queue()->count(), estate.items);
        QVERIFY(window.showSection(QStringLiteral("campaigns")));
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("closeCampaign"))->isHidden(), !manages);
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("campaignTriggers"))->isHidden(), !manages);
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("importButton"))->isHidden(), !manages);
    }

    void aDecisionOnAnotherDesktopShowsUpHere_data() { test::engineRows(); }

    void aDecisionOnAnotherDesktopShowsUpHere()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        const Estate estate = prepare(store.database());
        QVERIFY(estate.items > 1);
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        window.changeWatcher()->setPollInterval(100);
        QVERIFY(window.changeWatcher()->isListening());
        window.show();
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        window.reviews()->show(estate.campaign, estate.reviewer);
        QListWidget* queue = window.reviews()->queue();
        QCOMPARE(queue->count(), estate.items);
        QCOMPARE(queue->currentRow(), 0);
        auto* progress = window.reviews()->findChild<QLabel*>(QStringLiteral("reviewProgress"));
        QVERIFY(progress);
        QVERIFY(progress->text().startsWith(QStringLiteral("0 of")));

        // The same reviewer on their other desktop: its own connection, its own decision.
        auto other = Database::open(store.location());
        QVERIFY(other);
        auto items = ReviewService(other.value()).items(estate.campaign, estate.reviewer);
        QVERIFY(items && !items->isEmpty());
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = items->first().id;
        d.decidedBy = estate.reviewer;
        d.justification = QStringLiteral("decided on the laptop");
        d.ownership = QStringLiteral("reassign");
        d.ownershipTarget = QStringLiteral("ada@example.com");
        QVERIFY(ReviewService(other.value()).decide(d));

        QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(QStringLiteral("1 of")), 10000);
        QVERIFY(queue->item(0)->text().startsWith(QStringLiteral("✓")));
        // The item on screen was the one decided elsewhere: the reviewer is told, the form is left alone.
        QVERIFY(window.reviews()
                    ->findChild<QLabel*>(QStringLiteral("reviewMessage"))
                    ->text()
                    .contains(QStringLiteral("another desktop")));
        QVERIFY(!window.reviews()->decideCurrent());
    }

    void theConnectionDialogKeepsThePasswordOutOfTheSettings()
    {
        ConnectDialog dialog({ QStringLiteral("localhost"), 5432, QStringLiteral("recertify"), QStringLiteral("ben") });
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral("governance-db.example.com"));
        dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(6432);
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("bad name;"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("hunter2-team"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // stays open, naming the field
        if (const QString shots = qEnvironmentVariable("RECERTIFY_SHOTS"); !shots.isEmpty()) // for the docs
            dialog.grab().save(shots + QStringLiteral("/connect-dialog.png"));
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("connectError"))->text().startsWith(QStringLiteral("Database:")));
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("recertify"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.url(), QStringLiteral("postgresql://ben@governance-db.example.com:6432/recertify"));
        QVERIFY(dialog.rememberPassword());

        // The real keychain (gnome-keyring under the test command) holds the password; the settings file does not.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            RECERTIFY_SKIP_UNLESS_STRICT("no D-Bus session: run the README's test command to test the keychain");
        KeychainSecretStore keychain;
        QVERIFY2(TeamConnection::rememberPassword(keychain, dialog.url(), dialog.password()), "kept in the keychain");
        auto resolved = TeamConnection::withPassword(keychain, dialog.url());
        QVERIFY2(resolved, qPrintable(resolved.errorString()));
        QCOMPARE(QUrl(resolved.value()).password(), QStringLiteral("hunter2-team"));
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("recertify.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            QVERIFY(!TeamConnection::saveLastStore(settings, resolved.value())); // refused: it carries the password
            QVERIFY(TeamConnection::saveLastStore(settings, dialog.url()));
            QCOMPARE(TeamConnection::lastStore(settings), dialog.url());
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("governance-db.example.com"));
        QVERIFY(!written.contains("hunter2"));
        QVERIFY(TeamConnection::rememberPassword(keychain, dialog.url(), QString())); // forgotten again
        QCOMPARE(TeamConnection::withPassword(keychain, dialog.url()).value(), dialog.url());
    }
};

QTEST_MAIN(TestTeamPages)
#include "TestTeamPages.moc"
