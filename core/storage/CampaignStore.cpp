#include "core/storage/CampaignStore.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

namespace {

const QString kCampaignColumns
    = QStringLiteral("SELECT id, name, scope_expr, due, created_at, created_by, status, fallback_reviewer, "
                     "second_stage, trigger_kind, closed_at FROM campaigns");

Campaign readCampaign(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.scope = q.value(2).toString();
    c.due = Timestamp::fromIso(q.value(3).toString());
    c.createdAt = Timestamp::fromIso(q.value(4).toString());
    c.createdBy = q.value(5).toString();
    c.status = q.value(6).toString();
    c.fallbackReviewer = q.value(7).toString();
    c.secondStage = q.value(8).toString();
    c.trigger = q.value(9).toString();
    c.closedAt = Timestamp::fromIso(q.value(10).toString());
    return c;
}

// SQL conditions over identities i (and people p, joined on the business owner).
QString whereOf(const IdentitySelection& s, QVariantList* binds)
{
    QStringList conditions;
    auto in = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            *binds << v;
        }
        conditions << column + QStringLiteral(" IN (") + marks.join(u',') + u')';
    };
    if (!s.sources.isEmpty())
        in(QStringLiteral("i.source"), s.sources);
    if (!s.kinds.isEmpty())
        in(QStringLiteral("i.kind"), s.kinds);
    if (!s.statuses.isEmpty())
        in(QStringLiteral("i.status"), s.statuses);
    else
        conditions << QStringLiteral("i.status <> 'retired'");
    if (!s.ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : s.ids) {
            marks << QStringLiteral("?");
            *binds << id;
        }
        conditions << QStringLiteral("i.id IN (") + marks.join(u',') + u')';
    }
    if (s.minDebt >= 0) {
        conditions << QStringLiteral("i.trust_debt >= ?");
        *binds << s.minDebt;
    }
    if (s.orphaned)
        conditions << QStringLiteral("(i.business_owner IS NULL OR p.email IS NULL OR p.active = 0)");
    if (!s.findings.isEmpty()) {
        QStringList marks;
        for (const QString& v : s.findings) {
            marks << QStringLiteral("?");
            *binds << v;
        }
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM findings f WHERE f.identity_id = i.id AND f.resolved_at IS "
                                     "NULL AND f.type IN (")
                + marks.join(u',') + QStringLiteral("))");
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<Campaign>> CampaignStore::list() const
{
    auto q = sql::run(m_db, kCampaignColumns + QStringLiteral(" ORDER BY id DESC"));
    if (!q)
        return q.error();
    QList<Campaign> out;
    while (q->next())
        out.append(readCampaign(q.value()));
    return out;
}

Result<std::optional<Campaign>> CampaignStore::byId(qint64 id) const
{
    auto q = sql::run(m_db, kCampaignColumns + QStringLiteral(" WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(readCampaign(q.value()));
}

Status CampaignStore::countInto(qint64 id, CampaignStatus* status) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT r.reviewer, COUNT(*), SUM(CASE WHEN r.state = 'decided' THEN 1 ELSE 0 "
                                     "END), SUM(CASE WHEN d.flags IS NOT NULL AND d.flags <> '' THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN r.delegated_from IS NOT NULL THEN 1 ELSE 0 END) "
                                     "FROM review_items r LEFT JOIN %1 d ON d.item_id = r.id WHERE r.campaign_id = ? "
                                     "GROUP BY r.reviewer ORDER BY r.reviewer")
                          .arg(sql::currentDecisions()),
                      { id });
    if (!q)
        return q.error();
    while (q->next()) {
        CampaignStatus::Reviewer r { q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(),
                                     q->value(3).toInt() };
        status->items += r.items;
        status->decided += r.decided;
        status->flagged += r.flagged;
        status->handedOn += q->value(4).toInt();
        status->reviewers.append(r);
    }
    q->finish();
    auto mix = sql::run(
        m_db,
        QStringLiteral(
            "SELECT SUM(CASE WHEN d.need = 'certify' THEN 1 ELSE 0 END), SUM(CASE WHEN d.scope = 'reduce' THEN 1 ELSE "
            "0 END), SUM(CASE WHEN d.need = 'revoke' THEN 1 ELSE 0 END), SUM(CASE WHEN d.need = 'retire' THEN 1 ELSE "
            "0 END), SUM(CASE WHEN d.ownership = 'reassign' THEN 1 ELSE 0 END), SUM(CASE WHEN d.recommendation IS "
            "NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN d.recommendation = 'followed' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.supersedes IS NOT NULL THEN 1 ELSE 0 END) "
            "FROM %1 d JOIN review_items r ON r.id = d.item_id WHERE r.campaign_id = ?")
            .arg(sql::currentDecisions()),
        { id });
    if (!mix)
        return mix.error();
    if (mix->next()) {
        status->certified = mix->value(0).toInt();
        status->reduced = mix->value(1).toInt();
        status->revoked = mix->value(2).toInt();
        status->retired = mix->value(3).toInt();
        status->reassigned = mix->value(4).toInt();
        status->recommended = mix->value(5).toInt();
        status->followed = mix->value(6).toInt();
        status->amended = mix->value(7).toInt();
    }
    return {};
}

Result<QList<Reminder>> CampaignStore::pendingByReviewer(qint64 id) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT r.reviewer, COUNT(*), MAX(p.manager_email) FROM review_items r "
                                     "LEFT JOIN people p ON p.email = r.reviewer WHERE r.campaign_id = ? AND "
                                     "r.state = 'pending' GROUP BY r.reviewer ORDER BY r.reviewer"),
                      { id });
    if (!q)
        return q.error();
    QList<Reminder> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toInt(), q->value(2).toString() });
    return out;
}

Result<QList<Escalation>> CampaignStore::escalations(qint64 id) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT r.id, r.reviewer, p.manager_email FROM review_items r JOIN people p ON p.email = r.reviewer "
            "WHERE r.campaign_id = ? AND r.state = 'pending' AND r.delegated_from IS NULL AND p.manager_email <> ''"),
        { id });
    if (!q)
        return q.error();
    QList<Escalation> out;
    while (q->next())
        out.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString() });
    return out;
}

Result<QList<FlaggedDecision>> CampaignStore::flagged(qint64 id) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT r.id, i.display_name, r.reviewer, d.decided_by, d.decided_at, d.flags, d.seconds_spent, "
            "d.ownership, d.ownership_target, d.scope, d.scope_remove, d.need, d.certify_until, d.justification "
            "FROM %1 d JOIN review_items r ON r.id = d.item_id JOIN identities i ON i.id = r.identity_id "
            "WHERE r.campaign_id = ? AND d.flags IS NOT NULL AND d.flags <> '' ORDER BY d.decided_at DESC, d.id DESC")
            .arg(sql::currentDecisions()),
        { id });
    if (!q)
        return q.error();
    QList<FlaggedDecision> out;
    while (q->next()) {
        FlaggedDecision f;
        f.itemId = q->value(0).toLongLong();
        f.identity = q->value(1).toString();
        f.reviewer = q->value(2).toString();
        f.decidedBy = q->value(3).toString();
        f.decidedAt = Timestamp::fromIso(q->value(4).toString());
        f.flags = q->value(5).toString().split(u',', Qt::SkipEmptyParts);
        f.secondsSpent = q->value(6).isNull() ? -1 : q->value(6).toInt();
        f.ownership = Answer::withDetail(q->value(7).toString(), q->value(8).toString(), {});
        f.scope
            = Answer::withDetail(q->value(9).toString(), {}, q->value(10).toString().split(u'\n', Qt::SkipEmptyParts));
        f.need = q->value(12).isNull() ? q->value(11).toString()
                                       : Answer::Certify + u'=' + q->value(12).toString().left(10);
        f.justification = q->value(13).toString();
        out.append(f);
    }
    return out;
}

Result<int> CampaignStore::itemCount(qint64 id) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM review_items WHERE campaign_id = ?"), { id });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<QDateTime>> CampaignStore::firstDecisions(qint64 id) const
{
    auto q
        = sql::run(m_db,
                   QStringLiteral("SELECT MIN(d.decided_at) FROM decisions d JOIN review_items r ON r.id = d.item_id "
                                  "WHERE r.campaign_id = ? GROUP BY d.item_id ORDER BY 1"),
                   { id });
    if (!q)
        return q.error();
    QList<QDateTime> out;
    while (q->next())
        out << Timestamp::fromIso(q->value(0).toString());
    return out;
}

Result<QStringList> CampaignStore::reviewers(qint64 id) const
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT DISTINCT reviewer FROM review_items WHERE campaign_id = ? ORDER BY reviewer"),
        { id });
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<ScopedIdentity>> CampaignStore::inScope(const IdentitySelection& selection) const
{
    QVariantList binds;
    const QString where = whereOf(selection, &binds);
    auto q = sql::runList(
        m_db,
        QStringLiteral(
            "SELECT i.id, i.ownership_until, i.scope_until, i.need_until, i.business_owner FROM identities i "
            "LEFT JOIN people p ON p.email = i.business_owner")
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
        binds);
    if (!q)
        return q.error();
    QList<ScopedIdentity> out;
    while (q->next()) {
        out.append({ q->value(0).toLongLong(), q->value(4).toString(), Timestamp::fromIso(q->value(1).toString()),
                     Timestamp::fromIso(q->value(2).toString()), Timestamp::fromIso(q->value(3).toString()) });
    }
    return out;
}

Result<QHash<qint64, QString>> CampaignStore::lastCertifiedEvidence() const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT r.identity_id, r.evidence_hash FROM review_items r JOIN decisions d ON "
                                     "d.item_id = r.id WHERE d.need = 'certify' ORDER BY d.decided_at"));
    if (!q)
        return q.error();
    QHash<qint64, QString> out;
    while (q->next())
        out.insert(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Result<qint64> CampaignStore::insertCampaign(const NewCampaign& c)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO campaigns (name, scope_expr, due, created_at, created_by, status, fallback_reviewer, "
            "second_stage, trigger_kind, template_id) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?) RETURNING id"),
        { c.name, c.scope, Timestamp::toIso(c.due), Timestamp::toIso(c.createdAt), c.createdBy,
          sql::nullableText(c.fallbackReviewer), sql::nullableText(c.secondStage), sql::nullableText(c.trigger),
          c.templateId > 0 ? QVariant(c.templateId) : QVariant(QMetaType::fromType<qint64>()) });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status CampaignStore::insertItem(const NewItem& item)
{
    if (!m_insertItem) {
        auto prepared = BulkStatement::prepare(
            m_db,
            QStringLiteral(
                "INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, reason, evidence_json, "
                "evidence_hash, unchanged_since_last, asks) VALUES (?, ?, 1, ?, 'pending', ?, ?, ?, ?, ?)"));
        if (!prepared)
            return prepared.error();
        m_insertItem = std::move(prepared.value());
    }
    return m_insertItem->exec({ item.campaignId, item.identityId, item.reviewer, item.reason, item.evidenceJson,
                                item.evidenceHash, item.unchangedSinceLastReview ? 1 : 0,
                                sql::nullableText(item.asks.join(u',')) });
}

Status CampaignStore::moveItem(qint64 itemId, const QString& to, const QString& from)
{
    auto q = sql::run(
        m_db,
        QStringLiteral("UPDATE review_items SET reviewer = ?, delegated_from = ?, version = version + 1 WHERE id = ?"),
        { to, from, itemId });
    return q ? Status() : Status(q.error());
}

Result<QList<ClosingDecision>> CampaignStore::closingDecisions(qint64 id) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT r.identity_id, d.ownership, d.ownership_target, d.scope, d.scope_remove, "
                                     "d.need FROM %1 d JOIN review_items r ON r.id = d.item_id WHERE r.campaign_id = ?")
                          .arg(sql::currentDecisions()),
                      { id });
    if (!q)
        return q.error();
    QList<ClosingDecision> out;
    while (q->next()) {
        out.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString().split(u'\n', Qt::SkipEmptyParts), q->value(5).toString() });
    }
    return out;
}

Result<QList<std::pair<qint64, QString>>> CampaignStore::staleCredentialsKept(qint64 id) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT f.identity_id, f.subject FROM findings f JOIN review_items r ON r.identity_id = f.identity_id "
            "JOIN %1 d ON d.item_id = r.id WHERE r.campaign_id = ? AND d.need IN ('certify', 'not-asked') "
            "AND f.type = 'stale-credential' AND f.resolved_at IS NULL ORDER BY f.identity_id, f.subject")
            .arg(sql::currentDecisions()),
        { id });
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> out;
    while (q->next())
        out.append({ q->value(0).toLongLong(), q->value(1).toString() });
    return out;
}

Result<int> CampaignStore::expirePending(qint64 id)
{
    auto q = sql::run(
        m_db, QStringLiteral("UPDATE review_items SET state = 'expired' WHERE campaign_id = ? AND state = 'pending'"),
        { id });
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Status CampaignStore::markClosed(qint64 id, const QDateTime& at)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE campaigns SET status = 'closed', closed_at = ? WHERE id = ?"),
                      { Timestamp::toIso(at), id });
    return q ? Status() : Status(q.error());
}

} // namespace recertify
