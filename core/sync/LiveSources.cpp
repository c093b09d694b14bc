#include "core/sync/LiveSources.h"

#include "core/connectors/aws/AwsLiveImporter.h"
#include "core/connectors/entra/EntraLiveImporter.h"
#include "core/connectors/github/GitHubLiveImporter.h"
#include "core/connectors/k8s/K8sLiveImporter.h"
#include "core/util/Timestamp.h"

#include <QRegularExpression>

namespace recertify {

namespace {

const QString kEvery = QStringLiteral("everySeconds");
const QString kLast = QStringLiteral("lastSyncedAt");

} // namespace

std::optional<qint64> LiveSources::parseInterval(const QString& text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == QLatin1String("off") || trimmed == QLatin1String("never") || trimmed == QLatin1String("0"))
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})\\s*([smhdw]?)$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 count = match.captured(1).toLongLong();
    static const QHash<QString, qint64> units { { QString(), 1 },
                                                { QStringLiteral("s"), 1 },
                                                { QStringLiteral("m"), 60 },
                                                { QStringLiteral("h"), 3600 },
                                                { QStringLiteral("d"), 86400 },
                                                { QStringLiteral("w"), 604800 } };
    const qint64 seconds = count * units.value(match.captured(2));
    // More often than every five minutes would only hammer the source's API.
    if (seconds < 300)
        return std::nullopt;
    return seconds;
}

QString LiveSources::formatInterval(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("off");
    for (const auto& [unit, size] :
         { std::pair { 'w', 604800 }, std::pair { 'd', 86400 }, std::pair { 'h', 3600 }, std::pair { 'm', 60 } })
        if (seconds % size == 0)
            return QString::number(seconds / size) + QLatin1Char(unit);
    return QString::number(seconds) + u's';
}

qint64 LiveSources::interval(const SourceConfig& source)
{
    return source.config.value(kEvery).toInteger();
}

void LiveSources::setInterval(SourceConfig& source, qint64 seconds)
{
    source.config.insert(kEvery, seconds);
}

QDateTime LiveSources::lastSynced(const SourceConfig& source)
{
    return Timestamp::fromIso(source.config.value(kLast).toString());
}

void LiveSources::setLastSynced(SourceConfig& source, const QDateTime& at)
{
    source.config.insert(kLast, Timestamp::toIso(at));
}

bool LiveSources::isDue(const SourceConfig& source, const QDateTime& now)
{
    const qint64 every = interval(source);
    if (every <= 0)
        return false;
    const QDateTime last = lastSynced(source);
    return !last.isValid() || last.secsTo(now) >= every;
}

QString LiveSources::describe(const SourceConfig& source)
{
    if (source.kind == QLatin1String("kubernetes")) {
        const K8sConnection c = K8sConnection::fromSource(source);
        return tr("Kubernetes, context %1 of %2")
            .arg(c.context.isEmpty() ? tr("(current)") : c.context,
                 c.kubeconfig.isEmpty() ? tr("the default kubeconfig") : c.kubeconfig);
    }
    if (source.kind == QLatin1String("aws")) {
        const AwsConnection c = AwsConnection::fromSource(source);
        return tr("AWS account, profile %1").arg(c.profile.isEmpty() ? tr("(environment or default)") : c.profile);
    }
    if (source.kind == QLatin1String("github")) {
        const GitHubConnection c = GitHubConnection::fromSource(source);
        return c.appId.isEmpty() ? tr("GitHub organisation %1").arg(c.org)
                                 : tr("GitHub organisation %1, as App %2").arg(c.org, c.appId);
    }
    const EntraConnection c = EntraConnection::fromSource(source);
    return tr("Microsoft Entra ID, tenant %1").arg(c.tenant);
}

Result<LiveRun> LiveSources::prepare(const SourceConfig& source, SecretStore& secrets)
{
    if (source.kind == QLatin1String("kubernetes")) {
        auto importer = std::make_unique<K8sLiveImporter>(K8sConnection::fromSource(source));
        auto target = importer->target();
        if (!target)
            return Error { tr("%1: %2").arg(source.name, target.error().message), target.error().code,
                           target.error().field };
        const QString input = QStringLiteral("k8s:%1 (%2)").arg(target->contextName, target->server.toString());
        return LiveRun { std::move(importer), input };
    }
    if (source.kind == QLatin1String("aws")) {
        const AwsConnection connection = AwsConnection::fromSource(source);
        return LiveRun { std::make_unique<AwsLiveImporter>(connection),
                         QStringLiteral("aws:")
                             + (connection.profile.isEmpty() ? QStringLiteral("default") : connection.profile) };
    }
    if (source.kind == QLatin1String("github")) {
        const GitHubConnection connection = GitHubConnection::fromSource(source);
        return LiveRun { std::make_unique<GitHubLiveImporter>(connection, secrets),
                         QStringLiteral("github:") + connection.org };
    }
    if (source.kind == QLatin1String("entra")) {
        const EntraConnection connection = EntraConnection::fromSource(source);
        return LiveRun { std::make_unique<EntraLiveImporter>(connection, secrets),
                         QStringLiteral("entra:") + connection.tenant };
    }
    return makeError(tr("%1: unknown kind of source \"%2\"").arg(source.name, source.kind));
}

Status LiveSources::markSynced(DatabasePtr database, const QString& name, const QDateTime& at, const QJsonObject& state)
{
    SourceRepository repository(database);
    auto sources = repository.all();
    if (!sources)
        return sources.error();
    for (SourceConfig source : sources.value()) {
        if (source.name != name)
            continue;
        setLastSynced(source, at);
        if (!state.isEmpty())
            source.config.insert(QStringLiteral("state"), state);
        auto saved = repository.save(source, at);
        return saved ? Status() : Status(saved.error());
    }
    return {};
}

} // namespace recertify
