#include "core/storage/ExportReader.h"

#include "core/storage/RowCursor.h"
#include "core/storage/SqlUtil.h"

namespace recertify {

Status ExportReader::decisions(qint64 campaignId, const std::function<Status(const RecordedDecision&)>& each) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT r.id, i.native_id, i.display_name, r.reviewer, d.decided_by, d.decided_at, d.ownership, "
            "d.ownership_target, d.scope, d.scope_remove, d.need, d.certify_until, d.justification, d.flags, "
            "d.seconds_spent, d.on_behalf_of, d.id, d.supersedes, d.ownership_until, d.scope_until, "
            "CASE WHEN EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes = d.id) THEN 1 ELSE 0 END "
            "FROM decisions d JOIN review_items r ON r.id = d.item_id JOIN identities i ON i.id = r.identity_id "
            "WHERE r.campaign_id = ? ORDER BY d.decided_at, d.id"),
        { campaignId });
    if (!q)
        return q.error();
    while (q->next()) {
        RecordedDecision d;
        QString* text[] = { &d.itemId,     &d.identityNativeId, &d.identity,        &d.assignedTo,     &d.decidedBy,
                            &d.decidedAt,  &d.ownership,        &d.ownershipTarget, &d.scope,          &d.scopeRemove,
                            &d.need,       &d.certifyUntil,     &d.justification,   &d.flags,          &d.secondsSpent,
                            &d.onBehalfOf, &d.decisionId,       &d.supersedes,      &d.ownershipUntil, &d.scopeUntil };
        for (int column = 0; column < 20; ++column)
            *text[column] = q->value(column).isNull() ? QString() : q->value(column).toString();
        d.superseded = q->value(20).toInt() != 0;
        if (auto st = each(d); !st)
            return st;
    }
    return {};
}

Status ExportReader::items(qint64 campaignId, const std::function<Status(const FrozenItem&)>& each) const
{
    // Read through the library: a campaign's evidence is hundreds of megabytes, copied on as it is stored.
    auto rows = RowCursor::run(m_db,
                               QStringLiteral("SELECT r.id, r.identity_id, r.stage, r.reviewer, r.state, r.reason, "
                                              "r.evidence_json, r.unchanged_since_last FROM review_items r "
                                              "WHERE r.campaign_id = ? ORDER BY r.id"),
                               { campaignId });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const FrozenItem item { rows->integer(0), rows->integer(1), int(rows->integer(2)), rows->text(3),
                                rows->text(4),    rows->text(5),    rows->utf8(6),         rows->integer(7) != 0 };
        if (auto st = each(item); !st)
            return st;
    }
    return rows->status();
}

Status ExportReader::auditChain(const std::function<Status(const StoredAuditRow&)>& each) const
{
    auto rows = RowCursor::run(m_db,
                               QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, payload, prev_hash, "
                                              "hash FROM audit_log ORDER BY seq"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const StoredAuditRow row { rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4),
                                   rows->text(5),    rows->text(6), rows->text(7), rows->text(8) };
        if (auto st = each(row); !st)
            return st;
    }
    return rows->status();
}

Result<QList<std::pair<QString, int>>> ExportReader::openFindingsByType(qint64 campaignId) const
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT f.type, COUNT(*) FROM findings f WHERE f.resolved_at IS NULL AND f.identity_id IN "
            "(SELECT identity_id FROM review_items WHERE campaign_id = ?) GROUP BY f.type ORDER BY COUNT(*) DESC"),
        { campaignId });
    if (!q)
        return q.error();
    QList<std::pair<QString, int>> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toInt() });
    return out;
}

} // namespace recertify
