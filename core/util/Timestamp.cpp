#include "core/util/Timestamp.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace recertify::Timestamp {

namespace {

// Epoch values below this many digits are seconds, at or above are milliseconds (1e11 s is year 5138).
constexpr qint64 kMillisecondThreshold = 100'000'000'000LL;

std::optional<QDateTime> fromEpoch(qint64 value)
{
    if (value < 0)
        return std::nullopt;
    const qint64 ms = value >= kMillisecondThreshold ? value : value * 1000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const QRegularExpression& isoPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$)"));
    return re;
}

int offsetSeconds(QStringView zone, bool* ok)
{
    *ok = true;
    if (zone.isEmpty() || zone == u"Z" || zone == u"z")
        return 0;
    const int sign = zone.front() == u'-' ? -1 : 1;
    QStringView rest = zone.mid(1);
    int hours = 0;
    int minutes = 0;
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        hours = rest.left(colon).toInt(ok);
        if (*ok)
            minutes = rest.mid(colon + 1).toInt(ok);
    } else if (rest.size() <= 2) {
        hours = rest.toInt(ok);
    } else {
        hours = rest.left(rest.size() - 2).toInt(ok);
        if (*ok)
            minutes = rest.right(2).toInt(ok);
    }
    if (!*ok || hours > 14 || minutes > 59) {
        *ok = false;
        return 0;
    }
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

namespace {

// "2026-11-20T08:00:00Z" (CloudTrail, Kubernetes, most APIs): read by hand, no pattern matching.
std::optional<QDateTime> parseCanonical(QStringView t)
{
    auto digits = [&](qsizetype at, qsizetype count, int* value) {
        int v = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *value = v;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (t.size() != 20 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':'
        || t[19] != u'Z' || !digits(0, 4, &year) || !digits(5, 2, &month) || !digits(8, 2, &day)
        || !digits(11, 2, &hour) || !digits(14, 2, &minute) || !digits(17, 2, &second))
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (auto canonical = parseCanonical(trimmed))
        return canonical;

    bool isNumber = true;
    for (QChar c : trimmed) {
        if (!c.isDigit()) {
            isNumber = false;
            break;
        }
    }
    if (isNumber) {
        bool ok = false;
        const qint64 value = trimmed.toLongLong(&ok);
        return ok ? fromEpoch(value) : std::nullopt;
    }

    // Windows PowerShell 5's ConvertTo-Json writes times as /Date(milliseconds)/; a file whose slashes were
    // escaped twice (ConvertTo-Json over a string that was JSON already) keeps \/Date(…)\/.
    static const QRegularExpression msDate(QStringLiteral(R"re(^\\?/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\\?/$)re"));
    if (const auto ms = msDate.match(trimmed); ms.hasMatch()) {
        const qint64 value = ms.capturedView(1).toLongLong();
        if (value < 0)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
    }
    const auto match = isoPattern().match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;

    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;

    int ms = 0;
    const QStringView fraction = match.capturedView(7);
    if (!fraction.isEmpty()) {
        // Graph sends seven digits; keep millisecond precision, pad short fractions.
        const QString padded = QString(fraction.left(3).toString() + QStringLiteral("00")).left(3);
        ms = padded.toInt();
    }
    const QTime time = match.capturedView(4).isEmpty()
        ? QTime(0, 0)
        : QTime(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt(), ms);
    if (!time.isValid())
        return std::nullopt;

    bool offsetOk = false;
    const int offset = offsetSeconds(match.capturedView(8), &offsetOk);
    if (!offsetOk)
        return std::nullopt;

    QDateTime local(date, time, Qt::OffsetFromUTC, offset);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

std::optional<QDateTime> fromJson(const QJsonValue& value)
{
    if (value.isDouble()) {
        // Casting a double outside qint64 is undefined; nothing past the year 9999 (in ms) is a time.
        const double d = value.toDouble();
        if (!(d >= 0 && d < 253402300800000.0))
            return std::nullopt;
        return fromEpoch(static_cast<qint64>(d));
    }
    if (value.isString())
        return parse(value.toString());
    // A boto3 answer recorded by placebo (as Cloud Custodian's tests keep them): the datetime's fields, in UTC as
    // boto3 gives them.
    const QJsonObject o = value.toObject();
    if (o.value(QLatin1String("__class__")).toString() == QLatin1String("datetime")) {
        auto field = [&o](const char* name) {
            return o.value(QLatin1String(name)).toInt(-1);
        };
        const QDate day(field("year"), field("month"), field("day"));
        const int micro = o.value(QLatin1String("microsecond")).toInt(0);
        const QTime time(field("hour"), field("minute"), field("second"), micro / 1000);
        if (!day.isValid() || !time.isValid() || micro < 0)
            return std::nullopt;
        return QDateTime(day, time, Qt::UTC);
    }
    return std::nullopt;
}

namespace {

void putDigits(char* buffer, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        buffer[i] = char('0' + value % 10);
}

// yyyy-MM-dd into buffer[0..9]; false outside years 0 to 9999, which the caller formats the slow way.
bool putDay(char* buffer, const QDate& d)
{
    if (d.year() < 0 || d.year() > 9999)
        return false;
    putDigits(buffer, d.year(), 4);
    buffer[4] = '-';
    putDigits(buffer + 5, d.month(), 2);
    buffer[7] = '-';
    putDigits(buffer + 8, d.day(), 2);
    return true;
}

} // namespace

QString toIso(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    // Written by hand: QDateTime::toString goes through the locale machinery, and analysis writes this for every
    // finding.
    const QDateTime utc = time.toUTC();
    const QTime t = utc.time();
    char buffer[20];
    if (!putDay(buffer, utc.date()))
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
    buffer[10] = 'T';
    putDigits(buffer + 11, t.hour(), 2);
    buffer[13] = ':';
    putDigits(buffer + 14, t.minute(), 2);
    buffer[16] = ':';
    putDigits(buffer + 17, t.second(), 2);
    buffer[19] = 'Z';
    return QString::fromLatin1(buffer, 20);
}

QString isoDay(const QDate& day)
{
    if (!day.isValid())
        return {};
    // QDate::toString formats through QString::asprintf: a tenth of an import's reading went there.
    char buffer[10];
    if (!putDay(buffer, day))
        return day.toString(Qt::ISODate);
    return QString::fromLatin1(buffer, 10);
}

QByteArray toIsoBytes(const QDateTime& time)
{
    return toIso(time).toLatin1(); // an invalid or out-of-range time: the same text as toIso
}

QByteArray isoDayBytes(const QDate& day)
{
    char buffer[10];
    if (day.isValid() && putDay(buffer, day))
        return QByteArray(buffer, 10);
    return isoDay(day).toLatin1();
}

QDateTime fromIso(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (auto parsed = parse(text))
        return *parsed;
    return {};
}

} // namespace recertify::Timestamp
