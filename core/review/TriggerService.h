#pragma once

#include "core/analysis/FindingText.h"
#include "core/domain/Campaign.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace recertify {

/**
 * Event-driven micro-campaigns: after every sync, each enabled trigger looks for identities that
 * newly meet it (new out-of-scope behaviour, an owner who left, a credential expiring within N
 * days, trust debt crossing a threshold) and starts a small campaign for just those, due in a
 * week. An identity already waiting in an open campaign is not asked about twice.
 */
class TriggerService
{
    Q_DECLARE_TR_FUNCTIONS(TriggerService)

public:
    TriggerService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    static QStringList kinds();
    /** Why an identity is in a micro-campaign this trigger started, for the reviewer. */
    static QString describe(const QString& kind);
    /** The same as data, rendered in the reader's language where it is shown. */
    static FindingText describeText(const QString& kind);
    [[nodiscard]] Result<QList<TriggerConfig>> all() const;
    [[nodiscard]] Status set(const TriggerConfig& config);
    /** Runs every enabled trigger; returns the campaigns it started. */
    [[nodiscard]] Result<QList<qint64>> run(const QString& actor);

private:
    [[nodiscard]] Result<QList<qint64>> candidates(const TriggerConfig& trigger) const;

    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
