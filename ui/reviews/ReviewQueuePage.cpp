#include "ui/reviews/ReviewQueuePage.h"

#include "core/analysis/FindingText.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/Credential.h"
#include "core/domain/IdentityKind.h"
#include "core/pipeline/AfterChange.h"
#include "core/review/Attestations.h"
#include "core/review/CampaignService.h"
#include "core/review/ReviewService.h"
#include "core/storage/PeopleRepository.h"
#include "core/util/Elision.h"
#include "core/util/People.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/TabOrder.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace recertify {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReviewQueuePage::ReviewQueuePage(DatabasePtr database, QWidget* parent)
    : LazyPage(parent)
    , m_database(std::move(database))
    , m_campaign(new QComboBox(this))
    , m_reviewer(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_progress(new QLabel(this))
    , m_queue(new QListWidget(this))
    , m_evidence(new QTextBrowser(this))
    , m_confirm(new QRadioButton(tr("Confirm the owner"), this))
    , m_reassign(new QRadioButton(tr("Reassign to"), this))
    , m_newOwner(new QLineEdit(this))
    , m_keep(new QRadioButton(tr("Keep the scope"), this))
    , m_reduce(new QRadioButton(tr("Reduce: remove the grants ticked below"), this))
    , m_grants(new QListWidget(this))
    , m_certify(new QRadioButton(tr("Certify until"), this))
    , m_until(new QDateEdit(this))
    , m_ownershipUntil(new QDateEdit(this))
    , m_scopeUntil(new QDateEdit(this))
    , m_revoke(new QRadioButton(tr("Revoke (disable)"), this))
    , m_retire(new QRadioButton(tr("Retire"), this))
    , m_justification(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_decide(new QPushButton(tr("Decide and next (Ctrl+Enter)"), this))
    , m_delegate(new QPushButton(tr("Hand on…"), this))
    , m_amend(new QPushButton(tr("Amend…"), this))
    , m_decideSelected(new QPushButton(tr("Decide all selected"), this))
    , m_recommendation(new QLabel(this))
    , m_applyRecommendation(new QPushButton(tr("Apply the recommendation"), this))
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    auto* title = new QLabel(tr("My reviews"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_campaign->setObjectName(QStringLiteral("reviewCampaign"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_reviewer->setObjectName(QStringLiteral("reviewAs"));
    m_reviewer->setAccessibleName(tr("Reviewing as"));
    // An address is read whole or not at all: the box is never narrower than the longest one it offers.
    m_reviewer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The queue can be long (every open campaign): searched as you type, sorted as the reviewer works.
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setAccessibleName(tr("Search the queue"));
    m_search->setPlaceholderText(tr("Search names, ids, campaigns (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_sort->setObjectName(QStringLiteral("reviewSort"));
    m_sort->setAccessibleName(tr("Sort the queue by"));
    // Its longest choice, in a longer language, would otherwise widen the queue and the window with it.
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sort->setMinimumContentsLength(12);
    m_sort->addItem(tr("Due date"), QStringLiteral("due"));
    m_sort->addItem(tr("Trust debt, highest first"), QStringLiteral("debt"));
    m_sort->addItem(tr("Campaign"), QStringLiteral("campaign"));
    m_sort->addItem(tr("Name"), QStringLiteral("name"));
    m_queue->setObjectName(QStringLiteral("reviewQueue"));
    m_queue->setAccessibleName(tr("Identities to review"));
    m_evidence->setObjectName(QStringLiteral("reviewEvidence"));
    m_evidence->setAccessibleName(tr("Evidence for the selected identity"));
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_newOwner->setObjectName(QStringLiteral("newOwner"));
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setAccessibleName(tr("Justification"));
    m_grants->setObjectName(QStringLiteral("reduceGrants"));
    m_grants->setAccessibleName(tr("Grants to remove"));
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_newOwner->setPlaceholderText(tr("name@example.com"));
    // One completer for the window's life; each load refreshes the people it offers.
    m_people = new QStringListModel(this);
    auto* completer = new QCompleter(m_people, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_newOwner->setCompleter(completer);
    m_justification->setPlaceholderText(
        tr("Why: required to revoke, to reduce, and to certify with open high-severity findings"));
    m_justification->setMaximumHeight(3 * m_justification->fontMetrics().lineSpacing() + 10);
    m_justification->setTabChangesFocus(true); // a Tab moves on; it never lands in audited text
    m_grants->setMaximumHeight(80);
    m_queue->setSpacing(3);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_decideSelected->setObjectName(QStringLiteral("decideSelected"));
    m_decideSelected->setToolTip(
        tr("Applies this answer to every selected item (Ctrl+click or Shift+click in the queue); "
           "each decision is checked, audited and timed on its own"));
    m_decideSelected->setEnabled(false);
    m_queue->setAlternatingRowColors(true);
    // The queue's lines are cut, not scrolled sideways, where a language needs more room; each has its tooltip.
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queue->setTextElideMode(Qt::ElideRight);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(LocalDates::dateFormat());
    m_until->setDate(QDate::currentDate().addYears(1));
    // Each answer holds until its own date: ownership may stand for two years while scope is re-checked quarterly.
    for (QDateEdit* until : { m_ownershipUntil, m_scopeUntil }) {
        until->setCalendarPopup(true);
        until->setDisplayFormat(LocalDates::dateFormat());
        until->setDate(QDate::currentDate().addYears(1));
    }
    m_ownershipUntil->setObjectName(QStringLiteral("ownershipUntil"));
    m_ownershipUntil->setAccessibleName(tr("Ownership holds until"));
    m_scopeUntil->setObjectName(QStringLiteral("scopeUntil"));
    m_scopeUntil->setAccessibleName(tr("Task scope holds until"));
    m_until->setAccessibleName(tr("Business need certified until"));
    m_message->setWordWrap(true);
    m_evidence->setOpenLinks(false);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Campaign:"), this));
    top->addWidget(m_campaign, 2);
    top->addWidget(new QLabel(tr("Reviewing as:"), this));
    top->addWidget(m_reviewer, 1);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    top->addWidget(m_progress);

    auto* ownershipBox = new QGroupBox(tr("1. Ownership"), this);
    auto* ownershipLayout = new QHBoxLayout(ownershipBox);
    ownershipLayout->addWidget(m_confirm);
    ownershipLayout->addWidget(m_reassign);
    ownershipLayout->addWidget(m_newOwner, 1);
    auto* ownershipUntilLabel = new QLabel(tr("holds until"), ownershipBox);
    ownershipUntilLabel->setBuddy(m_ownershipUntil);
    ownershipLayout->addWidget(ownershipUntilLabel);
    ownershipLayout->addWidget(m_ownershipUntil);
    auto* scopeBox = new QGroupBox(tr("2. Task scope"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    // The date the answer holds until sits on the first answer's line: the evidence above keeps the room.
    auto* scopeUntilRow = new QHBoxLayout;
    auto* scopeUntilLabel = new QLabel(tr("The task scope answer holds until"), scopeBox);
    scopeUntilLabel->setBuddy(m_scopeUntil);
    scopeUntilRow->addWidget(m_keep);
    scopeUntilRow->addStretch(1);
    scopeUntilRow->addWidget(scopeUntilLabel);
    scopeUntilRow->addWidget(m_scopeUntil);
    scopeLayout->addLayout(scopeUntilRow);
    scopeLayout->addWidget(m_reduce);
    scopeLayout->addWidget(m_grants);
    auto* needBox = new QGroupBox(tr("3. Business need"), this);
    auto* needLayout = new QHBoxLayout(needBox);
    needLayout->addWidget(m_certify);
    needLayout->addWidget(m_until);
    needLayout->addWidget(m_revoke);
    needLayout->addWidget(m_retire);
    needLayout->addStretch();
    const QList<QList<QRadioButton*>> groups { { m_confirm, m_reassign },
                                               { m_keep, m_reduce },
                                               { m_certify, m_revoke, m_retire } };
    for (const QList<QRadioButton*>& group : groups) {
        auto* buttons = new QButtonGroup(this);
        for (QRadioButton* b : group)
            buttons->addButton(b);
        m_answerGroups << buttons;
    }
    // What usage suggests for the scope, beside the answers; it answers nothing until clicked.
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->setWordWrap(true);
    m_applyRecommendation->setObjectName(QStringLiteral("applyRecommendation"));
    m_applyRecommendation->setAccessibleName(tr("Apply the recommendation"));
    auto* recommendationRow = new QHBoxLayout;
    recommendationRow->addWidget(m_recommendation, 1);
    recommendationRow->addWidget(m_applyRecommendation);
    scopeLayout->insertLayout(0, recommendationRow);
    connect(m_applyRecommendation, &QPushButton::clicked, this, &ReviewQueuePage::applyRecommendation);

    // The evidence and the answers share the height; the reviewer drags the line between them to read more.
    auto* form = new QSplitter(Qt::Vertical, this);
    form->setObjectName(QStringLiteral("reviewFormSplitter"));
    form->setChildrenCollapsible(false);
    form->addWidget(m_evidence);
    auto* answers = new QWidget(form);
    auto* formLayout = new QVBoxLayout(answers);
    formLayout->setContentsMargins(0, 0, 0, 0);
    form->addWidget(answers);
    form->setStretchFactor(0, 1);
    form->setStretchFactor(1, 0);
    m_boxes = { ownershipBox, scopeBox, needBox };
    formLayout->addWidget(ownershipBox);
    formLayout->addWidget(scopeBox);
    formLayout->addWidget(needBox);
    formLayout->addWidget(m_justification);
    // What was recorded (or why not) reads across the form's width, above the buttons.
    formLayout->addWidget(m_message);
    auto* decideRow = new QHBoxLayout;
    decideRow->addStretch(1);
    decideRow->addWidget(m_amend);
    decideRow->addWidget(m_delegate);
    decideRow->addWidget(m_decideSelected);
    decideRow->addWidget(m_decide);
    formLayout->addLayout(decideRow);

    auto* queuePane = new QWidget(this);
    auto* queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_search);
    auto* sortRow = new QHBoxLayout;
    auto* sortLabel = new QLabel(tr("S&ort by:"), queuePane);
    sortLabel->setBuddy(m_sort);
    sortRow->addWidget(sortLabel);
    sortRow->addWidget(m_sort, 1);
    queueLayout->addLayout(sortRow);
    queueLayout->addWidget(m_queue, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(queuePane);
    splitter->addWidget(form);
    // The decide row reads left to right; the recommendation sits above the scope answers.
    setReadingOrder({ m_campaign,
                      m_reviewer,
                      m_search,
                      m_sort,
                      m_queue,
                      m_evidence,
                      m_confirm,
                      m_reassign,
                      m_newOwner,
                      m_ownershipUntil,
                      m_applyRecommendation,
                      m_keep,
                      m_scopeUntil,
                      m_reduce,
                      m_grants,
                      m_certify,
                      m_until,
                      m_revoke,
                      m_retire,
                      m_justification,
                      m_amend,
                      m_delegate,
                      m_decideSelected,
                      m_decide });
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_queue->setMinimumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] {
        m_reviewer->blockSignals(true);
        m_reviewer->clear();
        if (!m_signedIn.isEmpty()) {
            // Your own queue, and the queues of those who report to you: deciding theirs is on their behalf.
            m_reviewer->addItem(m_signedIn);
            if (auto reports = PeopleRepository(m_database).reportsOf(m_signedIn); reports) {
                for (const QString& report : reports.value())
                    m_reviewer->addItem(report);
            }
            m_reviewer->setEnabled(m_reviewer->count() > 1);
        } else if (auto reviewers = CampaignService(m_database).reviewers(m_campaign->currentData().toLongLong());
                   reviewers)
            m_reviewer->addItems(reviewers.value());
        // The campaign box gives way first; the longest address stays whole (up to a third of a wide screen).
        m_reviewer->setMinimumWidth(std::min(m_reviewer->sizeHint().width(), 420));
        m_reviewer->blockSignals(false);
        loadQueue();
    });
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, &ReviewQueuePage::loadQueue);
    connect(m_search, &QLineEdit::textChanged, this, &ReviewQueuePage::applySearch);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ReviewQueuePage::loadQueue);
    connect(m_queue, &QListWidget::currentRowChanged, this, &ReviewQueuePage::showItem);
    connect(m_decide, &QPushButton::clicked, this, &ReviewQueuePage::decideCurrent);
    connect(m_decideSelected, &QPushButton::clicked, this, &ReviewQueuePage::decideSelected);

    m_amend->setObjectName(QStringLiteral("amendDecision"));
    m_amend->setToolTip(tr("Answer this item again until the campaign closes: the new decision supersedes the one "
                           "recorded, and both stay on record"));
    m_amend->setEnabled(false);
    connect(m_amend, &QPushButton::clicked, this, &ReviewQueuePage::beginAmend);
    m_delegate->setObjectName(QStringLiteral("delegateItem"));
    m_delegate->setToolTip(tr("Give this item to someone who knows the identity better; recorded in the audit log"));
    connect(m_delegate, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString to
            = QInputDialog::getText(this, tr("Hand on"), tr("Email address of the reviewer who takes this item over:"),
                                    QLineEdit::Normal, QString(), &ok);
        if (ok && !to.trimmed().isEmpty())
            delegateCurrent(to);
    });
    for (QRadioButton* b : { m_confirm, m_reassign, m_keep, m_reduce, m_certify, m_revoke, m_retire })
        connect(b, &QRadioButton::toggled, this, &ReviewQueuePage::updateForm);
    connect(m_queue, &QListWidget::itemSelectionChanged, this, &ReviewQueuePage::updateForm);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &ReviewQueuePage::decideCurrent);
    auto* enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(enter, &QShortcut::activated, this, &ReviewQueuePage::decideCurrent);
}

void ReviewQueuePage::load()
{
    // A new owner is named from the people directory: completion on any part of the address or name.
    QStringList people;
    if (auto all = PeopleRepository(m_database).all(); all) {
        for (const Person& p : all.value()) {
            if (p.active)
                people << p.email;
        }
    }
    m_people->setStringList(people);
    const qint64 current = m_campaign->currentData().toLongLong();
    m_campaign->blockSignals(true);
    m_campaign->clear();
    if (!m_signedIn.isEmpty())
        m_campaign->addItem(tr("All open campaigns"), kAllCampaigns);
    if (auto campaigns = CampaignService(m_database).list(); campaigns) {
        for (const Campaign& c : campaigns.value()) {
            if (c.status == CampaignState::Open)
                m_campaign->addItem(tr("%1 (due %2)").arg(c.name, LocalDates::date(c.due.date())), c.id);
        }
    }
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(current)));
    m_campaign->blockSignals(false);
    emit m_campaign->currentIndexChanged(m_campaign->currentIndex());
}

void ReviewQueuePage::setSignedIn(const QString& email, bool mayDecide)
{
    m_signedIn = email.trimmed().toLower();
    m_mayDecide = mayDecide;
    // A new person at the keyboard starts on their whole queue.
    m_campaign->blockSignals(true);
    m_campaign->clear();
    m_campaign->blockSignals(false);
    m_reviewer->setEnabled(email.isEmpty());
    m_reviewer->setToolTip(email.isEmpty() ? QString()
                                           : tr("Your queue, %1, or that of someone who reports to you").arg(email));
    for (QPushButton* button : { m_decide, m_delegate, m_decideSelected, m_amend })
        button->setVisible(mayDecide);
    // An auditor reads any reviewer's queue and its evidence; the answers are not theirs to give.
    for (QWidget* answer : std::initializer_list<QWidget*> { m_confirm, m_reassign, m_newOwner, m_ownershipUntil,
                                                             m_keep, m_reduce, m_grants, m_scopeUntil, m_certify,
                                                             m_until, m_revoke, m_retire, m_justification })
        answer->setEnabled(mayDecide);
    refresh();
}

void ReviewQueuePage::othersChanged()
{
    const qint64 campaign = m_campaign->currentData().toLongLong();
    if (campaign == 0 || m_reviewer->currentText().isEmpty()) {
        refresh();
        return;
    }
    auto fresh = ReviewService(m_database).items(std::max<qint64>(campaign, 0), m_reviewer->currentText());
    if (!fresh)
        return;
    QHash<qint64, ReviewItem> byId;
    for (const ReviewItem& item : fresh.value())
        byId.insert(item.id, item);
    bool sameItems = byId.size() == m_items.size();
    for (const ReviewItem& item : std::as_const(m_items))
        sameItems = sameItems && byId.contains(item.id);
    if (!sameItems) { // handed on or added: the queue itself changed
        loadQueue();
        return;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const ReviewItem& now = byId.value(m_items.at(i).id);
        const bool decidedNow = now.state == ItemState::Decided && m_items.at(i).state != ItemState::Decided;
        if (decidedNow) {
            QListWidgetItem* row = m_queue->item(i);
            row->setForeground(palette().color(QPalette::PlaceholderText));
            row->setText(QStringLiteral("✓ ") + row->text());
            if (i == m_queue->currentRow()) {
                m_message->setText(tr("This item was just decided on another desktop; nothing you entered was "
                                      "recorded. Move on to the next one."));
                m_decide->setEnabled(false);
                m_delegate->setEnabled(false);
            }
        }
        m_items[i] = now;
    }
    showCounts();
}

void ReviewQueuePage::show(qint64 campaignId, const QString& reviewer)
{
    refresh();
    m_campaign->setCurrentIndex(m_campaign->findData(campaignId));
    m_reviewer->setCurrentIndex(m_reviewer->findText(reviewer));
    loadQueue();
}

void ReviewQueuePage::loadQueue()
{
    m_queue->clear();
    m_items.clear();
    const qint64 campaign = m_campaign->currentData().toLongLong();
    const QString nothing
        = tr("<p>No open campaign has items for you. A governance manager starts campaigns in "
             "<b>Campaigns</b> (<i>New campaign…</i>); each identity goes to its owner, and yours appear here.</p>");
    if (campaign == 0 || m_reviewer->currentText().isEmpty()) {
        showNothing(nothing);
        m_progress->clear();
        return;
    }
    auto items = ReviewService(m_database).items(std::max<qint64>(campaign, 0), m_reviewer->currentText());
    if (!items) {
        m_message->setText(items.errorString());
        return;
    }
    m_items = items.value();
    if (m_items.isEmpty()) {
        // Nothing of the last queue stays on screen, and nothing can be answered.
        showNothing(nothing);
        showCounts();
        return;
    }
    sortItems();
    int firstPending = -1;
    for (int i = 0; i < m_items.size(); ++i) {
        const ReviewItem& item = m_items.at(i);
        const double debt = ReviewEvidence::debtScoreOf(item.evidence);
        QString label = item.displayName + u'\n' + tr("debt %1").arg(QLocale().toString(debt, 'f', 0));
        if (campaign == kAllCampaigns) // which campaign, and when it is due
            label += QStringLiteral(" · ") + m_campaign->itemText(m_campaign->findData(item.campaignId));
        if (item.unchangedSinceLastReview)
            label += tr(" · unchanged since last review");
        auto* row = new QListWidgetItem(label, m_queue);
        row->setToolTip(label); // the whole line, where the queue is narrower than the language needs
        if (item.state != ItemState::Pending) {
            row->setForeground(palette().color(QPalette::PlaceholderText));
            row->setText(QStringLiteral("✓ ") + label);
        }
    }
    applySearch();
    for (int i = 0; i < m_items.size() && firstPending < 0; ++i) {
        if (m_items.at(i).state == ItemState::Pending && !m_queue->item(i)->isHidden())
            firstPending = i;
    }
    m_queue->setCurrentRow(firstPending >= 0 ? firstPending : 0);
}

void ReviewQueuePage::sortItems()
{
    const QString by = m_sort->currentData().toString();
    const auto debt = [](const ReviewItem& i) {
        return ReviewEvidence::debtScoreOf(i.evidence);
    };
    const auto campaign = [this](const ReviewItem& i) {
        return m_campaign->itemText(m_campaign->findData(i.campaignId));
    };
    // The service's order is by due date; every other order keeps pending items first.
    std::stable_sort(m_items.begin(), m_items.end(), [&](const ReviewItem& a, const ReviewItem& b) {
        const bool pa = a.state == ItemState::Pending;
        const bool pb = b.state == ItemState::Pending;
        if (pa != pb)
            return pa;
        if (by == QLatin1String("debt"))
            return debt(a) > debt(b);
        if (by == QLatin1String("campaign"))
            return QString::localeAwareCompare(campaign(a), campaign(b)) < 0;
        if (by == QLatin1String("name"))
            return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
        return false;
    });
}

void ReviewQueuePage::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_queue->count() && i < m_items.size(); ++i) {
        const ReviewItem& item = m_items.at(i);
        const bool match = text.isEmpty() || item.displayName.contains(text, Qt::CaseInsensitive)
            || item.nativeId.contains(text, Qt::CaseInsensitive)
            || m_queue->item(i)->text().contains(text, Qt::CaseInsensitive);
        m_queue->item(i)->setHidden(!match);
    }
    showCounts();
}

void ReviewQueuePage::showCounts()
{
    int decided = 0;
    int shown = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        decided += m_items.at(i).state != ItemState::Pending ? 1 : 0;
        shown += i < m_queue->count() && !m_queue->item(i)->isHidden() ? 1 : 0;
    }
    QString text = tr("%1 of %2 decided").arg(decided).arg(m_items.size());
    if (shown < m_items.size())
        text += u'\n' + tr("%1 shown").arg(shown);
    if (!m_signedIn.isEmpty() && m_reviewer->currentText() != m_signedIn)
        text += u'\n'
            + tr("on behalf of %1: each decision records you as the one who decided").arg(m_reviewer->currentText());
    m_progress->setText(elided(text));
}

void ReviewQueuePage::showItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const ReviewItem& item = m_items.at(row);
    const ReviewEvidence evidence = ReviewEvidence::fromJson(item.evidence);
    m_evidence->setHtml(renderEvidence(item, evidence));
    clearAnswers();
    m_proposedReduce = evidence.proposedReduce;
    for (const ReviewEvidence::GrantLine& g : evidence.grants) {
        const QString& permission = g.permission;
        if (!m_grants->findItems(permission, Qt::MatchExactly).isEmpty())
            continue;
        auto* check = new QListWidgetItem(permission, m_grants);
        check->setFlags(check->flags() | Qt::ItemIsUserCheckable);
        check->setCheckState(Qt::Unchecked);
    }
    // The recommendation says why; the reviewer decides whether to follow it.
    if (evidence.coverage.noActivityData()) {
        m_recommendation->setText(
            tr("No recommendation on scope: no activity data covers this identity (%1), so nothing is known "
               "to be unused.")
                .arg(evidence.coverage.scope));
    } else if (!m_proposedReduce.isEmpty()) {
        m_recommendation->setText(tr("Recommended: reduce: %n grant(s) unused in the last 90 days (%1).", nullptr,
                                     int(m_proposedReduce.size()))
                                      .arg(QStringList(m_proposedReduce.mid(0, 4)).join(QStringLiteral(", "))
                                           + (m_proposedReduce.size() > 4 ? QStringLiteral(", …") : QString())));
    } else {
        m_recommendation->setText(tr("Recommended: keep the scope: every grant was used in the last 90 days."));
    }
    m_applyRecommendation->setVisible(!evidence.coverage.noActivityData());
    if (!item.asksFor(Attestation::Scope)) {
        m_recommendation->setText(tr("The task scope is still certified; this item does not ask about it."));
        m_applyRecommendation->setVisible(false);
    }
    const bool pending = item.state == ItemState::Pending;
    m_amending = false;
    // An attestation still certified is not asked again: its box says until when, and takes no answer.
    m_asks = item.asks;
    const QStringList titles { tr("1. Ownership"), tr("2. Task scope"), tr("3. Business need") };
    for (int k = 0; k < 3; ++k) {
        const QDateTime until = evidence.attestations.value(Attestations::kAll.at(k)).certifiedUntil;
        m_boxes.at(k)->setTitle(
            asks(k) ? titles.at(k)
                    : tr("%1 — not asked: certified until %2")
                          .arg(titles.at(k), until.isValid() ? LocalDates::date(until.date()) : tr("a later date")));
        m_boxes.at(k)->setAccessibleDescription(asks(k) ? QString() : tr("Not asked in this item"));
    }
    m_decide->setText(tr("Decide and next (Ctrl+Enter)"));
    // An orphan has nobody to confirm: the reviewer names a new owner or revokes.
    m_orphan = std::any_of(evidence.findings.cbegin(), evidence.findings.cend(),
                           [](const ReviewEvidence::FindingLine& f) { return f.type == QLatin1String("orphaned"); });
    enableAnswers(pending && m_mayDecide);
    m_delegate->setEnabled(pending && m_mayDecide);
    m_confirm->setToolTip(m_orphan
                              ? tr("Nobody to confirm: it has no owner, or its owner left. Name a new owner or revoke.")
                              : QString());
    m_amend->setEnabled(m_mayDecide && item.state == ItemState::Decided && item.campaignOpen);
    if (!pending) {
        auto recorded = ReviewService(m_database).decision(item.id);
        m_message->setText(recorded ? (recorded->supersedes > 0 ? tr("Amended on %1: %2.") : tr("Decided on %1: %2."))
                                          .arg(LocalDates::dateTime(recorded->decidedAt), summary(recorded.value()))
                                    : tr("Decided on %1.").arg(LocalDates::dateTime(item.decidedAt)));
    } else if (m_orphan) {
        m_message->setText(tr("No owner to confirm: name a new owner, or revoke."));
    }
    updateForm();
    m_shownFor.start();
}

void ReviewQueuePage::clearAnswers()
{
    // Every attestation starts unanswered: nothing a reviewer did not choose is ever recorded.
    for (QButtonGroup* group : std::as_const(m_answerGroups)) {
        group->setExclusive(false);
        for (QAbstractButton* b : group->buttons())
            b->setChecked(false);
        group->setExclusive(true);
    }
    m_newOwner->clear();
    m_justification->clear();
    m_message->clear();
    m_grants->clear();
    m_proposedReduce.clear();
}

void ReviewQueuePage::showNothing(const QString& html)
{
    m_evidence->setHtml(html);
    clearAnswers();
    m_recommendation->clear();
    m_applyRecommendation->setVisible(false);
    m_amending = false;
    m_asks.clear();
    enableAnswers(false);
    m_delegate->setEnabled(false);
    m_amend->setEnabled(false);
    updateForm();
}

bool ReviewQueuePage::asks(int attestation) const
{
    return m_asks.isEmpty() || m_asks.contains(Attestations::kAll.value(attestation));
}

void ReviewQueuePage::enableAnswers(bool enabled)
{
    m_justification->setEnabled(enabled);
    m_reassign->setEnabled(enabled && asks(0));
    m_confirm->setEnabled(enabled && asks(0) && !m_orphan);
    for (QWidget* w : std::initializer_list<QWidget*> { m_keep, m_reduce, m_applyRecommendation })
        w->setEnabled(enabled && asks(1));
    for (QWidget* w : { m_certify, m_revoke, m_retire })
        w->setEnabled(enabled && asks(2));
}

bool ReviewQueuePage::beginAmend()
{
    const int row = m_queue->currentRow();
    if (!m_mayDecide || row < 0 || row >= m_items.size() || m_items.at(row).state != ItemState::Decided
        || !m_items.at(row).campaignOpen)
        return false;
    auto recorded = ReviewService(m_database).decision(m_items.at(row).id);
    if (!recorded) {
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(recorded.errorString());
        return false;
    }
    // Answered again from nothing, like a first decision: the old answers are shown, never filled in.
    m_amending = true;
    m_amend->setEnabled(false);
    enableAnswers(true);
    m_decide->setText(tr("Record the amendment (Ctrl+Enter)"));
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Amending the decision of %1 (%2). Answer all three again; the new decision supersedes it "
                          "and both stay on record.")
                           .arg(LocalDates::dateTime(recorded->decidedAt), summary(recorded.value())));
    (m_confirm->isEnabled() ? static_cast<QWidget*>(m_confirm) : m_reassign)->setFocus(Qt::OtherFocusReason);
    m_shownFor.start();
    updateForm();
    return true;
}

QString ReviewQueuePage::summary(const Decision& d) const
{
    const QString ownership = d.ownership == Answer::NotAsked ? tr("ownership not asked")
        : d.ownership == Answer::Reassign                     ? tr("owner now %1").arg(d.ownershipTarget.toLower())
                                                              : tr("owner confirmed");
    const QString scope = d.scope == Answer::NotAsked ? tr("task scope not asked")
        : d.scope == Answer::Reduce                   ? tr("%n grant(s) to remove", nullptr, int(d.scopeRemove.size()))
                                                      : tr("scope kept");
    const QString need = d.need == Answer::NotAsked ? tr("business need not asked")
        : d.need == Answer::Revoke                  ? tr("revoked")
        : d.need == Answer::Retire                  ? tr("to be retired")
        : d.certifyUntil.isValid()
        ? tr("certified until %1").arg(QLocale().toString(d.certifyUntil.date(), QLocale::LongFormat))
        : tr("certified");
    return QStringLiteral("%1; %2; %3").arg(ownership, scope, need);
}

void ReviewQueuePage::updateForm()
{
    m_newOwner->setEnabled(m_reassign->isChecked() && m_reassign->isEnabled());
    m_grants->setEnabled(m_reduce->isChecked() && m_reduce->isEnabled());
    m_until->setEnabled(m_certify->isChecked() && m_certify->isEnabled());
    m_ownershipUntil->setEnabled(m_answerGroups.at(0)->checkedButton() != nullptr && m_reassign->isEnabled());
    m_scopeUntil->setEnabled(m_answerGroups.at(1)->checkedButton() != nullptr && m_keep->isEnabled());
    const int row = m_queue->currentRow();
    const bool pending = row >= 0 && row < m_items.size() && m_items.at(row).state == ItemState::Pending;
    QString missing;
    const bool complete = answered(&missing);
    m_decide->setEnabled((pending || m_amending) && m_mayDecide && complete);
    m_decide->setToolTip(complete ? QString() : tr("Answer %1 first").arg(missing));
    m_decideSelected->setEnabled(m_mayDecide && complete && m_queue->selectedItems().size() > 1);
}

bool ReviewQueuePage::answered(QString* missing) const
{
    const QStringList names { tr("1. Ownership"), tr("2. Task scope"), tr("3. Business need") };
    QStringList open;
    for (qsizetype i = 0; i < m_answerGroups.size(); ++i) {
        if (asks(int(i)) && !m_answerGroups.at(i)->checkedButton())
            open << names.value(i);
    }
    if (missing)
        *missing = open.join(QStringLiteral(", "));
    return open.isEmpty();
}

void ReviewQueuePage::applyRecommendation()
{
    // The reviewer's click applies what usage suggests; the other two answers stay theirs to give.
    if (m_proposedReduce.isEmpty()) {
        m_keep->setChecked(true);
    } else {
        m_reduce->setChecked(true);
        for (int i = 0; i < m_grants->count(); ++i)
            m_grants->item(i)->setCheckState(m_proposedReduce.contains(m_grants->item(i)->text()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
    updateForm();
}

QString ReviewQueuePage::renderEvidence(const ReviewItem& item, const ReviewEvidence& e)
{
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'>%2 · %3 · %4</p>")
                       .arg(esc(item.displayName), esc(IdentityKind::displayName(e.identity.kind)),
                            esc(e.identity.source), esc(e.identity.nativeId));
    // In the reader's language where the evidence keeps why as data; as written for items made before.
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Why it is here:")), esc(FindingText::render(e.reasonData, item.reason)));
    QStringList why;
    for (qsizetype k = 0; k < std::max(e.whyData.size(), e.why.size()); ++k)
        why << QStringLiteral("<li>%1</li>").arg(esc(FindingText::render(e.whyData.value(k), e.why.value(k))));
    html += QStringLiteral("<ul style='margin-top:0'>%1</ul>").arg(why.join(QString()));
    html
        += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4</p>")
               .arg(esc(tr("Purpose:")), esc(e.identity.purpose.isEmpty() ? tr("none documented") : e.identity.purpose),
                    esc(tr("Declared scope:")), esc(e.identity.declaredScope.join(QStringLiteral(", "))));
    // Without activity data for it, a grant not seen used is not unused: its use is unknown (evidence frozen before
    // coverage was recorded, days < 0, says what it said then).
    const bool usageUnknown = e.coverage.days == 0;
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(usageUnknown ? tr("Granted %1 · usage unknown: no activity data for %2 in the last 90 days")
                                            .arg(e.granted)
                                            .arg(e.coverage.scope)
                                      : tr("Granted %1 · used %2 · unused %3 in the last 90 days")
                                            .arg(e.granted)
                                            .arg(e.used)
                                            .arg(e.unused)));
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    for (const ReviewEvidence::GrantLine& g : e.grants) {
        html += QStringLiteral("<tr><td><code>%1</code></td><td style='color:%2'>%3</td><td>%4</td></tr>")
                    .arg(esc(g.permission),
                         g.used             ? StatusColours::hex(StatusColours::Tone::Success)
                             : usageUnknown ? StatusColours::hex(StatusColours::Tone::Muted)
                                            : StatusColours::hex(StatusColours::Tone::Warning),
                         esc(g.used             ? tr("used")
                                 : usageUnknown ? tr("usage unknown")
                                                : tr("unused")),
                         g.admin ? QStringLiteral("<span style='color:%1'>%2</span>")
                                       .arg(StatusColours::hex(StatusColours::Tone::Danger))
                                       .arg(esc(tr("admin")))
                                 : QString());
    }
    html += QStringLiteral("</table>");
    if (!e.findings.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-top:0'>").arg(esc(tr("Findings")));
        for (const ReviewEvidence::FindingLine& f : e.findings) {
            html += QStringLiteral("<li><span style='color:%1'>%2</span> %3 (%4): %5</li>")
                        .arg(f.severity == QLatin1String("high") ? StatusColours::hex(StatusColours::Tone::Danger)
                                                                 : StatusColours::hex(StatusColours::Tone::Warning),
                             esc(TrustDebtWeights::severityLabel(f.severity)), esc(TrustDebtWeights::label(f.type)),
                             esc(f.owasp), esc(FindingText::render(f.detailData, f.detail)));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b> %2 — ").arg(esc(tr("Trust debt")), QLocale().toString(e.debtScore, 'f', 1));
    QStringList factors;
    for (const ReviewEvidence::DebtLine& f : e.debtFactors) {
        factors << QStringLiteral("%1 %2 (%3)").arg(esc(f.factor), QLocale().toString(f.points, 'f', 1), esc(f.owasp));
    }
    html += factors.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    QStringList creds;
    for (const ReviewEvidence::CredentialLine& c : e.credentials) {
        creds << (c.ageDays >= 0 ? tr("%1 %2, %n days old", nullptr, c.ageDays) : tr("%1 %2, age unknown"))
                     .arg(esc(Credential::typeName(c.type)), esc(c.credentialId));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Credentials:")), creds.isEmpty() ? esc(tr("none")) : creds.join(QStringLiteral("; ")));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Last used:")),
                     e.lastUsedAt.isValid() ? esc(LocalDates::date(e.lastUsedAt.date()))
                         : e.coverage.days > 0
                         ? esc(tr("not seen in %n days of activity data", nullptr, e.coverage.days))
                         // Evidence frozen before coverage was recorded says what it said then.
                         : e.coverage.days < 0 ? esc(tr("never"))
                                               : esc(tr("unknown: no activity data")));
    return html;
}

bool ReviewQueuePage::decideCurrent()
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_items.size() || (m_items.at(row).state != ItemState::Pending && !m_amending))
        return false;
    const ReviewItem& item = m_items.at(row);
    const bool amending = m_amending;
    if (QString missing; !answered(&missing)) {
        // Ctrl+Enter on an unanswered form records nothing.
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(tr("Nothing was recorded: answer %1 first.").arg(missing));
        return false;
    }
    Decision d = formDecision(item);
    d.secondsSpent = int(m_shownFor.elapsed() / 1000);
    auto flags = amending ? ReviewService(m_database).amend(d) : ReviewService(m_database).decide(d);
    if (!flags) {
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(flags.errorString());
        // The focus goes to the answer at fault.
        const QString field = flags.error().field;
        QWidget* atFault = field == QLatin1String("justification") ? static_cast<QWidget*>(m_justification)
            : field == Attestation::Ownership
            ? (m_reassign->isChecked() ? static_cast<QWidget*>(m_newOwner) : m_reassign)
            : field == Attestation::Scope ? static_cast<QWidget*>(m_grants)
            : field == Attestation::Need  ? static_cast<QWidget*>(m_until)
                                          : nullptr;
        if (atFault)
            atFault->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_message->setStyleSheet(QString());
    const QString name = item.displayName;
    // The identity's findings and debt follow the decision at once; triggers and remediation run too.
    const AfterChangeReport after = AfterChange(m_database).identitiesChanged({ item.identityId }, desktopActor());
    emit decided(item.id);
    loadQueue();
    // Say what was recorded, in the form's words, so a slip is seen at once.
    QString text = amending
        ? tr("Amendment recorded for %1: %2. The earlier decision stays on record, superseded.").arg(name, summary(d))
        : tr("Recorded for %1: %2.").arg(name, summary(d));
    if (!d.onBehalfOf.isEmpty())
        text += u' ' + elided(tr("Decided by you on behalf of %1.").arg(d.onBehalfOf));
    if (!flags->isEmpty())
        text += u' ' + tr("Flagged to your manager: %1.").arg(flags->join(QStringLiteral(", ")));
    for (const QString& warning : after.warnings)
        text += u' ' + warning;
    m_message->setText(text);
    return true;
}

Decision ReviewQueuePage::formDecision(const ReviewItem& item) const
{
    Decision d;
    d.itemId = item.id;
    // The person at the keyboard decides; a manager working a report's queue does so on their behalf.
    d.decidedBy = m_signedIn.isEmpty() ? m_reviewer->currentText() : m_signedIn;
    if (!m_signedIn.isEmpty() && m_reviewer->currentText() != m_signedIn)
        d.onBehalfOf = m_reviewer->currentText();
    d.expectedVersion = item.version;
    // What the item does not ask is recorded as not asked, never as an answer nobody gave.
    d.ownership = !item.asksFor(Attestation::Ownership) ? Answer::NotAsked
        : m_reassign->isChecked()                       ? Answer::Reassign
                                                        : Answer::Confirm;
    d.ownershipTarget = m_newOwner->text().trimmed();
    d.scope = !item.asksFor(Attestation::Scope) ? Answer::NotAsked
        : m_reduce->isChecked()                 ? Answer::Reduce
                                                : Answer::Keep;
    for (int i = 0; i < m_grants->count(); ++i) {
        if (m_grants->item(i)->checkState() == Qt::Checked)
            d.scopeRemove << m_grants->item(i)->text();
    }
    if (!m_reduce->isChecked())
        d.scopeRemove.clear();
    d.need = !item.asksFor(Attestation::Need) ? Answer::NotAsked
        : m_revoke->isChecked()               ? Answer::Revoke
        : m_retire->isChecked()               ? Answer::Retire
                                              : Answer::Certify;
    if (m_certify->isChecked() && item.asksFor(Attestation::Need))
        d.certifyUntil = QDateTime(m_until->date(), QTime(0, 0), Qt::UTC);
    if (item.asksFor(Attestation::Ownership))
        d.ownershipUntil = QDateTime(m_ownershipUntil->date(), QTime(0, 0), Qt::UTC);
    if (item.asksFor(Attestation::Scope))
        d.scopeUntil = QDateTime(m_scopeUntil->date(), QTime(0, 0), Qt::UTC);
    d.justification = m_justification->toPlainText();
    return d;
}

int ReviewQueuePage::decideSelected()
{
    QList<ReviewItem> chosen;
    for (const QListWidgetItem* selected : m_queue->selectedItems()) {
        const int row = m_queue->row(selected);
        if (row >= 0 && row < m_items.size() && m_items.at(row).state == ItemState::Pending)
            chosen << m_items.at(row);
    }
    if (chosen.isEmpty())
        return 0;
    if (QString missing; !answered(&missing)) {
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(tr("Nothing was recorded: answer %1 first.").arg(missing));
        return 0;
    }
    if (m_reduce->isChecked()) {
        // Which grants to remove differs per identity; that choice is made one item at a time.
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(
            tr("Reducing scope picks grants per identity; decide those one at a time, or keep the scope for all."));
        return 0;
    }
    // The time spent is shared out, so a hasty bulk approval is flagged like a hasty single one.
    const int seconds = int(m_shownFor.elapsed() / 1000 / chosen.size());
    ReviewService reviews(m_database);
    int recorded = 0;
    int flagged = 0;
    QStringList refused;
    QList<qint64> decidedIdentities;
    for (const ReviewItem& item : std::as_const(chosen)) {
        // Each item is answered only in what it asks, and only with answers the reviewer gave.
        QStringList missing;
        for (int k = 0; k < 3; ++k) {
            const QString& key = Attestations::kAll.at(k);
            if (item.asksFor(key) && !m_answerGroups.at(k)->checkedButton())
                missing << ReviewService::attestationName(key);
        }
        if (!missing.isEmpty()) {
            refused << tr("%1: %2").arg(item.displayName,
                                        tr("answer %1 first").arg(missing.join(QStringLiteral(", "))));
            continue;
        }
        Decision d = formDecision(item);
        d.scopeRemove.clear();
        d.secondsSpent = seconds;
        auto flags = reviews.decide(d);
        if (!flags) {
            refused << tr("%1: %2").arg(item.displayName, flags.errorString());
            continue;
        }
        ++recorded;
        flagged += flags->isEmpty() ? 0 : 1;
        decidedIdentities << item.identityId;
        emit decided(item.id);
    }
    const AfterChangeReport after = AfterChange(m_database).identitiesChanged(decidedIdentities, desktopActor());
    refused << after.warnings;
    loadQueue();
    QString text = tr("%n decisions recorded", nullptr, recorded);
    if (flagged > 0)
        text += tr("; %n flagged to your manager", nullptr, flagged);
    if (!refused.isEmpty())
        text += u'\n' + tr("Not recorded: %1").arg(refused.join(QStringLiteral("; ")));
    m_message->setStyleSheet(refused.isEmpty() ? QString() : StatusColours::style(StatusColours::Tone::Danger));
    m_message->setText(text);
    return recorded;
}

bool ReviewQueuePage::delegateCurrent(const QString& to)
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_items.size())
        return false;
    const qint64 id = m_items.at(row).id;
    if (auto st = ReviewService(m_database).delegate(id, m_reviewer->currentText(), to); !st) {
        m_message->setStyleSheet(StatusColours::style(StatusColours::Tone::Danger));
        m_message->setText(st.errorString());
        return false;
    }
    m_message->setStyleSheet(QString());
    loadQueue();
    m_message->setText(tr("Handed to %1.").arg(to.trimmed().toLower()));
    return true;
}

} // namespace recertify
