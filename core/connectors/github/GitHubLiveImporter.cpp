#include "core/connectors/github/GitHubLiveImporter.h"

#include "core/connectors/github/GitHubAppJwt.h"
#include "core/connectors/github/GitHubImporter.h"
#include "core/util/Logging.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace recertify {

namespace {

// An installation token lives an hour; a new one is asked for this long before it lapses.
constexpr int kRefreshBeforeSeconds = 300;

/** Puts each identity in the collection that listed it, so a complete listing can retire what it no longer holds. */
class ScopingSink final : public ForwardingSink
{
public:
    ScopingSink(RecordSink& inner, QString org)
        : ForwardingSink(inner)
        , m_org(std::move(org))
    {
    }
    void identity(StagedIdentity identity) override
    {
        const QString& id = identity.identity.nativeId;
        if (id.startsWith(QLatin1String("installation:")))
            identity.scope = QStringLiteral("org:%1/installations").arg(m_org);
        else if (id.startsWith(QLatin1String("pat:")) || id.startsWith(QLatin1String("pat-request:")))
            identity.scope = QStringLiteral("org:%1/tokens").arg(m_org);
        else if (id.startsWith(QLatin1String("deploy-key:")))
            identity.scope = QStringLiteral("org:%1/deploy-keys").arg(m_org);
        ForwardingSink::identity(std::move(identity));
    }

private:
    QString m_org;
};

QHash<QString, QString> nextLinks(const QByteArray& link)
{
    QHash<QString, QString> out;
    static const QRegularExpression part(QStringLiteral(R"re(<([^>]*)>\s*;\s*rel="([^"]+)")re"));
    auto it = part.globalMatch(QString::fromLatin1(link));
    while (it.hasNext()) {
        const auto match = it.next();
        out.insert(match.captured(2), match.captured(1));
    }
    return out;
}

} // namespace

QString GitHubConnection::secretKey() const
{
    return appId.isEmpty() ? QStringLiteral("github:") + org : QStringLiteral("github-app:") + org;
}

SourceConfig GitHubConnection::toSource(const QString& name) const
{
    SourceConfig source;
    source.name = name;
    source.kind = QStringLiteral("github");
    source.baseUrl = apiUrl.toString();
    source.secretKeyName = secretKey();
    source.config = QJsonObject { { QStringLiteral("org"), org }, { QStringLiteral("appId"), appId } };
    return source;
}

GitHubConnection GitHubConnection::fromSource(const SourceConfig& source)
{
    GitHubConnection connection;
    connection.org = source.config.value(QStringLiteral("org")).toString();
    connection.appId = source.config.value(QStringLiteral("appId")).toString();
    if (!source.baseUrl.isEmpty())
        connection.apiUrl = QUrl(source.baseUrl);
    connection.auditSince = Timestamp::fromIso(
        source.config.value(QStringLiteral("state")).toObject().value(QStringLiteral("auditSince")).toString());
    return connection;
}

GitHubLiveImporter::GitHubLiveImporter(GitHubConnection connection, SecretStore& secrets)
    : m_connection(std::move(connection))
    , m_secrets(secrets)
    , m_http(m_connection.policy)
{
}

GitHubLiveImporter::~GitHubLiveImporter() = default;

QJsonObject GitHubLiveImporter::syncState() const
{
    const QDateTime since = m_newestAudit.isValid() ? m_newestAudit : m_connection.auditSince;
    if (!since.isValid())
        return {};
    return QJsonObject { { QStringLiteral("auditSince"), Timestamp::toIso(since) } };
}

QUrl GitHubLiveImporter::url(const QString& path) const
{
    QUrl out = m_connection.apiUrl;
    const QString base = out.path().endsWith(u'/') ? out.path().chopped(1) : out.path();
    out.setPath(base + path.section(u'?', 0, 0));
    QUrlQuery query(path.section(u'?', 1));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_connection.perPage));
    out.setQuery(query);
    return out;
}

QString GitHubLiveImporter::describe(const HttpReply& reply) const
{
    if (reply.status == 0)
        return reply.networkError;
    const QString message = SafeText::quote(
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("message")).toString().trimmed());
    return message.isEmpty() ? tr("HTTP %1").arg(reply.status) : tr("HTTP %1: %2").arg(reply.status).arg(message);
}

Status GitHubLiveImporter::authenticate(RecordSink& sink)
{
    auto secret = m_secrets.read(m_connection.secretKey());
    if (!secret)
        return secret.error();
    if (m_connection.appId.isEmpty()) {
        m_token = secret->trimmed().toUtf8();
        return {};
    }
    auto jwt = GitHubAppJwt::sign(secret->toUtf8(), m_connection.appId, QDateTime::currentDateTimeUtc());
    if (!jwt)
        return Error { tr("%1 (keychain entry %2)").arg(jwt.error().message, m_connection.secretKey()), QString(),
                       QString() };
    const HttpHeaders headers { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json") },
                                { QByteArrayLiteral("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28") },
                                { QByteArrayLiteral("User-Agent"), QByteArrayLiteral("recertify") },
                                { QByteArrayLiteral("Authorization"), QByteArray("Bearer " + *jwt) } };
    const QUrl where = url(QStringLiteral("/orgs/%1/installation").arg(m_connection.org));
    auto installation = m_http.request("GET", where, headers, sink);
    if (!installation)
        return installation.error();
    if (installation->status != 200) {
        return makeError(
            tr("%1: GitHub App %2 is not installed on %3 or its key was refused: %4")
                .arg(where.toString(QUrl::RemoveQuery), m_connection.appId, m_connection.org, describe(*installation)));
    }
    const QString id
        = QString::number(QJsonDocument::fromJson(installation->body).object().value(QStringLiteral("id")).toInteger());
    const QUrl tokenUrl = url(QStringLiteral("/app/installations/%1/access_tokens").arg(id));
    auto token = m_http.request("POST", tokenUrl, headers, sink);
    if (!token)
        return token.error();
    const QJsonObject body = QJsonDocument::fromJson(token->body).object();
    if (token->status != 201 || body.value(QStringLiteral("token")).toString().isEmpty()) {
        return makeError(tr("%1: no installation token for GitHub App %2: %3")
                             .arg(tokenUrl.toString(QUrl::RemoveQuery), m_connection.appId, describe(*token)));
    }
    m_token = body.value(QStringLiteral("token")).toString().toUtf8();
    m_tokenExpires = Timestamp::fromJson(body.value(QStringLiteral("expires_at"))).value_or(QDateTime());
    return {};
}

Result<HttpReply> GitHubLiveImporter::get(const QUrl& target, RecordSink& sink)
{
    for (bool refreshed = false;;) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The primary limit was used up by the last answer: wait for its reset rather than be refused.
        if (m_waitUntil.isValid() && m_waitUntil > now) {
            qCInfo(lcSync) << "GitHub rate limit used up; waiting" << now.secsTo(m_waitUntil) << "s";
            if (auto waited = m_http.wait(int(now.secsTo(m_waitUntil)) + 1, sink); !waited)
                return waited.error();
        }
        m_waitUntil = QDateTime();
        if (m_tokenExpires.isValid() && m_tokenExpires < now.addSecs(kRefreshBeforeSeconds)) {
            if (auto status = authenticate(sink); !status)
                return status.error();
        }
        const HttpHeaders headers { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json") },
                                    { QByteArrayLiteral("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28") },
                                    { QByteArrayLiteral("User-Agent"), QByteArrayLiteral("recertify") },
                                    { QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token) } };
        auto reply = m_http.request("GET", target, headers, sink);
        if (!reply)
            return reply;
        if (reply->status == 401 && !m_connection.appId.isEmpty() && !refreshed) {
            refreshed = true;
            if (auto status = authenticate(sink); !status)
                return status.error();
            continue;
        }
        if (reply->status == 200 && reply->header("x-ratelimit-remaining") == "0") {
            const qint64 reset = reply->header("x-ratelimit-reset").toLongLong();
            if (reset > 0)
                m_waitUntil = QDateTime::fromSecsSinceEpoch(reset, QTimeZone::utc());
        }
        return reply;
    }
}

Result<QList<QJsonDocument>> GitHubLiveImporter::list(const QString& path, const QString& what, RecordSink& sink,
                                                      bool* available)
{
    *available = true;
    QList<QJsonDocument> pages;
    QUrl next = url(path);
    while (next.isValid() && !next.isEmpty()) {
        auto reply = get(next, sink);
        if (!reply)
            return reply.error();
        if (reply->status == 0)
            return makeError(
                tr("%1: cannot reach GitHub: %2").arg(m_connection.apiUrl.toString(), reply->networkError));
        if (reply->status == 401) {
            return makeError(tr("%1: GitHub refused the credentials in the keychain entry %2: %3")
                                 .arg(next.toString(QUrl::RemoveQuery), m_connection.secretKey(), describe(*reply)));
        }
        if (reply->status == 403 || reply->status == 404) {
            *available = false;
            m_unavailable << what;
            sink.warning(tr("%1: cannot read %2 (%3); this run says nothing about them")
                             .arg(next.toString(QUrl::RemoveQuery), what, describe(*reply)));
            return pages;
        }
        if (reply->status != 200)
            return makeError(tr("%1: %2").arg(next.toString(QUrl::RemoveQuery), describe(*reply)));
        QJsonParseError error;
        const QJsonDocument page = QJsonDocument::fromJson(reply->body, &error);
        if (error.error != QJsonParseError::NoError)
            return makeError(tr("%1: byte %2: invalid JSON: %3")
                                 .arg(next.toString(QUrl::RemoveQuery))
                                 .arg(error.offset)
                                 .arg(error.errorString()));
        pages.append(page);
        const QUrl candidate(nextLinks(reply->header("link")).value(QStringLiteral("next")));
        // The token only ever goes to the API host it was meant for.
        if (!candidate.isEmpty()
            && (candidate.host() != m_connection.apiUrl.host() || candidate.port() != m_connection.apiUrl.port()
                || candidate.scheme() != m_connection.apiUrl.scheme())) {
            return makeError(tr("%1: the next page is on another host (%2); refusing to send the token there")
                                 .arg(next.toString(QUrl::RemoveQuery), candidate.host()));
        }
        next = candidate;
        if (!sink.progress(0, 0))
            return makeError(tr("Cancelled"));
    }
    return pages;
}

Status GitHubLiveImporter::read(const QString& input, RecordSink& outer)
{
    Q_UNUSED(input)
    m_http.resetCount();
    m_unavailable.clear();
    m_newestAudit = QDateTime();
    m_tokenExpires = QDateTime();
    ScopingSink sink(outer, m_connection.org);
    const QString org = m_connection.org;
    auto done = [this](Status status) {
        m_http.close();
        m_token.fill('\0');
        return status;
    };
    if (auto status = authenticate(sink); !status)
        return done(status);

    auto readAll = [&](const QString& path, const QString& what, bool* available) -> Status {
        auto pages = list(path, what, sink, available);
        if (!pages)
            return pages.error();
        for (qsizetype i = 0; i < pages->size(); ++i) {
            const QJsonDocument& page = pages->at(i);
            // An empty page holds nothing to map (and nothing to tell its kind by).
            if ((page.isArray() && page.array().isEmpty())
                || (page.isObject() && page.object().value(QStringLiteral("installations")).toArray().isEmpty()))
                continue;
            const QString origin = QStringLiteral("%1 page %2").arg(url(path).toString(QUrl::RemoveQuery)).arg(i + 1);
            if (auto status = GitHubImporter::readResponse(origin, page, sink); !status)
                return status;
        }
        return {};
    };

    bool installations = false, tokens = false, requests = false, repos = false;
    if (auto status
        = readAll(QStringLiteral("/orgs/%1/installations").arg(org), tr("app installations"), &installations);
        !status)
        return done(status);
    if (auto status = readAll(QStringLiteral("/orgs/%1/personal-access-tokens").arg(org),
                              tr("fine-grained personal access tokens"), &tokens);
        !status)
        return done(status);
    if (auto status = readAll(QStringLiteral("/orgs/%1/personal-access-token-requests").arg(org),
                              tr("personal access token requests"), &requests);
        !status)
        return done(status);

    // Deploy keys hang off each repository.
    auto repoPages = list(QStringLiteral("/orgs/%1/repos?type=all").arg(org), tr("repositories"), sink, &repos);
    if (!repoPages)
        return done(repoPages.error());
    bool keys = repos;
    for (const QJsonDocument& page : std::as_const(*repoPages)) {
        for (const QJsonValue& repo : page.array()) {
            const QString name = repo.toObject().value(QStringLiteral("full_name")).toString();
            if (name.isEmpty())
                continue;
            bool available = false;
            if (auto status
                = readAll(QStringLiteral("/repos/%1/keys").arg(name), tr("deploy keys of %1").arg(name), &available);
                !status)
                return done(status);
            keys = keys && available;
        }
    }

    // The audit log (GitHub Enterprise Cloud): only what came after the last run's newest record.
    QString auditPath = QStringLiteral("/orgs/%1/audit-log?include=all").arg(org);
    if (m_connection.auditSince.isValid())
        auditPath += QStringLiteral("&phrase=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("created:>=")
                                                          + m_connection.auditSince.date().toString(Qt::ISODate)));
    bool audit = false;
    auto auditPages = list(auditPath, tr("the audit log (GitHub Enterprise Cloud, read:audit_log)"), sink, &audit);
    if (!auditPages)
        return done(auditPages.error());
    for (qsizetype i = 0; i < auditPages->size(); ++i) {
        QJsonArray fresh;
        for (const QJsonValue& value : auditPages->at(i).array()) {
            const QJsonObject record = value.toObject();
            const QDateTime at
                = Timestamp::fromJson(record.value(QStringLiteral("@timestamp")))
                      .value_or(Timestamp::fromJson(record.value(QStringLiteral("created_at"))).value_or(QDateTime()));
            // Records at or before the cursor were counted by an earlier run.
            if (m_connection.auditSince.isValid() && at.isValid() && at <= m_connection.auditSince)
                continue;
            if (at.isValid() && (!m_newestAudit.isValid() || at > m_newestAudit))
                m_newestAudit = at;
            fresh.append(record);
        }
        if (fresh.isEmpty())
            continue;
        const QString origin = QStringLiteral("%1 page %2").arg(url(auditPath).toString(QUrl::RemoveQuery)).arg(i + 1);
        if (auto status = GitHubImporter::readResponse(origin, QJsonDocument(fresh), sink); !status)
            return done(status);
    }
    if (audit)
        sink.covered(QStringLiteral("github"), QStringLiteral("org:") + org, QDateTime::currentDateTimeUtc().date());

    if (!installations && !tokens && !requests && !repos)
        return done(makeError(tr("%1: the credentials may read nothing of the organisation %2")
                                  .arg(m_connection.apiUrl.toString(), org)));
    if (installations)
        sink.complete(QStringLiteral("github"), QStringLiteral("org:%1/installations").arg(org));
    if (tokens && requests)
        sink.complete(QStringLiteral("github"), QStringLiteral("org:%1/tokens").arg(org));
    if (keys)
        sink.complete(QStringLiteral("github"), QStringLiteral("org:%1/deploy-keys").arg(org));
    return done({});
}

} // namespace recertify
