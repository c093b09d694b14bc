#include "core/connectors/csv/CsvImporter.h"

#include "core/domain/IdentityKind.h"
#include "core/util/CsvReader.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QSet>
#include <algorithm>

namespace recertify {

namespace {

constexpr qint64 kProgressEvery = 1000;

// Empty, and what AWS credential reports write for "none" or "cannot tell".
bool isUnknown(const QString& value)
{
    return value.isEmpty() || value.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0
        || value == QLatin1String("not_supported") || value == QLatin1String("no_information");
}

// service_account and Service-Account both mean service-account.
QString normalised(const QString& value)
{
    return value.toLower().replace(u'_', u'-');
}

QString key(std::initializer_list<QString> parts)
{
    QString joined;
    for (const QString& part : parts)
        joined += part + u'\x1f';
    return joined;
}

// Rows of one identity repeat its attributes; a later row fills what an earlier one left unknown.
void fill(QString& target, const QString& value)
{
    if (target.isEmpty())
        target = value;
}

void fill(QDateTime& target, const QDateTime& value)
{
    if (!target.isValid())
        target = value;
}

// How many of a format's own columns (those the other format lacks) a header has.
int distinctive(const QHash<QString, qsizetype>& columns, const QStringList& mine, const QStringList& other)
{
    return int(std::count_if(mine.cbegin(), mine.cend(), [&](const QString& column) {
        return !other.contains(column) && columns.contains(column);
    }));
}

} // namespace

QStringList CsvImporter::identityColumns()
{
    return { QStringLiteral("source"),
             QStringLiteral("identity_id"),
             QStringLiteral("identity_kind"),
             QStringLiteral("display_name"),
             QStringLiteral("owner"),
             QStringLiteral("enabled"),
             QStringLiteral("created_at"),
             QStringLiteral("credential_id"),
             QStringLiteral("credential_type"),
             QStringLiteral("credential_created_at"),
             QStringLiteral("credential_expires_at"),
             QStringLiteral("credential_last_used_at"),
             QStringLiteral("permission"),
             QStringLiteral("resource_scope"),
             QStringLiteral("granted_via") };
}

QStringList CsvImporter::activityColumns()
{
    return { QStringLiteral("timestamp"),     QStringLiteral("source"),   QStringLiteral("identity_id"),
             QStringLiteral("credential_id"), QStringLiteral("action"),   QStringLiteral("resource"),
             QStringLiteral("outcome"),       QStringLiteral("source_ip") };
}

QString CsvImporter::Row::value(const QString& column) const
{
    const QString text = fields.at(input.columns.value(column)).trimmed();
    return isUnknown(text) ? QString() : text;
}

Status CsvImporter::read(const QString& path, RecordSink& sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    CsvReader reader(&file);
    QStringList header;
    if (!reader.next(&header)) {
        if (reader.hasError())
            return makeError(tr("%1: %2").arg(path, reader.errorString()));
        return makeError(tr("%1: empty; expected a header row").arg(path));
    }

    Input input { path, reader, {}, header.size(), file.size() };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (!input.columns.contains(name))
            input.columns.insert(name, i);
    }
    const QStringList identities = identityColumns();
    const QStringList activity = activityColumns();
    const int identityScore = distinctive(input.columns, identities, activity);
    const int activityScore = distinctive(input.columns, activity, identities);
    if (identityScore == activityScore) {
        return makeError(tr("%1: line %2: unknown header; expected that of identities.csv (%3) or of activity.csv (%4)")
                             .arg(path)
                             .arg(reader.line())
                             .arg(identities.join(u','), activity.join(u',')));
    }
    const bool isIdentities = identityScore > activityScore;
    // Every documented column is required, so a misspelt one is an error rather than silently empty.
    for (const QString& column : isIdentities ? identities : activity) {
        if (!input.columns.contains(column))
            return makeError(tr("%1: line %2: missing column %3").arg(path).arg(reader.line()).arg(column));
    }
    return isIdentities ? readIdentities(input, sink) : readActivity(input, sink);
}

Status CsvImporter::forEachRow(const Input& input, RecordSink& sink, const RowHandler& handle)
{
    QStringList fields;
    qint64 rows = 0;
    while (input.reader.next(&fields)) {
        const qint64 line = input.reader.line();
        if (fields.size() != input.width) {
            return makeError(tr("%1: line %2: %3 fields, but the header has %4")
                                 .arg(input.path)
                                 .arg(line)
                                 .arg(fields.size())
                                 .arg(input.width));
        }
        if (Status status = handle(Row { input, fields, line }); !status)
            return status;
        if (++rows % kProgressEvery == 0 && !sink.progress(input.reader.bytesRead(), input.size))
            return makeError(tr("%1: cancelled at line %2").arg(input.path).arg(line));
    }
    if (input.reader.hasError())
        return makeError(tr("%1: %2").arg(input.path, input.reader.errorString()));
    return {};
}

Status CsvImporter::readIdentities(const Input& input, RecordSink& sink)
{
    struct Pending
    {
        StagedIdentity staged;
        bool enabledKnown = false;
        QSet<QString> grantKeys;
    };
    // Inventories fit in memory: buffer each identity until all its rows are seen, in file order.
    QList<Pending> pending;
    QHash<QString, qsizetype> index;

    const QStringList timeColumns { QStringLiteral("created_at"), QStringLiteral("credential_created_at"),
                                    QStringLiteral("credential_expires_at"),
                                    QStringLiteral("credential_last_used_at") };

    Status status = forEachRow(input, sink, [&](const Row& row) -> Status {
        auto source = required(row, QStringLiteral("source"));
        if (!source)
            return source.error();
        auto nativeId = required(row, QStringLiteral("identity_id"));
        if (!nativeId)
            return nativeId.error();
        auto identityKind = kind(row);
        if (!identityKind)
            return identityKind.error();
        auto isEnabled = enabled(row);
        if (!isEnabled)
            return isEnabled.error();
        // Every time is checked on every row, so an error names the line it is on.
        QList<QDateTime> times;
        for (const QString& column : timeColumns) {
            auto at = time(row, column);
            if (!at)
                return at.error();
            times << *at;
        }

        const QString identityKey = key({ *source, *nativeId });
        auto found = index.constFind(identityKey);
        if (found == index.cend()) {
            found = index.insert(identityKey, pending.size());
            Pending fresh;
            fresh.staged.identity.source = *source;
            fresh.staged.identity.nativeId = *nativeId;
            fresh.staged.identity.kind = *identityKind;
            pending.append(std::move(fresh));
        }
        Pending& p = pending[*found];
        Identity& identity = p.staged.identity;
        fill(identity.displayName, row.value(QStringLiteral("display_name")));
        fill(identity.businessOwner, row.value(QStringLiteral("owner")).toLower());
        fill(identity.createdAt, times.at(0));
        if (isEnabled->has_value() && !p.enabledKnown) {
            identity.enabled = **isEnabled;
            p.enabledKnown = true;
        }

        const QString credentialId = row.value(QStringLiteral("credential_id"));
        if (!credentialId.isEmpty()) {
            QList<Credential>& credentials = p.staged.credentials;
            auto credential = std::find_if(credentials.begin(), credentials.end(),
                                           [&](const Credential& c) { return c.credentialId == credentialId; });
            if (credential == credentials.end()) {
                credentials.append(Credential {});
                credential = credentials.end() - 1;
                credential->credentialId = credentialId;
            }
            fill(credential->type, normalised(row.value(QStringLiteral("credential_type"))));
            fill(credential->createdAt, times.at(1));
            fill(credential->expiresAt, times.at(2));
            fill(credential->lastUsedAt, times.at(3));
            // An identity was last used when any of its credentials was.
            if (times.at(3).isValid() && (!identity.lastUsedAt.isValid() || times.at(3) > identity.lastUsedAt))
                identity.lastUsedAt = times.at(3);
        }

        const QString permission = row.value(QStringLiteral("permission"));
        if (!permission.isEmpty()) {
            const QString scope = row.value(QStringLiteral("resource_scope"));
            const QString via = row.value(QStringLiteral("granted_via"));
            const QString grantKey = key({ permission, scope, via });
            if (!p.grantKeys.contains(grantKey)) {
                p.grantKeys.insert(grantKey);
                p.staged.grants << Grant { 0, 0, permission, scope, via, {} };
            }
        }
        return {};
    });
    if (!status)
        return status;
    // The file is the inventory the user keeps for each source it names: complete for what it listed from there.
    QSet<QString> sources;
    for (Pending& p : pending) {
        p.staged.scope = QStringLiteral("csv");
        sources.insert(p.staged.identity.source);
        sink.identity(std::move(p.staged));
    }
    for (const QString& source : std::as_const(sources))
        sink.complete(source, QStringLiteral("csv"));
    return {};
}

Status CsvImporter::readActivity(const Input& input, RecordSink& sink)
{
    // Streamed: one event per row, nothing kept, so file size does not matter.
    return forEachRow(input, sink, [&](const Row& row) -> Status {
        auto at = time(row, QStringLiteral("timestamp"));
        if (!at)
            return at.error();
        if (!at->isValid())
            return rowError(row, QStringLiteral("timestamp"), tr("an ISO 8601 time"));
        auto source = required(row, QStringLiteral("source"));
        if (!source)
            return source.error();
        ActivityEvent event;
        event.principal = row.value(QStringLiteral("identity_id"));
        if (event.principal.isEmpty()) {
            sink.skipped(tr("%1: line %2: no identity_id").arg(input.path).arg(row.line));
            return {};
        }
        auto action = required(row, QStringLiteral("action"));
        if (!action)
            return action.error();
        const QString outcome = row.value(QStringLiteral("outcome")).toLower();
        if (!outcome.isEmpty() && outcome != QLatin1String("allowed") && outcome != QLatin1String("denied")
            && outcome != QLatin1String("error")) {
            return rowError(row, QStringLiteral("outcome"),
                            tr("allowed, denied or error, got \"%1\"").arg(row.value(QStringLiteral("outcome"))));
        }
        event.source = *source;
        event.principalName = event.principal;
        event.credentialId = row.value(QStringLiteral("credential_id"));
        event.action = *action;
        event.resource = row.value(QStringLiteral("resource"));
        event.timestamp = *at;
        if (!outcome.isEmpty())
            event.outcome = outcome;
        event.sourceIp = row.value(QStringLiteral("source_ip"));
        event.rawRef = QStringLiteral("%1:%2").arg(input.path).arg(row.line);
        sink.covered(event.source, QStringLiteral("csv"), at->toUTC().date());
        sink.activity(event);
        return {};
    });
}

Error CsvImporter::rowError(const Row& row, const QString& column, const QString& expected)
{
    return makeError(tr("%1: line %2: %3: expected %4").arg(row.input.path).arg(row.line).arg(column, expected));
}

Result<QString> CsvImporter::required(const Row& row, const QString& column)
{
    const QString text = row.value(column);
    if (text.isEmpty())
        return rowError(row, column, tr("a value"));
    return text;
}

Result<QString> CsvImporter::kind(const Row& row)
{
    const QString text = row.value(QStringLiteral("identity_kind"));
    const QString candidate = normalised(text);
    const QStringList kinds = IdentityKind::all();
    if (!kinds.contains(candidate))
        return rowError(row, QStringLiteral("identity_kind"),
                        tr("one of %1, got \"%2\"").arg(kinds.join(QStringLiteral(", ")), text));
    return candidate;
}

Result<std::optional<bool>> CsvImporter::enabled(const Row& row)
{
    const QString text = row.value(QStringLiteral("enabled"));
    const QString lower = text.toLower();
    if (lower.isEmpty())
        return std::optional<bool>();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
        return std::optional<bool>(true);
    if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
        return std::optional<bool>(false);
    return rowError(row, QStringLiteral("enabled"), tr("true, false, yes, no, 1 or 0, got \"%1\"").arg(text));
}

Result<QDateTime> CsvImporter::time(const Row& row, const QString& column)
{
    const QString text = row.value(column);
    if (text.isEmpty())
        return QDateTime();
    if (auto at = Timestamp::parse(text))
        return *at;
    return rowError(row, column, tr("an ISO 8601 time, got \"%1\"").arg(text));
}

} // namespace recertify
