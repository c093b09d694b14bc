#pragma once

#include "core/evidence/BundleContents.h"
#include "core/evidence/EvidenceBundle.h"

#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTextBrowser;
class QVBoxLayout;

namespace recertify {

/**
 * The auditor's view: open a signed evidence bundle, see at once whether it verifies (and who
 * signed it, against the trusted signers), then browse its decisions and the evidence behind each,
 * read-only, from the bundle alone.
 */
class EvidencePage : public QWidget
{
    Q_OBJECT

public:
    /** trustedFolder: where trusted signer keys live (tests pass a temporary folder). */
    explicit EvidencePage(QWidget* parent = nullptr, const QString& trustedFolder = {});

    /** Opens and verifies a bundle; false when it cannot be read at all. */
    bool openBundle(const QString& path);
    /** Trusts the signer of the open bundle (the button asks first). */
    bool trustCurrentSigner(const QString& name);
    bool isValid() const { return m_verification.valid; }
    /** Extracts the bundle's report.pdf to a temporary file (kept while the page lives); empty when it has none. */
    QString extractReport();
    QLabel* banner() const { return m_banner; }

private:
    void showDecisions();
    void showEvidence(int row);
    /** A red band naming a member that does not verify, for rich text drawn from it. */
    QString unverifiedBand(const QString& file) const;
    void chooseFile();
    void manageTrustedSigners();

    QString m_trustedFolder;
    QString m_path;
    BundleVerification m_verification;
    BundleContents m_contents;
    QLabel* m_banner;
    QLabel* m_title;
    QPushButton* m_open;
    QPushButton* m_trust;
    QPushButton* m_signers;
    QPushButton* m_report;
    std::unique_ptr<QTemporaryDir> m_reportDir;
    QListWidget* m_files;
    QLineEdit* m_filter;
    QComboBox* m_need;
    QTableWidget* m_decisions;
    QTextBrowser* m_evidence;
    QVBoxLayout* m_chart;
    class EmptyState* m_empty;
    QSplitter* m_content;
};

} // namespace recertify
