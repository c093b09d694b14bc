#pragma once

#include "core/storage/SourceRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace recertify {

class SecretStore;

/** Connects a GitHub organisation: as a GitHub App (its private key) or with a token; either goes straight to the
 * keychain. */
class GitHubSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GitHubSourceDialog(SecretStore& secrets, QWidget* parent = nullptr);

    /** The configuration to save, valid after accept(). */
    SourceConfig source() const { return m_source; }
    /** appId empty: token access, `secret` the token; else `secret` the App's private key (PEM). */
    void fill(const QString& name, const QString& org, const QString& apiUrl, const QString& appId,
              const QString& secret);

    void accept() override;

private:
    void updateMode();

    SecretStore& m_secrets;
    QLineEdit* m_name;
    QLineEdit* m_org;
    QLineEdit* m_apiUrl;
    QRadioButton* m_asApp;
    QRadioButton* m_withToken;
    QLineEdit* m_appId;
    QLineEdit* m_keyFile;
    QLineEdit* m_token;
    QLabel* m_error;
    QString m_pastedKey; ///< a key given by fill() rather than a file (tests)
    SourceConfig m_source;
};

} // namespace recertify
