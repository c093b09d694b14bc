#include "ui/identity/IdentityWindow.h"

#include "core/analysis/FindingText.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"
#include "core/lifecycle/LifecycleService.h"
#include "core/pipeline/AfterChange.h"
#include "core/util/Elision.h"
#include "core/util/People.h"
#include "ui/charts/ChartFactory.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/TabOrder.h"

#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recertify {

namespace {

// Read from the palette in use, so they keep their contrast in light and dark.
QColor kRed()
{
    return StatusColours::colour(StatusColours::Tone::Danger);
}
QColor kGreen()
{
    return StatusColours::colour(StatusColours::Tone::Success);
}
QColor kAmber()
{
    return StatusColours::colour(StatusColours::Tone::Warning);
}

QTableWidget* table(const QStringList& headers, QWidget* parent, const QString& name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return t;
}

QTableWidgetItem* item(const QString& text, const QColor& colour = QColor())
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    if (colour.isValid())
        i->setForeground(colour);
    return i;
}

QString age(const QDateTime& t, const QDateTime& now)
{
    if (!t.isValid())
        return IdentityWindow::tr("never");
    const qint64 days = t.daysTo(now);
    if (days < 0)
        return IdentityWindow::tr("in %n days", nullptr, int(-days));
    return days == 0 ? IdentityWindow::tr("today") : IdentityWindow::tr("%n days ago", nullptr, int(days));
}

QString dateText(const QDateTime& t)
{
    return t.isValid() ? LocalDates::dateOf(t) : QStringLiteral("—");
}

} // namespace

IdentityWindow::IdentityWindow(DatabasePtr database, qint64 identityId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_database(std::move(database))
    , m_id(identityId)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_debt(new QLabel(this))
    , m_business(new QLineEdit(this))
    , m_technical(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_hasExpiry(new QCheckBox(tr("Retire on"), this))
    , m_expires(new QDateEdit(this))
    , m_retirement(new QLineEdit(this))
    , m_formMessage(new QLabel(this))
    , m_save(new QPushButton(tr("Save ownership"), this))
    , m_suspend(new QPushButton(tr("Suspend…"), this))
    , m_retire(new QPushButton(tr("Retire…"), this))
    , m_reactivate(new QPushButton(tr("Reactivate…"), this))
    , m_tabs(new QTabWidget(this))
    , m_grants(table({ tr("Permission"), tr("Used"), tr("Scope"), tr("Granted through") }, this,
                     QStringLiteral("grantsTable")))
    , m_credentials(table({ tr("Type"), tr("Credential"), tr("Created"), tr("Expires"), tr("Last used") }, this,
                          QStringLiteral("credentialsTable")))
    , m_activity(table({ tr("Day"), tr("Action"), tr("Outcome"), tr("Count") }, this, QStringLiteral("activityTable")))
    , m_findings(table({ tr("Severity"), tr("Finding"), tr("OWASP"), tr("Since"), tr("Detail") }, this,
                       QStringLiteral("findingsTable")))
    , m_factors(table({ tr("Factor"), tr("Points"), tr("Since"), tr("OWASP"), tr("What it means") }, this,
                      QStringLiteral("factorsTable")))
    , m_lifecycle(
          table({ tr("When"), tr("From"), tr("To"), tr("Who"), tr("Why") }, this, QStringLiteral("lifecycleTable")))
    , m_reach(table({ tr("Identity"), tr("Kind"), tr("How"), tr("Hops"), tr("Grants") }, this,
                    QStringLiteral("reachTable")))
    , m_reachSummary(new QLabel(this))
    , m_chartsLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("identityWindow"));
    // A secondary window closes the way desktop users expect: Esc or Ctrl+W.
    for (const QKeySequence& keys : { QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close) }) {
        auto* close = new QShortcut(keys, this);
        close->setContext(Qt::WindowShortcut);
        connect(close, &QShortcut::activated, this, &QWidget::close);
    }
    tabMovesBetweenControls(this);
    resize(1180, 800);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont debtFont = m_debt->font();
    debtFont.setPointSizeF(debtFont.pointSizeF() * 1.4);
    debtFont.setBold(true);
    m_debt->setFont(debtFont);
    m_debt->setObjectName(QStringLiteral("debtBadge"));
    m_debt->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_business->setObjectName(QStringLiteral("businessOwner"));
    m_business->setPlaceholderText(tr("name@example.com — accountable for it"));
    m_technical->setPlaceholderText(tr("name@example.com — runs it"));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setPlaceholderText(tr("What it is for, in one sentence"));
    m_scope->setObjectName(QStringLiteral("declaredScope"));
    m_scope->setPlaceholderText(tr("Permissions or tools it needs, comma-separated"));
    m_retirement->setPlaceholderText(tr("Or an event: \"when the Q3 migration ends\""));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(LocalDates::dateFormat());
    m_expires->setDate(QDate::currentDate().addYears(1));
    m_formMessage->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveOwnership"));

    auto* header = new QHBoxLayout;
    auto* names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);
    header->addWidget(m_debt);

    auto* ownership = new QGroupBox(tr("Ownership and purpose"), this);
    auto* form = new QFormLayout(ownership);
    form->addRow(tr("Business owner:"), m_business);
    form->addRow(tr("Technical owner:"), m_technical);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Declared scope:"), m_scope);
    auto* expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_hasExpiry);
    expiryRow->addWidget(m_expires);
    expiryRow->addStretch();
    form->addRow(tr("Retirement:"), expiryRow);
    form->addRow(QString(), m_retirement);
    form->addRow(m_formMessage);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    auto* lifecycleBox = new QGroupBox(tr("Lifecycle"), this);
    auto* lifecycleButtons = new QHBoxLayout(lifecycleBox);
    lifecycleButtons->addWidget(m_reactivate);
    lifecycleButtons->addWidget(m_suspend);
    lifecycleButtons->addWidget(m_retire);

    auto* left = new QVBoxLayout;
    left->addWidget(ownership);
    left->addWidget(lifecycleBox);
    left->addLayout(m_chartsLayout, 1);

    m_tabs->setObjectName(QStringLiteral("identityTabs"));
    m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_factors, tr("Trust debt"));
    m_tabs->addTab(m_grants, tr("Grants"));
    m_tabs->addTab(m_credentials, tr("Credentials"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(m_lifecycle, tr("Lifecycle"));
    auto* reachPage = new QWidget(this);
    auto* reachLayout = new QVBoxLayout(reachPage);
    m_reachSummary->setWordWrap(true);
    reachLayout->addWidget(m_reachSummary);
    reachLayout->addWidget(m_reach, 1);
    m_tabs->addTab(reachPage, tr("Blast radius"));

    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(m_tabs, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    connect(m_save, &QPushButton::clicked, this, &IdentityWindow::saveOwnership);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    connect(m_suspend, &QPushButton::clicked, this, [this] { changeState(LifecycleState::Suspended); });
    connect(m_retire, &QPushButton::clicked, this, [this] { changeState(LifecycleState::Retired); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { changeState(LifecycleState::Active); });
    reload();
}

void IdentityWindow::setEditable(bool editable)
{
    m_editable = editable;
    for (QPushButton* button : { m_save, m_suspend, m_retire, m_reactivate })
        button->setVisible(editable);
    if (!editable)
        m_suspend->parentWidget()->hide(); // the lifecycle box holds nothing else
    for (QLineEdit* field : { m_business, m_technical, m_purpose, m_scope, m_retirement })
        field->setReadOnly(!editable);
    m_hasExpiry->setEnabled(editable);
    m_expires->setEnabled(editable && m_hasExpiry->isChecked());
    m_formMessage->setStyleSheet(QString());
    m_formMessage->setText(editable ? QString()
                                    : tr("Read only: your team role does not change ownership or lifecycle."));
}

void IdentityWindow::reload()
{
    auto insight = IdentityInsightService(m_database).load(m_id);
    if (!insight) {
        m_title->setText(tr("Cannot show this identity"));
        m_subtitle->setText(insight.errorString());
        return;
    }
    fill(insight.value());
}

void IdentityWindow::fill(const IdentityInsight& insight)
{
    const Identity& i = insight.identity;
    m_status = i.status;
    setWindowTitle(tr("%1 — Recertify").arg(i.displayName));
    m_title->setText(i.displayName);
    QString subtitle = elided(
        tr("%1 from %2 · %3 · %4")
            .arg(IdentityKind::displayName(i.kind), i.source, LifecycleState::displayName(i.status), i.nativeId));
    if (i.discoveredFromActivity)
        subtitle += tr(" · discovered from activity");
    if (insight.parent.id > 0)
        subtitle += tr(" · delegated by %1").arg(insight.parent.displayName);
    m_subtitle->setText(subtitle);
    m_debt->setText(tr("Trust debt %1").arg(QLocale().toString(insight.debt.score, 'f', 1)));
    const QColor debtColour = insight.debt.score >= 60 ? kRed() : insight.debt.score >= 30 ? kAmber() : kGreen();
    m_debt->setStyleSheet(QStringLiteral("color: %1;").arg(debtColour.name()));

    m_business->setText(i.businessOwner);
    m_technical->setText(i.technicalOwner);
    m_purpose->setText(i.purpose);
    m_scope->setText(i.declaredScope.join(QStringLiteral(", ")));
    m_hasExpiry->setChecked(i.expiresAt.isValid());
    m_expires->setEnabled(m_editable && i.expiresAt.isValid());
    if (i.expiresAt.isValid())
        m_expires->setDate(i.expiresAt.toLocalTime().date());
    m_retirement->setText(i.retirementCondition);
    m_reactivate->setEnabled(LifecycleService::allowed(i.status, LifecycleState::Active));
    m_suspend->setEnabled(LifecycleService::allowed(i.status, LifecycleState::Suspended));
    m_retire->setEnabled(LifecycleService::allowed(i.status, LifecycleState::Retired));

    fillFindings(insight);
    fillDebt(insight);
    fillGrants(insight);
    fillCredentials(insight);
    fillActivity(insight);
    fillLifecycle(insight);
    fillBlastRadius(insight);

    while (QLayoutItem* old = m_chartsLayout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_chartsLayout->addWidget(
        ChartFactory::driftOverTime(insight.history, tr("Privilege drift of this identity"), this), 1);
}

void IdentityWindow::fillFindings(const IdentityInsight& insight)
{
    m_findings->setRowCount(0);
    for (const Finding& f : insight.findings) {
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
        const QColor colour = f.severity == QLatin1String("high") ? kRed()
            : f.severity == QLatin1String("medium")               ? kAmber()
                                                                  : QColor();
        m_findings->setItem(row, 0, item(TrustDebtWeights::severityLabel(f.severity), colour));
        m_findings->setItem(row, 1, item(TrustDebtWeights::label(f.type)));
        auto* owasp = item(f.owasp);
        owasp->setToolTip(TrustDebtWeights::owaspTitle(f.owasp));
        m_findings->setItem(row, 2, owasp);
        m_findings->setItem(row, 3, item(dateText(f.since)));
        m_findings->setItem(row, 4, item(FindingText::render(f.detailData, f.detail)));
    }
    m_tabs->setTabText(0, tr("Findings (%1)").arg(insight.findings.size()));
    m_findings->resizeColumnsToContents();
}

void IdentityWindow::fillDebt(const IdentityInsight& insight)
{
    m_factors->setRowCount(0);
    for (const DebtFactor& f : insight.debt.factors) {
        const int row = m_factors->rowCount();
        m_factors->insertRow(row);
        m_factors->setItem(row, 0, item(f.count > 1 ? QStringLiteral("%1 ×%2").arg(f.factor).arg(f.count) : f.factor));
        auto* points = item(QLocale().toString(f.points, 'f', 1));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_factors->setItem(row, 1, points);
        m_factors->setItem(row, 2, item(dateText(f.since)));
        m_factors->setItem(row, 3, item(QStringLiteral("%1 %2").arg(f.owasp, TrustDebtWeights::owaspTitle(f.owasp))));
        m_factors->setItem(row, 4, item(TrustDebtWeights::describe(f.factor)));
    }
    m_factors->resizeColumnsToContents();
}

void IdentityWindow::fillGrants(const IdentityInsight& insight)
{
    m_grants->setRowCount(0);
    int unused = 0;
    // Unused is a claim about observed activity: without activity data for its source, usage is unknown.
    const bool known = insight.coverageDays != 0;
    const QString coverage = insight.coverageDays < 0 ? QString()
        : known
        ? tr("Activity data covers %1 of the last 90 days for %2").arg(insight.coverageDays).arg(insight.coverageScope)
        : tr("No activity data for %1 in the last 90 days: import its activity (CloudTrail, audit logs, sign-ins) "
             "to tell used from unused grants")
              .arg(insight.coverageScope);
    for (const GrantInsight& g : insight.grants) {
        const int row = m_grants->rowCount();
        m_grants->insertRow(row);
        auto* permission = item(g.grant.permission, g.admin ? kRed() : QColor());
        if (g.admin)
            permission->setToolTip(tr("Administrator or wildcard-everything grant"));
        m_grants->setItem(row, 0, permission);
        auto* usage = g.used ? item(tr("used"), kGreen())
            : known          ? item(tr("unused"), kAmber())
                             : item(tr("usage unknown"));
        usage->setToolTip(coverage);
        m_grants->setItem(row, 1, usage);
        m_grants->setItem(row, 2, item(g.grant.resourceScope));
        m_grants->setItem(row, 3, item(g.grant.grantedVia));
        unused += g.used ? 0 : 1;
    }
    m_tabs->setTabText(2,
                       known ? tr("Grants (%1, %2 unused)").arg(insight.grants.size()).arg(unused)
                             : tr("Grants (%1, usage unknown)").arg(insight.grants.size()));
    m_tabs->setTabToolTip(2, coverage);
    m_grants->resizeColumnsToContents();
}

void IdentityWindow::fillCredentials(const IdentityInsight& insight)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_credentials->setRowCount(0);
    for (const Credential& c : insight.credentials) {
        const int row = m_credentials->rowCount();
        m_credentials->insertRow(row);
        m_credentials->setItem(row, 0, item(Credential::typeName(c.type)));
        m_credentials->setItem(row, 1, item(c.credentialId));
        m_credentials->setItem(
            row, 2,
            item(age(c.createdAt, now), c.createdAt.isValid() && c.createdAt.daysTo(now) > 365 ? kAmber() : QColor()));
        const bool expired = c.expiresAt.isValid() && c.expiresAt < now;
        m_credentials->setItem(
            row, 3,
            item(c.expiresAt.isValid() ? (expired ? tr("expired %1").arg(age(c.expiresAt, now)) : age(c.expiresAt, now))
                                       : tr("never"),
                 expired || !c.expiresAt.isValid() ? kRed() : QColor()));
        m_credentials->setItem(row, 4, item(age(c.lastUsedAt, now)));
    }
    m_tabs->setTabText(3, tr("Credentials (%1)").arg(insight.credentials.size()));
    m_credentials->resizeColumnsToContents();
}

void IdentityWindow::fillActivity(const IdentityInsight& insight)
{
    m_activity->setRowCount(0);
    for (const UsageRecord& u : insight.usage) {
        const int row = m_activity->rowCount();
        m_activity->insertRow(row);
        m_activity->setItem(row, 0, item(LocalDates::date(u.day)));
        m_activity->setItem(row, 1, item(u.action));
        m_activity->setItem(row, 2, item(u.outcome, u.outcome == QLatin1String("allowed") ? QColor() : kRed()));
        m_activity->setItem(row, 3, item(QLocale().toString(u.count)));
    }
    m_activity->resizeColumnsToContents();
}

void IdentityWindow::fillLifecycle(const IdentityInsight& insight)
{
    m_lifecycle->setRowCount(0);
    for (const LifecycleEvent& e : insight.lifecycle) {
        const int row = m_lifecycle->rowCount();
        m_lifecycle->insertRow(row);
        m_lifecycle->setItem(row, 0, item(dateText(e.at)));
        m_lifecycle->setItem(
            row, 1, item(e.fromState.isEmpty() ? QStringLiteral("—") : LifecycleState::displayName(e.fromState)));
        m_lifecycle->setItem(row, 2, item(LifecycleState::displayName(e.toState)));
        m_lifecycle->setItem(row, 3, item(e.actor));
        m_lifecycle->setItem(row, 4, item(LifecycleState::displayReason(e.reason)));
    }
    m_lifecycle->resizeColumnsToContents();
}

void IdentityWindow::fillBlastRadius(const IdentityInsight& insight)
{
    m_reach->setRowCount(0);
    for (const ReachableIdentity& r : insight.blastRadius) {
        const int row = m_reach->rowCount();
        m_reach->insertRow(row);
        m_reach->setItem(row, 0, item(r.displayName));
        m_reach->setItem(row, 1, item(IdentityKind::displayName(r.kind)));
        m_reach->setItem(row, 2, item(r.via));
        m_reach->setItem(row, 3, item(QString::number(r.depth)));
        m_reach->setItem(row, 4, item(QString::number(r.grants)));
    }
    m_reachSummary->setText(insight.blastRadius.isEmpty()
                                ? tr("It reaches no other identity: its own %n permissions are its whole reach.",
                                     nullptr, insight.reachablePermissions)
                                : tr("Through delegation and role assumption it reaches %1 other identities and %2 "
                                     "distinct permissions in all.")
                                      .arg(insight.blastRadius.size())
                                      .arg(insight.reachablePermissions));
    m_reach->resizeColumnsToContents();
}

bool IdentityWindow::saveOwnership()
{
    OwnershipChange change;
    change.businessOwner = m_business->text().trimmed();
    change.technicalOwner = m_technical->text().trimmed();
    change.purpose = m_purpose->text().trimmed();
    QStringList scope = m_scope->text().split(u',', Qt::SkipEmptyParts);
    for (QString& s : scope)
        s = s.trimmed();
    change.declaredScope = scope;
    change.expiresAt = m_hasExpiry->isChecked() ? QDateTime(m_expires->date(), QTime(0, 0), Qt::UTC) : QDateTime();
    change.retirementCondition = m_retirement->text().trimmed();
    const QString actor = desktopActor();
    if (auto status = LifecycleService(m_database).setOwnership(m_id, change, actor); !status) {
        m_formMessage->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_formMessage->setText(status.errorString());
        return false;
    }
    m_formMessage->setStyleSheet(QString());
    m_formMessage->setText(tr("Saved; recorded in the audit log."));
    afterChange();
    return true;
}

void IdentityWindow::changeState(const QString& to)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Lifecycle"), tr("Why is %1 becoming %2?").arg(m_title->text(), LifecycleState::displayName(to)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString actor = desktopActor();
    if (auto status = LifecycleService(m_database).transition(m_id, to, actor, reason); !status) {
        m_formMessage->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_formMessage->setText(status.errorString());
        return;
    }
    afterChange();
}

void IdentityWindow::afterChange()
{
    // Findings and debt of this identity follow the change at once, and what follows every change runs.
    const AfterChangeReport after = AfterChange(m_database).identitiesChanged({ m_id }, desktopActor());
    if (!after.warnings.isEmpty())
        m_formMessage->setText(after.warnings.join(u'\n'));
    reload();
    emit identityChanged(m_id);
}

} // namespace recertify
