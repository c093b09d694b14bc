#include "core/connectors/GzipDevice.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace recertify;

/**
 * Whole-file inflating (libdeflate) gives what streaming (zlib) gives, and leaves to streaming every file it cannot
 * read whole (cut, damaged, larger than the cap), so the error still says where. The gzip files are a trail's, from
 * tests/data, and what Debian's gzip writes.
 */
class TestGzipDevice : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString& relative)
    {
        QFile file(QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + relative);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray gzip(const QByteArray& plain)
    {
        QProcess p;
        p.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
        p.write(plain);
        p.closeWriteChannel();
        p.waitForFinished();
        return p.readAllStandardOutput();
    }

    static QByteArray streamed(const QByteArray& compressed, qint64 cap, bool* failed)
    {
        QBuffer buffer;
        buffer.setData(compressed);
        buffer.open(QIODevice::ReadOnly);
        GzipDevice device(&buffer);
        device.open(QIODevice::ReadOnly);
        const QByteArray out = GzipDevice::readCapped(&device, cap);
        *failed = device.failed();
        return out;
    }

    static QByteArray trail()
    {
        return fixture(QStringLiteral("aws/trail-bucket/AWSLogs/777788889999/CloudTrail/us-east-2/2016/11/14/"
                                      "777788889999_CloudTrail_us-east-2_20161114T1730Z_Ax3DSryTETnjeGKn.json.gz"));
    }

private slots:
    void inflatesAsStreamingDoes_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<QByteArray>("padding"); // zeros after the last member, which gzip -d ignores too
        QTest::addRow("a trail's log file") << trail() << QByteArray();
        const QByteArray plain = "{\"Records\": []}\n";
        QTest::addRow("two members, as cat a.gz b.gz writes") << trail() + gzip(plain) << QByteArray();
        QTest::addRow("padded with zeros") << trail() << QByteArray(512, '\0');
    }

    void inflatesAsStreamingDoes()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(QByteArray, padding);
        QVERIFY(compressed.startsWith("\x1f\x8b"));
        bool failed = false;
        const QByteArray expected = streamed(compressed, 1 << 24, &failed);
        QVERIFY(!failed);
        const auto whole = GzipDevice::inflateWhole(QByteArray(compressed + padding), 1 << 24);
        QVERIFY(whole);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(*whole, expected);
    }

    void leavesToStreamingWhatItCannotReadWhole_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<qint64>("cap");
        const QByteArray file = trail();
        QTest::addRow("cut in half") << file.left(file.size() / 2) << qint64(1 << 24);
        QTest::addRow("cut in its trailer") << file.left(file.size() - 3) << qint64(1 << 24);
        QTest::addRow("a damaged byte") << [&] {
            QByteArray damaged = file;
            damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x5a);
            return damaged;
        }() << qint64(1 << 24);
        QTest::addRow("larger than the cap") << file << qint64(100);
        QTest::addRow("a trailer whose size is wrong") << [] {
            QByteArray lying = gzip(QByteArray(300000, 'x'));
            lying.replace(lying.size() - 4, 4, QByteArray("\x10\0\0\0", 4));
            return lying;
        }() << qint64(1 << 24);
        QTest::addRow("not gzip") << QByteArray("{\"Records\": []}") << qint64(1 << 24);
    }

    void leavesToStreamingWhatItCannotReadWhole()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(qint64, cap);
        QVERIFY(!GzipDevice::inflateWhole(compressed, cap));
    }
};

QTEST_GUILESS_MAIN(TestGzipDevice)
#include "TestGzipDevice.moc"
