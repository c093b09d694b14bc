#pragma once

#include "core/connectors/Importer.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/SourceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>
#include <optional>

namespace recertify {

/** A connected source made ready to run: the importer and the input its runs are recorded under. */
struct LiveRun
{
    std::unique_ptr<Importer> importer;
    QString input;
};

/**
 * The connected (live) sources and their schedule, shared by `recertify-cli sync --due`, the
 * `sources` command and the desktop: each source may have an interval; it is due when it has never
 * synced or its last successful sync is that long ago.
 */
class LiveSources
{
    Q_DECLARE_TR_FUNCTIONS(LiveSources)

public:
    static QStringList kinds()
    {
        return { QStringLiteral("aws"), QStringLiteral("entra"), QStringLiteral("github"),
                 QStringLiteral("kubernetes") };
    }

    /** "30m", "6h", "1d", "2w" (or plain seconds) to seconds; "off" or "never" to 0; nullopt when unreadable. */
    static std::optional<qint64> parseInterval(const QString& text);
    /** 21600 -> "6h"; 0 -> "off". */
    static QString formatInterval(qint64 seconds);

    static qint64 interval(const SourceConfig& source);
    static void setInterval(SourceConfig& source, qint64 seconds);
    static QDateTime lastSynced(const SourceConfig& source);
    static void setLastSynced(SourceConfig& source, const QDateTime& at);
    static bool isDue(const SourceConfig& source, const QDateTime& now);

    /** What a source is, for people: "Kubernetes, context prod". */
    static QString describe(const SourceConfig& source);
    /** The importer for a source (secrets are read from the store when it runs, never kept). */
    [[nodiscard]] static Result<LiveRun> prepare(const SourceConfig& source, SecretStore& secrets);
    /** Records a successful sync on the source (for its schedule) and what its importer keeps for the next run. */
    [[nodiscard]] static Status markSynced(DatabasePtr database, const QString& name, const QDateTime& at,
                                           const QJsonObject& state = {});
};

} // namespace recertify
