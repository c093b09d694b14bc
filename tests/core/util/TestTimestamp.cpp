#include "core/util/Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace recertify;

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryConnectorVariant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedUtc"); // empty: must not parse

        QTest::addRow("ISO 8601 UTC (CloudTrail, AWS CLI, Kubernetes)") << "2023-07-19T21:17:28Z"
                                                                        << "2023-07-19T21:17:28.000Z";
        QTest::addRow("seven fractional digits (Graph)") << "2021-02-02T04:22:45.4980259Z"
                                                         << "2021-02-02T04:22:45.498Z";
        QTest::addRow("one fractional digit") << "2021-02-02T04:22:45.5Z"
                                              << "2021-02-02T04:22:45.500Z";
        QTest::addRow("Windows PowerShell 5 ConvertTo-Json") << "/Date(1683442363000)/"
                                                             << "2023-05-07T06:52:43.000Z";
        QTest::addRow("Python str(datetime) (cloudsplaining)") << "2019-12-18 19:10:08+00:00"
                                                               << "2019-12-18T19:10:08.000Z";
        QTest::addRow("Python str(datetime) with offset") << "2019-12-18 21:10:08+02:00"
                                                          << "2019-12-18T19:10:08.000Z";
        QTest::addRow("malformed one-digit offset (Graph docs)") << "2021-03-01T00:00:00-8:00"
                                                                 << "2021-03-01T08:00:00.000Z";
        QTest::addRow("compact offset") << "2021-03-01T00:00:00+0530"
                                        << "2021-02-28T18:30:00.000Z";
        QTest::addRow("epoch seconds (GitHub webhooks)") << "1557933591"
                                                         << "2019-05-15T15:19:51.000Z";
        QTest::addRow("epoch milliseconds (GitHub audit log)") << "1711431195806"
                                                               << "2024-03-26T05:33:15.806Z";
        QTest::addRow("bare date (CLI)") << "2026-12-31"
                                         << "2026-12-31T00:00:00.000Z";
        QTest::addRow("no zone means UTC") << "2026-12-31T23:59:59"
                                           << "2026-12-31T23:59:59.000Z";
        QTest::addRow("surrounding spaces") << "  2023-07-19T21:17:28Z "
                                            << "2023-07-19T21:17:28.000Z";
        QTest::addRow("month-name free text is not parsed") << "Jul 19, 2023 9:25:09 PM"
                                                            << "";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("impossible date") << "2023-02-30T00:00:00Z"
                                         << "";
        QTest::addRow("impossible time") << "2023-02-10T25:00:00Z"
                                         << "";
        QTest::addRow("offset out of range") << "2023-02-10T10:00:00+19:00"
                                             << "";
        QTest::addRow("garbage") << "yesterday"
                                 << "";
    }

    void parsesEveryConnectorVariant()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedUtc);
        const auto parsed = Timestamp::parse(text);
        if (expectedUtc.isEmpty()) {
            QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toString(Qt::ISODateWithMs) : QString()));
            return;
        }
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(parsed->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")), expectedUtc);
    }

    void readsJsonNumbersAndStrings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedIso");
        QTest::addRow("number, seconds") << QByteArray(R"({"t":1557933591})") << "2019-05-15T15:19:51Z";
        QTest::addRow("number, milliseconds") << QByteArray(R"({"t":1711431195806})") << "2024-03-26T05:33:15Z";
        QTest::addRow("string") << QByteArray(R"({"t":"2019-12-18 19:10:08+00:00"})") << "2019-12-18T19:10:08Z";
        QTest::addRow("null") << QByteArray(R"({"t":null})") << "";
        QTest::addRow("missing") << QByteArray(R"({})") << "";
        QTest::addRow("object") << QByteArray(R"({"t":{}})") << "";
        QTest::addRow("placebo's datetime") << QByteArray(
            R"({"t":{"__class__":"datetime","year":2019,"month":3,"day":13,"hour":12,"minute":6,"second":0,"microsecond":74000}})")
                                            << "2019-03-13T12:06:00Z";
        QTest::addRow("placebo's datetime, 30 February") << QByteArray(
            R"({"t":{"__class__":"datetime","year":2019,"month":2,"day":30,"hour":1,"minute":0,"second":0}})")
                                                         << "";
        // A double no integer holds is no time, and casting it would be undefined behaviour.
        QTest::addRow("1e300") << QByteArray(R"({"t":1e300})") << "";
        QTest::addRow("-1e300") << QByteArray(R"({"t":-1e300})") << "";
        QTest::addRow("past the year 9999 in ms") << QByteArray(R"({"t":253402300800001})") << "";
    }

    void readsJsonNumbersAndStrings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedIso);
        const auto parsed = Timestamp::fromJson(QJsonDocument::fromJson(json).object().value(QStringLiteral("t")));
        QCOMPARE(parsed ? Timestamp::toIso(*parsed) : QString(), expectedIso);
    }

    void daysInTheStorageForm_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ordinary") << QDate(2026, 11, 2) << "2026-11-02";
        QTest::addRow("leap day") << QDate(2024, 2, 29) << "2024-02-29";
        QTest::addRow("year 1") << QDate(1, 1, 1) << "0001-01-01";
        QTest::addRow("year 9999") << QDate(9999, 12, 31) << "9999-12-31";
        QTest::addRow("invalid") << QDate() << "";
    }

    void daysInTheStorageForm()
    {
        // Written by hand for speed: it must say exactly what QDate::toString says.
        QFETCH(QDate, day);
        QFETCH(QString, expected);
        QCOMPARE(Timestamp::isoDay(day), expected);
        QCOMPARE(Timestamp::isoDay(day), day.toString(Qt::ISODate));
    }

    void storageFormRoundTrips()
    {
        const QDateTime t(QDate(2026, 11, 23), QTime(7, 13, 5), Qt::OffsetFromUTC, 3600);
        const QString iso = Timestamp::toIso(t);
        QCOMPARE(iso, QStringLiteral("2026-11-23T06:13:05Z"));
        QCOMPARE(Timestamp::fromIso(iso), t);
        QVERIFY(Timestamp::toIso(QDateTime()).isEmpty());
        QVERIFY(!Timestamp::fromIso(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "TestTimestamp.moc"
