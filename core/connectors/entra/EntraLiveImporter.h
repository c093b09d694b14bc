#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/live/LiveHttp.h"
#include "core/domain/SourceConfig.h"
#include "core/secrets/SecretStore.h"

#include <QJsonObject>
#include <QUrl>

namespace recertify {

/** Where and as whom to reach a tenant. The client secret is not here: it lives in the keychain. */
struct EntraConnection
{
    QString tenant;
    QString clientId;
    QUrl graphUrl = QUrl(QStringLiteral("https://graph.microsoft.com"));
    QUrl tokenUrl; ///< empty: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token
    int maxRetries = 5;
    int maxRetryAfterSeconds = 120;
    int requestTimeoutMs = 30000;

    QString secretKey() const { return QStringLiteral("entra:%1:%2").arg(tenant, clientId); }
    QUrl effectiveTokenUrl() const;

    /** As kept in the sources table (no secret), and back. */
    SourceConfig toSource(const QString& name) const;
    static EntraConnection fromSource(const SourceConfig& source);
};

/**
 * Microsoft Entra ID over Microsoft Graph: OAuth 2 client credentials, bearer auth, @odata.nextLink
 * paging followed verbatim (only to the Graph host), 429/503 honoured through Retry-After, and one
 * token refresh on 401. Pages go through the same EntraGraphMapper as the file import.
 */
class EntraLiveImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(EntraLiveImporter)

public:
    EntraLiveImporter(EntraConnection connection, SecretStore& secrets);
    ~EntraLiveImporter() override;

    QString format() const override { return QStringLiteral("entra-live"); }
    QString source() const override { return QStringLiteral("entra"); }
    bool isInventory() const override { return true; }
    bool readsFiles() const override { return false; }
    /** The input names the tenant (for the run history); the connection says where to go. */
    [[nodiscard]] Status read(const QString& input, RecordSink& sink) override;

    /** Requests made in the last read, for the run history and tests. */
    int requestCount() const { return m_http.requestCount(); }

private:
    [[nodiscard]] Status fetchToken(RecordSink& sink);
    [[nodiscard]] Result<QList<QJsonObject>> getPaged(const QString& path, RecordSink& sink);
    [[nodiscard]] Result<QJsonObject> getJson(const QUrl& url, RecordSink& sink);
    QString describe(const HttpReply& reply) const;

    EntraConnection m_connection;
    SecretStore& m_secrets;
    LiveHttp m_http;
    QByteArray m_token;
};

} // namespace recertify
