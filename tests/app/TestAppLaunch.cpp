#include "tests/support/ProcessRunner.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace recertify::test;

/** The desktop binary as a user starts it: on a demo database, in each language, saving its own screenshot. */
class TestAppLaunch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("estate.sqlite"));
        const RunResult demo = runProgram(QStringLiteral(RECERTIFY_CLI_PATH),
                                          { QStringLiteral("--db"), m_db, QStringLiteral("demo"),
                                            QStringLiteral("--identities"), QStringLiteral("120") });
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void screenshotShowsTheMainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("system") << QString();
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void screenshotShowsTheMainWindow()
    {
        QFETCH(QString, language);
        const QString png
            = m_dir.filePath(QStringLiteral("shot-%1.png").arg(language.isEmpty() ? QStringLiteral("c") : language));
        QStringList args { QStringLiteral("--db"), m_db, QStringLiteral("--screenshot"), png };
        if (!language.isEmpty())
            args << QStringLiteral("--lang") << language;
        const RunResult r = runProgram(QStringLiteral(RECERTIFY_APP_PATH), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        QVERIFY(image.height() >= 600);
        // Not a blank window: a real table has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void unusableDatabaseFailsClearly()
    {
        const RunResult r = runProgram(QStringLiteral(RECERTIFY_APP_PATH),
                                       { QStringLiteral("--db"), m_dir.path(), QStringLiteral("--screenshot"),
                                         m_dir.filePath(QStringLiteral("x.png")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a database file"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAppLaunch)
#include "TestAppLaunch.moc"
