#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/Controls.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"

#include <QAccessible>
#include <QListWidget>
#include <QTest>

using namespace recertify;

/**
 * What a screen reader says for every control of every section, on an estate and on an empty store:
 * each one that can take the keyboard or a click must have a name (its own text, a label's buddy,
 * or setAccessibleName).
 */
class TestAccessibleNames : public QObject
{
    Q_OBJECT

    static QStringList unnamed(QWidget* root)
    {
        QStringList out;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!test::isOwnControl(w, root))
                continue;
            QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
            const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty() || name == QLatin1String("&"))
                out << QStringLiteral("%1 (%2) in %3")
                           .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                w->parentWidget() ? w->parentWidget()->objectName() : QString());
        }
        return out;
    }

private slots:
    void everyControlOfEverySectionHasAName_data()
    {
        QTest::addColumn<bool>("estate");
        QTest::newRow("an estate") << true;
        QTest::newRow("an empty store") << false;
    }

    void everyControlOfEverySectionHasAName()
    {
        QFETCH(bool, estate);
        test::TestDatabase store;
        if (estate) {
            const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
            QVERIFY(DemoEstate::generate(*store.database(), { 120, 3, false }, clock).ok());
            QVERIFY(AnalysisService(store.database(), clock).run().ok());
        }
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        window.show();
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QStringList missing;
        for (int section = 0; section < sidebar->count(); ++section) {
            sidebar->setCurrentRow(section);
            QCoreApplication::processEvents();
            for (const QString& control : unnamed(&window))
                if (!missing.contains(control))
                    missing << control;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("\n") + missing.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
