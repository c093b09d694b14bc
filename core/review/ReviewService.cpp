#include "core/review/ReviewService.h"

#include "core/domain/ReviewEvidence.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ReviewStore.h"
#include "core/util/People.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace recertify {

Result<QList<ReviewItem>> ReviewService::items(qint64 campaignId, const QString& reviewer) const
{
    return ReviewStore(m_database->connection()).items(campaignId, reviewer);
}

Result<ReviewItem> ReviewService::item(qint64 itemId) const
{
    auto found = ReviewStore(m_database->connection()).item(itemId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(tr("No review item with id %1").arg(itemId));
    return found->value();
}

Status ReviewService::delegate(qint64 itemId, const QString& from, const QString& to)
{
    auto loaded = item(itemId);
    if (!loaded)
        return loaded.error();
    const QString source = from.trimmed().toLower();
    const QString target = to.trimmed().toLower();
    if (source != loaded->reviewer)
        return makeError(
            tr("Item %1 is assigned to %2; %3 cannot hand it on").arg(itemId).arg(loaded->reviewer, source));
    if (loaded->state != ItemState::Pending)
        return makeError(tr("Item %1 was already decided").arg(itemId));
    if (!looksLikeEmail(target) || target == source)
        return fieldError(QStringLiteral("to"),
                          tr("expected the email address of another reviewer, got \"%1\"").arg(to));
    const QDateTime now = m_clock.now();
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto moved = ReviewStore(db).handOn(itemId, loaded->version, source, target);
        if (!moved)
            return moved.error();
        if (!*moved)
            return makeError(tr("Item %1 changed a moment ago; nothing was recorded").arg(itemId));
        AuditLog audit(db);
        return audit.append(now, source, QStringLiteral("review.delegate"), QStringLiteral("review-item"),
                            QString::number(itemId),
                            QJsonObject { { QStringLiteral("from"), source }, { QStringLiteral("to"), target } });
    });
}

namespace {

/** What checking a decision against its item establishes, for recording it. */
struct Checked
{
    QString decidedBy;
    QString onBehalfOf;
    QString recommendation; ///< followed, not-followed, or empty where no activity data covers the identity
    QStringList grants; ///< the identity's grants as the reviewer saw them
};

/** The rules every decision and every amendment meets: who may answer, and what each answer needs. */
Result<Checked> check(const QSqlDatabase& db, const ReviewItem& it, const Decision& d, const QDateTime& now)
{
    Checked c;
    c.decidedBy = d.decidedBy.trimmed().toLower();
    c.onBehalfOf = d.onBehalfOf.trimmed().toLower();
    if (c.onBehalfOf == c.decidedBy)
        c.onBehalfOf.clear(); // deciding one's own item
    if (!c.onBehalfOf.isEmpty() && c.onBehalfOf != it.reviewer)
        return makeError(
            ReviewService::tr("Item %1 is assigned to %2, not to %3").arg(it.id).arg(it.reviewer, c.onBehalfOf));
    if (c.decidedBy != it.reviewer && c.onBehalfOf.isEmpty()) {
        return Error { ReviewService::tr(
                           "Item %1 is assigned to %2; %3 cannot decide it (their manager may review on their behalf)")
                           .arg(it.id)
                           .arg(it.reviewer, c.decidedBy),
                       QStringLiteral("not-assigned"), QString() };
    }
    if (!c.onBehalfOf.isEmpty()) {
        // Acting for someone else is a manager's explicit step, checked against the people directory.
        auto manager = ReviewStore(db).managerOf(it.reviewer);
        if (!manager)
            return manager.error();
        const QString& theirManager = manager.value();
        if (theirManager != c.decidedBy) {
            return Error {
                theirManager.isEmpty()
                    ? ReviewService::tr(
                          "Only a manager may review on behalf of %1, and the people directory names none for them")
                          .arg(it.reviewer)
                    : ReviewService::tr("Only %1's manager, %2, may review on their behalf; %3 may not")
                          .arg(it.reviewer, theirManager, c.decidedBy),
                QStringLiteral("not-manager"), QStringLiteral("onBehalfOf")
            };
        }
    }

    // An attestation the item does not ask (still certified) is answered "not-asked", and only then.
    const QString& notAsked = Answer::NotAsked;
    const struct
    {
        const QString& attestation;
        const QString& answer;
    } asked[]
        = { { Attestation::Ownership, d.ownership }, { Attestation::Scope, d.scope }, { Attestation::Need, d.need } };
    for (const auto& a : asked) {
        if (it.asksFor(a.attestation) && a.answer.trimmed().isEmpty())
            return fieldError(
                a.attestation,
                ReviewService::tr("%1 is not answered").arg(ReviewService::attestationName(a.attestation)));
        if (!it.asksFor(a.attestation) && a.answer != notAsked) {
            return fieldError(
                a.attestation,
                ReviewService::tr("this item does not ask about %1: it is still certified; leave it unanswered")
                    .arg(ReviewService::attestationName(a.attestation)));
        }
        if (it.asksFor(a.attestation) && a.answer == notAsked)
            return fieldError(a.attestation,
                              ReviewService::tr("this item asks about %1: answer it")
                                  .arg(ReviewService::attestationName(a.attestation)));
    }
    for (const auto& [until, field] :
         { std::pair { d.ownershipUntil, "ownership" }, std::pair { d.scopeUntil, "scope" } }) {
        if (until.isValid() && until <= now)
            return fieldError(
                QString::fromLatin1(field),
                ReviewService::tr("the date %1 has already passed").arg(until.date().toString(Qt::ISODate)));
    }
    if (!it.asksFor(Attestation::Ownership)) {
        // nothing to check: ownership stays certified
    } else if (d.ownership == Answer::Reassign) {
        if (!looksLikeEmail(d.ownershipTarget))
            return fieldError(Attestation::Ownership,
                              ReviewService::tr("a new owner needs an email address, such as ada@example.com"));
    } else if (d.ownership != Answer::Confirm) {
        return fieldError(Attestation::Ownership,
                          ReviewService::tr("expected confirm or reassign=EMAIL, got \"%1\"").arg(d.ownership));
    }
    if (d.ownership == Answer::Confirm) {
        // An orphan has nobody to confirm: the reviewer names a new owner or revokes.
        auto owner = ReviewStore(db).ownerOf(it.identityId);
        if (!owner)
            return owner.error();
        if (owner->has_value()) {
            const OwnerStanding& standing = owner->value();
            const QString& current = standing.businessOwner;
            QString why;
            if (current.isEmpty())
                why = ReviewService::tr("%1 has no business owner").arg(it.displayName);
            else if (standing.directoryHasPeople && !standing.inDirectory)
                why = ReviewService::tr("its owner %1 is not in the people directory").arg(current);
            else if (standing.directoryHasPeople && !standing.active)
                why = ReviewService::tr("its owner %1 has left").arg(current);
            if (!why.isEmpty()) {
                return Error {
                    ReviewService::tr("Ownership cannot be confirmed: %1. Name a new owner or revoke.").arg(why),
                    QStringLiteral("orphan"), Attestation::Ownership
                };
            }
        }
    }
    const ReviewEvidence evidence = ReviewEvidence::fromJson(it.evidence);
    for (const ReviewEvidence::GrantLine& g : evidence.grants)
        c.grants << g.permission;
    if (!it.asksFor(Attestation::Scope)) {
        // the certified scope stands
    } else if (d.scope == Answer::Reduce) {
        if (d.scopeRemove.isEmpty())
            return fieldError(Attestation::Scope,
                              ReviewService::tr("reducing the scope needs the grants to remove, such as s3:PutObject"));
        for (const QString& p : d.scopeRemove) {
            if (!c.grants.contains(p))
                return fieldError(Attestation::Scope, ReviewService::tr("%1 is not a grant of this identity").arg(p));
        }
    } else if (d.scope != Answer::Keep) {
        return fieldError(Attestation::Scope,
                          ReviewService::tr("expected keep or reduce=PERM[,PERM…], got \"%1\"").arg(d.scope));
    }
    if (it.asksFor(Attestation::Need) && !Answer::to(Attestation::Need).contains(d.need))
        return fieldError(Attestation::Need,
                          ReviewService::tr("expected certify[=DATE], revoke or retire, got \"%1\"").arg(d.need));
    if (d.certifyUntil.isValid() && d.certifyUntil <= now) {
        return fieldError(Attestation::Need,
                          ReviewService::tr("the certification date %1 has already passed")
                              .arg(d.certifyUntil.date().toString(Qt::ISODate)));
    }
    const bool highFindings
        = std::any_of(evidence.findings.cbegin(), evidence.findings.cend(),
                      [](const ReviewEvidence::FindingLine& f) { return f.severity == QLatin1String("high"); });
    const bool needsWhy
        = d.need == Answer::Revoke || d.scope == Answer::Reduce || (d.need == Answer::Certify && highFindings);
    if (needsWhy && d.justification.trimmed().isEmpty()) {
        return fieldError(
            QStringLiteral("justification"),
            d.need == Answer::Certify
                ? ReviewService::tr("certifying an identity with open high-severity findings needs a reason")
                : ReviewService::tr("%1 needs a reason")
                      .arg(d.need == Answer::Revoke ? ReviewService::tr("revoking")
                                                    : ReviewService::tr("reducing scope")));
    }

    // Did the scope answer follow what usage recommended? Unknown where no activity data covers the identity.
    if (it.asksFor(Attestation::Scope) && !evidence.coverage.noActivityData()) {
        QStringList proposed = evidence.proposedReduce;
        QStringList removed = d.scope == Answer::Reduce ? d.scopeRemove : QStringList();
        proposed.sort();
        removed.sort();
        proposed.removeDuplicates();
        removed.removeDuplicates();
        c.recommendation = proposed == removed ? QStringLiteral("followed") : QStringLiteral("not-followed");
    }
    return c;
}

/** The approve-all streak: this decision and the reviewer's previous ones (in force) in this campaign. */
Result<bool> onStreak(QSqlDatabase& db, const ReviewItem& it, const Decision& d, const QString& decidedBy)
{
    // Whatever an item does not ask counts as approved: a streak of partial items is still a streak.
    const auto approves = [](const QString& ownership, const QString& scope, const QString& need) {
        return Answer::changesNothing(ownership) && Answer::changesNothing(scope) && Answer::changesNothing(need);
    };
    const bool approveAll = approves(d.ownership, d.scope, d.need);
    if (!approveAll)
        return false;
    auto recent = ReviewStore(db).recentAnswers(it.campaignId, decidedBy, ReviewService::kStreak - 1);
    if (!recent)
        return recent.error();
    int streak = 1;
    for (const AnswerTriple& earlier : recent.value()) {
        if (!approves(earlier.ownership, earlier.scope, earlier.need))
            break;
        ++streak;
    }
    return streak >= ReviewService::kStreak;
}

/** The decision as recorded; an attestation asked holds until its own date (a year unless given). */
Status insertDecision(ReviewStore& store, const ReviewItem& it, const Decision& d, const Checked& c,
                      const QStringList& flags, qint64 supersedes, const QDateTime& now)
{
    DecisionRecord r;
    r.itemId = it.id;
    r.assignedTo = it.reviewer;
    r.decidedBy = c.decidedBy;
    r.onBehalfOf = c.onBehalfOf;
    r.recommendation = c.recommendation;
    r.supersedes = supersedes;
    r.decidedAt = now;
    if (it.asksFor(Attestation::Ownership))
        r.ownershipUntil = d.ownershipUntil.isValid() ? d.ownershipUntil : now.addYears(1);
    if (it.asksFor(Attestation::Scope))
        r.scopeUntil = d.scopeUntil.isValid() ? d.scopeUntil : now.addYears(1);
    r.ownership = d.ownership;
    r.ownershipTarget = d.ownershipTarget.toLower();
    r.scope = d.scope;
    r.scopeRemove = d.scopeRemove;
    r.need = d.need;
    r.certifyUntil = d.certifyUntil;
    r.justification = d.justification.trimmed();
    r.secondsSpent = d.secondsSpent;
    r.flags = flags;
    return store.insertDecision(r);
}

QStringList keptGrants(QStringList grants, const QStringList& removed)
{
    for (const QString& p : removed)
        grants.removeAll(p);
    grants.removeDuplicates();
    return grants;
}

/**
 * Each attestation asked is certified until its own date (a year unless given); ownership could hold for two
 * years while the scope is re-checked quarterly. Revoking or retiring certifies no business need.
 */
Status attest(ReviewStore& store, const ReviewItem& it, const Decision& d, const QDateTime& now)
{
    const auto until = [&](const QDateTime& given) {
        return given.isValid() ? given : now.addYears(1);
    };
    std::optional<QDateTime> ownership, scope, need;
    if (it.asksFor(Attestation::Ownership))
        ownership = until(d.ownershipUntil);
    if (it.asksFor(Attestation::Scope))
        scope = until(d.scopeUntil);
    if (it.asksFor(Attestation::Need))
        need = d.need == Answer::Certify ? until(d.certifyUntil) : QDateTime();
    return store.setAttestedUntil(it.identityId, ownership, scope, need);
}

/** Certifying sets the identity's certification: now, with the grants it keeps, until the date given. */
Status certify(ReviewStore& store, const ReviewItem& it, const Decision& d, const Checked& c, const QDateTime& now)
{
    if (!it.asksFor(Attestation::Need)) {
        // The business need stays certified; a scope answer sets the new baseline of grants.
        if (!it.asksFor(Attestation::Scope))
            return {};
        return store.setCertifiedGrants(it.identityId, keptGrants(c.grants, d.scopeRemove));
    }
    return store.certify(it.identityId, now, keptGrants(c.grants, d.scopeRemove), d.certifyUntil);
}

/**
 * An amendment took back a certification: the identity's certification is the latest one still in
 * force, or none. Only a certification this decision set is taken back (not one imported from elsewhere).
 */
Status uncertify(ReviewStore& store, const ReviewItem& it, const QString& takenBackAt)
{
    auto earlier = store.latestCertifying(it.identityId);
    if (!earlier)
        return earlier.error();
    if (!earlier->has_value())
        return store.restoreCertification(it.identityId, QString(), {}, takenBackAt);
    const CertifyingDecision& e = earlier->value();
    return store.restoreCertification(it.identityId, e.at, keptGrants(e.grantsShown, e.removed), takenBackAt);
}

/** A second stage (technical owner or the reviewer's manager) looks again at what stage one kept. */
Status openSecondStage(ReviewStore& store, const ReviewItem& it)
{
    auto second = store.secondStageReviewer(it);
    if (!second)
        return second.error();
    if (second->isEmpty() || second.value() == it.reviewer)
        return {};
    return store.openSecondStage(it, second.value(),
                                 ReviewService::tr("second stage, after %1 certified it").arg(it.reviewer));
}

QJsonObject auditPayload(const ReviewItem& it, const Decision& d, const Checked& c, const QStringList& flags)
{
    return QJsonObject {
        { QStringLiteral("campaign"), it.campaignId },
        { QStringLiteral("identity"), it.nativeId },
        { QStringLiteral("assignedTo"), it.reviewer },
        { QStringLiteral("decidedBy"), c.decidedBy },
        { QStringLiteral("onBehalfOf"), c.onBehalfOf.isEmpty() ? QJsonValue() : QJsonValue(c.onBehalfOf) },
        { QStringLiteral("recommendation"), c.recommendation.isEmpty() ? QJsonValue() : QJsonValue(c.recommendation) },
        { Attestation::Ownership, Answer::withDetail(d.ownership, d.ownershipTarget.toLower(), {}) },
        { Attestation::Scope, Answer::withDetail(d.scope, {}, d.scopeRemove) },
        { Attestation::Need,
          d.certifyUntil.isValid() ? QStringLiteral("certify=") + d.certifyUntil.date().toString(Qt::ISODate)
                                   : d.need },
        { QStringLiteral("ownershipUntil"),
          d.ownershipUntil.isValid() ? QJsonValue(d.ownershipUntil.date().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("scopeUntil"),
          d.scopeUntil.isValid() ? QJsonValue(d.scopeUntil.date().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("justification"), d.justification.trimmed() },
        { QStringLiteral("flags"), QJsonArray::fromStringList(flags) }
    };
}

} // namespace

Result<QStringList> ReviewService::decide(const Decision& d)
{
    auto loaded = item(d.itemId);
    if (!loaded)
        return loaded.error();
    const ReviewItem& it = loaded.value();
    const QDateTime now = m_clock.now();
    auto checked = check(m_database->connection(), it, d, now);
    if (!checked)
        return checked.error();
    if (it.state != ItemState::Pending)
        return makeError(
            tr("Item %1 was already decided on %2").arg(it.id).arg(it.decidedAt.date().toString(Qt::ISODate)));
    if (d.expectedVersion > 0 && d.expectedVersion != it.version)
        return makeError(
            tr("Item %1 changed while you were looking at it (someone decided or reassigned it); reload it")
                .arg(it.id));
    const Checked& c = checked.value();

    QStringList flags;
    if (d.secondsSpent >= 0 && d.secondsSpent < kFastSeconds)
        flags << QStringLiteral("fast");
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto streak = onStreak(db, it, d, c.decidedBy);
        if (!streak)
            return streak.error();
        if (*streak)
            flags << QStringLiteral("streak");
        // Optimistic concurrency: only the version the reviewer saw may be decided.
        ReviewStore store(db);
        auto claimed = store.claimPending(it.id, it.version, now);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            return makeError(tr("Item %1 was decided by someone else a moment ago; nothing was recorded").arg(it.id));
        if (auto inserted = insertDecision(store, it, d, c, flags, 0, now); !inserted)
            return inserted;
        if (auto attested = attest(store, it, d, now); !attested)
            return attested;
        // A business need not asked is still certified: the identity stays, as certified before.
        if (d.need == Answer::Certify || d.need == Answer::NotAsked) {
            if (auto certified = certify(store, it, d, c, now); !certified)
                return certified;
            if (it.stage == 1) {
                if (auto second = openSecondStage(store, it); !second)
                    return second;
            }
        }
        AuditLog audit(db);
        return audit.append(now, c.decidedBy, QStringLiteral("review.decide"), QStringLiteral("review-item"),
                            QString::number(it.id), auditPayload(it, d, c, flags));
    });
    if (!status)
        return status.error();
    return flags;
}

Result<QStringList> ReviewService::amend(const Decision& d)
{
    auto loaded = item(d.itemId);
    if (!loaded)
        return loaded.error();
    const ReviewItem& it = loaded.value();
    const QDateTime now = m_clock.now();
    auto checked = check(m_database->connection(), it, d, now);
    if (!checked)
        return checked.error();
    if (it.state == ItemState::Pending)
        return makeError(tr("Item %1 has no decision to amend yet; decide it").arg(it.id));
    if (!it.campaignOpen || it.state != ItemState::Decided)
        return Error { tr("Item %1's campaign is closed; its decisions can no longer be amended").arg(it.id),
                       QStringLiteral("closed"), QString() };
    if (d.expectedVersion > 0 && d.expectedVersion != it.version)
        return makeError(tr("Item %1 changed while you were looking at it (someone amended it); reload it").arg(it.id));
    auto previous = decision(it.id);
    if (!previous)
        return previous.error();
    // What a later stage already reviewed is not changed under it.
    auto later = ReviewStore(m_database->connection()).laterStageReviewer(it);
    if (!later)
        return later.error();
    if (later->has_value()) {
        return Error {
            tr("A second stage (%1) already reviews what was certified here; amend it there, or ask them to revoke")
                .arg(later->value()),
            QStringLiteral("second-stage"), QString()
        };
    }
    const Checked& c = checked.value();

    QStringList flags;
    if (d.secondsSpent >= 0 && d.secondsSpent < kFastSeconds)
        flags << QStringLiteral("fast");
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        // The item stays decided (first decided when it was); its version moves so no one amends over a newer answer.
        ReviewStore store(db);
        auto claimed = store.claimDecided(it.id, it.version);
        if (!claimed)
            return claimed.error();
        if (!*claimed)
            return makeError(tr("Item %1 was amended by someone else a moment ago; nothing was recorded").arg(it.id));
        if (auto inserted = insertDecision(store, it, d, c, flags, previous->id, now); !inserted)
            return inserted;
        if (auto attested = attest(store, it, d, now); !attested)
            return attested;
        if (d.need == Answer::Certify || d.need == Answer::NotAsked) {
            if (auto certified = certify(store, it, d, c, now); !certified)
                return certified;
            if (it.stage == 1) {
                if (auto second = openSecondStage(store, it); !second)
                    return second;
            }
        } else if (previous->need == Answer::Certify) {
            if (auto taken = uncertify(store, it, Timestamp::toIso(previous->decidedAt)); !taken)
                return taken;
        }
        QJsonObject payload = auditPayload(it, d, c, flags);
        payload.insert(QStringLiteral("supersedes"), previous->id);
        AuditLog audit(db);
        return audit.append(now, c.decidedBy, QStringLiteral("review.amend"), QStringLiteral("review-item"),
                            QString::number(it.id), payload);
    });
    if (!status)
        return status.error();
    return flags;
}

QString ReviewService::attestationName(const QString& attestation)
{
    if (attestation == Attestation::Ownership)
        return tr("ownership");
    if (attestation == Attestation::Scope)
        return tr("task scope");
    return tr("business need");
}

Result<Decision> ReviewService::decision(qint64 itemId) const
{
    auto found = ReviewStore(m_database->connection()).decisionInForce(itemId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(tr("Item %1 has no decision yet").arg(itemId));
    return found->value();
}

} // namespace recertify
