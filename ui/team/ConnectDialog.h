#pragma once

#include "core/team/TeamConnection.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace recertify {

/** Asks where the team's PostgreSQL server is and who signs in; the password goes to the keychain only. */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const TeamServer& initial, QWidget* parent = nullptr);

    /** The address without the password; valid once accepted. */
    QString url() const { return m_url; }
    QString password() const;
    bool rememberPassword() const;

    void accept() override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_error;
    QString m_url;
};

} // namespace recertify
