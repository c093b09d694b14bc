#include "LifecycleService.h"

#include "domain/LifecycleState.h"
#include "storage/AuditLog.h"
#include "storage/SqlUtil.h"
#include "util/CsvReader.h"
#include "util/People.h"
#include "util/Timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace recertify {

bool LifecycleService::allowed(const QString& from, const QString& to)
{
    using S = LifecycleState;
    if (from == to || !S::all().contains(to))
        return false;
    if (from == S::Retired)
        return false; // retirement is the end; a source listing it again brings it back, not a person
    if (to == S::Discovered)
        return false;
    return true;
}

Status LifecycleService::setOwnership(qint64 identityId, const OwnershipChange& c, const QString& actor)
{
    if (!looksLikeEmail(c.businessOwner))
        return fieldError(QStringLiteral("business"), tr("expected an email address, got \"%1\"").arg(c.businessOwner));
    if (c.technicalOwner && !c.technicalOwner->isEmpty() && !looksLikeEmail(*c.technicalOwner))
        return fieldError(QStringLiteral("technical"),
                          tr("expected an email address, got \"%1\"").arg(*c.technicalOwner));
    const QDateTime now = m_clock.now();
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto current
            = sql::run(db,
                       QStringLiteral("SELECT business_owner, technical_owner, purpose, declared_scope, expires_at, "
                                      "retirement_condition FROM identities WHERE id = ?"),
                       { identityId });
        if (!current)
            return current.error();
        if (!current->next())
            return makeError(tr("No identity with id %1").arg(identityId));
        const QString technical = c.technicalOwner ? *c.technicalOwner : current->value(1).toString();
        const QString purpose = c.purpose ? *c.purpose : current->value(2).toString();
        const QString scope = c.declaredScope ? c.declaredScope->join(u'\n') : current->value(3).toString();
        const QString expires = c.expiresAt ? Timestamp::toIso(*c.expiresAt) : current->value(4).toString();
        const QString retirement = c.retirementCondition ? *c.retirementCondition : current->value(5).toString();
        QJsonObject payload { { QStringLiteral("business"), c.businessOwner.toLower() },
                              { QStringLiteral("technical"), technical.toLower() },
                              { QStringLiteral("purpose"), purpose },
                              { QStringLiteral("scope"),
                                QJsonArray::fromStringList(scope.isEmpty() ? QStringList() : scope.split(u'\n')) },
                              { QStringLiteral("expires"), expires },
                              { QStringLiteral("retirementCondition"), retirement },
                              { QStringLiteral("previousBusiness"), current->value(0).toString() } };
        current->finish();
        auto updated = sql::run(
            db,
            QStringLiteral(
                "UPDATE identities SET business_owner = ?, technical_owner = ?, purpose = ?, declared_scope = ?, "
                "expires_at = ?, retirement_condition = ?, updated_at = ? WHERE id = ?"),
            { c.businessOwner.toLower(), sql::nullableText(technical.toLower()), sql::nullableText(purpose),
              sql::nullableText(scope), sql::nullableText(expires), sql::nullableText(retirement),
              Timestamp::toIso(now), identityId });
        if (!updated)
            return updated.error();
        AuditLog audit(db);
        return audit.append(now, actor, QStringLiteral("owners.set"), QStringLiteral("identity"),
                            QString::number(identityId), payload);
    });
}

Status LifecycleService::transition(qint64 identityId, const QString& toState, const QString& actor,
                                    const QString& reason)
{
    if (!LifecycleState::all().contains(toState))
        return fieldError(
            QStringLiteral("to"),
            tr("expected one of %1, got \"%2\"").arg(LifecycleState::all().join(QStringLiteral(", ")), toState));
    if (reason.trimmed().isEmpty())
        return fieldError(QStringLiteral("reason"), tr("a lifecycle change needs a reason"));
    const QDateTime now = m_clock.now();
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto current = sql::run(db, QStringLiteral("SELECT status FROM identities WHERE id = ?"), { identityId });
        if (!current)
            return current.error();
        if (!current->next())
            return makeError(tr("No identity with id %1").arg(identityId));
        const QString from = current->value(0).toString();
        current->finish();
        if (!allowed(from, toState))
            return makeError(tr("An identity cannot go from %1 to %2").arg(from, toState));
        // Suspending and retiring switch an identity off; reactivating a suspended one switches it back
        // on. Anything else leaves it as the source said (a disabled app under review stays disabled).
        QString enabledSql = QStringLiteral("enabled");
        if (toState == LifecycleState::Suspended || toState == LifecycleState::Retired)
            enabledSql = QStringLiteral("0");
        else if (toState == LifecycleState::Active && from == LifecycleState::Suspended)
            enabledSql = QStringLiteral("1");
        auto updated = sql::run(db,
                                QStringLiteral("UPDATE identities SET status = ?, enabled = ") + enabledSql
                                    + QStringLiteral(", updated_at = ? WHERE id = ?"),
                                { toState, Timestamp::toIso(now), identityId });
        if (!updated)
            return updated.error();
        auto event = sql::run(db,
                              QStringLiteral("INSERT INTO lifecycle_events (identity_id, at, from_state, to_state, "
                                             "actor, reason) VALUES (?,?,?,?,?,?)"),
                              { identityId, Timestamp::toIso(now), from, toState, actor, reason });
        if (!event)
            return event.error();
        AuditLog audit(db);
        return audit.append(now, actor, QStringLiteral("lifecycle.transition"), QStringLiteral("identity"),
                            QString::number(identityId),
                            QJsonObject { { QStringLiteral("from"), from },
                                          { QStringLiteral("to"), toState },
                                          { QStringLiteral("reason"), reason } });
    });
}

Result<int> LifecycleService::importPeople(const QString& path, const QString& actor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: cannot read: %2").arg(path, file.errorString()));
    CsvReader reader(&file);
    QStringList header;
    const bool haveHeader = reader.next(&header);
    for (QString& column : header)
        column = column.trimmed().toLower(); // "Email" and "email" are the same column
    if (!haveHeader)
        return makeError(tr("%1: line 1: expected the header email,name,manager,active").arg(path));
    const qsizetype email = header.indexOf(QStringLiteral("email"));
    const qsizetype name = header.indexOf(QStringLiteral("name"));
    const qsizetype manager = header.indexOf(QStringLiteral("manager"));
    const qsizetype active = header.indexOf(QStringLiteral("active"));
    for (const auto& [index, column] : { std::pair { email, "email" }, std::pair { name, "name" },
                                         std::pair { manager, "manager" }, std::pair { active, "active" } }) {
        if (index < 0)
            return makeError(tr("%1: line 1: missing column %2").arg(path, QString::fromLatin1(column)));
    }
    int count = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto upsert
            = sql::prepare(db,
                           QStringLiteral("INSERT INTO people (email, name, manager_email, active) VALUES (?,?,?,?) "
                                          "ON CONFLICT (email) DO UPDATE SET name = excluded.name, "
                                          "manager_email = excluded.manager_email, active = excluded.active"));
        if (!upsert)
            return upsert.error();
        QStringList row;
        while (reader.next(&row)) {
            const qint64 line = reader.line();
            if (row.size() != header.size())
                return makeError(tr("%1: line %2: expected %3 fields, got %4")
                                     .arg(path)
                                     .arg(line)
                                     .arg(header.size())
                                     .arg(row.size()));
            const QString mail = row.at(email).trimmed().toLower();
            if (!looksLikeEmail(mail))
                return makeError(tr("%1: line %2: email: expected an email address, got \"%3\"")
                                     .arg(path)
                                     .arg(line)
                                     .arg(row.at(email)));
            const QString flag = row.at(active).trimmed().toLower();
            if (!QStringList { QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"),
                               QStringLiteral("0"), QStringLiteral("yes"), QStringLiteral("no") }
                     .contains(flag))
                return makeError(tr("%1: line %2: active: expected true or false, got \"%3\"")
                                     .arg(path)
                                     .arg(line)
                                     .arg(row.at(active)));
            const bool isActive
                = flag == QLatin1String("true") || flag == QLatin1String("1") || flag == QLatin1String("yes");
            if (auto st = sql::exec(*upsert,
                                    { mail, row.at(name).trimmed(),
                                      sql::nullableText(row.at(manager).trimmed().toLower()), isActive ? 1 : 0 });
                !st)
                return st;
            ++count;
        }
        if (reader.hasError())
            return makeError(tr("%1: %2").arg(path, reader.errorString()));
        AuditLog audit(db);
        return audit.append(m_clock.now(), actor, QStringLiteral("people.import"), QStringLiteral("people"), path,
                            QJsonObject { { QStringLiteral("people"), count } });
    });
    if (!status)
        return status.error();
    return count;
}

} // namespace recertify
