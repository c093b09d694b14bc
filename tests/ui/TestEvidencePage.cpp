#include "core/demo/DemoEstate.h"
#include "core/evidence/EvidenceBundle.h"
#include "core/evidence/TrustedSigners.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "tests/support/TestDatabase.h"
#include "ui/evidence/EvidencePage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <functional>
#include <quazip.h>
#include <quazipfile.h>

using namespace recertify;

/** The auditor opens a bundle: a clear verdict first, then decisions and evidence, from the bundle alone. */
class TestEvidencePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_tampered;
    int m_decisions = 0;

private slots:
    void initTestCase()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(DemoEstate::generate(*store.database(), { 80, 4, false }, Clock::instance()).ok());
        auto id = CampaignService(store.database())
                      .create({ QStringLiteral("Audit me"), QDateTime::currentDateTimeUtc().addDays(5), QString(),
                                QStringLiteral("gov@example.com"), QString(), QStringLiteral("test"), QString() });
        QVERIFY(id.ok());
        ReviewService reviews(store.database());
        const auto items = reviews.items(id.value()).value();
        for (const ReviewItem& item : items.mid(0, 12)) {
            Decision d;
            // The reviewer's three answers, given explicitly: a Decision starts unanswered.
            d.ownership = QStringLiteral("confirm");
            d.scope = QStringLiteral("keep");
            d.need = QStringLiteral("certify");
            d.itemId = item.id;
            d.decidedBy = item.reviewer;
            d.need = item.id % 4 == 0 ? QStringLiteral("retire") : QStringLiteral("certify");
            d.justification = QStringLiteral("checked with the team");
            d.ownership = QStringLiteral("reassign"); // demo identities are often orphans: nobody to confirm
            d.ownershipTarget = QStringLiteral("ada@example.com");
            QVERIFY(reviews.decide(d).ok());
            ++m_decisions;
        }
        m_bundle = m_dir.filePath(QStringLiteral("audit.zip"));
        QVERIFY(EvidenceBundle::write(store.database(), id.value(), m_bundle, Signer::generate().value(),
                                      QStringLiteral("governance"))
                    .ok());
        // A copy where one decision was rewritten after signing.
        m_tampered = tamper(QStringLiteral("decisions.csv"), [](QByteArray& b) { b.replace("retire", "certify"); });
    }

    // A copy of the bundle with one member changed after signing.
    QString tamper(const QString& member, const std::function<void(QByteArray&)>& change)
    {
        const QString path = m_dir.filePath(QStringLiteral("tampered-%1.zip").arg(member));
        QuaZip in(m_bundle);
        QuaZip out(path);
        if (!in.open(QuaZip::mdUnzip) || !out.open(QuaZip::mdCreate))
            return {};
        for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
            QuaZipFile src(&in);
            src.open(QIODevice::ReadOnly);
            QByteArray bytes = src.readAll();
            if (in.getCurrentFileName() == member)
                change(bytes);
            QuaZipFile dst(&out);
            dst.open(QIODevice::WriteOnly, QuaZipNewInfo(in.getCurrentFileName()));
            dst.write(bytes);
            dst.close();
        }
        out.close();
        return path;
    }

    void aValidBundleFromAnUnknownSignerThenTrusted()
    {
        QTemporaryDir trusted;
        EvidencePage page(nullptr, trusted.path());
        page.resize(1200, 760);
        page.show();
        QVERIFY(page.openBundle(m_bundle));
        QVERIFY(page.isValid());
        QVERIFY2(page.banner()->text().contains(QStringLiteral("not trusted yet")), qPrintable(page.banner()->text()));
        auto* decisions = page.findChild<QTableWidget*>(QStringLiteral("bundleDecisions"));
        QCOMPARE(decisions->rowCount(), m_decisions);
        auto* evidence = page.findChild<QTextBrowser*>(QStringLiteral("bundleEvidence"));
        QVERIFY2(evidence->toPlainText().contains(QStringLiteral("saw when deciding")),
                 qPrintable(evidence->toPlainText()));
        QVERIFY(page.trustCurrentSigner(QStringLiteral("governance team")));
        QVERIFY2(page.banner()->text().contains(QStringLiteral("a trusted signer")), qPrintable(page.banner()->text()));
        QVERIFY(page.banner()->text().contains(QStringLiteral("governance team")));
        QVERIFY(!page.grab().isNull());
        // The trusted list holds the public half under its name; removing it makes the signer unknown again.
        auto signers = TrustedSigners(trusted.path()).all();
        QVERIFY(signers.ok());
        QCOMPARE(signers->size(), 1);
        QCOMPARE(signers->first().name, QStringLiteral("governance team"));
        QVERIFY(TrustedSigners(trusted.path()).remove(signers->first().fingerprint).ok());
        QVERIFY(page.openBundle(m_bundle));
        QVERIFY(page.banner()->text().contains(QStringLiteral("not trusted yet")));
    }

    void theReportOpensFromTheApp()
    {
        QTemporaryDir trusted;
        EvidencePage page(nullptr, trusted.path());
        page.show();
        auto* open = page.findChild<QPushButton*>(QStringLiteral("openReport"));
        QVERIFY(open && !open->isEnabled()); // nothing to open yet
        QVERIFY(page.openBundle(m_bundle));
        QVERIFY(open->isEnabled());
        const QString file = page.extractReport();
        QVERIFY(file.endsWith(QStringLiteral("audit-report.pdf")));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void theDecisionIsInViewBesideItsEvidence()
    {
        QTemporaryDir trusted;
        EvidencePage page(nullptr, trusted.path());
        page.resize(1100, 700);
        page.show();
        QVERIFY(page.openBundle(m_bundle));
        auto* decisions = page.findChild<QTableWidget*>(QStringLiteral("bundleDecisions"));
        decisions->setCurrentCell(1, 0);
        const QString shown = page.findChild<QTextBrowser*>(QStringLiteral("bundleEvidence"))->toPlainText();
        // Decision, justification, flags and time spent above what the reviewer saw, and no sideways scrolling.
        QVERIFY2(shown.indexOf(QStringLiteral("Decided")) < shown.indexOf(QStringLiteral("saw when deciding")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Justification: checked with the team")));
        QVERIFY(shown.contains(QStringLiteral("Time spent on the evidence")));
        QVERIFY(!decisions->horizontalScrollBar()->isVisible());
    }

    void aTamperedBundleSaysWhatChanged()
    {
        QTemporaryDir trusted;
        EvidencePage page(nullptr, trusted.path());
        page.show();
        QVERIFY(page.openBundle(m_tampered));
        QVERIFY(!page.isValid());
        QVERIFY(page.banner()->text().contains(QStringLiteral("Does not verify")));
        QVERIFY(page.banner()->text().contains(QStringLiteral("decisions.csv")));
        auto* files = page.findChild<QListWidget*>(QStringLiteral("bundleFiles"));
        int bad = 0;
        for (int i = 0; i < files->count(); ++i)
            bad += files->item(i)->text().startsWith(QStringLiteral("✗")) ? 1 : 0;
        QCOMPARE(bad, 1);
        QVERIFY(!page.trustCurrentSigner(QStringLiteral("nobody")));
    }

    void whatDoesNotVerifyIsMarkedOnEveryRow_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<bool>("decisionsMarked");
        QTest::addColumn<bool>("evidenceMarked");
        QTest::addColumn<bool>("summaryMarked");
        QTest::addColumn<QString>("reliance");
        QTest::addRow("decisions.csv changed") << "decisions.csv" << true << false << false << "Cannot: decisions.csv";
        QTest::addRow("evidence.json changed") << "evidence.json" << false << true << false << "Cannot: evidence.json";
        QTest::addRow("campaign.json changed") << "campaign.json" << false << false << true << "Cannot: campaign.json";
        QTest::addRow("SHA256SUMS changed: nothing holds")
            << "SHA256SUMS" << true << true << true << "Nothing in it can be relied on";
    }

    void whatDoesNotVerifyIsMarkedOnEveryRow()
    {
        QFETCH(QString, member);
        QFETCH(bool, decisionsMarked);
        QFETCH(bool, evidenceMarked);
        QFETCH(bool, summaryMarked);
        QFETCH(QString, reliance);
        const QString path
            = tamper(member, [](QByteArray& b) { b[b.size() / 2] = b[b.size() / 2] == 'a' ? 'b' : 'a'; });
        QVERIFY(!path.isEmpty());
        QTemporaryDir trusted;
        EvidencePage page(nullptr, trusted.path());
        page.show();
        QVERIFY(page.openBundle(path));
        QVERIFY(!page.isValid());
        QVERIFY2(page.banner()->text().contains(reliance), qPrintable(page.banner()->text()));
        auto* decisions = page.findChild<QTableWidget*>(QStringLiteral("bundleDecisions"));
        QVERIFY(decisions);
        QVERIFY(decisions->rowCount() > 0);
        for (int row = 0; row < decisions->rowCount(); ++row) {
            QCOMPARE(decisions->item(row, 0)->text().startsWith(QStringLiteral("⚠")), decisionsMarked);
            QCOMPARE(decisions->item(row, 4)->toolTip().contains(QStringLiteral("does not verify")), decisionsMarked);
        }
        auto* evidence = page.findChild<QTextBrowser*>(QStringLiteral("bundleEvidence"));
        QVERIFY(evidence);
        QCOMPARE(evidence->toPlainText().contains(QStringLiteral("does not verify (evidence.json)")), evidenceMarked);
        auto* summary = page.findChild<QLabel*>(QStringLiteral("bundleTitle"));
        QVERIFY(summary);
        QCOMPARE(summary->text().contains(QStringLiteral("does not verify (campaign.json)")), summaryMarked);
    }
};

QTEST_MAIN(TestEvidencePage)
#include "TestEvidencePage.moc"
