#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/review/CampaignService.h"
#include "core/secrets/SecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TranslationScope.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace recertify;

/**
 * German and French run longer than English: every page, at the window's default size, in each language, shows
 * its labels, buttons, choices, tabs and column headers whole. A text cut short is a failure naming the page and the
 * text.
 */
class TestLabelsFit : public QObject
{
    Q_OBJECT

    static QStringList cut(QWidget* window)
    {
        QStringList out;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window) || w->width() <= 1)
                continue;
            if (auto* label = qobject_cast<QLabel*>(w)) {
                // Wrapping labels and rich text lay themselves out; a single line must fit its width.
                // What shows: a mnemonic's & is not drawn, && draws one.
                const QString shown = QString(label->text())
                                          .replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                                          .remove(u'&')
                                          .replace(u'\x01', u'&');
                const int needed = label->fontMetrics().horizontalAdvance(shown);
                if (!label->wordWrap() && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text())
                    && !shown.isEmpty() && label->pixmap().isNull() && needed > label->contentsRect().width() + 1)
                    out << QStringLiteral("label \"%1\" (%2 px in %3)")
                               .arg(shown)
                               .arg(needed)
                               .arg(label->contentsRect().width());
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                    out << QStringLiteral("button \"%1\" (%2 px in %3)")
                               .arg(button->text())
                               .arg(button->sizeHint().width())
                               .arg(button->width());
            } else if (auto* combo = qobject_cast<QComboBox*>(w); combo && !combo->isEditable()) {
                // The choice shown (a campaign, the reviewer's address) is read whole, beside the arrow.
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = false;
                option.frame = combo->hasFrame();
                const int room = combo->style()
                                     ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                                     .width();
                const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
                if (!combo->currentText().isEmpty() && needed > room + 1)
                    out << QStringLiteral("choice \"%1\" (%2 px in %3)")
                               .arg(combo->currentText())
                               .arg(needed)
                               .arg(room);
            } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) > tabs->tabRect(i).width())
                        out << QStringLiteral("tab \"%1\"").arg(tabs->tabText(i));
                }
            } else if (auto* header = qobject_cast<QHeaderView*>(w);
                       header && header->orientation() == Qt::Horizontal && header->model()) {
                for (int section = 0; section < header->count(); ++section) {
                    if (header->isSectionHidden(section))
                        continue;
                    const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
                    // Room for the text and its margins (a sort arrow may overlap the margin).
                    const int needed = header->fontMetrics().horizontalAdvance(title)
                        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin);
                    if (!title.isEmpty() && needed > header->sectionSize(section) + 2)
                        out << QStringLiteral("column \"%1\" (%2 px in %3)")
                                   .arg(title)
                                   .arg(needed)
                                   .arg(header->sectionSize(section));
                }
            }
        }
        return out;
    }

private slots:
    void everyTextFitsAtTheDefaultSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << "en";
        QTest::addRow("German") << "de";
        QTest::addRow("French") << "fr";
    }

    void everyTextFitsAtTheDefaultSize()
    {
        QFETCH(QString, language);
        const test::TranslationScope translation(language);
        QVERIFY(translation.ok());
        test::TestDatabase store;
        const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoEstate::generate(*store.database(), { 200, 3, false }, clock).ok());
        QVERIFY(AnalysisService(store.database(), clock).run().ok());
        QVERIFY(CampaignService(store.database(), clock)
                    .create({ QStringLiteral("Q1 agents and keys"), clock.now().addDays(20), QString(),
                              QStringLiteral("gov@example.com"), QString(), QStringLiteral("test"), QString() })
                    .ok());
        MainWindow window(store.database(), std::make_shared<InMemorySecretStore>());
        // Signed in: "Reviewing as" shows the person's own address, which must be read whole.
        window.setLocalUser(QStringLiteral("governance@example.com"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QStringList found;
        for (int section = 0; section < sidebar->count(); ++section) {
            sidebar->setCurrentRow(section);
            QCoreApplication::processEvents();
            for (const QString& problem : cut(&window))
                found << sidebar->item(section)->text() + QStringLiteral(": ") + problem;
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(u'\n')));

        // The window keeps its default width in every language, and the inventory shows name, kind, owner,
        // trust debt, status, last used and source whole within it.
        QCOMPARE(window.width(), 1280);
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        sidebar->setCurrentRow(0);
        QCoreApplication::processEvents();
        auto* table = window.findChild<QTableView*>(QStringLiteral("inventoryTable"));
        QVERIFY(table && table->isVisible());
        const int right = table->horizontalHeader()->sectionViewportPosition(6)
            + table->horizontalHeader()->sectionSize(6); // Source
        QVERIFY2(right <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(right).arg(table->viewport()->width())));
    }
};

QTEST_MAIN(TestLabelsFit)
#include "TestLabelsFit.moc"
