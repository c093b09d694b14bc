#include "core/util/JsonWriter.h"

#include <QLocale>

namespace recertify {

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + (v - 10));
}

} // namespace

void JsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
    m_needComma = false;
}

JsonWriter& JsonWriter::beginObject()
{
    if (m_out.isEmpty())
        m_out.reserve(8192); // one item's evidence, mostly, without growing
    separate();
    m_out += '{';
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1String name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size()); // the caller's own keys: plain ASCII, nothing to escape
    m_out += "\":";
    return *this;
}

JsonWriter& JsonWriter::key(QStringView name)
{
    separate();
    quoted(name);
    m_out += ':';
    return *this;
}

// As Qt's JSON writer escapes: the two JSON specials and control characters, non-ASCII as UTF-8, a lone surrogate as
// \uXXXX. Written through a pointer into room made once: appending byte by byte costs more than the rest.
void JsonWriter::quoted(QStringView text)
{
    const qsizetype start = m_out.size();
    m_out.resize(start + 6 * text.size() + 2);
    char* d = m_out.data() + start;
    *d++ = '"';
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    const auto hex = [&d](char16_t u, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
            *d++ = hexDigit((u >> shift) & 0xf);
    };
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *d++ = char(u);
                continue;
            }
            *d++ = '\\';
            switch (u) {
            case '"':
                *d++ = '"';
                break;
            case '\\':
                *d++ = '\\';
                break;
            case '\b':
                *d++ = 'b';
                break;
            case '\f':
                *d++ = 'f';
                break;
            case '\n':
                *d++ = 'n';
                break;
            case '\r':
                *d++ = 'r';
                break;
            case '\t':
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                hex(u, 4);
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            *d++ = '\\';
            *d++ = 'u';
            hex(u, 4);
        } else {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        }
    }
    *d++ = '"';
    m_out.truncate(d - m_out.constData());
}

JsonWriter& JsonWriter::string(QStringView text)
{
    separate();
    quoted(text);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::integer(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::number(double number)
{
    // Qt keeps a whole number that fits as an integer (100000, not 1e+05): decided as QJsonValue decides it.
    return value(QJsonValue(number));
}

void JsonWriter::real(double number)
{
    separate();
    if (qIsFinite(number))
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null"; // as Qt writes infinities and NaN (RFC 4627, section 2.4)
    m_needComma = true;
}

JsonWriter& JsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out += "null";
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::strings(const QStringList& texts)
{
    beginArray();
    for (const QString& t : texts)
        string(t);
    return endArray();
}

JsonWriter& JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double:
        // Qt keeps integers apart from doubles inside a QJsonValue and writes each its own way.
        if (value.toVariant().userType() == QMetaType::LongLong)
            return integer(value.toInteger());
        real(value.toDouble());
        return *this;
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue& v : value.toArray())
            this->value(v);
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(QStringView(it.key()));
            this->value(it.value());
        }
        return endObject();
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

} // namespace recertify
