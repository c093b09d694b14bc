#pragma once

#include "core/domain/Campaign.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>

namespace recertify {

/**
 * Recurring templates: the quarterly review is defined once. Every sync (and `templates run`)
 * starts the campaigns whose time has come; a run that was missed for several periods starts one
 * campaign, not a backlog, and the next run moves past now.
 */
class TemplateService
{
    Q_DECLARE_TR_FUNCTIONS(TemplateService)

public:
    TemplateService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    [[nodiscard]] Result<qint64> create(const CampaignTemplate& t);
    [[nodiscard]] Result<QList<CampaignTemplate>> list() const;
    /** Stops a template; the campaigns it started stay as they are. Audited. */
    [[nodiscard]] Status remove(qint64 id, const QString& actor);
    /** Starts every campaign that is due; returns their ids. */
    [[nodiscard]] Result<QList<qint64>> runDue(const QString& actor);

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
