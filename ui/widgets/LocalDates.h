#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace recertify {

/**
 * Dates in the reader's locale, short, but always with a four-digit year: the locales' short formats write
 * "03.12.26" (German) or "12/3/26" (US English), which on evidence and due dates reads as ambiguous.
 */
class LocalDates
{
public:
    [[nodiscard]] static QString date(const QDate& date, const QLocale& locale = QLocale());
    /** In local time. */
    [[nodiscard]] static QString dateOf(const QDateTime& time, const QLocale& locale = QLocale());
    [[nodiscard]] static QString dateTime(const QDateTime& time, const QLocale& locale = QLocale());
    /** The short format with a four-digit year, for a date field's display format. */
    [[nodiscard]] static QString dateFormat(const QLocale& locale = QLocale())
    {
        return format(locale.dateFormat(QLocale::ShortFormat));
    }
    /** The locale's short format with its year widened to four digits. */
    [[nodiscard]] static QString format(const QString& shortFormat);
};

} // namespace recertify
