#include "core/evidence/Signer.h"

#include <QTest>

using namespace recertify;

/** Ed25519 as RFC 8032 defines it, and as stock openssl checks it. */
class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void matchesRfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032, section 7.1, TEST 1 and TEST 2.
        QTest::addRow("test 1: the empty message")
            << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
            << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61"
                                   "e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::addRow("test 2: one byte")
            << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("72")
            << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458"
                                   "f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    void matchesRfc8032Vectors()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto key = Signer::fromRawPrivate(secret);
        QVERIFY2(key.ok(), qPrintable(key.errorString()));
        QCOMPARE(Signer::rawPublic(key->publicPem).value(), publicKey);
        QCOMPARE(Signer::sign(key->privatePem, message).value(), signature);
        QVERIFY(Signer::verify(key->publicPem, message, signature).value());
        QVERIFY(!Signer::verify(key->publicPem, message + "x", signature).value());
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 0x01);
        QVERIFY(!Signer::verify(key->publicPem, message, flipped).value());
    }

    void generatedKeysRoundTripThroughPem()
    {
        auto key = Signer::generate();
        QVERIFY(key.ok());
        QVERIFY(key->privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(key->publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        auto again = Signer::fromPrivatePem(key->privatePem);
        QVERIFY(again.ok());
        QCOMPARE(again->publicPem, key->publicPem);
        const QString fingerprint = Signer::fingerprint(key->publicPem).value();
        QCOMPARE(fingerprint.size(), 39); // eight groups of four hex digits
        QVERIFY(fingerprint != Signer::fingerprint(Signer::generate()->publicPem).value());
    }

    void badKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addRow("not PEM") << QByteArray("hello");
        QTest::addRow("an RSA key") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE "
            "KEY-----\n");
        QTest::addRow("empty") << QByteArray();
    }

    void badKeysAreRefused()
    {
        QFETCH(QByteArray, pem);
        QVERIFY(!Signer::fromPrivatePem(pem).ok());
        QVERIFY(!Signer::sign(pem, "x").ok());
        QVERIFY(!Signer::verify(pem, "x", QByteArray(64, 'a')).ok());
        QVERIFY(!Signer::fingerprint(pem).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "TestSigner.moc"
