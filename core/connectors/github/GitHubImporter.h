#pragma once

#include "core/connectors/Importer.h"

#include <QJsonDocument>
#include <QJsonObject>

class QFile;

namespace recertify {

/**
 * GitHub payloads, told apart by content: an app installation (REST object or webhook payload), the
 * REST installations list, the fine-grained personal access tokens of an organisation, or an
 * audit-log export in JSON Lines. Installations and tokens become identities with one grant per
 * permission ("contents:write"); audit-log lines become activity of the token or app that acted.
 * The inputs are partial views of an organisation, so this is not an inventory.
 */
class GitHubImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(GitHubImporter)

public:
    QString format() const override { return QStringLiteral("github"); }
    QString source() const override { return QStringLiteral("github"); }
    bool isInventory() const override { return false; }
    QStringList folderPatterns() const override
    {
        return { QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.json.gz"),
                 QStringLiteral("*.jsonl.gz") };
    }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

    /** One REST answer (installations, tokens, token requests, deploy keys, audit log), as the live connector reads it.
     */
    [[nodiscard]] static Status readResponse(const QString& origin, const QJsonDocument& document, RecordSink& sink)
    {
        return readDocument(origin, document, sink);
    }
    /** Maps one audit-log record; false when no token or app acted (reason set). */
    static bool toEvent(const QJsonObject& record, ActivityEvent* event, QString* reason);

private:
    [[nodiscard]] static Status readAuditArrays(const QString& path, QFile& file, RecordSink& sink);
    [[nodiscard]] static Status readAuditLog(const QString& path, QFile& file, RecordSink& sink);
    /** One audit record, from a line of an export or an element of the REST API's array; where: "line 3", "[2]". */
    [[nodiscard]] static Status auditRecord(const QJsonObject& record, const QString& path, const QString& where,
                                            RecordSink& sink);
    /** GET /repos/{owner}/{repo}/keys: each deploy key is an identity with its key as credential. */
    static Result<StagedIdentity> deployKey(const QJsonObject& object, const QString& path, const QString& prefix);
    /** Says when deploy keys came without the URL that names their repository (a trimmed copy). */
    static void warnOfUnnamedRepositories(const QString& path, int keys, RecordSink& sink);
    /** One entry of GET /orgs/{org}/credential-authorizations: a member's token let into the organisation by SSO. */
    static Result<StagedIdentity> credentialAuthorization(const QJsonObject& object, const QString& path,
                                                          const QString& prefix);
    [[nodiscard]] static Status readDocument(const QString& path, const QJsonDocument& document, RecordSink& sink);
    /** `prefix` names the object in errors: "installations[2]." or "installation." or empty. */
    [[nodiscard]] static Status tokenRequestEvent(const QJsonObject& root, const QString& path, RecordSink& sink);
    /** A request for a token's access: disabled, holding nothing; what it asks for said in its purpose. */
    static void keepAsRequest(StagedIdentity& staged, const QString& reason);
    static Result<StagedIdentity> installation(const QJsonObject& object, const QString& path, const QString& prefix);
    static Result<StagedIdentity> personalAccessToken(const QJsonObject& object, const QString& path,
                                                      const QString& prefix);
    /** A JSON time (ISO text, epoch seconds or milliseconds); null or absent gives an invalid QDateTime. */
    static Result<QDateTime> timeOf(const QJsonObject& object, const QString& key, const QString& path,
                                    const QString& prefix);
};

} // namespace recertify
