#include "core/storage/PeopleRepository.h"

#include "core/storage/SqlUtil.h"

namespace recertify {

Result<QList<Person>> PeopleRepository::all() const
{
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT email, name, manager_email, active FROM people ORDER BY name, email"));
    if (!q)
        return q.error();
    QList<Person> out;
    while (q->next())
        out.append(Person { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toInt() != 0 });
    return out;
}

Result<QStringList> PeopleRepository::reportsOf(const QString& manager) const
{
    auto q = sql::run(m_database->connection(),
                      QStringLiteral("SELECT email FROM people WHERE lower(manager_email) = ? ORDER BY email"),
                      { manager.trimmed().toLower() });
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString().toLower();
    return out;
}

} // namespace recertify
