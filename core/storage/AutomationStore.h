#pragma once

#include "core/domain/Campaign.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace recertify {

/**
 * What starts campaigns by itself, in typed calls: the configured triggers with the identities
 * each newly finds, and the recurring templates. Which trigger asks what, and when a template is
 * due, are rules of the review services; only the statements live here.
 */
class AutomationStore
{
public:
    explicit AutomationStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    /** The triggers as stored (kinds never configured are absent). */
    [[nodiscard]] Result<QList<TriggerConfig>> triggers() const;
    [[nodiscard]] Status saveTrigger(const TriggerConfig& config);
    [[nodiscard]] Status stampTrigger(const QString& kind, const QDateTime& ranAt);

    // The identities a trigger may ask about: not retired, and not already waiting in an open campaign.
    /** With a finding of this type opened after a time (one naming someone, where that is asked). */
    [[nodiscard]] Result<QList<qint64>> withNewFinding(const QString& type, const QDateTime& since,
                                                       bool namingSomeone) const;
    /** Enabled, with an enabled credential expiring after from and by to. */
    [[nodiscard]] Result<QList<qint64>> withCredentialExpiring(const QDateTime& from, const QDateTime& to) const;
    /** Whose trust debt crossed a threshold in a snapshot taken after a time (the one before was under). */
    [[nodiscard]] Result<QList<qint64>> crossingDebt(double threshold, const QDateTime& since) const;

    [[nodiscard]] Result<QList<CampaignTemplate>> templates() const;
    [[nodiscard]] Result<bool> templateNamed(const QString& name) const;
    /** Returns the new template's id (0 when the store returned none). */
    [[nodiscard]] Result<qint64> insertTemplate(const CampaignTemplate& t);
    /** Removes a template; returns its name, or nothing when there was none with that id. */
    [[nodiscard]] Result<std::optional<QString>> removeTemplate(qint64 id);
    [[nodiscard]] Status moveTemplate(qint64 id, const QDateTime& nextRunAt);

private:
    [[nodiscard]] Result<QList<qint64>> ids(const QString& statement, const QVariantList& binds) const;

    QSqlDatabase m_db;
};

} // namespace recertify
