#pragma once

#include "core/analysis/IdentityInsight.h"
#include "core/storage/Database.h"

#include <QWidget>

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace recertify {

/**
 * One identity in full: who owns it and why it exists (editable), what it may do and what it
 * does, its credentials, findings, trust-debt breakdown, drift over time, lifecycle and blast radius.
 */
class IdentityWindow : public QWidget
{
    Q_OBJECT

public:
    IdentityWindow(DatabasePtr database, qint64 identityId, QWidget* parent = nullptr);

    qint64 identityId() const { return m_id; }
    void reload();
    /** Saves the ownership form (the Save button does the same); false with the reason shown. */
    bool saveOwnership();
    /** Ownership and lifecycle are edited by those who may change the estate; others read. */
    void setEditable(bool editable);
    QTabWidget* tabs() const { return m_tabs; }

signals:
    /** Something changed that other views show. */
    void identityChanged(qint64 id);

private:
    void fill(const IdentityInsight& insight);
    void fillGrants(const IdentityInsight& insight);
    void fillCredentials(const IdentityInsight& insight);
    void fillFindings(const IdentityInsight& insight);
    void fillDebt(const IdentityInsight& insight);
    void fillLifecycle(const IdentityInsight& insight);
    void fillBlastRadius(const IdentityInsight& insight);
    void fillActivity(const IdentityInsight& insight);
    void changeState(const QString& to);
    void afterChange();

    DatabasePtr m_database;
    qint64 m_id;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_debt;
    QLineEdit* m_business;
    QLineEdit* m_technical;
    QLineEdit* m_purpose;
    QLineEdit* m_scope;
    QCheckBox* m_hasExpiry;
    QDateEdit* m_expires;
    QLineEdit* m_retirement;
    QLabel* m_formMessage;
    bool m_editable = true;
    QPushButton* m_save;
    QPushButton* m_suspend;
    QPushButton* m_retire;
    QPushButton* m_reactivate;
    QTabWidget* m_tabs;
    QTableWidget* m_grants;
    QTableWidget* m_credentials;
    QTableWidget* m_activity;
    QTableWidget* m_findings;
    QTableWidget* m_factors;
    QTableWidget* m_lifecycle;
    QTableWidget* m_reach;
    QLabel* m_reachSummary;
    QVBoxLayout* m_chartsLayout;
    QString m_status;
};

} // namespace recertify
