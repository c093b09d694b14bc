#pragma once

#include "core/domain/Campaign.h"
#include "core/domain/ReviewEvidence.h"
#include "core/storage/Database.h"
#include "ui/widgets/LazyPage.h"

#include <QElapsedTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStringListModel;
class QTextBrowser;

namespace recertify {

/**
 * "My reviews": a reviewer's queue, worked through with the keyboard. Beside each item, the
 * evidence frozen when the campaign started; below it, the three attestations (ownership, task
 * scope, business need), every one unanswered until the reviewer answers it: the recommendation
 * from usage is shown beside them and applied only by a click, and Decide waits for all three.
 */
class ReviewQueuePage : public LazyPage
{
    Q_OBJECT

public:
    explicit ReviewQueuePage(DatabasePtr database, QWidget* parent = nullptr);

    void reload() { refresh(); }
    /** Chooses the campaign and the reviewer whose queue to show. */
    void show(qint64 campaignId, const QString& reviewer);
    /** Records the decision in the form for the current item; false with the reason shown. */
    bool decideCurrent();
    /** Hands the current item to another reviewer; false with the reason shown. */
    bool delegateCurrent(const QString& to);
    /**
     * Opens the current decided item's answers again (until its campaign closes): the next Decide
     * records an amendment that supersedes the decision in force; both stay on record.
     */
    bool beginAmend();
    /** Applies the form's answer to every selected pending item; returns how many were recorded. */
    int decideSelected();

    QListWidget* queue() const { return m_queue; }
    /** The evidence frozen for an item, as the reviewer sees it (also shown to a manager looking into a flag). */
    static QString renderEvidence(const ReviewItem& item, const ReviewEvidence& evidence);
    /**
     * In team mode the queue is the signed-in reviewer's own (the picker shows only them). Without
     * an email and the right to decide (an auditor), every queue can be read but nothing answered.
     */
    void setSignedIn(const QString& email, bool mayDecide);
    /** Someone else decided or handed on items: marks them without disturbing the form being filled. */
    void othersChanged();

signals:
    void decided(qint64 itemId);

protected:
    void load() override;

private:
    static constexpr qint64 kAllCampaigns = -1; ///< the campaign list's "All open campaigns"
    void loadQueue();
    /** Orders m_items as the sort box says: pending first, then by due date, trust debt, campaign or name. */
    void sortItems();
    /** Hides the queue rows the search does not match; says how many are shown. */
    void applySearch();
    void showCounts();
    Decision formDecision(const ReviewItem& item) const;
    void showItem(int row);
    /** No item to show (no campaign, an empty queue): nothing of the last one stays, nothing can be answered. */
    void showNothing(const QString& html);
    /** Every answer unchosen and every field empty, as an item starts. */
    void clearAnswers();
    void updateForm();
    /** True when each of the three attestations has an answer; says which is missing otherwise. */
    bool answered(QString* missing = nullptr) const;
    void applyRecommendation();
    void enableAnswers(bool enabled);
    /** A decision in the form's words: "owner confirmed; scope kept; certified until …". */
    QString summary(const Decision& d) const;

    DatabasePtr m_database;
    QComboBox* m_campaign;
    QComboBox* m_reviewer;
    QLineEdit* m_search;
    QComboBox* m_sort;
    QLabel* m_progress;
    QListWidget* m_queue;
    QTextBrowser* m_evidence;
    QRadioButton* m_confirm;
    QRadioButton* m_reassign;
    QLineEdit* m_newOwner;
    QStringListModel* m_people; ///< the people directory's active addresses, for completing a new owner
    QRadioButton* m_keep;
    QRadioButton* m_reduce;
    QListWidget* m_grants;
    QRadioButton* m_certify;
    QDateEdit* m_until;
    QDateEdit* m_ownershipUntil; ///< how long the ownership answer holds
    QDateEdit* m_scopeUntil; ///< how long the task scope answer holds
    QList<QGroupBox*> m_boxes; ///< ownership, task scope, business need: disabled where the item does not ask
    QRadioButton* m_revoke;
    QRadioButton* m_retire;
    QPlainTextEdit* m_justification;
    QLabel* m_message;
    QPushButton* m_decide;
    QPushButton* m_delegate;
    QPushButton* m_amend;
    QPushButton* m_decideSelected;
    QLabel* m_recommendation;
    QPushButton* m_applyRecommendation;
    QList<QButtonGroup*> m_answerGroups; ///< ownership, task scope, business need
    QStringList m_proposedReduce; ///< the current item's recommendation, applied only on request
    QList<ReviewItem> m_items;
    QString m_signedIn;
    bool m_mayDecide = true;
    bool m_amending = false; ///< the form answers again a decided item; Decide records an amendment
    bool m_orphan = false; ///< the current identity has no owner to confirm
    QStringList m_asks; ///< what the current item asks (empty: all three)
    bool asks(int attestation) const; ///< 0 ownership, 1 task scope, 2 business need
    QElapsedTimer m_shownFor;
};

} // namespace recertify
