#include "core/util/CsvReader.h"

namespace recertify {

namespace {

constexpr int kEnd = -1;

enum class State
{
    FieldStart,
    Unquoted,
    Quoted,
    AfterQuote
};

} // namespace

CsvReader::CsvReader(QIODevice* device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(qMax<qsizetype>(1, chunkSize))
{
}

bool CsvReader::fill()
{
    if (m_atEof)
        return false;
    // The buffer keeps its capacity, so steady-state reading allocates nothing.
    m_buffer.resize(m_chunkSize);
    const qint64 n = m_device->read(m_buffer.data(), m_chunkSize);
    if (n < 0)
        m_error = tr("cannot read: %1").arg(m_device->errorString());
    m_buffer.resize(n > 0 ? qsizetype(n) : 0);
    m_pos = 0;
    if (n <= 0) {
        m_atEof = true;
        return false;
    }
    m_bytesFilled += n;
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return kEnd;
    return uchar(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    const int c = peek();
    if (c != kEnd)
        ++m_pos;
    return c;
}

void CsvReader::skipBom()
{
    // Three bytes may span chunks when chunks are tiny; gather them, then put them back.
    QByteArray head;
    while (head.size() < 3 && peek() != kEnd)
        head.append(char(get()));
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    m_buffer = head + m_buffer.mid(m_pos);
    m_pos = 0;
}

bool CsvReader::fail(QStringList* fields, const QString& error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_finished = true;
    fields->clear();
    return false;
}

bool CsvReader::next(QStringList* fields)
{
    fields->clear();
    if (m_finished)
        return false;
    if (!m_started) {
        m_started = true;
        skipBom();
    }

    QByteArray field;
    State state = State::FieldStart;
    qint64 quoteLine = 0;
    qsizetype recordBytes = 0;
    m_recordLine = m_physicalLine;
    for (;;) {
        const int c = get();
        if (c == kEnd && hasError())
            return fail(fields, m_error);
        if (++recordBytes > kMaxRecordBytes) {
            return fail(fields,
                        tr("line %1: a record longer than %2 MiB; is a quote left open?")
                            .arg(m_recordLine)
                            .arg(kMaxRecordBytes / (1024 * 1024)));
        }

        if (state == State::Quoted) {
            if (c == kEnd)
                return fail(fields, tr("line %1: the quoted field that starts here is never closed").arg(quoteLine));
            if (c == '"') {
                if (peek() == '"')
                    field.append(char(get()));
                else
                    state = State::AfterQuote;
                continue;
            }
            if (c == '\n')
                ++m_physicalLine;
            field.append(char(c));
            continue;
        }
        if (state == State::FieldStart && c == '"') {
            state = State::Quoted;
            quoteLine = m_physicalLine;
            continue;
        }

        const bool lineEnd = c == '\n' || (c == '\r' && peek() == '\n');
        if (c == ',' || lineEnd || c == kEnd) {
            // A line with nothing on it is no record (a trailing newline, a spacer line).
            const bool blank = fields->isEmpty() && state == State::FieldStart && c != ',';
            if (!blank)
                fields->append(QString::fromUtf8(field));
            field.truncate(0);
            if (c == '\r')
                get();
            if (lineEnd)
                ++m_physicalLine;
            if (c == kEnd)
                m_finished = true;
            if (c == ',') {
                state = State::FieldStart;
                continue;
            }
            if (!blank)
                return true;
            if (c == kEnd)
                return false;
            m_recordLine = m_physicalLine;
            recordBytes = 0;
            continue;
        }
        // A quote inside an unquoted field, or text after a closing quote, is kept as data, as most
        // readers do: hand-edited files have them and failing the whole import helps nobody.
        field.append(char(c));
        state = State::Unquoted;
    }
}

} // namespace recertify
