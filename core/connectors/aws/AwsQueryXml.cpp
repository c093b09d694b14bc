#include "core/connectors/aws/AwsQueryXml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

namespace recertify {

namespace {

// A crafted answer must not recurse without bound.
constexpr int kMaxDepth = 48;

bool isList(const QString& name)
{
    static const QSet<QString> lists { QStringLiteral("Policies"),
                                       QStringLiteral("Roles"),
                                       QStringLiteral("Tags"),
                                       QStringLiteral("AttachedManagedPolicies"),
                                       QStringLiteral("ServicesLastAccessed"),
                                       QStringLiteral("TrackedActionsLastAccessed"),
                                       QStringLiteral("Events"),
                                       QStringLiteral("Resources") };
    return name.endsWith(QLatin1String("List")) || lists.contains(name);
}

QJsonValue typed(const QString& name, const QString& text)
{
    static const QSet<QString> booleans { QStringLiteral("IsTruncated"), QStringLiteral("IsDefaultVersion"),
                                          QStringLiteral("IsAttachable") };
    static const QSet<QString> numbers { QStringLiteral("AttachmentCount"),
                                         QStringLiteral("PermissionsBoundaryUsageCount"),
                                         QStringLiteral("MaxSessionDuration"),
                                         QStringLiteral("TotalAuthenticatedEntities") };
    static const QSet<QString> documents { QStringLiteral("PolicyDocument"), QStringLiteral("AssumeRolePolicyDocument"),
                                           QStringLiteral("Document") };
    if (booleans.contains(name))
        return text == QLatin1String("true");
    if (numbers.contains(name)) {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        return ok ? QJsonValue(double(value)) : QJsonValue(text);
    }
    if (documents.contains(name)) {
        // The API sends policy documents URL-encoded (RFC 3986); the CLI prints them decoded.
        const QString decoded = text.trimmed().startsWith(u'%') ? QUrl::fromPercentEncoding(text.toUtf8()) : text;
        const QJsonDocument document = QJsonDocument::fromJson(decoded.toUtf8());
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(decoded);
    }
    return text;
}

/** Reads the children of the current element; returns an object or, for <member> lists, an array. */
Result<QJsonValue> readElement(QXmlStreamReader& xml, const QString& name, int depth, const QString& where)
{
    if (depth > kMaxDepth)
        return makeError(AwsQueryXml::tr("%1: line %2: nested deeper than %3 levels")
                             .arg(where)
                             .arg(xml.lineNumber())
                             .arg(kMaxDepth));
    QJsonObject object;
    QJsonArray array;
    QString text;
    bool children = false;
    bool members = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            children = true;
            const QString child = xml.name().toString();
            auto value = readElement(xml, child, depth + 1, where);
            if (!value)
                return value;
            if (child == QLatin1String("member")) {
                members = true;
                array.append(*value);
            } else {
                object.insert(child, *value);
            }
        } else if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (xml.hasError())
        return makeError(
            AwsQueryXml::tr("%1: line %2: invalid XML: %3").arg(where).arg(xml.lineNumber()).arg(xml.errorString()));
    if (members)
        return QJsonValue(array);
    if (!children)
        return isList(name) && text.trimmed().isEmpty() ? QJsonValue(QJsonArray()) : typed(name, text);
    return QJsonValue(object);
}

} // namespace

Result<QJsonObject> AwsQueryXml::result(const QByteArray& bytes, const QString& action, const QString& where)
{
    QXmlStreamReader xml(bytes);
    const QString wanted = action + QStringLiteral("Result");
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == wanted) {
            auto value = readElement(xml, wanted, 0, where);
            if (!value)
                return value.error();
            return value->toObject();
        }
    }
    if (xml.hasError())
        return makeError(tr("%1: line %2: invalid XML: %3").arg(where).arg(xml.lineNumber()).arg(xml.errorString()));
    return makeError(tr("%1: the answer holds no %2").arg(where, wanted));
}

AwsError AwsQueryXml::error(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    AwsError error;
    QString element;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            element = xml.name().toString();
        else if (token == QXmlStreamReader::Characters && element == QLatin1String("Code") && error.code.isEmpty())
            error.code = xml.text().toString().trimmed();
        else if (token == QXmlStreamReader::Characters && element == QLatin1String("Message")
                 && error.message.isEmpty())
            error.message = xml.text().toString().trimmed();
        else if (token == QXmlStreamReader::EndElement)
            element.clear();
    }
    return error;
}

} // namespace recertify
