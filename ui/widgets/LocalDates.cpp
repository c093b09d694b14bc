#include "ui/widgets/LocalDates.h"

#include <QRegularExpression>

namespace recertify {

QString LocalDates::format(const QString& shortFormat)
{
    static const QRegularExpression year(QStringLiteral("y+"));
    QString wide = shortFormat;
    return wide.replace(year, QStringLiteral("yyyy"));
}

QString LocalDates::date(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, format(locale.dateFormat(QLocale::ShortFormat))) : QString();
}

QString LocalDates::dateOf(const QDateTime& time, const QLocale& locale)
{
    return time.isValid() ? date(time.toLocalTime().date(), locale) : QString();
}

QString LocalDates::dateTime(const QDateTime& time, const QLocale& locale)
{
    return time.isValid() ? locale.toString(time.toLocalTime(), format(locale.dateTimeFormat(QLocale::ShortFormat)))
                          : QString();
}

} // namespace recertify
