#include "core/storage/AuditLog.h"

#include "core/storage/BulkStatement.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace recertify {

namespace {
const QString kGenesis = QString(64, u'0');
thread_local QString t_transactionStart;
} // namespace

QString AuditLog::genesis()
{
    return kGenesis;
}

QString AuditLog::transactionStart()
{
    return t_transactionStart;
}

void AuditLog::resetTransactionStart()
{
    t_transactionStart.clear();
}

Result<std::pair<qint64, QString>> AuditLog::head(const QSqlDatabase& db)
{
    auto q = sql::run(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::pair<qint64, QString> { 0, kGenesis };
    return std::pair<qint64, QString> { q->value(0).toLongLong(), q->value(1).toString() };
}

AuditLog::AuditLog(const QSqlDatabase& transaction)
    : m_db(transaction)
{
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Unit separators keep fields from running into each other ("ab"+"c" ≠ "a"+"bc").
    const QString canonical = e.prevHash + u'\x1f' + Timestamp::toIso(e.at) + u'\x1f' + e.actor + u'\x1f' + e.action
        + u'\x1f' + e.entity + u'\x1f' + e.entityId + u'\x1f' + e.payload;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const QDateTime& at, const QString& actor, const QString& action, const QString& entity,
                        const QString& entityId, const QJsonObject& payload)
{
    if (!m_loaded) {
        // Two writers must not both extend the same last row.
        auto last = sql::run(m_db, SqlDialect::of(m_db.driverName()).auditTailStatement());
        if (!last)
            return last.error();
        m_last = last->next() && !last->value(0).isNull() ? last->value(0).toString() : kGenesis;
        m_loaded = true;
    }
    AuditEntry entry;
    entry.at = at;
    entry.actor = actor;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    entry.prevHash = m_last;
    entry.hash = hashOf(entry);
    if (!m_insert) {
        auto prepared = BulkStatement::prepare(
            m_db,
            QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, payload, prev_hash, "
                           "hash) VALUES (?,?,?,?,?,?,?,?)"));
        if (!prepared)
            return prepared.error();
        m_insert = std::make_shared<BulkStatement>(std::move(prepared.value()));
    }
    if (auto inserted = m_insert->exec(
            { Timestamp::toIso(at), actor, action, entity, entityId, entry.payload, entry.prevHash, entry.hash });
        !inserted)
        return inserted;
    if (t_transactionStart.isNull())
        t_transactionStart = entry.prevHash;
    m_last = entry.hash;
    return {};
}

Result<QList<AuditEntry>> AuditLog::entries(const QSqlDatabase& db, const QString& entity, const QString& entityId)
{
    QString statement
        = QStringLiteral("SELECT seq, at, actor, action, entity, entity_id, payload, prev_hash, hash FROM audit_log");
    if (!entity.isEmpty())
        statement += QStringLiteral(" WHERE entity = ? AND entity_id = ?");
    statement += QStringLiteral(" ORDER BY seq");
    auto q = entity.isEmpty() ? sql::run(db, statement) : sql::run(db, statement, { entity, entityId });
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next()) {
        out.append(AuditEntry { q->value(0).toLongLong(), Timestamp::fromIso(q->value(1).toString()),
                                q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                                q->value(5).toString(), q->value(6).toString(), q->value(7).toString(),
                                q->value(8).toString() });
    }
    return out;
}

Result<AuditVerification> AuditLog::verify(const QSqlDatabase& db)
{
    auto q = sql::run(
        db,
        QStringLiteral(
            "SELECT seq, at, actor, action, entity, entity_id, payload, prev_hash, hash FROM audit_log ORDER BY seq"));
    if (!q)
        return q.error();
    AuditVerification result;
    QString previous = kGenesis;
    qint64 previousSeq = 0;
    while (q->next()) {
        AuditEntry e { q->value(0).toLongLong(), Timestamp::fromIso(q->value(1).toString()),
                       q->value(2).toString(),   q->value(3).toString(),
                       q->value(4).toString(),   q->value(5).toString(),
                       q->value(6).toString(),   q->value(7).toString(),
                       q->value(8).toString() };
        ++result.rows;
        // The hash covers the time as stored; one canonical spelling, so a reformatted time is an edit.
        if (q->value(1).toString() != Timestamp::toIso(e.at))
            result.problems
                << tr("row %1: its time is not written the way Recertify writes it (the row was edited)").arg(e.seq);
        if (e.prevHash != previous) {
            result.problems
                << (previousSeq == 0
                        ? tr("row %1: the chain does not start at the first row (a row before it was deleted)")
                              .arg(e.seq)
                        : tr("row %1: does not follow row %2 (a row between them was deleted, or row %2 was changed)")
                              .arg(e.seq)
                              .arg(previousSeq));
        }
        if (hashOf(e) != e.hash)
            result.problems << tr("row %1: its content does not match its hash (the row was edited)").arg(e.seq);
        previous = e.hash;
        previousSeq = e.seq;
    }
    return result;
}

Result<std::optional<QString>> AuditLog::hashAt(const QSqlDatabase& db, qint64 seq)
{
    auto q = sql::run(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"), { seq });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

} // namespace recertify
