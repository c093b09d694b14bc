#pragma once

#include "core/review/CampaignService.h"

namespace recertify {

/**
 * Reminders for a mailer: one CSV row per reviewer with pending items (their manager for a copy, the due date,
 * and a ready mailto: link with subject and text), written whole or not at all. Recertify sends no mail itself;
 * that a reminder was issued is recorded by CampaignService::remind.
 */
class ReminderExport
{
    Q_DECLARE_TR_FUNCTIONS(ReminderExport)

public:
    [[nodiscard]] static Status write(const Campaign& campaign, const QList<Reminder>& reminders, const QString& path);
    /** mailto: with the manager in copy, subject and body filled in. */
    [[nodiscard]] static QString mailto(const Campaign& campaign, const Reminder& reminder);
    static QStringList columns();
};

} // namespace recertify
