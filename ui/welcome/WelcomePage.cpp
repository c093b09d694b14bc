#include "ui/welcome/WelcomePage.h"

#include "ui/widgets/StatusColours.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace recertify {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_import(new QCommandLinkButton(tr("&Import files…"), this))
    , m_connect(new QCommandLinkButton(tr("&Connect a live source…"), this))
    , m_demo(new QCommandLinkButton(tr("Load the &demo estate"), this))
    , m_bundle(new QCommandLinkButton(tr("&Open an evidence bundle…"), this))
    , m_progress(new QProgressBar(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to Recertify"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_intro->setText(
        tr("This store holds no identities yet. Bring in the non-human identities of your estate — AI agents, "
           "service accounts, roles, keys and tokens — and Recertify shows who owns each, what it may do and "
           "what it actually does."));
    m_intro->setWordWrap(true);

    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_import->setDescription(
        tr("Exports you already have: AWS IAM and CloudTrail, kubectl output and audit logs, Microsoft "
           "Graph responses, GitHub and MCP files. Each file's format is told from its content."));
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_connect->setDescription(
        tr("Kubernetes, GitHub, AWS or Microsoft Entra ID, read straight from their APIs and kept "
           "current on a schedule. Credentials stay in your keychain or kubeconfig."));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setDescription(tr("300 made-up identities with owners, grants, usage and findings, to try every screen. "
                              "Your own imports can replace them later."));
    m_bundle->setObjectName(QStringLiteral("welcomeBundle"));
    m_bundle->setDescription(
        tr("Check a signed review export you received: its signature, its signer and every file in it."));
    for (QCommandLinkButton* button : { m_import, m_connect, m_demo, m_bundle }) {
        // A screen reader reads the title as the name and the line below as what it does.
        button->setAccessibleName(button->text().remove(u'&'));
        button->setAccessibleDescription(button->description());
        button->setMaximumWidth(720);
    }
    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_progress->setAccessibleName(tr("Writing the demo estate"));
    m_progress->setMaximumWidth(720);
    m_progress->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_problem->hide();

    auto* column = new QVBoxLayout;
    column->setSpacing(6);
    column->addWidget(title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addWidget(m_import);
    column->addWidget(m_connect);
    column->addWidget(m_demo);
    column->addWidget(m_bundle);
    column->addWidget(m_progress);
    column->addWidget(m_problem);
    column->addStretch();
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 24);
    auto* holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(760);
    holder->setMinimumWidth(520);
    outer->addWidget(holder, 4);
    outer->addStretch(1);

    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importFiles);
    connect(m_connect, &QCommandLinkButton::clicked, this, &WelcomePage::connectSource);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::loadDemo);
    connect(m_bundle, &QCommandLinkButton::clicked, this, &WelcomePage::openBundle);
}

void WelcomePage::setChangeable(bool changeable)
{
    for (QCommandLinkButton* button : { m_import, m_connect, m_demo })
        button->setVisible(changeable);
    if (!changeable)
        m_intro->setText(tr("This store holds no identities yet, and your sign-in may only read it. Ask a governance "
                            "manager to import or connect the estate; meanwhile you can check an evidence bundle."));
}

void WelcomePage::showProgress(int done, int total)
{
    const bool busy = done < total || total == 0;
    m_progress->setVisible(busy);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    for (QCommandLinkButton* button : { m_import, m_connect, m_demo, m_bundle })
        button->setEnabled(!busy);
    m_problem->hide();
}

void WelcomePage::showProblem(const QString& message)
{
    m_progress->hide();
    for (QCommandLinkButton* button : { m_import, m_connect, m_demo, m_bundle })
        button->setEnabled(true);
    m_problem->setText(message);
    m_problem->show();
}

} // namespace recertify
