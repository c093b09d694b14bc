#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TranslationScope.h"
#include "ui/MainWindow.h"
#include "ui/campaigns/NewCampaignDialog.h"
#include "ui/campaigns/TemplatesDialog.h"
#include "ui/campaigns/TriggersDialog.h"
#include "ui/sources/AwsSourceDialog.h"
#include "ui/sources/EntraSourceDialog.h"
#include "ui/sources/GitHubSourceDialog.h"
#include "ui/sources/K8sSourceDialog.h"
#include "ui/team/ConnectDialog.h"
#include "ui/team/WhoAreYouDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

using namespace recertify;

/**
 * Alt+letter reaches a control only when one control in the window claims the letter: two claims and Qt fires
 * neither. For every section of the main window (with its menu bar) and every dialog, in English, German and
 * French, no two visible controls share a mnemonic.
 */
class TestMnemonics : public QObject
{
    Q_OBJECT

    // Who claims which Alt+letter among what the user sees of this window.
    static QStringList clashes(QWidget* window)
    {
        QHash<QString, QStringList> claims;
        auto claim = [&](const QString& text, const QString& who) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                claims[key.toString()] << QStringLiteral("%1 \"%2\"").arg(who, text);
        };
        if (auto* bar = window->findChild<QMenuBar*>()) {
            for (QAction* menu : bar->actions())
                claim(menu->text(), QStringLiteral("menu"));
        }
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window))
                continue;
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                claim(button->text(), QStringLiteral("button"));
            else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                claim(label->text(), QStringLiteral("label"));
            else if (auto* group = qobject_cast<QGroupBox*>(w))
                claim(group->title(), QStringLiteral("group"));
            else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    claim(tabs->tabText(i), QStringLiteral("tab"));
            }
        }
        QStringList out;
        for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
            if (it.value().size() > 1)
                out << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
        }
        return out;
    }

private slots:
    void noTwoControlsShareAMnemonic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << "en";
        QTest::addRow("German") << "de";
        QTest::addRow("French") << "fr";
    }

    void noTwoControlsShareAMnemonic()
    {
        QFETCH(QString, language);
        const test::TranslationScope translation(language);
        QVERIFY(translation.ok());
        test::TestDatabase store;
        const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoEstate::generate(*store.database(), { 120, 3, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        InMemorySecretStore secrets;
        QStringList found;
        {
            MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
            window.show();
            auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
            // The catalogue is in use: the first section is not called by its English name.
            QCOMPARE(sidebar->item(0)->text() == QLatin1String("Inventory"), language == QLatin1String("en"));
            for (int section = 0; section < sidebar->count(); ++section) {
                sidebar->setCurrentRow(section);
                QCoreApplication::processEvents();
                for (const QString& clash : clashes(&window))
                    found << sidebar->item(section)->text() + QStringLiteral(": ") + clash;
            }
        }
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(new NewCampaignDialog(store.database(), QStringLiteral("gov@example.com")));
        dialogs.emplace_back(new TemplatesDialog(store.database()));
        dialogs.emplace_back(new TriggersDialog(store.database()));
        dialogs.emplace_back(new AwsSourceDialog);
        dialogs.emplace_back(new K8sSourceDialog);
        dialogs.emplace_back(new GitHubSourceDialog(secrets));
        dialogs.emplace_back(new EntraSourceDialog(secrets));
        dialogs.emplace_back(new ConnectDialog(TeamServer {}));
        dialogs.emplace_back(new WhoAreYouDialog({}, QString()));
        for (const auto& dialog : dialogs) {
            dialog->show();
            QCoreApplication::processEvents();
            for (const QString& clash : clashes(dialog.get()))
                found << dialog->windowTitle() + QStringLiteral(": ") + clash;
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
