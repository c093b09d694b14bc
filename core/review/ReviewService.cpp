#include "ReviewService.h"

#include "storage/AuditLog.h"
#include "storage/SqlUtil.h"
#include "util/People.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace recertify {

namespace {

const QString kItemColumns = QStringLiteral("SELECT r.id, r.campaign_id, r.identity_id, i.native_id, i.display_name, "
                                            "r.stage, r.reviewer, r.state, r.reason, r.evidence_json, "
                                            "r.version, r.unchanged_since_last, r.decided_at, (SELECT c.status FROM "
                                            "campaigns c WHERE c.id = r.campaign_id), r.asks "
                                            "FROM review_items r JOIN identities i ON i.id = r.identity_id");

ReviewItem readItem(const QSqlQuery& q)
{
    ReviewItem item;
    item.id = q.value(0).toLongLong();
    item.campaignId = q.value(1).toLongLong();
    item.identityId = q.value(2).toLongLong();
    item.nativeId = q.value(3).toString();
    item.displayName = q.value(4).toString();
    item.stage = q.value(5).toInt();
    item.reviewer = q.value(6).toString();
    item.state = q.value(7).toString();
    item.reason = q.value(8).toString();
    item.evidence = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    item.version = q.value(10).toInt();
    item.unchangedSinceLastReview = q.value(11).toInt() != 0;
    item.decidedAt = Timestamp::fromIso(q.value(12).toString());
    item.campaignOpen = q.value(13).toString() == CampaignState::Open;
    item.asks = q.value(14).toString().split(u',', Qt::SkipEmptyParts);
    return item;
}

} // namespace

Result<QList<ReviewItem>> ReviewService::items(qint64 campaignId, const QString& reviewer) const
{
    const QString order
        = QStringLiteral(" ORDER BY CASE r.state WHEN 'pending' THEN 0 ELSE 1 END, r.unchanged_since_last, r.id");
    if (campaignId <= 0) {
        // A reviewer's whole queue: every open campaign, the one due first first.
        auto all = sql::run(
            m_database->connection(),
            kItemColumns
                + QStringLiteral(
                    " JOIN campaigns c ON c.id = r.campaign_id WHERE c.status = 'open' AND r.reviewer = ? "
                    "ORDER BY CASE r.state WHEN 'pending' THEN 0 ELSE 1 END, c.due, r.unchanged_since_last, r.id"),
            { reviewer.toLower() });
        if (!all)
            return all.error();
        QList<ReviewItem> out;
        while (all->next())
            out.append(readItem(all.value()));
        return out;
    }
    auto q = reviewer.isEmpty()
        ? sql::run(m_database->connection(), kItemColumns + QStringLiteral(" WHERE r.campaign_id = ?") + order,
                   { campaignId })
        : sql::run(m_database->connection(),
                   kItemColumns + QStringLiteral(" WHERE r.campaign_id = ? AND r.reviewer = ?") + order,
                   { campaignId, reviewer.toLower() });
    if (!q)
        return q.error();
    QList<ReviewItem> out;
    while (q->next())
        out.append(readItem(q.value()));
    return out;
}

Result<ReviewItem> ReviewService::item(qint64 itemId) const
{
    auto q = sql::run(m_database->connection(), kItemColumns + QStringLiteral(" WHERE r.id = ?"), { itemId });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("No review item with id %1").arg(itemId));
    return readItem(q.value());
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
        auto moved
            = sql::run(db,
                       QStringLiteral("UPDATE review_items SET reviewer = ?, delegated_from = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ? AND state = 'pending'"),
                       { target, source, itemId, loaded->version });
        if (!moved)
            return moved.error();
        if (moved->numRowsAffected() != 1)
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
        auto manager
            = sql::run(db, QStringLiteral("SELECT manager_email FROM people WHERE email = ?"), { it.reviewer });
        if (!manager)
            return manager.error();
        const QString theirManager = manager->next() ? manager->value(0).toString().trimmed().toLower() : QString();
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
        auto owner = sql::run(
            db,
            QStringLiteral(
                "SELECT i.business_owner, (SELECT COUNT(*) FROM people), p.email, p.active FROM identities i "
                "LEFT JOIN people p ON p.email = i.business_owner WHERE i.id = ?"),
            { it.identityId });
        if (!owner)
            return owner.error();
        if (owner->next()) {
            const QString current = owner->value(0).toString();
            const bool directory = owner->value(1).toLongLong() > 0;
            QString why;
            if (current.isEmpty())
                why = ReviewService::tr("%1 has no business owner").arg(it.displayName);
            else if (directory && owner->value(2).isNull())
                why = ReviewService::tr("its owner %1 is not in the people directory").arg(current);
            else if (directory && owner->value(3).toInt() == 0)
                why = ReviewService::tr("its owner %1 has left").arg(current);
            if (!why.isEmpty()) {
                return Error {
                    ReviewService::tr("Ownership cannot be confirmed: %1. Name a new owner or revoke.").arg(why),
                    QStringLiteral("orphan"), Attestation::Ownership
                };
            }
        }
    }
    for (const QJsonValue& g : it.evidence.value(QStringLiteral("grants")).toArray())
        c.grants << g.toObject().value(QStringLiteral("permission")).toString();
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
    if (it.asksFor(Attestation::Need) && d.need != Answer::Certify && d.need != Answer::Revoke
        && d.need != Answer::Retire)
        return fieldError(Attestation::Need,
                          ReviewService::tr("expected certify[=DATE], revoke or retire, got \"%1\"").arg(d.need));
    if (d.certifyUntil.isValid() && d.certifyUntil <= now) {
        return fieldError(Attestation::Need,
                          ReviewService::tr("the certification date %1 has already passed")
                              .arg(d.certifyUntil.date().toString(Qt::ISODate)));
    }
    bool highFindings = false;
    for (const QJsonValue& f : it.evidence.value(QStringLiteral("findings")).toArray())
        highFindings
            = highFindings || f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("high");
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
    const QJsonObject coverage = it.evidence.value(QStringLiteral("usageCoverage")).toObject();
    if (it.asksFor(Attestation::Scope)
        && !(coverage.contains(QStringLiteral("days")) && coverage.value(QStringLiteral("days")).toInt() == 0)) {
        QStringList proposed;
        for (const QJsonValue& g : it.evidence.value(QStringLiteral("proposedReduce")).toArray())
            proposed << g.toString();
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
    auto recent = sql::run(
        db,
        QStringLiteral("SELECT d.ownership, d.scope, d.need FROM %1 d JOIN review_items r ON r.id = d.item_id "
                       "WHERE r.campaign_id = ? AND d.decided_by = ? ORDER BY d.id DESC LIMIT ?")
            .arg(sql::currentDecisions()),
        { it.campaignId, decidedBy, ReviewService::kStreak - 1 });
    if (!recent)
        return recent.error();
    int streak = 1;
    while (recent->next()) {
        if (!approves(recent->value(0).toString(), recent->value(1).toString(), recent->value(2).toString()))
            break;
        ++streak;
    }
    recent->finish();
    return streak >= ReviewService::kStreak;
}

/** The decision row itself; on_behalf_of, recommendation and supersedes are named only when set (a team reviewer's
 * grant lists them). */
Status insertDecision(QSqlDatabase& db, const ReviewItem& it, const Decision& d, const Checked& c,
                      const QStringList& flags, qint64 supersedes, const QDateTime& now)
{
    QString columns;
    QString marks;
    QVariantList values { it.id, it.reviewer, c.decidedBy };
    const auto optional = [&](const QString& column, const QVariant& value) {
        columns += column + QStringLiteral(", ");
        marks += QStringLiteral("?,");
        values << value;
    };
    if (!c.onBehalfOf.isEmpty())
        optional(QStringLiteral("on_behalf_of"), c.onBehalfOf);
    if (!c.recommendation.isEmpty())
        optional(QStringLiteral("recommendation"), c.recommendation);
    if (supersedes > 0)
        optional(QStringLiteral("supersedes"), supersedes);
    const QDateTime ownershipUntil = it.asksFor(Attestation::Ownership)
        ? (d.ownershipUntil.isValid() ? d.ownershipUntil : now.addYears(1))
        : QDateTime();
    const QDateTime scopeUntil
        = it.asksFor(Attestation::Scope) ? (d.scopeUntil.isValid() ? d.scopeUntil : now.addYears(1)) : QDateTime();
    if (ownershipUntil.isValid())
        optional(QStringLiteral("ownership_until"), Timestamp::toIso(ownershipUntil));
    if (scopeUntil.isValid())
        optional(QStringLiteral("scope_until"), Timestamp::toIso(scopeUntil));
    values << Timestamp::toIso(now) << d.ownership << sql::nullableText(d.ownershipTarget.toLower()) << d.scope
           << sql::nullableText(d.scopeRemove.join(u'\n')) << d.need << sql::nullableTime(d.certifyUntil)
           << sql::nullableText(d.justification.trimmed())
           << (d.secondsSpent >= 0 ? QVariant(d.secondsSpent) : QVariant(QMetaType::fromType<int>()))
           << sql::nullableText(flags.join(u','));
    auto inserted = sql::runList(db,
                                 QStringLiteral("INSERT INTO decisions (item_id, assigned_to, decided_by, "
                                                "%1decided_at, ownership, ownership_target, scope, "
                                                "scope_remove, need, certify_until, justification, seconds_spent, "
                                                "flags) VALUES (?,?,?,%2?,?,?,?,?,?,?,?,?,?)")
                                     .arg(columns, marks),
                                 values);
    if (!inserted)
        return inserted.error();
    return {};
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
Status attest(QSqlDatabase& db, const ReviewItem& it, const Decision& d, const QDateTime& now)
{
    QStringList sets;
    QVariantList values;
    const auto until = [&](const QDateTime& given) {
        return Timestamp::toIso(given.isValid() ? given : now.addYears(1));
    };
    if (it.asksFor(Attestation::Ownership)) {
        sets << QStringLiteral("ownership_until = ?");
        values << until(d.ownershipUntil);
    }
    if (it.asksFor(Attestation::Scope)) {
        sets << QStringLiteral("scope_until = ?");
        values << until(d.scopeUntil);
    }
    if (it.asksFor(Attestation::Need)) {
        sets << QStringLiteral("need_until = ?");
        values << (d.need == Answer::Certify ? QVariant(until(d.certifyUntil))
                                             : QVariant(QMetaType::fromType<QString>()));
    }
    values << it.identityId;
    auto updated = sql::runList(
        db, QStringLiteral("UPDATE identities SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values);
    if (!updated)
        return updated.error();
    return {};
}

/** Certifying sets the identity's certification: now, with the grants it keeps, until the date given. */
Status certify(QSqlDatabase& db, const ReviewItem& it, const Decision& d, const Checked& c, const QDateTime& now)
{
    if (!it.asksFor(Attestation::Need)) {
        // The business need stays certified; a scope answer sets the new baseline of grants.
        if (!it.asksFor(Attestation::Scope))
            return {};
        auto baseline = sql::run(db, QStringLiteral("UPDATE identities SET certified_grants = ? WHERE id = ?"),
                                 { keptGrants(c.grants, d.scopeRemove).join(u'\n'), it.identityId });
        if (!baseline)
            return baseline.error();
        return {};
    }
    const QString kept = keptGrants(c.grants, d.scopeRemove).join(u'\n');
    auto certified = d.certifyUntil.isValid()
        ? sql::run(
            db,
            QStringLiteral(
                "UPDATE identities SET last_certified_at = ?, certified_grants = ?, expires_at = ? WHERE id = ?"),
            { Timestamp::toIso(now), kept, Timestamp::toIso(d.certifyUntil), it.identityId })
        : sql::run(db, QStringLiteral("UPDATE identities SET last_certified_at = ?, certified_grants = ? WHERE id = ?"),
                   { Timestamp::toIso(now), kept, it.identityId });
    if (!certified)
        return certified.error();
    return {};
}

/**
 * An amendment took back a certification: the identity's certification is the latest one still in
 * force, or none. Only a certification this decision set is taken back (not one imported from elsewhere).
 */
Status uncertify(QSqlDatabase& db, const ReviewItem& it, const QString& takenBackAt)
{
    auto earlier = sql::run(
        db,
        QStringLiteral(
            "SELECT d.decided_at, d.scope_remove, r.evidence_json FROM %1 d JOIN review_items r ON r.id = d.item_id "
            "WHERE r.identity_id = ? AND d.need = 'certify' ORDER BY d.decided_at DESC, d.id DESC LIMIT 1")
            .arg(sql::currentDecisions()),
        { it.identityId });
    if (!earlier)
        return earlier.error();
    QVariant at(QMetaType::fromType<QString>());
    QVariant grants(QMetaType::fromType<QString>());
    if (earlier->next()) {
        at = earlier->value(0);
        QStringList all;
        for (const QJsonValue& g : QJsonDocument::fromJson(earlier->value(2).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("grants"))
                                       .toArray())
            all << g.toObject().value(QStringLiteral("permission")).toString();
        grants = keptGrants(all, earlier->value(1).toString().split(u'\n', Qt::SkipEmptyParts)).join(u'\n');
    }
    earlier->finish();
    auto restored = sql::run(
        db,
        QStringLiteral(
            "UPDATE identities SET last_certified_at = ?, certified_grants = ? WHERE id = ? AND last_certified_at = ?"),
        { at, grants, it.identityId, takenBackAt });
    if (!restored)
        return restored.error();
    return {};
}

/** A second stage (technical owner or the reviewer's manager) looks again at what stage one kept. */
Status openSecondStage(QSqlDatabase& db, const ReviewItem& it)
{
    auto stage
        = sql::run(db,
                   QStringLiteral("SELECT c.second_stage, i.technical_owner, p.manager_email FROM campaigns c "
                                  "JOIN identities i ON i.id = ? LEFT JOIN people p ON p.email = ? WHERE c.id = ?"),
                   { it.identityId, it.reviewer, it.campaignId });
    if (!stage)
        return stage.error();
    QString second;
    if (stage->next()) {
        const QString kind = stage->value(0).toString();
        second = kind == QLatin1String("technical") ? stage->value(1).toString()
            : kind == QLatin1String("manager")      ? stage->value(2).toString()
                                                    : QString();
    }
    stage->finish();
    if (second.isEmpty() || second == it.reviewer)
        return {};
    auto next = sql::run(
        db,
        QStringLiteral(
            "INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, reason, evidence_json, "
            "evidence_hash, unchanged_since_last, asks) SELECT campaign_id, identity_id, 2, ?, 'pending', ?, "
            "evidence_json, evidence_hash, 0, asks FROM review_items WHERE id = ?"),
        { second.toLower(), ReviewService::tr("second stage, after %1 certified it").arg(it.reviewer), it.id });
    if (!next)
        return next.error();
    return {};
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
        auto claimed = sql::run(
            db,
            QStringLiteral("UPDATE review_items SET state = 'decided', decided_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ? AND state = 'pending'"),
            { Timestamp::toIso(now), it.id, it.version });
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() != 1)
            return makeError(tr("Item %1 was decided by someone else a moment ago; nothing was recorded").arg(it.id));
        claimed->finish();
        if (auto inserted = insertDecision(db, it, d, c, flags, 0, now); !inserted)
            return inserted;
        if (auto attested = attest(db, it, d, now); !attested)
            return attested;
        // A business need not asked is still certified: the identity stays, as certified before.
        if (d.need == Answer::Certify || d.need == Answer::NotAsked) {
            if (auto certified = certify(db, it, d, c, now); !certified)
                return certified;
            if (it.stage == 1) {
                if (auto second = openSecondStage(db, it); !second)
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
    auto later = sql::run(m_database->connection(),
                          QStringLiteral("SELECT reviewer, state FROM review_items WHERE campaign_id = ? AND "
                                         "identity_id = ? AND stage > ? ORDER BY stage LIMIT 1"),
                          { it.campaignId, it.identityId, it.stage });
    if (!later)
        return later.error();
    if (later->next()) {
        return Error {
            tr("A second stage (%1) already reviews what was certified here; amend it there, or ask them to revoke")
                .arg(later->value(0).toString()),
            QStringLiteral("second-stage"), QString()
        };
    }
    later->finish();
    const Checked& c = checked.value();

    QStringList flags;
    if (d.secondsSpent >= 0 && d.secondsSpent < kFastSeconds)
        flags << QStringLiteral("fast");
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        // The item stays decided (first decided when it was); its version moves so no one amends over a newer answer.
        auto claimed = sql::run(
            db,
            QStringLiteral(
                "UPDATE review_items SET version = version + 1 WHERE id = ? AND version = ? AND state = 'decided'"),
            { it.id, it.version });
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() != 1)
            return makeError(tr("Item %1 was amended by someone else a moment ago; nothing was recorded").arg(it.id));
        claimed->finish();
        if (auto inserted = insertDecision(db, it, d, c, flags, previous->id, now); !inserted)
            return inserted;
        if (auto attested = attest(db, it, d, now); !attested)
            return attested;
        if (d.need == Answer::Certify || d.need == Answer::NotAsked) {
            if (auto certified = certify(db, it, d, c, now); !certified)
                return certified;
            if (it.stage == 1) {
                if (auto second = openSecondStage(db, it); !second)
                    return second;
            }
        } else if (previous->need == Answer::Certify) {
            if (auto taken = uncertify(db, it, Timestamp::toIso(previous->decidedAt)); !taken)
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
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT id, decided_by, on_behalf_of, ownership, ownership_target, scope, "
                                     "scope_remove, need, certify_until, justification, "
                                     "seconds_spent, supersedes, decided_at, ownership_until, scope_until FROM %1 d "
                                     "WHERE item_id = ? ORDER BY id DESC LIMIT 1")
                          .arg(sql::currentDecisions()),
                      { itemId });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("Item %1 has no decision yet").arg(itemId));
    Decision d;
    d.itemId = itemId;
    d.id = q->value(0).toLongLong();
    d.decidedBy = q->value(1).toString();
    d.onBehalfOf = q->value(2).toString();
    d.ownership = q->value(3).toString();
    d.ownershipTarget = q->value(4).toString();
    d.scope = q->value(5).toString();
    d.scopeRemove = q->value(6).toString().split(u'\n', Qt::SkipEmptyParts);
    d.need = q->value(7).toString();
    d.certifyUntil = Timestamp::fromIso(q->value(8).toString());
    d.justification = q->value(9).toString();
    d.secondsSpent = q->value(10).isNull() ? -1 : q->value(10).toInt();
    d.supersedes = q->value(11).toLongLong();
    d.decidedAt = Timestamp::fromIso(q->value(12).toString());
    d.ownershipUntil = Timestamp::fromIso(q->value(13).toString());
    d.scopeUntil = Timestamp::fromIso(q->value(14).toString());
    return d;
}

} // namespace recertify
