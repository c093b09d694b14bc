#pragma once

#include "core/storage/Database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;

namespace recertify {

class CampaignJob;

/**
 * Starting a campaign, for the governance manager: the form says what the campaign will do before it starts (how
 * many identities, which reviewers get how many items, who falls to the fallback reviewer), then creates it in a
 * worker with progress and Cancel, so the window never freezes.
 */
class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    NewCampaignDialog(DatabasePtr database, const QString& actor, QWidget* parent = nullptr);
    ~NewCampaignDialog() override;

    /** The campaign created, once accepted. */
    qint64 createdId() const { return m_created; }
    QString previewText() const;

private:
    void updatePreview();
    void start();
    void finish(qint64 id, const QString& error);

    DatabasePtr m_database;
    QString m_actor;
    QLineEdit* m_name;
    QDateEdit* m_due;
    QLineEdit* m_scope;
    QLineEdit* m_fallback;
    QComboBox* m_secondStage;
    QCheckBox* m_onlyExpired;
    QComboBox* m_repeat; ///< once, or every so many days (a recurring template starting after this one)
    QLabel* m_preview;
    QLabel* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QTimer* m_previewTimer;
    CampaignJob* m_job = nullptr;
    qint64 m_created = 0;
};

} // namespace recertify
