#include "ui/campaigns/TemplatesDialog.h"

#include "core/review/TemplateService.h"
#include "core/util/People.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/TabOrder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recertify {

TemplatesDialog::TemplatesDialog(DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_table(new QTableWidget(0, 5, this))
    , m_name(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_every(new QSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_first(new QDateEdit(QDate::currentDate(), this))
    , m_fallback(new QLineEdit(this))
    , m_secondStage(new QComboBox(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Recurring campaigns"));
    setObjectName(QStringLiteral("templatesDialog"));
    auto* intro = new QLabel(
        tr("A template starts the same review again and again: after every sync, each template whose time has come "
           "starts its campaign. A run missed for several periods starts one campaign, not a backlog."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("templateTable"));
    m_table->setHorizontalHeaderLabels({ tr("Template"), tr("Scope"), tr("Every"), tr("Due after"), tr("Next start") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(140);

    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("Quarterly AI agent review"));
    m_scope->setObjectName(QStringLiteral("templateScope"));
    m_scope->setPlaceholderText(tr("kind=ai-agent source=aws-iam; empty for every identity that is not retired"));
    m_every->setObjectName(QStringLiteral("templateEvery"));
    m_every->setRange(1, 3650);
    m_every->setValue(90);
    m_every->setSuffix(tr(" days"));
    m_duration->setRange(1, 365);
    m_duration->setValue(14);
    m_duration->setSuffix(tr(" days"));
    m_first->setObjectName(QStringLiteral("templateFirst"));
    m_first->setCalendarPopup(true);
    m_first->setDisplayFormat(LocalDates::dateFormat());
    m_fallback->setPlaceholderText(tr("governance@example.com"));
    m_fallback->setObjectName(QStringLiteral("templateFallback"));
    m_secondStage->addItem(tr("None"), QString());
    m_secondStage->addItem(tr("Technical owner"), QStringLiteral("technical"));
    m_secondStage->addItem(tr("Reviewer's manager"), QStringLiteral("manager"));
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("Start &every:"), m_every);
    form->addRow(tr("&Due after:"), m_duration);
    form->addRow(tr("&First start:"), m_first);
    form->addRow(tr("Fa&llback reviewer:"), m_fallback);
    form->addRow(tr("Second s&tage:"), m_secondStage);
    auto* add = new QPushButton(tr("Add template"), this);
    add->setObjectName(QStringLiteral("addTemplate"));
    auto* startNow = new QPushButton(tr("Start due now"), this);
    startNow->setToolTip(
        tr("Starts the campaigns of every template whose time has come, without waiting for the next sync"));
    m_remove->setObjectName(QStringLiteral("removeTemplate"));
    m_remove->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(startNow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(add, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(m_remove, &QPushButton::clicked, this, &TemplatesDialog::removeSelected);
    connect(startNow, &QPushButton::clicked, this, &TemplatesDialog::startDue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    tabMovesBetweenControls(this);
    reload();
}

void TemplatesDialog::reload()
{
    auto templates = TemplateService(m_database).list();
    if (!templates) {
        m_message->setText(templates.errorString());
        return;
    }
    m_table->setRowCount(int(templates->size()));
    for (int row = 0; row < templates->size(); ++row) {
        const CampaignTemplate& t = templates->at(row);
        auto* name = new QTableWidgetItem(t.name);
        name->setData(Qt::UserRole, t.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(t.scope.isEmpty() ? tr("every identity that is not retired") : t.scope));
        m_table->setItem(row, 2, new QTableWidgetItem(tr("%n day(s)", nullptr, t.everyDays)));
        m_table->setItem(row, 3, new QTableWidgetItem(tr("%n day(s)", nullptr, t.durationDays)));
        m_table->setItem(row, 4, new QTableWidgetItem(LocalDates::dateOf(t.nextRunAt)));
    }
    m_remove->setEnabled(false);
}

bool TemplatesDialog::addTemplate()
{
    CampaignTemplate t;
    t.name = m_name->text().trimmed();
    t.scope = m_scope->text().trimmed();
    t.everyDays = m_every->value();
    t.durationDays = m_duration->value();
    t.nextRunAt = m_first->date().startOfDay(Qt::UTC);
    t.fallbackReviewer = m_fallback->text().trimmed();
    t.secondStage = m_secondStage->currentData().toString();
    t.createdBy = desktopActor();
    auto id = TemplateService(m_database).create(t);
    if (!id) {
        m_message->setText(id.errorString());
        return false;
    }
    m_message->setText(
        tr("Template \"%1\" added; its first campaign starts on %2.").arg(t.name, LocalDates::date(m_first->date())));
    m_name->clear();
    m_scope->clear();
    reload();
    return true;
}

bool TemplatesDialog::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    QTableWidgetItem* name = m_table->item(selected.first()->row(), 0);
    if (auto removed = TemplateService(m_database).remove(name->data(Qt::UserRole).toLongLong(), desktopActor());
        !removed) {
        m_message->setText(removed.errorString());
        return false;
    }
    m_message->setText(tr("Template \"%1\" stopped; the campaigns it started stay.").arg(name->text()));
    reload();
    return true;
}

int TemplatesDialog::startDue()
{
    auto started = TemplateService(m_database).runDue(desktopActor());
    if (!started) {
        m_message->setText(started.errorString());
        return -1;
    }
    m_message->setText(started->isEmpty() ? tr("No template is due yet.")
                                          : tr("Started %n campaign(s).", nullptr, int(started->size())));
    reload();
    if (!started->isEmpty())
        emit campaignsStarted();
    return int(started->size());
}

} // namespace recertify
