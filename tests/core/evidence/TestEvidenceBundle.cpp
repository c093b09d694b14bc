#include "core/connectors/Importer.h"
#include "core/demo/DemoEstate.h"
#include "core/evidence/BundleContents.h"
#include "core/evidence/EvidenceBundle.h"
#include "core/evidence/Signer.h"
#include "core/evidence/SigningKeys.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/secrets/SecretStore.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <quazip.h>
#include <quazipfile.h>
#include <unistd.h>

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

// Entries in this order, duplicates and odd names allowed: what a forger can write.
bool zipEntries(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QList<std::pair<QString, QByteArray>> entriesOf(const QHash<QString, QByteArray>& members)
{
    QList<std::pair<QString, QByteArray>> out;
    QStringList names = members.keys();
    names.sort();
    for (const QString& name : names)
        out.append({ name, members.value(name) });
    return out;
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
    qint64 m_amendedItem = 0;
    QString m_amendedNeed;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        QVERIFY(DemoEstate::generate(*m_store->database(), { 120, 3, false }, Clock::instance()).ok());
        auto id = CampaignService(m_store->database())
                      .create({ QStringLiteral("Evidence test"), QDateTime::currentDateTimeUtc().addDays(10),
                                QStringLiteral("kind=ai-agent"), QStringLiteral("gov@example.com"), QString(),
                                QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        m_campaign = id.value();
        ReviewService reviews(m_store->database());
        const auto items = reviews.items(m_campaign).value();
        for (const ReviewItem& item : items) {
            Decision d;
            // The reviewer's three answers, given explicitly: a Decision starts unanswered.
            d.ownership = QStringLiteral("confirm");
            d.scope = QStringLiteral("keep");
            d.need = QStringLiteral("certify");
            d.itemId = item.id;
            d.decidedBy = item.reviewer;
            d.need = item.id % 3 == 0 ? QStringLiteral("revoke") : QStringLiteral("certify");
            d.justification = QStringLiteral("Reviewed against the agent's task list, \"quoted\", with a comma");
            d.ownership = QStringLiteral("reassign"); // demo agents are often orphans: nobody to confirm
            d.ownershipTarget = QStringLiteral("ada@example.com");
            QVERIFY(reviews.decide(d).ok());
        }
        // The reviewer corrects the first decision before the close: both go into the export.
        Decision amended;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        amended.ownership = QStringLiteral("confirm");
        amended.scope = QStringLiteral("keep");
        amended.need = QStringLiteral("certify");
        amended.itemId = items.first().id;
        amended.decidedBy = items.first().reviewer;
        amended.ownership = QStringLiteral("reassign");
        amended.ownershipTarget = QStringLiteral("ada@example.com");
        amended.need = items.first().id % 3 == 0 ? QStringLiteral("certify") : QStringLiteral("revoke");
        amended.justification = QStringLiteral("amended: the first answer was a slip");
        m_amendedItem = items.first().id;
        m_amendedNeed = amended.need;
        QVERIFY(reviews.amend(amended).ok());
        QVERIFY(CampaignService(m_store->database()).close(m_campaign, QStringLiteral("test")).ok());
        m_key = Signer::generate().value();
        m_bundle = m_dir.filePath(QStringLiteral("evidence.zip"));
        auto written
            = EvidenceBundle::write(m_store->database(), m_campaign, m_bundle, m_key, QStringLiteral("auditor-test"));
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QCOMPARE(written->items, int(items.size()));
    }

    void bundleHoldsWhatTheContractSays()
    {
        const auto members = unzipAll(m_bundle);
        for (const char* name : { "campaign.json", "decisions.csv", "evidence.json", "audit-chain.json", "report.pdf",
                                  "SHA256SUMS", "SHA256SUMS.sig", "signer.pub.pem" })
            QVERIFY2(members.contains(QString::fromLatin1(name)), name);
        QCOMPARE(members.size(), 8);
        QCOMPARE(members.value(QStringLiteral("SHA256SUMS.sig")).size(), 64);
        QVERIFY(members.value(QStringLiteral("report.pdf")).startsWith("%PDF"));
        // One SHA256SUMS line for every other file.
        QCOMPARE(members.value(QStringLiteral("SHA256SUMS")).count('\n'), 6);
        // Every decision, CSV-quoted where needed.
        const QByteArray csv = members.value(QStringLiteral("decisions.csv"));
        const int items = int(ReviewService(m_store->database()).items(m_campaign)->size());
        QCOMPARE(csv.count('\n'), items + 1 + 1); // and the one amendment
        QVERIFY(csv.contains("\"Reviewed against the agent's task list, \"\"quoted\"\", with a comma\""));
        // What each reviewer saw, and the audit chain from its first row.
        QCOMPARE(QJsonDocument::fromJson(members.value(QStringLiteral("evidence.json"))).array().size(), items);
        const QJsonArray chain = QJsonDocument::fromJson(members.value(QStringLiteral("audit-chain.json"))).array();
        QVERIFY(chain.size() > items);
        QCOMPARE(chain.first().toObject().value(QStringLiteral("prevHash")).toString(), QString(64, u'0'));
    }

    // An amended decision is exported with the decision it supersedes; only the amendment counts and acts.
    void anAmendmentTravelsWithTheDecisionItSupersedes()
    {
        auto contents = BundleContents::load(m_bundle);
        QVERIFY2(contents.ok(), qPrintable(contents.errorString()));
        QList<BundleDecision> rows;
        for (const BundleDecision& d : contents->decisions) {
            if (d.itemId == m_amendedItem)
                rows << d;
        }
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).superseded);
        QCOMPARE(rows.at(0).supersedes, qint64(0));
        QVERIFY(!rows.at(1).superseded);
        QCOMPARE(rows.at(1).supersedes, rows.at(0).decisionId);
        QCOMPARE(rows.at(1).need, m_amendedNeed);
        QCOMPARE(rows.at(1).justification, QStringLiteral("amended: the first answer was a slip"));
        int revokedInForce = 0;
        for (const BundleDecision& d : contents->decisions)
            revokedInForce += !d.superseded && d.need == QLatin1String("revoke") ? 1 : 0;
        const QJsonObject decisions = contents->campaign.value(QStringLiteral("decisions")).toObject();
        QCOMPARE(decisions.value(QStringLiteral("amended")).toInt(), 1);
        QCOMPARE(decisions.value(QStringLiteral("revoked")).toInt(), revokedInForce);
        QCOMPARE(contents->campaign.value(QStringLiteral("decided")).toInt(),
                 int(ReviewService(m_store->database()).items(m_campaign)->size()));
        // The chain holds both, the amendment naming what it supersedes.
        const QJsonArray chain
            = QJsonDocument::fromJson(unzipAll(m_bundle).value(QStringLiteral("audit-chain.json"))).array();
        int amendments = 0;
        for (const QJsonValue& v : chain) {
            if (v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("review.amend")) {
                ++amendments;
                QVERIFY(v.toObject()
                            .value(QStringLiteral("payload"))
                            .toString()
                            .contains(QStringLiteral("\"supersedes\":%1").arg(rows.at(0).decisionId)));
            }
        }
        QCOMPARE(amendments, 1);
    }

    // The key carries who it belongs to: every bundle it signs names that person, and who exported it beside.
    void theSignerIsWhoTheKeyBelongsTo()
    {
        InMemorySecretStore secrets;
        auto made = SigningKeys::fromKeychain(secrets, true, QStringLiteral("Ada Lovelace <ada@example.com>"));
        QVERIFY2(made.ok(), qPrintable(made.errorString()));
        QCOMPARE(made->owner, QStringLiteral("Ada Lovelace <ada@example.com>"));
        auto again = SigningKeys::fromKeychain(secrets, false, QStringLiteral("someone else"));
        QVERIFY(again.ok());
        QCOMPARE(again->owner, made->owner); // kept with the key, not taken from whoever asks
        QCOMPARE(again->publicPem, made->publicPem);
        const QString path = m_dir.filePath(QStringLiteral("owned.zip"));
        auto written = EvidenceBundle::write(m_store->database(), m_campaign, path, again.value(),
                                             QStringLiteral("grace@example.com"));
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        const QJsonObject campaign
            = QJsonDocument::fromJson(unzipAll(path).value(QStringLiteral("campaign.json"))).object();
        QCOMPARE(campaign.value(QStringLiteral("signer")).toString(), QStringLiteral("Ada Lovelace <ada@example.com>"));
        QCOMPARE(campaign.value(QStringLiteral("exportedBy")).toString(), QStringLiteral("grace@example.com"));
        auto verified = EvidenceBundle::verify(path, again->publicPem);
        QVERIFY(verified.ok() && verified->valid);
        // A key made before keys carried a name signs as whoever exports.
        const QString older = m_dir.filePath(QStringLiteral("older.zip"));
        QVERIFY(
            EvidenceBundle::write(m_store->database(), m_campaign, older, m_key, QStringLiteral("grace@example.com"))
                .ok());
        QCOMPARE(QJsonDocument::fromJson(unzipAll(older).value(QStringLiteral("campaign.json")))
                     .object()
                     .value(QStringLiteral("signer"))
                     .toString(),
                 QStringLiteral("grace@example.com"));
    }

    void theExportProvesItsPopulationControlsAndRemediation()
    {
        const auto members = unzipAll(m_bundle);
        const QJsonObject campaign = QJsonDocument::fromJson(members.value(QStringLiteral("campaign.json"))).object();
        const QJsonArray evidence = QJsonDocument::fromJson(members.value(QStringLiteral("evidence.json"))).array();
        // The population: its count and hash, recomputed by the auditor from evidence.json alone.
        const QJsonObject population = campaign.value(QStringLiteral("population")).toObject();
        QList<std::pair<QString, QString>> reviewed;
        for (const QJsonValue& v : evidence) {
            const QJsonObject identity = v.toObject()
                                             .value(QStringLiteral("evidence"))
                                             .toObject()
                                             .value(QStringLiteral("identity"))
                                             .toObject();
            if (v.toObject().value(QStringLiteral("stage")).toInt() == 1)
                reviewed.append({ identity.value(QStringLiteral("source")).toString(),
                                  identity.value(QStringLiteral("nativeId")).toString() });
        }
        QCOMPARE(population.value(QStringLiteral("identities")).toInt(), int(reviewed.size()));
        std::sort(reviewed.begin(), reviewed.end());
        QByteArray lines;
        for (const auto& [source, nativeId] : reviewed)
            lines += (source + u'\t' + nativeId + u'\n').toUtf8();
        QCOMPARE(population.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex()));
        int perSource = 0;
        for (const QJsonValue& v : population.value(QStringLiteral("sources")).toArray()) {
            perSource += v.toObject().value(QStringLiteral("identities")).toInt();
            QVERIFY(v.toObject().value(QStringLiteral("activityCoverageDays")).toInt() <= 90);
        }
        QCOMPARE(perSource, int(reviewed.size()));
        // The controls the decisions evidence, each counted.
        QStringList controls;
        for (const QJsonValue& v : campaign.value(QStringLiteral("controls")).toArray()) {
            const QJsonObject c = v.toObject();
            controls << c.value(QStringLiteral("framework")).toString() + u' '
                    + c.value(QStringLiteral("control")).toString();
            QCOMPARE(c.value(QStringLiteral("decisions")).toInt(), campaign.value(QStringLiteral("decided")).toInt());
        }
        for (const char* expected :
             { "PCI DSS v4.0 7.2.4", "PCI DSS v4.0 7.2.5.1", "NIST SP 800-53 Rev. 5 AC-2",
               "NIST SP 800-53 Rev. 5 AC-6(7)", "ISO/IEC 27001:2022 A.5.18", "SOC 2 (2017 TSC) CC6.2",
               "SOC 2 (2017 TSC) CC6.3", "OWASP NHI Top 10 (2025) NHI5" })
            QVERIFY2(controls.contains(QString::fromLatin1(expected)), expected);
        // Every revoked identity became a remediation task, with the state the next sync will confirm.
        const QJsonArray remediation = campaign.value(QStringLiteral("remediation")).toArray();
        QVERIFY(!remediation.isEmpty());
        for (const QJsonValue& v : remediation)
            QVERIFY(QStringList({ "open", "done", "overdue" })
                        .contains(v.toObject().value(QStringLiteral("state")).toString()));
    }

    void thePopulationNamesTheSyncRunsThatFedIt()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        auto synced = SyncEngine(store.database())
                          .run(*Importers::create(QStringLiteral("github")),
                               { QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/github/deploy-keys.json") });
        QVERIFY2(synced.ok(), qPrintable(synced.errorString()));
        auto id = CampaignService(store.database())
                      .create({ QStringLiteral("Keys"), QDateTime::currentDateTimeUtc().addDays(10), QString(),
                                QStringLiteral("gov@example.com"), QString(), QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        const QString path = m_dir.filePath(QStringLiteral("keys.zip"));
        QVERIFY(EvidenceBundle::write(store.database(), id.value(), path, m_key, QStringLiteral("auditor-test")).ok());
        const QJsonObject campaign
            = QJsonDocument::fromJson(unzipAll(path).value(QStringLiteral("campaign.json"))).object();
        const QJsonArray runs
            = campaign.value(QStringLiteral("population")).toObject().value(QStringLiteral("syncRuns")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(QStringLiteral("format")).toString(), QStringLiteral("github"));
        QCOMPARE(runs.first().toObject().value(QStringLiteral("added")).toInt(), synced->added);
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
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                        QStringLiteral("-inkey"), QStringLiteral("signer.pub.pem"), QStringLiteral("-rawin"),
                        QStringLiteral("-in"), QStringLiteral("SHA256SUMS"), QStringLiteral("-sigfile"),
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

    // The README's recipe with stock unzip: members come out readable by everyone (rw-r--r--), so an
    // auditor who is not root can run sha256sum -c; where the test runs as root it proves it as nobody.
    void theAuditorsRecipeWorksForAnOrdinaryUser()
    {
        QTemporaryDir out;
        QVERIFY(QFile::setPermissions(out.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
        const test::RunResult unzipped = test::runProgram(
            QStringLiteral("unzip"), { QStringLiteral("-q"), m_bundle, QStringLiteral("-d"), out.path() });
        QVERIFY2(unzipped.exitCode == 0, unzipped.err.constData());
        for (const QString& name : EvidenceBundle::memberNames()
                 + QStringList { QStringLiteral("SHA256SUMS"), QStringLiteral("SHA256SUMS.sig") }) {
            const QFileDevice::Permissions mode = QFileInfo(out.filePath(name)).permissions();
            QVERIFY2(mode.testFlag(QFileDevice::ReadOther) && mode.testFlag(QFileDevice::ReadGroup)
                         && mode.testFlag(QFileDevice::ReadOwner),
                     qPrintable(name));
            QVERIFY2(!mode.testFlag(QFileDevice::WriteOther) && !mode.testFlag(QFileDevice::ExeOwner),
                     qPrintable(name));
        }
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            return;
        QProcess sha;
        sha.setWorkingDirectory(out.path());
        sha.start(QStringLiteral("runuser"),
                  { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("sha256sum"),
                    QStringLiteral("-c"), QStringLiteral("SHA256SUMS") });
        QVERIFY(sha.waitForFinished(30000));
        QVERIFY2(sha.exitCode() == 0, sha.readAllStandardError().constData());
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
        for (const char* name : { "campaign.json", "decisions.csv", "evidence.json", "audit-chain.json", "report.pdf",
                                  "signer.pub.pem", "SHA256SUMS", "SHA256SUMS.sig" }) {
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
        const test::RunResult cli
            = test::runProgram(QStringLiteral(RECERTIFY_CLI_PATH), { QStringLiteral("verify"), tampered });
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(member.toUtf8()), cli.err.constData());
    }

    void membersAddedOrRemovedAreNamed_data()
    {
        QTest::addColumn<QString>("added");
        QTest::addColumn<QString>("removed");
        QTest::addRow("a member slipped in") << "extra.txt"
                                             << "";
        QTest::addRow("a member left out") << ""
                                           << "report.pdf";
    }

    void membersAddedOrRemovedAreNamed()
    {
        QFETCH(QString, added);
        QFETCH(QString, removed);
        auto members = unzipAll(m_bundle);
        if (!added.isEmpty())
            members.insert(added, "slipped in");
        members.remove(removed);
        const QString path = m_dir.filePath(QStringLiteral("reshaped.zip"));
        QVERIFY(zipAll(path, members));
        auto result = EvidenceBundle::verify(path);
        QVERIFY(!result->valid);
        const QString problems = result->problems.join(u'\n');
        QVERIFY2(problems.contains(added.isEmpty() ? removed : added), qPrintable(problems));
    }

    void aForgedOrHostileBundleIsRefusedUnread_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::addColumn<QString>("named"); // what the refusal names
        for (const char* member : { "decisions.csv", "campaign.json", "evidence.json" })
            QTest::addRow("a forged %s before the real one", member)
                << QStringLiteral("duplicate:%1").arg(QLatin1String(member)) << QString::fromLatin1(member);
        QTest::addRow("a parent path") << "rename:../decisions.csv"
                                       << "../decisions.csv";
        QTest::addRow("an absolute path") << "rename:/decisions.csv"
                                          << "/decisions.csv";
        QTest::addRow("a folder") << "rename:x/decisions.csv"
                                  << "x/decisions.csv";
        QTest::addRow("a backslash") << "rename:x\\decisions.csv"
                                     << "decisions.csv";
        QTest::addRow("SHA256SUMS inflating to 16 MB of newlines") << "bomb:SHA256SUMS"
                                                                   << "SHA256SUMS";
        QTest::addRow("a 64 MB signer.pub.pem") << "bomb:signer.pub.pem"
                                                << "signer.pub.pem";
        QTest::addRow("evidence.json of 64 MB of spaces, 1000 to 1") << "bomb:evidence.json"
                                                                     << "evidence.json";
        QTest::addRow("a 65-byte signature") << "grow:SHA256SUMS.sig"
                                             << "SHA256SUMS.sig";
        QTest::addRow("20,000 members") << "many"
                                        << "entries";
        QTest::addRow("not a zip at all") << "garbage"
                                          << "not a readable zip";
    }

    void aForgedOrHostileBundleIsRefusedUnread()
    {
        QFETCH(QString, forgery);
        QFETCH(QString, named);
        const QHash<QString, QByteArray> members = unzipAll(m_bundle);
        QList<std::pair<QString, QByteArray>> entries = entriesOf(members);
        const QString kind = forgery.section(u':', 0, 0);
        const QString target = forgery.section(u':', 1);
        const QString path = m_dir.filePath(QStringLiteral("hostile.zip"));
        QFile::remove(path);
        if (kind == QLatin1String("duplicate")) {
            // The forged copy first: tools that read by name disagree on which one they see.
            entries.prepend({ target, QByteArray("forged,").append(members.value(target)) });
        } else if (kind == QLatin1String("rename")) {
            for (auto& entry : entries) {
                if (entry.first == QLatin1String("decisions.csv"))
                    entry.first = target;
            }
        } else if (kind == QLatin1String("bomb")) {
            for (auto& entry : entries) {
                if (entry.first == target)
                    entry.second = QByteArray(target == QLatin1String("SHA256SUMS") ? 16 << 20 : 64 << 20,
                                              target == QLatin1String("SHA256SUMS") ? '\n' : ' ');
            }
        } else if (kind == QLatin1String("grow")) {
            for (auto& entry : entries) {
                if (entry.first == target)
                    entry.second.append('x');
            }
        } else if (kind == QLatin1String("many")) {
            for (int i = 0; i < 20000; ++i)
                entries.append({ QStringLiteral("m%1").arg(i), QByteArray("x") });
        }
        if (kind == QLatin1String("garbage")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'Z'));
        } else {
            QVERIFY(zipEntries(path, entries));
        }
        QElapsedTimer timer;
        timer.start();
        auto result = EvidenceBundle::verify(path);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        QVERIFY(!result->valid);
        QVERIFY2(result->problems.join(u'\n').contains(named), qPrintable(result->problems.join(u'\n')));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // The auditor's view reads nothing of it either: what is shown is what was verified.
        QVERIFY(!BundleContents::load(path).ok());
        const test::RunResult cli
            = test::runProgram(QStringLiteral(RECERTIFY_CLI_PATH), { QStringLiteral("verify"), path });
        QCOMPARE(cli.exitCode, 3);
        QVERIFY2(cli.err.contains(named.toUtf8()), cli.err.constData());
    }

    void trustIsExplicit()
    {
        // Rewritten decisions, re-signed with a stranger's key: every hash and the signature check out.
        auto members = unzipAll(m_bundle);
        members.insert(QStringLiteral("decisions.csv"),
                       members.value(QStringLiteral("decisions.csv")).replace("certify", "revoke"));
        auto stranger = Signer::generate();
        QVERIFY(stranger.ok());
        QByteArray sums;
        QStringList names = members.keys();
        names.sort();
        for (const QString& name : names) {
            if (name == QLatin1String("SHA256SUMS") || name == QLatin1String("SHA256SUMS.sig"))
                continue;
            QByteArray bytes = name == QLatin1String("signer.pub.pem") ? stranger->publicPem : members.value(name);
            members.insert(name, bytes);
            sums += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + '\n';
        }
        members.insert(QStringLiteral("SHA256SUMS"), sums);
        members.insert(QStringLiteral("SHA256SUMS.sig"), Signer::sign(stranger->privatePem, sums).value());
        const QString resigned = m_dir.filePath(QStringLiteral("resigned.zip"));
        QVERIFY(zipAll(resigned, members));
        const QString strangerPem = m_dir.filePath(QStringLiteral("stranger.pem"));
        const QString ourPem = m_dir.filePath(QStringLiteral("ours.pem"));
        for (const auto& [file, pem] :
             { std::pair { strangerPem, stranger->publicPem }, std::pair { ourPem, m_key.publicPem } }) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pem);
        }
        const QString cli = QStringLiteral(RECERTIFY_CLI_PATH);
        // Nobody trusted that key: not valid, exit 4, the fingerprint named.
        const test::RunResult alone = test::runProgram(cli, { QStringLiteral("verify"), resigned });
        QCOMPARE(alone.exitCode, 4);
        QVERIFY2(alone.err.contains(
                     QByteArray("signer not trusted: " + Signer::fingerprint(stranger->publicPem).value().toUtf8())),
                 alone.err.constData());
        const test::RunResult json
            = test::runProgram(cli, { QStringLiteral("--json"), QStringLiteral("verify"), resigned });
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("signatureValid")).toBool(), true);
        // Against the key the auditor expects: refused, exit 3.
        QCOMPARE(test::runProgram(cli, { QStringLiteral("verify"), resigned, QStringLiteral("--trusted-key"), ourPem })
                     .exitCode,
                 3);
        // The genuine bundle with its key given: valid, exit 0.
        QCOMPARE(test::runProgram(cli, { QStringLiteral("verify"), m_bundle, QStringLiteral("--trusted-key"), ourPem })
                     .exitCode,
                 0);
        QCOMPARE(test::runProgram(cli, { QStringLiteral("verify"), m_bundle }).exitCode, 4);
    }
};

QTEST_MAIN(TestEvidenceBundle)
#include "TestEvidenceBundle.moc"
