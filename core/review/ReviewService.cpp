#include "ReviewService.h"
#include "analysis/AnalysisService.h"
#include "util/Logging.h"

#include "evidence/AuditLog.h"
#include "storage/SqlUtil.h"
#include "util/People.h"
#include "util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace recertify {

namespace {

const QString kItemColumns = QStringLiteral(
    "SELECT r.id, r.campaign_id, r.identity_id, i.native_id, i.display_name, r.stage, r.reviewer, r.state, r.reason, r.evidence_json, "
    "r.version, r.unchanged_since_last, r.decided_at FROM review_items r JOIN identities i ON i.id = r.identity_id");

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
    return item;
}

} // namespace

Result<QList<ReviewItem>> ReviewService::items(qint64 campaignId, const QString& reviewer) const
{
    const QString order = QStringLiteral(" ORDER BY CASE r.state WHEN 'pending' THEN 0 ELSE 1 END, r.unchanged_since_last, r.id");
    if (campaignId <= 0) {
        // A reviewer's whole queue: every open campaign, the one due first first.
        auto all = sql::run(m_database->connection(),
            kItemColumns + QStringLiteral(" JOIN campaigns c ON c.id = r.campaign_id WHERE c.status = 'open' AND r.reviewer = ? "
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
        ? sql::run(m_database->connection(), kItemColumns + QStringLiteral(" WHERE r.campaign_id = ?") + order, { campaignId })
        : sql::run(m_database->connection(), kItemColumns + QStringLiteral(" WHERE r.campaign_id = ? AND r.reviewer = ?") + order,
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
        return makeError(tr("Item %1 is assigned to %2; %3 cannot hand it on").arg(itemId).arg(loaded->reviewer, source));
    if (loaded->state != QLatin1String("pending"))
        return makeError(tr("Item %1 was already decided").arg(itemId));
    if (!looksLikeEmail(target) || target == source)
        return fieldError(QStringLiteral("to"), tr("expected the email address of another reviewer, got \"%1\"").arg(to));
    const QDateTime now = m_clock.now();
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto moved = sql::run(db, QStringLiteral("UPDATE review_items SET reviewer = ?, delegated_from = ?, version = version + 1 "
                                                 "WHERE id = ? AND version = ? AND state = 'pending'"),
            { target, source, itemId, loaded->version });
        if (!moved)
            return moved.error();
        if (moved->numRowsAffected() != 1)
            return makeError(tr("Item %1 changed a moment ago; nothing was recorded").arg(itemId));
        AuditLog audit(db);
        return audit.append(now, source, QStringLiteral("review.delegate"), QStringLiteral("review-item"), QString::number(itemId),
            QJsonObject { { QStringLiteral("from"), source }, { QStringLiteral("to"), target } });
    });
}

Result<QStringList> ReviewService::decide(const Decision& d)
{
    auto loaded = item(d.itemId);
    if (!loaded)
        return loaded.error();
    const ReviewItem& it = loaded.value();
    const QString decidedBy = d.decidedBy.trimmed().toLower();
    QString onBehalfOf = d.onBehalfOf.trimmed().toLower();
    if (onBehalfOf == decidedBy)
        onBehalfOf.clear(); // deciding one's own item
    if (!onBehalfOf.isEmpty() && onBehalfOf != it.reviewer)
        return makeError(tr("Item %1 is assigned to %2, not to %3").arg(it.id).arg(it.reviewer, onBehalfOf));
    if (decidedBy != it.reviewer && onBehalfOf.isEmpty()) {
        return Error { tr("Item %1 is assigned to %2; %3 cannot decide it (their manager may review on their behalf)").arg(it.id).arg(it.reviewer, decidedBy),
            QStringLiteral("not-assigned"), QString() };
    }
    if (!onBehalfOf.isEmpty()) {
        // Acting for someone else is a manager's explicit step, checked against the people directory.
        auto manager = sql::run(m_database->connection(), QStringLiteral("SELECT manager_email FROM people WHERE email = ?"), { it.reviewer });
        if (!manager)
            return manager.error();
        const QString theirManager = manager->next() ? manager->value(0).toString().trimmed().toLower() : QString();
        if (theirManager != decidedBy) {
            return Error { theirManager.isEmpty()
                    ? tr("Only a manager may review on behalf of %1, and the people directory names none for them").arg(it.reviewer)
                    : tr("Only %1's manager, %2, may review on their behalf; %3 may not").arg(it.reviewer, theirManager, decidedBy),
                QStringLiteral("not-manager"), QStringLiteral("onBehalfOf") };
        }
    }
    if (it.state != QLatin1String("pending"))
        return makeError(tr("Item %1 was already decided on %2").arg(it.id).arg(it.decidedAt.date().toString(Qt::ISODate)));
    if (d.expectedVersion > 0 && d.expectedVersion != it.version)
        return makeError(tr("Item %1 changed while you were looking at it (someone decided or reassigned it); reload it").arg(it.id));

    if (d.ownership == QLatin1String("reassign")) {
        if (!looksLikeEmail(d.ownershipTarget))
            return fieldError(QStringLiteral("ownership"), tr("a new owner needs an email address, such as ada@example.com"));
    } else if (d.ownership != QLatin1String("confirm")) {
        return fieldError(QStringLiteral("ownership"), tr("expected confirm or reassign=EMAIL, got \"%1\"").arg(d.ownership));
    }
    if (d.ownership == QLatin1String("confirm")) {
        // An orphan has nobody to confirm: the reviewer names a new owner or revokes.
        auto owner = sql::run(m_database->connection(),
            QStringLiteral("SELECT i.business_owner, (SELECT COUNT(*) FROM people), p.email, p.active FROM identities i "
                           "LEFT JOIN people p ON p.email = i.business_owner WHERE i.id = ?"),
            { it.identityId });
        if (!owner)
            return owner.error();
        if (owner->next()) {
            const QString current = owner->value(0).toString();
            const bool directory = owner->value(1).toLongLong() > 0;
            QString why;
            if (current.isEmpty())
                why = tr("%1 has no business owner").arg(it.displayName);
            else if (directory && owner->value(2).isNull())
                why = tr("its owner %1 is not in the people directory").arg(current);
            else if (directory && owner->value(3).toInt() == 0)
                why = tr("its owner %1 has left").arg(current);
            if (!why.isEmpty()) {
                return Error { tr("Ownership cannot be confirmed: %1. Name a new owner or revoke.").arg(why), QStringLiteral("orphan"), QStringLiteral("ownership") };
            }
        }
    }
    QStringList grants;
    for (const QJsonValue& g : it.evidence.value(QStringLiteral("grants")).toArray())
        grants << g.toObject().value(QStringLiteral("permission")).toString();
    if (d.scope == QLatin1String("reduce")) {
        if (d.scopeRemove.isEmpty())
            return fieldError(QStringLiteral("scope"), tr("reducing the scope needs the grants to remove, such as s3:PutObject"));
        for (const QString& p : d.scopeRemove) {
            if (!grants.contains(p))
                return fieldError(QStringLiteral("scope"), tr("%1 is not a grant of this identity").arg(p));
        }
    } else if (d.scope != QLatin1String("keep")) {
        return fieldError(QStringLiteral("scope"), tr("expected keep or reduce=PERM[,PERM…], got \"%1\"").arg(d.scope));
    }
    if (d.need != QLatin1String("certify") && d.need != QLatin1String("revoke") && d.need != QLatin1String("retire"))
        return fieldError(QStringLiteral("need"), tr("expected certify[=DATE], revoke or retire, got \"%1\"").arg(d.need));
    const QDateTime now = m_clock.now();
    if (d.certifyUntil.isValid() && d.certifyUntil <= now)
        return fieldError(QStringLiteral("need"), tr("the certification date %1 has already passed").arg(d.certifyUntil.date().toString(Qt::ISODate)));
    bool highFindings = false;
    for (const QJsonValue& f : it.evidence.value(QStringLiteral("findings")).toArray())
        highFindings = highFindings || f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("high");
    const bool needsWhy = d.need == QLatin1String("revoke") || d.scope == QLatin1String("reduce")
        || (d.need == QLatin1String("certify") && highFindings);
    if (needsWhy && d.justification.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("justification"),
            d.need == QLatin1String("certify") ? tr("certifying an identity with open high-severity findings needs a reason")
                                               : tr("%1 needs a reason").arg(d.need == QLatin1String("revoke") ? tr("revoking") : tr("reducing scope")));
    }

    // Did the scope answer follow what usage recommended? Unknown where no activity data covers the identity.
    QString recommendation;
    const QJsonObject coverage = it.evidence.value(QStringLiteral("usageCoverage")).toObject();
    if (!(coverage.contains(QStringLiteral("days")) && coverage.value(QStringLiteral("days")).toInt() == 0)) {
        QStringList proposed;
        for (const QJsonValue& g : it.evidence.value(QStringLiteral("proposedReduce")).toArray())
            proposed << g.toString();
        QStringList removed = d.scope == QLatin1String("reduce") ? d.scopeRemove : QStringList();
        proposed.sort();
        removed.sort();
        proposed.removeDuplicates();
        removed.removeDuplicates();
        recommendation = proposed == removed ? QStringLiteral("followed") : QStringLiteral("not-followed");
    }

    QStringList flags;
    if (d.secondsSpent >= 0 && d.secondsSpent < kFastSeconds)
        flags << QStringLiteral("fast");
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        // The approve-all streak: this decision and the reviewer's previous ones in this campaign.
        const bool approveAll = d.ownership == QLatin1String("confirm") && d.scope == QLatin1String("keep") && d.need == QLatin1String("certify");
        if (approveAll) {
            auto recent = sql::run(db,
                QStringLiteral("SELECT d.ownership, d.scope, d.need FROM decisions d JOIN review_items r ON r.id = d.item_id "
                               "WHERE r.campaign_id = ? AND d.decided_by = ? ORDER BY d.id DESC LIMIT ?"),
                { it.campaignId, decidedBy, kStreak - 1 });
            if (!recent)
                return recent.error();
            int streak = 1;
            while (recent->next()) {
                if (recent->value(0).toString() != QLatin1String("confirm") || recent->value(1).toString() != QLatin1String("keep")
                    || recent->value(2).toString() != QLatin1String("certify"))
                    break;
                ++streak;
            }
            recent->finish();
            if (streak >= kStreak)
                flags << QStringLiteral("streak");
        }
        // Optimistic concurrency: only the version the reviewer saw may be decided.
        auto claimed = sql::run(db, QStringLiteral("UPDATE review_items SET state = 'decided', decided_at = ?, version = version + 1 "
                                                   "WHERE id = ? AND version = ? AND state = 'pending'"),
            { Timestamp::toIso(now), it.id, it.version });
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() != 1)
            return makeError(tr("Item %1 was decided by someone else a moment ago; nothing was recorded").arg(it.id));
        claimed->finish();
        // on_behalf_of is named only when set: a team reviewer's login may insert the original columns only.
        QVariantList values { it.id, it.reviewer, decidedBy };
        if (!onBehalfOf.isEmpty())
            values << onBehalfOf;
        if (!recommendation.isEmpty())
            values << recommendation;
        values << Timestamp::toIso(now) << d.ownership << sql::nullableText(d.ownershipTarget.toLower()) << d.scope
               << sql::nullableText(d.scopeRemove.join(u'\n')) << d.need << sql::nullableTime(d.certifyUntil) << sql::nullableText(d.justification.trimmed())
               << (d.secondsSpent >= 0 ? QVariant(d.secondsSpent) : QVariant(QMetaType::fromType<int>())) << sql::nullableText(flags.join(u','));
        auto inserted = sql::runList(db,
            QStringLiteral("INSERT INTO decisions (item_id, assigned_to, decided_by, %1decided_at, ownership, ownership_target, scope, "
                           "scope_remove, need, certify_until, justification, seconds_spent, flags) VALUES (?,?,?,%2?,?,?,?,?,?,?,?,?,?)")
                .arg(QString(onBehalfOf.isEmpty() ? QString() : QStringLiteral("on_behalf_of, "))
                         + (recommendation.isEmpty() ? QString() : QStringLiteral("recommendation, ")),
                    QString(onBehalfOf.isEmpty() ? QString() : QStringLiteral("?,")) + (recommendation.isEmpty() ? QString() : QStringLiteral("?,"))),
            values);
        if (!inserted)
            return inserted.error();
        if (d.need == QLatin1String("certify")) {
            // The attestation itself: certified now, with the grants it keeps, until the date given.
            QStringList kept = grants;
            for (const QString& p : d.scopeRemove)
                kept.removeAll(p);
            kept.removeDuplicates();
            auto certified = d.certifyUntil.isValid()
                ? sql::run(db, QStringLiteral("UPDATE identities SET last_certified_at = ?, certified_grants = ?, expires_at = ? WHERE id = ?"),
                      { Timestamp::toIso(now), kept.join(u'\n'), Timestamp::toIso(d.certifyUntil), it.identityId })
                : sql::run(db, QStringLiteral("UPDATE identities SET last_certified_at = ?, certified_grants = ? WHERE id = ?"),
                      { Timestamp::toIso(now), kept.join(u'\n'), it.identityId });
            if (!certified)
                return certified.error();
        }
        // A second stage (technical owner or the reviewer's manager) looks again at what stage one kept.
        if (it.stage == 1 && d.need == QLatin1String("certify")) {
            auto stage = sql::run(db, QStringLiteral("SELECT c.second_stage, i.technical_owner, p.manager_email FROM campaigns c "
                                                     "JOIN identities i ON i.id = ? LEFT JOIN people p ON p.email = ? WHERE c.id = ?"),
                { it.identityId, it.reviewer, it.campaignId });
            if (!stage)
                return stage.error();
            QString second;
            if (stage->next()) {
                const QString kind = stage->value(0).toString();
                second = kind == QLatin1String("technical") ? stage->value(1).toString() : kind == QLatin1String("manager") ? stage->value(2).toString() : QString();
            }
            stage->finish();
            if (!second.isEmpty() && second != it.reviewer) {
                auto next = sql::run(db, QStringLiteral("INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, reason, evidence_json, "
                                                        "evidence_hash, unchanged_since_last) SELECT campaign_id, identity_id, 2, ?, 'pending', ?, "
                                                        "evidence_json, evidence_hash, 0 FROM review_items WHERE id = ?"),
                    { second.toLower(), tr("second stage, after %1 certified it").arg(it.reviewer), it.id });
                if (!next)
                    return next.error();
            }
        }
        AuditLog audit(db);
        return audit.append(now, decidedBy, QStringLiteral("review.decide"), QStringLiteral("review-item"), QString::number(it.id),
            QJsonObject { { QStringLiteral("campaign"), it.campaignId }, { QStringLiteral("identity"), it.nativeId },
                { QStringLiteral("assignedTo"), it.reviewer }, { QStringLiteral("decidedBy"), decidedBy },
                { QStringLiteral("onBehalfOf"), onBehalfOf.isEmpty() ? QJsonValue() : QJsonValue(onBehalfOf) },
                { QStringLiteral("recommendation"), recommendation.isEmpty() ? QJsonValue() : QJsonValue(recommendation) },
                { QStringLiteral("ownership"), d.ownership == QLatin1String("reassign") ? QStringLiteral("reassign=") + d.ownershipTarget.toLower() : d.ownership },
                { QStringLiteral("scope"), d.scope == QLatin1String("reduce") ? QStringLiteral("reduce=") + d.scopeRemove.join(u',') : d.scope },
                { QStringLiteral("need"), d.certifyUntil.isValid() ? QStringLiteral("certify=") + d.certifyUntil.date().toString(Qt::ISODate) : d.need },
                { QStringLiteral("justification"), d.justification.trimmed() }, { QStringLiteral("flags"), QJsonArray::fromStringList(flags) } });
    });
    if (!status)
        return status.error();
    // The record changes at once: the certification, the removals requested and the owner named show
    // in the identity's findings and trust debt in every view, not after the next import.
    if (auto refreshed = AnalysisService(m_database, m_clock).runFor(it.identityId); !refreshed)
        qCWarning(lcStorage) << "analysis after a decision:" << refreshed.errorString();
    return flags;
}

} // namespace recertify
