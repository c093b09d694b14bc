#pragma once

#include "core/storage/Database.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace recertify {

/** Which events start a micro-campaign by themselves, with their threshold and fallback reviewer. */
class TriggersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TriggersDialog(DatabasePtr database, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /** Stores every row; false with the reason shown, and nothing after the failing row is kept. */
    bool save();

private:
    DatabasePtr m_database;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace recertify
