#include "core/util/Elision.h"

#include <QTest>

using namespace recertify;

/** French reads "provenant d'aws", not "provenant de aws", whatever the argument filled in after translation. */
class TestElision : public QObject
{
    Q_OBJECT

private slots:
    void frenchElidesBeforeAVowel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("de before a source") << "fr"
                                            << "Agent IA provenant de aws · actif"
                                            << "Agent IA provenant d'aws · actif";
        QTest::addRow("de before an email") << "fr"
                                            << "pour le compte de ada@example.com"
                                            << "pour le compte d'ada@example.com";
        QTest::addRow("capital and accent") << "fr"
                                            << "De Éric, le inventaire"
                                            << "D'Éric, l'inventaire";
        QTest::addRow("que") << "fr"
                             << "plus long que une boucle"
                             << "plus long qu'une boucle";
        QTest::addRow("before a consonant: unchanged") << "fr"
                                                       << "provenant de github"
                                                       << "provenant de github";
        QTest::addRow("before a number: unchanged") << "fr"
                                                    << "échéance le 11 décembre"
                                                    << "échéance le 11 décembre";
        QTest::addRow("inside a word: unchanged") << "fr"
                                                  << "garde aws, code ouvert"
                                                  << "garde aws, code ouvert";
        QTest::addRow("h and y: unchanged") << "fr"
                                            << "nom de hôte, de yaml"
                                            << "nom de hôte, de yaml";
        QTest::addRow("already elided: unchanged") << "fr"
                                                   << "l'autorisation d'aws"
                                                   << "l'autorisation d'aws";
        QTest::addRow("German: unchanged") << "de"
                                           << "de aws"
                                           << "de aws";
        QTest::addRow("English: unchanged") << "en"
                                            << "made by le aws"
                                            << "made by le aws";
    }

    void frenchElidesBeforeAVowel()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(elided(text, QLocale(language)), expected);
    }
};

QTEST_GUILESS_MAIN(TestElision)
#include "TestElision.moc"
