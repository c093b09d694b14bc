#include "MainWindow.h"
#include "TestDatabase.h"
#include "inventory/InventoryPage.h"
#include "models/IdentityTableModel.h"
#include "models/SyncRunTableModel.h"
#include "sources/SourcesPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

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
        QCOMPARE(page->history()->index(0, SyncRunTableModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QVERIFY(page->history()->index(0, SyncRunTableModel::DetailColumn).data().toString().contains(QStringLiteral("line")));
        QCOMPARE(window.inventory()->model()->totalCount(), 0);
    }
};

QTEST_MAIN(TestSourcesPage)
#include "TestSourcesPage.moc"
