#include "core/analysis/AnalysisService.h"
#include "core/demo/DemoEstate.h"
#include "core/pipeline/AfterChange.h"
#include "core/review/CampaignPreview.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace recertify;

namespace {

qint64 scalar(const Database& database, const QString& statement, const QVariantList& values = {})
{
    auto q = sql::runList(database.connection(), statement, values);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QStringList findingsOf(const Database& database, qint64 identity, const QString& type)
{
    QStringList out;
    auto q = sql::run(
        database.connection(),
        QStringLiteral(
            "SELECT subject, detail FROM findings WHERE identity_id = ? AND type = ? AND resolved_at IS NULL"),
        { identity, type });
    while (q && q->next())
        out << q->value(0).toString() + QStringLiteral(": ") + q->value(1).toString();
    return out;
}

QString textOf(const test::TestDatabase& store, qint64 item)
{
    auto q = sql::run(store.database()->connection(),
                      QStringLiteral("SELECT ownership, scope, need FROM decisions WHERE item_id = ?"), { item });
    return q && q->next()
        ? QStringList { q->value(0).toString(), q->value(1).toString(), q->value(2).toString() }.join(u'|')
        : QString();
}

} // namespace

/**
 * What a decision may say and what it changes at once: an orphan's ownership cannot be confirmed,
 * the identity's findings follow the decision without waiting for an import, and grants a reviewer
 * asked to remove are a pending removal, never scope creep.
 */
class TestDecisionRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_store;
    qint64 m_identity = 0;
    FixedClock m_clock { QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC) };

    // One identity in a campaign of its own, with the owner and directory the row asks for.
    ReviewItem itemFor(const QString& owner, const QString& directoryState)
    {
        const Database& db = *m_store->database();
        (void)sql::run(db.connection(), QStringLiteral("DELETE FROM people WHERE email = 'owner@example.com'"));
        if (directoryState != QLatin1String("absent")) {
            (void)sql::run(db.connection(),
                           QStringLiteral("INSERT INTO people (email, name, manager_email, active) VALUES (?, 'Owner', "
                                          "'boss@example.com', ?)"),
                           { QStringLiteral("owner@example.com"), directoryState == QLatin1String("active") ? 1 : 0 });
        }
        (void)sql::run(db.connection(), QStringLiteral("UPDATE identities SET business_owner = ? WHERE id = ?"),
                       { owner, m_identity });
        if (!AnalysisService(m_store->database(), m_clock).run())
            return {};
        auto campaign = CampaignService(m_store->database(), m_clock)
                            .create({ QStringLiteral("rules"), m_clock.now().addDays(14),
                                      QStringLiteral("ids=%1").arg(m_identity), QStringLiteral("fallback@example.com"),
                                      QString(), QStringLiteral("test"), QString() });
        if (!campaign)
            return {};
        auto items = ReviewService(m_store->database(), m_clock).items(campaign.value());
        return items && items->size() == 1 ? items->first() : ReviewItem {};
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        QVERIFY(DemoEstate::generate(*m_store->database(), { 40, 7, false }, m_clock).ok());
        // An identity with several grants, so one can be kept and one removed.
        m_identity = scalar(*m_store->database(),
                            QStringLiteral("SELECT identity_id FROM grants GROUP BY identity_id HAVING COUNT(DISTINCT "
                                           "permission) >= 3 ORDER BY identity_id LIMIT 1"));
        QVERIFY(m_identity > 0);
    }

    void anOrphansOwnershipCannotBeConfirmed_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::newRow("no owner") << QString() << "active"
                                  << "has no business owner";
        QTest::newRow("owner not in the directory") << "owner@example.com"
                                                    << "absent"
                                                    << "is not in the people directory";
        QTest::newRow("owner has left") << "owner@example.com"
                                        << "left"
                                        << "has left";
        QTest::newRow("owner active") << "owner@example.com"
                                      << "active"
                                      << "";
    }

    void anOrphansOwnershipCannotBeConfirmed()
    {
        QFETCH(QString, owner);
        QFETCH(QString, directory);
        QFETCH(QString, refusal);
        const ReviewItem item = itemFor(owner, directory);
        QVERIFY(item.id > 0);
        const qint64 auditBefore = scalar(*m_store->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.ownership = QStringLiteral("confirm");
        d.justification = QStringLiteral("checked");
        auto decided = ReviewService(m_store->database(), m_clock).decide(d);
        if (refusal.isEmpty()) {
            QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
            return;
        }
        QVERIFY(!decided.ok());
        QCOMPARE(decided.error().code, QStringLiteral("orphan"));
        QVERIFY2(decided.errorString().contains(refusal), qPrintable(decided.errorString()));
        QVERIFY2(!decided.errorString().contains(QStringLiteral("--")), qPrintable(decided.errorString()));
        // Nothing recorded.
        QCOMPARE(ReviewService(m_store->database(), m_clock).item(item.id)->state, QStringLiteral("pending"));
        QCOMPARE(scalar(*m_store->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        // Naming a new owner is the way on.
        d.ownership = QStringLiteral("reassign");
        d.ownershipTarget = QStringLiteral("owner@example.com");
        auto reassigned = ReviewService(m_store->database(), m_clock).decide(d);
        QVERIFY2(reassigned.ok(), qPrintable(reassigned.errorString()));
    }

    void actingForSomeoneElseIsAManagersExplicitStep_data()
    {
        QTest::addColumn<QString>("decider");
        QTest::addColumn<QString>("onBehalfOf");
        QTest::addColumn<QString>("refusal"); // empty: recorded
        QTest::newRow("the assigned reviewer") << "owner@example.com"
                                               << ""
                                               << "";
        QTest::newRow("their manager, on their behalf") << "boss@example.com"
                                                        << "owner@example.com"
                                                        << "";
        QTest::newRow("their manager, without saying so") << "boss@example.com"
                                                          << ""
                                                          << "cannot decide it";
        QTest::newRow("someone else, on their behalf") << "mallory@example.com"
                                                       << "owner@example.com"
                                                       << "Only owner@example.com's manager, boss@example.com";
        QTest::newRow("on behalf of the wrong person") << "boss@example.com"
                                                       << "someone@example.com"
                                                       << "is assigned to owner@example.com, not to";
    }

    void actingForSomeoneElseIsAManagersExplicitStep()
    {
        QFETCH(QString, decider);
        QFETCH(QString, onBehalfOf);
        QFETCH(QString, refusal);
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        QCOMPARE(item.reviewer, QStringLiteral("owner@example.com"));
        const qint64 auditBefore = scalar(*m_store->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = decider;
        d.onBehalfOf = onBehalfOf;
        d.justification = QStringLiteral("checked with the team");
        auto decided = ReviewService(m_store->database(), m_clock).decide(d);
        if (!refusal.isEmpty()) {
            QVERIFY(!decided.ok());
            QVERIFY2(decided.errorString().contains(refusal), qPrintable(decided.errorString()));
            QCOMPARE(ReviewService(m_store->database(), m_clock).item(item.id)->state, QStringLiteral("pending"));
            QCOMPARE(scalar(*m_store->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
            return;
        }
        QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
        // Who was assigned, who decided, on whose behalf: in the decision and in the audit chain.
        auto row
            = sql::run(m_store->database()->connection(),
                       QStringLiteral("SELECT assigned_to, decided_by, on_behalf_of FROM decisions WHERE item_id = ?"),
                       { item.id });
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), QStringLiteral("owner@example.com"));
        QCOMPARE(row->value(1).toString(), decider);
        QCOMPARE(row->value(2).toString(), onBehalfOf);
        auto payload
            = sql::run(m_store->database()->connection(),
                       QStringLiteral("SELECT payload FROM audit_log WHERE action = 'review.decide' AND entity_id = ?"),
                       { QString::number(item.id) });
        QVERIFY(payload && payload->next());
        const QJsonObject audited = QJsonDocument::fromJson(payload->value(0).toString().toUtf8()).object();
        QCOMPARE(audited.value(QStringLiteral("assignedTo")).toString(), QStringLiteral("owner@example.com"));
        QCOMPARE(audited.value(QStringLiteral("decidedBy")).toString(), decider);
        QCOMPARE(audited.value(QStringLiteral("onBehalfOf")).toString(), onBehalfOf);
    }

    // The manager sees how often reviewers followed what usage recommended for the scope.
    void whetherADecisionFollowedTheRecommendationIsRecorded_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("followed") << true;
        QTest::newRow("not followed") << false;
    }

    void whetherADecisionFollowedTheRecommendationIsRecorded()
    {
        QFETCH(bool, follow);
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        QStringList proposed;
        for (const QJsonValue& g : item.evidence.value(QStringLiteral("proposedReduce")).toArray())
            proposed << g.toString();
        QStringList grants;
        for (const QJsonValue& g : item.evidence.value(QStringLiteral("grants")).toArray())
            grants << g.toObject().value(QStringLiteral("permission")).toString();
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.justification = QStringLiteral("checked the usage");
        // Following: exactly the proposed reduction (or keep, when nothing is proposed); not following: the other way.
        const bool reduce = follow ? !proposed.isEmpty() : proposed.isEmpty();
        d.scope = reduce ? QStringLiteral("reduce") : QStringLiteral("keep");
        d.scopeRemove = reduce ? (follow ? proposed : QStringList { grants.first() }) : QStringList();
        auto decided = ReviewService(m_store->database(), m_clock).decide(d);
        QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
        const QString recorded = QString::number(
            scalar(*m_store->database(),
                   QStringLiteral("SELECT CASE recommendation WHEN 'followed' THEN 1 WHEN 'not-followed' THEN 0 ELSE "
                                  "-1 END FROM decisions WHERE item_id = ?"),
                   { item.id }));
        QCOMPARE(recorded, follow ? QStringLiteral("1") : QStringLiteral("0"));
        auto status = CampaignService(m_store->database(), m_clock).status(item.campaignId);
        QVERIFY(status.ok());
        QCOMPARE(status->recommended, 1);
        QCOMPARE(status->followed, follow ? 1 : 0);
    }

    // The certification shows in the findings at once: no "never certified" after certifying.
    void aDecisionChangesTheFindingsAtOnce()
    {
        (void)sql::run(
            m_store->database()->connection(),
            QStringLiteral("UPDATE identities SET last_certified_at = NULL, certified_grants = NULL WHERE id = ?"),
            { m_identity });
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        QVERIFY2(!findingsOf(*m_store->database(), m_identity, QStringLiteral("review-overdue")).isEmpty(),
                 "the demo identity starts overdue");
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.justification = QStringLiteral("runs the nightly export");
        auto decided = ReviewService(m_store->database(), m_clock).decide(d);
        QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
        // As the queue and the CLI do after a decision: what follows every change.
        QVERIFY(AfterChange(m_store->database(), m_clock)
                    .identitiesChanged({ m_identity }, QStringLiteral("test"))
                    .warnings.isEmpty());
        QCOMPARE(findingsOf(*m_store->database(), m_identity, QStringLiteral("review-overdue")), QStringList());
        QCOMPARE(findingsOf(*m_store->database(), m_identity, QStringLiteral("orphaned")), QStringList());
    }

    // Grants named for removal are on their way out, not grants gained since the certification.
    void aReductionIsAPendingRemovalNotScopeCreep()
    {
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        QStringList grants;
        for (const QJsonValue& g : item.evidence.value(QStringLiteral("grants")).toArray())
            grants << g.toObject().value(QStringLiteral("permission")).toString();
        grants.removeDuplicates();
        QVERIFY(grants.size() >= 3);
        const QString removed = grants.first();
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.scope = QStringLiteral("reduce");
        d.scopeRemove = { removed };
        d.justification = QStringLiteral("the export no longer writes there");
        auto decided = ReviewService(m_store->database(), m_clock).decide(d);
        QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
        // As the queue and the CLI do after a decision: what follows every change.
        QVERIFY(AfterChange(m_store->database(), m_clock)
                    .identitiesChanged({ m_identity }, QStringLiteral("test"))
                    .warnings.isEmpty());

        const QStringList pending = findingsOf(*m_store->database(), m_identity, QStringLiteral("removal-pending"));
        QCOMPARE(pending.size(), 1);
        QVERIFY2(pending.first().startsWith(removed + QStringLiteral(": removal of ")), qPrintable(pending.first()));
        QVERIFY2(pending.first().contains(QStringLiteral("requested on 2026-12-01, overdue after 2026-12-31")),
                 qPrintable(pending.first()));
        for (const QString& creep : findingsOf(*m_store->database(), m_identity, QStringLiteral("scope-creep")))
            QVERIFY2(!creep.startsWith(removed + u':'), qPrintable(creep));
        // A month on, still there: overdue.
        m_clock.advanceDays(40);
        QVERIFY(AnalysisService(m_store->database(), m_clock).runFor(m_identity).ok());
        const QStringList overdue = findingsOf(*m_store->database(), m_identity, QStringLiteral("removal-pending"));
        QCOMPARE(overdue.size(), 1);
        QVERIFY2(overdue.first().contains(QStringLiteral("overdue since 2026-12-31")), qPrintable(overdue.first()));
    }

    // A reviewer corrects a slip until the campaign closes: the amendment acts, both stay on record.
    void anAmendmentSupersedesAndBothStayOnRecord_data()
    {
        QTest::addColumn<QString>("first"); // keep | reduce | revoke
        QTest::addColumn<QString>("amended"); // keep | reduce | revoke
        QTest::addColumn<QString>("task"); // the remediation the close asks for, from the amendment only
        QTest::addColumn<bool>("pendingRemoval");
        QTest::addColumn<bool>("certified"); // the amendment certifies (else the earlier certification is back)
        QTest::newRow("certified, then reduced") << "keep"
                                                 << "reduce"
                                                 << "remove-grant" << true << true;
        QTest::newRow("reduced, then kept") << "reduce"
                                            << "keep"
                                            << "" << false << true;
        QTest::newRow("certified, then revoked") << "keep"
                                                 << "revoke"
                                                 << "disable-identity" << false << false;
        QTest::newRow("revoked, then certified") << "revoke"
                                                 << "keep"
                                                 << "" << false << true;
    }

    void anAmendmentSupersedesAndBothStayOnRecord()
    {
        QFETCH(QString, first);
        QFETCH(QString, amended);
        QFETCH(QString, task);
        QFETCH(bool, pendingRemoval);
        QFETCH(bool, certified);
        const Database& db = *m_store->database();
        const auto certifiedAt = [&] {
            auto q = sql::run(db.connection(), QStringLiteral("SELECT last_certified_at FROM identities WHERE id = ?"),
                              { m_identity });
            return q && q->next() ? q->value(0).toString() : QStringLiteral("?");
        };
        const QString before = certifiedAt();
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        QStringList grants;
        for (const QJsonValue& g : item.evidence.value(QStringLiteral("grants")).toArray())
            grants << g.toObject().value(QStringLiteral("permission")).toString();
        QVERIFY(!grants.isEmpty());
        const auto answer = [&](const QString& kind) {
            Decision d;
            // The reviewer's three answers, given explicitly: a Decision starts unanswered.
            d.ownership = QStringLiteral("confirm");
            d.scope = QStringLiteral("keep");
            d.need = QStringLiteral("certify");
            d.itemId = item.id;
            d.decidedBy = item.reviewer;
            d.justification = QStringLiteral("as reviewed");
            if (kind == QLatin1String("reduce")) {
                d.scope = QStringLiteral("reduce");
                d.scopeRemove = { grants.first() };
            } else if (kind == QLatin1String("revoke")) {
                d.need = QStringLiteral("revoke");
            }
            return d;
        };
        ReviewService reviews(m_store->database(), m_clock);
        QVERIFY(reviews.decide(answer(first)).ok());
        // As the queue and the CLI do after a decision: what follows every change.
        QVERIFY(AfterChange(m_store->database(), m_clock)
                    .identitiesChanged({ m_identity }, QStringLiteral("test"))
                    .warnings.isEmpty());
        const qint64 firstId = reviews.decision(item.id)->id;

        // Only the assigned reviewer (or their manager, on their behalf) amends; a pending item has nothing to amend.
        Decision stranger = answer(amended);
        stranger.decidedBy = QStringLiteral("someone.else@example.com");
        QCOMPARE(reviews.amend(stranger).error().code, QStringLiteral("not-assigned"));

        m_clock.advanceDays(1);
        auto amendedNow = reviews.amend(answer(amended));
        QVERIFY2(amendedNow.ok(), qPrintable(amendedNow.errorString()));
        // As the queue and the CLI do after a decision: what follows every change.
        QVERIFY(AfterChange(m_store->database(), m_clock)
                    .identitiesChanged({ m_identity }, QStringLiteral("test"))
                    .warnings.isEmpty());
        auto inForce = reviews.decision(item.id);
        QVERIFY(inForce.ok());
        QCOMPARE(inForce->supersedes, firstId);
        QCOMPARE(inForce->scope,
                 amended == QLatin1String("reduce") ? QStringLiteral("reduce") : QStringLiteral("keep"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"), { item.id }),
                 qint64(2));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review.amend' AND entity_id = ? "
                                       "AND payload LIKE ?"),
                        { QString::number(item.id), QStringLiteral("%\"supersedes\":%1%").arg(firstId) }),
                 qint64(1));

        // The record follows the amendment at once.
        QCOMPARE(!findingsOf(db, m_identity, QStringLiteral("removal-pending")).isEmpty(), pendingRemoval);
        // Certified by the amendment, or back to the certification in force before this campaign.
        QCOMPARE(certifiedAt(), certified ? Timestamp::toIso(m_clock.now()) : before);
        auto status = CampaignService(m_store->database(), m_clock).status(item.campaignId);
        QVERIFY(status.ok());
        QCOMPARE(status->decided, 1);
        QCOMPARE(status->amended, 1);
        QCOMPARE(status->revoked, amended == QLatin1String("revoke") ? 1 : 0);

        // Closing acts on the amendment alone; afterwards nothing can be amended.
        QVERIFY(CampaignService(m_store->database(), m_clock)
                    .close(item.campaignId, QStringLiteral("gov@example.com"))
                    .ok());
        QStringList tasks;
        auto q = sql::run(
            db.connection(),
            QStringLiteral(
                "SELECT action FROM remediation_tasks WHERE campaign_id = ? AND action <> 'rotate-credential'"),
            { item.campaignId });
        while (q && q->next())
            tasks << q->value(0).toString();
        QCOMPARE(tasks, task.isEmpty() ? QStringList() : QStringList { task });
        auto late = reviews.amend(answer(first));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("closed"));
    }

    // Ownership, task scope and business need are each certified until their own date; when one runs out,
    // the next campaign that asks only what has run out asks that one alone.
    void eachAttestationIsAskedAgainWhenItRunsOut_data()
    {
        QTest::addColumn<int>("days"); // after the first decision: ownership for 730 days, scope 90, need 365
        QTest::addColumn<QStringList>("due"); // what the next campaign asks; empty: the identity is left out
        QTest::newRow("a month on: nothing due") << 30 << QStringList();
        QTest::newRow("after the quarter: the scope") << 100 << QStringList { "scope" };
        QTest::newRow("after the year: scope and need") << 400 << QStringList { "scope", "need" };
        QTest::newRow("after two years: all three") << 800 << QStringList { "ownership", "scope", "need" };
    }

    void eachAttestationIsAskedAgainWhenItRunsOut()
    {
        QFETCH(int, days);
        QFETCH(QStringList, due);
        test::TestDatabase store;
        QVERIFY(store.database());
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoEstate::generate(*store.database(), { 40, 7, false }, clock).ok());
        const qint64 identity = scalar(
            *store.database(),
            QStringLiteral("SELECT MIN(id) FROM identities WHERE business_owner IS NOT NULL AND status = 'active'"));
        QVERIFY(identity > 0);
        CampaignService campaigns(store.database(), clock);
        const CampaignRequest first { QStringLiteral("first"),
                                      clock.now().addDays(14),
                                      QStringLiteral("ids=%1").arg(identity),
                                      QStringLiteral("gov@example.com"),
                                      QString(),
                                      QStringLiteral("test"),
                                      QString() };
        auto id = campaigns.create(first);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ReviewService reviews(store.database(), clock);
        const ReviewItem item = reviews.items(id.value())->first();
        QVERIFY(item.asks.isEmpty()); // a first campaign asks all three
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.ownership = QStringLiteral("reassign");
        d.ownershipTarget = QStringLiteral("ada@example.com");
        d.justification = QStringLiteral("reviewed");
        d.ownershipUntil = clock.now().addDays(730);
        d.scopeUntil = clock.now().addDays(90);
        d.certifyUntil = clock.now().addDays(365);
        auto decided = reviews.decide(d);
        QVERIFY2(decided.ok(), qPrintable(decided.errorString()));

        clock.advanceDays(days);
        CampaignRequest next = first;
        next.name = QStringLiteral("next");
        next.due = clock.now().addDays(14);
        next.onlyExpired = true;
        auto preview = CampaignPreview::of(store.database(), next, clock);
        QVERIFY(preview.ok());
        auto again = campaigns.create(next);
        if (due.isEmpty()) {
            QVERIFY(!again.ok());
            QCOMPARE(again.error().code, QStringLiteral("all-certified"));
            QCOMPARE(preview->identities, 0);
            QCOMPARE(preview->stillCertified, 1);
            return;
        }
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(preview->identities, 1);
        const ReviewItem asked = reviews.items(again.value())->first();
        const QStringList all { QStringLiteral("ownership"), QStringLiteral("scope"), QStringLiteral("need") };
        QCOMPARE(asked.asks.isEmpty() ? all : asked.asks, due);
        // What is not asked says until when it stays certified, frozen with the evidence.
        const QJsonObject attestations = asked.evidence.value(QStringLiteral("attestations")).toObject();
        QCOMPARE(attestations.value(QStringLiteral("ownership")).toObject().value(QStringLiteral("asked")).toBool(),
                 due.contains(QStringLiteral("ownership")));
        QVERIFY(attestations.value(QStringLiteral("ownership"))
                    .toObject()
                    .value(QStringLiteral("certifiedUntil"))
                    .toString()
                    .startsWith(QStringLiteral("2028-11-30")));
    }

    // An item asking only the scope takes no answer on what it does not ask, and certifies only what it asks.
    void onlyWhatIsAskedIsAnsweredAndRecorded()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(DemoEstate::generate(*store.database(), { 40, 7, false }, clock).ok());
        const qint64 identity = scalar(
            *store.database(),
            QStringLiteral("SELECT MIN(id) FROM identities WHERE business_owner IS NOT NULL AND status = 'active'"));
        // Ownership and need certified for a while yet; the scope never was.
        (void)sql::run(
            store.database()->connection(),
            QStringLiteral(
                "UPDATE identities SET ownership_until = ?, need_until = ?, scope_until = NULL WHERE id = ?"),
            { QStringLiteral("2028-01-01T00:00:00Z"), QStringLiteral("2027-06-01T00:00:00Z"), identity });
        CampaignRequest request { QStringLiteral("scope only"),
                                  clock.now().addDays(14),
                                  QStringLiteral("ids=%1").arg(identity),
                                  QStringLiteral("gov@example.com"),
                                  QString(),
                                  QStringLiteral("test"),
                                  QString() };
        request.onlyExpired = true;
        auto id = CampaignService(store.database(), clock).create(request);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ReviewService reviews(store.database(), clock);
        const ReviewItem item = reviews.items(id.value())->first();
        QCOMPARE(item.asks, QStringList { QStringLiteral("scope") });

        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.scope = QStringLiteral("keep");
        d.justification = QStringLiteral("checked the runbook");
        d.scopeUntil = clock.now().addDays(90);
        // Answering what is not asked is refused, naming the answer at fault; so is leaving the asked one out.
        d.ownership = QStringLiteral("confirm");
        d.need = QStringLiteral("not-asked");
        auto refused = reviews.decide(d);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("ownership"));
        d.ownership = QStringLiteral("not-asked");
        d.scope = QStringLiteral("not-asked");
        QCOMPARE(reviews.decide(d).error().field, QStringLiteral("scope"));
        d.scope = QStringLiteral("keep");
        auto decided = reviews.decide(d);
        QVERIFY2(decided.ok(), qPrintable(decided.errorString()));
        auto q
            = sql::run(store.database()->connection(),
                       QStringLiteral("SELECT ownership_until, scope_until, need_until FROM identities WHERE id = ?"),
                       { identity });
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("2028-01-01T00:00:00Z")); // unchanged
        QVERIFY(q->value(1).toString().startsWith(QStringLiteral("2027-03-01"))); // the scope, for its 90 days
        QCOMPARE(q->value(2).toString(), QStringLiteral("2027-06-01T00:00:00Z")); // unchanged
        QCOMPARE(textOf(store, item.id), QStringLiteral("not-asked|keep|not-asked"));
    }

    // Nothing is pre-answered, in the core as on the form: an attestation left unanswered is refused, naming it.
    void anUnansweredAttestationIsRefused_data()
    {
        QTest::addColumn<QString>("unanswered");
        QTest::newRow("ownership") << "ownership";
        QTest::newRow("task scope") << "scope";
        QTest::newRow("business need") << "need";
    }

    void anUnansweredAttestationIsRefused()
    {
        QFETCH(QString, unanswered);
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        Decision d;
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        d.justification = QStringLiteral("reviewed");
        d.ownership = unanswered == QLatin1String("ownership") ? QString() : QStringLiteral("confirm");
        d.scope = unanswered == QLatin1String("scope") ? QString() : QStringLiteral("keep");
        d.need = unanswered == QLatin1String("need") ? QString() : QStringLiteral("certify");
        auto refused = ReviewService(m_store->database(), m_clock).decide(d);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, unanswered);
        QVERIFY2(refused.errorString().contains(QStringLiteral("is not answered")), qPrintable(refused.errorString()));
        QCOMPARE(scalar(*m_store->database(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"),
                        { item.id }),
                 qint64(0));
    }

    void nothingToAmendBeforeADecision()
    {
        const ReviewItem item = itemFor(QStringLiteral("owner@example.com"), QStringLiteral("active"));
        QVERIFY(item.id > 0);
        Decision d;
        // The reviewer's three answers, given explicitly: a Decision starts unanswered.
        d.ownership = QStringLiteral("confirm");
        d.scope = QStringLiteral("keep");
        d.need = QStringLiteral("certify");
        d.itemId = item.id;
        d.decidedBy = item.reviewer;
        auto refused = ReviewService(m_store->database(), m_clock).amend(d);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("no decision to amend")),
                 qPrintable(refused.errorString()));
        QCOMPARE(scalar(*m_store->database(), QStringLiteral("SELECT COUNT(*) FROM decisions WHERE item_id = ?"),
                        { item.id }),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDecisionRules)
#include "TestDecisionRules.moc"
