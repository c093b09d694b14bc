#include "core/storage/FindingRepository.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

namespace {

const QString kColumns
    = QStringLiteral("f.identity_id, f.type, f.subject, f.severity, f.detail, f.owasp, f.since, f.detail_data");
// High first, then by type so a list reads in the order of the weights table.
const QString kOrder = QStringLiteral(
    " ORDER BY f.identity_id, CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, f.type, f.subject");

Finding readFinding(const QSqlQuery& q)
{
    return Finding { q.value(0).toLongLong(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toString(),
                     Timestamp::fromIso(q.value(6).toString()),
                     q.value(7).toString() };
}

} // namespace

Result<QList<Finding>> FindingRepository::openFor(qint64 identityId) const
{
    auto q
        = sql::run(m_database->connection(),
                   QStringLiteral("SELECT ") + kColumns
                       + QStringLiteral(" FROM findings f WHERE f.identity_id = ? AND f.resolved_at IS NULL") + kOrder,
                   { identityId });
    if (!q)
        return q.error();
    QList<Finding> out;
    while (q->next())
        out.append(readFinding(q.value()));
    return out;
}

Status
FindingRepository::forEachOpen(const std::function<void(const Finding&, const QString&, const QString&)>& visit) const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(", i.native_id, i.display_name FROM findings f JOIN identities i ON i.id = f.identity_id "
                             "WHERE f.resolved_at IS NULL")
            + kOrder);
    if (!q)
        return q.error();
    while (q->next())
        visit(readFinding(q.value()), q->value(8).toString(), q->value(9).toString());
    return {};
}

QString FindingRepository::where(const FindingQuery& query, QVariantList* binds) const
{
    QString clause = QStringLiteral(" WHERE f.resolved_at IS NULL");
    if (!query.type.isEmpty()) {
        clause += QStringLiteral(" AND f.type = ?");
        *binds << query.type;
    }
    if (!query.severity.isEmpty()) {
        clause += QStringLiteral(" AND f.severity = ?");
        *binds << query.severity;
    }
    if (!query.text.isEmpty()) {
        const QString like = m_database->dialect().caseInsensitiveLike();
        // The finding's kind as the table shows it ("unused grant" finds unused-grant), its identity and its detail.
        clause += QStringLiteral(" AND (i.display_name %1 ? OR i.native_id %1 ? OR f.detail %1 ? OR f.type %1 ?)")
                      .arg(like);
        const QString pattern = u'%' + query.text + u'%';
        *binds << pattern << pattern << pattern << QString(u'%' + query.text.simplified().replace(u' ', u'-') + u'%');
    }
    return clause;
}

Result<QList<FindingRow>> FindingRepository::page(const FindingQuery& query, int offset, int limit) const
{
    QVariantList binds;
    const QString statement = QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(", i.display_name, i.kind FROM findings f "
                         "JOIN identities i ON i.id = f.identity_id")
        + where(query, &binds)
        + QStringLiteral(" ORDER BY CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, i.trust_debt "
                         "DESC, f.identity_id, f.type, f.subject LIMIT ? OFFSET ?");
    binds << limit << offset;
    auto q = sql::runList(m_database->connection(), statement, binds);
    if (!q)
        return q.error();
    QList<FindingRow> rows;
    while (q->next())
        rows.append(FindingRow { readFinding(q.value()), q->value(8).toString(), q->value(9).toString() });
    return rows;
}

Result<int> FindingRepository::count(const FindingQuery& query) const
{
    QVariantList binds;
    auto q = sql::runList(m_database->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM findings f JOIN identities i ON i.id = f.identity_id")
                              + where(query, &binds),
                          binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace recertify
