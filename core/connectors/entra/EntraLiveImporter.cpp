#include "core/connectors/entra/EntraLiveImporter.h"

#include "core/connectors/entra/EntraGraphMapper.h"
#include "core/util/Logging.h"
#include "core/util/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace recertify {

QUrl EntraConnection::effectiveTokenUrl() const
{
    if (!tokenUrl.isEmpty())
        return tokenUrl;
    return QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(tenant));
}

SourceConfig EntraConnection::toSource(const QString& name) const
{
    SourceConfig source;
    source.name = name;
    source.kind = QStringLiteral("entra");
    source.baseUrl = graphUrl.toString();
    source.secretKeyName = secretKey();
    source.config = QJsonObject { { QStringLiteral("tenant"), tenant },
                                  { QStringLiteral("clientId"), clientId },
                                  { QStringLiteral("tokenUrl"), tokenUrl.toString() } };
    return source;
}

EntraConnection EntraConnection::fromSource(const SourceConfig& source)
{
    EntraConnection connection;
    connection.tenant = source.config.value(QStringLiteral("tenant")).toString();
    connection.clientId = source.config.value(QStringLiteral("clientId")).toString();
    connection.graphUrl = QUrl(source.baseUrl);
    const QString token = source.config.value(QStringLiteral("tokenUrl")).toString();
    if (!token.isEmpty())
        connection.tokenUrl = QUrl(token);
    return connection;
}

EntraLiveImporter::EntraLiveImporter(EntraConnection connection, SecretStore& secrets)
    : m_connection(std::move(connection))
    , m_secrets(secrets)
    , m_http(LiveHttp::Policy { m_connection.maxRetries, m_connection.maxRetryAfterSeconds,
                                m_connection.requestTimeoutMs })
{
}

EntraLiveImporter::~EntraLiveImporter() = default;

QString EntraLiveImporter::describe(const HttpReply& reply) const
{
    if (reply.status == 0)
        return reply.networkError;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    // Graph: {"error":{"code","message"}}; the token endpoint: {"error","error_description"}.
    QString detail = body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    if (detail.isEmpty()) {
        // A token endpoint may echo the request, secret and all, in error_description: keep only the
        // error code and the AADSTS number, never the text.
        detail = body.value(QStringLiteral("error")).toString();
        static const QRegularExpression aadsts(QStringLiteral("AADSTS\\d+"));
        const QString code = aadsts.match(body.value(QStringLiteral("error_description")).toString()).captured(0);
        if (!code.isEmpty())
            detail += QStringLiteral(" (%1)").arg(code);
    }
    detail = SafeText::quote(detail.trimmed());
    return detail.isEmpty() ? tr("HTTP %1").arg(reply.status) : tr("HTTP %1: %2").arg(reply.status).arg(detail);
}

Status EntraLiveImporter::fetchToken(RecordSink& sink)
{
    auto secret = m_secrets.read(m_connection.secretKey());
    if (!secret)
        return secret.error();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_connection.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), secret.value());
    form.addQueryItem(QStringLiteral("scope"),
                      m_connection.graphUrl.toString(QUrl::RemovePath | QUrl::StripTrailingSlash)
                          + QStringLiteral("/.default"));
    const QUrl url = m_connection.effectiveTokenUrl();
    auto reply = m_http.request(
        "POST", url, { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") } },
        sink, form.toString(QUrl::FullyEncoded).toUtf8());
    if (!reply)
        return reply.error();
    if (reply->status != 200) {
        return makeError(tr("%1: the token endpoint refused the client credentials of %2: %3")
                             .arg(url.toString(), m_connection.clientId, describe(*reply)));
    }
    m_token = QJsonDocument::fromJson(reply->body).object().value(QStringLiteral("access_token")).toString().toUtf8();
    if (m_token.isEmpty())
        return makeError(tr("%1: the token response holds no access_token").arg(url.toString()));
    return {};
}

Result<QJsonObject> EntraLiveImporter::getJson(const QUrl& url, RecordSink& sink)
{
    for (bool refreshed = false;;) {
        auto reply = m_http.request("GET", url,
                                    { { QByteArrayLiteral("Authorization"), QByteArray("Bearer " + m_token) },
                                      { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } },
                                    sink);
        if (!reply)
            return reply.error();
        if (reply->status == 401 && !refreshed) {
            // The token expired mid-run: one refresh, then the request again.
            refreshed = true;
            if (auto status = fetchToken(sink); !status)
                return status.error();
            continue;
        }
        if (reply->status != 200)
            return makeError(tr("%1: %2").arg(url.toString(), describe(*reply)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(reply->body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return makeError(
                tr("%1: byte %2: invalid JSON: %3").arg(url.toString()).arg(error.offset).arg(error.errorString()));
        }
        return document.object();
    }
}

Result<QList<QJsonObject>> EntraLiveImporter::getPaged(const QString& path, RecordSink& sink)
{
    QList<QJsonObject> pages;
    QUrl url = m_connection.graphUrl.resolved(QUrl(path));
    while (url.isValid()) {
        auto page = getJson(url, sink);
        if (!page)
            return page.error();
        pages.append(page.value());
        const QString next = page->value(QStringLiteral("@odata.nextLink")).toString();
        if (next.isEmpty())
            break;
        // Followed verbatim, but the bearer token only ever goes to the Graph host it was issued for.
        const QUrl nextUrl(next);
        if (nextUrl.host() != m_connection.graphUrl.host() || nextUrl.port() != m_connection.graphUrl.port()
            || nextUrl.scheme() != m_connection.graphUrl.scheme()) {
            return makeError(tr("%1: @odata.nextLink points to another host (%2); refusing to send the token there")
                                 .arg(url.toString(), nextUrl.host()));
        }
        url = nextUrl;
    }
    return pages;
}

Status EntraLiveImporter::read(const QString& input, RecordSink& sink)
{
    m_http.resetCount();
    if (auto status = fetchToken(sink); !status)
        return status;
    EntraGraphMapper mapper(input.isEmpty() ? m_connection.graphUrl.toString() : input);
    mapper.setNextLinksFollowed(true);
    const QString principals = QStringLiteral("/v1.0/servicePrincipals?$top=999");
    auto spPages = getPaged(principals, sink);
    if (!spPages)
        return spPages.error();
    QStringList ids;
    for (const QJsonObject& page : spPages.value()) {
        mapper.addResponse(QStringLiteral("GET ") + principals, page);
        for (const QJsonValue& sp : page.value(QStringLiteral("value")).toArray())
            ids << sp.toObject().value(QStringLiteral("id")).toString();
    }
    for (const QString& id : std::as_const(ids)) {
        const QString path = QStringLiteral("/v1.0/servicePrincipals/%1/appRoleAssignments").arg(id);
        auto pages = getPaged(path, sink);
        if (!pages)
            return pages.error();
        for (const QJsonObject& page : pages.value())
            mapper.addResponse(QStringLiteral("GET ") + path, page);
    }
    for (const QString& path : { QStringLiteral("/v1.0/oauth2PermissionGrants"),
                                 QStringLiteral("/beta/reports/servicePrincipalSignInActivities") }) {
        auto pages = getPaged(path, sink);
        if (!pages)
            return pages.error();
        for (const QJsonObject& page : pages.value())
            mapper.addResponse(QStringLiteral("GET ") + path, page);
    }
    m_http.close();
    return mapper.finish(sink);
}

} // namespace recertify
