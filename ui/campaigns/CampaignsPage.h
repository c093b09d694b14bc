#pragma once

#include "core/domain/Campaign.h"
#include "core/review/CampaignService.h"
#include "core/storage/Database.h"
#include "ui/widgets/LazyPage.h"

#include <QWidget>

class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace recertify {

class ExportJob;
struct SigningKey;

/**
 * The governance manager's view: campaigns with their completion, and for the selected one the
 * burndown, progress per reviewer, the mix of decisions, rubber-stamp flags, overdue items and
 * the remediation that closing produced (verified by the next sync).
 */
class CampaignsPage : public LazyPage
{
    Q_OBJECT

public:
    explicit CampaignsPage(DatabasePtr database, QWidget* parent = nullptr);

    void reload() { refresh(); }
    void select(qint64 campaignId);
    /** Reviewers and auditors follow campaigns; only managers start, escalate and close them. */
    void setManageable(bool manageable);
    /** Records reminders for the campaign's reviewers with pending items and saves them as CSV for a mailer. */
    bool writeReminders(qint64 campaignId, const QString& path);
    /** Opens the flagged decision in the given row with the evidence its reviewer saw; null when there is none. */
    QDialog* openFlagged(int row);
    /** Writes and signs the campaign's evidence bundle in a worker; exported() reports the outcome. */
    void exportTo(qint64 campaignId, const QString& path, const SigningKey& key);

signals:
    void storeChanged();
    /** An export finished: error is empty when the bundle was written and signed. */
    void exported(const QString& path, const QString& error);

protected:
    void load() override;

private:
    void showCampaign(qint64 id);
    void newCampaign();
    void closeCampaign();
    void escalateCampaign();
    void sendReminders();
    void exportEvidence();
    void showReviewers(const CampaignStatus& status);
    void showFlagged(qint64 campaignId);

    DatabasePtr m_database;
    QTableWidget* m_list;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_close;
    QPushButton* m_escalate;
    QPushButton* m_triggers;
    QPushButton* m_templates;
    QPushButton* m_remind;
    QPushButton* m_export;
    QProgressBar* m_exportProgress; ///< busy while a bundle is written and signed
    ExportJob* m_exportJob = nullptr;
    QLabel* m_notice;
    QLabel* m_tasksEmpty;
    QTableWidget* m_reviewers;
    QTableWidget* m_flagged;
    QList<FlaggedDecision> m_flaggedRows; ///< what m_flagged shows, row for row
    QTabWidget* m_reviewerTabs;
    QVBoxLayout* m_charts;
    QTableWidget* m_tasks;
};

} // namespace recertify
