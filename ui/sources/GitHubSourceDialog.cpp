#include "ui/sources/GitHubSourceDialog.h"

#include "core/connectors/github/GitHubLiveImporter.h"
#include "core/secrets/SecretStore.h"
#include "ui/widgets/StatusColours.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace recertify {

GitHubSourceDialog::GitHubSourceDialog(SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_name(new QLineEdit(this))
    , m_org(new QLineEdit(this))
    , m_apiUrl(new QLineEdit(QStringLiteral("https://api.github.com"), this))
    , m_asApp(new QRadioButton(tr("As a GitHub &App (recommended: it can read fine-grained tokens)"), this))
    , m_withToken(new QRadioButton(tr("With a &token"), this))
    , m_appId(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("gitHubSourceDialog"));
    setWindowTitle(tr("Connect a GitHub organisation"));
    m_name->setPlaceholderText(tr("Contoso on GitHub"));
    m_name->setAccessibleName(tr("Name"));
    m_org->setPlaceholderText(tr("The organisation's login, as in github.com/LOGIN"));
    m_org->setAccessibleName(tr("Organisation"));
    m_apiUrl->setAccessibleName(tr("REST API URL"));
    m_appId->setPlaceholderText(tr("The App's id, from its settings page"));
    m_appId->setAccessibleName(tr("App id"));
    m_keyFile->setPlaceholderText(tr("The .pem file GitHub let you download"));
    m_keyFile->setAccessibleName(tr("Private key file"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Stored in the OS keychain only"));
    m_token->setAccessibleName(tr("Token"));
    m_asApp->setChecked(true);
    m_error->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* hint = new QLabel(tr("The App needs read access to Administration, Members and Personal access tokens (and "
                               "requests) of the organisation, and to Administration of its repositories for deploy "
                               "keys; the audit log needs GitHub Enterprise Cloud. The key or token goes to the OS "
                               "keychain; Recertify stores only the keychain entry's name."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the private key file"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_org);
    form->addRow(tr("API &URL:"), m_apiUrl);
    form->addRow(m_asApp);
    form->addRow(tr("App &id:"), m_appId);
    // A row holding a layout gets no buddy on its own: the mnemonic needs a label that names the field.
    auto* keyFileLabel = new QLabel(tr("Private &key:"), this);
    keyFileLabel->setBuddy(m_keyFile);
    form->addRow(keyFileLabel, keyRow);
    form->addRow(m_withToken);
    form->addRow(tr("Tok&en:"), m_token);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GitHubSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GitHubSourceDialog::reject);
    connect(m_asApp, &QRadioButton::toggled, this, &GitHubSourceDialog::updateMode);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("GitHub App private key"), QString(),
                                                          tr("PEM files (*.pem);;All files (*)"));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    updateMode();
}

void GitHubSourceDialog::updateMode()
{
    const bool app = m_asApp->isChecked();
    m_appId->setEnabled(app);
    m_keyFile->setEnabled(app);
    m_token->setEnabled(!app);
}

void GitHubSourceDialog::fill(const QString& name, const QString& org, const QString& apiUrl, const QString& appId,
                              const QString& secret)
{
    m_name->setText(name);
    m_org->setText(org);
    m_apiUrl->setText(apiUrl);
    m_asApp->setChecked(!appId.isEmpty());
    m_withToken->setChecked(appId.isEmpty());
    m_appId->setText(appId);
    if (appId.isEmpty())
        m_token->setText(secret);
    else
        m_pastedKey = secret;
}

void GitHubSourceDialog::accept()
{
    auto problem = [this](const QString& text, QWidget* field) {
        m_error->setText(text);
        m_error->show();
        field->setFocus();
    };
    const QString name = m_name->text().trimmed();
    const QString org = m_org->text().trimmed();
    if (name.isEmpty())
        return problem(tr("Give the connection a name."), m_name);
    if (org.isEmpty())
        return problem(tr("Name the organisation."), m_org);
    const QUrl api(m_apiUrl->text().trimmed());
    if (!api.isValid() || api.scheme().isEmpty() || api.host().isEmpty())
        return problem(tr("API URL: expected a URL such as https://api.github.com"), m_apiUrl);

    GitHubConnection connection;
    connection.org = org;
    connection.apiUrl = api;
    QString secret;
    if (m_asApp->isChecked()) {
        connection.appId = m_appId->text().trimmed();
        if (connection.appId.isEmpty())
            return problem(tr("Give the App's id."), m_appId);
        secret = m_pastedKey;
        if (secret.isEmpty()) {
            QFile key(m_keyFile->text().trimmed());
            if (!key.open(QIODevice::ReadOnly) || key.size() > 64 * 1024)
                return problem(tr("Private key: cannot read %1").arg(key.fileName()), m_keyFile);
            secret = QString::fromUtf8(key.readAll());
        }
        if (!secret.contains(QLatin1String("PRIVATE KEY")))
            return problem(tr("Private key: not a PEM private key"), m_keyFile);
    } else {
        secret = m_token->text().trimmed();
        if (secret.isEmpty())
            return problem(tr("Give the token."), m_token);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status stored = m_secrets.write(connection.secretKey(), secret);
    QApplication::restoreOverrideCursor();
    secret.fill(u'\0');
    m_pastedKey.clear();
    m_token->clear(); // not kept in the widget longer than needed
    if (!stored)
        return problem(stored.errorString(), m_name);
    m_source = connection.toSource(name);
    QDialog::accept();
}

} // namespace recertify
