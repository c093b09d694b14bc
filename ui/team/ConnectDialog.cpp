#include "ui/team/ConnectDialog.h"

#include "ui/widgets/StatusColours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace recertify {

ConnectDialog::ConnectDialog(const TeamServer& initial, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(initial.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(initial.database, this))
    , m_login(new QLineEdit(initial.login, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a team server"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_host->setPlaceholderText(tr("governance-db.example.com"));
    m_database->setPlaceholderText(QStringLiteral("recertify"));
    m_login->setPlaceholderText(tr("your database login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_error->hide();

    auto* intro = new QLabel(tr("Reviewers on many desktops work in one shared store on PostgreSQL. What you may see "
                                "and decide is set by your database login's team role."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::accept()
{
    auto url = TeamConnection::urlFor({ m_host->text(), m_port->value(), m_database->text(), m_login->text() });
    if (!url) {
        m_error->setText(url.errorString());
        m_error->show();
        return;
    }
    m_url = url.value();
    QDialog::accept();
}

} // namespace recertify
