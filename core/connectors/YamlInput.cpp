#include "core/connectors/YamlInput.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace recertify {

namespace {

// Kubernetes objects nest a few levels; a crafted stream must not recurse without bound.
constexpr int kMaxDepth = 64;

QJsonValue scalarOf(const YAML::Node& node)
{
    const std::string& text = node.Scalar();
    const QString value = QString::fromStdString(text);
    // A quoted scalar is a string whatever it spells; plain ones follow YAML 1.2's core schema.
    if (node.Tag() == "!")
        return value;
    if (text == "null" || text == "~" || text.empty())
        return QJsonValue::Null;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    bool ok = false;
    const qlonglong integer = value.toLongLong(&ok);
    if (ok && qAbs(integer) < (1LL << 53))
        return double(integer);
    return value;
}

Result<QJsonValue> toJson(const YAML::Node& node, int depth, const QString& where)
{
    if (depth > kMaxDepth)
        return makeError(YamlInput::tr("%1: line %2: nested deeper than %3 levels")
                             .arg(where)
                             .arg(node.Mark().line + 1)
                             .arg(kMaxDepth));
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return scalarOf(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node) {
            auto value = toJson(item, depth + 1, where);
            if (!value)
                return value;
            array.append(*value);
        }
        return QJsonValue(array);
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto& entry : node) {
            if (!entry.first.IsScalar())
                return makeError(YamlInput::tr("%1: line %2: a mapping key that is not text")
                                     .arg(where)
                                     .arg(entry.first.Mark().line + 1));
            auto value = toJson(entry.second, depth + 1, where);
            if (!value)
                return value;
            object.insert(QString::fromStdString(entry.first.Scalar()), *value);
        }
        return QJsonValue(object);
    }
    }
    return QJsonValue(QJsonValue::Null);
}

// yaml-cpp (0.7) can loop on a few hundred crafted bytes, such as a double-quoted scalar that
// never closes or holds an escape YAML does not have. Such text is refused before it is parsed.
// Which lines (from 1) hold the text of a block scalar (| or >, as a ConfigMap's script or a CRD's description):
// text, whatever quotes, brackets or braces it holds. Lines indented deeper than the line that opens it, and blank
// ones.
std::vector<bool> blockScalarLines(const QByteArray& text)
{
    static const QRegularExpression blockStart(QStringLiteral(R"((^|:\s|^-\s)\s*[|>][-+0-9]*\s*(#.*)?$)"));
    std::vector<bool> inBlock { false };
    qsizetype blockIndent = -1; // lines indented deeper than this belong to a block scalar
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray raw = text.mid(start, end - start);
        start = end + 1;
        const QByteArray line = raw.trimmed();
        const qsizetype indent
            = std::find_if(raw.cbegin(), raw.cend(), [](char c) { return c != ' ' && c != '\t'; }) - raw.cbegin();
        if (blockIndent >= 0 && (line.isEmpty() || indent > blockIndent)) {
            inBlock.push_back(true);
            continue;
        }
        inBlock.push_back(false);
        blockIndent = -1;
        if (!line.startsWith('#') && blockStart.match(QString::fromUtf8(line)).hasMatch())
            blockIndent = indent;
    }
    return inBlock;
}

Status prescan(const QByteArray& text, const QString& where)
{
    static const QByteArray escapes = QByteArrayLiteral("0abt\tnvfre \"/\\N_LPxuU\n\r");
    const std::vector<bool> inBlock = blockScalarLines(text);
    int line = 1;
    int quoteLine = 0;
    char quote = 0;
    bool lineStart = true;
    bool comment = false;
    char lastNonBlank = '\n';
    bool indicator = false; // lastNonBlank stands alone (a "- " or "? " item, not a word's hyphen)
    int flow = 0; // open [ and { of flow collections
    int flowLine = 0;
    auto isBlank = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++line;
            comment = false;
            lineStart = true;
            lastNonBlank = '\n';
            if (!quote && size_t(line) < inBlock.size() && inBlock[size_t(line)]) {
                // A block scalar's line is text: on to its end.
                const qsizetype end = text.indexOf('\n', i + 1);
                i = (end < 0 ? text.size() : end) - 1;
                lineStart = false;
            }
            continue;
        }
        if (comment)
            continue;
        if (quote == '"') {
            if (c == '\\') {
                const char next = i + 1 < text.size() ? text.at(i + 1) : '\0';
                if (!escapes.contains(next) || next == '\0')
                    return makeError(YamlInput::tr("%1: line %2: an escape YAML does not have in a quoted string")
                                         .arg(where)
                                         .arg(line));
                ++i;
                if (next == '\n')
                    ++line;
            } else if (c == '"') {
                quote = 0;
            }
            continue;
        }
        if (quote == '\'') {
            if (c == '\'')
                quote = 0;
            continue;
        }
        if (c == '#' && (lineStart || (i > 0 && (text.at(i - 1) == ' ' || text.at(i - 1) == '\t')))) {
            comment = true;
            continue;
        }
        // A quote opens a scalar only where a value starts: at the start of a line, after "key: ", "- " or "? ", or
        // after "[", "{" or "," inside a flow collection; never inside a plain one (it's, O'Brien, say "hi",
        // and "hugepages-" resource names).
        const bool afterBlank = i > 0 && isBlank(text.at(i - 1));
        const bool valueStart = lineStart || (lastNonBlank == ':' && (afterBlank || flow > 0))
            || ((lastNonBlank == '-' || lastNonBlank == '?') && indicator && afterBlank)
            || (flow > 0 && (lastNonBlank == '[' || lastNonBlank == '{' || lastNonBlank == ','));
        if ((c == '"' || c == '\'') && valueStart) {
            quote = c;
            quoteLine = line;
        }
        // Brackets must balance too, wherever they stand outside quotes and comments: yaml-cpp also
        // loops on a flow collection left open, and on one a plain word seems to start (ki[nd: Role).
        if (c == '[' || c == '{') {
            if (flow++ == 0)
                flowLine = line;
        } else if ((c == ']' || c == '}') && flow > 0) {
            --flow;
        }
        if (!isBlank(c)) {
            indicator = (c == '-' || c == '?') && (lineStart || afterBlank);
            lineStart = false;
            lastNonBlank = c;
        }
    }
    if (quote)
        return makeError(YamlInput::tr("%1: line %2: a quoted string that never ends").arg(where).arg(quoteLine));
    if (flow > 0)
        return makeError(YamlInput::tr("%1: line %2: a [ or { that never closes").arg(where).arg(flowLine));
    return {};
}

Result<QJsonArray> parseHere(const QByteArray& text, const QString& where)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(YamlInput::tr("%1: line %2, column %3: invalid YAML: %4")
                             .arg(where)
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1)
                             .arg(QString::fromStdString(e.msg)));
    }
    QJsonArray out;
    for (const YAML::Node& document : documents) {
        if (document.IsNull())
            continue;
        auto value = toJson(document, 0, where);
        if (!value)
            return value.error();
        out.append(*value);
    }
    return out;
}

// yaml-cpp 0.7 loops on some small crafted inputs that no scan predicts. It runs in a child process
// that is ended after a deadline, so a YAML file can be refused but never stop the tool.
Result<QJsonArray> parseIsolated(const QByteArray& text, const QString& where)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return parseHere(text, where);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return parseHere(text, where);
    }
    if (pid == 0) {
        ::close(fds[0]);
        auto parsed = parseHere(text, where);
        const QByteArray out = parsed ? QByteArray("J" + QJsonDocument(*parsed).toJson(QJsonDocument::Compact))
                                      : QByteArray("E" + parsed.errorString().toUtf8());
        for (qsizetype written = 0; written < out.size();) {
            const ssize_t n = ::write(fds[1], out.constData() + written, size_t(out.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    QElapsedTimer timer;
    timer.start();
    const qint64 deadline = 10000 + text.size() / 1000; // ten seconds, and a second per MB
    QByteArray out;
    bool timedOut = false;
    for (;;) {
        const qint64 left = deadline - timer.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd p { fds[0], POLLIN, 0 };
        const int ready = ::poll(&p, 1, int(std::min<qint64>(left, 1000)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            continue;
        char buffer[65536];
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buffer, qsizetype(n));
    }
    ::close(fds[0]);
    if (timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
    if (timedOut)
        return makeError(
            YamlInput::tr("%1: the YAML could not be read within %2 seconds; it is not YAML kubectl writes")
                .arg(where)
                .arg(deadline / 1000));
    if (out.startsWith('J')) {
        const QJsonDocument document = QJsonDocument::fromJson(out.mid(1));
        return document.array();
    }
    if (out.startsWith('E'))
        return makeError(QString::fromUtf8(out.mid(1)));
    return makeError(YamlInput::tr("%1: the YAML reader stopped without an answer").arg(where));
}

} // namespace

Result<QJsonArray> YamlInput::parse(const QByteArray& text, const QString& where)
{
    if (Status status = prescan(text, where); !status)
        return status.error();
    return parseIsolated(text, where);
}

int YamlInput::templateLine(const QByteArray& text)
{
    // A block scalar's lines (a ConfigMap holding an Alertmanager template) are text, whatever they hold.
    const std::vector<bool> inBlock = blockScalarLines(text);
    int number = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++number;
        const QByteArray line = text.mid(start, end - start).trimmed();
        start = end + 1;
        if (inBlock[size_t(number)] || line.startsWith('#'))
            continue;
        if (line.startsWith("{{"))
            return number;
        // "key: {{ … }}" and "- {{ … }}": an unquoted value that is a template action (a key is one plain word: prose
        // that quotes such a line is no template).
        static const QRegularExpression plainKey(QStringLiteral(R"(^(- )?[A-Za-z0-9_./-]+$)"));
        const qsizetype colon = line.indexOf(": {{");
        if ((colon > 0 && plainKey.match(QString::fromUtf8(line.left(colon))).hasMatch()) || line.startsWith("- {{"))
            return number;
    }
    return 0;
}

Error YamlInput::unrenderedTemplate(const QString& path, int line, bool kubernetes)
{
    if (!kubernetes) {
        return makeError(tr("%1: line %2: a template ({{ … }}) whose values are not filled in, not data: import what "
                            "the program it belongs to writes when it runs")
                             .arg(path)
                             .arg(line));
    }
    return makeError(tr("%1: line %2: a template ({{ … }}, as in a Helm chart), not a manifest: render it first "
                        "(helm template RELEASE CHART > manifest.yaml) or take what kubectl get -o yaml gives, and "
                        "import that")
                         .arg(path)
                         .arg(line));
}

bool YamlInput::looksLikeYaml(const QByteArray& text)
{
    for (qsizetype i = text.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '#') {
            const qsizetype end = text.indexOf('\n', i);
            if (end < 0)
                return true;
            i = end;
            continue;
        }
        return c != '{' && c != '[';
    }
    return false;
}

} // namespace recertify
