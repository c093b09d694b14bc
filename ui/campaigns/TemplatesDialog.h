#pragma once

#include "core/storage/Database.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace recertify {

/** Recurring campaigns: the quarterly review defined once, started by every sync when due. */
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(DatabasePtr database, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /** Adds the template in the form; false with the reason shown. */
    bool addTemplate();
    /** Stops the selected template; false with the reason shown. */
    bool removeSelected();
    /** Starts every template whose time has come; returns how many campaigns started, or -1. */
    int startDue();

signals:
    void campaignsStarted();

private:
    void reload();

    DatabasePtr m_database;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_scope;
    QSpinBox* m_every;
    QSpinBox* m_duration;
    QDateEdit* m_first;
    QLineEdit* m_fallback;
    QComboBox* m_secondStage;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace recertify
