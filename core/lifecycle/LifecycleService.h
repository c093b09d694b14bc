#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace recertify {

/** Ownership and declared scope as an owner states them; empty optionals leave a field as it is. */
struct OwnershipChange
{
    QString businessOwner;
    std::optional<QString> technicalOwner;
    std::optional<QString> purpose;
    std::optional<QStringList> declaredScope;
    std::optional<QDateTime> expiresAt;
    std::optional<QString> retirementCondition;
};

/**
 * Changes to an identity's life that people make: owners, purpose, scope and retirement, and
 * lifecycle transitions (discovered, active, under review, suspended, retired). Every change is
 * one transaction and goes into the hash-chained audit log with who made it, when and why.
 */
class LifecycleService
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleService)

public:
    LifecycleService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    [[nodiscard]] Status setOwnership(qint64 identityId, const OwnershipChange& change, const QString& actor);
    [[nodiscard]] Status transition(qint64 identityId, const QString& toState, const QString& actor,
                                    const QString& reason);
    /** Whether a person may move an identity from one state to another. */
    static bool allowed(const QString& from, const QString& to);

    /**
     * Reads a people directory (CSV email,name,manager,active) in one transaction; errors name the
     * file and line. Returns how many people it holds.
     */
    [[nodiscard]] Result<int> importPeople(const QString& path, const QString& actor);

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
