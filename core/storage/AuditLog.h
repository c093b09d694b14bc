#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace recertify {

class BulkStatement;

/** One row of the audit log, as stored. */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action; ///< lifecycle.transition, owners.set, review.decide…
    QString entity; ///< identity, campaign, review-item…
    QString entityId;
    QString payload; ///< compact JSON
    QString prevHash;
    QString hash;
};

/** What a check of the chain found. */
struct AuditVerification
{
    qint64 rows = 0;
    QStringList problems; ///< each names the row (seq) at fault
    bool ok() const { return problems.isEmpty(); }
};

/**
 * The append-only audit log. Each row stores the SHA-256 of the previous row and its own, so an
 * edited row no longer matches its hash and a deleted row breaks the next row's link: a check
 * names the row. Appends happen inside the caller's transaction; one AuditLog per transaction.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const QSqlDatabase& transaction);

    [[nodiscard]] Status append(const QDateTime& at, const QString& actor, const QString& action, const QString& entity,
                                const QString& entityId, const QJsonObject& payload);

    [[nodiscard]] static Result<AuditVerification> verify(const QSqlDatabase& db);
    [[nodiscard]] static Result<QList<AuditEntry>> entries(const QSqlDatabase& db, const QString& entity = {},
                                                           const QString& entityId = {});
    /** The row hash: SHA-256 over the previous hash and the row's fields, hex. */
    static QString hashOf(const AuditEntry& entry);

    /** The last row's sequence number and hash; seq 0 and the genesis hash for an empty chain. */
    [[nodiscard]] static Result<std::pair<qint64, QString>> head(const QSqlDatabase& db);
    /** The hash of the row with this sequence number; nothing when there is no such row. */
    [[nodiscard]] static Result<std::optional<QString>> hashAt(const QSqlDatabase& db, qint64 seq);
    static QString genesis();

    /**
     * The hash the calling thread's current transaction extended, or a null string when it appended
     * nothing: the anchor signs a new head only if the chain still ended where it last signed.
     */
    static QString transactionStart();
    static void resetTransactionStart();

private:
    QSqlDatabase m_db;
    bool m_loaded = false;
    QString m_last;
    std::shared_ptr<BulkStatement> m_insert; ///< prepared once: a demo estate appends one row per identity
};

} // namespace recertify
