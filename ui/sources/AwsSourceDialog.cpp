#include "ui/sources/AwsSourceDialog.h"

#include "core/connectors/aws/AwsLiveImporter.h"
#include "ui/widgets/StatusColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace recertify {

AwsSourceDialog::AwsSourceDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_lastAccessed(new QCheckBox(tr("Ask IAM when each service was &last used (one job per role and user)"), this))
    , m_activityDays(new QSpinBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("awsSourceDialog"));
    setWindowTitle(tr("Connect an AWS account"));
    m_name->setPlaceholderText(tr("Production account"));
    m_name->setAccessibleName(tr("Name"));
    m_profile->setEditable(true);
    m_profile->setObjectName(QStringLiteral("awsProfile"));
    m_profile->setAccessibleName(tr("AWS CLI profile"));
    m_profile->addItem(QString());
    m_profile->addItems(AwsProfiles::profileNames());
    m_profile->lineEdit()->setPlaceholderText(tr("The environment's keys, else $AWS_PROFILE or default"));
    m_region->setPlaceholderText(tr("The profile's region"));
    m_region->setAccessibleName(tr("Region"));
    m_activityDays->setRange(0, 90);
    m_activityDays->setSpecialValueText(tr("Do not read CloudTrail"));
    m_activityDays->setSuffix(tr(" days back on the first sync"));
    m_activityDays->setAccessibleName(tr("CloudTrail days to read on the first sync"));
    m_endpoint->setPlaceholderText(tr("Default: AWS's IAM and STS endpoints"));
    m_endpoint->setAccessibleName(tr("Endpoint URL"));
    m_error->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* hint
        = new QLabel(tr("Recertify finds credentials the way the AWS CLI does, assuming the profile's role when it "
                        "names one; it stores only the profile's name. The policy it needs is in the README "
                        "(iam:GetAccountAuthorizationDetails, the last-accessed calls and cloudtrail:LookupEvents)."),
                     this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(QString(), m_lastAccessed);
    form->addRow(tr("&CloudTrail:"), m_activityDays);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AwsSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AwsSourceDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
}

void AwsSourceDialog::fill(const QString& name, const QString& profile, const QString& region, const QString& endpoint)
{
    m_name->setText(name);
    m_profile->setEditText(profile);
    m_region->setText(region);
    m_endpoint->setText(endpoint);
}

void AwsSourceDialog::accept()
{
    auto problem = [this](const QString& text, QWidget* field) {
        m_error->setText(text);
        m_error->show();
        field->setFocus();
    };
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return problem(tr("Give the account a name."), m_name);
    AwsConnection connection;
    connection.profile = m_profile->currentText().trimmed();
    connection.region = m_region->text().trimmed();
    connection.lastAccessed = m_lastAccessed->isChecked();
    connection.activityDays = m_activityDays->value();
    if (!m_endpoint->text().trimmed().isEmpty()) {
        connection.endpoint = QUrl(m_endpoint->text().trimmed());
        if (!connection.endpoint.isValid() || connection.endpoint.host().isEmpty())
            return problem(tr("Endpoint: expected a URL such as https://iam.amazonaws.com/"), m_endpoint);
    }
    // Checked now, so a typo in the profile shows here rather than at the first sync.
    auto resolved = AwsProfiles::resolve(connection.profile, connection.region);
    if (!resolved)
        return problem(resolved.errorString(), m_profile);
    m_source = connection.toSource(name);
    QDialog::accept();
}

} // namespace recertify
