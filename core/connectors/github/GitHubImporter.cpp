#include "core/connectors/github/GitHubImporter.h"

#include "core/connectors/GzipDevice.h"
#include "core/connectors/JsonArrayStream.h"
#include "core/connectors/JsonInput.h"
#include "core/connectors/github/GitHubPermissions.h"
#include "core/domain/IdentityKind.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <algorithm>

namespace recertify {

namespace {

constexpr qint64 kProgressEvery = 1000;

// GitHub ids are JSON numbers (sometimes strings); never go through double formatting.
QString idText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

bool isAuditRecord(const QJsonObject& o)
{
    return o.contains(QStringLiteral("action")) && !o.contains(QStringLiteral("installation"))
        && (o.contains(QStringLiteral("@timestamp")) || o.contains(QStringLiteral("created_at"))
            || o.contains(QStringLiteral("at_sign_timestamp")) || o.contains(QStringLiteral("actor")));
}

// A deploy key (or any SSH key GitHub lists): its public half and an id; newer answers add read_only.
// A fine-grained token's access to the organisation (/orgs/{org}/personal-access-tokens). Answers from before
// 2024 carry no token_id or token_name, only the grant's id and its times; an installation has an app_id instead.
bool isTokenGrant(const QJsonObject& o)
{
    return o.contains(QStringLiteral("token_id"))
        || (!o.contains(QStringLiteral("app_id")) && o.contains(QStringLiteral("token_expires_at"))
            && (o.contains(QStringLiteral("access_granted_at")) || o.contains(QStringLiteral("reason"))));
}

bool isSshKey(const QJsonObject& o)
{
    const QString key = o.value(QStringLiteral("key")).toString();
    return o.contains(QStringLiteral("id"))
        && (o.contains(QStringLiteral("read_only")) || o.contains(QStringLiteral("readOnly"))
            || key.startsWith(QLatin1String("ssh-")) || key.startsWith(QLatin1String("ecdsa-"))
            || key.startsWith(QLatin1String("sk-")));
}

// .jsonl by name, or a first line that is a whole audit record: the audit log, streamed line by line.
bool looksLikeJsonLines(const QString& path, QFile& file)
{
    QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    const QString suffix = name.section(u'.', -1);
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return true;
    const QByteArray first = file.readLine().trimmed();
    file.seek(0);
    if (!first.startsWith('{'))
        return false;
    return isAuditRecord(QJsonDocument::fromJson(first).object());
}

// The audit log as JSON arrays, the first record telling: the web export, GET /orgs/{org}/audit-log and
// `gh api --paginate` pages of it. A large export is streamed, never held whole.
bool startsWithAuditArray(QFile& file)
{
    const QByteArray head = file.peek(4096).trimmed();
    if (!head.startsWith('['))
        return false;
    JsonArrayStream probe(&file, QString(), QString());
    QJsonObject first;
    const bool audit = probe.next(&first) && isAuditRecord(first);
    file.seek(0);
    return audit;
}

} // namespace

Result<QDateTime> GitHubImporter::timeOf(const QJsonObject& object, const QString& key, const QString& path,
                                         const QString& prefix)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return QDateTime();
    if (auto at = Timestamp::fromJson(value))
        return *at;
    return JsonInput::fieldError(path, prefix + key, tr("a timestamp, got \"%1\"").arg(value.toVariant().toString()));
}

Status GitHubImporter::read(const QString& path, RecordSink& sink)
{
    QFile plain(path);
    if (!plain.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, plain.errorString()));
    // A gzipped export (audit log streaming writes gzipped JSON Lines): inflated to a scratch file first, streamed, so
    // memory stays flat; errors still name the file given.
    QTemporaryFile inflated;
    if (plain.peek(2) == "\x1f\x8b") {
        GzipDevice gzip(&plain);
        if (!gzip.open(QIODevice::ReadOnly) || !inflated.open())
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        for (;;) {
            const QByteArray chunk = gzip.read(1 << 20);
            if (chunk.isEmpty())
                break;
            if (inflated.write(chunk) != chunk.size())
                return makeError(tr("%1: cannot inflate: %2").arg(path, inflated.errorString()));
        }
        if (gzip.failed())
            return makeError(tr("%1: %2").arg(path, gzip.errorString()));
        inflated.flush();
        inflated.seek(0);
    }
    QFile& file = inflated.isOpen() ? static_cast<QFile&>(inflated) : plain;
    if (looksLikeJsonLines(path, file))
        return readAuditLog(path, file, sink);
    if (startsWithAuditArray(file))
        return readAuditArrays(path, file, sink);
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> pages = JsonInput::topLevelValues(bytes);
    QList<QJsonDocument> documents;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto document
            = JsonInput::parse(pages.at(i), pages.size() == 1 ? path : tr("%1: page %2").arg(path).arg(i + 1));
        if (!document)
            return document.error();
        documents << *document;
    }
    // gh api --paginate --slurp: one array holding each page (arrays, or objects such as {"installations": […]}).
    if (documents.size() == 1 && documents.first().isArray() && !documents.first().array().isEmpty()) {
        const QJsonArray outer = documents.first().array();
        const bool pagesOfArrays
            = std::all_of(outer.begin(), outer.end(), [](const QJsonValue& v) { return v.isArray(); });
        const bool pagesOfObjects = std::all_of(outer.begin(), outer.end(), [](const QJsonValue& v) {
            return v.toObject().value(QStringLiteral("installations")).isArray();
        });
        if (pagesOfArrays || pagesOfObjects) {
            documents.clear();
            for (const QJsonValue& page : outer)
                documents << (page.isArray() ? QJsonDocument(page.toArray()) : QJsonDocument(page.toObject()));
        }
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (auto status = readDocument(documents.size() == 1 ? path : tr("%1: page %2").arg(path).arg(i + 1),
                                       documents.at(i), sink);
            !status)
            return status;
    }
    return {};
}

Status GitHubImporter::readDocument(const QString& path, const QJsonDocument& document, RecordSink& sink)
{
    QList<std::pair<QJsonObject, QString>> objects; // object, prefix naming it in errors
    bool tokens = false;
    const QJsonObject root = document.object();
    if (document.isArray()) {
        const QJsonArray items = document.array();
        const QJsonObject first = items.isEmpty() ? QJsonObject() : items.first().toObject();
        if (isAuditRecord(first)) {
            // GET /orgs/{org}/audit-log and the web export's JSON: the same records, as one array.
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (auto status = auditRecord(items.at(i).toObject(), path, QStringLiteral("[%1]").arg(i), sink);
                    !status)
                    return status;
            }
            return {};
        }
        if (first.contains(QStringLiteral("credential_id")) && first.contains(QStringLiteral("credential_type"))) {
            // SAML SSO authorizations: tokens are identities of their own; members' SSH keys are people's keys.
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                if (text(item, "credential_type").contains(QLatin1String("SSH"), Qt::CaseInsensitive)) {
                    sink.skipped(tr("%1: [%2]: a personal SSH key of %3").arg(path).arg(i).arg(text(item, "login")));
                    continue;
                }
                auto staged = credentialAuthorization(item, path, QStringLiteral("[%1].").arg(i));
                if (!staged)
                    return staged.error();
                sink.identity(std::move(*staged));
            }
            return {};
        }
        if (isSshKey(first)) {
            int unnamed = 0; // deploy keys without their URL, which names their repository
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                // GET /user/keys lists a person's own keys, not a repository's; GET /users/{user}/keys another
                // person's, as {id, key} alone. A deploy key always has a title, read_only or its repository's URL.
                const QString url = text(item, "url");
                const bool personal = url.contains(QLatin1String("/user/keys/"))
                    || (!url.isEmpty() && !url.contains(QLatin1String("/repos/")))
                    || (url.isEmpty() && !item.contains(QStringLiteral("title"))
                        && !item.contains(QStringLiteral("read_only")) && !item.contains(QStringLiteral("readOnly")));
                if (personal && url.contains(QLatin1String("/user/keys/")) && item.contains(QStringLiteral("title"))
                    && !item.contains(QStringLiteral("read_only"))) {
                    // Before 2015 GitHub answered GET /repos/{o}/{r}/keys with this shape too: the file cannot tell.
                    sink.skipped(tr("%1: [%2]: an SSH key under /user/keys/: a person's own key, or a deploy key as "
                                    "GitHub listed them before 2015; export GET /repos/OWNER/REPO/keys again to "
                                    "import a repository's deploy keys")
                                     .arg(path)
                                     .arg(i));
                    continue;
                }
                if (personal) {
                    sink.skipped(tr("%1: [%2]: a personal SSH key, not a deploy key").arg(path).arg(i));
                    continue;
                }
                auto staged = deployKey(item, path, QStringLiteral("[%1].").arg(i));
                if (!staged)
                    return staged.error();
                unnamed += url.isEmpty() ? 1 : 0;
                sink.identity(std::move(*staged));
            }
            warnOfUnnamedRepositories(path, unnamed, sink);
            return {};
        }
        // GET /authorizations (OAuth Authorizations API, removed in 2020): tokens of OAuth apps, listed per person.
        if (first.value(QStringLiteral("app")).isObject() && first.contains(QStringLiteral("scopes"))
            && !first.contains(QStringLiteral("app_id")))
            return makeError(tr("%1: the answer of GitHub's OAuth Authorizations API (GET /authorizations), which "
                                "GitHub removed in 2020; export the organisation's audit log or its credential "
                                "authorizations (GET /orgs/{org}/credential-authorizations) instead")
                                 .arg(path));
        // Another endpoint's list: said for what it is, not read as installations that lack their ids.
        if (first.contains(QStringLiteral("secret_type")) || first.contains(QStringLiteral("secret_type_display_name")))
            return makeError(tr("%1: GitHub secret scanning alerts (GET …/secret-scanning/alerts): they name secrets "
                                "found in code, not the identities that hold them, and are not imported; export the "
                                "organisation's installations, tokens or audit log instead")
                                 .arg(path));
        if (!first.isEmpty() && !first.contains(QStringLiteral("app_id")) && !first.contains(QStringLiteral("account"))
            && !first.contains(QStringLiteral("permissions")) && !isTokenGrant(first))
            return makeError(tr("%1: a list whose first item is no App installation (app_id), personal access token "
                                "(token_id), SSO credential authorization (credential_id) or deploy key (key); "
                                "expected one of those lists, or the organisation's audit log")
                                 .arg(path));
        // /orgs/{org}/personal-access-tokens, or /app/installations, which is a plain array too.
        for (qsizetype i = 0; i < items.size(); ++i)
            objects.append({ items.at(i).toObject(), QStringLiteral("[%1].").arg(i) });
        tokens = !items.isEmpty() && isTokenGrant(items.first().toObject());
    } else if (isSshKey(root) || isSshKey(root.value(QStringLiteral("key")).toObject())) {
        // GET /repos/{o}/{r}/keys/{id}, or the deploy_key webhook ({"action", "key": {…}, "repository"}).
        const bool webhook = root.value(QStringLiteral("key")).isObject();
        auto staged = deployKey(webhook ? root.value(QStringLiteral("key")).toObject() : root, path,
                                webhook ? QStringLiteral("key.") : QString());
        if (!staged)
            return staged.error();
        staged->fromEvent = webhook;
        if (!webhook)
            warnOfUnnamedRepositories(path, text(root, "url").isEmpty() ? 1 : 0, sink);
        if (webhook && text(root, "action") == QLatin1String("deleted")) {
            staged->identity.enabled = false;
            staged->removedAtSource = true; // the key is gone from the repository
        }
        sink.identity(std::move(*staged));
        return {};
    } else if (isAuditRecord(root)) {
        // One record per line, whose first line was not one (see looksLikeJsonLines): read the same way.
        return auditRecord(root, path, QString(), sink);
    } else if (root.value(QStringLiteral("installations")).isArray()) {
        const QJsonArray items = root.value(QStringLiteral("installations")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            objects.append({ items.at(i).toObject(), QStringLiteral("installations[%1].").arg(i) });
    } else if (root.value(QStringLiteral("personal_access_token_request")).isObject()) {
        return tokenRequestEvent(root, path, sink);
    } else if (root.value(QStringLiteral("installation")).isObject()) {
        // Every webhook an App receives names its installation; only installation events describe it.
        const QJsonObject installation = root.value(QStringLiteral("installation")).toObject();
        if (!installation.contains(QStringLiteral("app_id")) && !installation.contains(QStringLiteral("permissions")))
            return makeError(tr("%1: a GitHub webhook delivery of another event, which names installation %2 only by "
                                "its id; the installation and installation_repositories events describe it")
                                 .arg(path, QString::number(installation.value(QStringLiteral("id")).toInteger())));
        objects.append({ installation, QStringLiteral("installation.") });
    } else if (root.contains(QStringLiteral("app_id")) || isTokenGrant(root)) {
        objects.append({ root, QString() });
        tokens = isTokenGrant(root);
    } else {
        return makeError(
            tr("%1: expected a GitHub App installation, a list of installations, of personal access "
               "tokens, of SSO credential authorizations or of deploy keys, or the organisation's audit log")
                .arg(path));
    }
    // Audit records name a token by its owner and name when they carry no id: two granted tokens of one owner under
    // one name (one revoked and made again) cannot be told apart that way, so neither answers to it.
    QHash<QString, int> names;
    QSet<QString> warned;
    if (tokens) {
        for (const auto& [object, prefix] : std::as_const(objects)) {
            if (object.contains(QStringLiteral("access_granted_at")) && !text(object, "token_name").isEmpty())
                ++names[object.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString()
                        + u'/' + text(object, "token_name")];
        }
    }
    for (const auto& [object, prefix] : std::as_const(objects)) {
        auto staged = tokens ? personalAccessToken(object, path, prefix) : installation(object, path, prefix);
        if (!staged)
            return staged.error();
        // An answer that leaves permissions out says nothing of what the installation may do, not that it may do
        // nothing.
        if (!tokens && !object.contains(QStringLiteral("permissions"))) {
            staged->grantsKnown = false; // the grants stored before stay as they were
            sink.warning(tr("%1: %2: %3 lists no permissions; what it may do is unknown, not nothing, "
                            "until an answer with its permissions is imported")
                             .arg(path, prefix.isEmpty() ? QStringLiteral("installation") : prefix.chopped(1),
                                  staged->identity.displayName));
        }
        for (const QString& alias : QStringList(staged->aliases)) {
            if (alias.startsWith(QLatin1String("pat:")) && names.value(alias.mid(4)) > 1) {
                staged->aliases.removeAll(alias);
                if (!warned.contains(alias))
                    sink.warning(
                        tr("%1: two tokens of %2 are named \"%3\": audit records that name a token only by its "
                           "name are not given to either")
                            .arg(path, alias.mid(4).section(u'/', 0, 0), alias.mid(4).section(u'/', 1)));
                warned.insert(alias);
            }
        }
        // A request for access is not access: kept so a reviewer sees it, but not enabled.
        if (tokens && object.contains(QStringLiteral("reason"))
            && !object.contains(QStringLiteral("access_granted_at"))) {
            keepAsRequest(*staged, text(object, "reason"));
            // Its own record: approving it later must not be confused with the request.
            staged->identity.nativeId = QStringLiteral("pat-request:") + idText(object.value(QStringLiteral("id")));
            staged->aliases.clear();
        }
        staged->fromEvent = prefix == QLatin1String("installation.");
        // A webhook announcing the uninstall still describes the installation; it is gone, with its permissions.
        if (text(root, "action") == QLatin1String("deleted") && prefix == QLatin1String("installation.")) {
            staged->identity.enabled = false;
            staged->removedAtSource = true;
        }
        sink.identity(std::move(*staged));
    }
    return {};
}

void GitHubImporter::keepAsRequest(StagedIdentity& staged, const QString& reason)
{
    // An organisation owner approves a request before the token may reach anything that is not public: what it asks
    // for is no grant until then, only what a reviewer weighs.
    QStringList asked;
    for (const Grant& g : std::as_const(staged.grants))
        asked << (g.resourceScope.isEmpty() ? g.permission : g.permission + u' ' + g.resourceScope);
    staged.grants.clear();
    staged.grantsKnown = true;
    staged.identity.enabled = false;
    staged.identity.purpose = asked.isEmpty() ? reason
        : reason.isEmpty()                    ? tr("asks for %1").arg(asked.join(QStringLiteral(", ")))
                                              : tr("asks for %1: %2").arg(asked.join(QStringLiteral(", ")), reason);
    for (Credential& c : staged.credentials)
        c.enabled = false;
}

Status GitHubImporter::tokenRequestEvent(const QJsonObject& root, const QString& path, RecordSink& sink)
{
    // The personal_access_token_request webhook: someone asked for a fine-grained token's access to the
    // organisation (created), and it was approved, denied or cancelled. A request is not access: it is kept as the
    // request list keeps it, disabled, asking for permissions_result (what the token would hold).
    QJsonObject request = root.value(QStringLiteral("personal_access_token_request")).toObject();
    if (request.value(QStringLiteral("permissions_result")).isObject())
        request.insert(QStringLiteral("permissions"), request.value(QStringLiteral("permissions_result")));
    const QString prefix = QStringLiteral("personal_access_token_request.");
    auto staged = personalAccessToken(request, path, prefix);
    if (!staged)
        return staged.error();
    const QString id = idText(request.value(QStringLiteral("id")));
    if (id.isEmpty())
        return JsonInput::fieldError(path, prefix + QStringLiteral("id"), tr("the id of the request"));
    staged->identity.nativeId = QStringLiteral("pat-request:") + id;
    auto asked = timeOf(request, QStringLiteral("created_at"), path, prefix);
    if (!asked)
        return asked.error();
    staged->identity.createdAt = *asked;
    keepAsRequest(*staged, text(request, "reason"));
    staged->aliases.clear();
    staged->fromEvent = true;
    const QString action = text(root, "action");
    if (action != QLatin1String("created")) {
        // Approved, denied or cancelled: the request is closed. An approved token's access is its own record,
        // which only the organisation's list of tokens names.
        staged->removedAtSource = true;
        if (action == QLatin1String("approved")) {
            sink.warning(tr("%1: request %2 was approved: the token's access shows in the organisation's list of "
                            "tokens (GET /orgs/ORG/personal-access-tokens); import that to see it")
                             .arg(path, id));
        }
    }
    sink.identity(std::move(*staged));
    return {};
}

Result<StagedIdentity> GitHubImporter::installation(const QJsonObject& o, const QString& path, const QString& prefix)
{
    const QString id = idText(o.value(QStringLiteral("id")));
    const QString appId = idText(o.value(QStringLiteral("app_id")));
    if (id.isEmpty())
        return JsonInput::fieldError(path, prefix + QStringLiteral("id"), tr("the installation id"));
    if (appId.isEmpty())
        return JsonInput::fieldError(path, prefix + QStringLiteral("app_id"), tr("the id of the GitHub App"));
    StagedIdentity staged;
    Identity& identity = staged.identity;
    identity.source = QStringLiteral("github");
    identity.nativeId = QStringLiteral("installation:") + id;
    identity.kind = IdentityKind::GitHubApp;
    const QString slug = text(o, "app_slug");
    identity.displayName = slug.isEmpty() ? QStringLiteral("installation %1").arg(id) : slug;
    // One App installed in several accounts is one identity per installation: the account tells them apart.
    if (const QString account = o.value(QStringLiteral("account")).toObject().value(QStringLiteral("login")).toString();
        !account.isEmpty())
        identity.displayName += QStringLiteral(" (%1)").arg(account.left(100));
    staged.aliases << QStringLiteral("app:") + appId;
    if (!slug.isEmpty())
        staged.aliases << slug; // app tokens act as "<slug>[bot]" in the audit log
    // One App installed in several accounts acts as the same bot in each: the account's audit log tells which.
    if (const QString account
        = o.value(QStringLiteral("account")).toObject().value(QStringLiteral("login")).toString().toLower();
        !slug.isEmpty() && !account.isEmpty())
        staged.aliases << slug + u'@' + account;
    // Webhooks give epoch seconds, the REST API ISO text; Timestamp reads both.
    auto created = timeOf(o, QStringLiteral("created_at"), path, prefix);
    if (!created)
        return created.error();
    identity.createdAt = *created;
    identity.enabled
        = o.value(QStringLiteral("suspended_at")).isNull() || o.value(QStringLiteral("suspended_at")).isUndefined();
    // An answer without the field (older recordings) does not say whether it is suspended: the stored state stays.
    staged.enabledKnown = o.contains(QStringLiteral("suspended_at"));
    // An installation has no human owner; the account is where it is installed, kept in the scope.
    const QString account = o.value(QStringLiteral("account")).toObject().value(QStringLiteral("login")).toString();
    const QString scope = (account.isEmpty() ? QString() : account + u':') + QStringLiteral("repositories=")
        + text(o, "repository_selection");
    const QJsonObject permissions = o.value(QStringLiteral("permissions")).toObject();
    // Organisation permissions act on the organisation, whatever repositories the installation was given.
    const QString orgScope = (account.isEmpty() ? QString() : account + u':') + QStringLiteral("organization");
    for (auto it = permissions.constBegin(); it != permissions.constEnd(); ++it) {
        const bool organisation = it.key().startsWith(QLatin1String("organization_"))
            || it.key() == QLatin1String("members") || it.key() == QLatin1String("team_discussions")
            || it.key() == QLatin1String("custom_properties_for_organizations");
        staged.grants << Grant {
            0, 0, it.key() + u':' + it.value().toString(), organisation ? orgScope : scope, identity.nativeId, {}
        };
    }
    return staged;
}

Result<StagedIdentity> GitHubImporter::personalAccessToken(const QJsonObject& o, const QString& path,
                                                           const QString& prefix)
{
    const QString tokenId = idText(o.value(QStringLiteral("token_id")));
    const QString grantId = idText(o.value(QStringLiteral("id"))); // the organisation's approval of the token
    if (tokenId.isEmpty() && grantId.isEmpty())
        return JsonInput::fieldError(path, prefix + QStringLiteral("token_id"), tr("the id of the token"));
    StagedIdentity staged;
    Identity& identity = staged.identity;
    identity.source = QStringLiteral("github");
    identity.nativeId = QStringLiteral("pat:") + (tokenId.isEmpty() ? grantId : tokenId);
    identity.kind = IdentityKind::GitHubToken;
    const QString name = text(o, "token_name");
    identity.displayName = name.isEmpty() ? identity.nativeId : name;
    // A login is not an email: the token's owner runs it, accountability is attested later.
    const QString owner = o.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")).toString();
    identity.technicalOwner = owner;
    // Audit records rarely carry token_id but name the token; names are unique per owner.
    if (!owner.isEmpty() && !name.isEmpty())
        staged.aliases << QStringLiteral("pat:%1/%2").arg(owner, name);
    auto grantedAt = timeOf(o, QStringLiteral("access_granted_at"), path, prefix);
    auto expires = timeOf(o, QStringLiteral("token_expires_at"), path, prefix);
    auto lastUsed = timeOf(o, QStringLiteral("token_last_used_at"), path, prefix);
    for (const auto* time : { &grantedAt, &expires, &lastUsed }) {
        if (!*time)
            return time->error();
    }
    identity.createdAt = *grantedAt; // when the organisation let it in; GitHub does not list creation
    identity.expiresAt = *expires;
    identity.lastUsedAt = *lastUsed;
    identity.enabled = !o.value(QStringLiteral("token_expired")).toBool();

    Credential credential;
    credential.credentialId = tokenId.isEmpty() ? grantId : tokenId;
    credential.type = QStringLiteral("pat");
    credential.expiresAt = *expires;
    credential.lastUsedAt = *lastUsed;
    credential.enabled = identity.enabled;
    staged.credentials << credential;

    const QString via = QStringLiteral("pat-grant:") + grantId;
    const QJsonObject permissions = o.value(QStringLiteral("permissions")).toObject();
    const QString repositories = QStringLiteral("repositories=") + text(o, "repository_selection");
    for (const auto& [group, scope] : { std::pair { QStringLiteral("repository"), repositories },
                                        std::pair { QStringLiteral("organization"), QStringLiteral("organization") },
                                        std::pair { QStringLiteral("other"), QStringLiteral("account") } }) {
        const QJsonObject levels = permissions.value(group).toObject();
        for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
            staged.grants << Grant { 0, 0, it.key() + u':' + it.value().toString(), scope, via, *grantedAt };
    }
    return staged;
}

bool GitHubImporter::toEvent(const QJsonObject& r, ActivityEvent* event, QString* reason)
{
    const QString action = text(r, "action");
    const QString type = text(r, "programmatic_access_type");
    const QString actor = text(r, "actor");
    const QString tokenId = idText(r.value(QStringLiteral("token_id")));
    const QString hashed = text(r, "hashed_token");
    const QString tokenName = text(r, "user_programmatic_access_name");
    const bool bot = r.value(QStringLiteral("actor_is_bot")).toBool() || actor.endsWith(QLatin1String("[bot]"));
    event->source = QStringLiteral("github");
    // In the grants' terms (git.push needs contents:write); an action no permission allows stays as it is.
    const QString permission = GitHubPermissions::forAction(action, !text(r, "repo").isEmpty());
    event->action = permission.isEmpty() ? action : permission;
    event->resource = text(r, "repo").isEmpty() ? text(r, "org") : text(r, "repo");
    event->sourceIp = text(r, "actor_ip");
    event->credentialId = tokenId;
    event->outcome = QStringLiteral("allowed"); // the audit log records what happened, not refusals

    QStringList names; // the principal first, then its aliases
    bool subject = true; // the principal is what the event is about, not who acted on something else
    if (action.startsWith(QLatin1String("integration_installation.")) && !text(r, "integration").isEmpty()
        && type.isEmpty() && tokenId.isEmpty() && hashed.isEmpty()) {
        // An app installed, given repositories or removed, by a person on the web: an event about the app, not a
        // use of it. Known by its installation when the record says which, else by its slug (bot login), which
        // GitHub makes of the name: lower case, each run of other characters one hyphen.
        const QString app = text(r, "integration");
        if (const QString installation = idText(r.value(QStringLiteral("installation_id"))); !installation.isEmpty())
            names << QStringLiteral("installation:") + installation;
        static const QRegularExpression others(QStringLiteral("[^a-z0-9]+"));
        QString slug = app.toLower().replace(others, QStringLiteral("-"));
        while (slug.startsWith(u'-'))
            slug.remove(0, 1);
        while (slug.endsWith(u'-'))
            slug.chop(1);
        names << slug;
        event->principalKind = IdentityKind::GitHubApp;
        event->principalName = app;
        event->outcome = QStringLiteral("lifecycle");
    } else if (type.startsWith(QLatin1String("GitHub App")) || (bot && type.isEmpty())) {
        // An installation token acts as "<slug>[bot]"; the installation's aliases hold the slug. What it does to a
        // token (revoking one's access) is about that token, not the app.
        subject = false;
        if (const QString installation = idText(r.value(QStringLiteral("installation_id"))); !installation.isEmpty())
            names << QStringLiteral("installation:") + installation;
        const QString slug = bot ? actor.chopped(actor.endsWith(QLatin1String("[bot]")) ? 5 : 0) : QString();
        // Which installation: the one in the organisation whose log this is (the same bot acts in every account the
        // App is installed in).
        if (const QString org = text(r, "org").toLower(); !slug.isEmpty() && !org.isEmpty())
            names << slug + u'@' + org;
        names << slug;
        event->principalKind = IdentityKind::GitHubApp;
        event->principalName = text(r, "integration").isEmpty() ? slug : text(r, "integration");
    } else {
        // A token created, regenerated, approved, revoked or destroyed: an event about it, not a use of it.
        const bool lifecycle = action.startsWith(QLatin1String("personal_access_token."))
            || action.startsWith(QLatin1String("oauth_access."))
            || action.startsWith(QLatin1String("oauth_authorization."));
        if (lifecycle)
            event->outcome = QStringLiteral("lifecycle");
        if (type.isEmpty() && tokenId.isEmpty() && hashed.isEmpty() && !lifecycle) {
            // git over SSH or HTTPS with a person's credentials, or a click on the web: a person, not a token.
            const QString who = actor.isEmpty() ? tr("someone unnamed") : actor;
            *reason = action.startsWith(QLatin1String("git."))
                ? tr("%1 by %2 without a token (a person's git access)").arg(action, who)
                : tr("%1 by %2 without a token (web activity)").arg(action, who);
            return false;
        }
        if (type == QLatin1String("SSH key")) {
            *reason = tr("%1 by %2 with a personal SSH key").arg(action, actor);
            return false;
        }
        QString kind = QStringLiteral("pat:");
        if (type.contains(QLatin1String("OAuth")) || action.startsWith(QLatin1String("oauth_")))
            kind = QStringLiteral("oauth:");
        else if (type.contains(QLatin1String("deploy key"), Qt::CaseInsensitive))
            kind = QStringLiteral("deploy-key:");
        // "user" is the token's owner even when an admin approved or revoked it.
        const QString owner = text(r, "user").isEmpty() ? actor : text(r, "user");
        if (!tokenId.isEmpty())
            names << kind + tokenId;
        if (!tokenName.isEmpty() && !owner.isEmpty())
            names << kind + owner + u'/' + tokenName;
        if (!hashed.isEmpty())
            names << kind + QStringLiteral("sha256:") + hashed;
        event->principalKind = kind == QLatin1String("oauth:") ? IdentityKind::OAuthGrant : IdentityKind::GitHubToken;
        // A token without a name is named by its id and owner, never by the owner alone (which reads as a person).
        // A name is data, kept as it is whatever the language of the import.
        const QString what = kind.chopped(1); // pat, oauth, deploy-key
        const QString whose = owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(owner);
        if (!tokenName.isEmpty())
            event->principalName = tokenName;
        else if (!tokenId.isEmpty())
            event->principalName = what + u' ' + tokenId + whose;
        else
            event->principalName = what + whose;
        // A classic or OAuth token is listed by no API an organisation can call: its scopes, logged with each
        // use, are its grants. It acts with everything its owner may reach.
        if (const QString scopes = text(r, "token_scopes"); !scopes.isEmpty() && !owner.isEmpty())
            event->principalGrants = GitHubPermissions::forScopes(scopes, QStringLiteral("as ") + owner);
    }
    // Made or deleted ("Security log events", "Audit log events for your organization"): a token destroyed, or whose
    // access to the organisation was revoked, an OAuth token deleted or expired, an app uninstalled.
    static const QSet<QString> made {
        QStringLiteral("personal_access_token.create"), QStringLiteral("personal_access_token.access_granted"),
        QStringLiteral("oauth_access.create"),          QStringLiteral("oauth_access.regenerate"),
        QStringLiteral("oauth_authorization.create"),   QStringLiteral("integration_installation.create")
    };
    static const QSet<QString> deleted { QStringLiteral("personal_access_token.destroy"),
                                         QStringLiteral("personal_access_token.access_revoked"),
                                         QStringLiteral("oauth_access.destroy"),
                                         QStringLiteral("oauth_authorization.destroy"),
                                         QStringLiteral("integration_installation.destroy") };
    event->lifecycle = !subject ? 0 : made.contains(action) ? 1 : deleted.contains(action) ? -1 : 0;
    names.removeAll(QString());
    if (names.isEmpty()) {
        // An app's token is known by its installation or the app's bot login; a token id alone names neither.
        *reason = event->principalKind == IdentityKind::GitHubApp
            ? tr("%1 by %2: an app's token, but the record names neither the installation nor the app's bot")
                  .arg(action, actor)
            : tr("%1 by %2: names no token or app").arg(action, actor);
        return false;
    }
    event->principal = names.takeFirst();
    event->principalAliases = names;
    return true;
}

Status GitHubImporter::auditRecord(const QJsonObject& record, const QString& path, const QString& where,
                                   RecordSink& sink)
{
    const QString name = QFileInfo(path).fileName();
    // Evidence points at "file:line" for lines and "file:[index]" for arrays.
    const QString ref = where.startsWith(QLatin1String("line ")) ? where.mid(5) : where;
    // created_at and @timestamp are epoch milliseconds in exports; either may be missing. Panther's copy of the log
    // names @timestamp at_sign_timestamp (a field name it cannot hold), as text.
    const QString key = record.contains(QStringLiteral("created_at")) ? QStringLiteral("created_at")
        : record.contains(QStringLiteral("@timestamp"))               ? QStringLiteral("@timestamp")
        : record.contains(QStringLiteral("at_sign_timestamp"))        ? QStringLiteral("at_sign_timestamp")
                                                                      : QStringLiteral("created_at");
    auto at = timeOf(record, key, path, where + QStringLiteral(": "));
    if (!at)
        return at.error();
    if (!at->isValid() && !record.contains(key)) {
        // A record some pipeline stripped of its time (it kept its own elsewhere) says nothing about when.
        sink.skipped(tr("%1: %2: %3 by %4 has no time (created_at or @timestamp)")
                         .arg(name, ref, text(record, "action"), text(record, "actor")));
        return {};
    }
    if (!at->isValid())
        return JsonInput::fieldError(path, where + QStringLiteral(": ") + key, tr("the time of the event"));
    // Web activity counts too: the log covered the organisation that day.
    const QString org = text(record, "org");
    sink.covered(QStringLiteral("github"),
                 org.isEmpty() ? QStringLiteral("organisation") : QStringLiteral("org:") + org, at->toUTC().date());
    ActivityEvent event;
    QString reason;
    if (!toEvent(record, &event, &reason)) {
        sink.skipped(QStringLiteral("%1:%2: %3").arg(name, ref, reason));
        return {};
    }
    event.timestamp = *at;
    event.rawRef = name + u':' + ref;
    // The audit log's own id of the entry, in REST and streamed exports alike.
    if (const QString id = text(record, "_document_id"); !id.isEmpty())
        event.eventKey = eventKeyOf(id.toUtf8());
    sink.activity(event);
    return {};
}

Result<StagedIdentity> GitHubImporter::credentialAuthorization(const QJsonObject& o, const QString& path,
                                                               const QString& prefix)
{
    const QString authorization = idText(o.value(QStringLiteral("credential_id")));
    if (authorization.isEmpty())
        return JsonInput::fieldError(path, prefix + QStringLiteral("credential_id"), tr("the id of the authorization"));
    const QString login = text(o, "login");
    const bool oauth = text(o, "credential_type").contains(QLatin1String("OAuth"), Qt::CaseInsensitive);
    const QString kind = oauth ? QStringLiteral("oauth:") : QStringLiteral("pat:");
    // The token's own id stays the same across authorizations and is what the audit log names; the authorization's
    // id is only a fallback, in a namespace of its own so it never meets another token's id.
    const QString tokenId = idText(o.value(QStringLiteral("authorized_credential_id")));
    StagedIdentity staged;
    Identity& identity = staged.identity;
    identity.source = QStringLiteral("github");
    identity.nativeId = tokenId.isEmpty() ? QStringLiteral("sso-authorization:") + authorization : kind + tokenId;
    identity.kind = oauth ? IdentityKind::OAuthGrant : IdentityKind::GitHubToken;
    const QString title = text(o, "authorized_credential_title").isEmpty() ? text(o, "authorized_credential_note")
                                                                           : text(o, "authorized_credential_title");
    const QString lastEight = text(o, "token_last_eight");
    identity.displayName = !title.isEmpty() ? title
        : lastEight.isEmpty()               ? tr("token of %1").arg(login)
                                            : tr("token …%1 of %2").arg(lastEight, login);
    identity.technicalOwner = login;
    if (!title.isEmpty() && !login.isEmpty())
        staged.aliases << kind + login + u'/' + title;
    auto authorized = timeOf(o, QStringLiteral("credential_authorized_at"), path, prefix);
    auto accessed = timeOf(o, QStringLiteral("credential_accessed_at"), path, prefix);
    auto expires = timeOf(o, QStringLiteral("authorized_credential_expires_at"), path, prefix);
    for (const auto* time : { &authorized, &accessed, &expires }) {
        if (!*time)
            return time->error();
    }
    identity.createdAt = *authorized; // when the organisation let it in; its creation is not listed
    identity.lastUsedAt = *accessed;
    identity.expiresAt = *expires;
    Credential credential;
    credential.credentialId = tokenId.isEmpty() ? authorization : tokenId;
    credential.type = oauth ? QStringLiteral("oauth") : QStringLiteral("pat");
    credential.createdAt = *authorized;
    credential.expiresAt = *expires;
    credential.lastUsedAt = *accessed;
    staged.credentials << credential;
    // A classic token acts with everything its owner may reach, within its scopes.
    QStringList scopes;
    for (const QJsonValue& scope : o.value(QStringLiteral("scopes")).toArray())
        scopes << scope.toString();
    for (Grant& grant : GitHubPermissions::forScopes(scopes.join(u','), QStringLiteral("as ") + login)) {
        grant.grantedVia = QStringLiteral("sso-authorization:") + authorization;
        grant.grantedAt = *authorized;
        staged.grants << grant;
    }
    return staged;
}

void GitHubImporter::warnOfUnnamedRepositories(const QString& path, int keys, RecordSink& sink)
{
    if (keys > 0)
        sink.warning(tr("%1: %n deploy key(s) without their url, which names the repository each opens: their access "
                        "is kept as to a repository not named; give the answer of gh api repos/OWNER/REPO/keys as "
                        "GitHub sends it (gh repo deploy-key list --json leaves the url out)",
                        nullptr, keys)
                         .arg(path));
}

Result<StagedIdentity> GitHubImporter::deployKey(const QJsonObject& o, const QString& path, const QString& prefix)
{
    const QString id = idText(o.value(QStringLiteral("id")));
    if (id.isEmpty())
        return JsonInput::fieldError(path, prefix + QStringLiteral("id"), tr("the id of the deploy key"));
    // The key's URL names its repository: …/repos/OWNER/REPO/keys/ID.
    const QString url = text(o, "url");
    const qsizetype repos = url.indexOf(QLatin1String("/repos/"));
    const QString repository = repos >= 0 ? url.mid(repos + 7).section(QStringLiteral("/keys/"), 0, 0) : QString();
    StagedIdentity staged;
    Identity& identity = staged.identity;
    identity.source = QStringLiteral("github");
    identity.nativeId = QStringLiteral("deploy-key:") + id;
    identity.kind = IdentityKind::ApiKey;
    const QString title = text(o, "title").isEmpty() ? id : text(o, "title");
    identity.displayName
        = repository.isEmpty() ? tr("deploy key %1").arg(title) : tr("deploy key %1 on %2").arg(title, repository);
    identity.technicalOwner = text(o, "added_by");
    identity.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    staged.enabledKnown = o.contains(QStringLiteral("enabled"));
    // gh repo deploy-key list --json names the fields as it was asked to: createdAt, readOnly.
    const bool gh = !o.contains(QStringLiteral("created_at")) && o.contains(QStringLiteral("createdAt"));
    auto created = timeOf(o, gh ? QStringLiteral("createdAt") : QStringLiteral("created_at"), path, prefix);
    auto lastUsed = timeOf(o, QStringLiteral("last_used"), path, prefix);
    if (!created)
        return created.error();
    if (!lastUsed)
        return lastUsed.error();
    identity.createdAt = *created;
    identity.lastUsedAt = *lastUsed;
    // The public key itself is not a secret, but nothing needs it: only its id is kept.
    Credential credential;
    credential.credentialId = id;
    credential.type = QStringLiteral("deploy-key");
    credential.createdAt = *created;
    credential.lastUsedAt = *lastUsed;
    credential.enabled = identity.enabled;
    staged.credentials << credential;
    const QString access = o.value(QStringLiteral("read_only")).toBool(o.value(QStringLiteral("readOnly")).toBool(true))
        ? QStringLiteral("read")
        : QStringLiteral("write");
    staged.grants << Grant { 0,
                             0,
                             QStringLiteral("contents:") + access,
                             repository.isEmpty() ? QStringLiteral("repository")
                                                  : QStringLiteral("repository=") + repository,
                             identity.nativeId,
                             *created };
    return staged;
}

Status GitHubImporter::readAuditArrays(const QString& path, QFile& file, RecordSink& sink)
{
    JsonArrayStream stream(&file, path, QString());
    stream.setConcatenated(true);
    const qint64 size = file.size();
    QJsonObject record;
    qint64 count = 0;
    qint64 index = 0;
    int page = 0;
    while (stream.next(&record)) {
        if (stream.pageIndex() != page) {
            page = stream.pageIndex();
            index = 0;
        }
        if (++count % kProgressEvery == 0 && !sink.progress(file.pos(), size))
            return makeError(tr("%1: cancelled at record %2").arg(path).arg(count));
        const QString where
            = page == 0 ? QStringLiteral("[%1]").arg(index) : tr("page %1 [%2]").arg(page + 1).arg(index);
        ++index;
        if (auto status = auditRecord(record, path, where, sink); !status)
            return status;
    }
    if (!stream.errorString().isEmpty())
        return makeError(stream.errorString());
    sink.progress(size, size);
    return {};
}

Status GitHubImporter::readAuditLog(const QString& path, QFile& file, RecordSink& sink)
{
    // Streamed line by line: exports run to gigabytes.
    const qint64 size = file.size();
    qint64 line = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        ++line;
        if (line % kProgressEvery == 0 && !sink.progress(file.pos(), size))
            return makeError(tr("%1: cancelled at line %2").arg(path).arg(line));
        if (bytes.trimmed().isEmpty())
            continue;
        auto document = JsonInput::parse(bytes, path, line);
        if (!document)
            return document.error();
        if (!document->isObject())
            return makeError(tr("%1: line %2: expected one JSON object per line").arg(path).arg(line));
        if (auto status = auditRecord(document->object(), path, QStringLiteral("line %1").arg(line), sink); !status)
            return status;
    }
    sink.progress(size, size);
    return {};
}

} // namespace recertify
