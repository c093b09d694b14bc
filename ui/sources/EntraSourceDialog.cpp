#include "ui/sources/EntraSourceDialog.h"

#include "core/connectors/entra/EntraLiveImporter.h"
#include "core/secrets/SecretStore.h"
#include "ui/widgets/StatusColours.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace recertify {

EntraSourceDialog::EntraSourceDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_name(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_graphUrl(new QLineEdit(QStringLiteral("https://graph.microsoft.com"), this))
    , m_tokenUrl(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("entraSourceDialog"));
    setWindowTitle(tr("Connect Microsoft Entra ID"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_name->setPlaceholderText(tr("Contoso production tenant"));
    m_tenant->setPlaceholderText(tr("Tenant id or domain"));
    m_clientId->setPlaceholderText(tr("Application (client) id"));
    m_secret->setPlaceholderText(tr("Stored in the OS keychain only"));
    m_tokenUrl->setPlaceholderText(tr("Default: the tenant's endpoint on login.microsoftonline.com"));
    m_error->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* hint = new QLabel(tr("The app needs the application permissions Application.Read.All, Directory.Read.All "
                               "and AuditLog.Read.All. Its secret goes to the OS keychain; Recertify stores only "
                               "the name of the keychain entry."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Client secret:"), m_secret);
    form->addRow(tr("Graph URL:"), m_graphUrl);
    form->addRow(tr("Token URL:"), m_tokenUrl);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntraSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntraSourceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void EntraSourceDialog::fill(const QString& name, const QString& tenant, const QString& clientId, const QString& secret,
                             const QString& graphUrl, const QString& tokenUrl)
{
    m_name->setText(name);
    m_tenant->setText(tenant);
    m_clientId->setText(clientId);
    m_secret->setText(secret);
    if (!graphUrl.isEmpty())
        m_graphUrl->setText(graphUrl);
    m_tokenUrl->setText(tokenUrl);
}

void EntraSourceDialog::accept()
{
    auto problem = [this](const QString& text) {
        m_error->setText(text);
        m_error->show();
    };
    const QString name = m_name->text().trimmed();
    const QString tenant = m_tenant->text().trimmed();
    const QString clientId = m_clientId->text().trimmed();
    if (name.isEmpty() || tenant.isEmpty() || clientId.isEmpty() || m_secret->text().isEmpty())
        return problem(tr("Name, tenant, client id and client secret are all needed."));
    const QUrl graph(m_graphUrl->text().trimmed());
    if (!graph.isValid() || graph.scheme().isEmpty() || graph.host().isEmpty())
        return problem(tr("Graph URL: expected a URL such as https://graph.microsoft.com"));

    EntraConnection connection;
    connection.tenant = tenant;
    connection.clientId = clientId;
    connection.graphUrl = graph;
    connection.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status stored = m_secrets.write(connection.secretKey(), m_secret->text());
    QApplication::restoreOverrideCursor();
    if (!stored)
        return problem(stored.errorString());
    m_secret->clear(); // do not keep it in the widget longer than needed

    m_source = connection.toSource(name);
    QDialog::accept();
}

} // namespace recertify
