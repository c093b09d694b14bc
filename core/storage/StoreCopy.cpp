#include "core/storage/StoreCopy.h"

#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

namespace recertify {

namespace {

constexpr int kBatchRows = 250;

// Surrogate keys whose sequences must continue after the copied rows on PostgreSQL.
const QStringList kKeyed
    = { QStringLiteral("sources"),          QStringLiteral("sync_runs"),    QStringLiteral("identities"),
        QStringLiteral("credentials"),      QStringLiteral("grants"),       QStringLiteral("snapshots"),
        QStringLiteral("lifecycle_events"), QStringLiteral("findings"),     QStringLiteral("campaign_templates"),
        QStringLiteral("campaigns"),        QStringLiteral("review_items"), QStringLiteral("decisions"),
        QStringLiteral("remediation_tasks") };

Result<qint64> countRows(const QSqlDatabase& db, const QString& table)
{
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(u','), QStringList(rows, one).join(u','));
}

// Streams one table across in batches; a parent_id pointing forward is filled in afterwards.
Result<qint64> copyTable(const QSqlDatabase& source, const QSqlDatabase& target, const QString& table,
                         const StoreCopy::Progress& progress)
{
    const QSqlRecord targetRecord = target.record(table);
    const QSqlRecord sourceRecord = source.record(table);
    QStringList columns;
    for (int i = 0; i < targetRecord.count(); ++i) {
        if (sourceRecord.contains(targetRecord.fieldName(i)))
            columns << targetRecord.fieldName(i);
    }
    if (columns.isEmpty())
        return makeError(StoreCopy::tr("%1: the table is missing in one of the stores").arg(table));
    const int parentColumn
        = table == QLatin1String("identities") ? int(columns.indexOf(QStringLiteral("parent_id"))) : -1;

    // In key order, so the audit chain is extended row by row as it was written.
    const QString order = table == QLatin1String("audit_log") ? QStringLiteral(" ORDER BY seq") : QString();
    auto read = sql::run(source, QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(u','), table, order));
    if (!read)
        return read.error();
    auto full = sql::prepare(target, insertStatement(table, columns, kBatchRows));
    if (!full)
        return full.error();
    QVariantList values;
    values.reserve(kBatchRows * columns.size());
    qint64 copied = 0;
    int pending = 0;
    auto flush = [&](bool last) -> Status {
        if (pending == 0)
            return {};
        Status status;
        if (pending == kBatchRows) {
            status = sql::execList(full.value(), values);
        } else {
            auto rest = sql::prepare(target, insertStatement(table, columns, pending));
            status = rest ? sql::execList(rest.value(), values) : Status(rest.error());
        }
        if (!status)
            return makeError(StoreCopy::tr("%1, rows %2–%3: %4")
                                 .arg(table)
                                 .arg(copied + 1)
                                 .arg(copied + pending)
                                 .arg(status.errorString()));
        copied += pending;
        pending = 0;
        values.clear();
        if (progress && (last || copied % (kBatchRows * 40) == 0))
            progress(table, copied);
        return {};
    };
    while (read->next()) {
        for (int c = 0; c < columns.size(); ++c)
            values << (c == parentColumn ? QVariant(QMetaType::fromType<qlonglong>()) : read->value(c));
        if (++pending == kBatchRows) {
            if (auto status = flush(false); !status)
                return status.error();
        }
    }
    if (auto status = flush(true); !status)
        return status.error();

    if (parentColumn >= 0) {
        auto parents
            = sql::run(source, QStringLiteral("SELECT id, parent_id FROM identities WHERE parent_id IS NOT NULL"));
        if (!parents)
            return parents.error();
        auto update = sql::prepare(target, QStringLiteral("UPDATE identities SET parent_id = ? WHERE id = ?"));
        if (!update)
            return update.error();
        while (parents->next()) {
            if (auto status = sql::exec(update.value(), { parents->value(1), parents->value(0) }); !status)
                return status.error();
        }
    }
    return copied;
}

} // namespace

QStringList StoreCopy::tables()
{
    return { QStringLiteral("sources"),
             QStringLiteral("sync_runs"),
             QStringLiteral("people"),
             QStringLiteral("identities"),
             QStringLiteral("identity_aliases"),
             QStringLiteral("credentials"),
             QStringLiteral("credential_sightings"),
             QStringLiteral("grants"),
             QStringLiteral("usage_daily"),
             QStringLiteral("activity_coverage"),
             QStringLiteral("imported_inputs"),
             QStringLiteral("snapshots"),
             QStringLiteral("identity_snapshots"),
             QStringLiteral("lifecycle_events"),
             QStringLiteral("findings"),
             QStringLiteral("campaign_templates"),
             QStringLiteral("campaign_triggers"),
             QStringLiteral("campaigns"),
             QStringLiteral("review_items"),
             QStringLiteral("decisions"),
             QStringLiteral("remediation_tasks"),
             QStringLiteral("audit_log"),
             QStringLiteral("team_members"),
             QStringLiteral("analysis_due"),
             QStringLiteral("activity_seen") };
}

Result<StoreCopyReport> StoreCopy::copy(const Database& from, const Database& to, const Progress& progress)
{
    if (from.location() == to.location())
        return makeError(tr("the store to copy from and the store to copy to are the same"));
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase source = from.connection();
    StoreCopyReport report;
    for (const QString& table : tables()) {
        auto rows = countRows(to.connection(), table);
        if (!rows)
            return rows.error();
        if (rows.value() > 0) {
            return makeError(tr("%1 already holds data (%2 rows in %3); migrate copies into an empty store only")
                                 .arg(to.displayLocation())
                                 .arg(rows.value())
                                 .arg(table));
        }
    }
    // One read transaction on the source: a desktop writing meanwhile cannot mix two moments.
    QSqlDatabase reading = from.connection();
    if (!reading.transaction())
        return makeError(tr("%1: cannot start reading: %2").arg(from.displayLocation(), reading.lastError().text()));
    const auto endReading = qScopeGuard([&reading] { reading.rollback(); });
    const bool postgres = to.dialect().engine() == SqlDialect::Engine::PostgreSQL;
    const Status copied = to.transaction([&](QSqlDatabase& target) -> Status {
        // Items arrive decided as they were; the rule that new items start pending is for new ones
        // (the audit chain's own check stays on and verifies every copied row as it lands).
        if (postgres) {
            if (auto q
                = sql::run(target, QStringLiteral("ALTER TABLE review_items DISABLE TRIGGER review_items_frozen"));
                !q)
                return q.error();
        }
        for (const QString& table : tables()) {
            auto rows = copyTable(source, target, table, progress);
            if (!rows)
                return rows.error();
            qCInfo(lcStorage) << "copied" << rows.value() << "rows of" << table;
        }
        if (postgres) {
            if (auto q
                = sql::run(target, QStringLiteral("ALTER TABLE review_items ENABLE TRIGGER review_items_frozen"));
                !q)
                return q.error();
            for (const QString& table : kKeyed) {
                auto q = sql::run(
                    target,
                    QStringLiteral(
                        "SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM %1")
                        .arg(table));
                if (!q)
                    return q.error();
            }
            if (auto q = sql::run(target,
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), "
                                                 "COALESCE(MAX(seq), 0) + 1, false) FROM audit_log"));
                !q)
                return q.error();
        }
        // Verified before the commit: a copy that does not check out leaves the target as empty as it was.
        for (const QString& table : tables()) {
            auto a = countRows(source, table);
            auto b = countRows(target, table);
            if (!a || !b)
                return !a ? a.error() : b.error();
            report.tables.append({ table, a.value(), b.value() });
            if (a.value() != b.value())
                return makeError(
                    tr("%1: %2 rows in the source but %3 in the target").arg(table).arg(a.value()).arg(b.value()));
        }
        auto chain = AuditLog::verify(target);
        if (!chain)
            return chain.error();
        if (!chain->ok())
            return makeError(tr("The copied audit chain does not verify: %1").arg(chain->problems.value(0)));
        report.auditRows = chain->rows;
        const QString head = QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        auto heads = std::pair { sql::run(source, head), sql::run(target, head) };
        if (!heads.first || !heads.second)
            return !heads.first ? heads.first.error() : heads.second.error();
        const QString sourceHead = heads.first->next() ? heads.first->value(0).toString() : QString();
        report.auditHead = heads.second->next() ? heads.second->value(0).toString() : QString();
        if (sourceHead != report.auditHead)
            return makeError(tr("The audit chains end differently: %1 in the source, %2 in the target")
                                 .arg(sourceHead, report.auditHead));
        return {};
    });
    if (!copied)
        return copied.error();
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace recertify
