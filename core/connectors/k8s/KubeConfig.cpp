#include "core/connectors/k8s/KubeConfig.h"

#include "core/connectors/JsonInput.h"
#include "core/connectors/YamlInput.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

namespace recertify {

namespace {

// A kubeconfig is a few KB; a certificate or token file a few KB too.
constexpr qint64 kMaxFile = 4 * 1024 * 1024;
constexpr int kExecTimeoutMs = 120000;

struct Entry
{
    QJsonObject body;
    QString file; ///< where relative paths in it resolve
};

QString text(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    // YAML may read a bare number or boolean: a name or token is still its spelling.
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

bool flag(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.toBool() || value.toString() == QLatin1String("true");
}

QString resolvePath(const QString& file, const QString& path)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute())
        return path;
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return QFileInfo(file).dir().filePath(path);
}

Result<QByteArray> readSmall(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(KubeConfig::tr("%1: cannot read %2: %3").arg(path, what, file.errorString()));
    if (file.size() > kMaxFile)
        return makeError(KubeConfig::tr("%1: %2 is larger than 4 MB").arg(path, what));
    return file.readAll();
}

/** Inline `*-data` (base64) wins over the file, as in kubectl. */
Result<QByteArray> dataOrFile(const QJsonObject& object, const char* dataKey, const char* fileKey, const Entry& entry,
                              const QString& what)
{
    const QString data = text(object, dataKey);
    if (!data.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return makeError(KubeConfig::tr("%1: %2: not base64").arg(entry.file, QString::fromLatin1(dataKey)));
        return *decoded;
    }
    const QString file = text(object, fileKey);
    if (file.isEmpty())
        return QByteArray();
    return readSmall(resolvePath(entry.file, file), what);
}

struct Merged
{
    QHash<QString, Entry> clusters, users, contexts;
    QString currentContext;
};

Status mergeFile(Merged& merged, const QString& path)
{
    auto bytes = readSmall(path, KubeConfig::tr("the kubeconfig"));
    if (!bytes)
        return bytes.error();
    auto documents = YamlInput::parse(*bytes, path);
    if (!documents)
        return documents.error();
    if (documents->isEmpty())
        return {};
    const QJsonObject root = documents->first().toObject();
    if (root.isEmpty() || (root.contains(QStringLiteral("kind")) && text(root, "kind") != QLatin1String("Config")))
        return makeError(
            KubeConfig::tr("%1: not a kubeconfig (expected kind: Config with clusters, users and contexts)").arg(path));
    const std::pair<const char*, QHash<QString, Entry>*> sections[]
        = { { "clusters", &merged.clusters }, { "users", &merged.users }, { "contexts", &merged.contexts } };
    for (const auto& [section, map] : sections) {
        const char* inner = section == std::string_view("clusters") ? "cluster"
            : section == std::string_view("users")                  ? "user"
                                                                    : "context";
        const QJsonArray entries = root.value(QLatin1String(section)).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const QString name = text(entry, "name");
            if (name.isEmpty())
                return JsonInput::fieldError(path, QStringLiteral("%1[%2].name").arg(QLatin1String(section)).arg(i),
                                             KubeConfig::tr("a name"));
            // The first file to name a cluster, user or context wins (kubectl's merge rule).
            if (!map->contains(name))
                map->insert(name, Entry { entry.value(QLatin1String(inner)).toObject(), path });
        }
    }
    if (merged.currentContext.isEmpty() && !text(root, "current-context").isEmpty()) {
        merged.currentContext = text(root, "current-context");
    }
    return {};
}

QMutex& cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ExecCredential>& cache()
{
    static QHash<QString, ExecCredential> entries;
    return entries;
}

QString cacheKey(const KubeTarget& target)
{
    const KubeExec& exec = *target.exec;
    QStringList parts { target.configPath, exec.command, exec.args.join(u'\x1f') };
    for (const auto& [name, value] : exec.env)
        parts << name + u'=' + value;
    return parts.join(u'\x1e');
}

} // namespace

QStringList KubeConfig::searchPaths(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return { explicitPath };
    const QString variable = qEnvironmentVariable("KUBECONFIG");
    if (!variable.isEmpty()) {
        QStringList paths;
        for (const QString& path : variable.split(u':', Qt::SkipEmptyParts))
            if (!paths.contains(path))
                paths << path;
        return paths;
    }
    return { QDir::homePath() + QStringLiteral("/.kube/config") };
}

namespace {

Result<Merged> mergeAll(const QString& explicitPath, const QStringList& paths)
{
    Merged merged;
    int read = 0;
    for (const QString& path : paths) {
        // $KUBECONFIG may name files that do not exist (kubectl skips them); a file given by name must exist.
        if (explicitPath.isEmpty() && !QFileInfo::exists(path))
            continue;
        if (auto status = mergeFile(merged, path); !status)
            return status.error();
        ++read;
    }
    if (read == 0)
        return fieldError(QStringLiteral("kubeconfig"),
                          KubeConfig::tr("no kubeconfig found (looked at %1)").arg(paths.join(QStringLiteral(", "))));
    return merged;
}

} // namespace

Result<std::pair<QStringList, QString>> KubeConfig::contexts(const QString& explicitPath)
{
    auto merged = mergeAll(explicitPath, searchPaths(explicitPath));
    if (!merged)
        return merged.error();
    QStringList names = merged->contexts.keys();
    names.sort();
    return std::pair(names, merged->currentContext);
}

Result<KubeTarget> KubeConfig::load(const QString& explicitPath, const QString& context)
{
    const QStringList paths = searchPaths(explicitPath);
    auto all = mergeAll(explicitPath, paths);
    if (!all)
        return all.error();
    const Merged& merged = *all;
    const QString where = paths.join(u':');
    const QString contextName = context.isEmpty() ? merged.currentContext : context;
    if (contextName.isEmpty())
        return fieldError(QStringLiteral("context"),
                          tr("%1: no current-context is set; name the context to use").arg(where));
    if (!merged.contexts.contains(contextName)) {
        QStringList known = merged.contexts.keys();
        known.sort();
        return fieldError(QStringLiteral("context"),
                          tr("%1: no context named \"%2\" (known: %3)")
                              .arg(where, SafeText::quote(contextName), known.join(QStringLiteral(", "))));
    }
    const Entry& contextEntry = merged.contexts.value(contextName);
    KubeTarget target;
    target.configPath = contextEntry.file;
    target.contextName = contextName;
    target.clusterName = text(contextEntry.body, "cluster");
    target.userName = text(contextEntry.body, "user");
    if (!merged.clusters.contains(target.clusterName)) {
        return makeError(tr("%1: context \"%2\" names the cluster \"%3\", which no kubeconfig file defines")
                             .arg(contextEntry.file, contextName, SafeText::quote(target.clusterName)));
    }
    const Entry& cluster = merged.clusters.value(target.clusterName);
    target.server = QUrl(text(cluster.body, "server"));
    if (!target.server.isValid() || target.server.host().isEmpty())
        return JsonInput::fieldError(cluster.file,
                                     QStringLiteral("clusters[%1].cluster.server").arg(target.clusterName),
                                     tr("the API server's URL"));
    target.insecureSkipTlsVerify = flag(cluster.body, "insecure-skip-tls-verify");
    auto ca = dataOrFile(cluster.body, "certificate-authority-data", "certificate-authority", cluster,
                         tr("the certificate authority"));
    if (!ca)
        return ca.error();
    target.certificateAuthorityPem = *ca;

    // A context may name no user: anonymous access (rarely allowed, but valid).
    if (target.userName.isEmpty())
        return target;
    if (!merged.users.contains(target.userName)) {
        return makeError(tr("%1: context \"%2\" names the user \"%3\", which no kubeconfig file defines")
                             .arg(contextEntry.file, contextName, SafeText::quote(target.userName)));
    }
    const Entry& user = merged.users.value(target.userName);
    if (user.body.contains(QStringLiteral("auth-provider"))) {
        return makeError(tr("%1: user \"%2\" uses a legacy auth-provider, which kubectl itself no longer supports; "
                            "switch it to the exec plugin of the cluster's vendor (gke-gcloud-auth-plugin, kubelogin)")
                             .arg(user.file, target.userName));
    }
    if (!text(user.body, "username").isEmpty() || !text(user.body, "password").isEmpty()) {
        return makeError(tr("%1: user \"%2\" signs in with a username and password, which the Kubernetes API no longer "
                            "accepts; use a token, a client certificate or an exec plugin")
                             .arg(user.file, target.userName));
    }
    target.token = text(user.body, "token").toUtf8();
    if (target.token.isEmpty() && !text(user.body, "tokenFile").isEmpty()) {
        auto token = readSmall(resolvePath(user.file, text(user.body, "tokenFile")), tr("the token file"));
        if (!token)
            return token.error();
        target.token = token->trimmed();
    }
    auto certificate
        = dataOrFile(user.body, "client-certificate-data", "client-certificate", user, tr("the client certificate"));
    if (!certificate)
        return certificate.error();
    auto key = dataOrFile(user.body, "client-key-data", "client-key", user, tr("the client key"));
    if (!key)
        return key.error();
    target.clientCertificatePem = *certificate;
    target.clientKeyPem = *key;
    if (target.clientCertificatePem.isEmpty() != target.clientKeyPem.isEmpty())
        return makeError(
            tr("%1: user \"%2\" has a client certificate without its key, or a key without its certificate")
                .arg(user.file, target.userName));

    const QJsonObject exec = user.body.value(QStringLiteral("exec")).toObject();
    if (!exec.isEmpty()) {
        KubeExec plugin;
        plugin.apiVersion = text(exec, "apiVersion");
        plugin.command = text(exec, "command");
        for (const QJsonValue& arg : exec.value(QStringLiteral("args")).toArray())
            plugin.args << arg.toString();
        for (const QJsonValue& variable : exec.value(QStringLiteral("env")).toArray()) {
            const QJsonObject pair = variable.toObject();
            plugin.env.append({ text(pair, "name"), text(pair, "value") });
        }
        plugin.installHint = text(exec, "installHint");
        plugin.provideClusterInfo = flag(exec, "provideClusterInfo");
        if (plugin.command.isEmpty())
            return JsonInput::fieldError(user.file, QStringLiteral("users[%1].user.exec.command").arg(target.userName),
                                         tr("the plugin's command"));
        static const QStringList versions { QStringLiteral("client.authentication.k8s.io/v1"),
                                            QStringLiteral("client.authentication.k8s.io/v1beta1") };
        if (!versions.contains(plugin.apiVersion)) {
            return makeError(tr("%1: user \"%2\": exec apiVersion \"%3\" is not supported (expected %4)")
                                 .arg(user.file, target.userName, SafeText::quote(plugin.apiVersion),
                                      versions.join(QStringLiteral(" or "))));
        }
        // A relative command with a slash is relative to the kubeconfig's folder; a bare name is found on PATH.
        if (plugin.command.contains(u'/'))
            plugin.command = resolvePath(user.file, plugin.command);
        target.exec = plugin;
    }
    return target;
}

void KubeConfig::clearExecCache()
{
    QMutexLocker lock(&cacheMutex());
    cache().clear();
}

Result<ExecCredential> KubeConfig::runExec(const KubeTarget& target, bool forceRefresh, const QDateTime& now)
{
    const KubeExec& exec = *target.exec;
    const QString key = cacheKey(target);
    {
        QMutexLocker lock(&cacheMutex());
        const auto cached = cache().constFind(key);
        // Refreshed a little before it expires, so a request never goes out with a token about to lapse.
        if (!forceRefresh && cached != cache().constEnd()
            && (!cached->expires.isValid() || cached->expires > now.addSecs(30)))
            return *cached;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : exec.env)
        environment.insert(name, value);
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (exec.provideClusterInfo) {
        QJsonObject cluster { { QStringLiteral("server"), target.server.toString() },
                              { QStringLiteral("insecure-skip-tls-verify"), target.insecureSkipTlsVerify } };
        if (!target.certificateAuthorityPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"),
                           QString::fromLatin1(target.certificateAuthorityPem.toBase64()));
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info { { QStringLiteral("apiVersion"), exec.apiVersion },
                             { QStringLiteral("kind"), QStringLiteral("ExecCredential") },
                             { QStringLiteral("spec"), spec } };
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QFileInfo(target.configPath).absolutePath());
    QString program = exec.command;
    if (!program.contains(u'/')) {
        const QString found = QStandardPaths::findExecutable(program);
        if (found.isEmpty()) {
            QString message = tr("%1: user \"%2\": the credential plugin \"%3\" is not installed or not on PATH")
                                  .arg(target.configPath, target.userName, exec.command);
            if (!exec.installHint.isEmpty())
                message += QStringLiteral(". ") + SafeText::printable(exec.installHint.trimmed(), 400);
            return makeError(message);
        }
        program = found;
    }
    process.start(program, exec.args);
    if (!process.waitForStarted()) {
        return makeError(tr("%1: user \"%2\": the credential plugin %3 did not start: %4")
                             .arg(target.configPath, target.userName, program, process.errorString()));
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(kExecTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return makeError(tr("%1: user \"%2\": the credential plugin %3 did not finish within two minutes")
                             .arg(target.configPath, target.userName, program));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // Its first line of errors says why (not signed in, expired session); tokens are printed on stdout, not here.
        const QString why = QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', 0, 0);
        return makeError(tr("%1: user \"%2\": the credential plugin %3 failed with exit code %4%5")
                             .arg(target.configPath, target.userName, program)
                             .arg(process.exitCode())
                             .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + SafeText::quote(why)));
    }
    QJsonParseError error;
    const QJsonObject output = QJsonDocument::fromJson(process.readAllStandardOutput(), &error).object();
    if (error.error != QJsonParseError::NoError || text(output, "kind") != QLatin1String("ExecCredential")) {
        return makeError(tr("%1: user \"%2\": the credential plugin %3 did not print an ExecCredential")
                             .arg(target.configPath, target.userName, program));
    }
    if (text(output, "apiVersion") != exec.apiVersion) {
        return makeError(
            tr("%1: user \"%2\": the credential plugin answered with apiVersion \"%3\", the kubeconfig asks for \"%4\"")
                .arg(target.configPath, target.userName, SafeText::quote(text(output, "apiVersion")), exec.apiVersion));
    }
    const QJsonObject status = output.value(QStringLiteral("status")).toObject();
    ExecCredential credential;
    credential.token = text(status, "token").toUtf8();
    credential.clientCertificatePem = text(status, "clientCertificateData").toUtf8();
    credential.clientKeyPem = text(status, "clientKeyData").toUtf8();
    if (credential.token.isEmpty() && credential.clientCertificatePem.isEmpty()) {
        return makeError(
            tr("%1: user \"%2\": the credential plugin's ExecCredential holds neither a token nor a client certificate")
                .arg(target.configPath, target.userName));
    }
    const QString expiry = text(status, "expirationTimestamp");
    if (!expiry.isEmpty()) {
        const auto parsed = Timestamp::parse(expiry);
        if (!parsed) {
            return makeError(tr("%1: user \"%2\": the credential plugin's expirationTimestamp \"%3\" is not a time")
                                 .arg(target.configPath, target.userName, SafeText::quote(expiry)));
        }
        credential.expires = *parsed;
    }
    QMutexLocker lock(&cacheMutex());
    cache().insert(key, credential);
    return credential;
}

} // namespace recertify
