#include "core/lifecycle/LifecycleService.h"

#include "core/domain/LifecycleState.h"
#include "core/storage/AuditLog.h"
#include "core/storage/LifecycleStore.h"
#include "core/util/CsvReader.h"
#include "core/util/People.h"
#include "core/util/Timestamp.h"

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
        LifecycleStore store(db);
        auto current = store.stewardship(identityId);
        if (!current)
            return current.error();
        if (!current->has_value())
            return makeError(tr("No identity with id %1").arg(identityId));
        const Stewardship& before = current->value();
        Stewardship after;
        after.businessOwner = c.businessOwner.toLower();
        after.technicalOwner = (c.technicalOwner ? *c.technicalOwner : before.technicalOwner).toLower();
        after.purpose = c.purpose ? *c.purpose : before.purpose;
        after.declaredScope = c.declaredScope ? *c.declaredScope : before.declaredScope;
        after.expires = c.expiresAt ? Timestamp::toIso(*c.expiresAt) : before.expires;
        after.retirementCondition = c.retirementCondition ? *c.retirementCondition : before.retirementCondition;
        QJsonObject payload { { QStringLiteral("business"), after.businessOwner },
                              { QStringLiteral("technical"), after.technicalOwner },
                              { QStringLiteral("purpose"), after.purpose },
                              { QStringLiteral("scope"), QJsonArray::fromStringList(after.declaredScope) },
                              { QStringLiteral("expires"), after.expires },
                              { QStringLiteral("retirementCondition"), after.retirementCondition },
                              { QStringLiteral("previousBusiness"), before.businessOwner } };
        if (auto updated = store.setStewardship(identityId, after, now); !updated)
            return updated;
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
        LifecycleStore store(db);
        auto current = store.status(identityId);
        if (!current)
            return current.error();
        if (!current->has_value())
            return makeError(tr("No identity with id %1").arg(identityId));
        const QString from = current->value();
        if (!allowed(from, toState))
            return makeError(tr("An identity cannot go from %1 to %2").arg(from, toState));
        // Suspending and retiring switch an identity off; reactivating a suspended one switches it back
        // on. Anything else leaves it as the source said (a disabled app under review stays disabled).
        std::optional<bool> enabled;
        if (toState == LifecycleState::Suspended || toState == LifecycleState::Retired)
            enabled = false;
        else if (toState == LifecycleState::Active && from == LifecycleState::Suspended)
            enabled = true;
        if (auto updated = store.setStatus(identityId, toState, enabled, now); !updated)
            return updated;
        if (auto event = store.recordEvent(identityId, now, from, toState, actor, reason); !event)
            return event;
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
        LifecycleStore store(db);
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
            if (auto st
                = store.upsertPerson(mail, row.at(name).trimmed(), row.at(manager).trimmed().toLower(), isActive);
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
