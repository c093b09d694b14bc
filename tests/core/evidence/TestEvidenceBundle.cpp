#include "ProcessRunner.h"
#include "TestDatabase.h"
#include "demo/DemoEstate.h"
#include "evidence/EvidenceBundle.h"
#include "review/CampaignService.h"
#include "review/ReviewService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

using namespace recertify;

namespace {

QHash<QString, QByteArray> unzipAll(const QString& path)
{
    QHash<QString, QByteArray> members;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return members;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        members.insert(zip.getCurrentFileName(), file.readAll());
    }
    return members;
}

bool zipAll(const QString& path, const QHash<QString, QByteArray>& members)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())) || file.write(it.value()) != it.value().size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

/** A campaign's evidence leaves the app signed, and any change to it is caught and named. */
class TestEvidenceBundle : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_store;
    QTemporaryDir m_dir;
    SigningKey m_key;
    QString m_bundle;
    qint64 m_campaign = 0;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        QVERIFY(DemoEstate::generate(*m_store->database(), { 120, 3, false }, Clock::instance()).ok());
        auto id = CampaignService(m_store->database()).create({ QStringLiteral("Evidence test"), QDateTime::currentDateTimeUtc().addDays(10),
            QStringLiteral("kind=ai-agent"), QStringLiteral("gov@example.com"), QString(), QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        m_campaign = id.value();
        ReviewService reviews(m_store->database());
        const auto items = reviews.items(m_campaign).value();
        for (const ReviewItem& item : items) {
            Decision d;
            d.itemId = item.id;
            d.decidedBy = item.reviewer;
            d.need = item.id % 3 == 0 ? QStringLiteral("revoke") : QStringLiteral("certify");
            d.justification = QStringLiteral("Reviewed against the agent's task list, \"quoted\", with a comma");
            QVERIFY(reviews.decide(d).ok());
        }
        QVERIFY(CampaignService(m_store->database()).close(m_campaign, QStringLiteral("test")).ok());
        m_key = Signer::generate().value();
        m_bundle = m_dir.filePath(QStringLiteral("evidence.zip"));
        auto written = EvidenceBundle::write(m_store->database(), m_campaign, m_bundle, m_key, QStringLiteral("auditor-test"));
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QCOMPARE(written->items, int(items.size()));
    }

    void bundleHoldsWhatTheContractSays()
    {
        const auto members = unzipAll(m_bundle);
        for (const char* name : { "campaign.json", "decisions.csv", "evidence.json", "audit-chain.json", "report.pdf", "SHA256SUMS",
                 "SHA256SUMS.sig", "signer.pub.pem" })
            QVERIFY2(members.contains(QString::fromLatin1(name)), name);
        QCOMPARE(members.size(), 8);
        QCOMPARE(members.value(QStringLiteral("SHA256SUMS.sig")).size(), 64);
        QVERIFY(members.value(QStringLiteral("report.pdf")).startsWith("%PDF"));
        // One SHA256SUMS line for every other file.
        QCOMPARE(members.value(QStringLiteral("SHA256SUMS")).count('\n'), 6);
        // Every decision, CSV-quoted where needed.
        const QByteArray csv = members.value(QStringLiteral("decisions.csv"));
        const int items = int(ReviewService(m_store->database()).items(m_campaign)->size());
        QCOMPARE(csv.count('\n'), items + 1);
        QVERIFY(csv.contains("\"Reviewed against the agent's task list, \"\"quoted\"\", with a comma\""));
        // What each reviewer saw, and the audit chain from its first row.
        QCOMPARE(QJsonDocument::fromJson(members.value(QStringLiteral("evidence.json"))).array().size(), items);
        const QJsonArray chain = QJsonDocument::fromJson(members.value(QStringLiteral("audit-chain.json"))).array();
        QVERIFY(chain.size() > items);
        QCOMPARE(chain.first().toObject().value(QStringLiteral("prevHash")).toString(), QString(64, u'0'));
    }

    void stockToolsAgree()
    {
        QTemporaryDir out;
        const auto members = unzipAll(m_bundle);
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            QFile f(out.filePath(it.key()));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
        QProcess openssl;
        openssl.setWorkingDirectory(out.path());
        openssl.start(QStringLiteral("openssl"), { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"), QStringLiteral("-inkey"),
            QStringLiteral("signer.pub.pem"), QStringLiteral("-rawin"), QStringLiteral("-in"), QStringLiteral("SHA256SUMS"), QStringLiteral("-sigfile"),
            QStringLiteral("SHA256SUMS.sig") });
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY(openssl.readAllStandardOutput().contains("Signature Verified Successfully"));
        QProcess sha;
        sha.setWorkingDirectory(out.path());
        sha.start(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") });
        QVERIFY(sha.waitForFinished(30000));
        QCOMPARE(sha.exitCode(), 0);
        QCOMPARE(sha.readAllStandardOutput().count(": OK"), 6);
    }

    void verifiesWhole()
    {
        auto result = EvidenceBundle::verify(m_bundle);
        QVERIFY(result.ok());
        QVERIFY2(result->valid, qPrintable(result->problems.join(u'\n')));
        QCOMPARE(result->signer, QStringLiteral("auditor-test"));
        QCOMPARE(result->fingerprint, Signer::fingerprint(m_key.publicPem).value());
        auto trusted = EvidenceBundle::verify(m_bundle, m_key.publicPem);
        QVERIFY(trusted->valid);
        auto untrusted = EvidenceBundle::verify(m_bundle, Signer::generate()->publicPem);
        QVERIFY(!untrusted->valid);
        QVERIFY(untrusted->problems.join(u'\n').contains(QStringLiteral("signer.pub.pem")));
    }

    void aChangedByteAnywhereIsNamed_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<int>("offset"); // from the middle; several places per member
        for (const char* name : { "campaign.json", "decisions.csv", "evidence.json", "audit-chain.json", "report.pdf", "signer.pub.pem", "SHA256SUMS",
                 "SHA256SUMS.sig" }) {
            for (int offset : { -7, 0, 5 })
                QTest::addRow("%s, byte %d from the middle", name, offset) << QString::fromLatin1(name) << offset;
        }
    }

    void aChangedByteAnywhereIsNamed()
    {
        QFETCH(QString, member);
        QFETCH(int, offset);
        auto members = unzipAll(m_bundle);
        QByteArray bytes = members.value(member);
        const int at = std::clamp(int(bytes.size() / 2 + offset), 0, int(bytes.size()) - 1);
        bytes[at] = char(bytes[at] ^ 0x01);
        members.insert(member, bytes);
        const QString tampered = m_dir.filePath(QStringLiteral("tampered-%1-%2.zip").arg(member).arg(offset));
        QVERIFY(zipAll(tampered, members));
        auto result = EvidenceBundle::verify(tampered);
        QVERIFY(result.ok());
        QVERIFY2(!result->valid, qPrintable(member));
        QVERIFY2(result->problems.join(u'\n').contains(member), qPrintable(result->problems.join(u'\n')));
        // Through the CLI: exit 3, and stderr names the member.
        const test::RunResult cli = test::runProgram(QStringLiteral(RECERTIFY_CLI_PATH), { QStringLiteral("verify"), tampered });
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(member.toUtf8()), cli.err.constData());
    }

    void membersAddedOrRemovedAreNamed()
    {
        auto members = unzipAll(m_bundle);
        members.insert(QStringLiteral("extra.txt"), "slipped in");
        members.remove(QStringLiteral("report.pdf"));
        const QString path = m_dir.filePath(QStringLiteral("reshaped.zip"));
        QVERIFY(zipAll(path, members));
        auto result = EvidenceBundle::verify(path);
        QVERIFY(!result->valid);
        const QString problems = result->problems.join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("extra.txt")) && problems.contains(QStringLiteral("report.pdf")), qPrintable(problems));
    }
};

QTEST_MAIN(TestEvidenceBundle)
#include "TestEvidenceBundle.moc"
