#pragma once

#include "storage/Database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace recertify {

class SyncJob;
class SyncRunTableModel;
struct SyncReport;

/** Import files from a source with progress and Cancel, and read the history of every run. */
class SourcesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPage(DatabasePtr database, QWidget* parent = nullptr);
    ~SourcesPage() override;

    /** Adds files or folders to import (the file dialogs end here; tests call it directly). */
    void addInputs(const QStringList& paths);
    void selectFormat(const QString& format);
    SyncRunTableModel* history() const { return m_history; }

signals:
    /** An import changed the store: other pages reload. */
    void storeChanged();

private:
    void startImport();
    void finishImport(const SyncReport& report);
    void updateButtons();

    DatabasePtr m_database;
    QComboBox* m_format;
    QListWidget* m_inputs;
    QPushButton* m_addFiles;
    QPushButton* m_addFolder;
    QPushButton* m_clear;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
    QTableView* m_historyView;
    SyncRunTableModel* m_history;
    SyncJob* m_job = nullptr;
};

} // namespace recertify
