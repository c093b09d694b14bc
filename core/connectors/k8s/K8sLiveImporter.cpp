#include "core/connectors/k8s/K8sLiveImporter.h"

#include "core/util/Logging.h"
#include "core/util/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

namespace recertify {

namespace {

// An expired continue token (410 Gone) restarts its list; a cluster that keeps expiring them is refused.
constexpr int kMaxRestarts = 3;

/** Passes records on, marking what this run could not list so the store keeps what it had. */
class PartialSink final : public ForwardingSink
{
public:
    PartialSink(RecordSink& inner, bool grantsKnown, bool credentialsKnown)
        : ForwardingSink(inner)
        , m_grantsKnown(grantsKnown)
        , m_credentialsKnown(credentialsKnown)
    {
    }
    void identity(StagedIdentity identity) override
    {
        if (!m_grantsKnown) {
            // Bindings to roles it could not read would be placeholders beside the grants they resolved to before.
            identity.grantsKnown = false;
            identity.grants.clear();
            identity.grantsListedVia.clear();
        }
        identity.credentialsKnown = identity.credentialsKnown && m_credentialsKnown;
        ForwardingSink::identity(std::move(identity));
    }

private:
    bool m_grantsKnown;
    bool m_credentialsKnown;
};

} // namespace

SourceConfig K8sConnection::toSource(const QString& name) const
{
    SourceConfig source;
    source.name = name;
    source.kind = QStringLiteral("kubernetes");
    source.config
        = QJsonObject { { QStringLiteral("kubeconfig"), kubeconfig }, { QStringLiteral("context"), context } };
    return source;
}

K8sConnection K8sConnection::fromSource(const SourceConfig& source)
{
    K8sConnection connection;
    connection.kubeconfig = source.config.value(QStringLiteral("kubeconfig")).toString();
    connection.context = source.config.value(QStringLiteral("context")).toString();
    return connection;
}

K8sLiveImporter::K8sLiveImporter(K8sConnection connection)
    : m_connection(std::move(connection))
    , m_http(m_connection.policy)
{
}

K8sLiveImporter::~K8sLiveImporter() = default;

Result<KubeTarget> K8sLiveImporter::target()
{
    if (!m_target) {
        auto loaded = KubeConfig::load(m_connection.kubeconfig, m_connection.context);
        if (!loaded)
            return loaded.error();
        m_target = *loaded;
    }
    return *m_target;
}

Status K8sLiveImporter::authenticate(bool refresh)
{
    const KubeTarget& target = *m_target;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!target.certificateAuthorityPem.isEmpty()) {
        // kubectl trusts only the cluster's own authority when the kubeconfig names one.
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(target.certificateAuthorityPem, QSsl::Pem);
        if (authorities.isEmpty())
            return makeError(tr("%1: cluster \"%2\": the certificate authority is not a PEM certificate")
                                 .arg(target.configPath, target.clusterName));
        ssl.setCaCertificates(authorities);
    }
    if (target.insecureSkipTlsVerify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    QByteArray certificatePem = target.clientCertificatePem;
    QByteArray keyPem = target.clientKeyPem;
    m_token = target.token;
    if (target.exec) {
        auto credential = KubeConfig::runExec(target, refresh, QDateTime::currentDateTimeUtc());
        if (!credential)
            return credential.error();
        if (!credential->token.isEmpty())
            m_token = credential->token;
        if (!credential->clientCertificatePem.isEmpty()) {
            certificatePem = credential->clientCertificatePem;
            keyPem = credential->clientKeyPem;
        }
    }
    if (!certificatePem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (chain.isEmpty() || key.isNull()) {
            return makeError(tr("%1: user \"%2\": the client certificate or its key is not PEM (RSA or EC)")
                                 .arg(target.configPath, target.userName));
        }
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
    }
    m_http.setSslConfiguration(ssl);
    return {};
}

QString K8sLiveImporter::describe(const HttpReply& reply) const
{
    if (reply.status == 0)
        return reply.networkError;
    // The API server answers failures with a Status object: reason and message.
    const QJsonObject status = QJsonDocument::fromJson(reply.body).object();
    const QString reason = status.value(QStringLiteral("reason")).toString();
    const QString message = SafeText::quote(status.value(QStringLiteral("message")).toString().trimmed());
    QString out = tr("HTTP %1").arg(reply.status);
    if (!reason.isEmpty())
        out += u' ' + SafeText::quote(reason);
    if (!message.isEmpty())
        out += QStringLiteral(": ") + message;
    return out;
}

Result<HttpReply> K8sLiveImporter::get(const QUrl& url, bool metadataOnly, RecordSink& sink)
{
    for (bool refreshed = false;;) {
        HttpHeaders headers { { QByteArrayLiteral("User-Agent"), QByteArrayLiteral("recertify") } };
        // Metadata only: the server sends names and annotations, never a Secret's data.
        headers.append({ QByteArrayLiteral("Accept"),
                         metadataOnly ? QByteArrayLiteral(
                             "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json")
                                      : QByteArrayLiteral("application/json") });
        if (!m_token.isEmpty())
            headers.append({ QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token) });
        auto reply = m_http.request("GET", url, headers, sink);
        if (!reply)
            return reply;
        // A plugin's token may be revoked before its stated expiry: ask the plugin once more, as kubectl does.
        if (reply->status == 401 && m_target->exec && !refreshed) {
            refreshed = true;
            if (auto status = authenticate(true); !status)
                return status.error();
            continue;
        }
        return reply;
    }
}

void K8sLiveImporter::trim(QJsonObject& page, const Resource& resource)
{
    QJsonArray items = page.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (resource.kind == QLatin1String("Secret")) {
            // Whatever the server sent, a token's value goes no further than this.
            item.remove(QStringLiteral("data"));
            item.remove(QStringLiteral("stringData"));
            item.insert(QStringLiteral("kind"), resource.kind);
            item.insert(QStringLiteral("type"), QStringLiteral("kubernetes.io/service-account-token"));
        } else if (resource.kind == QLatin1String("Pod")) {
            // A pod is kept for the account it runs as; its spec and status can be kilobytes each.
            const QJsonObject spec = item.value(QStringLiteral("spec")).toObject();
            QJsonObject kept;
            for (const char* field : { "serviceAccountName", "serviceAccount" })
                if (spec.contains(QLatin1String(field)))
                    kept.insert(QLatin1String(field), spec.value(QLatin1String(field)));
            item = QJsonObject { { QStringLiteral("metadata"), item.value(QStringLiteral("metadata")) },
                                 { QStringLiteral("spec"), kept } };
        }
        items.replace(i, item);
    }
    page.insert(QStringLiteral("items"), items);
    page.insert(QStringLiteral("kind"), QString(resource.kind + QStringLiteral("List")));
}

Result<bool> K8sLiveImporter::list(const Resource& resource, RecordSink& sink)
{
    const QUrl base = m_target->server;
    for (int restart = 0;; ++restart) {
        QList<QJsonObject> pages;
        QString continueToken;
        bool expired = false;
        do {
            QUrl url = base;
            const auto [path, query] = std::pair(resource.path.section(u'?', 0, 0), resource.path.section(u'?', 1));
            url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + path);
            QUrlQuery parameters(query);
            parameters.addQueryItem(QStringLiteral("limit"), QString::number(m_connection.pageSize));
            if (!continueToken.isEmpty())
                parameters.addQueryItem(QStringLiteral("continue"), continueToken);
            url.setQuery(parameters);
            auto reply = get(url, resource.metadataOnly, sink);
            if (!reply)
                return reply.error();
            if (reply->status == 0) {
                return makeError(tr("%1: cannot reach the API server: %2").arg(base.toString(), reply->networkError));
            }
            if (reply->status == 403) {
                sink.warning(tr("%1: not allowed to list %2 (%3); this run says nothing about them")
                                 .arg(base.toString(), resource.kind, describe(*reply)));
                m_forbidden << resource.kind;
                return false;
            }
            if (reply->status == 410 && !continueToken.isEmpty() && restart < kMaxRestarts) {
                qCInfo(lcSync) << "continue token expired while listing" << resource.kind << "; listing again";
                expired = true;
                break;
            }
            if (reply->status == 401) {
                return makeError(
                    tr("%1: the API server refused the credentials of user \"%2\" (context \"%3\"): %4")
                        .arg(base.toString(), m_target->userName, m_target->contextName, describe(*reply)));
            }
            if (reply->status != 200)
                return makeError(
                    tr("%1: listing %2: %3").arg(url.toString(QUrl::RemoveQuery), resource.kind, describe(*reply)));
            QJsonParseError error;
            QJsonObject page = QJsonDocument::fromJson(reply->body, &error).object();
            if (error.error != QJsonParseError::NoError || !page.value(QStringLiteral("items")).isArray()) {
                return makeError(
                    tr("%1: listing %2: the answer is not a Kubernetes list (byte %3: %4)")
                        .arg(url.toString(QUrl::RemoveQuery), resource.kind)
                        .arg(error.offset)
                        .arg(error.error == QJsonParseError::NoError ? tr("no items") : error.errorString()));
            }
            continueToken
                = page.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
            trim(page, resource);
            pages.append(page);
        } while (!continueToken.isEmpty());
        if (expired)
            continue;
        // The whole list is in; only now does it reach the mapping (a restart must not count items twice).
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString origin = tr("%1 %2, page %3").arg(base.toString(), resource.kind).arg(i + 1);
            if (auto status = m_rbac.addList(pages.at(i), origin); !status)
                return status.error();
        }
        return true;
    }
}

Status K8sLiveImporter::read(const QString& input, RecordSink& sink)
{
    Q_UNUSED(input)
    m_http.resetCount();
    m_forbidden.clear();
    m_target.reset();
    auto resolved = target();
    if (!resolved)
        return resolved.error();
    if (auto status = authenticate(false); !status)
        return status;
    const QString rbac = QStringLiteral("/apis/rbac.authorization.k8s.io/v1/");
    const QList<Resource> resources {
        { QStringLiteral("ServiceAccount"), QStringLiteral("/api/v1/serviceaccounts") },
        { QStringLiteral("Role"), rbac + QStringLiteral("roles") },
        { QStringLiteral("ClusterRole"), rbac + QStringLiteral("clusterroles") },
        { QStringLiteral("RoleBinding"), rbac + QStringLiteral("rolebindings") },
        { QStringLiteral("ClusterRoleBinding"), rbac + QStringLiteral("clusterrolebindings") },
        { QStringLiteral("Secret"),
          QStringLiteral("/api/v1/secrets?fieldSelector=type%3Dkubernetes.io%2Fservice-account-token"), true },
        { QStringLiteral("Pod"), QStringLiteral("/api/v1/pods") }
    };
    m_rbac.start();
    for (const Resource& resource : resources) {
        auto listed = list(resource, sink);
        if (!listed) {
            m_http.close();
            return listed.error();
        }
    }
    m_http.close();
    if (m_forbidden.size() == resources.size()) {
        return makeError(
            tr("%1: user \"%2\" may not list any of the kinds Recertify reads; grant the ClusterRole from the README")
                .arg(m_target->server.toString(), m_target->userName));
    }
    static const QStringList rbacKinds { QStringLiteral("Role"), QStringLiteral("ClusterRole"),
                                         QStringLiteral("RoleBinding"), QStringLiteral("ClusterRoleBinding") };
    const bool grantsKnown
        = std::none_of(m_forbidden.begin(), m_forbidden.end(), [](const QString& k) { return rbacKinds.contains(k); });
    PartialSink partial(sink, grantsKnown, !m_forbidden.contains(QStringLiteral("Secret")));
    return m_rbac.finish(partial);
}

} // namespace recertify
