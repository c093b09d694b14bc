#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/live/LiveHttp.h"
#include "core/domain/SourceConfig.h"
#include "core/secrets/SecretStore.h"

namespace recertify {

/** Which organisation to read and as whom. The token or the App's private key lives in the keychain. */
struct GitHubConnection
{
    QString org;
    QUrl apiUrl = QUrl(QStringLiteral("https://api.github.com")); ///< GitHub Enterprise Server: https://HOST/api/v3
    QString appId; ///< empty: a token from the keychain entry github:ORG
    QDateTime auditSince; ///< audit records up to this time were read by an earlier run
    int perPage = 100;
    LiveHttp::Policy policy { 5, 3600, 30000 }; ///< a primary rate limit resets within the hour

    QString secretKey() const;
    SourceConfig toSource(const QString& name) const;
    static GitHubConnection fromSource(const SourceConfig& source);
};

/**
 * A GitHub organisation over the REST API: app installations with their permissions, fine-grained
 * personal access tokens and token requests, deploy keys of every repository, and the audit log since
 * the last run. Authenticates as a GitHub App (RS256 JWT, installation token refreshed before it
 * expires and after a 401) or with a token; follows `Link: rel="next"` on the API host only; waits out
 * primary (X-RateLimit-Remaining/Reset) and secondary (Retry-After) limits with Cancel. The mapping is
 * the file importer's. A list the credentials may not read is named in a warning and retires nothing.
 */
class GitHubLiveImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(GitHubLiveImporter)

public:
    GitHubLiveImporter(GitHubConnection connection, SecretStore& secrets);
    ~GitHubLiveImporter() override;

    QString format() const override { return QStringLiteral("github-live"); }
    QString source() const override { return QStringLiteral("github"); }
    bool isInventory() const override { return true; }
    bool readsFiles() const override { return false; }
    [[nodiscard]] Status read(const QString& input, RecordSink& sink) override;
    QJsonObject syncState() const override;

    int requestCount() const { return m_http.requestCount(); }
    /** The lists the credentials could not read in the last run ("personal access tokens"). */
    const QStringList& unavailable() const { return m_unavailable; }

private:
    [[nodiscard]] Status authenticate(RecordSink& sink);
    [[nodiscard]] Result<HttpReply> get(const QUrl& url, RecordSink& sink);
    /** Every page of a list; `available` false (and a warning) when the server refuses it with 403 or 404. */
    [[nodiscard]] Result<QList<QJsonDocument>> list(const QString& path, const QString& what, RecordSink& sink,
                                                    bool* available);
    QString describe(const HttpReply& reply) const;
    QUrl url(const QString& path) const;

    GitHubConnection m_connection;
    SecretStore& m_secrets;
    LiveHttp m_http;
    QByteArray m_token;
    QDateTime m_tokenExpires; ///< an installation token's expiry; invalid for a personal token
    QDateTime m_waitUntil; ///< the primary limit is used up until then
    QDateTime m_newestAudit;
    QStringList m_unavailable;
};

} // namespace recertify
