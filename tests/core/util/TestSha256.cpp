#include "core/util/Sha256.h"

#include <QCryptographicHash>
#include <QTest>

using namespace recertify;

/**
 * The digests SHA256SUMS lists and sha256sum checks: the standard's own test vectors, and the same digest whether a
 * member is hashed whole or in the chunks it is streamed in.
 */
class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheStandardsVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180-2, appendix B.
        QTest::addRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::addRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::addRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::addRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void matchesTheStandardsVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(input).toHex(), digest);
    }

    void chunksGiveTheWholeDigestAndTheHashStartsAgain()
    {
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data.append(char((qint64(i) * 7919) % 251));
        Sha256 sha;
        for (qsizetype at = 0; at < data.size(); at += 65521)
            sha.addData(QByteArrayView(data).sliced(at, std::min<qsizetype>(65521, data.size() - at)));
        QCOMPARE(sha.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        sha.addData("abc");
        QCOMPARE(sha.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "TestSha256.moc"
