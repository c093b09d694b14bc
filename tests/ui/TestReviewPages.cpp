#include "core/analysis/AnalysisService.h"
#include "core/connectors/aws/AwsIamImporter.h"
#include "core/demo/DemoEstate.h"
#include "core/evidence/EvidenceBundle.h"
#include "core/evidence/Signer.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/review/TriggerService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/SqlUtil.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/campaigns/TemplatesDialog.h"
#include "ui/campaigns/TriggersDialog.h"
#include "ui/reviews/ReviewQueuePage.h"
#include "ui/team/WhoAreYouDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <algorithm>

using namespace recertify;

/** An owner works through the review queue with the keyboard; the manager sees it happen. */
class TestReviewPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_store;
    qint64 m_campaign = 0;
    QString m_reviewer;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        QVERIFY(DemoEstate::generate(*m_store->database(), { 300, 21, false }, Clock::instance()).ok());
        QVERIFY(AnalysisService(m_store->database()).run().ok());
        auto id = CampaignService(m_store->database())
                      .create({ QStringLiteral("Q4 review"), QDateTime::currentDateTimeUtc().addDays(14),
                                QStringLiteral("kind=ai-agent"), QStringLiteral("governance@example.com"), QString(),
                                QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        m_campaign = id.value();
        auto status = CampaignService(m_store->database()).status(m_campaign);
        QVERIFY(status.ok() && !status->reviewers.isEmpty());
        // The reviewer with the most items.
        auto busiest = std::max_element(status->reviewers.cbegin(), status->reviewers.cend(),
                                        [](const auto& a, const auto& b) { return a.items < b.items; });
        m_reviewer = busiest->email;
    }

    void anOwnerWalksThroughTheQueue()
    {
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(m_campaign, m_reviewer);
        auto* queue = page->findChild<QListWidget*>(QStringLiteral("reviewQueue"));
        auto* evidence = page->findChild<QTextBrowser*>(QStringLiteral("reviewEvidence"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("reviewMessage"));
        QVERIFY(queue->count() >= 1);
        const auto items = ReviewService(m_store->database()).items(m_campaign, m_reviewer).value();
        const ReviewItem first = items.first();
        QCOMPARE(queue->currentRow(), 0);
        // The evidence sits beside the item: what it is, why it is here, granted vs used.
        QVERIFY(evidence->toPlainText().contains(first.displayName));
        QVERIFY(evidence->toPlainText().contains(QStringLiteral("Why it is here")));
        QVERIFY(evidence->toPlainText().contains(QStringLiteral("Granted")));

        // Nothing is pre-answered: no attestation chosen, Decide disabled, Ctrl+Return records nothing.
        auto* decide = page->findChild<QPushButton*>(QStringLiteral("decideButton"));
        for (QRadioButton* b : page->findChildren<QRadioButton*>())
            QVERIFY2(!b->isChecked(), qPrintable(b->text()));
        QVERIFY(!decide->isEnabled());
        QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("justification")), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY2(message->text().contains(QStringLiteral("Nothing was recorded")), qPrintable(message->text()));
        QCOMPARE(ReviewService(m_store->database()).item(first.id)->state, QStringLiteral("pending"));
        // The recommendation is shown beside the answers and applied only by a click, to the scope alone.
        auto* recommendation = page->findChild<QLabel*>(QStringLiteral("recommendation"));
        QVERIFY2(recommendation->text().startsWith(QStringLiteral("Recommended:"))
                     || recommendation->text().startsWith(QStringLiteral("No recommendation")),
                 qPrintable(recommendation->text()));
        auto* apply = page->findChild<QPushButton*>(QStringLiteral("applyRecommendation"));
        if (apply->isVisible()) {
            QTest::mouseClick(apply, Qt::LeftButton);
            const QStringList proposed = [&] {
                QStringList out;
                for (const QJsonValue& v : first.evidence.value(QStringLiteral("proposedReduce")).toArray())
                    out << v.toString();
                return out;
            }();
            for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
                if (b->text().startsWith(proposed.isEmpty() ? QStringLiteral("Keep the scope")
                                                            : QStringLiteral("Reduce")))
                    QVERIFY(b->isChecked());
                if (b->text().startsWith(QStringLiteral("Confirm")) || b->text().startsWith(QStringLiteral("Certify")))
                    QVERIFY(!b->isChecked());
            }
            QVERIFY(!decide->isEnabled());
        }

        // An orphan's ownership cannot be confirmed: that answer is not offered; a new owner is named instead.
        bool orphan = false;
        for (const QJsonValue& f : first.evidence.value(QStringLiteral("findings")).toArray())
            orphan = orphan || f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("orphaned");
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(QStringLiteral("Confirm")))
                QCOMPARE(b->isEnabled(), !orphan);
        }
        // Revoking without a reason is refused, and nothing is recorded.
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(QStringLiteral("Revoke"))
                || b->text().startsWith(orphan ? QStringLiteral("Reassign") : QStringLiteral("Confirm"))
                || b->text().startsWith(QStringLiteral("Keep the scope")))
                b->setChecked(true);
        }
        if (orphan)
            page->findChild<QLineEdit*>(QStringLiteral("newOwner"))->setText(QStringLiteral("ada@example.com"));
        QVERIFY(decide->isEnabled());
        QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("justification")), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY2(message->text().contains(QStringLiteral("needs a reason")), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(QStringLiteral("--justification")), qPrintable(message->text()));
        QVERIFY(page->findChild<QPlainTextEdit*>(QStringLiteral("justification"))->hasFocus()); // the field at fault
        QCOMPARE(ReviewService(m_store->database()).item(first.id)->state, QStringLiteral("pending"));

        // With a reason, Ctrl+Return records it and moves on to the next pending item.
        page->findChild<QPlainTextEdit*>(QStringLiteral("justification"))
            ->setPlainText(QStringLiteral("The agent was replaced in October"));
        QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("justification")), Qt::Key_Return,
                        Qt::ControlModifier);
        const ReviewItem decided = ReviewService(m_store->database()).item(first.id).value();
        QCOMPARE(decided.state, QStringLiteral("decided"));
        // What was recorded is said in the form's words.
        QVERIFY2(message->text().startsWith(QStringLiteral("Recorded for %1: ").arg(first.displayName)),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("scope kept; revoked")), qPrintable(message->text()));
        // Tab leaves the justification box; it never types a tab into audited text.
        auto* why = page->findChild<QPlainTextEdit*>(QStringLiteral("justification"));
        why->setFocus();
        QTest::keyClick(why, Qt::Key_Tab);
        QVERIFY(!why->toPlainText().contains(u'\t'));
        if (items.size() > 1)
            QVERIFY(queue->currentItem()->text().contains(items.at(1).displayName));
        // Reviewer of record and certifier are both in the audit chain, which still holds.
        auto entries = AuditLog::entries(m_store->database()->connection(), QStringLiteral("review-item"),
                                         QString::number(first.id));
        QVERIFY(entries.ok() && entries->size() == 1);
        QVERIFY(entries->first().payload.contains(QStringLiteral("\"assignedTo\":\"%1\"").arg(m_reviewer)));
        QVERIFY(entries->first().payload.contains(QStringLiteral("\"need\":\"revoke\"")));
        QVERIFY(AuditLog::verify(m_store->database()->connection())->ok());

        // Handing an item on: a bad address is refused in place; a good one takes it out of this queue.
        QVERIFY(items.size() > 1);
        const int before = queue->count();
        QVERIFY(queue->currentItem()->text().contains(items.at(1).displayName));
        QVERIFY(!page->delegateCurrent(QStringLiteral("nobody")));
        // In the form's words, never a command-line flag.
        QVERIFY2(message->text().contains(QStringLiteral("email address of another reviewer")),
                 qPrintable(message->text()));
        QVERIFY2(!message->text().contains(QStringLiteral("--")), qPrintable(message->text()));
        QCOMPARE(queue->count(), before);
        const qint64 handed = items.at(1).id;
        QVERIFY(page->delegateCurrent(QStringLiteral("Deputy@Example.com")));
        QCOMPARE(queue->count(), before - 1);
        QCOMPARE(ReviewService(m_store->database()).item(handed)->reviewer, QStringLiteral("deputy@example.com"));

        // The manager's view follows.
        QVERIFY(window.showSection(QStringLiteral("campaigns")));
        window.campaigns()->reload();
        window.campaigns()->select(m_campaign);
        auto* summary = window.campaigns()->findChild<QLabel*>(QStringLiteral("campaignSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("1 revoked")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("handed on: 1")), qPrintable(summary->text()));
        QVERIFY(window.campaigns()->findChild<QChartView*>(QStringLiteral("burndownChart")));
        QVERIFY(window.campaigns()->findChild<QChartView*>(QStringLiteral("reviewerChart")));
        QVERIFY(!window.grab().isNull());
    }

    // A long queue is searched as you type and sorted as the reviewer works; pending items stay first.
    // Someone with nothing to review after someone who had: nothing of the last item stays on screen, and
    // nothing can be answered, handed on or decided.
    // A role no activity data covers (cloudsplaining's 2023 export alone): its evidence calls no grant unused, and
    // says why, beside the scope answer that recommends nothing.
    void aGrantNoActivityCoversIsNotCalledUnused()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        AwsIamImporter importer;
        QVERIFY(SyncEngine(store.database(), Clock::instance())
                    .run(importer,
                         { QStringLiteral(RECERTIFY_SOURCE_DIR
                                          "/tests/data/aws/iam/gaad-cloudsplaining-example-2023.json") })
                    .ok());
        QVERIFY(AnalysisService(store.database()).run().ok());
        auto id = CampaignService(store.database())
                      .create({ QStringLiteral("AWS roles"), QDateTime::currentDateTimeUtc().addDays(14),
                                QStringLiteral("kind=iam-role"), QStringLiteral("governance@example.com"), QString(),
                                QStringLiteral("test"), QString() });
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        MainWindow window(store.database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(id.value(), QStringLiteral("governance@example.com"));
        auto* evidence = page->findChild<QTextBrowser*>(QStringLiteral("reviewEvidence"));
        const QString text = evidence->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("usage unknown: no activity data for aws")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(" unused")), qPrintable(text));
    }

    void anEmptyQueueShowsNothingToAnswer()
    {
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(m_campaign, m_reviewer);
        auto* evidence = page->findChild<QTextBrowser*>(QStringLiteral("reviewEvidence"));
        const ReviewItem first = ReviewService(m_store->database()).items(m_campaign, m_reviewer).value().first();
        QVERIFY(evidence->toPlainText().contains(first.displayName));

        page->show(m_campaign, QStringLiteral("nobody-here@example.com"));
        QCOMPARE(page->findChild<QListWidget*>(QStringLiteral("reviewQueue"))->count(), 0);
        QVERIFY2(!evidence->toPlainText().contains(first.displayName), qPrintable(evidence->toPlainText()));
        QVERIFY(evidence->toPlainText().startsWith(QStringLiteral("No open campaign has items for you")));
        for (QRadioButton* b : page->findChildren<QRadioButton*>())
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        for (const char* name : { "decideButton", "delegateItem", "amendDecision" }) {
            auto* button = page->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button && !button->isEnabled(), name);
        }
    }

    void theQueueIsSearchedAndSorted()
    {
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(m_campaign, m_reviewer);
        QListWidget* queue = page->queue();
        auto* sort = page->findChild<QComboBox*>(QStringLiteral("reviewSort"));
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("reviewSearch"));
        auto* progress = page->findChild<QLabel*>(QStringLiteral("reviewProgress"));
        QVERIFY(sort && search && progress);
        const auto items = ReviewService(m_store->database()).items(m_campaign, m_reviewer).value();
        QVERIFY(items.size() >= 3);

        // Trust debt, highest first, among the pending items.
        sort->setCurrentIndex(sort->findData(QStringLiteral("debt")));
        QList<double> debts;
        for (int row = 0; row < queue->count(); ++row) {
            const QString text = queue->item(row)->text();
            if (text.startsWith(QStringLiteral("✓")))
                break;
            for (const ReviewItem& i : items) {
                if (text.startsWith(i.displayName + u'\n'))
                    debts << i.evidence.value(QStringLiteral("trustDebt"))
                                 .toObject()
                                 .value(QStringLiteral("score"))
                                 .toDouble();
            }
        }
        QVERIFY(debts.size() >= 2);
        QVERIFY(std::is_sorted(debts.crbegin(), debts.crend()));
        // By name: alphabetical among the pending ones.
        sort->setCurrentIndex(sort->findData(QStringLiteral("name")));
        QStringList names;
        for (int row = 0; row < queue->count() && !queue->item(row)->text().startsWith(QStringLiteral("✓")); ++row)
            names << queue->item(row)->text().section(u'\n', 0, 0);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(names, sorted);

        // Searching hides what does not match, says how many are shown, and the selection follows.
        const QString wanted = items.last().displayName;
        QTest::keyClicks(search, wanted);
        int visible = 0;
        for (int row = 0; row < queue->count(); ++row)
            visible += queue->item(row)->isHidden() ? 0 : 1;
        QVERIFY(visible >= 1 && visible < queue->count());
        for (int row = 0; row < queue->count(); ++row) {
            if (!queue->item(row)->isHidden())
                QVERIFY2(queue->item(row)->text().contains(wanted), qPrintable(queue->item(row)->text()));
        }
        QVERIFY2(progress->text().contains(QStringLiteral("%1 shown").arg(visible)), qPrintable(progress->text()));
        search->clear();
        for (int row = 0; row < queue->count(); ++row)
            QVERIFY(!queue->item(row)->isHidden());
        // A new owner is named from the people directory: typing part of an address completes it.
        auto* newOwner = page->findChild<QLineEdit*>(QStringLiteral("newOwner"));
        QVERIFY(newOwner->completer());
        QString person;
        const auto people
            = PeopleRepository(m_store->database()).all(); // named: the loop must not walk a dead temporary
        QVERIFY(people.ok());
        for (const Person& p : people.value()) {
            if (p.active)
                person = p.email;
        }
        QVERIFY(!person.isEmpty());
        const QString part = person.section(u'@', 0, 0).right(5); // any part of the address
        QVERIFY2(newOwner->completer()->model()->rowCount() > 0, "the people directory is offered");
        newOwner->completer()->setCompletionPrefix(part);
        QVERIFY(newOwner->completer()->completionCount() >= 1);
        QVERIFY(newOwner->completer()->currentCompletion().contains(part, Qt::CaseInsensitive));
        // Ctrl+F puts the keys in the search.
        QVERIFY(window.focusSearch());
        QCOMPARE(window.focusWidget(), static_cast<QWidget*>(search));
    }

    // An item asking only what has run out: the other answers are shown as still certified and take nothing.
    void anItemAsksOnlyWhatHasRunOut()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        QVERIFY(DemoEstate::generate(*store.database(), { 60, 9, false }, Clock::instance()).ok());
        auto owned = sql::run(store.database()->connection(),
                              QStringLiteral("SELECT MIN(i.id) FROM identities i JOIN people p ON p.email = "
                                             "i.business_owner WHERE p.active = 1 AND i.status = 'active'"));
        QVERIFY(owned && owned->next());
        const qint64 identity = owned->value(0).toLongLong();
        owned->finish();
        const QString later = QDateTime::currentDateTimeUtc().addYears(1).toString(Qt::ISODate);
        (void)sql::run(
            store.database()->connection(),
            QStringLiteral(
                "UPDATE identities SET ownership_until = ?, need_until = ?, scope_until = NULL WHERE id = ?"),
            { later, later, identity });
        CampaignRequest request { QStringLiteral("Scope check"),
                                  QDateTime::currentDateTimeUtc().addDays(14),
                                  QStringLiteral("ids=%1").arg(identity),
                                  QStringLiteral("gov@example.com"),
                                  QString(),
                                  QStringLiteral("test"),
                                  QString() };
        request.onlyExpired = true;
        auto campaign = CampaignService(store.database()).create(request);
        QVERIFY2(campaign.ok(), qPrintable(campaign.errorString()));
        const ReviewItem item = ReviewService(store.database()).items(campaign.value())->first();

        MainWindow window(store.database());
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(campaign.value(), item.reviewer);
        auto* decide = page->findChild<QPushButton*>(QStringLiteral("decideButton"));
        QStringList notAsked;
        for (QGroupBox* box : page->findChildren<QGroupBox*>()) {
            if (box->title().contains(QStringLiteral("not asked")))
                notAsked << box->title();
        }
        QCOMPARE(notAsked.size(), 2);
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            const bool scope = b->text().startsWith(QStringLiteral("Keep the scope"))
                || b->text().startsWith(QStringLiteral("Reduce"));
            QCOMPARE(b->isEnabled(), scope);
            QVERIFY(!b->isChecked());
        }
        QVERIFY(!decide->isEnabled());
        // Answering the one question asked is enough.
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(QStringLiteral("Keep the scope")))
                b->setChecked(true);
        }
        page->findChild<QPlainTextEdit*>(QStringLiteral("justification"))
            ->setPlainText(QStringLiteral("every grant still needed"));
        QVERIFY(decide->isEnabled());
        QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("justification")), Qt::Key_Return,
                        Qt::ControlModifier);
        auto recorded = ReviewService(store.database()).decision(item.id);
        QVERIFY2(recorded.ok(), qPrintable(page->findChild<QLabel*>(QStringLiteral("reviewMessage"))->text()));
        QCOMPARE(recorded->ownership, QStringLiteral("not-asked"));
        QCOMPARE(recorded->scope, QStringLiteral("keep"));
        QCOMPARE(recorded->need, QStringLiteral("not-asked"));
        QVERIFY(recorded->scopeUntil.isValid());
    }

    // A slip is corrected from the form: the answers open again unanswered, and the amendment supersedes.
    void aDecisionIsAmendedUntilTheCampaignCloses()
    {
        const auto pending = ReviewService(m_store->database()).items(m_campaign, m_reviewer).value();
        auto target = std::find_if(pending.cbegin(), pending.cend(),
                                   [](const ReviewItem& i) { return i.state == QLatin1String("pending"); });
        QVERIFY(target != pending.cend());
        Decision slip;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        slip.ownership = QStringLiteral("confirm");
        slip.scope = QStringLiteral("keep");
        slip.need = QStringLiteral("certify");
        slip.itemId = target->id;
        slip.decidedBy = m_reviewer;
        slip.ownership = QStringLiteral("reassign");
        slip.ownershipTarget = QStringLiteral("ada@example.com");
        slip.need = QStringLiteral("revoke");
        slip.justification = QStringLiteral("clicked the wrong one");
        QVERIFY(ReviewService(m_store->database()).decide(slip).ok());

        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(m_campaign, m_reviewer);
        auto* queue = page->findChild<QListWidget*>(QStringLiteral("reviewQueue"));
        auto* message = page->findChild<QLabel*>(QStringLiteral("reviewMessage"));
        auto* amend = page->findChild<QPushButton*>(QStringLiteral("amendDecision"));
        auto* decide = page->findChild<QPushButton*>(QStringLiteral("decideButton"));
        QVERIFY(amend && decide);
        // On a pending item there is nothing to amend.
        QVERIFY(!amend->isEnabled());
        for (int row = 0; row < queue->count(); ++row) {
            if (queue->item(row)->text().contains(target->displayName))
                queue->setCurrentRow(row);
        }
        QVERIFY(queue->currentItem()->text().contains(target->displayName));
        QVERIFY2(message->text().contains(QStringLiteral("revoked")), qPrintable(message->text()));
        QVERIFY(amend->isEnabled());
        QVERIFY(!decide->isEnabled());

        QTest::mouseClick(amend, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QStringLiteral("Amending the decision of")), qPrintable(message->text()));
        // The old answers are shown in words, never filled in.
        for (QRadioButton* b : page->findChildren<QRadioButton*>())
            QVERIFY2(!b->isChecked(), qPrintable(b->text()));
        QVERIFY(!decide->isEnabled());
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(QStringLiteral("Reassign"))
                || b->text().startsWith(QStringLiteral("Keep the scope"))
                || b->text().startsWith(QStringLiteral("Certify")))
                b->setChecked(true);
        }
        page->findChild<QLineEdit*>(QStringLiteral("newOwner"))->setText(QStringLiteral("ada@example.com"));
        page->findChild<QPlainTextEdit*>(QStringLiteral("justification"))
            ->setPlainText(QStringLiteral("still runs the nightly export"));
        QVERIFY(decide->isEnabled());
        QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("justification")), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY2(message->text().startsWith(QStringLiteral("Amendment recorded for %1").arg(target->displayName)),
                 qPrintable(message->text()));

        auto inForce = ReviewService(m_store->database()).decision(target->id);
        QVERIFY(inForce.ok());
        QCOMPARE(inForce->need, QStringLiteral("certify"));
        QVERIFY(inForce->supersedes > 0);
        auto entries = AuditLog::entries(m_store->database()->connection(), QStringLiteral("review-item"),
                                         QString::number(target->id));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2); // the decision and the amendment
        QVERIFY(AuditLog::verify(m_store->database()->connection())->ok());
    }

    void bulkDecisionsAreCheckedAndFlagged()
    {
        // A reviewer with several pending items selects them all and certifies in one go.
        auto status = CampaignService(m_store->database()).status(m_campaign);
        QVERIFY(status.ok());
        QString bulkReviewer;
        for (const auto& r : status->reviewers) {
            if (r.email != m_reviewer && r.items - r.decided >= 3)
                bulkReviewer = r.email;
        }
        QVERIFY2(!bulkReviewer.isEmpty(), "the demo campaign has a second reviewer with three pending items");
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->show(m_campaign, bulkReviewer);
        QListWidget* queue = page->queue();
        auto* message = page->findChild<QLabel*>(QStringLiteral("reviewMessage"));
        auto* bulk = page->findChild<QPushButton*>(QStringLiteral("decideSelected"));
        QVERIFY(!bulk->isEnabled());
        const auto items = ReviewService(m_store->database()).items(m_campaign, bulkReviewer).value();
        for (int row = 0; row < 3; ++row)
            queue->item(row)->setSelected(true);
        QVERIFY(!bulk->isEnabled()); // nothing answered yet

        // Reducing picks grants per identity: refused for a selection, nothing recorded.
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(QStringLiteral("Reduce")) || b->text().startsWith(QStringLiteral("Confirm"))
                || b->text().startsWith(QStringLiteral("Certify")))
                b->setChecked(true);
        }
        QVERIFY(bulk->isEnabled());
        QCOMPARE(page->decideSelected(), 0);
        QVERIFY2(message->text().contains(QStringLiteral("one at a time")), qPrintable(message->text()));
        QCOMPARE(ReviewService(m_store->database()).item(items.at(0).id)->state, QStringLiteral("pending"));

        // Keep and certify: three decisions, each audited, and flagged as hasty to the manager.
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(QStringLiteral("Keep the scope"))
                || b->text().startsWith(QStringLiteral("Certify")))
                b->setChecked(true);
        }
        page->findChild<QPlainTextEdit*>(QStringLiteral("justification"))
            ->setPlainText(QStringLiteral("Checked the runbooks of all three"));
        QCOMPARE(page->decideSelected(), 3);
        QVERIFY2(message->text().contains(QStringLiteral("3 decisions recorded")), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("flagged to your manager")), qPrintable(message->text()));
        for (int row = 0; row < 3; ++row) {
            const ReviewItem decided = ReviewService(m_store->database()).item(items.at(row).id).value();
            QCOMPARE(decided.state, QStringLiteral("decided"));
            auto entries = AuditLog::entries(m_store->database()->connection(), QStringLiteral("review-item"),
                                             QString::number(decided.id));
            QVERIFY(entries.ok() && entries->size() == 1);
        }
        auto after = CampaignService(m_store->database()).status(m_campaign);
        QVERIFY(after.ok() && after->flagged >= 3);

        // The manager sees each flagged decision and opens it with the evidence its reviewer saw.
        QVERIFY(window.showSection(QStringLiteral("campaigns")));
        window.campaigns()->reload();
        window.campaigns()->select(m_campaign);
        auto* flagged = window.campaigns()->findChild<QTableWidget*>(QStringLiteral("flaggedDecisions"));
        QVERIFY(flagged);
        QCOMPARE(flagged->rowCount(), after->flagged);
        auto* tabs = window.campaigns()->findChild<QTabWidget*>(QStringLiteral("reviewerTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(flagged)), QStringLiteral("Flagged (%1)").arg(after->flagged));
        int row = -1;
        for (int r = 0; r < flagged->rowCount(); ++r) {
            if (flagged->item(r, 0)->data(Qt::UserRole).toLongLong() == items.at(0).id)
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY2(flagged->item(row, 2)->text().contains(QStringLiteral("under 3 second")),
                 qPrintable(flagged->item(row, 2)->text()));
        QPointer<QDialog> dialog = window.campaigns()->openFlagged(row);
        QVERIFY(dialog);
        const QString shown = dialog->findChild<QTextBrowser*>(QStringLiteral("flaggedDecisionView"))->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Why flagged: under 3 second")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Checked the runbooks of all three")), qPrintable(shown));
        QVERIFY2(shown.contains(items.at(0).displayName) && shown.contains(QStringLiteral("Granted")),
                 qPrintable(shown));
        // Esc closes it, as every secondary window.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    // On a local store the app knows who is at the keyboard: My reviews is their queue across every open
    // campaign, and a manager works a report's queue only on that report's behalf, recorded as such.
    void aManagerWorksAReportsQueueOnTheirBehalf()
    {
        QString report;
        QString manager;
        {
            auto q = sql::run(
                m_store->database()->connection(),
                QStringLiteral(
                    "SELECT r.reviewer, p.manager_email FROM review_items r JOIN people p ON p.email = r.reviewer "
                    "WHERE r.state = 'pending' AND p.manager_email IS NOT NULL AND p.manager_email <> '' AND "
                    "r.reviewer <> ? "
                    "GROUP BY r.reviewer, p.manager_email ORDER BY COUNT(*) DESC"),
                { m_reviewer });
            QVERIFY(q && q->next());
            report = q->value(0).toString();
            manager = q->value(1).toString().toLower();
        }
        MainWindow window(m_store->database());
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setLocalUser(manager);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("signedIn"))->text().contains(manager));
        QVERIFY(window.showSection(QStringLiteral("reviews")));
        ReviewQueuePage* page = window.reviews();
        page->reload();
        auto* campaigns = page->findChild<QComboBox*>(QStringLiteral("reviewCampaign"));
        auto* reviewAs = page->findChild<QComboBox*>(QStringLiteral("reviewAs"));
        auto* queue = page->findChild<QListWidget*>(QStringLiteral("reviewQueue"));
        QCOMPARE(campaigns->itemText(0), QStringLiteral("All open campaigns"));
        QCOMPARE(campaigns->currentIndex(), 0);
        QCOMPARE(reviewAs->itemText(0), manager);
        QVERIFY2(reviewAs->findText(report) > 0, qPrintable(report));
        QCOMPARE(queue->count(), int(ReviewService(m_store->database()).items(0, manager)->size()));

        reviewAs->setCurrentIndex(reviewAs->findText(report));
        const auto theirs = ReviewService(m_store->database()).items(0, report).value();
        QCOMPARE(queue->count(), int(theirs.size()));
        QVERIFY2(page->findChild<QLabel*>(QStringLiteral("reviewProgress"))
                     ->text()
                     .contains(QStringLiteral("on behalf of ") + report),
                 qPrintable(page->findChild<QLabel*>(QStringLiteral("reviewProgress"))->text()));
        const ReviewItem item = theirs.at(queue->currentRow());
        QCOMPARE(item.state, QStringLiteral("pending"));
        bool orphan = false;
        for (const QJsonValue& f : item.evidence.value(QStringLiteral("findings")).toArray())
            orphan = orphan || f.toObject().value(QStringLiteral("type")).toString() == QLatin1String("orphaned");
        for (QRadioButton* b : page->findChildren<QRadioButton*>()) {
            if (b->text().startsWith(orphan ? QStringLiteral("Reassign") : QStringLiteral("Confirm"))
                || b->text().startsWith(QStringLiteral("Keep the scope"))
                || b->text().startsWith(QStringLiteral("Certify")))
                b->setChecked(true);
        }
        if (orphan)
            page->findChild<QLineEdit*>(QStringLiteral("newOwner"))->setText(QStringLiteral("ada@example.com"));
        page->findChild<QPlainTextEdit*>(QStringLiteral("justification"))
            ->setPlainText(QStringLiteral("Checked with the team on their behalf"));
        QTest::keyClick(page->findChild<QPlainTextEdit*>(QStringLiteral("justification")), Qt::Key_Return,
                        Qt::ControlModifier);
        auto* message = page->findChild<QLabel*>(QStringLiteral("reviewMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("on behalf of ") + report), qPrintable(message->text()));
        auto row
            = sql::run(m_store->database()->connection(),
                       QStringLiteral("SELECT assigned_to, decided_by, on_behalf_of FROM decisions WHERE item_id = ?"),
                       { item.id });
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), report);
        QCOMPARE(row->value(1).toString(), manager);
        QCOMPARE(row->value(2).toString(), report);
    }

    // The first-run question: the login's match is proposed, and only an email address is accepted.
    void whoAreYouProposesAndAcceptsOnlyAnAddress()
    {
        const QList<Person> people {
            { QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"), QString(), true },
            { QStringLiteral("grace@example.com"), QStringLiteral("Grace Hopper"), QString(), true },
            { QStringLiteral("left@example.com"), QStringLiteral("Gone Away"), QString(), false }
        };
        WhoAreYouDialog dialog(people, QStringLiteral("grace@example.com"));
        auto* person = dialog.findChild<QComboBox*>(QStringLiteral("whoAmI"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(person->count(), 2); // who has left is not offered
        QCOMPARE(dialog.email(), QStringLiteral("grace@example.com"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!person->accessibleName().isEmpty());
        person->setEditText(QStringLiteral("just a name"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("whoAmIProblem"))->text().isEmpty());
        person->setEditText(QStringLiteral("Zoe <Zoe@Example.com>"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.email(), QStringLiteral("zoe@example.com"));
    }

    void triggersAreConfiguredInTheDialog()
    {
        TriggersDialog dialog(m_store->database());
        dialog.show();
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 4);
        int expiring = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("credential-expiring"))
                expiring = row;
        }
        QVERIFY(expiring >= 0);
        // On without a fallback reviewer: refused, named, nothing stored.
        qobject_cast<QCheckBox*>(table->cellWidget(expiring, 1))->setChecked(true);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("triggerMessage"))
                     ->text()
                     .contains(QStringLiteral("Credential expiring")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("triggerMessage"))->text()));
        QVERIFY(!TriggerService(m_store->database()).all()->at(expiring).enabled);
        if (qEnvironmentVariableIsSet("RECERTIFY_SHOTS")) {
            QTest::qWait(50); // let the layout make room for the message, as the event loop would
            dialog.grab().save(qEnvironmentVariable("RECERTIFY_SHOTS") + QStringLiteral("/triggers-refused.png"));
        }
        // With one, and 30 days: stored as set.
        qobject_cast<QDoubleSpinBox*>(table->cellWidget(expiring, 2))->setValue(30);
        qobject_cast<QLineEdit*>(table->cellWidget(expiring, 3))->setText(QStringLiteral("governance@example.com"));
        QVERIFY(dialog.save());
        const TriggerConfig stored = TriggerService(m_store->database()).all()->at(expiring);
        QVERIFY(stored.enabled);
        QCOMPARE(stored.threshold, 30.0);
        QCOMPARE(stored.fallbackReviewer, QStringLiteral("governance@example.com"));
        if (qEnvironmentVariableIsSet("RECERTIFY_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("RECERTIFY_SHOTS") + QStringLiteral("/triggers.png"));
    }

    void recurringCampaignsAreDefinedInTheDialog()
    {
        TemplatesDialog dialog(m_store->database());
        dialog.show();
        QSignalSpy started(&dialog, &TemplatesDialog::campaignsStarted);
        const int before = int(CampaignService(m_store->database()).list()->size());
        // A scope that does not parse: refused, the field named, nothing stored.
        dialog.findChild<QLineEdit*>(QStringLiteral("templateName"))->setText(QStringLiteral("Quarterly agents"));
        dialog.findChild<QLineEdit*>(QStringLiteral("templateScope"))->setText(QStringLiteral("colour=blue"));
        QVERIFY(!dialog.addTemplate());
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("templateMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("colour")), qPrintable(message->text()));
        QCOMPARE(dialog.table()->rowCount(), 0);
        // Every 90 days from today, over the agents: listed, and due now.
        dialog.findChild<QLineEdit*>(QStringLiteral("templateScope"))->setText(QStringLiteral("kind=ai-agent"));
        dialog.findChild<QLineEdit*>(QStringLiteral("templateFallback"))
            ->setText(QStringLiteral("governance@example.com"));
        QVERIFY2(dialog.addTemplate(), qPrintable(message->text()));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Quarterly agents"));
        QVERIFY(dialog.table()->item(0, 2)->text().startsWith(QStringLiteral("90 day")));
        if (qEnvironmentVariableIsSet("RECERTIFY_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("RECERTIFY_SHOTS") + QStringLiteral("/templates.png"));
        QCOMPARE(dialog.startDue(), 1);
        QCOMPARE(started.count(), 1);
        QCOMPARE(int(CampaignService(m_store->database()).list()->size()), before + 1);
        QCOMPARE(dialog.startDue(), 0); // not again until the period is over
        // Stopped: gone from the list, audited, its campaign stays.
        dialog.table()->selectRow(0);
        const QString templateId = dialog.table()->item(0, 0)->data(Qt::UserRole).toString();
        QVERIFY(dialog.removeSelected());
        QCOMPARE(dialog.table()->rowCount(), 0);
        QCOMPARE(int(CampaignService(m_store->database()).list()->size()), before + 1);
        auto audit
            = AuditLog::entries(m_store->database()->connection(), QStringLiteral("campaign-template"), templateId);
        QVERIFY(audit && audit->size() == 1 && audit->first().action == QLatin1String("template.remove"));
    }

    void tabFollowsReadingOrder_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QStringList>("order");
        QTest::addRow("my reviews: the decide row left to right")
            << "reviews"
            << QStringList { "reviewCampaign", "reviewAs",     "reviewSearch",        "reviewSort",   "reviewQueue",
                             "reviewEvidence", "newOwner",     "applyRecommendation", "reduceGrants", "justification",
                             "amendDecision",  "delegateItem", "decideSelected",      "decideButton" };
        QTest::addRow("campaigns: the top row left to right, the lists, then the chosen campaign's actions")
            << "campaigns" << QStringList { "campaignTriggers", "campaignTemplates", "newCampaign",
                                            "campaignList",     "remediationTasks",  "remindCampaign",
                                            "exportCampaign",   "escalateCampaign",  "closeCampaign" };
    }

    void tabFollowsReadingOrder()
    {
        QFETCH(QString, section);
        QFETCH(QStringList, order);
        MainWindow window(m_store->database());
        window.show();
        QVERIFY(window.showSection(section));
        QCoreApplication::processEvents();
        // Walk the focus chain once round from the first named widget, keeping what Tab can reach.
        QWidget* start = window.findChild<QWidget*>(order.first());
        QVERIFY(start);
        QStringList visited;
        QWidget* w = start;
        do {
            if (order.contains(w->objectName()) && !visited.contains(w->objectName())
                && (w->focusPolicy() & Qt::TabFocus))
                visited << w->objectName();
            w = w->nextInFocusChain();
        } while (w && w != start);
        QCOMPARE(visited, order);
    }

    // The manager exports the signed bundle from the app, in a worker; the page says where it went, and it verifies.
    void theSignedBundleIsExportedFromTheApp()
    {
        MainWindow window(m_store->database());
        window.show();
        window.campaigns()->reload();
        window.campaigns()->select(m_campaign);
        auto* button = window.campaigns()->findChild<QPushButton*>(QStringLiteral("exportCampaign"));
        QVERIFY(button && button->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q4.zip"));
        SigningKey key = Signer::generate().value();
        key.owner = QStringLiteral("Governance <gov@example.com>");
        QSignalSpy done(window.campaigns(), &CampaignsPage::exported);
        window.campaigns()->exportTo(m_campaign, path, key);
        QVERIFY(!button->isEnabled()); // one export at a time, while the window stays responsive
        QVERIFY(window.campaigns()
                    ->findChild<QProgressBar*>(QStringLiteral("exportProgress"))
                    ->isVisibleTo(window.campaigns()));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(1).toString(), QString());
        QVERIFY(button->isEnabled());
        QVERIFY(!window.campaigns()
                     ->findChild<QProgressBar*>(QStringLiteral("exportProgress"))
                     ->isVisibleTo(window.campaigns()));
        auto* notice = window.campaigns()->findChild<QLabel*>(QStringLiteral("campaignNotice"));
        QVERIFY2(notice->text().contains(QStringLiteral("q4.zip")), qPrintable(notice->text()));
        auto verified = EvidenceBundle::verify(path, key.publicPem);
        QVERIFY2(verified.ok() && verified->valid,
                 verified.ok() ? qPrintable(verified->problems.join(u'\n')) : qPrintable(verified.errorString()));
        QCOMPARE(verified->signer, QStringLiteral("Governance <gov@example.com>"));
    }

    void everyReviewerIsListedAndRemindersAreSavedForAMailer()
    {
        MainWindow window(m_store->database());
        window.show();
        window.campaigns()->reload();
        window.campaigns()->select(m_campaign);
        auto status = CampaignService(m_store->database()).status(m_campaign);
        QVERIFY(status.ok());
        // Every reviewer, not only a chart's ten, sorted by what is left to do, and sortable by any column.
        auto* reviewers = window.campaigns()->findChild<QTableWidget*>(QStringLiteral("reviewerTable"));
        QVERIFY(reviewers);
        QCOMPARE(reviewers->rowCount(), status->reviewers.size());
        for (int row = 1; row < reviewers->rowCount(); ++row)
            QVERIFY(reviewers->item(row - 1, 3)->data(Qt::DisplayRole).toInt()
                    >= reviewers->item(row, 3)->data(Qt::DisplayRole).toInt());
        QVERIFY(reviewers->isSortingEnabled());
        QAbstractItemModelTester tester(reviewers->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto* remind = window.campaigns()->findChild<QPushButton*>(QStringLiteral("remindCampaign"));
        QVERIFY(remind && remind->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reminders.csv"));
        QVERIFY(window.campaigns()->writeReminders(m_campaign, path));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("reviewer,pending,manager,campaign,due,mailto"));
        int pendingReviewers = 0;
        for (const CampaignStatus::Reviewer& r : status->reviewers)
            pendingReviewers += r.items > r.decided ? 1 : 0;
        QCOMPARE(lines.size() - 1, pendingReviewers);
        QVERIFY(lines.at(1).contains("mailto:"));
        QVERIFY(lines.at(1).contains("subject=Reminder"));
        QVERIFY(window.campaigns()
                    ->findChild<QLabel*>(QStringLiteral("campaignNotice"))
                    ->text()
                    .contains(QStringLiteral("recorded")));
        auto recorded = sql::run(m_store->database()->connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.remind'"));
        QVERIFY(recorded.ok() && recorded->next());
        QVERIFY(recorded->value(0).toInt() >= 1);
    }

    void closingTurnsDecisionsIntoRemediation()
    {
        MainWindow window(m_store->database());
        window.show();
        QVERIFY(CampaignService(m_store->database()).close(m_campaign, QStringLiteral("test")).ok());
        window.campaigns()->reload();
        window.campaigns()->select(m_campaign);
        auto* tasks = window.campaigns()->findChild<QTableWidget*>(QStringLiteral("remediationTasks"));
        QVERIFY(tasks->rowCount() >= 1);
        bool disable = false;
        for (int row = 0; row < tasks->rowCount(); ++row)
            disable = disable || tasks->item(row, 1)->text().startsWith(QStringLiteral("disable-identity"));
        QVERIFY2(disable, "the revoked identity becomes a disable task");
        // Closed: nothing is pending any more, nobody to remind.
        auto* reviewers = window.campaigns()->findChild<QTableWidget*>(QStringLiteral("reviewerTable"));
        QCOMPARE(reviewers->horizontalHeaderItem(3)->text(), CampaignsPage::tr("Undecided at close"));
        QVERIFY(!window.campaigns()->findChild<QPushButton*>(QStringLiteral("remindCampaign"))->isEnabled());
    }
};

QTEST_MAIN(TestReviewPages)
#include "TestReviewPages.moc"
