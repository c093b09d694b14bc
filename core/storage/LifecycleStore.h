#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <optional>

namespace recertify {

/** Who answers for an identity and why it exists, as stored. */
struct Stewardship
{
    QString businessOwner;
    QString technicalOwner;
    QString purpose;
    QStringList declaredScope;
    QString expires; ///< ISO 8601 as stored, empty for none
    QString retirementCondition;
};

/**
 * The changes people make to an identity's life, in typed calls on the caller's transaction:
 * owners and purpose, lifecycle states and their events, and the people directory. The rules
 * (which transitions are allowed, what an email looks like) live in LifecycleService.
 */
class LifecycleStore
{
public:
    explicit LifecycleStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<std::optional<Stewardship>> stewardship(qint64 identityId) const;
    [[nodiscard]] Status setStewardship(qint64 identityId, const Stewardship& stewardship, const QDateTime& now);
    [[nodiscard]] Result<std::optional<QString>> status(qint64 identityId) const;
    /** The new state; an enabled flag given switches the identity on or off, none leaves it as the source said. */
    [[nodiscard]] Status setStatus(qint64 identityId, const QString& state, std::optional<bool> enabled,
                                   const QDateTime& now);
    [[nodiscard]] Status recordEvent(qint64 identityId, const QDateTime& at, const QString& from, const QString& to,
                                     const QString& actor, const QString& reason);
    /** Adds or updates one person of the directory, by email. */
    [[nodiscard]] Status upsertPerson(const QString& email, const QString& name, const QString& manager, bool active);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_upsertPerson; ///< prepared once per import
};

} // namespace recertify
