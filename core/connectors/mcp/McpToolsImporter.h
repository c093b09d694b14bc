#pragma once

#include "connectors/Importer.h"

#include <QJsonObject>
#include <QSet>

namespace recertify {

/**
 * An MCP server's JSON-RPC tools/list response, as an AI agent sees it: the agent becomes an identity
 * (nativeId "mcp:<agent>") holding one grant per tool it is offered. Accepts one response, an array
 * of pages, or a wrapper {"agent", "server", "response"} that names the agent and the server; without
 * the wrapper the agent is named after the file. Declared scope is left to the owner's attestation.
 */
class McpToolsImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(McpToolsImporter)

public:
    QString format() const override { return QStringLiteral("mcp-tools"); }
    QString source() const override { return QStringLiteral("mcp"); }
    bool isInventory() const override { return false; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    /** Names the agent when the input does not: used before the folder, after the server's own serverInfo. */
    bool setName(const QString& name) override
    {
        m_name = name.trimmed();
        return true;
    }

private:
    QString m_name;
    /** `prefix` names the page in errors: "", "[2]", "response" or "response[2]". */
    [[nodiscard]] static Status readPage(const QJsonObject& page, const QString& path, const QString& prefix,
                                         const QString& server, StagedIdentity& agent, QSet<QString>& seen);
};

} // namespace recertify
