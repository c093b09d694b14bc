#include "core/connectors/JsonArrayStream.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace recertify {

JsonArrayStream::JsonArrayStream(QIODevice* device, QString where, QString key)
    : m_device(device)
    , m_where(std::move(where))
    , m_key(std::move(key))
{
}

bool JsonArrayStream::next(QJsonObject* object, qint64* offset)
{
    if (!m_error.isEmpty() || m_arrayDone)
        return false;
    const QByteArray wanted = m_key.toUtf8();
    qsizetype start = -1; // where the current element began, in m_buffer
    qint64 startOffset = 0;
    QByteArray stringBytes;
    for (;;) {
        if (m_index >= m_buffer.size()) {
            // Keep a partly read element: move it to the front before reading more.
            if (start >= 0) {
                m_buffer.remove(0, start);
                m_index -= start;
                start = 0;
            } else {
                m_buffer.clear();
                m_index = 0;
            }
            // One record is never this large; a crafted one would otherwise be held whole.
            if (start >= 0 && m_buffer.size() - start > kMaxRecordBytes) {
                m_error = tr("%1: byte %2: one record larger than %3 MB")
                              .arg(m_where)
                              .arg(startOffset)
                              .arg(kMaxRecordBytes >> 20);
                return false;
            }
            const QByteArray chunk = m_device->read(256 * 1024);
            if (chunk.isEmpty()) {
                if (m_concatenated && m_depth == 0 && start < 0 && !m_inString)
                    m_arrayDone = m_arrays > 0;
                const QString reason = m_device->errorString();
                if (!reason.isEmpty() && reason != QLatin1String("Unknown error"))
                    m_error = tr("%1: byte %2: cannot read: %3").arg(m_where).arg(m_position).arg(reason);
                else if (start >= 0 || m_depth > 0)
                    m_error = tr("%1: byte %2: the file ends inside a JSON value (truncated?); expected %3")
                                  .arg(m_where)
                                  .arg(m_position)
                                  .arg(m_inString ? tr("a closing quote") : tr("a closing bracket"));
                return false;
            }
            m_buffer.append(chunk);
        }
        const char c = m_buffer.at(m_index);
        ++m_index;
        ++m_position;
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            if (m_inString && start < 0 && m_depth == 1)
                stringBytes.append(c);
            else if (!m_inString && start < 0 && m_depth == 1)
                m_lastString = stringBytes;
            continue;
        }
        switch (c) {
        case '"':
            m_inString = true;
            stringBytes.clear();
            break;
        case ':':
            if (m_depth == 1)
                m_currentKey = m_lastString;
            break;
        case '{':
        case '[': {
            // Real records nest a few dozen levels; a crafted one must not overflow a counter or the parser.
            if (++m_depth > kMaxDepth) {
                m_error
                    = tr("%1: byte %2: nested deeper than %3 levels").arg(m_where).arg(m_position - 1).arg(kMaxDepth);
                return false;
            }
            const bool arrayStart = c == '[' && !m_inArray
                && ((wanted.isEmpty() && m_depth == 1)
                    || (!wanted.isEmpty() && m_depth == 2 && m_currentKey == wanted));
            if (arrayStart) {
                m_inArray = true;
                m_arrayDepth = m_depth;
            } else if (m_inArray && start < 0 && m_depth == (wanted.isEmpty() ? 2 : 3)) {
                if (c != '{') {
                    m_error = tr("%1: byte %2: expected an object in the %3 array")
                                  .arg(m_where)
                                  .arg(m_position - 1)
                                  .arg(wanted.isEmpty() ? tr("top-level") : m_key);
                    return false;
                }
                start = m_index - 1;
                startOffset = m_position - 1;
            }
            break;
        }
        case '}':
        case ']':
            --m_depth;
            if (m_depth < 0) {
                m_error = tr("%1: byte %2: unexpected '%3'").arg(m_where).arg(m_position - 1).arg(QLatin1Char(c));
                return false;
            }
            if (m_concatenated && c == ']' && m_depth == 0)
                ++m_arrays;
            if (m_inArray && start >= 0 && m_depth == (wanted.isEmpty() ? 1 : 2)) {
                const QByteArray element = m_buffer.mid(start, m_index - start);
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(element, &error);
                if (error.error != QJsonParseError::NoError) {
                    m_error = tr("%1: byte %2: invalid JSON record: %3")
                                  .arg(m_where)
                                  .arg(startOffset + error.offset)
                                  .arg(error.errorString());
                    return false;
                }
                *object = doc.object();
                if (offset)
                    *offset = startOffset;
                return true;
            }
            if (m_inArray && c == ']' && m_depth == m_arrayDepth - 1) {
                m_inArray = false;
                if (m_concatenated && wanted.isEmpty())
                    break; // the next page's '[' opens the next array
                m_arrayDone = true;
                return false;
            }
            break;
        default:
            break;
        }
    }
}

} // namespace recertify
