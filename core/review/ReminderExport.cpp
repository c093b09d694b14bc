#include "core/review/ReminderExport.h"

#include "core/util/Csv.h"

#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace recertify {

QStringList ReminderExport::columns()
{
    return { QStringLiteral("reviewer"), QStringLiteral("pending"), QStringLiteral("manager"),
             QStringLiteral("campaign"), QStringLiteral("due"),     QStringLiteral("mailto") };
}

QString ReminderExport::mailto(const Campaign& campaign, const Reminder& reminder)
{
    QUrlQuery query;
    if (!reminder.manager.isEmpty())
        query.addQueryItem(QStringLiteral("cc"), reminder.manager);
    query.addQueryItem(QStringLiteral("subject"),
                       tr("Reminder: %n review(s) waiting in \"%1\"", nullptr, reminder.pending).arg(campaign.name));
    query.addQueryItem(QStringLiteral("body"),
                       tr("%n identity review(s) in \"%1\" are waiting for your decision; the campaign is due on %2. "
                          "Open Recertify, My reviews.",
                          nullptr, reminder.pending)
                           .arg(campaign.name, campaign.due.date().toString(Qt::ISODate)));
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(reminder.reviewer);
    url.setQuery(query);
    return QString::fromUtf8(url.toEncoded());
}

Status ReminderExport::write(const Campaign& campaign, const QList<Reminder>& reminders, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1: cannot be written: %2").arg(path, file.errorString()));
    file.write(Csv::line(columns()));
    for (const Reminder& r : reminders) {
        file.write(Csv::line({ r.reviewer, QString::number(r.pending), r.manager, campaign.name,
                               campaign.due.date().toString(Qt::ISODate), mailto(campaign, r) }));
    }
    if (!file.commit())
        return makeError(tr("%1: cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace recertify
