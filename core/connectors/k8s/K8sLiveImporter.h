#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/k8s/K8sRbacImporter.h"
#include "core/connectors/k8s/KubeConfig.h"
#include "core/connectors/live/LiveHttp.h"
#include "core/domain/SourceConfig.h"

namespace recertify {

/** Which cluster to read: a kubeconfig (empty: kubectl's search) and a context (empty: its current one). */
struct K8sConnection
{
    QString kubeconfig;
    QString context;
    int pageSize = 500;
    LiveHttp::Policy policy;

    /** As kept in the sources table: paths and names only, never a credential. */
    SourceConfig toSource(const QString& name) const;
    static K8sConnection fromSource(const SourceConfig& source);
};

/**
 * A Kubernetes cluster read through its API server, as kubectl would reach it: service accounts,
 * roles, bindings, pods and the metadata of service-account token Secrets (their values are never
 * requested), listed with `limit`/`continue` paging (a 410 on an expired continue token restarts that
 * list), through the same mapping as the file import. A kind the credentials may not list (403) is
 * reported by kind, and the run claims nothing about it: grants or credentials it would have
 * listed are kept as they were, and no namespace is retired without its service accounts listed.
 */
class K8sLiveImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(K8sLiveImporter)

public:
    explicit K8sLiveImporter(K8sConnection connection);
    ~K8sLiveImporter() override;

    QString format() const override { return QStringLiteral("k8s-live"); }
    QString source() const override { return QStringLiteral("k8s"); }
    bool isInventory() const override { return true; }
    bool readsFiles() const override { return false; }
    [[nodiscard]] Status read(const QString& input, RecordSink& sink) override;

    /** Resolves the kubeconfig (before a run, to name the cluster in the run history). */
    [[nodiscard]] Result<KubeTarget> target();
    int requestCount() const { return m_http.requestCount(); }
    /** Kinds the credentials were not allowed to list in the last read. */
    const QStringList& forbiddenKinds() const { return m_forbidden; }

private:
    struct Resource
    {
        QString kind;
        QString path;
        bool metadataOnly = false;
    };

    [[nodiscard]] Status authenticate(bool refresh);
    /** Every page of one list into the mapping; false when the API server forbids the kind. */
    [[nodiscard]] Result<bool> list(const Resource& resource, RecordSink& sink);
    [[nodiscard]] Result<HttpReply> get(const QUrl& url, bool metadataOnly, RecordSink& sink);
    QString describe(const HttpReply& reply) const;
    static void trim(QJsonObject& page, const Resource& resource);

    K8sConnection m_connection;
    std::optional<KubeTarget> m_target;
    LiveHttp m_http;
    K8sRbacImporter m_rbac;
    QByteArray m_token;
    QStringList m_forbidden;
};

} // namespace recertify
