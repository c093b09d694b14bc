#include "ui/campaigns/TriggersDialog.h"

#include "core/review/TriggerService.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/TabOrder.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recertify {

namespace {

enum Column
{
    Kind,
    Enabled,
    Threshold,
    Fallback
};

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("out-of-scope"))
        return TriggersDialog::tr("Acted outside its declared scope");
    if (kind == QLatin1String("owner-deactivated"))
        return TriggersDialog::tr("Owner left");
    if (kind == QLatin1String("credential-expiring"))
        return TriggersDialog::tr("Credential expiring within (days)");
    return TriggersDialog::tr("Trust debt crossing (points)");
}

} // namespace

TriggersDialog::TriggersDialog(DatabasePtr database, QWidget* parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_table(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Campaign triggers"));
    setObjectName(QStringLiteral("triggersDialog"));
    auto* intro = new QLabel(
        tr("After every sync, each trigger that is on starts a small campaign, due in a week, for the identities it "
           "newly finds. What no active owner can review goes to the fallback reviewer."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("triggerTable"));
    m_table->setHorizontalHeaderLabels({ tr("Trigger"), tr("On"), tr("Threshold"), tr("Fallback reviewer") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_message->setObjectName(QStringLiteral("triggerMessage"));
    m_message->setWordWrap(true);

    auto all = TriggerService(m_database).all();
    if (!all)
        m_message->setText(all.errorString());
    const QList<TriggerConfig> triggers = all ? all.value() : QList<TriggerConfig>();
    m_table->setRowCount(int(triggers.size()));
    for (int row = 0; row < triggers.size(); ++row) {
        const TriggerConfig& t = triggers.at(row);
        auto* kind = new QTableWidgetItem(kindLabel(t.kind));
        kind->setData(Qt::UserRole, t.kind);
        kind->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, Kind, kind);
        auto* on = new QCheckBox(m_table);
        on->setChecked(t.enabled);
        m_table->setCellWidget(row, Enabled, on);
        if (t.kind == QLatin1String("credential-expiring") || t.kind == QLatin1String("debt-threshold")) {
            auto* threshold = new QDoubleSpinBox(m_table);
            threshold->setDecimals(0);
            threshold->setRange(1, t.kind == QLatin1String("debt-threshold") ? 100 : 365);
            threshold->setValue(t.threshold);
            m_table->setCellWidget(row, Threshold, threshold);
        }
        auto* fallback = new QLineEdit(t.fallbackReviewer, m_table);
        fallback->setPlaceholderText(tr("governance@example.com"));
        m_table->setCellWidget(row, Fallback, fallback);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Fallback, 220);
    // As tall as its four rows, so the message below always has room.
    m_table->setFixedHeight(m_table->verticalHeader()->length() + m_table->horizontalHeader()->sizeHint().height()
                            + 2 * m_table->frameWidth());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    tabMovesBetweenControls(this);
    resize(760, 300);
}

bool TriggersDialog::save()
{
    TriggerService service(m_database);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        TriggerConfig t;
        t.kind = m_table->item(row, Kind)->data(Qt::UserRole).toString();
        t.enabled = qobject_cast<QCheckBox*>(m_table->cellWidget(row, Enabled))->isChecked();
        if (auto* threshold = qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, Threshold)))
            t.threshold = threshold->value();
        t.fallbackReviewer = qobject_cast<QLineEdit*>(m_table->cellWidget(row, Fallback))->text().trimmed();
        if (auto st = service.set(t); !st) {
            m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
            m_message->setText(tr("%1: %2").arg(m_table->item(row, Kind)->text(), st.errorString()));
            return false;
        }
    }
    m_message->clear();
    return true;
}

} // namespace recertify
