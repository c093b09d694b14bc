#include "core/storage/ReviewStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

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

Result<QList<ReviewItem>> readItems(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<ReviewItem> out;
    while (q->next())
        out.append(readItem(q.value()));
    return out;
}

Result<bool> changedOneRow(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace

Result<QList<ReviewItem>> ReviewStore::items(qint64 campaignId, const QString& reviewer) const
{
    const QString order
        = QStringLiteral(" ORDER BY CASE r.state WHEN 'pending' THEN 0 ELSE 1 END, r.unchanged_since_last, r.id");
    if (campaignId <= 0) {
        // A reviewer's whole queue: every open campaign, the one due first first.
        return readItems(sql::run(
            m_db,
            kItemColumns
                + QStringLiteral(
                    " JOIN campaigns c ON c.id = r.campaign_id WHERE c.status = 'open' AND r.reviewer = ? "
                    "ORDER BY CASE r.state WHEN 'pending' THEN 0 ELSE 1 END, c.due, r.unchanged_since_last, r.id"),
            { reviewer.toLower() }));
    }
    if (reviewer.isEmpty())
        return readItems(
            sql::run(m_db, kItemColumns + QStringLiteral(" WHERE r.campaign_id = ?") + order, { campaignId }));
    return readItems(sql::run(m_db,
                              kItemColumns + QStringLiteral(" WHERE r.campaign_id = ? AND r.reviewer = ?") + order,
                              { campaignId, reviewer.toLower() }));
}

Result<std::optional<ReviewItem>> ReviewStore::item(qint64 itemId) const
{
    auto q = sql::run(m_db, kItemColumns + QStringLiteral(" WHERE r.id = ?"), { itemId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReviewItem>();
    return std::optional<ReviewItem>(readItem(q.value()));
}

Result<std::optional<Decision>> ReviewStore::decisionInForce(qint64 itemId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, decided_by, on_behalf_of, ownership, ownership_target, scope, "
                                     "scope_remove, need, certify_until, justification, "
                                     "seconds_spent, supersedes, decided_at, ownership_until, scope_until FROM %1 d "
                                     "WHERE item_id = ? ORDER BY id DESC LIMIT 1")
                          .arg(sql::currentDecisions()),
                      { itemId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Decision>();
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
    return std::optional<Decision>(d);
}

Result<QString> ReviewStore::managerOf(const QString& email) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT manager_email FROM people WHERE email = ?"), { email });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString().trimmed().toLower() : QString();
}

Result<std::optional<OwnerStanding>> ReviewStore::ownerOf(qint64 identityId) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT i.business_owner, (SELECT COUNT(*) FROM people), p.email, p.active FROM identities i "
                       "LEFT JOIN people p ON p.email = i.business_owner WHERE i.id = ?"),
        { identityId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OwnerStanding>();
    return std::optional<OwnerStanding>(OwnerStanding { q->value(0).toString(), q->value(1).toLongLong() > 0,
                                                        !q->value(2).isNull(), q->value(3).toInt() != 0 });
}

Result<QList<AnswerTriple>> ReviewStore::recentAnswers(qint64 campaignId, const QString& decidedBy, int limit) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT d.ownership, d.scope, d.need FROM %1 d JOIN review_items r ON r.id = d.item_id "
                       "WHERE r.campaign_id = ? AND d.decided_by = ? ORDER BY d.id DESC LIMIT ?")
            .arg(sql::currentDecisions()),
        { campaignId, decidedBy, limit });
    if (!q)
        return q.error();
    QList<AnswerTriple> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString() });
    return out;
}

Result<std::optional<QString>> ReviewStore::laterStageReviewer(const ReviewItem& item) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT reviewer FROM review_items WHERE campaign_id = ? AND "
                                     "identity_id = ? AND stage > ? ORDER BY stage LIMIT 1"),
                      { item.campaignId, item.identityId, item.stage });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<QString> ReviewStore::secondStageReviewer(const ReviewItem& item) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT c.second_stage, i.technical_owner, p.manager_email FROM campaigns c "
                                     "JOIN identities i ON i.id = ? LEFT JOIN people p ON p.email = ? WHERE c.id = ?"),
                      { item.identityId, item.reviewer, item.campaignId });
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    const QString kind = q->value(0).toString();
    return kind == QLatin1String("technical") ? q->value(1).toString()
        : kind == QLatin1String("manager")    ? q->value(2).toString()
                                              : QString();
}

Result<bool> ReviewStore::claimPending(qint64 itemId, int version, const QDateTime& at)
{
    return changedOneRow(
        sql::run(m_db,
                 QStringLiteral("UPDATE review_items SET state = 'decided', decided_at = ?, version = version + 1 "
                                "WHERE id = ? AND version = ? AND state = 'pending'"),
                 { Timestamp::toIso(at), itemId, version }));
}

Result<bool> ReviewStore::claimDecided(qint64 itemId, int version)
{
    return changedOneRow(sql::run(
        m_db,
        QStringLiteral(
            "UPDATE review_items SET version = version + 1 WHERE id = ? AND version = ? AND state = 'decided'"),
        { itemId, version }));
}

Result<bool> ReviewStore::handOn(qint64 itemId, int version, const QString& from, const QString& to)
{
    return changedOneRow(
        sql::run(m_db,
                 QStringLiteral("UPDATE review_items SET reviewer = ?, delegated_from = ?, version = version + 1 "
                                "WHERE id = ? AND version = ? AND state = 'pending'"),
                 { to, from, itemId, version }));
}

Status ReviewStore::insertDecision(const DecisionRecord& r)
{
    // on_behalf_of, recommendation, supersedes and the until dates are named only when set (a team
    // reviewer's grant lists them).
    QString columns;
    QString marks;
    QVariantList values { r.itemId, r.assignedTo, r.decidedBy };
    const auto optional = [&](const QString& column, const QVariant& value) {
        columns += column + QStringLiteral(", ");
        marks += QStringLiteral("?,");
        values << value;
    };
    if (!r.onBehalfOf.isEmpty())
        optional(QStringLiteral("on_behalf_of"), r.onBehalfOf);
    if (!r.recommendation.isEmpty())
        optional(QStringLiteral("recommendation"), r.recommendation);
    if (r.supersedes > 0)
        optional(QStringLiteral("supersedes"), r.supersedes);
    if (r.ownershipUntil.isValid())
        optional(QStringLiteral("ownership_until"), Timestamp::toIso(r.ownershipUntil));
    if (r.scopeUntil.isValid())
        optional(QStringLiteral("scope_until"), Timestamp::toIso(r.scopeUntil));
    values << Timestamp::toIso(r.decidedAt) << r.ownership << sql::nullableText(r.ownershipTarget) << r.scope
           << sql::nullableText(r.scopeRemove.join(u'\n')) << r.need << sql::nullableTime(r.certifyUntil)
           << sql::nullableText(r.justification)
           << (r.secondsSpent >= 0 ? QVariant(r.secondsSpent) : QVariant(QMetaType::fromType<int>()))
           << sql::nullableText(r.flags.join(u','));
    auto inserted = sql::runList(m_db,
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

Status ReviewStore::setAttestedUntil(qint64 identityId, const std::optional<QDateTime>& ownership,
                                     const std::optional<QDateTime>& scope, const std::optional<QDateTime>& need)
{
    QStringList sets;
    QVariantList values;
    for (const auto& [column, until] : { std::pair { "ownership_until", &ownership },
                                         std::pair { "scope_until", &scope }, std::pair { "need_until", &need } }) {
        if (!until->has_value())
            continue;
        sets << QLatin1String(column) + QStringLiteral(" = ?");
        values << sql::nullableTime(until->value());
    }
    if (sets.isEmpty())
        return {};
    values << identityId;
    auto updated = sql::runList(
        m_db, QStringLiteral("UPDATE identities SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values);
    if (!updated)
        return updated.error();
    return {};
}

Status ReviewStore::setCertifiedGrants(qint64 identityId, const QStringList& grants)
{
    auto updated = sql::run(m_db, QStringLiteral("UPDATE identities SET certified_grants = ? WHERE id = ?"),
                            { grants.join(u'\n'), identityId });
    if (!updated)
        return updated.error();
    return {};
}

Status ReviewStore::certify(qint64 identityId, const QDateTime& at, const QStringList& grants, const QDateTime& expires)
{
    auto certified = expires.isValid()
        ? sql::run(m_db,
                   QStringLiteral("UPDATE identities SET last_certified_at = ?, certified_grants = ?, expires_at = ? "
                                  "WHERE id = ?"),
                   { Timestamp::toIso(at), grants.join(u'\n'), Timestamp::toIso(expires), identityId })
        : sql::run(m_db,
                   QStringLiteral("UPDATE identities SET last_certified_at = ?, certified_grants = ? WHERE id = ?"),
                   { Timestamp::toIso(at), grants.join(u'\n'), identityId });
    if (!certified)
        return certified.error();
    return {};
}

Result<std::optional<CertifyingDecision>> ReviewStore::latestCertifying(qint64 identityId) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT d.decided_at, d.scope_remove, r.evidence_json FROM %1 d JOIN review_items r ON r.id = d.item_id "
            "WHERE r.identity_id = ? AND d.need = 'certify' ORDER BY d.decided_at DESC, d.id DESC LIMIT 1")
            .arg(sql::currentDecisions()),
        { identityId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<CertifyingDecision>();
    CertifyingDecision found;
    found.at = q->value(0).toString();
    found.removed = q->value(1).toString().split(u'\n', Qt::SkipEmptyParts);
    const QJsonArray shown
        = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object().value(QStringLiteral("grants")).toArray();
    for (const QJsonValue& g : shown)
        found.grantsShown << g.toObject().value(QStringLiteral("permission")).toString();
    return std::optional<CertifyingDecision>(found);
}

Status ReviewStore::restoreCertification(qint64 identityId, const QString& earlierAt, const QStringList& earlierGrants,
                                         const QString& takenBackAt)
{
    const QVariant at = !earlierAt.isEmpty() ? QVariant(earlierAt) : QVariant(QMetaType::fromType<QString>());
    const QVariant grants
        = !earlierAt.isEmpty() ? QVariant(earlierGrants.join(u'\n')) : QVariant(QMetaType::fromType<QString>());
    auto restored = sql::run(
        m_db,
        QStringLiteral(
            "UPDATE identities SET last_certified_at = ?, certified_grants = ? WHERE id = ? AND last_certified_at = ?"),
        { at, grants, identityId, takenBackAt });
    if (!restored)
        return restored.error();
    return {};
}

Status ReviewStore::openSecondStage(const ReviewItem& item, const QString& reviewer, const QString& reason)
{
    auto next = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, reason, evidence_json, "
            "evidence_hash, unchanged_since_last, asks) SELECT campaign_id, identity_id, 2, ?, 'pending', ?, "
            "evidence_json, evidence_hash, 0, asks FROM review_items WHERE id = ?"),
        { reviewer.toLower(), reason, item.id });
    if (!next)
        return next.error();
    return {};
}

} // namespace recertify
