#pragma once

#include "core/evidence/Signer.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace recertify {

/** A signed statement of where the audit chain ended: its last row and that row's hash, at a time. */
struct AuditCheckpoint
{
    qint64 seq = 0;
    QString head;
    QDateTime at;
    QString signer; ///< the signing key's fingerprint
    QByteArray signature; ///< Ed25519 over message()

    bool isNull() const { return head.isEmpty(); }
    /** The exact bytes signed; stock openssl can check them against signer.pub.pem. */
    QByteArray message() const;
    QJsonObject toJson() const;
    static AuditCheckpoint fromJson(const QJsonObject& object);
};

/** What an anchor file holds: the checkpoint of the last commit, and one written just before a commit. */
struct AnchorState
{
    bool exists = false;
    AuditCheckpoint confirmed;
    AuditCheckpoint pending; ///< signed inside a transaction; becomes confirmed once the commit holds
};

/**
 * Anchors the audit chain's end outside the database. The hash chain alone catches an edited or
 * deleted row in the middle, but not rows removed from the end, a chain re-hashed after an edit, or
 * a well-formed row appended by hand. After every change batch the new head is signed with the
 * signing key and written to a side file the database cannot rewrite; a check compares the chain
 * with that checkpoint and names the row at fault.
 */
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    using KeySource = std::function<Result<SigningKey>()>;

    /** The side file: beside a SQLite file; per server and database in the app's data folder for PostgreSQL. */
    static QString pathFor(const Database& database);

    [[nodiscard]] static Result<AnchorState> load(const QString& path);
    [[nodiscard]] static Status save(const QString& path, const AnchorState& state);
    [[nodiscard]] static Result<AuditCheckpoint> sign(qint64 seq, const QString& head, const QDateTime& at,
                                                      const SigningKey& key);

    /**
     * Signs a checkpoint before and after every commit that appended audit rows. On SQLite a chain
     * that was changed since the last checkpoint is not signed over: the check keeps naming it.
     */
    static void install(Database& database, KeySource key, const Clock& clock);

    /** Problems with the chain's end, each naming the row or the file; empty when the anchor holds. */
    [[nodiscard]] static Result<QStringList> check(const Database& database, const QByteArray& publicPem);

    /**
     * A team server seen from a machine that holds no checkpoint of it yet (a new auditor's desktop):
     * the server's triggers guard its rows, so its end as first seen, links intact, is signed here and
     * later checks compare with it, as SSH remembers a host. Nothing for a file store, a server this
     * machine already anchors, an empty chain or one whose links do not hold.
     */
    [[nodiscard]] static Result<std::optional<AuditCheckpoint>>
    adoptServerChain(const Database& database, const SigningKey& key, const QDateTime& at);

    /** Signs the chain's current end as it stands: for a store that has none yet, once a person has checked it. */
    [[nodiscard]] static Result<AuditCheckpoint> checkpointNow(const Database& database, const SigningKey& key,
                                                               const QDateTime& at);
};

} // namespace recertify
