#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

namespace recertify {

/**
 * Compact JSON written straight into bytes: the bytes QJsonDocument::toJson(Compact) writes for the same value,
 * provided the caller gives each object's keys in QJsonObject's order (sorted). For documents built once per item
 * at scale, where assembling a QJsonObject costs more than everything else done for the item.
 */
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1String name);
    /** A key that is data (an attestation's name, say), escaped like a string. */
    JsonWriter& key(QStringView name);
    JsonWriter& string(QStringView text);
    JsonWriter& integer(qint64 number);
    JsonWriter& number(double number);
    JsonWriter& boolean(bool value);
    JsonWriter& null();
    JsonWriter& strings(const QStringList& texts);
    /** A value that is JSON already (evidence frozen as text), copied as it is. */
    JsonWriter& raw(QByteArrayView json);
    /** Any Qt JSON value, as QJsonDocument would write it. */
    JsonWriter& value(const QJsonValue& value);

    [[nodiscard]] const QByteArray& bytes() const { return m_out; }
    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void quoted(QStringView text);
    void real(double number);

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace recertify
