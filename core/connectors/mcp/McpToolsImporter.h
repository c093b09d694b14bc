#pragma once

#include "core/connectors/Importer.h"

#include <QJsonObject>
#include <QSet>

namespace recertify {

/**
 * An MCP server's JSON-RPC tools/list response, as an AI agent sees it: the agent becomes an identity
 * (nativeId "mcp:<agent>") holding one grant per tool it is offered. Accepts one response, an array
 * of pages, or a wrapper {"agent", "server", "response"} that names the agent and the server; without
 * the wrapper the agent is named after its server (serverInfo of the initialize answer, in the file or beside it as
 * initialize.json), else the name given, else the folder of a generic tools.json, else the file. Declared scope is
 * left to the owner's attestation.
 */
class McpToolsImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(McpToolsImporter)

public:
    QString format() const override { return QStringLiteral("mcp-tools"); }
    QString source() const override { return QStringLiteral("mcp"); }
    bool isInventory() const override { return false; }
    /** A folder holds one server's tools/list answer (and maybe its initialize answer), or one such folder per
     * server. */
    // A stdio capture is one message per line, as often saved .jsonl as .json.
    QStringList folderPatterns() const override { return { QStringLiteral("*.json"), QStringLiteral("*.jsonl") }; }
    void start() override;
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    [[nodiscard]] Status finish(RecordSink& sink) override;
    /** Names the agent when the input does not: used before the folder, after the server's own serverInfo. */
    bool setName(const QString& name) override
    {
        m_name = name.trimmed();
        return true;
    }

private:
    QString m_name;
    QString m_initializeOnly; ///< an initialize answer read, which names a server but offers no tools
    QString m_callAnswerOnly; ///< a tools/call answer read: one tool's output, no tools
    QString m_requestOnly; ///< a JSON-RPC request read (what a client sent), no answer
    QString m_requestMethod;
    int m_agents = 0;
    /** `prefix` names the page in errors: "", "[2]", "response" or "response[2]". */
    [[nodiscard]] static Status readPage(const QJsonObject& page, const QString& path, const QString& prefix,
                                         const QString& server, StagedIdentity& agent, QSet<QString>& seen);
};

} // namespace recertify
