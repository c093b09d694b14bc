#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace recertify {

/** Activity aggregated per identity, normalised action, day and outcome: millions of events stay small. */
struct UsageRecord
{
    qint64 identityId = 0;
    QString action;
    QDate day;
    QString outcome = QStringLiteral("allowed"); ///< allowed, denied, error
    qint64 count = 0;
    QDateTime lastSeen;
};

} // namespace recertify
