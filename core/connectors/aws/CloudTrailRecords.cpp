#include "core/connectors/aws/CloudTrailRecords.h"

#include <QCoreApplication>
#include <cctype>
#include <simdjson.h>
#include <string>

namespace recertify {

namespace {

using namespace simdjson;

// A string value, or empty when the field is null or not a string (CloudTrail leaves many out).
std::string_view text(ondemand::value value)
{
    std::string_view out;
    if (value.get_string().get(out) != SUCCESS)
        return {};
    return out;
}

// ExecuteStatement's statement, or BatchExecuteStatement's requestItems[] and ExecuteTransaction's
// transactStatements[], each with a statement: the verbs they start with.
unsigned readStatements(ondemand::object parameters)
{
    unsigned verbs = 0;
    for (auto field : parameters) {
        std::string_view key;
        if (field.unescaped_key().get(key) != SUCCESS)
            continue;
        if (key == "statement") {
            verbs |= CloudTrailFields::partiqlVerb(text(field.value()));
            continue;
        }
        ondemand::array items;
        if ((key != "requestItems" && key != "transactStatements") || field.value().get_array().get(items) != SUCCESS)
            continue;
        for (auto item : items) {
            ondemand::object object;
            if (item.get_object().get(object) != SUCCESS)
                continue;
            for (auto inner : object) {
                std::string_view innerKey;
                if (inner.unescaped_key().get(innerKey) == SUCCESS && innerKey == "statement")
                    verbs |= CloudTrailFields::partiqlVerb(text(inner.value()));
            }
        }
    }
    return verbs;
}

void readIssuer(ondemand::object issuer, CloudTrailFields& f)
{
    for (auto field : issuer) {
        std::string_view key;
        if (field.unescaped_key().get(key) != SUCCESS)
            continue;
        if (key == "principalId")
            f.issuerPrincipalId = text(field.value());
        else if (key == "arn")
            f.issuerArn = text(field.value());
        else if (key == "userName")
            f.issuerUserName = text(field.value());
    }
}

void readUserIdentity(ondemand::object user, CloudTrailFields& f)
{
    f.hasUserIdentity = true;
    for (auto field : user) {
        std::string_view key;
        if (field.unescaped_key().get(key) != SUCCESS)
            continue;
        if (key == "type")
            f.userType = text(field.value());
        else if (key == "principalId")
            f.principalId = text(field.value());
        else if (key == "arn")
            f.arn = text(field.value());
        else if (key == "userName")
            f.userName = text(field.value());
        else if (key == "accessKeyId")
            f.accessKeyId = text(field.value());
        else if (key == "invokedBy")
            f.invokedBy = text(field.value());
        else if (key == "accountId")
            f.userAccountId = text(field.value());
        else if (key == "sessionContext") {
            ondemand::object context;
            if (field.value().get_object().get(context) != SUCCESS)
                continue;
            for (auto inner : context) {
                std::string_view innerKey;
                ondemand::object issuer;
                if (inner.unescaped_key().get(innerKey) == SUCCESS && innerKey == "sessionIssuer"
                    && inner.value().get_object().get(issuer) == SUCCESS)
                    readIssuer(issuer, f);
            }
        }
    }
    f.settleUserType();
}

// The first control character (below 0x20) inside a string, or -1.
qint64 unescapedControl(const QByteArray& bytes)
{
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (!inString) {
            inString = c == '"';
        } else if (c == '\\') {
            ++i; // the escaped character, whatever it is
        } else if (c == '"') {
            inString = false;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            return i;
        }
    }
    return -1;
}

// Where the parser stands, for an error message; nullptr when it cannot say.
void locate(ondemand::document& doc, const char*& at)
{
    if (doc.current_location().get(at) != SUCCESS)
        at = nullptr;
}

} // namespace

Status CloudTrailRecords::read(const QByteArray& bytes, const QString& path, const Each& each)
{
    // simdjson reads past the end in wide steps: it needs its padding after the bytes.
    const padded_string padded(bytes.constData(), size_t(bytes.size()));
    ondemand::parser parser;
    // Real records nest a dozen levels; a crafted one is refused before it costs anything.
    if (auto error = parser.allocate(padded.size(), kMaxDepth); error != SUCCESS)
        return makeError(QCoreApplication::translate("CloudTrailImporter", "%1: cannot parse: %2")
                             .arg(path, QString::fromUtf8(error_message(error))));
    auto fail = [&](error_code error, const char* at) {
        // simdjson's first pass knows no place for a raw control character in a string (a copy from a web page
        // keeps its line breaks): found here, by line and column, as an editor shows them.
        if (!at && error == UNESCAPED_CHARS) {
            if (const qint64 raw = unescapedControl(bytes); raw >= 0) {
                const QByteArray before = bytes.left(raw);
                return makeError(QCoreApplication::translate("CloudTrailImporter",
                                                             "%1: line %2, column %3: invalid JSON: a line break or "
                                                             "other control character inside a string, which JSON "
                                                             "writes escaped (\\n)")
                                     .arg(path)
                                     .arg(before.count('\n') + 1)
                                     .arg(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1));
            }
        }
        // A document that stops inside a value was cut short: it ends at the end of the file, wherever the parser
        // stood when it found out (the start of the document, when its first pass did).
        const bool endsInside = error == INCOMPLETE_ARRAY_OR_OBJECT || error == UNCLOSED_STRING;
        const bool cut = endsInside || error == TAPE_ERROR;
        const qint64 offset = at && !endsInside ? qint64(at - padded.data()) : bytes.size();
        if (error == DEPTH_ERROR) {
            return makeError(
                QCoreApplication::translate("CloudTrailImporter", "%1: byte %2: nested deeper than %3 levels")
                    .arg(path)
                    .arg(offset)
                    .arg(kMaxDepth));
        }
        return makeError(QCoreApplication::translate("CloudTrailImporter", "%1: byte %2: invalid JSON: %3%4")
                             .arg(path)
                             .arg(offset)
                             .arg(QString::fromUtf8(error_message(error)))
                             .arg(cut ? QCoreApplication::translate("CloudTrailImporter", " (the file looks truncated)")
                                      : QString()));
    };
    ondemand::document doc;
    if (auto error = parser.iterate(padded).get(doc); error != SUCCESS)
        return fail(error, nullptr);
    ondemand::array records;
    if (auto error = doc["Records"].get_array().get(records); error != SUCCESS) {
        const char* at = nullptr;
        locate(doc, at);
        return fail(error, at);
    }
    for (auto element : records) {
        const char* start = nullptr;
        ondemand::object record;
        if (auto error = element.get_object().get(record); error != SUCCESS) {
            locate(doc, start);
            return fail(error, start);
        }
        locate(doc, start);
        CloudTrailFields f;
        for (auto field : record) {
            std::string_view key;
            if (auto error = field.unescaped_key().get(key); error != SUCCESS) {
                const char* at = nullptr;
                locate(doc, at);
                return fail(error, at);
            }
            ondemand::value value;
            if (auto error = field.value().get(value); error != SUCCESS)
                return fail(error, start);
            switch (key.empty() ? 0 : key.front()) {
            case '@':
                if (key == "@timestamp")
                    f.shippedTime = text(value);
                break;
            case 'e':
                if (key == "eventTime")
                    f.eventTime = text(value);
                else if (key == "eventSource")
                    f.eventSource = text(value);
                else if (key == "eventName")
                    f.eventName = text(value);
                else if (key == "eventID")
                    f.eventID = text(value);
                else if (key == "eventVersion")
                    f.eventVersion = text(value);
                else if (key == "eventType")
                    f.eventType = text(value);
                else if (key == "eventCategory")
                    f.eventCategory = text(value);
                else if (key == "errorCode")
                    f.errorCode = text(value);
                break;
            case 'r':
                if (key == "recipientAccountId") {
                    f.recipientAccountId = text(value);
                } else if (key == "requestParameters" && CloudTrailFields::runsPartiql(f.eventName)) {
                    ondemand::object parameters;
                    if (value.get_object().get(parameters) == SUCCESS)
                        f.partiql = readStatements(parameters);
                } else if (key == "requestParameters" && f.eventName == "AssumeRole") {
                    ondemand::object parameters;
                    if (value.get_object().get(parameters) == SUCCESS) {
                        for (auto parameter : parameters) {
                            std::string_view name;
                            if (parameter.unescaped_key().get(name) == SUCCESS && name == "roleArn")
                                f.roleArn = text(parameter.value());
                        }
                    }
                } else if (key == "requestParameters" && f.eventName == "BatchGetSecretValue") {
                    ondemand::object parameters;
                    if (value.get_object().get(parameters) == SUCCESS) {
                        for (auto parameter : parameters) {
                            std::string_view name;
                            ondemand::array filters;
                            if (parameter.unescaped_key().get(name) == SUCCESS && name == "filters"
                                && parameter.value().get_array().get(filters) == SUCCESS)
                                f.filtered = filters.begin() != filters.end();
                        }
                    }
                } else if (key == "responseElements") {
                    // A failed console sign-in carries no errorCode, only ConsoleLogin: Failure here.
                    ondemand::object response;
                    if (value.get_object().get(response) == SUCCESS) {
                        for (auto rf : response) {
                            std::string_view rk;
                            if (rf.unescaped_key().get(rk) == SUCCESS && rk == "ConsoleLogin")
                                f.consoleLogin = text(rf.value());
                        }
                    }
                } else if (key == "resources") {
                    ondemand::array resources;
                    if (value.get_array().get(resources) == SUCCESS) {
                        for (auto resource : resources) {
                            ondemand::object object;
                            if (!f.resourceArn.empty() || resource.get_object().get(object) != SUCCESS)
                                continue;
                            for (auto rf : object) {
                                std::string_view rk;
                                if (rf.unescaped_key().get(rk) == SUCCESS && rk == "ARN")
                                    f.resourceArn = text(rf.value());
                            }
                        }
                    }
                }
                break;
            case 'a':
                if (key == "awsRegion")
                    f.awsRegion = text(value);
                break;
            case 's':
                if (key == "sourceIPAddress")
                    f.sourceIp = text(value);
                else if (key == "sessionCredentialFromConsole")
                    f.sessionCredentialFromConsole = text(value);
                else if (key == "serviceEventDetails") {
                    // EFS: {"permissions": {"ClientMount": true, "ClientWrite": false, …}}.
                    ondemand::object details;
                    if (value.get_object().get(details) == SUCCESS) {
                        for (auto df : details) {
                            std::string_view dk;
                            ondemand::object permissions;
                            if (df.unescaped_key().get(dk) != SUCCESS || dk != "permissions"
                                || df.value().get_object().get(permissions) != SUCCESS)
                                continue;
                            for (auto pf : permissions) {
                                std::string_view name;
                                bool granted = false;
                                if (pf.unescaped_key().get(name) == SUCCESS
                                    && pf.value().get_bool().get(granted) == SUCCESS && granted)
                                    f.efsPermissions |= CloudTrailFields::efsPermission(name);
                            }
                        }
                    }
                }
                break;
            case 'u':
                if (key == "userAgent")
                    f.userAgent = text(value);
                else if (key == "userIdentity") {
                    ondemand::object user;
                    if (value.get_object().get(user) == SUCCESS)
                        readUserIdentity(user, f);
                }
                break;
            default:
                break;
            }
        }
        // One record is never this large (the streaming reader holds the same line).
        const char* end = nullptr;
        locate(doc, end);
        // A record that ran to the end of the file was cut off: what follows a whole record is "," or "]". (On
        // Demand passes over an error inside a part of a record it reads no further.)
        const char* const fileEnd = padded.data() + bytes.size();
        if (!end || end >= fileEnd)
            return fail(INCOMPLETE_ARRAY_OR_OBJECT, nullptr);
        if (start && end - start > kMaxRecordBytes) {
            return makeError(
                QCoreApplication::translate("CloudTrailImporter", "%1: byte %2: one record larger than %3 MB")
                    .arg(path)
                    .arg(qint64(start - padded.data()))
                    .arg(kMaxRecordBytes >> 20));
        }
        if (Status status = each(f, start ? qint64(start - padded.data()) : -1); !status)
            return status;
    }
    // The list closed, and the object around it must too: a file that stops after "]" lost its end.
    const char* after = nullptr;
    locate(doc, after);
    if (!after || after >= padded.data() + bytes.size())
        return fail(INCOMPLETE_ARRAY_OR_OBJECT, nullptr);
    return {};
}

unsigned CloudTrailFields::partiqlVerb(std::string_view statement)
{
    size_t start = 0;
    while (start < statement.size()
           && (statement[start] == ' ' || statement[start] == '\t' || statement[start] == '\n'
               || statement[start] == '\r' || statement[start] == '('))
        ++start;
    size_t end = start;
    while (end < statement.size() && std::isalpha(static_cast<unsigned char>(statement[end])))
        ++end;
    std::string verb(statement.substr(start, end - start));
    for (char& c : verb)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    if (verb == "SELECT")
        return Select;
    if (verb == "INSERT")
        return Insert;
    if (verb == "UPDATE")
        return Update;
    if (verb == "DELETE")
        return Delete;
    return 0;
}

} // namespace recertify
