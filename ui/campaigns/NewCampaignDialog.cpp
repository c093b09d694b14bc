#include "ui/campaigns/NewCampaignDialog.h"

#include "core/review/CampaignJob.h"
#include "core/review/CampaignPreview.h"
#include "core/review/TemplateService.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace recertify {

NewCampaignDialog::NewCampaignDialog(DatabasePtr database, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_actor(actor)
    , m_name(new QLineEdit(tr("Quarterly recertification"), this))
    , m_due(new QDateEdit(QDate::currentDate().addDays(21), this))
    , m_scope(new QLineEdit(this))
    , m_fallback(new QLineEdit(this))
    , m_secondStage(new QComboBox(this))
    , m_onlyExpired(new QCheckBox(tr("Ask only the attestations whose certification has run out"), this))
    , m_repeat(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("New campaign"));
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_due->setObjectName(QStringLiteral("campaignDue"));
    m_due->setDisplayFormat(LocalDates::dateFormat());
    m_due->setCalendarPopup(true);
    m_scope->setObjectName(QStringLiteral("campaignScope"));
    m_scope->setPlaceholderText(tr("e.g. kind=ai-agent debt>=40 — empty: every identity that is not retired"));
    m_fallback->setObjectName(QStringLiteral("campaignFallback"));
    m_fallback->setPlaceholderText(tr("governance@example.com — reviews what nobody active owns"));
    m_secondStage->setObjectName(QStringLiteral("campaignSecondStage"));
    m_secondStage->addItem(tr("None: one reviewer decides"), QString());
    m_secondStage->addItem(tr("The technical owner confirms"), QStringLiteral("technical"));
    m_secondStage->addItem(tr("The reviewer's manager confirms"), QStringLiteral("manager"));
    m_repeat->setObjectName(QStringLiteral("campaignRepeat"));
    m_repeat->addItem(tr("Once"), 0);
    m_repeat->addItem(tr("Every month (30 days)"), 30);
    m_repeat->addItem(tr("Every quarter (90 days)"), 90);
    m_repeat->addItem(tr("Every half year (182 days)"), 182);
    m_repeat->addItem(tr("Every year (365 days)"), 365);
    m_repeat->setToolTip(tr(
        "Repeating keeps a recurring template: the next campaigns start by themselves and ask only what has run out"));
    m_onlyExpired->setObjectName(QStringLiteral("campaignOnlyExpired"));
    m_onlyExpired->setToolTip(
        tr("Ownership, task scope and business need are each certified until their own date; with this, an identity is "
           "asked only what has run out, and one still certified for all three is left out"));
    m_preview->setObjectName(QStringLiteral("campaignPreview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumWidth(520);
    m_error->setObjectName(QStringLiteral("campaignError"));
    m_error->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
    m_error->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("campaignProgress"));
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start campaign"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Fallback reviewer:"), m_fallback);
    form->addRow(tr("Second s&tage:"), m_secondStage);
    form->addRow(QString(), m_onlyExpired);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("What it will do:"), m_preview);
    form->addRow(m_error);
    form->addRow(m_progress);
    form->addRow(m_buttons);

    // The preview follows the form as it is typed, a moment after the last key.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &NewCampaignDialog::updatePreview);
    for (QLineEdit* field : { m_scope, m_fallback })
        connect(field, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_onlyExpired, &QCheckBox::toggled, this, &NewCampaignDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_job && m_job->isRunning())
            m_job->cancel(); // finish() reports it and leaves the dialog open
        else if (m_created > 0)
            accept(); // the campaign started; only its recurrence failed
        else
            reject();
    });
    updatePreview();
}

NewCampaignDialog::~NewCampaignDialog() = default;

QString NewCampaignDialog::previewText() const
{
    return m_preview->text();
}

void NewCampaignDialog::updatePreview()
{
    CampaignRequest request;
    request.scope = m_scope->text();
    request.fallbackReviewer = m_fallback->text().trimmed();
    request.onlyExpired = m_onlyExpired->isChecked();
    auto preview = CampaignPreview::of(m_database, request);
    m_preview->setText(preview ? preview->summary() : preview.errorString());
    // Nothing to review, or items nobody would review: the campaign could not start.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(preview && preview->identities > 0 && preview->unrouted == 0);
}

void NewCampaignDialog::start()
{
    m_error->clear();
    CampaignRequest request { m_name->text(),
                              QDateTime(m_due->date(), QTime(23, 59), Qt::UTC),
                              m_scope->text(),
                              m_fallback->text().trimmed(),
                              m_secondStage->currentData().toString(),
                              m_actor,
                              QString() };
    request.onlyExpired = m_onlyExpired->isChecked();
    delete m_job;
    m_job = new CampaignJob(m_database, request, this);
    connect(m_job, &CampaignJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &CampaignJob::finished, this, &NewCampaignDialog::finish);
    for (QWidget* field :
         std::initializer_list<QWidget*> { m_name, m_due, m_scope, m_fallback, m_secondStage, m_onlyExpired, m_repeat })
        field->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_job->start();
}

void NewCampaignDialog::finish(qint64 id, const QString& error)
{
    m_progress->setVisible(false);
    if (id > 0) {
        m_created = id;
        const int every = m_repeat->currentData().toInt();
        if (every > 0) {
            // The same review again every so many days, each as long as this one, starting one period from now.
            CampaignTemplate t;
            t.name = m_name->text().trimmed();
            t.scope = m_scope->text();
            t.fallbackReviewer = m_fallback->text().trimmed();
            t.secondStage = m_secondStage->currentData().toString();
            t.everyDays = every;
            t.durationDays = std::max<qint64>(1, QDate::currentDate().daysTo(m_due->date()));
            t.nextRunAt = QDateTime::currentDateTimeUtc().addDays(every);
            t.createdBy = m_actor;
            if (auto saved = TemplateService(m_database).create(t); !saved) {
                // The campaign runs; say plainly that it will not come back by itself.
                m_error->setText(
                    tr("Campaign started, but it will not repeat: %1. Define the recurrence in Recurring….")
                        .arg(saved.errorString()));
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
                return;
            }
        }
        accept();
        return;
    }
    for (QWidget* field :
         std::initializer_list<QWidget*> { m_name, m_due, m_scope, m_fallback, m_secondStage, m_onlyExpired, m_repeat })
        field->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_error->setText(error);
}

} // namespace recertify
