#include "core/connectors/mcp/McpToolsImporter.h"

#include "core/connectors/JsonInput.h"
#include "core/domain/IdentityKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace recertify {

namespace {

QString member(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

// The name in serverInfo (the MCP spelling) or server_info (Python clients' field names) of an object; from the
// 2026-07-28 revision on (no initialize), a server/discover result's _meta["io.modelcontextprotocol/serverInfo"].
QString serverNameIn(const QJsonObject& o)
{
    const QJsonObject meta = o.value(QStringLiteral("_meta")).toObject();
    for (const QJsonValue& info : { o.value(QStringLiteral("serverInfo")), o.value(QStringLiteral("server_info")),
                                    meta.value(QStringLiteral("io.modelcontextprotocol/serverInfo")) }) {
        if (const QString name = info.toObject().value(QStringLiteral("name")).toString(); !name.trimmed().isEmpty())
            return name.trimmed();
    }
    return {};
}

// An answer that names the server and offers no tools itself: initialize's, or server/discover's.
bool namesServerOnly(const QJsonObject& result)
{
    return !serverNameIn(result).isEmpty()
        && (result.contains(QStringLiteral("protocolVersion")) || result.contains(QStringLiteral("supportedVersions")))
        && !result.contains(QStringLiteral("tools"));
}

// An MCP Bundle's manifest.json (formerly a Desktop Extension's, dxt_version): the server's declared tools.
bool isBundleManifest(const QJsonObject& o)
{
    return (o.contains(QStringLiteral("manifest_version")) || o.contains(QStringLiteral("dxt_version")))
        && o.value(QStringLiteral("tools")).isArray();
}

// An initialize response (or its result) with no tools: what an inspector saves beside tools/list.
// An entry of the MCP registry (server.json, or a listing of them): where to get a server, not what it offers.
bool isRegistryEntry(const QJsonObject& o)
{
    if (isBundleManifest(o))
        return false;
    return o.contains(QStringLiteral("packages")) || o.contains(QStringLiteral("remotes"))
        || o.contains(QStringLiteral("version_detail"))
        || o.value(QStringLiteral("$schema")).toString().contains(QLatin1String("server.schema"))
        || o.value(QStringLiteral("$schema")).toString().contains(QLatin1String("registry.schema"))
        || o.value(QStringLiteral("data")).toObject().value(QStringLiteral("servers")).isArray()
        || (o.value(QStringLiteral("repository")).isObject() && o.contains(QStringLiteral("version")));
}

// VS Code and Cursor accept comments and trailing commas in their configuration; a JSON parser does not.
bool looksLikeClientConfig(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression servers(QStringLiteral(R"re("(mcpServers|servers|mcp\.servers)"\s*:\s*\{)re"));
    return servers.match(QString::fromUtf8(file.read(64 * 1024))).hasMatch();
}

// A Streamable HTTP server may answer as server-sent events ("event: message" / "data: {…}"); saved with curl, the
// file holds that stream. The data of each message event, as the EventSource standard reads a stream: lines end in
// LF, CR or CRLF; a comment, an unknown field or a line without a colon is passed over; a blank line ends an event;
// an event of another type (the old transport's "endpoint") or without data (a priming event) carries no answer.
// What a stdio server writes: one JSON-RPC message per line (the transport forbids newlines inside one). Its answers
// (result or error) in order, as a saved session holds them; nothing when a line is no JSON-RPC message.
std::optional<QJsonArray> jsonRpcLines(QByteArray text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QJsonArray answers;
    std::optional<QJsonObject> firstError;
    int messages = 0;
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument message = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !message.isObject()
            || !message.object().contains(QStringLiteral("jsonrpc")))
            return std::nullopt;
        ++messages;
        // initialize's answer names the server, tools/list's hold the tools; the answers to other calls (tools/call,
        // ping, resources/list) and notifications are no part of what it offers.
        const QJsonObject o = message.object();
        const QJsonObject result = o.value(QStringLiteral("result")).toObject();
        if (result.contains(QStringLiteral("serverInfo")) || namesServerOnly(result)
            || result.contains(QStringLiteral("tools")))
            answers.append(o);
        else if (o.contains(QStringLiteral("error")) && !firstError)
            firstError = o;
    }
    if (messages < 2)
        return std::nullopt;
    const bool anyTools = std::any_of(answers.cbegin(), answers.cend(), [](const QJsonValue& a) {
        return a.toObject().value(QStringLiteral("result")).toObject().contains(QStringLiteral("tools"));
    });
    // No tools among them: the first refusal says why (a tools/list the server answered with an error).
    if (!anyTools && firstError)
        answers.append(*firstError);
    if (answers.isEmpty())
        return std::nullopt;
    return answers;
}

QList<QByteArray> eventStreamData(QByteArray text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    QList<QByteArray> events;
    QByteArray data;
    QByteArray type;
    bool any = false;
    const auto dispatch = [&] {
        if (any && !data.trimmed().isEmpty() && (type.isEmpty() || type == "message"))
            events << data;
        data.clear();
        type.clear();
        any = false;
    };
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty()) {
            dispatch();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // a comment, or a field without a value
        QByteArray value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        const QByteArray field = line.left(colon);
        if (field == "event") {
            type = value;
        } else if (field == "data") {
            if (any)
                data += '\n';
            data += value;
            any = true;
        }
    }
    dispatch(); // a capture that stops without the last blank line still holds its answer
    return events;
}

bool isInitializeOnly(const QJsonObject& root)
{
    return namesServerOnly(root.contains(QStringLiteral("result")) ? root.value(QStringLiteral("result")).toObject()
                                                                   : root);
}

// The answer to a tools/call (CallToolResult: its content, and no tools): one tool's output, as an inspector or a
// stdio capture saves it beside the server's other answers.
bool isCallAnswer(const QJsonObject& root)
{
    const QJsonObject result = root.value(QStringLiteral("result")).toObject();
    return root.contains(QStringLiteral("jsonrpc")) && result.value(QStringLiteral("content")).isArray()
        && !result.contains(QStringLiteral("tools"));
}

// The server named by an initialize or server/discover answer saved in a file of its own, as JSON or as the
// server-sent events curl saved; empty when the file is not there or names none.
QString serverNamedBy(const QString& path)
{
    if (!QFileInfo::exists(path))
        return {};
    QList<QJsonObject> answers;
    if (auto json = JsonInput::readFile(path)) {
        answers << json->object();
    } else if (auto text = JsonInput::readText(path)) {
        for (const QByteArray& data : eventStreamData(text.value()))
            answers << QJsonDocument::fromJson(data).object();
    }
    for (const QJsonObject& answer : std::as_const(answers)) {
        if (isInitializeOnly(answer))
            return serverNameIn(
                answer.contains(QStringLiteral("result")) ? answer.value(QStringLiteral("result")).toObject() : answer);
    }
    return {};
}

} // namespace

void McpToolsImporter::start()
{
    m_initializeOnly.clear();
    m_callAnswerOnly.clear();
    m_requestOnly.clear();
    m_requestMethod.clear();
    m_agents = 0;
}

Status McpToolsImporter::finish(RecordSink& sink)
{
    Q_UNUSED(sink)
    if (m_agents == 0 && !m_initializeOnly.isEmpty())
        return makeError(tr("%1: the server's initialize (or server/discover) answer holds no tools; give its "
                            "tools/list answer too")
                             .arg(m_initializeOnly));
    if (m_agents == 0 && !m_callAnswerOnly.isEmpty())
        return makeError(tr("%1: the answer to a tools/call, one tool's output, holds no tools; give the server's "
                            "tools/list answer")
                             .arg(m_callAnswerOnly));
    if (m_agents == 0 && !m_requestOnly.isEmpty())
        return makeError(tr("%1: a JSON-RPC request (%2) as a client sends it to the server, not the server's "
                            "answer; save what the server answered to tools/list and import that")
                             .arg(m_requestOnly, m_requestMethod));
    return {};
}

Status McpToolsImporter::read(const QString& path, RecordSink& sink)
{
    const auto clientConfigError = [&path] {
        return makeError(
            tr("%1: an MCP client configuration (mcpServers / servers): it says how to start servers, not which "
               "tools they offer. Save each server's tools/list answer (for example with the MCP Inspector) and "
               "import that.")
                .arg(path));
    };
    auto document = JsonInput::readFile(path);
    if (!document) {
        auto text = JsonInput::readText(path);
        const QList<QByteArray> events = text ? eventStreamData(text.value()) : QList<QByteArray>();
        const std::optional<QJsonArray> lines = text && events.isEmpty() ? jsonRpcLines(text.value()) : std::nullopt;
        if (lines)
            document = QJsonDocument(*lines); // read as a saved session: initialize names the server
        else if (events.isEmpty())
            return looksLikeClientConfig(path) ? clientConfigError() : document.error();
        if (!lines) {
            // The answer to tools/list among the events (a session also holds initialize's answer and notifications);
            // else the first answer, an error among them; a message that is not JSON only when nothing else is there.
            // A whole session (the old transport's stream, or a capture of several answers) is read as one: the
            // initialize answer names the server, each tools/list answer is a page of its tools.
            std::optional<QJsonDocument> answer;
            std::optional<Error> broken;
            QJsonArray session;
            bool sessionTools = false;
            for (qsizetype i = 0; i < events.size(); ++i) {
                auto parsed = JsonInput::parse(events.at(i), tr("%1: event %2").arg(path).arg(i + 1));
                if (!parsed) {
                    if (!broken)
                        broken = parsed.error();
                    continue;
                }
                const QJsonObject o = parsed->object();
                const QJsonObject result = o.value(QStringLiteral("result")).toObject();
                if (result.contains(QStringLiteral("tools"))) {
                    session.append(o);
                    sessionTools = true;
                    if (!answer
                        || !answer->object()
                                .value(QStringLiteral("result"))
                                .toObject()
                                .contains(QStringLiteral("tools")))
                        answer = *parsed;
                    continue;
                }
                if (namesServerOnly(result))
                    session.append(o);
                if (!answer && (o.contains(QStringLiteral("result")) || o.contains(QStringLiteral("error"))))
                    answer = *parsed;
            }
            if (sessionTools && session.size() > 1)
                answer = QJsonDocument(session);
            if (!answer && broken)
                return *broken;
            if (!answer) {
                return makeError(tr("%1: server-sent events without a JSON-RPC answer (result or error): save the "
                                    "server's answer to tools/list")
                                     .arg(path));
            }
            document = *answer;
        }
    }
    const QJsonObject root = document->object();
    const QJsonArray array = document->array();
    if (isRegistryEntry(root) || (!array.isEmpty() && isRegistryEntry(array.first().toObject()))) {
        return makeError(tr("%1: an MCP registry entry (server.json: packages, remotes): it says where to get a "
                            "server, not which tools it offers. Save the server's tools/list answer and import "
                            "that.")
                             .arg(path));
    }
    const QFileInfo file(path);
    // tools.json is what every server's dump is called: then the folder names the server.
    static const QStringList generic {
        QStringLiteral("tools"), QStringLiteral("tools-list"), QStringLiteral("tools_list"),
        QStringLiteral("list"),  QStringLiteral("result"),     QStringLiteral("response"),
        QStringLiteral("mcp"),   QStringLiteral("manifest"),   QStringLiteral("toolDefinitions")
    };
    QString agentName = generic.contains(file.completeBaseName(), Qt::CaseInsensitive) ? file.absoluteDir().dirName()
                                                                                       : file.completeBaseName();
    // stripe.tools.json names stripe; its id keeps the whole stem, as stores from earlier versions hold it.
    QString agentId = agentName;
    bool namedByFile = true;
    if (agentName.endsWith(QLatin1String(".tools"), Qt::CaseInsensitive))
        agentName.chop(6);
    QString server;
    // A client's configuration (Claude Desktop's mcpServers, VS Code's servers) says how to start servers, not
    // what they offer; it may also hold their API keys.
    // VS Code's user settings keep the same under "mcp" (its servers, or nothing yet).
    const bool clientConfig = root.value(QStringLiteral("mcpServers")).isObject()
        || (root.value(QStringLiteral("servers")).isObject() && !root.contains(QStringLiteral("tools")))
        || (root.value(QStringLiteral("mcp")).isObject() && !root.contains(QStringLiteral("tools")));
    if (clientConfig)
        return clientConfigError();
    // One tool's definition (a test snapshot of a single tool): not what a server offers as a whole.
    if (root.contains(QStringLiteral("inputSchema")) && root.value(QStringLiteral("name")).isString()
        && !root.contains(QStringLiteral("tools")) && !root.contains(QStringLiteral("result"))) {
        return makeError(tr("%1: the definition of one MCP tool (%2), not a server's list of tools: save the server's "
                            "tools/list answer (for example with the MCP Inspector) and import that")
                             .arg(path, root.value(QStringLiteral("name")).toString().left(100)));
    }
    // A server's sampling request (sampling/createMessage, or its params: messages, tools, maxTokens): tools offered
    // to a model for one completion, not what a server offers an agent.
    const QJsonObject params
        = root.value(QStringLiteral("method")).toString() == QLatin1String("sampling/createMessage")
        ? root.value(QStringLiteral("params")).toObject()
        : root;
    if (params.value(QStringLiteral("messages")).isArray()
        && (params.contains(QStringLiteral("maxTokens")) || params.contains(QStringLiteral("toolChoice"))
            || root.value(QStringLiteral("method")).toString() == QLatin1String("sampling/createMessage"))) {
        return makeError(
            tr("%1: an MCP sampling request (sampling/createMessage): its tools are offered to a model for "
               "one completion, not a server's list of tools; save the server's tools/list answer and "
               "import that")
                .arg(path));
    }
    // Docker's catalogue writes [] for a server that lists its tools only once it runs.
    if (document->isArray() && document->array().isEmpty()) {
        sink.skipped(tr("%1: an empty list of tools: the server says which tools it offers only when it runs; save "
                        "its tools/list answer (for example with the MCP Inspector) and import that")
                         .arg(path));
        return {};
    }
    // A bundle's tools are optional in its manifest: without them it says nothing of what the server offers.
    // An empty list is the same: the Azure MCP Server's bundle declares "tools": [] and generates them at run time.
    if ((root.contains(QStringLiteral("manifest_version")) || root.contains(QStringLiteral("dxt_version")))
        && root.value(QStringLiteral("tools")).toArray().isEmpty())
        return makeError(tr("%1: an MCP Bundle manifest that declares no tools (they are optional there); save the "
                            "server's tools/list answer and import that")
                             .arg(path));
    QJsonValue response = document->isArray() ? QJsonValue(document->array()) : QJsonValue(root);
    QString prefix;
    if (root.contains(QStringLiteral("response"))) {
        // The wrapper says which agent was offered the tools, and by which server.
        if (root.contains(QStringLiteral("agent"))) {
            agentName = root.value(QStringLiteral("agent")).toString();
            namedByFile = false;
            if (agentName.isEmpty())
                return JsonInput::fieldError(path, QStringLiteral("agent"), tr("the name of the agent"));
        }
        server = root.value(QStringLiteral("server")).toString();
        response = root.value(QStringLiteral("response"));
        prefix = QStringLiteral("response");
    } else if (root.contains(QStringLiteral("tools")) && !root.contains(QStringLiteral("result"))) {
        // The bare result of tools/list, as SDKs and inspectors save it; some save the initialize answer beside it
        // (mcp-interviewer: initialize_result), whose serverInfo names the server.
        response = QJsonObject { { QStringLiteral("result"), root } };
        // The initialize answer's serverInfo saved beside the tools: at the top (serverInfo, or server_info as
        // Python tools write it), in a wrapper (mcp-interviewer's initialize_result, mcp-scan's metadata), or
        // the server's name as a plain string (mcp-proxy's snapshots).
        server = serverNameIn(root);
        for (const char* key : { "initialize_result", "initialize", "initializeResult", "metadata" }) {
            QJsonObject init = root.value(QLatin1String(key)).toObject();
            if (init.contains(QStringLiteral("result")))
                init = init.value(QStringLiteral("result")).toObject();
            if (server.isEmpty())
                server = serverNameIn(init);
        }
        if (server.isEmpty() && root.value(QStringLiteral("server")).isString())
            server = root.value(QStringLiteral("server")).toString().trimmed();
        // A bundle's manifest names its server (manifest.json is what every bundle's is called).
        if (server.isEmpty() && isBundleManifest(root)) {
            // Its name is its id; the display name may change.
            server = root.value(QStringLiteral("name")).toString().trimmed();
            if (server.isEmpty())
                server = root.value(QStringLiteral("display_name")).toString().trimmed();
        }
    } else if (isInitializeOnly(root)) {
        // A folder's initialize.json names the server of the tools beside it; it offers no tools itself.
        sink.skipped(tr("%1: the server's initialize (or server/discover) answer, which names the server; its tools "
                        "come from the tools/list answer beside it")
                         .arg(path));
        m_initializeOnly = path;
        return {};
    } else if (isCallAnswer(root)) {
        // Beside the server's answers in its folder: what one call returned says nothing of what it offers.
        sink.skipped(
            tr("%1: the answer to a tools/call, one tool's output, not the tools the server offers").arg(path));
        m_callAnswerOnly = path;
        return {};
    } else if (root.value(QStringLiteral("method")).isString() && root.contains(QStringLiteral("jsonrpc"))
               && !root.contains(QStringLiteral("result")) && !root.contains(QStringLiteral("error"))) {
        // A request a client sent (saved for curl beside the answers, or alone): it asks, it offers nothing.
        const QString method = root.value(QStringLiteral("method")).toString().left(100);
        sink.skipped(tr("%1: a JSON-RPC request (%2) as a client sends it, not the server's answer").arg(path, method));
        m_requestOnly = path;
        m_requestMethod = method;
        return {};
    }
    // A web service's routes ({name, endpoint, method}) listed in a tools.json: not MCP tools, which carry an input
    // schema and are called through tools/call.
    if (response.isArray()) {
        const QJsonArray items = response.toArray();
        const auto route = [](const QJsonValue& v) {
            const QJsonObject o = v.toObject();
            return (o.contains(QStringLiteral("endpoint")) || o.contains(QStringLiteral("path")))
                && o.value(QStringLiteral("method")).isString() && !o.contains(QStringLiteral("inputSchema"));
        };
        if (!items.isEmpty() && std::all_of(items.begin(), items.end(), route))
            return makeError(tr("%1: a list of %n HTTP route(s) (endpoint and method), not MCP tools, which carry an "
                                "input schema; save the server's tools/list answer and import that",
                                nullptr, int(items.size()))
                                 .arg(path));
    }

    // Names alone (jq '[.result.tools[].name]', a README's list): what each tool may do is not in them.
    if (response.isArray() && !response.toArray().isEmpty()) {
        const QJsonArray items = response.toArray();
        if (std::all_of(items.begin(), items.end(), [](const QJsonValue& v) { return v.isString(); }))
            return makeError(tr("%1: a list of %n name(s), not tools: save the server's tools/list answer, whose "
                                "tools carry their description, input schema and annotations",
                                nullptr, int(items.size()))
                                 .arg(path));
    }
    // A bare array of tools (jq .result.tools, or a catalogue's tools.json): one page of them (registry listings,
    // whose entries also have a name and a description, were refused above).
    if (response.isArray() && !response.toArray().isEmpty()) {
        const QJsonArray items = response.toArray();
        const bool tools = std::all_of(items.begin(), items.end(), [](const QJsonValue& v) {
            const QJsonObject o = v.toObject();
            return o.value(QStringLiteral("name")).isString() && !o.contains(QStringLiteral("jsonrpc"))
                && !o.contains(QStringLiteral("result"))
                && (o.contains(QStringLiteral("inputSchema")) || o.contains(QStringLiteral("arguments"))
                    || o.contains(QStringLiteral("description")));
        });
        if (tools)
            response = QJsonObject { { QStringLiteral("result"), QJsonObject { { QStringLiteral("tools"), items } } } };
    }
    QList<std::pair<QJsonObject, QString>> pages;
    if (response.isArray()) {
        // A saved session: the initialize response names the server, tools/list pages follow.
        const QJsonArray items = response.toArray();
        QList<std::pair<QJsonObject, QString>> refused;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            // The MCP Inspector's history export: each request (message) beside the answer it got (response).
            if (item.value(QStringLiteral("message")).isObject() && item.value(QStringLiteral("response")).isObject()) {
                const QString method
                    = item.value(QStringLiteral("message")).toObject().value(QStringLiteral("method")).toString();
                const QJsonObject answer = item.value(QStringLiteral("response")).toObject();
                if (method == QLatin1String("initialize") && server.isEmpty())
                    server = serverNameIn(answer.value(QStringLiteral("result")).toObject());
                // A tools/list the server refused (before it was ready, or with a bad cursor) is history, not the
                // server's tools: passed over when another tools/list in the history was answered.
                if (method == QLatin1String("tools/list") && answer.contains(QStringLiteral("error"))
                    && !answer.contains(QStringLiteral("result")))
                    refused.append({ answer, prefix + QStringLiteral("[%1].response").arg(i) });
                else if (method == QLatin1String("tools/list"))
                    pages.append({ answer, prefix + QStringLiteral("[%1].response").arg(i) });
                continue;
            }
            const QJsonObject itemResult = item.value(QStringLiteral("result")).toObject();
            if (itemResult.value(QStringLiteral("serverInfo")).isObject() || namesServerOnly(itemResult)) {
                if (server.isEmpty())
                    server = serverNameIn(itemResult);
                continue;
            }
            pages.append({ item.value(QStringLiteral("tools")).isArray()
                               ? QJsonObject { { QStringLiteral("result"), item } }
                               : item,
                           prefix + QStringLiteral("[%1]").arg(i) });
        }
        if (pages.isEmpty() && !refused.isEmpty())
            pages.append(refused.last()); // every tools/list was refused: say why, as for a single answer
        else
            for (const auto& [answer, where] : std::as_const(refused))
                sink.skipped(tr("%1: %2: a tools/list the server refused (%3), passed over for the one it answered")
                                 .arg(path, where,
                                      answer.value(QStringLiteral("error"))
                                          .toObject()
                                          .value(QStringLiteral("message"))
                                          .toString()));
        if (pages.isEmpty())
            return JsonInput::fieldError(path, prefix, tr("a JSON-RPC tools/list response"));
    } else if (response.isObject()) {
        pages.append({ response.toObject(), prefix });
    } else {
        return JsonInput::fieldError(path, prefix, tr("a JSON-RPC tools/list response"));
    }
    // An inspector saves the initialize answer beside tools/list (from the 2026-07-28 revision on, server/discover's):
    // its serverInfo names the server.
    for (const char* beside : { "initialize.json", "discover.json" }) {
        if (server.isEmpty() && file.fileName() != QLatin1String(beside))
            server = serverNamedBy(file.absoluteDir().filePath(QLatin1String(beside)));
    }
    // Docker's MCP catalogue keeps each server's tools.json beside its server.yaml, whose top-level name is the
    // server's id in the catalogue.
    if (server.isEmpty() && file.fileName() == QLatin1String("tools.json")) {
        QFile yaml(file.absoluteDir().filePath(QStringLiteral("server.yaml")));
        if (yaml.size() < 1024 * 1024 && yaml.open(QIODevice::ReadOnly)) {
            static const QRegularExpression nameLine(QStringLiteral("^name:\\s*[\"']?([A-Za-z0-9._-]+)[\"']?\\s*$"),
                                                     QRegularExpression::MultilineOption);
            server = nameLine.match(QString::fromUtf8(yaml.readAll())).captured(1);
        }
    }
    // The server's own name is the best name the agent's tool set has, unless a wrapper named the agent;
    // else the name the user gave; else the folder (or the file's own name).
    if (!server.isEmpty() && !root.contains(QStringLiteral("agent"))) {
        agentName = server;
        namedByFile = false;
    } else if (server.isEmpty() && !root.contains(QStringLiteral("agent")) && !m_name.isEmpty()) {
        agentName = m_name;
        namedByFile = false;
    }
    if (agentName.isEmpty())
        return JsonInput::fieldError(path, QStringLiteral("agent"), tr("the name of the agent"));

    StagedIdentity agent;
    agent.identity.source = QStringLiteral("mcp");
    if (!namedByFile)
        agentId = agentName; // named by the server, a wrapper or the user: that name is the id
    agent.identity.nativeId = QStringLiteral("mcp:") + agentId;
    agent.identity.kind = IdentityKind::AiAgent;
    agent.identity.displayName = agentName;
    agent.scope = QStringLiteral("server:") + agentId;
    QSet<QString> seen;
    for (const auto& [page, pagePrefix] : std::as_const(pages)) {
        if (auto status = readPage(page, path, pagePrefix, server, agent, seen); !status)
            return status;
    }
    // The last page read still names a next one: the server offers more tools than the file holds.
    const QJsonValue cursor
        = pages.last().first.value(QStringLiteral("result")).toObject().value(QStringLiteral("nextCursor"));
    if (cursor.isString() && !cursor.toString().isEmpty()) {
        sink.warning(
            tr("%1: the tools/list answer says more tools follow (nextCursor): the %n tool(s) the file holds are "
               "added to %2, and none it leaves out is taken away; save every page to see them all",
               nullptr, int(agent.grants.size()))
                .arg(path, agentName));
        // One page proves no tool gone: the others may be on the pages the file does not hold.
        agent.grantsKnown = false;
    }
    sink.identity(std::move(agent));
    ++m_agents;
    return {};
}

Status McpToolsImporter::readPage(const QJsonObject& page, const QString& path, const QString& prefix,
                                  const QString& server, StagedIdentity& agent, QSet<QString>& seen)
{
    if (page.contains(QStringLiteral("error"))) {
        const QJsonObject error = page.value(QStringLiteral("error")).toObject();
        return makeError(tr("%1: %2: the server answered tools/list with error %3: %4")
                             .arg(path, member(prefix, QStringLiteral("error")))
                             .arg(error.value(QStringLiteral("code")).toInteger())
                             .arg(error.value(QStringLiteral("message")).toString()));
    }
    const QJsonValue tools = page.value(QStringLiteral("result")).toObject().value(QStringLiteral("tools"));
    if (!tools.isArray())
        return JsonInput::fieldError(path, member(prefix, QStringLiteral("result.tools")),
                                     tr("the tools of a tools/list result"));
    // A nextCursor means more pages exist; the file holds what was fetched, so the view is partial.
    const QJsonArray list = tools.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject tool = list.at(i).toObject();
        const QString name = tool.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return JsonInput::fieldError(path, member(prefix, QStringLiteral("result.tools[%1].name").arg(i)),
                                         tr("the name of the tool"));
        if (seen.contains(name))
            continue;
        seen.insert(name);
        // Annotations are the server's unverified hints; kept beside the scope for the reviewer.
        QStringList scope { server };
        // A bundle manifest's tools may carry the hints without the annotations object around them.
        const QJsonObject annotations = tool.value(QStringLiteral("annotations")).isObject()
            ? tool.value(QStringLiteral("annotations")).toObject()
            : tool;
        const bool readOnly = annotations.value(QStringLiteral("readOnlyHint")).toBool();
        const QJsonValue destructive = annotations.value(QStringLiteral("destructiveHint"));
        // destructiveHint means something only when the tool is not read-only (MCP ToolAnnotations).
        if (readOnly)
            scope << QStringLiteral("readOnly");
        else if (destructive.toBool())
            scope << QStringLiteral("destructive");
        else if (!destructive.isBool())
            scope << QStringLiteral("unmarked"); // MCP: not read-only and destructive unless the server says not

        scope.removeAll(QString()); // no server named: the hints alone, without a separator in front
        agent.grants << Grant { 0, 0, name, scope.join(u';'), QStringLiteral("tools/list"), {} };
    }
    return {};
}

} // namespace recertify
