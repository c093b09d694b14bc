#include "core/evidence/AuditAnchor.h"

#include "core/storage/AuditLog.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Logging.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <optional>

namespace recertify {

namespace {

const QString kFormat = QStringLiteral("recertify-audit-anchor/1");
constexpr qint64 kMaxAnchorBytes = 64 * 1024;

thread_local AuditCheckpoint t_pending;
thread_local bool t_sharedAppended = false;

bool sameHead(const AuditCheckpoint& a, const AuditCheckpoint& b)
{
    return !a.isNull() && a.seq == b.seq && a.head == b.head;
}

/** The state every hook of one store shares. */
struct Hooks
{
    QString path;
    bool shared = false; ///< PostgreSQL: other people extend the chain between our commits
    AuditAnchor::KeySource keySource;
    const Clock* clock = nullptr;
    QMutex mutex;
    std::optional<SigningKey> key;
    bool keyFailed = false;
    bool warnedDiverged = false;

    const SigningKey* signingKey()
    {
        if (key)
            return &*key;
        if (keyFailed)
            return nullptr;
        auto loaded = keySource();
        if (!loaded) {
            keyFailed = true;
            // Only the reason's first clause: the key's own advice (a PEM file) does not apply here.
            qCWarning(lcStorage)
                << "audit anchor: no signing key, so the chain's end is not signed and 'audit verify' will say so:"
                << loaded.errorString().section(u';', 0, 0);
            return nullptr;
        }
        key = loaded.value();
        return &*key;
    }

    /** Runs change on the anchor file's state under a lock other processes respect too. */
    bool update(const std::function<bool(AnchorState&)>& change)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString lockPath = path + QStringLiteral(".lock");
        QLockFile lock(lockPath);
        lock.setStaleLockTime(30000);
        bool locked = lock.tryLock(0);
        if (!locked) {
            // A lock file that names no owner a second after it was made is left by a process killed while taking
            // it: Qt would wait 30 s to call it stale, and this commit would go unsigned meanwhile.
            qint64 pid = 0;
            QString host;
            QString app;
            const QFileInfo made(lockPath);
            if (!lock.getLockInfo(&pid, &host, &app) && made.exists()
                && made.lastModified().msecsTo(QDateTime::currentDateTime()) > 1000)
                lock.removeStaleLockFile();
            locked = lock.tryLock(10000);
        }
        if (!locked) {
            qCWarning(lcStorage) << "audit anchor: cannot lock" << path;
            return false;
        }
        auto state = AuditAnchor::load(path);
        if (!state) {
            qCWarning(lcStorage) << "audit anchor:" << state.errorString();
            return false;
        }
        if (!change(state.value()))
            return true;
        if (auto saved = AuditAnchor::save(path, state.value()); !saved) {
            qCWarning(lcStorage) << "audit anchor:" << saved.errorString();
            return false;
        }
        return true;
    }

    void beforeCommit(QSqlDatabase& db)
    {
        const QString start = AuditLog::transactionStart();
        AuditLog::resetTransactionStart();
        t_pending = {};
        if (start.isNull())
            return; // nothing audited in this transaction
        if (shared) {
            // A team server's chain is extended by everyone and guarded by the server; a reviewer's
            // login may not read it, and a refused statement would abort this transaction. Sign after.
            t_sharedAppended = true;
            return;
        }
        QMutexLocker locker(&mutex);
        const SigningKey* signing = signingKey();
        if (!signing)
            return;
        auto head = AuditLog::head(db);
        if (!head)
            return;
        auto checkpoint = AuditAnchor::sign(head->first, head->second, clock->now(), *signing);
        if (!checkpoint)
            return;
        update([&](AnchorState& state) {
            // On a file store the transaction must have extended the chain where the last checkpoint
            // left it; otherwise rows were added or changed outside Recertify, and signing now would
            // bless them. The anchor stays as it is, so the check goes on naming them.
            if (!shared && state.exists && start != state.confirmed.head && start != state.pending.head) {
                if (!warnedDiverged)
                    qCWarning(lcStorage) << "audit anchor: the chain changed outside Recertify; not signing over it";
                warnedDiverged = true;
                return false;
            }
            state.pending = checkpoint.value();
            state.exists = true;
            t_pending = checkpoint.value();
            return true;
        });
    }

    void afterCommit(QSqlDatabase& db)
    {
        if (t_sharedAppended) {
            t_sharedAppended = false;
            signSharedHead(db);
            return;
        }
        if (t_pending.isNull())
            return;
        const AuditCheckpoint done = t_pending;
        t_pending = {};
        QMutexLocker locker(&mutex);
        update([&](AnchorState& state) {
            if (sameHead(state.pending, done))
                state.pending = {};
            if (done.seq <= state.confirmed.seq)
                return true;
            state.confirmed = done;
            return true;
        });
    }

    void signSharedHead(QSqlDatabase& db)
    {
        QMutexLocker locker(&mutex);
        auto head = AuditLog::head(db);
        if (!head)
            return; // a login that may not read the chain cannot check it either
        const SigningKey* signing = signingKey();
        if (!signing)
            return;
        auto checkpoint = AuditAnchor::sign(head->first, head->second, clock->now(), *signing);
        if (!checkpoint)
            return;
        update([&](AnchorState& state) {
            if (checkpoint->seq <= state.confirmed.seq)
                return false;
            state.exists = true;
            state.confirmed = checkpoint.value();
            return true;
        });
    }
};

} // namespace

QByteArray AuditCheckpoint::message() const
{
    return QStringLiteral("%1\nseq %2\nhead %3\nat %4\n")
        .arg(kFormat)
        .arg(seq)
        .arg(head, Timestamp::toIso(at))
        .toUtf8();
}

QJsonObject AuditCheckpoint::toJson() const
{
    if (isNull())
        return {};
    return QJsonObject { { QStringLiteral("seq"), seq },
                         { QStringLiteral("head"), head },
                         { QStringLiteral("at"), Timestamp::toIso(at) },
                         { QStringLiteral("signer"), signer },
                         { QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()) } };
}

AuditCheckpoint AuditCheckpoint::fromJson(const QJsonObject& object)
{
    AuditCheckpoint c;
    c.seq = object.value(QStringLiteral("seq")).toInteger();
    c.head = object.value(QStringLiteral("head")).toString();
    c.at = Timestamp::fromIso(object.value(QStringLiteral("at")).toString());
    c.signer = object.value(QStringLiteral("signer")).toString();
    c.signature = QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    return c;
}

QString AuditAnchor::pathFor(const Database& database)
{
    if (!Database::isServerLocation(database.location()))
        return database.location() + QStringLiteral(".audit-anchor");
    const QByteArray id
        = QCryptographicHash::hash(database.displayLocation().toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit-anchors/")
        + QString::fromLatin1(id) + QStringLiteral(".json");
}

Result<AnchorState> AuditAnchor::load(const QString& path)
{
    AnchorState state;
    QFile file(path);
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read the audit checkpoint: %2").arg(path, file.errorString()));
    if (file.size() > kMaxAnchorBytes)
        return makeError(tr("%1: not an audit checkpoint (too large)").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject object = document.object();
    if (error.error != QJsonParseError::NoError || object.value(QStringLiteral("format")).toString() != kFormat)
        return makeError(tr("%1: not an audit checkpoint").arg(path));
    state.exists = true;
    state.confirmed = AuditCheckpoint::fromJson(object.value(QStringLiteral("confirmed")).toObject());
    state.pending = AuditCheckpoint::fromJson(object.value(QStringLiteral("pending")).toObject());
    return state;
}

Status AuditAnchor::save(const QString& path, const AnchorState& state)
{
    QJsonObject object { { QStringLiteral("format"), kFormat },
                         { QStringLiteral("confirmed"), state.confirmed.toJson() } };
    if (!state.pending.isNull())
        object.insert(QStringLiteral("pending"), state.pending.toJson());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot write the audit checkpoint: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(tr("%1: cannot write the audit checkpoint: %2").arg(path, file.errorString()));
    return {};
}

Result<AuditCheckpoint> AuditAnchor::sign(qint64 seq, const QString& head, const QDateTime& at, const SigningKey& key)
{
    AuditCheckpoint c;
    c.seq = seq;
    c.head = head;
    c.at = Timestamp::fromIso(Timestamp::toIso(at)); // whole seconds, as written
    auto fingerprint = Signer::fingerprint(key.publicPem);
    if (!fingerprint)
        return fingerprint.error();
    c.signer = fingerprint.value();
    auto signature = Signer::sign(key.privatePem, c.message());
    if (!signature)
        return signature.error();
    c.signature = signature.value();
    return c;
}

void AuditAnchor::install(Database& database, KeySource key, const Clock& clock)
{
    auto hooks = std::make_shared<Hooks>();
    hooks->path = pathFor(database);
    hooks->shared = Database::isServerLocation(database.location());
    hooks->keySource = std::move(key);
    hooks->clock = &clock;
    database.setCommitHooks(Database::CommitHooks {
        [] {
            AuditLog::resetTransactionStart();
            t_pending = {};
            t_sharedAppended = false;
        },
        [hooks](QSqlDatabase& db) { hooks->beforeCommit(db); },
        [hooks](QSqlDatabase& db) { hooks->afterCommit(db); },
    });
}

Result<QStringList> AuditAnchor::check(const Database& database, const QByteArray& publicPem)
{
    const QString path = pathFor(database);
    const QSqlDatabase db = database.connection();
    auto head = AuditLog::head(db);
    if (!head)
        return head.error();
    QStringList problems;
    auto state = load(path);
    if (!state)
        return QStringList { state.errorString() };
    auto valid = [&](const AuditCheckpoint& c) {
        auto ok = Signer::verify(publicPem, c.message(), c.signature);
        return ok && ok.value();
    };
    // A crash between a commit and its confirmation leaves the new end signed as pending.
    auto pendingHolds = [&] {
        const AuditCheckpoint& pending = state->pending;
        return !Database::isServerLocation(database.location()) && !pending.isNull() && valid(pending)
            && pending.seq == head->first && pending.head == head->second;
    };
    if (!state->exists || state->confirmed.isNull()) {
        // The store's first commit, cut off before its confirmation: the end it signed as pending is the chain's end.
        if (head->first > 0 && !(state->exists && pendingHolds()))
            problems
                << tr("%1: no signed checkpoint of the audit chain, so rows removed from its end could not be noticed")
                       .arg(path);
        return problems;
    }
    const AuditCheckpoint& cp = state->confirmed;
    const QString when = Timestamp::toIso(cp.at);
    if (!valid(cp)) {
        auto fingerprint = Signer::fingerprint(publicPem);
        problems << tr("%1: the checkpoint's signature does not verify with the signing key %2 (the file was changed, "
                       "or another key signed it)")
                        .arg(path, fingerprint ? fingerprint.value() : QString());
        return problems;
    }
    auto row = AuditLog::hashAt(db, cp.seq);
    if (!row)
        return row.error();
    if (!row->has_value()) {
        if (head->first < cp.seq) {
            problems
                << (head->first == 0
                        ? tr("rows 1 to %1 were removed: the chain is empty, but the checkpoint of %2 signed row %1")
                              .arg(cp.seq)
                              .arg(when)
                        : tr("row %1: rows after it were removed: the checkpoint of %2 signed row %3 as the end")
                              .arg(head->first)
                              .arg(when)
                              .arg(cp.seq));
        } else {
            problems
                << tr("row %1: removed: the checkpoint of %2 signed it as the end of the chain").arg(cp.seq).arg(when);
        }
        return problems;
    }
    if (row->value() != cp.head) {
        problems << tr("row %1: not the row the checkpoint of %2 signed (the chain was rewritten up to here)")
                        .arg(cp.seq)
                        .arg(when);
        return problems;
    }
    if (head->first > cp.seq && !Database::isServerLocation(database.location())) {
        if (!pendingHolds()) {
            problems << tr("rows %1 to %2: added after the last signed checkpoint (%3), not by Recertify or while it "
                           "could not sign")
                            .arg(cp.seq + 1)
                            .arg(head->first)
                            .arg(when);
        }
    }
    return problems;
}

Result<std::optional<AuditCheckpoint>> AuditAnchor::adoptServerChain(const Database& database, const SigningKey& key,
                                                                     const QDateTime& at)
{
    if (!Database::isServerLocation(database.location()))
        return std::optional<AuditCheckpoint>();
    auto state = load(pathFor(database));
    if (!state)
        return state.error();
    if (state->exists)
        return std::optional<AuditCheckpoint>();
    auto chain = AuditLog::verify(database.connection());
    if (!chain)
        return chain.error();
    if (!chain->ok() || chain->rows == 0)
        return std::optional<AuditCheckpoint>();
    auto checkpoint = checkpointNow(database, key, at);
    if (!checkpoint)
        return checkpoint.error();
    return std::optional<AuditCheckpoint>(checkpoint.value());
}

Result<AuditCheckpoint> AuditAnchor::checkpointNow(const Database& database, const SigningKey& key, const QDateTime& at)
{
    auto head = AuditLog::head(database.connection());
    if (!head)
        return head.error();
    auto checkpoint = sign(head->first, head->second, at, key);
    if (!checkpoint)
        return checkpoint.error();
    AnchorState state;
    state.exists = true;
    state.confirmed = checkpoint.value();
    if (auto saved = save(pathFor(database), state); !saved)
        return saved.error();
    return checkpoint;
}

} // namespace recertify
