#include "core/connectors/aws/CredentialReportImporter.h"

#include "core/connectors/JsonInput.h"
#include "core/domain/IdentityKind.h"
#include "core/util/CsvReader.h"
#include "core/util/Timestamp.h"

#include <QBuffer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace recertify {

namespace {

// What the report writes for "none" (N/A), for the root user (not_supported) and for use before AWS tracked it
// (no_information); none is a time.
bool isUnknown(const QString& text)
{
    return text.isEmpty() || text == QLatin1String("N/A") || text == QLatin1String("not_supported")
        || text == QLatin1String("no_information");
}

} // namespace

Status CredentialReportImporter::read(const QString& path, RecordSink& sink)
{
    auto text = JsonInput::readText(path); // Windows PowerShell writes -AsTextArray output as UTF-16
    if (!text)
        return text.error();
    QByteArray csv = *text;
    QDateTime generated;
    // --output text prints the answer's fields tab-separated (Content, GeneratedTime, ReportFormat), and --query
    // Content the base64 alone: "dXNlcixhcm4s" is "user,arn," in base64.
    if (csv.trimmed().startsWith("dXNlcixhcm4s")) {
        const QList<QByteArray> fields = csv.trimmed().split('\t');
        const QByteArray blob = fields.constFirst().trimmed();
        if (fields.size() > 1) { // --output text: Content, GeneratedTime, ReportFormat
            if (auto at = Timestamp::parse(QString::fromLatin1(fields.at(1).trimmed())))
                generated = *at;
        }
        auto decoded = QByteArray::fromBase64Encoding(blob, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return makeError(
                tr("%1: starts as the report in base64, but is not base64 throughout (cut off?)").arg(path));
        csv = decoded.decoded;
    } else if (csv.trimmed().startsWith('{')) {
        // aws iam get-credential-report: {"Content": base64, "ReportFormat": "text/csv", "GeneratedTime": …}
        auto document = JsonInput::parse(csv, path);
        if (!document)
            return document.error();
        QJsonObject answer = document->object();
        // A boto3 recording (placebo, as Cloud Custodian's tests keep them) wraps the answer in status_code and data.
        if (answer.contains(QStringLiteral("status_code")) && answer.value(QStringLiteral("data")).isObject())
            answer = answer.value(QStringLiteral("data")).toObject();
        if (const QJsonObject error = answer.value(QStringLiteral("Error")).toObject(); !error.isEmpty()) {
            const QString code = error.value(QStringLiteral("Code")).toString();
            if (!code.startsWith(QLatin1String("Report")))
                return makeError(tr("%1: an AWS error answer (%2), not a report").arg(path, code.left(100)));
            return makeError(tr("%1: an AWS error answer (%2), not a report: run aws iam generate-credential-report "
                                "until it says COMPLETE, then get the report again")
                                 .arg(path, error.value(QStringLiteral("Code")).toString().left(100)));
        }
        if (!answer.contains(QStringLiteral("Content")))
            return JsonInput::fieldError(path, QStringLiteral("Content"),
                                         tr("the report (the answer of aws iam get-credential-report)"));
        if (const auto at = Timestamp::fromJson(answer.value(QStringLiteral("GeneratedTime"))))
            generated = *at;
        const QString format = answer.value(QStringLiteral("ReportFormat")).toString(QStringLiteral("text/csv"));
        if (format != QLatin1String("text/csv"))
            return JsonInput::fieldError(path, QStringLiteral("ReportFormat"), tr("text/csv, got \"%1\"").arg(format));
        const QByteArray content = answer.value(QStringLiteral("Content")).toString().toUtf8();
        if (content.trimmed().startsWith("user,")) {
            csv = content; // an SDK's answer saved after it decoded the blob
        } else {
            auto decoded = QByteArray::fromBase64Encoding(content, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.trimmed().isEmpty())
                return JsonInput::fieldError(path, QStringLiteral("Content"), tr("the report in base64"));
            csv = decoded.decoded;
        }
    }
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(path, &buffer, generated, sink);
}

Status CredentialReportImporter::readCsv(const QString& path, QIODevice* device, const QDateTime& generated,
                                         RecordSink& sink) const
{
    CsvReader reader(device);
    QStringList header;
    if (!reader.next(&header))
        return makeError(reader.hasError() ? tr("%1: %2").arg(path, reader.errorString())
                                           : tr("%1: empty; expected the credential report's header").arg(path));
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < header.size(); ++i)
        columns.insert(header.at(i).trimmed(), i);
    for (const char* needed : { "user", "arn" }) {
        if (!columns.contains(QLatin1String(needed)))
            return makeError(tr("%1: line %2: no %3 column; the credential report's header starts "
                                "user,arn,user_creation_time")
                                 .arg(path)
                                 .arg(reader.line())
                                 .arg(QLatin1String(needed)));
    }
    QStringList fields;
    int users = 0;
    QHash<QString, qint64> lines; // ARN -> the line that listed it
    QDateTime latest;
    QSet<QString> listedTwice; // what the row passed over says of its use is not known
    while (reader.next(&fields)) {
        if (fields.size() != header.size()) {
            return makeError(tr("%1: line %2: %3 fields, but the header has %4 (a cut or edited report?)")
                                 .arg(path)
                                 .arg(reader.line())
                                 .arg(fields.size())
                                 .arg(header.size()));
        }
        // AWS lists each user once; a second row of one (an edited or merged file) is passed over, said.
        const qsizetype arnColumn = columns.value(QStringLiteral("arn"));
        const QString arn = fields.at(arnColumn).trimmed();
        if (const auto first = lines.constFind(arn); first != lines.constEnd()) {
            listedTwice.insert(arn);
            sink.warning(tr("%1: line %2 lists %3 again (first on line %4); the second row was passed over")
                             .arg(path)
                             .arg(reader.line())
                             .arg(arn.left(200))
                             .arg(*first));
            continue;
        }
        lines.insert(arn, reader.line());
        const Row row { path, reader.line(), columns, fields };
        if (auto status = readRow(row, sink); !status)
            return status;
        // The report was made after every date it holds (the next password rotation aside).
        for (auto column = columns.cbegin(); column != columns.cend(); ++column) {
            if (column.key() == QLatin1String("user_creation_time") || column.key().endsWith(QLatin1String("_used"))
                || column.key().endsWith(QLatin1String("_used_date"))
                || column.key().endsWith(QLatin1String("_rotated"))
                || column.key().endsWith(QLatin1String("_changed"))) {
                if (auto at = time(row, column.key()); at && at->isValid() && *at > latest)
                    latest = *at;
            }
        }
        ++users;
        if (!sink.progress(reader.bytesRead(), device->size()))
            return makeError(tr("cancelled"));
    }
    if (reader.hasError())
        return makeError(tr("%1: %2").arg(path, reader.errorString()));
    if (users == 0)
        return makeError(tr("%1: the header has no rows after it; the report lists the root user at least").arg(path));
    // AWS tracks each user's sign-ins and key use: the report says what each did until it was made, never used
    // included, as far as its own day, or the latest date it holds when the file did not keep that.
    const QDateTime through = generated.isValid() ? generated : latest;
    if (through.isValid()) {
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            if (listedTwice.contains(it.key()))
                continue;
            sink.covered(QStringLiteral("aws-credential-report"), QStringLiteral("principal:") + it.key(),
                         through.toUTC().date());
        }
    }
    return {};
}

Status CredentialReportImporter::readRow(const Row& row, RecordSink& sink) const
{
    const QString arn = value(row, QStringLiteral("arn"));
    static const QRegularExpression userArn(QStringLiteral(R"(^arn:aws[a-z-]*:iam::([^:/]*):user/(.+)$)"));
    static const QRegularExpression rootArn(QStringLiteral(R"(^arn:aws[a-z-]*:iam::([^:/]*):root$)"));
    if (const auto root = rootArn.match(arn); root.hasMatch()) {
        sink.skipped(tr("the account's root user (a person's sign-in, not a workload identity)"));
        QStringList active;
        for (const char* key : { "access_key_1", "access_key_2" }) {
            auto on = flag(row, QLatin1String(key) + QStringLiteral("_active"));
            if (!on)
                return on.error();
            if (*on)
                active << QLatin1String(key);
        }
        if (!active.isEmpty()) {
            sink.warning(tr("%1: line %2: the root user of account %3 has an active access key (%4); AWS advises "
                            "that the root user have none")
                             .arg(row.path)
                             .arg(row.line)
                             .arg(root.captured(1), active.join(QStringLiteral(", "))));
        }
        return {};
    }
    const auto user = userArn.match(arn);
    if (!user.hasMatch())
        return rowError(row, QStringLiteral("arn"), tr("an IAM user's ARN, got \"%1\"").arg(arn.left(120)));

    StagedIdentity staged;
    staged.credentialsOnly = true;
    staged.grantsKnown = false;
    Identity& identity = staged.identity;
    identity.source = source();
    identity.nativeId = arn;
    identity.kind = IdentityKind::IamUser;
    identity.displayName = value(row, QStringLiteral("user"));
    if (identity.displayName.isEmpty())
        identity.displayName = user.captured(2).section(u'/', -1);
    auto created = time(row, QStringLiteral("user_creation_time"));
    if (!created)
        return created.error();
    identity.createdAt = *created;
    staged.scope = QStringLiteral("account:%1/users").arg(user.captured(1));

    auto password = flag(row, QStringLiteral("password_enabled"));
    if (!password)
        return password.error();
    auto passwordUsed = time(row, QStringLiteral("password_last_used"));
    if (!passwordUsed)
        return passwordUsed.error();
    if (*password) {
        // Not dated by password_last_changed: how often people change a password is the password policy's business.
        staged.credentials << Credential {
            0, 0, QStringLiteral("password"), QStringLiteral("password"), {}, {}, *passwordUsed, true, {}
        };
    }
    QDateTime lastUsed = *passwordUsed;
    for (const QString& prefix : { QStringLiteral("access_key_1"), QStringLiteral("access_key_2"),
                                   QStringLiteral("cert_1"), QStringLiteral("cert_2") }) {
        auto active = flag(row, prefix + QStringLiteral("_active"));
        if (!active)
            return active.error();
        // The date the key or certificate was created or last replaced; N/A when the user has none in this slot.
        auto rotated = time(row, prefix + QStringLiteral("_last_rotated"));
        if (!rotated)
            return rotated.error();
        if (!rotated->isValid() && !*active)
            continue;
        auto used = time(row, prefix + QStringLiteral("_last_used_date"));
        if (!used)
            return used.error();
        const bool key = prefix.startsWith(QLatin1String("access_key"));
        staged.credentials << Credential {
            0,     0,       prefix, key ? QStringLiteral("access-key") : QStringLiteral("certificate"), *rotated, {},
            *used, *active, {}
        };
        if (used->isValid() && (!lastUsed.isValid() || *used > lastUsed))
            lastUsed = *used;
    }
    identity.lastUsedAt = lastUsed;
    // Only a console password: signing in to the console is a person at the keyboard (a browser, MFA), as CloudTrail's
    // records of such users are read.
    staged.personUnlessKnown = *password && staged.credentials.size() == 1;
    sink.identity(std::move(staged));
    return {};
}

QString CredentialReportImporter::value(const Row& row, const QString& column)
{
    const auto at = row.columns.constFind(column);
    if (at == row.columns.constEnd())
        return {};
    const QString text = row.fields.at(*at).trimmed();
    return isUnknown(text) ? QString() : text;
}

Result<QDateTime> CredentialReportImporter::time(const Row& row, const QString& column)
{
    const QString text = value(row, column);
    if (text.isEmpty())
        return QDateTime();
    if (auto at = Timestamp::parse(text))
        return *at;
    return rowError(row, column, tr("a time, got \"%1\"").arg(text.left(60)));
}

Result<bool> CredentialReportImporter::flag(const Row& row, const QString& column)
{
    const QString text = value(row, column);
    if (text.isEmpty() || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    return rowError(row, column, tr("true or false, got \"%1\"").arg(text.left(60)));
}

Error CredentialReportImporter::rowError(const Row& row, const QString& column, const QString& expected)
{
    return makeError(tr("%1: line %2, column %3: expected %4").arg(row.path).arg(row.line).arg(column, expected));
}

} // namespace recertify
