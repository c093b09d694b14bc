#pragma once

#include "core/domain/Campaign.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <functional>

namespace recertify {

/** What a new campaign needs. */
struct CampaignRequest
{
    QString name;
    QDateTime due;
    QString scope;
    QString fallbackReviewer; ///< reviews what no active owner can
    QString secondStage; ///< empty, "technical" or "manager"
    QString createdBy;
    QString trigger; ///< set by event-driven micro-campaigns
    /** Ask only the attestations whose certification has run out (or never was); identities with none due are left out.
     */
    bool onlyExpired = false;
};

/** What closing a campaign left to do. */
struct CloseReport
{
    int tasks = 0;
    int undecided = 0;
};

/**
 * Review campaigns: one item per identity in scope, routed to its business owner (or the fallback
 * reviewer when nobody active owns it), carrying the evidence the reviewer sees: granted vs used
 * vs declared, last use, credential ages, findings, the trust-debt breakdown and why it is there.
 * Closing turns decisions into remediation tasks that the next sync verifies.
 */
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)

public:
    CampaignService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    /**
     * templateId links a campaign a recurring template started to that template; templateNextRun,
     * when valid, moves the template's next start in the same transaction, so a crash cannot start
     * the same period twice.
     */
    [[nodiscard]] Result<qint64> create(const CampaignRequest& request, qint64 templateId = 0,
                                        const QDateTime& templateNextRun = {});
    /** Items written so far of all in scope; return false to cancel (nothing is created then). */
    using Progress = std::function<bool(int done, int total)>;
    [[nodiscard]] Result<qint64> create(const CampaignRequest& request, const Progress& progress);
    [[nodiscard]] Result<QList<Campaign>> list() const;
    [[nodiscard]] Result<Campaign> byId(qint64 id) const;
    [[nodiscard]] Result<CampaignStatus> status(qint64 id) const;
    [[nodiscard]] Result<CloseReport> close(qint64 id, const QString& actor);
    /** Items still undecided after each decision, from the campaign's start: the burndown. */
    [[nodiscard]] Result<QList<std::pair<QDateTime, int>>> burndown(qint64 id) const;
    [[nodiscard]] Result<QList<RemediationTask>> tasks(qint64 id) const;
    /** The reviewers of open campaigns, for "reviewing as". */
    [[nodiscard]] Result<QStringList> reviewers(qint64 id) const;
    /** After a sync: tasks whose change shows in the store are done; old ones become overdue. */
    [[nodiscard]] Result<int> verifyRemediation();
    /** Reviewers with pending items in an open campaign; recorded in the audit log as sent. */
    [[nodiscard]] Result<QList<Reminder>> remind(qint64 id, const QString& actor);
    /** The decisions in force that were flagged (fast, streak), newest first, for the manager to look into. */
    [[nodiscard]] Result<QList<FlaggedDecision>> flagged(qint64 id) const;
    /** Once a campaign is overdue, pending items move to their reviewer's manager (once per item). */
    [[nodiscard]] Result<int> escalate(qint64 id, const QString& actor);

private:
    [[nodiscard]] Result<qint64> create(const CampaignRequest& request, qint64 templateId,
                                        const QDateTime& templateNextRun, const Progress& progress);

    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
