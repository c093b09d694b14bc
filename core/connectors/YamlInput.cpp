#include "YamlInput.h"

#include <QJsonObject>

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
        return makeError(YamlInput::tr("%1: line %2: nested deeper than %3 levels").arg(where).arg(node.Mark().line + 1).arg(kMaxDepth));
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
                return makeError(YamlInput::tr("%1: line %2: a mapping key that is not text").arg(where).arg(entry.first.Mark().line + 1));
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
Status prescan(const QByteArray& text, const QString& where)
{
    static const QByteArray escapes = QByteArrayLiteral("0abt\tnvfre \"/\\N_LPxuU\n\r");
    int line = 1;
    int quoteLine = 0;
    char quote = 0;
    bool lineStart = true;
    bool comment = false;
    char lastNonBlank = '\n';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\n') {
            ++line;
            comment = false;
            lineStart = true;
            lastNonBlank = '\n';
            continue;
        }
        if (comment)
            continue;
        if (quote == '"') {
            if (c == '\\') {
                const char next = i + 1 < text.size() ? text.at(i + 1) : '\0';
                if (!escapes.contains(next) || next == '\0')
                    return makeError(YamlInput::tr("%1: line %2: an escape YAML does not have in a quoted string").arg(where).arg(line));
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
        // A quote opens a scalar only where a value starts (after "key: ", "- ", "[", "{", "," or at
        // the start of a line), never inside a plain one (it's, O'Brien, say "hi").
        if ((c == '"' || c == '\'') && (lineStart || lastNonBlank == ':' || lastNonBlank == '-' || lastNonBlank == '['
                                           || lastNonBlank == '{' || lastNonBlank == ',' || lastNonBlank == '?')) {
            quote = c;
            quoteLine = line;
        }
        if (c != ' ' && c != '\t') {
            lineStart = false;
            lastNonBlank = c;
        }
    }
    if (quote)
        return makeError(YamlInput::tr("%1: line %2: a quoted string that never ends").arg(where).arg(quoteLine));
    return {};
}

} // namespace

Result<QJsonArray> YamlInput::parse(const QByteArray& text, const QString& where)
{
    if (Status status = prescan(text, where); !status)
        return status.error();
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(tr("%1: line %2, column %3: invalid YAML: %4")
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

bool YamlInput::looksLikeYaml(const QByteArray& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
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
