#include "core/secrets/SecretStore.h"
#include "core/storage/SqlUtil.h"
#include "tests/support/ReplayServer.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/models/IdentityTableModel.h"
#include "ui/models/SyncRunTableModel.h"
#include "ui/sources/AwsSourceDialog.h"
#include "ui/sources/EntraSourceDialog.h"
#include "ui/sources/GitHubSourceDialog.h"
#include "ui/sources/K8sSourceDialog.h"
#include "ui/sources/SourcesPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace recertify;

/** Imports through the Sources page as a user would: pick files, Import, read the outcome and the history. */
class TestSourcesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(content);
        return path;
    }

    static QByteArray gaad()
    {
        return R"({"UserDetailList":[{"UserId":"AIDA1","UserName":"ci-bot","Arn":"arn:aws:iam::1:user/ci-bot","CreateDate":"2025-01-01T00:00:00Z",
            "UserPolicyList":[{"PolicyName":"p","PolicyDocument":{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}}]}],
            "RoleDetailList":[{"RoleId":"AROA1","RoleName":"agent-role","Arn":"arn:aws:iam::1:role/agent-role","CreateDate":"2025-01-01T00:00:00Z","RoleLastUsed":{}}],
            "GroupDetailList":[],"Policies":[]})";
    }

    /** Every label with a mnemonic points at its field, or the "&" shows as text and Alt+key does nothing. */
    static QStringList labelsWithoutBuddy(QWidget* dialog)
    {
        QStringList out;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->text().contains(u'&') && !label->text().contains(QLatin1String("&&")) && !label->buddy())
                out << label->text();
        return out;
    }

private slots:
    void importsAndShowsTheHistory()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        MainWindow window(store.database());
        window.show();
        SourcesPage* page = window.sources();
        QAbstractItemModelTester tester(page->history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        QVERIFY(importButton && message);
        QVERIFY(!importButton->isEnabled()); // nothing to import yet

        page->selectFormat(QStringLiteral("aws-iam"));
        page->addInputs({ write(QStringLiteral("gaad.json"), gaad()) });
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 1, 10000);
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Done: 2 added")));
        QCOMPARE(page->history()->index(0, SyncRunTableModel::StatusColumn).data().toString(), QStringLiteral("Done"));
        QCOMPARE(page->history()->index(0, SyncRunTableModel::AddedColumn).data().toInt(), 2);
        // The inventory follows without a restart.
        QTRY_COMPARE(window.inventory()->model()->totalCount(), 2);
    }

    void detectsTheFormatOrSaysWhatAFileIs_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("said"); // in the message, beside the file's name
        QTest::addColumn<int>("added");
        QTest::addRow("an AWS export is recognised and said complete for its account")
            << "real/aws/iam-authorization-details.cloudsplaining.json"
            << "Complete for aws account:012345678901/roles" << 6;
        QTest::addRow("a Graph error body is named as one") << "entra/graph-error-authorization-requestdenied.json"
                                                            << "Microsoft Graph error" << 0;
    }

    void detectsTheFormatOrSaysWhatAFileIs()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, said);
        QFETCH(int, added);
        test::TestDatabase store;
        QVERIFY(store.database());
        MainWindow window(store.database());
        window.show();
        SourcesPage* page = window.sources();
        auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        page->selectFormat(QStringLiteral("auto"));
        const QString path = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + fixture;
        page->addInputs({ path });
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(said), qPrintable(message->text()), 10000);
        if (added == 0) {
            QVERIFY2(message->text().startsWith(QStringLiteral("Nothing was changed."))
                         && message->text().contains(path),
                     qPrintable(message->text()));
        } else {
            QTRY_COMPARE(page->history()->index(0, SyncRunTableModel::AddedColumn).data().toInt(), added);
            QVERIFY(page->history()
                        ->index(0, SyncRunTableModel::CompleteForColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("account:012345678901")));
        }
        QTRY_COMPARE(window.inventory()->model()->totalCount(), added);
    }

    // A folder of several kinds (a manifest beside an audit log) imports each kind in its own run, one after the
    // other, and says what each did; it was read whole as its first file's kind, leaving the manifest out.
    void aFolderOfSeveralKindsImportsEachKind()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        MainWindow window(store.database());
        window.show();
        SourcesPage* page = window.sources();
        auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mixed")));
        for (const char* fixture : { "k8s/dashboard-recommended.yaml", "k8s/audit-small.jsonl" }) {
            QFile in(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + QLatin1String(fixture));
            QVERIFY(in.open(QIODevice::ReadOnly));
            write(QStringLiteral("mixed/") + QString::fromLatin1(fixture).section(u'/', -1), in.readAll());
        }
        page->selectFormat(QStringLiteral("auto"));
        page->addInputs({ m_dir.filePath(QStringLiteral("mixed")) });
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("Kubernetes audit log")), 10000);
        QVERIFY2(message->text().startsWith(QLatin1String("Kubernetes RBAC")), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(QLatin1String("Nothing was changed")), qPrintable(message->text()));
        // The dashboard's service account from the manifest, and the three seen only in the audit log.
        QTRY_COMPARE(window.inventory()->model()->totalCount(), 4);
    }

    // Calico's operator manifest, then its later release: the page says what the operator's account gained and lost.
    void aNewReleaseSaysWhatItsGrantsGained()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        MainWindow window(store.database());
        window.resize(1280, 800);
        window.show();
        window.showSection(QStringLiteral("sources"));
        SourcesPage* page = window.sources();
        auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        const QString releases = QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/calico-operator-releases/");
        page->selectFormat(QStringLiteral("k8s-rbac"));
        page->addInputs({ releases + QStringLiteral("1-tigera-operator.yaml") });
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 1, 10000);
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Done: 1 added")));
        QVERIFY2(!message->text().contains(QLatin1String("Changed:")), qPrintable(message->text()));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("clearInputsButton")), Qt::LeftButton);
        page->addInputs({ releases + QStringLiteral("2-tigera-operator.yaml") });
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 2, 10000);
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Done: 0 added, 1 changed")));
        QVERIFY2(message->text().contains(QLatin1String("Changed: tigera-operator/tigera-operator: 20 grant(s) added: "
                                                        "create validatingadmissionpolicies")),
                 qPrintable(message->text()));
        if (const QString shots = qEnvironmentVariable("RECERTIFY_TEST_SCREENSHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/sources-release-changed.png"));
    }

    void aBrokenFileIsReportedAndChangesNothing()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        MainWindow window(store.database());
        window.show();
        SourcesPage* page = window.sources();
        auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        QByteArray cut = gaad();
        cut.chop(30);
        const QString broken = write(QStringLiteral("broken.json"), cut);
        page->selectFormat(QStringLiteral("aws-iam"));
        page->addInputs({ broken });
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 1, 10000);
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Nothing was changed.")));
        QVERIFY2(message->text().contains(broken), qPrintable(message->text()));
        QCOMPARE(page->history()->index(0, SyncRunTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Failed"));
        QVERIFY(page->history()
                    ->index(0, SyncRunTableModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("line")));
        QCOMPARE(window.inventory()->model()->totalCount(), 0);
    }

    // The Kubernetes docs' CronJob is applied with kubectl apply -n, and nothing in it says where: the page asks which
    // namespace and imports again.
    void asksTheNamespaceOfManifestsThatNameNone()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        MainWindow window(store.database());
        window.show();
        SourcesPage* page = window.sources();
        auto* importButton = page->findChild<QPushButton*>(QStringLiteral("importButton"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        page->selectFormat(QStringLiteral("k8s-rbac"));
        page->addInputs({ QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/k8s/k8sdocs-cronjob-hello.yaml") });
        QString asked;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                asked = dialog->labelText();
                dialog->setTextValue(QStringLiteral("batch"));
                dialog->accept();
                answer.stop();
            }
        });
        answer.start();
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 2, 15000); // the refused run, then the one in batch
        QVERIFY2(asked.contains(QStringLiteral("kubectl apply -n")), qPrintable(asked));
        QTRY_VERIFY2(message->text().startsWith(QStringLiteral("Done: 1 added")), qPrintable(message->text()));
        QTRY_COMPARE(window.inventory()->model()->totalCount(), 1);
    }

    void connectsAndSyncsALiveTenant()
    {
        // A loopback Graph: a token, one page of service principals, nothing else.
        test::ReplayServer server([](const test::ReplayServer::Request& r) -> test::ReplayServer::Response {
            if (r.target.endsWith("/token"))
                return { 200, R"({"token_type":"Bearer","access_token":"tok","expires_in":3600})", {} };
            if (r.headers.value("authorization") != "Bearer tok")
                return { 401, R"({"error":{"message":"no token"}})", {} };
            if (r.target.startsWith("/v1.0/servicePrincipals?"))
                return {
                    200,
                    R"({"value":[{"id":"aaaa-1","appId":"app-1","displayName":"support-copilot","servicePrincipalType":"ServiceIdentity","accountEnabled":true},
                                           {"id":"bbbb-2","appId":"app-2","displayName":"ci-deployer","servicePrincipalType":"Application","accountEnabled":true}]})",
                    {}
                };
            return { 200, R"({"value":[]})", {} };
        });
        QVERIFY(server.listen());
        test::TestDatabase store;
        QVERIFY(store.database());
        auto secrets = std::make_shared<InMemorySecretStore>();
        MainWindow window(store.database(), secrets);
        window.show();
        SourcesPage* page = window.sources();
        page->beforeDialogShows = [&server](EntraSourceDialog& dialog) {
            dialog.fill(QStringLiteral("Contoso"), QStringLiteral("contoso"), QStringLiteral("client-1"),
                        QStringLiteral("top-secret-1"), server.baseUrl(),
                        server.baseUrl() + QStringLiteral("/contoso/oauth2/v2.0/token"));
            QTimer::singleShot(0, &dialog, &QDialog::accept);
        };
        auto* connectButton = page->findChild<QPushButton*>(QStringLiteral("connectEntra"));
        QVERIFY(connectButton);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(secrets->read(QStringLiteral("entra:contoso:client-1")).value(), QStringLiteral("top-secret-1"));

        // The store keeps the name of the keychain entry, never the secret.
        {
            // Scoped: an open statement would pin this connection's read snapshot in WAL mode.
            auto q = sql::run(store.database()->connection(),
                              QStringLiteral("SELECT COUNT(*) FROM sources WHERE config_json LIKE '%top-secret%' OR "
                                             "secret_key_name LIKE '%top-secret%'"));
            QVERIFY(q.ok() && q->next());
            QCOMPARE(q->value(0).toInt(), 0);
        }

        auto* sync = page->findChild<QPushButton*>(QStringLiteral("syncLive"));
        QVERIFY(sync && sync->isEnabled());
        QTest::mouseClick(sync, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 1, 10000);
        QVERIFY2(page->history()->index(0, SyncRunTableModel::StatusColumn).data().toString() == QStringLiteral("Done"),
                 qPrintable(page->history()->index(0, SyncRunTableModel::DetailColumn).data().toString()));
        QCOMPARE(page->history()->index(0, SyncRunTableModel::AddedColumn).data().toInt(), 2);
        QTRY_COMPARE(window.inventory()->model()->totalCount(), 2);
    }

    void connectsAClusterAndSyncsItWhenDue()
    {
        // A loopback API server with one service account; the other lists are empty.
        test::ReplayServer server([](const test::ReplayServer::Request& r) -> test::ReplayServer::Response {
            if (r.headers.value("authorization") != "Bearer reader-token")
                return { 401, R"({"kind":"Status","reason":"Unauthorized","message":"Unauthorized","code":401})", {} };
            if (r.target.startsWith("/api/v1/serviceaccounts?"))
                return { 200,
                         R"({"kind":"ServiceAccountList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[
                                  {"metadata":{"name":"deploy-agent","namespace":"ci","creationTimestamp":"2026-01-05T10:00:00Z"}}]})",
                         {} };
            return { 200, R"({"kind":"List","apiVersion":"v1","metadata":{},"items":[]})", {} };
        });
        QVERIFY(server.listen());
        const QString config
            = write(QStringLiteral("kubeconfig"),
                    QStringLiteral(
                        "apiVersion: v1\nkind: Config\nclusters:\n- name: lab\n  cluster: {server: '%1'}\ncontexts:\n"
                        "- name: lab-admin\n  context: {cluster: lab, user: reader}\n- name: other\n  context: "
                        "{cluster: lab, user: reader}\n"
                        "current-context: lab-admin\nusers:\n- name: reader\n  user: {token: reader-token}\n")
                        .arg(server.baseUrl())
                        .toUtf8());
        test::TestDatabase store;
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        window.show();
        SourcesPage* page = window.sources();
        auto* every = page->findChild<QComboBox*>(QStringLiteral("syncEvery"));
        QVERIFY(every);
        every->setCurrentIndex(every->findData(3600));
        QStringList offered;
        QStringList unbound;
        page->beforeK8sDialogShows = [&](K8sSourceDialog& dialog) {
            unbound = labelsWithoutBuddy(&dialog);
            dialog.fill(QStringLiteral("Lab cluster"), config, QString());
            auto* context = dialog.findChild<QComboBox*>(QStringLiteral("k8sContext"));
            for (int i = 0; i < context->count(); ++i)
                offered << context->itemText(i);
            QTimer::singleShot(0, &dialog, &QDialog::accept);
        };
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("connectKubernetes")), Qt::LeftButton);
        QCOMPARE(offered, (QStringList { "lab-admin", "other" }));
        QCOMPARE(unbound, QStringList());
        auto* live = page->findChild<QListWidget*>(QStringLiteral("liveSources"));
        QCOMPARE(live->count(), 1);
        QVERIFY2(live->item(0)->text().contains("synced every 1h, never synced yet, due"),
                 qPrintable(live->item(0)->text()));

        // Due (never synced): the schedule starts it in a worker; then it is not due again for an hour.
        QVERIFY(page->runDueSource());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Syncing Lab cluster (scheduled)")));
        auto* busy = window.findChild<QProgressBar*>(QStringLiteral("syncProgress"));
        QVERIFY(busy && busy->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 1, 10000);
        QCOMPARE(page->history()->index(0, SyncRunTableModel::AddedColumn).data().toInt(), 1);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Lab cluster synced: 1 added")));
        QVERIFY(!busy->isVisible());
        QVERIFY2(live->item(0)->text().contains("synced every 1h, last "), qPrintable(live->item(0)->text()));
        QVERIFY(!live->item(0)->text().contains("due"));
        QVERIFY(!page->runDueSource());
        QTRY_COMPARE(window.inventory()->model()->totalCount(), 1);
    }

    void connectsAGitHubOrganisationWithATokenInTheKeychain()
    {
        test::ReplayServer server([](const test::ReplayServer::Request& r) -> test::ReplayServer::Response {
            if (r.headers.value("authorization") != "Bearer ghp_example_token")
                return { 401, R"({"message":"Bad credentials"})", {} };
            if (r.target.startsWith("/orgs/octo-org/installations"))
                return { 200, R"({"total_count":0,"installations":[]})", {} };
            if (r.target.startsWith("/orgs/octo-org/audit-log"))
                return { 404, R"({"message":"Not Found"})", {} };
            return { 200, "[]", {} };
        });
        QVERIFY(server.listen());
        test::TestDatabase store;
        auto secrets = std::make_shared<InMemorySecretStore>();
        MainWindow window(store.database(), secrets);
        window.show();
        SourcesPage* page = window.sources();
        QStringList unbound;
        page->beforeGitHubDialogShows = [&server, &unbound](GitHubSourceDialog& dialog) {
            unbound = labelsWithoutBuddy(&dialog);
            dialog.fill(QStringLiteral("Octo"), QStringLiteral("octo-org"), server.baseUrl(), QString(),
                        QStringLiteral("ghp_example_token"));
            QTimer::singleShot(0, &dialog, &QDialog::accept);
        };
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("connectGitHub")), Qt::LeftButton);
        QCOMPARE(unbound, QStringList());
        QCOMPARE(secrets->read(QStringLiteral("github:octo-org")).value(), QStringLiteral("ghp_example_token"));
        auto* live = page->findChild<QListWidget*>(QStringLiteral("liveSources"));
        QCOMPARE(live->count(), 1);
        QVERIFY2(live->item(0)->text().startsWith("Octo — GitHub organisation octo-org"),
                 qPrintable(live->item(0)->text()));
        QVERIFY(page->syncLiveSource(QStringLiteral("Octo")));
        QTRY_COMPARE_WITH_TIMEOUT(page->history()->rowCount(), 1, 10000);
        QCOMPARE(page->history()->index(0, SyncRunTableModel::StatusColumn).data().toString(), QStringLiteral("Done"));
        // The audit log is GitHub Enterprise Cloud only: said, not failed.
        auto* message = page->findChild<QLabel*>(QStringLiteral("importMessage"));
        QVERIFY2(message->text().contains("cannot read the audit log"), qPrintable(message->text()));
    }

    void connectsAnAwsAccountByProfileName()
    {
        // An AWS CLI config with a role to assume; the dialog offers its profiles and stores only the name.
        const QString config = write(QStringLiteral("aws-config"),
                                     "[default]\nregion = us-east-1\n\n[profile auditor]\nrole_arn = "
                                     "arn:aws:iam::123456789012:role/RecertifyReader\n"
                                     "source_profile = base\n");
        const QString credentials = write(QStringLiteral("aws-credentials"),
                                          "[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = "
                                          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        qputenv("AWS_CONFIG_FILE", config.toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", credentials.toUtf8());
        test::TestDatabase store;
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        window.show();
        SourcesPage* page = window.sources();
        QStringList offered;
        QString refused;
        page->beforeAwsDialogShows = [&](AwsSourceDialog& dialog) {
            auto* profiles = dialog.findChild<QComboBox*>(QStringLiteral("awsProfile"));
            for (int i = 0; i < profiles->count(); ++i)
                offered << profiles->itemText(i);
            // A typo is caught on Save, with the reason beside the form.
            dialog.fill(QStringLiteral("Production"), QStringLiteral("audtor"), QString());
            dialog.accept();
            for (QLabel* label : dialog.findChildren<QLabel*>())
                if (!label->isHidden() && label->text().contains(QStringLiteral("audtor")))
                    refused = label->text();
            dialog.fill(QStringLiteral("Production"), QStringLiteral("auditor"), QStringLiteral("eu-central-1"));
            QTimer::singleShot(0, &dialog, &QDialog::accept);
        };
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("connectAws")), Qt::LeftButton);
        qunsetenv("AWS_CONFIG_FILE");
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        QCOMPARE(offered, (QStringList { "", "auditor", "base", "default" }));
        QVERIFY2(refused.contains(QStringLiteral("no AWS profile named \"audtor\"")), qPrintable(refused));
        auto* live = page->findChild<QListWidget*>(QStringLiteral("liveSources"));
        QCOMPARE(live->count(), 1);
        QVERIFY2(live->item(0)->text().startsWith("Production — AWS account, profile auditor"),
                 qPrintable(live->item(0)->text()));
        QFile stored(store.location());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains("wJalrXUtnFEMI"));
    }
};

QTEST_MAIN(TestSourcesPage)
#include "TestSourcesPage.moc"
