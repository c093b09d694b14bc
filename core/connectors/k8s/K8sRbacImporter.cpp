#include "core/connectors/k8s/K8sRbacImporter.h"

#include "core/connectors/JsonInput.h"
#include "core/connectors/YamlInput.h"
#include "core/connectors/k8s/K8sDefaultRoles.h"
#include "core/connectors/k8s/K8sResources.h"
#include "core/domain/IdentityKind.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace recertify {

namespace {

const QString kServiceAccountPrefix = QStringLiteral("system:serviceaccount:");
const QString kServiceAccountsGroup = QStringLiteral("system:serviceaccounts");

/** "FIELD" at the top of the file, "[2].items[5].FIELD" inside an array of Lists. */
QString at(const QString& where, const QString& field)
{
    return where.isEmpty() ? field : QString(where + u'.' + field);
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

bool isWorkloadKind(const QString& kind)
{
    static const QStringList workloads {
        QStringLiteral("Deployment"),           QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet"),
        QStringLiteral("ReplicaSet"),           QStringLiteral("Job"),         QStringLiteral("CronJob"),
        QStringLiteral("ReplicationController")
    };
    return workloads.contains(kind);
}

// The pod template of a workload, as the API server keeps it: its pods run as the template's service account (the
// namespace's default when it names none), so a manifest with a Deployment and a group binding names who is bound.
QJsonObject podTemplateOf(const QJsonObject& workload)
{
    QJsonObject spec = workload.value(QStringLiteral("spec")).toObject();
    if (workload.value(QStringLiteral("kind")).toString() == QLatin1String("CronJob"))
        spec = spec.value(QStringLiteral("jobTemplate")).toObject().value(QStringLiteral("spec")).toObject();
    return spec.value(QStringLiteral("template")).toObject();
}

// A pod, or a workload's pod template, that names the account it runs as (cut after that, it still says who).
bool namesItsAccount(const QJsonObject& object)
{
    QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
    if (object.value(QStringLiteral("kind")).toString() != QLatin1String("Pod"))
        spec = podTemplateOf(object).value(QStringLiteral("spec")).toObject();
    return !spec.value(QStringLiteral("serviceAccountName")).toString().isEmpty()
        || !spec.value(QStringLiteral("serviceAccount")).toString().isEmpty();
}

// A namespace is a DNS label (RFC 1123): "$KARPENTER_NAMESPACE" or "{{ .Release.Namespace }}" is a template's
// placeholder, which the API server refuses until it is filled in.
bool isNamespaceName(const QString& ns)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    return label.match(ns).hasMatch();
}

// A manifest made for `kubectl apply -n NS` (Argo CD's install.yaml) leaves its namespaced objects without a
// namespace, but a ClusterRoleBinding must name the namespace of the service account it binds: when those that bind
// the file's own namespace-less service accounts all name one, that is the namespace the file is applied to.
QString namespaceItsBindingsGive(const QJsonArray& documents)
{
    QSet<QString> withoutNamespace;
    for (const QJsonValue& d : documents) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("kind")).toString() == QLatin1String("ServiceAccount")
            && !o.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("namespace")))
            withoutNamespace.insert(
                o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString());
    }
    QSet<QString> named;
    for (const QJsonValue& d : documents) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("kind")).toString() != QLatin1String("ClusterRoleBinding"))
            continue;
        for (const QJsonValue& s : o.value(QStringLiteral("subjects")).toArray()) {
            const QJsonObject subject = s.toObject();
            if (subject.value(QStringLiteral("kind")).toString() == QLatin1String("ServiceAccount")
                && withoutNamespace.contains(subject.value(QStringLiteral("name")).toString())
                && isNamespaceName(subject.value(QStringLiteral("namespace")).toString()))
                named.insert(subject.value(QStringLiteral("namespace")).toString());
        }
    }
    return named.size() == 1 ? *named.cbegin() : QString();
}

Error placeholderNamespace(const QString& path, const QString& field, const QString& ns)
{
    return JsonInput::fieldError(
        path, field,
        QCoreApplication::translate(
            "K8sRbacImporter",
            "a namespace name (lowercase letters, digits and '-'), got \"%1\", which the API server "
            "refuses: a template's placeholder? Import the manifest as rendered (helm "
            "template, envsubst, kubectl kustomize) or what kubectl get gives")
            .arg(SafeText::quote(ns)));
}

bool isKnownKind(const QString& kind)
{
    static const QStringList known { QStringLiteral("ServiceAccount"),
                                     QStringLiteral("Role"),
                                     QStringLiteral("ClusterRole"),
                                     QStringLiteral("RoleBinding"),
                                     QStringLiteral("ClusterRoleBinding"),
                                     QStringLiteral("Secret"),
                                     QStringLiteral("Pod"),
                                     QStringLiteral("SecurityContextConstraints") };
    return known.contains(kind) || isWorkloadKind(kind);
}

// The API server refuses a rule without verbs, or without resources and URLs: in a file, such a rule was cut off.
Status checkRules(const QString& path, const QString& where, const QJsonObject& role)
{
    const QJsonArray rules = role.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        const QString field = at(where, QStringLiteral("rules[%1]").arg(i));
        if (strings(rule.value(QStringLiteral("verbs"))).isEmpty())
            return makeError(K8sRbacImporter::tr("%1: %2: a rule without verbs, which the API server refuses: the file "
                                                 "looks cut off")
                                 .arg(path, field));
        // A bare "-" (YAML's null) or an empty verb authorises nothing: a file cut after a list item's dash.
        const QJsonArray verbs = rule.value(QStringLiteral("verbs")).toArray();
        const QJsonArray resources = rule.value(QStringLiteral("resources")).toArray();
        for (const auto& [list, name] : { std::pair { &verbs, "verbs" }, std::pair { &resources, "resources" } }) {
            for (qsizetype n = 0; n < list->size(); ++n) {
                const QJsonValue item = list->at(n);
                if (item.isNull() || (list == &verbs && item.toString().isEmpty()))
                    return makeError(K8sRbacImporter::tr("%1: %2: an empty item, which grants nothing: the file looks "
                                                         "cut off")
                                         .arg(path, field + QStringLiteral(".%1[%2]").arg(QLatin1String(name)).arg(n)));
            }
        }
        if (strings(rule.value(QStringLiteral("resources"))).isEmpty()
            && strings(rule.value(QStringLiteral("nonResourceURLs"))).isEmpty())
            return makeError(K8sRbacImporter::tr("%1: %2: a rule without resources or URLs, which the API server "
                                                 "refuses: the file looks cut off")
                                 .arg(path, field));
    }
    return {};
}

QString ownerOf(const QJsonObject& metadata)
{
    // Annotations first: only they can hold an e-mail address (label values cannot contain '@').
    for (const char* map : { "annotations", "labels" }) {
        const QJsonObject entries = metadata.value(QLatin1String(map)).toObject();
        for (const char* key : { "recertify.io/owner", "owner" }) {
            const QString value = entries.value(QLatin1String(key)).toString().trimmed();
            if (!value.isEmpty())
                return value.toLower();
        }
    }
    return {};
}

} // namespace

Status K8sRbacImporter::read(const QString& path, RecordSink& sink)
{
    // Everything else is emitted by finish(), once the run's files are joined.
    auto text = JsonInput::readText(path);
    if (!text)
        return text.error();
    // A file that cannot be read as a manifest and holds a template's actions is a chart's template, said so; one read
    // is read, whatever its text holds (an alerting rule's annotations, wrapped by go-yaml, may start a line with {{).
    Status status = readManifest(path, *text, sink);
    if (!status) {
        if (const int line = YamlInput::templateLine(*text); line > 0)
            return YamlInput::unrenderedTemplate(path, line, true);
    }
    return status;
}

Status K8sRbacImporter::readManifest(const QString& path, const QByteArray& text, RecordSink& sink)
{
    QJsonArray lists;
    bool array = false;
    // kubectl -o yaml output; a file named .json is JSON whatever it starts with, so its fault is named as JSON's.
    const bool yaml = YamlInput::looksLikeYaml(text) && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (yaml) {
        auto documents = YamlInput::parse(text, path);
        if (!documents)
            return documents.error();
        // `kubectl get -o yaml` of one kind is one document; a `---` stream holds several.
        lists = *documents;
        array = true;
        if (auto ending = checkEnding(path, text, lists, sink); !ending)
            return ending;
        if (m_context.defaultNamespace.isEmpty()) {
            if (const QString ns = namespaceItsBindingsGive(lists); !ns.isEmpty()) {
                giveNamespace(path, ns, lists, sink);
            } else if (std::any_of(lists.begin(), lists.end(), [](const QJsonValue& d) {
                           const QJsonObject o = d.toObject();
                           const QString kind = o.value(QStringLiteral("kind")).toString();
                           return isKnownKind(kind) && !kind.startsWith(QLatin1String("Cluster"))
                               && kind != QLatin1String("SecurityContextConstraints")
                               && !o.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("namespace"));
                       })) {
                m_context.deferred.append({ path, text, lists });
                return {};
            }
        }
    } else {
        auto document = JsonInput::parse(text, path);
        if (!document)
            return document.error();
        array = document->isArray();
        lists = array ? document->array() : QJsonArray { document->object() };
    }
    return readDocuments(path, text, lists, array, yaml);
}

void K8sRbacImporter::giveNamespace(const QString& path, const QString& ns, QJsonArray& documents, RecordSink& sink)
{
    int given = 0;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QJsonObject object = documents.at(i).toObject();
        const QString kind = object.value(QStringLiteral("kind")).toString();
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        if (metadata.contains(QStringLiteral("namespace")) || !isKnownKind(kind)
            || kind.startsWith(QLatin1String("Cluster")) || kind == QLatin1String("SecurityContextConstraints"))
            continue;
        metadata.insert(QStringLiteral("namespace"), ns);
        object.insert(QStringLiteral("metadata"), metadata);
        documents.replace(i, object);
        ++given;
    }
    sink.warning(tr("%1: %n object(s) name no namespace (a manifest applied with kubectl apply -n); taken "
                    "as %2, the namespace its ClusterRoleBindings give its service accounts (give the "
                    "namespace to say otherwise)",
                    nullptr, given)
                     .arg(path, SafeText::quote(ns)));
}

Status K8sRbacImporter::readDocuments(const QString& path, const QByteArray& text, const QJsonArray& lists, bool array,
                                      bool yaml)
{
    Context& context = m_context;
    context.path = path;
    const qint64 before = context.objects;
    if (array) {
        for (qsizetype i = 0; i < lists.size(); ++i) {
            const QString where = yaml ? tr("document %1").arg(i + 1) : QStringLiteral("[%1]").arg(i);
            if (lists.at(i).isNull())
                continue; // an empty document between two `---`
            // A kustomize JSON6902 patch (a list of {op, path, value}) sits beside the manifests it patches.
            const QJsonArray patch = lists.at(i).toArray();
            if (yaml && !patch.isEmpty() && patch.first().toObject().contains(QStringLiteral("op"))
                && patch.first().toObject().contains(QStringLiteral("path")))
                continue;
            if (!lists.at(i).isObject())
                return JsonInput::fieldError(path, where, tr("a Kubernetes List or object"));
            // kubectl writes a List's kind (and metadata) after its items: without it, the file ends inside them.
            const QJsonObject object = lists.at(i).toObject();
            // kubectl writes a List's apiVersion, then its items, then its kind: with the first and not the last,
            // and items of kubectl's own shape, the file ends inside them (other lists are read as before).
            const QJsonArray items = object.value(QStringLiteral("items")).toArray();
            if (yaml && object.contains(QStringLiteral("apiVersion")) && !object.contains(QStringLiteral("kind"))
                && !items.isEmpty() && items.first().toObject().contains(QStringLiteral("kind"))
                && items.first().toObject().contains(QStringLiteral("apiVersion")))
                return makeError(tr("%1: %2: a list of %n item(s) without the \"kind: List\" that kubectl writes after "
                                    "them: the file looks cut off",
                                    nullptr, int(items.size()))
                                     .arg(path, where));
            // A stream's last document with an apiVersion and nothing else is where a copy was cut (kubectl refuses
            // it: "Object 'Kind' is missing"); a Chart.yaml, which has no kind either, names its chart.
            const bool lastDocument = std::none_of(lists.begin() + i + 1, lists.end(),
                                                   [](const QJsonValue& next) { return !next.isNull(); });
            if (yaml && lastDocument && i > 0 && object.contains(QStringLiteral("apiVersion"))
                && !object.contains(QStringLiteral("kind"))
                && (object.size() == 1 || (object.size() == 2 && object.contains(QStringLiteral("metadata")))))
                return makeError(tr("%1: %2, the last, has an apiVersion but no kind, which kubectl refuses (\"Object "
                                    "'Kind' is missing\"): the file looks cut off there")
                                     .arg(path, where));
            // Cut inside a pod template, the missing serviceAccountName would read as the namespace's default
            // account: the object is not read (checkEnding said so).
            const QString kind = object.value(QStringLiteral("kind")).toString();
            if (yaml && lastDocument && !text.endsWith('\n') && (isWorkloadKind(kind) || kind == QLatin1String("Pod"))
                && !namesItsAccount(object))
                continue;
            if (auto status = collect(context, lists.at(i).toObject(), where, true); !status)
                return status;
        }
    } else if (auto status = collect(context, lists.first().toObject(), QString(), false); !status) {
        return status;
    }
    // A manifest folder holds Services and ConfigMaps too; such a file is passed over, named. A run that
    // lists nothing at all is refused in finish(): it would retire every service account.
    if (context.objects == before) {
        context.emptyFiles << path; // said in finish(): one line for a folder of Services, not one per file
        // What it held instead, to name in a refusal (an operator's custom resource, which makes the bindings).
        for (const QJsonValue& document : std::as_const(lists)) {
            QJsonArray objects = document.toObject().value(QStringLiteral("items")).toArray();
            if (objects.isEmpty())
                objects.append(document);
            for (const QJsonValue& o : std::as_const(objects)) {
                const QString kind = o.toObject().value(QStringLiteral("kind")).toString().left(60);
                if (!kind.isEmpty() && !context.otherKinds.contains(kind) && context.otherKinds.size() < 5)
                    context.otherKinds << kind;
            }
        }
    }
    return {};
}

// kubectl, Helm and kustomize end every file with a line break. Without one, the start of a verb was cut off, and the
// file may have lost its end: said, as a hand-written file may just lack the last line break.
Status K8sRbacImporter::checkEnding(const QString& path, const QByteArray& text, const QJsonArray& documents,
                                    RecordSink& sink)
{
    if (text.isEmpty() || text.endsWith('\n'))
        return {};
    QJsonObject last;
    int objects = 0;
    for (const QJsonValue& document : documents) {
        if (document.isObject()) {
            last = document.toObject();
            ++objects;
        }
    }
    const int line = int(text.count('\n')) + 1;
    QString lastLine = QString::fromUtf8(text.mid(text.lastIndexOf('\n') + 1)).trimmed();
    // A bare word where the mapping's keys are ("subje" for subjects:) is a key cut short. A block scalar's text, a
    // plain scalar going on or a flow list's end sit deeper, follow a | or >, or are no bare word.
    const QByteArray lastRaw = text.mid(text.lastIndexOf('\n') + 1);
    const QByteArray before = text.left(std::max<qsizetype>(0, text.lastIndexOf('\n')));
    QByteArray previous;
    for (qsizetype end = before.size(); end > 0 && previous.trimmed().isEmpty();) {
        const qsizetype start = before.lastIndexOf('\n', end - 1) + 1;
        previous = before.mid(start, end - start);
        end = start - 1;
    }
    const auto leading = [](const QByteArray& l) {
        qsizetype n = 0;
        while (n < l.size() && l.at(n) == ' ')
            ++n;
        return n;
    };
    static const QRegularExpression bareWord(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    static const QRegularExpression blockHeader(QStringLiteral(R"([|>][-+0-9]*\s*(#.*)?$)"));
    if (objects > 0 && bareWord.match(lastLine).hasMatch() && leading(lastRaw) <= leading(previous)
        && previous.contains(':') && !blockHeader.match(QString::fromUtf8(previous.trimmed())).hasMatch())
        return makeError(tr("%1: line %2: \"%3\" ends the file without a line break or the colon of a key: it looks "
                            "cut off")
                             .arg(path)
                             .arg(line)
                             .arg(lastLine.left(100)));
    if (lastLine.startsWith(u'-'))
        lastLine = lastLine.mid(1).trimmed();
    const QString kind = last.value(QStringLiteral("kind")).toString();
    const QJsonArray rules = last.value(QStringLiteral("rules")).toArray();
    if (kind.endsWith(QLatin1String("Role")) && !rules.isEmpty()) {
        const QStringList verbs = strings(rules.last().toObject().value(QStringLiteral("verbs")));
        if (!verbs.isEmpty() && verbs.last() == lastLine && K8sResources::isCutVerb(lastLine))
            return makeError(tr("%1: line %2: \"%3\" is the start of a Kubernetes verb, and the file ends there "
                                "without a line break: it looks cut off")
                                 .arg(path)
                                 .arg(line)
                                 .arg(lastLine.left(100)));
    }
    // One object of the kinds read here, cut after a whole line (a rendered chart's clusterrole.yaml), loses rules
    // in silence otherwise; a hand-written file without the last line break is only told so.
    if ((isWorkloadKind(kind) || kind == QLatin1String("Pod")) && !namesItsAccount(last)) {
        sink.warning(tr("%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always "
                        "write: the file looks cut off inside %3 %4, which is not read (its service account may be "
                        "what is missing), and what followed is missing")
                         .arg(path)
                         .arg(line)
                         .arg(kind,
                              last.value(QStringLiteral("metadata"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString()
                                  .left(100)));
    } else if (objects > 1 || isKnownKind(kind)) {
        sink.warning(tr("%1: line %2 ends the file without a line break, which kubectl, Helm and kustomize always "
                        "write: if the file was cut off, %3 %4 at its end may be incomplete and what followed is "
                        "missing")
                         .arg(path)
                         .arg(line)
                         .arg(kind.isEmpty() ? tr("the object") : kind,
                              last.value(QStringLiteral("metadata"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString()
                                  .left(100)));
    }
    return {};
}

Status K8sRbacImporter::addList(const QJsonObject& list, const QString& origin)
{
    m_context.path = origin;
    return collect(m_context, list, QString(), true);
}

void K8sRbacImporter::start()
{
    m_context = Context();
    m_context.defaultNamespace = m_defaultNamespace;
}

Status K8sRbacImporter::finish(RecordSink& sink)
{
    Context& context = m_context;
    // The files that named no namespace, now that every file's ClusterRoleBindings are known (Strimzi's install
    // folder: its ServiceAccount in one file, the bindings that name its namespace in others).
    if (!context.deferred.isEmpty()) {
        QJsonArray all;
        for (const Context::Deferred& file : std::as_const(context.deferred))
            for (const QJsonValue& document : file.documents)
                all.append(document);
        for (const Item& binding : std::as_const(context.bindings))
            all.append(binding.json);
        const QString ns = namespaceItsBindingsGive(all);
        const QList<Context::Deferred> deferred = std::exchange(context.deferred, {});
        for (Context::Deferred file : deferred) {
            if (!ns.isEmpty())
                giveNamespace(file.path, ns, file.documents, sink);
            if (auto status = readDocuments(file.path, file.text, file.documents, true, true); !status)
                return status;
        }
    }
    if (context.objects == 0 && !context.emptyFiles.isEmpty()) {
        if (!context.otherKinds.isEmpty())
            return makeError(
                tr("%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod "
                   "or workload objects, only %2: expected the output of kubectl get … -o json or -o "
                   "yaml, or RBAC manifests (what an operator's resources make: kubectl get "
                   "serviceaccounts,roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml)")
                    .arg(context.emptyFiles.join(QStringLiteral(", ")),
                         SafeText::quote(context.otherKinds.join(QStringLiteral(", ")))));
        return makeError(
            tr("%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or "
               "workload objects: expected the output of kubectl get … -o json or -o yaml, or RBAC manifests")
                .arg(context.emptyFiles.join(QStringLiteral(", "))));
    }
    if (context.emptyFiles.size() > 3) {
        sink.warning(tr("%n files hold no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, "
                        "Pod or workload objects (Services, ConfigMaps…) and were passed over, %1 among them",
                        nullptr, int(context.emptyFiles.size()))
                         .arg(context.emptyFiles.first()));
    } else {
        for (const QString& file : std::as_const(context.emptyFiles))
            sink.warning(tr("%1: no ServiceAccount, Role, ClusterRole, RoleBinding, ClusterRoleBinding, Secret, Pod or "
                            "workload objects; passed over")
                             .arg(file));
    }
    // Kustomize renames and moves what it builds (namePrefix, namespace): the sources name what is not deployed.
    for (const QString& file : std::as_const(context.emptyFiles)) {
        const QString name = QFileInfo(file).fileName();
        if (name == QLatin1String("kustomization.yaml") || name == QLatin1String("kustomization.yml")
            || name == QLatin1String("Kustomization")) {
            sink.warning(tr("%1: a kustomization beside these manifests may rename them and set their namespace; "
                            "import what kubectl kustomize (or kubectl get -o yaml) gives for what is deployed")
                             .arg(file));
            break;
        }
    }
    useDefaultRoles(context, sink);
    aggregate(context, sink);
    for (const Item& item : std::as_const(context.serviceAccounts)) {
        if (auto status = readServiceAccount(context, item); !status)
            return status;
    }
    for (const Item& item : std::as_const(context.bindings)) {
        if (auto status = readBinding(context, item, sink); !status)
            return status;
    }
    for (const Item& item : std::as_const(context.secrets)) {
        if (auto status = readSecret(context, item, sink); !status)
            return status;
    }
    for (const Item& item : std::as_const(context.pods)) {
        if (auto status = readPod(context, item); !status)
            return status;
    }
    for (const Item& item : std::as_const(context.constraints)) {
        if (auto status = readConstraints(context, item, sink); !status)
            return status;
    }

    // Group bindings cover every account of the cluster or namespace that the input knows of.
    for (const auto& [ns, grants] : std::as_const(context.groupGrants)) {
        for (StagedIdentity& staged : context.identities) {
            if (!ns.isEmpty() && staged.scope != QStringLiteral("namespace:") + ns)
                continue;
            for (const Grant& grant : grants)
                addGrant(context, staged, grant);
        }
    }
    markHostAccess(context);
    for (const QString& ns : std::as_const(context.listedNamespaces))
        sink.complete(source(), QStringLiteral("namespace:") + ns);

    // Roles alone (a rule file, a chart's ClusterRoles) say what could be held, not who holds it.
    if (context.identities.isEmpty() && context.bindings.isEmpty()
        && (!context.roles.isEmpty() || !context.clusterRoles.isEmpty())) {
        sink.warning(tr("%n role(s) but no binding or service account: nothing in the input holds them; give the "
                        "bindings too (kubectl get serviceaccounts,roles,rolebindings,clusterroles,"
                        "clusterrolebindings -A -o yaml)",
                        nullptr, int(context.roles.size() + context.clusterRoles.size())));
    }
    // A service account's grants live in bindings: an input without both kinds (a ServiceAccount alone, a chart's
    // ClusterRoleBinding) proves gone only what the bindings and SCCs it holds no longer grant, and adds what it shows.
    // A cluster's own listing (kubectl get … -A as a List, the live API) holds every binding; one app's manifests do
    // not, whatever kinds they ship.
    const bool bindingsListed
        = context.clusterRoleBindings && !context.roleBindingNamespaces.isEmpty() && context.bindingsAsList;
    // A binding whose role the input leaves out shows its accounts a stand-in: what an earlier input resolved through
    // it stays with them. An account it no longer names has lost it all the same.
    context.listedVia.removeIf([&context](const QString& via) { return context.unresolvedVia.contains(via); });
    if (!bindingsListed) {
        for (const QString& via : std::as_const(context.retireVia))
            sink.grantsListed(source(), via);
    }
    // A listed namespace where a Pod or a token Secret names an account the list lacks: the list is partial there.
    QSet<QString> partialNamespaces;
    for (const StagedIdentity& staged : std::as_const(context.identities)) {
        if (context.namedElsewhere.contains(staged.identity.nativeId)
            && !context.declaredAccounts.contains(staged.identity.nativeId))
            partialNamespaces.insert(staged.scope.mid(QStringLiteral("namespace:").size()));
    }
    for (StagedIdentity& staged : context.identities) {
        // Named only by a binding in a namespace whose accounts the input lists, and not among them: no such account
        // exists (RBAC never checks that a subject does). Nothing holds its grants until someone makes an account of
        // that name, who then gets them all: said, and not taken for an identity (the listing retires a stored one).
        // Every namespace has its default account, listed or not.
        const QString ns = staged.scope.mid(QStringLiteral("namespace:").size());
        if (context.listedNamespaces.contains(ns) && !partialNamespaces.contains(ns)
            && !context.declaredAccounts.contains(staged.identity.nativeId)
            && context.namedByBinding.contains(staged.identity.nativeId)
            && !context.namedElsewhere.contains(staged.identity.nativeId)
            && !staged.identity.nativeId.endsWith(QLatin1String(":default"))) {
            QStringList vias;
            for (const Grant& g : std::as_const(staged.grants)) {
                const QString binding = g.grantedVia.section(QStringLiteral(" -> "), 0, 0);
                // A group's binding covers whatever accounts exist; it names none.
                if (!binding.isEmpty() && !g.grantedVia.contains(QLatin1String(" (group ")) && !vias.contains(binding))
                    vias << binding;
            }
            vias.sort();
            if (!vias.isEmpty())
                sink.warning(tr("%1 names service account %2, which the input's list of namespace %3's accounts does "
                                "not hold: no such account exists, so nothing holds what it grants; whoever makes an "
                                "account of that name gets it (%n grant(s))",
                                nullptr, int(staged.grants.size()))
                                 .arg(vias.join(QStringLiteral(", ")), staged.identity.displayName, ns));
            continue;
        }
        if (!bindingsListed) {
            staged.grantsKnown = false;
            staged.grantsListedVia = context.listedVia;
            // An account such a binding no longer covers (its group narrowed to another namespace) has lost what it
            // gave: the binding is in the input and gives this account nothing, not even a stand-in.
            for (const QString& via : std::as_const(context.unresolvedVia)) {
                const QStringView prefix = QStringView(via).chopped(1);
                if (std::none_of(staged.grants.cbegin(), staged.grants.cend(),
                                 [&](const Grant& g) { return g.grantedVia.startsWith(prefix); }))
                    staged.grantsListedVia << via;
            }
        }
        // Token Secrets are their own objects: without them the input shows only the tokens an account names; and
        // without the account, only the tokens its Secrets hold (not the legacy one the account lists).
        if (context.secrets.isEmpty() || !context.declaredAccounts.contains(staged.identity.nativeId))
            staged.credentialsKnown = false;
        // A legacy token's last use is a use of its service account.
        for (const Credential& c : std::as_const(staged.credentials)) {
            if (c.lastUsedAt.isValid()
                && (!staged.identity.lastUsedAt.isValid() || c.lastUsedAt > staged.identity.lastUsedAt))
                staged.identity.lastUsedAt = c.lastUsedAt;
        }
        sink.identity(std::move(staged));
    }
    return {};
}

namespace {

// A Kubernetes label selector: every matchLabels pair and every matchExpressions requirement hold.
bool selects(const QJsonObject& selector, const QJsonObject& labels)
{
    const QJsonObject matchLabels = selector.value(QStringLiteral("matchLabels")).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it) {
        if (!labels.contains(it.key()) || labels.value(it.key()).toString() != it.value().toString())
            return false;
    }
    for (const QJsonValue& e : selector.value(QStringLiteral("matchExpressions")).toArray()) {
        const QJsonObject requirement = e.toObject();
        const QString key = requirement.value(QStringLiteral("key")).toString();
        const QString op = requirement.value(QStringLiteral("operator")).toString();
        const QStringList values = strings(requirement.value(QStringLiteral("values")));
        const bool has = labels.contains(key);
        const QString value = labels.value(key).toString();
        if ((op == QLatin1String("In") && !(has && values.contains(value)))
            || (op == QLatin1String("NotIn") && has && values.contains(value))
            || (op == QLatin1String("Exists") && !has) || (op == QLatin1String("DoesNotExist") && has))
            return false;
        if (op != QLatin1String("In") && op != QLatin1String("NotIn") && op != QLatin1String("Exists")
            && op != QLatin1String("DoesNotExist"))
            return false; // an operator RBAC does not know selects nothing
    }
    return true;
}

} // namespace

void K8sRbacImporter::useDefaultRoles(Context& context, RecordSink& sink)
{
    const QHash<QString, K8sDefaultRoles::Role>& defaults = K8sDefaultRoles::all();
    QSet<QString> wanted;
    for (const Item& item : std::as_const(context.bindings)) {
        const QJsonObject roleRef = item.json.value(QStringLiteral("roleRef")).toObject();
        const QString kind = roleRef.value(QStringLiteral("kind")).toString();
        const QString name = roleRef.value(QStringLiteral("name")).toString();
        // OpenShift's bindings may name a cluster role without a kind (readBinding says so too).
        const bool clusterRole = kind == QLatin1String("ClusterRole")
            || (kind.isEmpty() && roleRef.value(QStringLiteral("namespace")).toString().isEmpty());
        if (clusterRole && !context.clusterRoles.contains(name) && defaults.contains(name))
            wanted.insert(name);
        if (kind == QLatin1String("Role")
            && item.json.value(QStringLiteral("kind")).toString() == QLatin1String("RoleBinding")) {
            const QString key = item.json.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("namespace"))
                                    .toString(context.defaultNamespace)
                + u'/' + name;
            if (!context.roles.contains(key) && defaults.contains(key)) {
                context.roles.insert(key, defaults.value(key).rules);
                wanted.insert(key);
            }
        }
    }
    if (wanted.isEmpty())
        return;
    // admin gathers edit, which gathers view, each with its system:aggregate-to-* role: the defaults the input lacks
    // join them as in the cluster, beside any role of the input labelled to (a chart's CRD permissions).
    const bool aggregated = std::any_of(wanted.cbegin(), wanted.cend(), [&defaults](const QString& name) {
        return !defaults[name].selectors.isEmpty();
    });
    QStringList used;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (it.key().contains(u'/')) {
            if (wanted.contains(it.key()))
                used << it.key();
            continue; // a namespace's Role, in place above
        }
        if (context.clusterRoles.contains(it.key()) || context.clusterRoleLabels.contains(it.key()))
            continue;
        if (!wanted.contains(it.key()) && !(aggregated && K8sDefaultRoles::feedsAggregate(it->labels)))
            continue;
        context.clusterRoles.insert(it.key(), it->rules);
        context.clusterRoleLabels.insert(it.key(), it->labels);
        if (!it->selectors.isEmpty())
            context.aggregationSelectors.insert(it.key(), it->selectors);
        if (wanted.contains(it.key()))
            used << it.key();
    }
    used.sort();
    sink.warning(tr("%n role(s) the bindings name, Kubernetes' own, are not in the input: %1; their default rules "
                    "are used, which the API server restores at every start",
                    nullptr, int(used.size()))
                     .arg(used.join(QStringLiteral(", "))));
}

void K8sRbacImporter::aggregate(Context& context, RecordSink& sink)
{
    if (context.aggregationSelectors.isEmpty())
        return;
    // A cluster's own output already holds the aggregated rules; a manifest or chart leaves them to the controller.
    // Aggregated roles may feed others (view -> edit -> admin): repeat until nothing changes, at most once per role.
    auto key = [](const QJsonValue& rule) {
        return QJsonDocument(rule.toObject()).toJson(QJsonDocument::Compact);
    };
    // Which roles feed which (labels do not change), and each rule as a key, worked out once.
    QHash<QString, QStringList> feeds;
    for (auto it = context.aggregationSelectors.cbegin(); it != context.aggregationSelectors.cend(); ++it) {
        for (auto role = context.clusterRoleLabels.cbegin(); role != context.clusterRoleLabels.cend(); ++role) {
            if (role.key() != it.key()
                && std::any_of(it.value().begin(), it.value().end(),
                               [&](const QJsonValue& selector) { return selects(selector.toObject(), role.value()); }))
                feeds[it.key()] << role.key();
        }
    }
    QHash<QString, QSet<QByteArray>> held;
    for (auto it = context.clusterRoles.cbegin(); it != context.clusterRoles.cend(); ++it) {
        for (const QJsonValue& rule : it.value())
            held[it.key()].insert(key(rule));
    }
    qint64 total = 0;
    bool changed = true;
    for (qsizetype round = 0; changed && round <= context.aggregationSelectors.size(); ++round) {
        changed = false;
        for (auto it = feeds.cbegin(); it != feeds.cend(); ++it) {
            QJsonArray rules = context.clusterRoles.value(it.key());
            QSet<QByteArray>& mine = held[it.key()];
            for (const QString& source : it.value()) {
                const QJsonArray theirs = context.clusterRoles.value(source);
                for (const QJsonValue& rule : theirs) {
                    QByteArray k = key(rule);
                    if (mine.contains(k))
                        continue;
                    mine.insert(std::move(k));
                    rules.append(rule);
                    changed = true;
                    // Crafted roles that all select each other must not run away.
                    if (++total > kMaxGrantsPerBinding) {
                        sink.warning(tr("ClusterRole aggregation stopped at %L1 rules; the limit is %L1")
                                         .arg(kMaxGrantsPerBinding));
                        context.clusterRoles.insert(it.key(), rules);
                        return;
                    }
                }
            }
            context.clusterRoles.insert(it.key(), rules);
        }
    }
    for (auto it = context.aggregationSelectors.cbegin(); it != context.aggregationSelectors.cend(); ++it) {
        if (context.clusterRoles.value(it.key()).isEmpty()) {
            // Nothing in the input feeds it: what it allows is unknown, not nothing.
            context.clusterRoles.remove(it.key());
            sink.warning(
                tr("ClusterRole %1 aggregates other roles, but none it selects is in the input: its bindings are "
                   "kept as unresolved")
                    .arg(it.key().left(100)));
        }
    }
}

Status K8sRbacImporter::collect(Context& context, const QJsonObject& object, const QString& where, bool inStream)
{
    // A binding or SCC that grants through a group reaches accounts it does not name: none is proven to have lost it.
    auto throughGroup = [](const QJsonObject& json) {
        for (const QJsonValue& subject : json.value(QStringLiteral("subjects")).toArray()) {
            if (subject.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("Group"))
                return true;
        }
        return !json.value(QStringLiteral("groups")).toArray().isEmpty();
    };
    auto add = [&context, &throughGroup](const QJsonObject& json, const QString& itemWhere, bool listed = false) {
        const QString kind = json.value(QStringLiteral("kind")).toString();
        const QJsonObject metadata = json.value(QStringLiteral("metadata")).toObject();
        const QString name = metadata.value(QStringLiteral("name")).toString();
        if (isWorkloadKind(kind)) {
            // A Deployment's ReplicaSets (old ones kept, scaled to none) and a CronJob's Jobs repeat their owner's
            // template, maybe as it was: the owner says which account its pods run as now.
            const QJsonArray owners = metadata.value(QStringLiteral("ownerReferences")).toArray();
            if (std::any_of(owners.begin(), owners.end(), [](const QJsonValue& owner) {
                    const QString ownerKind = owner.toObject().value(QStringLiteral("kind")).toString();
                    return ownerKind == QLatin1String("Deployment") || ownerKind == QLatin1String("CronJob");
                }))
                return;
            const QJsonObject podTemplate = podTemplateOf(json);
            if (podTemplate.isEmpty())
                return; // a fragment without its pod template names no account
            ++context.objects;
            // Read as a pod of the workload's namespace, errors naming the workload's own fields.
            QJsonObject pod;
            pod.insert(QStringLiteral("kind"), kind);
            pod.insert(QStringLiteral("metadata"), metadata);
            pod.insert(QStringLiteral("spec"), podTemplate.value(QStringLiteral("spec")));
            context.pods << Item { pod, itemWhere, context.path };
            return;
        }
        ++context.objects;
        if (kind == QLatin1String("Role")) {
            context.roles.insert(metadata.value(QStringLiteral("namespace")).toString(context.defaultNamespace) + u'/'
                                     + name,
                                 json.value(QStringLiteral("rules")).toArray());
        } else if (kind == QLatin1String("ClusterRole")) {
            context.clusterRoles.insert(name, json.value(QStringLiteral("rules")).toArray());
            context.clusterRoleLabels.insert(name, metadata.value(QStringLiteral("labels")).toObject());
            const QJsonArray selectors = json.value(QStringLiteral("aggregationRule"))
                                             .toObject()
                                             .value(QStringLiteral("clusterRoleSelectors"))
                                             .toArray();
            if (!selectors.isEmpty())
                context.aggregationSelectors.insert(name, selectors);
        } else if (kind == QLatin1String("ServiceAccount"))
            context.serviceAccounts << Item { json, itemWhere, context.path, listed };
        else if (kind.endsWith(QLatin1String("RoleBinding"))) {
            context.bindings << Item { json, itemWhere, context.path };
            context.bindingsAsList = context.bindingsAsList || listed;
            // As readBinding names what the binding grants.
            QString via;
            if (kind == QLatin1String("ClusterRoleBinding")) {
                context.clusterRoleBindings = true;
                via = QStringLiteral("clusterrolebinding/") + name + QStringLiteral(" -> *");
            } else {
                const QString ns = metadata.value(QStringLiteral("namespace")).toString(context.defaultNamespace);
                context.roleBindingNamespaces.insert(ns);
                via = QStringLiteral("rolebinding/") + ns + u'/' + name + QStringLiteral(" -> *");
            }
            context.listedVia << via;
            if (!throughGroup(json))
                context.retireVia << via;
        } else if (kind == QLatin1String("Secret"))
            context.secrets << Item { json, itemWhere, context.path };
        else if (kind == QLatin1String("Pod"))
            context.pods << Item { json, itemWhere, context.path };
        else if (kind == QLatin1String("SecurityContextConstraints")) {
            context.constraints << Item { json, itemWhere, context.path };
            const QString via = QStringLiteral("securitycontextconstraints/") + name + QStringLiteral(" (*");
            context.listedVia << via;
            if (!throughGroup(json))
                context.retireVia << via;
        }
    };

    const QString kind = object.value(QStringLiteral("kind")).toString();
    const QJsonValue items = object.value(QStringLiteral("items"));
    // A list without a kind of its own (some collectors write {"apiVersion", "items"}) is read by its items' kinds.
    if ((kind.endsWith(QLatin1String("List")) || kind.isEmpty()) && items.isArray()) {
        // kubectl's List sets kind on each item; the raw API's RoleList and friends leave it off.
        const QString itemKind = kind.isEmpty() ? QString() : kind.chopped(4);
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject item = array.at(i).toObject();
            if (!item.contains(QStringLiteral("kind")) && !itemKind.isEmpty())
                item.insert(QStringLiteral("kind"), itemKind);
            // A List may mix in other kinds (kubectl get all); they carry no identity.
            if (!isKnownKind(item.value(QStringLiteral("kind")).toString()))
                continue;
            const QString itemWhere = at(where, QStringLiteral("items[%1]").arg(i));
            if (auto checked = checkRules(context.path, itemWhere, item); !checked)
                return checked;
            add(item, itemWhere, true);
        }
        return {};
    }
    // A manifest stream mixes in Namespaces, Services, ConfigMaps…: they carry no identity.
    if (!isKnownKind(kind) && inStream)
        return {}; // values.yaml, Chart.yaml and CI files in a manifest folder carry no kind at all
    if (!isKnownKind(kind)) {
        return JsonInput::fieldError(
            context.path, at(where, QStringLiteral("kind")),
            tr("a Kubernetes List or a ServiceAccount, Role, ClusterRole, RoleBinding, "
               "ClusterRoleBinding, Secret, Pod or workload (Deployment, StatefulSet, DaemonSet, Job…)"));
    }
    if (auto checked = checkRules(context.path, where, object); !checked)
        return checked;
    add(object, where);
    return {};
}

Status K8sRbacImporter::readServiceAccount(Context& context, const Item& item) const
{
    auto metadata = metadataOf(item.path, item, true, context.defaultNamespace);
    if (!metadata)
        return metadata.error();
    if (item.listed)
        context.listedNamespaces.insert(metadata->ns);
    StagedIdentity& staged = identityFor(context, metadata->ns, metadata->name);
    context.declaredAccounts.insert(staged.identity.nativeId);
    staged.identity.createdAt = metadata->created;
    staged.identity.businessOwner = ownerOf(metadata->json);
    // Before Kubernetes 1.24 the token controller made each account a token Secret that never expires, named
    // ACCOUNT-token-XXXXX, and listed it here; other names are secrets its pods may mount, not its credentials.
    // The Secret itself, when the input holds it too, says more (when it was made, when last used).
    static const QRegularExpression legacyToken(QStringLiteral("^(.+)-token-[a-z0-9]{5}$"));
    const QJsonArray secrets = item.json.value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue& secret : secrets) {
        const QString name = secret.toObject().value(QStringLiteral("name")).toString();
        const QRegularExpressionMatch match = legacyToken.match(name);
        if (!match.hasMatch() || match.captured(1) != metadata->name)
            continue;
        Credential credential;
        credential.credentialId = metadata->ns + u'/' + name;
        credential.type = QStringLiteral("sa-token");
        if (!context.credentialKeys.contains(credential.credentialId)) {
            context.credentialKeys.insert(credential.credentialId);
            staged.credentials << credential;
        }
    }
    return {};
}

Status K8sRbacImporter::readBinding(Context& context, const Item& item, RecordSink& sink) const
{
    const bool cluster = item.json.value(QStringLiteral("kind")).toString() == QLatin1String("ClusterRoleBinding");
    auto metadata = metadataOf(item.path, item, !cluster, context.defaultNamespace);
    if (!metadata)
        return metadata.error();
    const QString& name = metadata->name;
    const QString& ns = metadata->ns;
    const QDateTime& grantedAt = metadata->created;
    const QJsonObject roleRef = item.json.value(QStringLiteral("roleRef")).toObject();
    QString roleKind = roleRef.value(QStringLiteral("kind")).toString();
    const QString roleName = roleRef.value(QStringLiteral("name")).toString();
    // OpenShift's own RoleBinding (authorization.openshift.io, and v1 in OpenShift 3) names the role without a
    // kind: a cluster role unless the reference names a namespace.
    if (roleKind.isEmpty()
        && !item.json.value(QStringLiteral("apiVersion"))
                .toString()
                .startsWith(QLatin1String("rbac.authorization.k8s.io")))
        roleKind = roleRef.value(QStringLiteral("namespace")).toString().isEmpty() ? QStringLiteral("ClusterRole")
                                                                                   : QStringLiteral("Role");
    if (roleName.isEmpty() || (roleKind != QLatin1String("Role") && roleKind != QLatin1String("ClusterRole")))
        return JsonInput::fieldError(item.path, at(item.where, QStringLiteral("roleRef")),
                                     tr("a Role or ClusterRole reference"));
    // The API server refuses a ClusterRoleBinding to a Role (roleRef.kind: supported values: "ClusterRole"): such
    // an object grants nothing, and no Role's rules are missing from the input.
    if (cluster && roleKind == QLatin1String("Role")) {
        sink.warning(
            tr("%1: %2: ClusterRoleBinding %3 refers to Role %4, which the API server refuses (a "
               "ClusterRoleBinding refers to a ClusterRole only): it grants nothing; not applied")
                .arg(item.path, at(item.where, QStringLiteral("roleRef")), name.left(100), roleName.left(100)));
        return {};
    }

    const QString binding = cluster ? QString(QStringLiteral("clusterrolebinding/") + name)
                                    : QString(QStringLiteral("rolebinding/") + ns + u'/' + name);
    const QString via = binding + QStringLiteral(" -> ") + roleKind.toLower() + u'/' + roleName;
    // A RoleBinding grants even a ClusterRole's rules only inside its own namespace.
    const QString scope = cluster ? QStringLiteral("cluster") : QString(QStringLiteral("ns:") + ns);
    const bool namespacedRole = roleKind == QLatin1String("Role");
    qint64 expanded = 0;
    const QHash<QString, QJsonArray>& table = namespacedRole ? context.roles : context.clusterRoles;
    const auto rules = table.constFind(namespacedRole ? QString(ns + u'/' + roleName) : roleName);
    QStringList notEffective;
    if (rules == table.constEnd())
        context.unresolvedVia.insert(binding + QStringLiteral(" -> *"));
    const QList<Grant> grants = rules != table.constEnd()
        ? grantsFromRules(*rules, scope, via, grantedAt, &expanded, &notEffective)
        : QList<Grant> { Grant { 0, 0, QStringLiteral("role:") + roleKind + u'/' + roleName,
                                 cluster ? QStringLiteral("unresolved") : QStringLiteral("unresolved;ns:") + ns, via,
                                 grantedAt } };
    if (expanded > kMaxGrantsPerBinding) {
        return makeError(tr("%1: %2: %3 %4 expands to %L5 grants (verbs × resources); the limit is %L6")
                             .arg(item.path, at(item.where, QStringLiteral("roleRef")), roleKind, roleName.left(100))
                             .arg(expanded)
                             .arg(kMaxGrantsPerBinding));
    }

    if (!notEffective.isEmpty()) {
        sink.warning(tr("%1: %2: %3 grants %4 %5 inside namespace %6 only, where cluster-wide resources and URLs do "
                        "not exist: not counted for %7")
                         .arg(item.path, at(item.where, QStringLiteral("roleRef")), binding, roleKind,
                              roleName.left(100), ns, notEffective.join(QStringLiteral(", ")).left(300)));
    }
    const QJsonArray subjects = item.json.value(QStringLiteral("subjects")).toArray();
    for (qsizetype i = 0; i < subjects.size(); ++i) {
        const QJsonObject subject = subjects.at(i).toObject();
        const QString kind = subject.value(QStringLiteral("kind")).toString();
        const QString subjectName = subject.value(QStringLiteral("name")).toString();
        QString accountNs;
        QString accountName;
        if (kind == QLatin1String("ServiceAccount")) {
            // RBAC reads a missing subject namespace as the RoleBinding's own.
            accountNs = subject.value(QStringLiteral("namespace")).toString(cluster ? QString() : ns);
            accountName = subjectName;
            // A ClusterRoleBinding must name the account's namespace; manifests written for kustomize leave it to
            // kustomize's namespace setting, which --namespace stands for here.
            if (accountNs.isEmpty() && cluster && !subjectName.isEmpty()) {
                if (context.defaultNamespace.isEmpty()) {
                    sink.warning(tr("%1: %2: %3 binds %4 %5 to service account %6 without a namespace, which the API "
                                    "server refuses: not applied; give the namespace it is deployed in (--namespace) "
                                    "or import what kubectl kustomize gives")
                                     .arg(item.path, at(item.where, QStringLiteral("subjects[%1]").arg(i)), binding,
                                          roleKind, roleName.left(100), subjectName.left(100)));
                    continue;
                }
                accountNs = context.defaultNamespace;
                sink.warning(tr("%1: %2: %3 names service account %4 without a namespace; taken as %5, the namespace "
                                "given")
                                 .arg(item.path, at(item.where, QStringLiteral("subjects[%1]").arg(i)), binding,
                                      subjectName.left(100), accountNs));
            }
        } else if (kind == QLatin1String("User") && subjectName.startsWith(kServiceAccountPrefix)) {
            const QStringList parts = subjectName.mid(kServiceAccountPrefix.size()).split(u':');
            if (parts.size() == 2) {
                accountNs = parts.at(0);
                accountName = parts.at(1);
            }
        } else if (kind == QLatin1String("Group")
                   && (subjectName == kServiceAccountsGroup || subjectName.startsWith(kServiceAccountsGroup + u':')
                       || subjectName == QLatin1String("system:authenticated"))) {
            // Every service account is in system:serviceaccounts, system:serviceaccounts:NS and
            // system:authenticated (Kubernetes "Service account permissions"): the default discovery and
            // self-review roles reach them that way.
            QList<Grant> viaGroup = grants;
            for (Grant& grant : viaGroup)
                grant.grantedVia += QStringLiteral(" (group %1)").arg(subjectName);
            const QString groupNs = subjectName.startsWith(kServiceAccountsGroup + u':')
                ? subjectName.mid(kServiceAccountsGroup.size() + 1)
                : QString();
            context.groupGrants.append({ groupNs, viaGroup });
            continue;
        } else {
            continue; // other groups and people are outside a non-human inventory
        }
        // The API server keeps a subject's namespace as written: one that is no namespace name (a template's
        // placeholder) binds no account that can exist.
        if (!accountNs.isEmpty() && !isNamespaceName(accountNs)) {
            sink.warning(tr("%1: %2: %3 binds service account %4 in \"%5\", which is no namespace name (a template's "
                            "placeholder?): no account can be there, passed over")
                             .arg(item.path, at(item.where, QStringLiteral("subjects[%1]").arg(i)), binding,
                                  accountName.left(100), SafeText::quote(accountNs)));
            continue;
        }
        if (accountNs.isEmpty() || accountName.isEmpty()) {
            sink.skipped(tr("%1: %2: a service account subject without a namespace or name")
                             .arg(item.path, at(item.where, QStringLiteral("subjects[%1]").arg(i))));
            continue;
        }
        StagedIdentity& staged = identityFor(context, accountNs, accountName);
        context.namedByBinding.insert(staged.identity.nativeId);
        for (const Grant& grant : grants)
            addGrant(context, staged, grant);
    }
    return {};
}

Status K8sRbacImporter::readConstraints(Context& context, const Item& item, RecordSink& sink) const
{
    // An OpenShift SecurityContextConstraints lets the users and groups it lists run pods under it, as RBAC's "use"
    // on securitycontextconstraints/NAME does (OpenShift docs, "Managing security context constraints"): the same
    // grant, reached through the SCC's own lists.
    auto metadata = metadataOf(item.path, item, false);
    if (!metadata)
        return metadata.error();
    const QString base = QStringLiteral("securitycontextconstraints/") + metadata->name;
    // What lets a pod under it reach its node (OpenShift docs: privileged, host namespaces, host paths; host ports
    // alone reach no further than the pod's own) is kept for markHostAccess.
    QStringList hostAccess;
    for (const auto& [field, shown] :
         { std::pair { "allowPrivilegedContainer", "privileged" }, std::pair { "allowHostPID", "hostPID" },
           std::pair { "allowHostIPC", "hostIPC" }, std::pair { "allowHostNetwork", "hostNetwork" },
           std::pair { "allowHostDirVolumePlugin", "hostPath" } }) {
        if (item.json.value(QLatin1String(field)).toBool())
            hostAccess << QLatin1String(shown);
    }
    context.hostAccess.insert(metadata->name, hostAccess); // also when empty: it stands for OpenShift's own
    const Grant use { 0,
                      0,
                      QStringLiteral("use securitycontextconstraints"),
                      QStringLiteral("cluster;apiGroups=security.openshift.io;names=") + metadata->name,
                      QString(),
                      metadata->created };
    bool anyAccount = false;
    const QStringList users = strings(item.json.value(QStringLiteral("users")));
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (!users.at(i).startsWith(kServiceAccountPrefix))
            continue; // people and system users are outside a non-human inventory
        const QStringList parts = users.at(i).mid(kServiceAccountPrefix.size()).split(u':');
        anyAccount = true; // a malformed one is named below, not as none
        if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
            sink.skipped(tr("%1: %2: a service account user without a namespace or name")
                             .arg(item.path, at(item.where, QStringLiteral("users[%1]").arg(i))));
            continue;
        }
        Grant grant = use;
        grant.grantedVia = base + QStringLiteral(" (users)");
        addGrant(context, identityFor(context, parts.at(0), parts.at(1)), grant);
    }
    for (const QString& group : strings(item.json.value(QStringLiteral("groups")))) {
        // Every service account is in system:serviceaccounts, its namespace's group and system:authenticated (older
        // OpenShift releases grant the restricted SCC to the last).
        if (group != kServiceAccountsGroup && !group.startsWith(kServiceAccountsGroup + u':')
            && group != QLatin1String("system:authenticated"))
            continue;
        Grant grant = use;
        grant.grantedVia = base + QStringLiteral(" (group %1)").arg(group);
        const QString groupNs
            = group.startsWith(kServiceAccountsGroup + u':') ? group.mid(kServiceAccountsGroup.size() + 1) : QString();
        context.groupGrants.append({ groupNs, QList<Grant> { grant } });
        anyAccount = true;
    }
    if (!anyAccount)
        sink.skipped(
            tr("%1: the security context constraints %2 name no service account in their users or "
               "groups; people, nodes and system users are outside the inventory")
                .arg(item.where.isEmpty() ? item.path : item.path + QStringLiteral(": ") + item.where, metadata->name));
    return {};
}

void K8sRbacImporter::markHostAccess(Context& context)
{
    // OpenShift grants an SCC through its own lists or through RBAC's "use" on it (the ClusterRoles
    // system:openshift:scc:NAME); either way, using one that reaches the node is as good as root on it.
    // OpenShift's default SCCs are on every cluster, so a grant names them without their bodies in the input: what
    // each allows is as OpenShift documents it ("Default security context constraints"), unless the input defines it.
    static const std::pair<const char*, const char*> defaults[] = {
        { "privileged", "privileged,hostPID,hostIPC,hostNetwork,hostPath" },
        { "node-exporter", "privileged,hostPID,hostNetwork,hostPath" },
        { "hostaccess", "hostPID,hostIPC,hostNetwork,hostPath" },
        { "hostmount-anyuid", "hostPath" },
        { "hostmount-anyuid-v2", "hostPath" },
        { "hostnetwork", "hostNetwork" },
        { "hostnetwork-v2", "hostNetwork" },
    };
    for (const auto& [name, access] : defaults) {
        if (!context.hostAccess.contains(QLatin1String(name)))
            context.hostAccess.insert(QLatin1String(name), QString::fromLatin1(access).split(u','));
    }
    for (StagedIdentity& staged : context.identities) {
        for (Grant& grant : staged.grants) {
            if (grant.permission != QLatin1String("use securitycontextconstraints")
                && grant.permission != QLatin1String("use *") && grant.permission != QLatin1String("* *")
                && grant.permission != QLatin1String("* securitycontextconstraints"))
                continue;
            bool openshiftGroup = false;
            QStringList names;
            for (const QString& part : grant.resourceScope.split(u';')) {
                const QStringList values = part.section(u'=', 1).split(u',');
                if (part.startsWith(QLatin1String("apiGroups=")))
                    openshiftGroup = values.contains(QStringLiteral("security.openshift.io"))
                        || values.contains(QStringLiteral("*"));
                else if (part.startsWith(QLatin1String("names=")))
                    names = values;
            }
            QStringList reach;
            for (const QString& name : std::as_const(names)) {
                for (const QString& what : context.hostAccess.value(name)) {
                    if (!reach.contains(what))
                        reach << what;
                }
            }
            if (openshiftGroup && !reach.isEmpty())
                grant.resourceScope += QStringLiteral(";hostAccess=") + reach.join(u',');
        }
    }
}

Status K8sRbacImporter::readSecret(Context& context, const Item& item, RecordSink& sink) const
{
    // Only the metadata is read: data.token is the credential itself and must never be stored.
    if (item.json.value(QStringLiteral("type")).toString() != QLatin1String("kubernetes.io/service-account-token"))
        return {};
    auto metadata = metadataOf(item.path, item, true, context.defaultNamespace);
    if (!metadata)
        return metadata.error();
    const QString account = metadata->json.value(QStringLiteral("annotations"))
                                .toObject()
                                .value(QStringLiteral("kubernetes.io/service-account.name"))
                                .toString();
    if (account.isEmpty()) {
        sink.skipped(tr("%1: %2: a service account token without the kubernetes.io/service-account.name annotation")
                         .arg(item.path, at(item.where, QStringLiteral("metadata.annotations"))));
        return {};
    }
    const QJsonObject labels = metadata->json.value(QStringLiteral("labels")).toObject();
    auto lastUsed = optionalTime(item.path,
                                 at(item.where, QStringLiteral("metadata.labels.kubernetes.io/legacy-token-last-used")),
                                 labels.value(QStringLiteral("kubernetes.io/legacy-token-last-used")).toString());
    if (!lastUsed)
        return lastUsed.error();

    Credential credential;
    credential.credentialId = metadata->ns + u'/' + metadata->name;
    credential.type = QStringLiteral("sa-token");
    credential.createdAt = metadata->created;
    credential.lastUsedAt = *lastUsed;
    // Since 1.29 the apiserver labels a legacy token it has stopped accepting.
    credential.enabled = !labels.contains(QStringLiteral("kubernetes.io/legacy-token-invalid-since"));
    StagedIdentity& staged = identityFor(context, metadata->ns, account);
    context.namedElsewhere.insert(staged.identity.nativeId); // a token Secret: the account was made
    // A set, not a search: tens of thousands of token secrets on one account stay linear.
    if (!context.credentialKeys.contains(credential.credentialId)) {
        context.credentialKeys.insert(credential.credentialId);
        staged.credentials << credential;
        return {};
    }
    // Known so far only as its account's reference: the Secret says more.
    for (Credential& known : staged.credentials) {
        if (known.credentialId == credential.credentialId && !known.createdAt.isValid())
            known = credential;
    }
    return {};
}

Status K8sRbacImporter::readPod(Context& context, const Item& item) const
{
    auto metadata = metadataOf(item.path, item, true, context.defaultNamespace);
    if (!metadata)
        return metadata.error();
    const QJsonObject spec = item.json.value(QStringLiteral("spec")).toObject();
    QString account = spec.value(QStringLiteral("serviceAccountName")).toString();
    if (account.isEmpty())
        account = spec.value(QStringLiteral("serviceAccount")).toString(); // the deprecated alias
    if (account.isEmpty()) {
        // Static (mirror) pods run without any service account; others get the namespace's default.
        if (metadata->json.value(QStringLiteral("annotations"))
                .toObject()
                .contains(QStringLiteral("kubernetes.io/config.mirror")))
            return {};
        account = QStringLiteral("default");
    }
    // The pod's projected token is short-lived and cannot be listed: the account is recorded, not a credential.
    context.namedElsewhere.insert(identityFor(context, metadata->ns, account).identity.nativeId); // a Pod runs as it
    return {};
}

StagedIdentity& K8sRbacImporter::identityFor(Context& context, const QString& ns, const QString& name) const
{
    const QString nativeId = kServiceAccountPrefix + ns + u':' + name;
    auto it = context.identities.find(nativeId);
    if (it == context.identities.end()) {
        StagedIdentity staged;
        staged.identity.source = source();
        staged.identity.nativeId = nativeId;
        staged.identity.displayName = ns + u'/' + name;
        staged.identity.kind = IdentityKind::K8sServiceAccount;
        staged.scope = QStringLiteral("namespace:") + ns;
        it = context.identities.insert(nativeId, staged);
    }
    return *it;
}

void K8sRbacImporter::addGrant(Context& context, StagedIdentity& staged, const Grant& grant)
{
    const QString key = grant.permission + u'\x1f' + grant.resourceScope + u'\x1f' + grant.grantedVia;
    QSet<QString>& held = context.grantKeys[staged.identity.nativeId];
    if (held.contains(key))
        return;
    held.insert(key);
    staged.grants << grant;
}

QList<Grant> K8sRbacImporter::grantsFromRules(const QJsonArray& rules, const QString& scope, const QString& via,
                                              const QDateTime& grantedAt, qint64* expanded, QStringList* notEffective)
{
    *expanded = 0;
    // Through a RoleBinding a ClusterRole's rules reach only what lives in the namespace: not cluster-wide
    // resources, not non-resource URLs (Kubernetes "Using RBAC Authorization", RoleBinding and ClusterRoleBinding).
    const bool inNamespace = scope.startsWith(QLatin1String("ns:"));
    QList<Grant> grants;
    for (const QJsonValue& value : rules) {
        const QJsonObject rule = value.toObject();
        const QStringList verbs = strings(rule.value(QStringLiteral("verbs")));
        QStringList groups = strings(rule.value(QStringLiteral("apiGroups")));
        for (QString& group : groups) {
            if (group.isEmpty())
                group = QStringLiteral("core"); // the legacy "" group, named so the scope stays readable
        }
        const QStringList names = strings(rule.value(QStringLiteral("resourceNames")));
        QString ruleScope = scope;
        if (!groups.isEmpty())
            ruleScope += QStringLiteral(";apiGroups=") + groups.join(u',');
        if (!names.isEmpty())
            ruleScope += QStringLiteral(";names=") + names.join(u',');
        QStringList resources = strings(rule.value(QStringLiteral("resources")));
        if (inNamespace) {
            resources.removeIf([&](const QString& resource) {
                // Cluster-wide in every group the rule names: a CRD of the same plural in another group may not be.
                const bool cluster
                    = !groups.isEmpty() && std::all_of(groups.cbegin(), groups.cend(), [&](const QString& group) {
                          return K8sResources::isClusterScoped(group, resource);
                      });
                if (!cluster)
                    return false;
                // Binding a ClusterRole inside the namespace is checked there (RBAC, "Restrictions on role binding
                // creation or update"): bind on clusterroles does reach through a RoleBinding, nothing else does.
                const bool bind = resource == QLatin1String("clusterroles")
                    && (verbs.contains(QStringLiteral("bind")) || verbs.contains(QStringLiteral("*")));
                if (bind)
                    grants << Grant { 0, 0, QStringLiteral("bind clusterroles"), ruleScope, via, grantedAt };
                const QString said = bind ? QStringLiteral("clusterroles (all but bind)") : resource;
                if (notEffective && !notEffective->contains(said)
                    && (!bind || verbs.size() > 1 || verbs.first() == u'*'))
                    notEffective->append(said);
                return true;
            });
        }
        *expanded += qint64(resources.size()) * verbs.size();
        if (*expanded > kMaxGrantsPerBinding)
            return {}; // refused by the caller, with the count
        // A namespace is asked for in its own namespace, so a RoleBinding reaches its own namespace object; listing,
        // watching, making or deleting namespaces at large asks for none, which only a ClusterRoleBinding grants.
        const bool namespacesGroup
            = groups.isEmpty() || groups.contains(QStringLiteral("core")) || groups.contains(QStringLiteral("*"));
        for (const QString& resource : resources) {
            const bool namespaces = inNamespace && namespacesGroup
                && (resource == QLatin1String("namespaces") || resource.startsWith(QLatin1String("namespaces/")));
            for (const QString& verb : verbs) {
                if (namespaces
                    && (verb == QLatin1String("list") || verb == QLatin1String("watch")
                        || verb == QLatin1String("create") || verb == QLatin1String("deletecollection"))) {
                    const QString said = verb + u' ' + resource;
                    if (notEffective && !notEffective->contains(said))
                        notEffective->append(said);
                    continue;
                }
                grants << Grant { 0, 0, verb + u' ' + resource, ruleScope, via, grantedAt };
            }
        }
        // Non-resource URLs get their own scope so "* *" on URLs is not mistaken for "* *" on resources.
        for (const QString& url : strings(rule.value(QStringLiteral("nonResourceURLs")))) {
            if (inNamespace) {
                if (notEffective && !notEffective->contains(url))
                    notEffective->append(url);
                continue;
            }
            for (const QString& verb : verbs)
                grants << Grant { 0, 0, verb + u' ' + url, scope + QStringLiteral(";nonResourceURLs"), via, grantedAt };
        }
    }
    return grants;
}

Result<K8sRbacImporter::Metadata> K8sRbacImporter::metadataOf(const QString& path, const Item& item, bool namespaced,
                                                              const QString& defaultNamespace)
{
    Metadata m;
    m.json = item.json.value(QStringLiteral("metadata")).toObject();
    m.name = m.json.value(QStringLiteral("name")).toString();
    m.ns = namespaced ? m.json.value(QStringLiteral("namespace")).toString(defaultNamespace)
                      : m.json.value(QStringLiteral("namespace")).toString();
    if (m.name.isEmpty())
        return JsonInput::fieldError(path, at(item.where, QStringLiteral("metadata.name")), tr("a name"));
    if (!m.ns.isEmpty() && !isNamespaceName(m.ns)) {
        if (!m.json.contains(QStringLiteral("namespace")))
            return fieldError(QStringLiteral("namespace"),
                              tr("the namespace given, \"%1\", is no namespace name (lowercase letters, digits and "
                                 "'-')")
                                  .arg(SafeText::quote(m.ns)));
        return placeholderNamespace(path, at(item.where, QStringLiteral("metadata.namespace")), m.ns);
    }
    if (namespaced && m.ns.isEmpty()) {
        // Manifests meant for `kubectl apply -n NS` leave the namespace to whoever applies them.
        return fieldError(
            QStringLiteral("namespace"),
            tr("%1: %2: %3 %4 names no namespace: a manifest applied with kubectl apply -n; give the namespace "
               "it is applied to")
                .arg(path, at(item.where, QStringLiteral("metadata.namespace")),
                     item.json.value(QStringLiteral("kind")).toString(), m.name.left(100)));
    }
    auto created = optionalTime(path, at(item.where, QStringLiteral("metadata.creationTimestamp")),
                                m.json.value(QStringLiteral("creationTimestamp")).toString());
    if (!created)
        return created.error();
    m.created = *created;
    return m;
}

Result<QDateTime> K8sRbacImporter::optionalTime(const QString& path, const QString& field, const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    if (auto parsed = Timestamp::parse(text))
        return *parsed;
    return JsonInput::fieldError(path, field, tr("a timestamp, got \"%1\"").arg(text));
}

} // namespace recertify
