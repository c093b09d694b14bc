#include "core/connectors/JsonInput.h"

#include <QTest>

using namespace recertify;

/**
 * What a refusal says of JSON that does not parse: cut off (inside a value, or right after one) only where the text
 * stops with brackets open; JSON Lines read as one document name the line that is cut, or say they are lines; two
 * documents one after the other, or a wrong closing bracket, are neither.
 */
class TestJsonInput : public QObject
{
    Q_OBJECT

private slots:
    void refusalsSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("said"); // part of the message
        QTest::addColumn<bool>("cut"); // whether it says the text looks cut off
        QTest::addRow("cut inside a string")
            << QByteArray("{\"value\": [{\"id\": \"a") << "unterminated string" << true;
        QTest::addRow("cut after null") << QByteArray("{\"value\": [{\"notes\": null") << "line 1" << true;
        QTest::addRow("cut after true") << QByteArray("{\"value\": [{\"accountEnabled\": true") << "line 1" << true;
        QTest::addRow("cut after an empty list") << QByteArray("{\"value\": [{\"tags\": []") << "line 1" << true;
        QTest::addRow("a wrong closing bracket") << QByteArray("{\"UserDetailList\": [{\"a\": 1]") << "line 1" << false;
        QTest::addRow("whole but a value is no JSON") << QByteArray("{\"a\": nope}") << "line 1" << false;
        QTest::addRow("JSON Lines, the last line cut")
            << QByteArray("{\"id\": 1}\n{\"id\": 2}\n{\"id\": ") << "line 3, column" << true;
        QTest::addRow("JSON Lines after a blank line")
            << QByteArray("\n{\"id\": 1}\n{\"id\": 2}\n") << "one JSON value per line (JSON Lines, 2 values)" << false;
        // As jq prints what it selects: values one after another.
        QTest::addRow("a compact document, then a pretty-printed one")
            << QByteArray("{\"id\": 1}\n{\n  \"id\": 2\n}\n")
            << "line 2: a second JSON document begins after the first ends, as jq prints values one after another; "
               "write one per line (jq -c) or one array (jq -s)"
            << false;
        QTest::addRow("two pretty-printed documents")
            << QByteArray("{\n  \"id\": 1\n}\n{\n  \"id\": 2\n}\n") << "line 4: a second JSON document begins" << false;
        QTest::addRow("a document, then words: no second document")
            << QByteArray("{\"id\": 1}\nthe end\n") << "line 2, column 2: invalid JSON: illegal value" << false;
    }

    void refusalsSayWhatIsWrong()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, said);
        QFETCH(bool, cut);
        const auto parsed = JsonInput::parse(text, QStringLiteral("f.json"));
        QVERIFY(!parsed);
        const QString message = parsed.error().message;
        QVERIFY2(message.startsWith(QLatin1String("f.json: ")) && message.contains(said), qPrintable(message));
        QCOMPARE(message.contains(QLatin1String("looks cut off")), cut);
    }
};

QTEST_GUILESS_MAIN(TestJsonInput)
#include "TestJsonInput.moc"
