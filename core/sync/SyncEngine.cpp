#include "core/sync/SyncEngine.h"

#include "core/connectors/FormatSniffer.h"
#include "core/storage/SyncRunRepository.h"
#include "core/sync/StagingSink.h"
#include "core/sync/SyncWriter.h"
#include "core/util/Logging.h"
#include "core/util/SafeText.h"
#include "core/util/Sha256.h"
#include "core/util/Timestamp.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace recertify {

namespace {

Result<QByteArray> sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(SyncEngine::tr("%1: cannot read: %2").arg(path, file.errorString()));
    // Through OpenSSL (the processor's SHA instructions): every file of a trail is hashed on the reading core.
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return makeError(SyncEngine::tr("%1: cannot read: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    const QByteArray digest = hash.result();
    if (digest.isEmpty())
        return makeError(SyncEngine::tr("%1: could not be hashed (out of memory)").arg(path));
    return digest.toHex();
}

} // namespace

SyncEngine::SyncEngine(DatabasePtr database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_actor(QStringLiteral("sync"))
{
}

Result<SyncReport> SyncEngine::run(Importer& importer, const QStringList& inputs)
{
    SyncReport report;
    report.format = importer.format();
    report.inputs = inputs;
    const QDateTime started = m_clock.now();

    auto failWith = [&](const Error& error) -> Result<SyncReport> {
        // The run's writes are gone; its failure stays in the history, in a transaction of its own,
        // with whatever the input put in the message made harmless.
        report.error = SafeText::printable(error.message);
        SyncRun failed;
        failed.format = report.format;
        failed.inputs = inputs;
        failed.startedAt = started;
        failed.finishedAt = m_clock.now();
        failed.error = report.error;
        Status recorded = m_database->transaction(
            [&](QSqlDatabase& db) -> Status { return SyncRunRepository::recordFailed(db, failed); });
        if (!recorded)
            qCWarning(lcSync) << "cannot record the failed run:" << recorded.errorString();
        // The input at fault stays named, for the CLI to say which option sets it.
        return Error { report.error, error.code, error.field };
    };
    auto fail = [&](const QString& message) {
        return failWith(makeError(message));
    };

    // Folders expand into the files the format reads, in a stable order.
    QStringList files;
    QStringList passedOver; // the folders' other files, named in the report rather than left out unsaid
    for (const QString& input : inputs) {
        if (!importer.readsFiles()) {
            files << input; // an endpoint, not a file
            continue;
        }
        const QFileInfo info(input);
        if (!info.exists())
            return fail(tr("%1: no such file or folder").arg(input));
        if (!info.isDir()) {
            files << input;
            continue;
        }
        if (importer.folderPatterns().isEmpty())
            return fail(tr("%1: is a folder; %2 reads files").arg(input, importer.format()));
        if (!info.isReadable())
            return fail(tr("%1: cannot read the folder").arg(input));
        QStringList found;
        QDirIterator it(input, importer.folderPatterns(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        if (found.isEmpty())
            return fail(tr("%1: holds no %2 files").arg(input, importer.folderPatterns().join(QStringLiteral(", ")))
                        + FormatSniffer::hiddenFoldersNote(input));
        found.sort();
        files << found;
        const QSet<QString> read(found.cbegin(), found.cend());
        QDirIterator every(input, QDir::Files, QDirIterator::Subdirectories);
        while (every.hasNext()) {
            const QString file = every.next();
            if (!read.contains(file))
                passedOver << QDir(input).relativeFilePath(file);
        }
    }

    qint64 totalBytes = 0;
    for (const QString& file : std::as_const(files))
        totalBytes += importer.readsFiles() ? QFileInfo(file).size() : 0;
    qint64 doneBytes = 0;
    StagingSink sink(
        m_cancelled,
        [&](qint64 done, qint64) {
            if (m_progress)
                m_progress(doneBytes + done, totalBytes, tr("Reading"));
        },
        m_idsInMemory);

    if (!passedOver.isEmpty()) {
        passedOver.sort();
        const qsizetype count = passedOver.size();
        sink.warning(tr("%n file(s) of the folder, not %1 input by name, passed over: %2", nullptr, int(count))
                         .arg(importer.format(),
                              passedOver.mid(0, 3).join(QStringLiteral(", "))
                                  + (count > 3 ? QStringLiteral(", …") : QString())));
    }
    importer.start();
    if (importer.readsFiles())
        importer.prefetch(files);
    QList<QByteArray> hashes;
    bool allBefore = importer.readsFiles() && !files.isEmpty(); // every file imported before, the same bytes
    for (const QString& file : std::as_const(files)) {
        if (!importer.readsFiles()) {
            if (Status status = importer.read(file, sink); !status)
                return failWith(status.error());
            hashes << QByteArray();
            continue;
        }
        auto hash = sha256Of(file);
        if (!hash)
            return fail(hash.errorString());
        auto seen = SyncRunRepository::wasImported(m_database->connection(), *hash);
        if (!seen)
            return fail(seen.errorString());
        const bool before = seen.value();
        allBefore = allBefore && before;
        sink.setDropActivity(before);
        hashes << *hash;
        const qint64 droppedBefore = sink.droppedEvents();
        if (Status status = importer.read(file, sink); !status)
            return failWith(FormatSniffer::explainRefusal(status.error(), file, importer.format()));
        if (before && sink.droppedEvents() > droppedBefore)
            report.alreadyImported << file;
        if (m_cancelled)
            return fail(tr("Cancelled; nothing was changed"));
        doneBytes += QFileInfo(file).size();
    }
    // What is refused once all is read (no object of a kind read here) is said of the file when there is one.
    if (Status status = importer.finish(sink); !status)
        return failWith(files.size() == 1 && importer.readsFiles()
                            ? FormatSniffer::explainRefusal(status.error(), files.constFirst(), importer.format())
                            : status.error());
    report.events = sink.events();
    report.warnings = sink.warnings();
    // A listing imported again retires nothing: what it leaves out may have come since, from another input.
    const QSet<QString> completeScopes = allBefore ? QSet<QString>() : sink.completeScopes();
    report.listedBefore = allBefore && !sink.completeScopes().isEmpty();
    for (const QString& scope : completeScopes)
        report.authoritative << scope.section(u'\x1f', 0, 0) + u' ' + scope.section(u'\x1f', 1);
    report.authoritative.sort();
    report.skipped = sink.skippedCount();
    report.skippedWhy = sink.skippedWhy();

    if (m_progress)
        m_progress(totalBytes, totalBytes, tr("Writing"));
    qint64 runId = 0;
    Status written = m_database->transaction([&](QSqlDatabase& db) -> Status {
        SyncWriter writer(db, m_clock.now(), m_actor, report);
        writer.setSeenChunk(m_idsPerCheck);
        if (importer.readsFiles())
            writer.discoveredInFiles();
        if (auto status = writer.prepare(); !status)
            return status;
        if (auto status = writer.writeIdentities(sink.identities(), completeScopes, sink.passedOverIdentities());
            !status)
            return status;
        if (auto status = writer.retireGrantsVia(sink.grantsListed()); !status)
            return status;
        if (auto status = writer.passOverPeople(sink); !status)
            return status;
        if (auto status
            = writer.discountCountedBefore(sink.sighted(), sink.usage(), importer.passesOverRepeatedEvents());
            !status)
            return status;
        if (auto status = writer.writeUsage(sink); !status)
            return status;
        if (auto status = writer.writeCoverage(sink.coverage()); !status)
            return status;
        if (m_cancelled)
            return makeError(tr("Cancelled; nothing was changed"));
        SyncRun done;
        done.format = report.format;
        done.inputs = inputs;
        done.startedAt = started;
        done.finishedAt = m_clock.now();
        done.added = report.added;
        done.changed = report.changed;
        done.removed = report.removed;
        done.skipped = report.skipped;
        done.authoritative = report.authoritative;
        done.warnings = report.warnings;
        auto run = SyncRunRepository::recordDone(db, done);
        if (!run)
            return run.error();
        runId = run.value();
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (hashes.at(i).isEmpty())
                continue; // live sources have no file to remember
            if (auto recorded = SyncRunRepository::rememberInput(
                    db, hashes.at(i), report.format, QFileInfo(files.at(i)).absoluteFilePath(), runId, m_clock.now());
                !recorded)
                return recorded;
        }
        return {};
    });
    if (!written)
        return fail(written.errorString());
    report.runId = runId;
    return report;
}

} // namespace recertify
