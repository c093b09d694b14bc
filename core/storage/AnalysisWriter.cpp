#include "core/storage/AnalysisWriter.h"

#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

namespace recertify {

namespace {

constexpr int kRowsPerStatement = 32;

} // namespace

AnalysisWriter::AnalysisWriter(const QSqlDatabase& db)
    : m_db(db)
    , m_open { "INSERT INTO findings (identity_id, type, subject, severity, detail, owasp, opened_at, since, "
               "detail_data) VALUES ",
               " ON CONFLICT (identity_id, type, subject) DO UPDATE SET severity = excluded.severity, detail = "
               "excluded.detail, owasp = excluded.owasp, opened_at = excluded.opened_at, since = excluded.since, "
               "detail_data = excluded.detail_data, resolved_at = NULL",
               9,
               {},
               {},
               {},
               0 }
    , m_history { "INSERT INTO identity_snapshots (snapshot_id, identity_id, granted, used, unused, out_of_scope, "
                  "trust_debt) VALUES ",
                  "",
                  7,
                  {},
                  {},
                  {},
                  0 }
{
}

Status AnalysisWriter::exec(std::optional<BulkStatement>& statement, const char* text,
                            std::initializer_list<QVariant> values)
{
    if (!statement) {
        auto prepared = BulkStatement::prepare(m_db, QString::fromLatin1(text));
        if (!prepared)
            return prepared.error();
        statement.emplace(std::move(prepared.value()));
    }
    return statement->exec(values);
}

Result<qint64> AnalysisWriter::beginSnapshot(const QDateTime& at)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO snapshots (taken_at, identities, granted, used, unused, "
                                     "out_of_scope, trust_debt) VALUES (?, 0, 0, 0, 0, 0, 0) RETURNING id"),
                      { Timestamp::toIso(at) });
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

FindingColumns FindingColumns::of(const Finding& f)
{
    return { f.type.toUtf8(),      f.subject.toUtf8(), f.severity.toUtf8(),
             f.detail.toUtf8(),    f.owasp.toUtf8(),   Timestamp::toIsoBytes(f.since),
             f.detailData.toUtf8() };
}

Status AnalysisWriter::openFinding(qint64 identityId, const FindingColumns& f, const QByteArray& openedAt)
{
    return add(m_open,
               { identityId, f.type, f.subject, f.severity, f.detail, f.owasp, openedAt, f.since, f.detailData });
}

Status AnalysisWriter::add(Batch& batch, std::initializer_list<QVariant> row)
{
    batch.values.append(QVariantList(row));
    return batch.values.size() < qsizetype(kRowsPerStatement) * batch.columns ? Status() : write(batch);
}

Status AnalysisWriter::write(Batch& batch)
{
    if (batch.values.isEmpty())
        return {};
    const qsizetype rows = batch.values.size() / batch.columns;
    const bool full = rows == kRowsPerStatement;
    std::optional<BulkStatement>& statement = full ? batch.full : batch.rest;
    if (!statement || (!full && rows != batch.restRows)) {
        const QString row = u'(' + QStringList(batch.columns, QStringLiteral("?")).join(u',') + u')';
        const QString text
            = QString::fromLatin1(batch.head) + QStringList(rows, row).join(u',') + QString::fromLatin1(batch.tail);
        auto prepared = BulkStatement::prepare(m_db, text);
        if (!prepared)
            return prepared.error();
        statement.emplace(std::move(prepared.value()));
        if (!full)
            batch.restRows = rows;
    }
    const Status status = statement->execList(batch.values);
    batch.values.clear();
    return status;
}

Status AnalysisWriter::flush()
{
    if (auto status = write(m_open); !status)
        return status;
    return write(m_history);
}

Status AnalysisWriter::updateFinding(qint64 findingId, const FindingColumns& f)
{
    return exec(m_update, "UPDATE findings SET detail = ?, since = ?, detail_data = ? WHERE id = ?",
                { f.detail, f.since, f.detailData, findingId });
}

Status AnalysisWriter::resolveFinding(qint64 findingId, const QDateTime& at)
{
    return exec(m_resolve, "UPDATE findings SET resolved_at = ? WHERE id = ?", { Timestamp::toIso(at), findingId });
}

Status AnalysisWriter::recordFigures(qint64 snapshotId, qint64 identityId, const DriftFigures& figures, double debt)
{
    if (auto st = exec(m_figures,
                       "UPDATE identities SET trust_debt = ?, granted_count = ?, used_count = ?, unused_count = ?, "
                       "out_of_scope_count = ? WHERE id = ?",
                       { debt, figures.granted, figures.used, figures.unused, figures.outOfScope, identityId });
        !st)
        return st;
    return add(m_history,
               { snapshotId, identityId, figures.granted, figures.used, figures.unused, figures.outOfScope, debt });
}

Result<EstateTotals> AnalysisWriter::estateTotals() const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*), COALESCE(SUM(granted_count), 0), COALESCE(SUM(used_count), 0), "
                                     "COALESCE(SUM(unused_count), 0), COALESCE(SUM(out_of_scope_count), 0), "
                                     "COALESCE(SUM(trust_debt), 0) FROM identities"));
    if (!q)
        return q.error();
    EstateTotals t;
    if (q->next()) {
        t = EstateTotals { q->value(0).toInt(),      q->value(1).toLongLong(), q->value(2).toLongLong(),
                           q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toDouble() };
    }
    return t;
}

Status AnalysisWriter::finishSnapshot(qint64 snapshotId, const EstateTotals& t)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE snapshots SET identities = ?, granted = ?, used = ?, unused = ?, "
                                     "out_of_scope = ?, trust_debt = ? WHERE id = ?"),
                      { t.identities, t.granted, t.used, t.unused, t.outOfScope, t.debt, snapshotId });
    return q ? Status() : Status(q.error());
}

} // namespace recertify
