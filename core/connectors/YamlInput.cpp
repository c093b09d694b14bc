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

} // namespace

Result<QJsonArray> YamlInput::parse(const QByteArray& text, const QString& where)
{
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
