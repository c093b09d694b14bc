#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringView>
#include <optional>

namespace recertify::Timestamp {

/**
 * Parses every timestamp variant the connectors meet (connectors.md, "Timestamp formats"):
 * ISO 8601 UTC, any number of fractional digits, Python str(datetime) with a space and +00:00,
 * a lenient one-digit offset hour (-8:00), a bare date, epoch seconds and epoch milliseconds.
 * Free text such as "Jul 19, 2023 9:25:09 PM" is deliberately not parsed. Results are UTC.
 */
[[nodiscard]] std::optional<QDateTime> parse(QStringView text);

/** A JSON string or number (epoch seconds or milliseconds); null and empty give nullopt. */
[[nodiscard]] std::optional<QDateTime> fromJson(const QJsonValue& value);

/** The storage and wire form: "2026-12-31T23:59:59Z"; an invalid time gives an empty string. */
[[nodiscard]] QString toIso(const QDateTime& time);

/** A day in the storage form, "2026-12-31"; an invalid day gives an empty string. Cheap enough for every event. */
[[nodiscard]] QString isoDay(const QDate& day);

/** toIso() and isoDay() as UTF-8 bytes, for binding straight into a statement (an import writes one per row). */
[[nodiscard]] QByteArray toIsoBytes(const QDateTime& time);
[[nodiscard]] QByteArray isoDayBytes(const QDate& day);

/** Reads the storage form back; empty text gives an invalid QDateTime. */
[[nodiscard]] QDateTime fromIso(const QString& text);

} // namespace recertify::Timestamp
