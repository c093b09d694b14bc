#include "ui/widgets/LocalDates.h"

#include <QTest>

using namespace recertify;

/** Due dates, evidence dates and decisions carry a four-digit year in every language the app speaks and more. */
class TestLocalDates : public QObject
{
    Q_OBJECT

private slots:
    void fourDigitYears_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::addRow("German writes 03.12.26 by default") << "de_DE"
                                                           << "03.12.2026";
        QTest::addRow("US English writes 12/3/26 by default") << "en_US"
                                                              << "12/3/2026";
        QTest::addRow("British English") << "en_GB"
                                         << "03/12/2026";
        QTest::addRow("French already writes four digits") << "fr_FR"
                                                           << "03/12/2026";
        QTest::addRow("Japanese puts the year first") << "ja_JP"
                                                      << "2026/12/03";
    }

    void fourDigitYears()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QLocale l(locale);
        QCOMPARE(LocalDates::date(QDate(2026, 12, 3), l), expected);
        // A time keeps the four-digit year, and a date field gets a format with it.
        QVERIFY2(LocalDates::dateTime(QDateTime(QDate(2026, 12, 3), QTime(12, 0)), l).contains(QStringLiteral("2026")),
                 qPrintable(LocalDates::dateTime(QDateTime(QDate(2026, 12, 3), QTime(12, 0)), l)));
        QVERIFY(LocalDates::dateFormat(l).contains(QStringLiteral("yyyy")));
        QVERIFY(!LocalDates::dateFormat(l).contains(QStringLiteral("yyyyy")));
    }

    void invalidDatesAreEmpty()
    {
        QCOMPARE(LocalDates::date(QDate()), QString());
        QCOMPARE(LocalDates::dateTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestLocalDates)
#include "TestLocalDates.moc"
