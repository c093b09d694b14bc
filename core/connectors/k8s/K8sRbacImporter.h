#pragma once

#include "core/connectors/Importer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace recertify {

/**
 * `kubectl get serviceaccounts,roles,rolebindings,clusterroles,clusterrolebindings,secrets,pods -A -o json` (with
 * deployments, statefulsets, daemonsets, cronjobs…) or `-o yaml` (one List, a single object, a JSON array of Lists, or
 * a `---` YAML stream): every service account that is listed, bound or runs a pod (or a workload's pod template)
 * becomes an identity keyed by its API username (system:serviceaccount:NS:NAME). Bindings are resolved to one grant per
 * verb and resource; legacy token Secrets become credentials, their data never read. A binding to one of the API
 * server's own ClusterRoles that the input lacks takes its default rules; any other role not in the input keeps an
 * "unresolved" grant. Bindings to the groups system:serviceaccounts and system:serviceaccounts:NS grant
 * every account they cover. A namespace is listed completely (so an account missing from it is gone) only when the
 * input holds ServiceAccount objects of that namespace.
 */
class K8sRbacImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(K8sRbacImporter)

public:
    /** One binding expands to verbs × resources grants; past this a crafted role is refused, not expanded. */
    static constexpr qint64 kMaxGrantsPerBinding = 100000;

    QString format() const override { return QStringLiteral("k8s-rbac"); }
    QString source() const override { return QStringLiteral("k8s"); }
    bool isInventory() const override { return true; }
    /** Manifest folders: every YAML and JSON file in them; files without RBAC objects are passed over, named. */
    QStringList folderPatterns() const override
    {
        return { QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json") };
    }
    /** The namespace of objects that name none: a manifest written for `kubectl apply -n NS`. */
    bool setNamespace(const QString& ns) override
    {
        m_defaultNamespace = ns;
        return true;
    }
    void start() override;
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    /** Roles, bindings and accounts may come in separate files (kubectl get roles; kubectl get rolebindings): joined
     * here. */
    [[nodiscard]] Status finish(RecordSink& sink) override;
    /** One List as the API server answers it (items without kind), read by the live connector; `origin` names it in
     * errors. */
    [[nodiscard]] Status addList(const QJsonObject& list, const QString& origin);

private:
    [[nodiscard]] Status readManifest(const QString& path, const QByteArray& text, RecordSink& sink);
    /** Collects a file's parsed documents (a YAML stream's, or a JSON array's) into the context. */
    [[nodiscard]] Status readDocuments(const QString& path, const QByteArray& text, const QJsonArray& lists, bool array,
                                       bool yaml);
    /** Gives the objects without a namespace the one their ClusterRoleBindings give their service accounts, said. */
    static void giveNamespace(const QString& path, const QString& ns, QJsonArray& documents, RecordSink& sink);
    struct Item
    {
        QJsonObject json;
        QString where; ///< its place in the file, e.g. "[3].items[0]"
        QString path; ///< the file it came from
        /// From a List (kubectl get, the API): a listing of its namespace. A manifest's objects are what one
        /// app installs, never proof that nothing else lives beside them.
        bool listed = false;
    };

    struct Metadata
    {
        QJsonObject json;
        QString name;
        QString ns;
        QDateTime created; ///< invalid when the object has no creationTimestamp
    };

    struct Context
    {
        QString path;
        QHash<QString, QJsonArray> roles; ///< "NS/NAME" -> rules
        QHash<QString, QJsonArray> clusterRoles; ///< name -> rules
        QHash<QString, QJsonObject> clusterRoleLabels; ///< name -> metadata.labels
        QHash<QString, QJsonArray>
            aggregationSelectors; ///< aggregated ClusterRole -> aggregationRule.clusterRoleSelectors
        QString defaultNamespace; ///< for objects without metadata.namespace; empty: refuse them
        qint64 objects = 0; ///< identity-bearing objects read so far
        QStringList emptyFiles; ///< files that held none
        QStringList otherKinds; ///< the first kinds those files held instead
        QList<Item> serviceAccounts, bindings, secrets, pods;
        QList<Item> constraints; ///< OpenShift SecurityContextConstraints
        QHash<QString, QStringList> hostAccess; ///< SCC name -> what it lets a pod reach on its node
        QMap<QString, StagedIdentity> identities; ///< by nativeId, so each is emitted once
        QHash<QString, QSet<QString>> grantKeys; ///< nativeId -> permission|scope|via already held
        QSet<QString> listedNamespaces; ///< namespaces whose ServiceAccounts the input lists
        QSet<QString> declaredAccounts; ///< native ids of the ServiceAccount objects the input holds
        QSet<QString> namedByBinding; ///< accounts a binding's subjects name directly
        QSet<QString> namedElsewhere; ///< accounts a Pod runs as or a token Secret belongs to: they exist
        bool clusterRoleBindings = false; ///< the input holds ClusterRoleBindings
        QSet<QString> roleBindingNamespaces; ///< namespaces the input holds RoleBindings of
        QStringList listedVia; ///< how the grants of each binding and SCC in the input begin their grantedVia ("…*")
        /// Of those, the ones that grant through no group (system:serviceaccounts…), whose grants to an account the
        /// input does not list are gone when the binding no longer names it.
        QStringList retireVia;
        QSet<QString> unresolvedVia; ///< bindings whose role is not in the input: what they grant stays as it was
        bool bindingsAsList = false; ///< the bindings came as kubectl get output (a List), not as manifests
        QSet<QString> credentialKeys; ///< token secrets already staged (NS/NAME)
        /// Grants bound to system:serviceaccounts (key "") or system:serviceaccounts:NS (key NS).
        QList<QPair<QString, QList<Grant>>> groupGrants;
        /// A manifest's files whose objects name no namespace and whose own ClusterRoleBindings do not say it: read
        /// once the whole folder is, whose bindings may (an operator's install folder).
        struct Deferred
        {
            QString path;
            QByteArray text;
            QJsonArray documents;
        };
        QList<Deferred> deferred;
    };

    [[nodiscard]] static Status collect(Context& context, const QJsonObject& object, const QString& where,
                                        bool inStream);
    /** Fills every aggregated ClusterRole with the rules of the ClusterRoles its selectors match, as the controller
     * does. */
    static void aggregate(Context& context, RecordSink& sink);
    /** A ClusterRole the bindings name, missing from the input and one of the API server's own (admin, edit, view,
     * system:auth-delegator…), takes its default rules, with the defaults an aggregated one gathers. */
    static void useDefaultRoles(Context& context, RecordSink& sink);
    Context m_context;
    QString m_defaultNamespace;
    [[nodiscard]] Status readServiceAccount(Context& context, const Item& item) const;
    [[nodiscard]] Status readBinding(Context& context, const Item& item, RecordSink& sink) const;
    [[nodiscard]] Status readSecret(Context& context, const Item& item, RecordSink& sink) const;
    [[nodiscard]] Status readPod(Context& context, const Item& item) const;
    /** An OpenShift SCC's service account users and groups hold "use" on it. */
    [[nodiscard]] Status readConstraints(Context& context, const Item& item, RecordSink& sink) const;
    /** Every "use" of an SCC in the input that reaches the node, from its own lists or RBAC, says so in its scope. */
    static void markHostAccess(Context& context);
    /** A YAML file that ends without a line break: refused when a verb was cut, said when objects may be missing. */
    [[nodiscard]] static Status checkEnding(const QString& path, const QByteArray& text, const QJsonArray& documents,
                                            RecordSink& sink);

    StagedIdentity& identityFor(Context& context, const QString& ns, const QString& name) const;
    static void addGrant(Context& context, StagedIdentity& staged, const Grant& grant);
    /**
     * expanded: how many grants the rules spell out; past kMaxGrantsPerBinding nothing is returned. notEffective:
     * the cluster-wide resources and URLs a namespaced scope leaves out.
     */
    static QList<Grant> grantsFromRules(const QJsonArray& rules, const QString& scope, const QString& via,
                                        const QDateTime& grantedAt, qint64* expanded,
                                        QStringList* notEffective = nullptr);
    /** Reads metadata; a missing name (or namespace, when `namespaced`) or a bad time is an error naming the field. */
    [[nodiscard]] static Result<Metadata> metadataOf(const QString& path, const Item& item, bool namespaced,
                                                     const QString& defaultNamespace = QString());
    /** An optional timestamp field: empty gives an invalid time, text that does not parse an error. */
    [[nodiscard]] static Result<QDateTime> optionalTime(const QString& path, const QString& field, const QString& text);
};

} // namespace recertify
