#pragma once

#include "core/storage/SourceRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace recertify {

class SecretStore;

/** Connects a Microsoft Entra tenant: where it is, which app reads it, and its secret (straight to the keychain). */
class EntraSourceDialog : public QDialog
{
    Q_OBJECT

public:
    EntraSourceDialog(SecretStore& secrets, QWidget* parent = nullptr);

    /** The configuration to save, valid after accept(). */
    SourceConfig source() const { return m_source; }
    void fill(const QString& name, const QString& tenant, const QString& clientId, const QString& secret,
              const QString& graphUrl = {}, const QString& tokenUrl = {});

    void accept() override;

private:
    SecretStore& m_secrets;
    QLineEdit* m_name;
    QLineEdit* m_tenant;
    QLineEdit* m_clientId;
    QLineEdit* m_secret;
    QLineEdit* m_graphUrl;
    QLineEdit* m_tokenUrl;
    QLabel* m_error;
    SourceConfig m_source;
};

} // namespace recertify
