#include "ui/sources/K8sSourceDialog.h"

#include "core/connectors/k8s/K8sLiveImporter.h"
#include "ui/widgets/StatusColours.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recertify {

K8sSourceDialog::K8sSourceDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kubeconfig(new QLineEdit(this))
    , m_context(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("k8sSourceDialog"));
    setWindowTitle(tr("Connect a Kubernetes cluster"));
    m_name->setPlaceholderText(tr("Production cluster"));
    m_name->setAccessibleName(tr("Name"));
    m_kubeconfig->setPlaceholderText(tr("Default: $KUBECONFIG, else ~/.kube/config"));
    m_kubeconfig->setAccessibleName(tr("Kubeconfig file"));
    m_context->setEditable(true);
    m_context->setAccessibleName(tr("Context"));
    m_context->setObjectName(QStringLiteral("k8sContext"));
    m_error->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* hint
        = new QLabel(tr("Recertify reaches the cluster as kubectl does, with the context's certificate authority, "
                        "token, client certificate or credential plugin; it stores only the file's path and the "
                        "context's name. The user needs to list service accounts, pods, secrets (read by "
                        "metadata only) and the RBAC roles and bindings: the README has the ClusterRole."),
                     this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the kubeconfig file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_kubeconfig, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    // A row holding a layout gets no buddy on its own: the mnemonic needs a label that names the field.
    auto* kubeconfigLabel = new QLabel(tr("&Kubeconfig:"), this);
    kubeconfigLabel->setBuddy(m_kubeconfig);
    form->addRow(kubeconfigLabel, fileRow);
    form->addRow(tr("&Context:"), m_context);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &K8sSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &K8sSourceDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Kubeconfig"), QDir::homePath() + QStringLiteral("/.kube"));
        if (!file.isEmpty()) {
            m_kubeconfig->setText(file);
            loadContexts();
        }
    });
    connect(m_kubeconfig, &QLineEdit::editingFinished, this, &K8sSourceDialog::loadContexts);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());
    loadContexts();
}

void K8sSourceDialog::loadContexts()
{
    const QString typed = m_context->currentText();
    m_context->clear();
    auto contexts = KubeConfig::contexts(m_kubeconfig->text().trimmed());
    if (!contexts) {
        // Not an error yet: the user may still be typing the path. Save says what is wrong.
        m_context->setEditText(typed);
        return;
    }
    m_context->addItems(contexts->first);
    const int current = m_context->findText(typed.isEmpty() ? contexts->second : typed);
    if (current >= 0)
        m_context->setCurrentIndex(current);
    else
        m_context->setEditText(typed);
}

void K8sSourceDialog::fill(const QString& name, const QString& kubeconfig, const QString& context)
{
    m_name->setText(name);
    m_kubeconfig->setText(kubeconfig);
    loadContexts();
    m_context->setEditText(context);
}

void K8sSourceDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Give the cluster a name."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    K8sConnection connection;
    connection.kubeconfig = m_kubeconfig->text().trimmed();
    connection.context = m_context->currentText().trimmed();
    // Resolved now, so a wrong file or context shows here rather than at the first sync.
    auto target = KubeConfig::load(connection.kubeconfig, connection.context);
    if (!target) {
        m_error->setText(target.errorString());
        m_error->show();
        (target.error().field == QLatin1String("context") ? static_cast<QWidget*>(m_context) : m_kubeconfig)
            ->setFocus();
        return;
    }
    m_source = connection.toSource(name);
    QDialog::accept();
}

} // namespace recertify
