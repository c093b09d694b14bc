#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace recertify {

/**
 * Yields the objects of one array in a JSON document, one at a time, reading the device in
 * chunks: {"Records":[{…},{…}]} of any size costs the memory of one record. Each object is
 * parsed on its own, so a fault names the byte offset where its record starts.
 */
class JsonArrayStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonArrayStream)

public:
    static constexpr int kMaxDepth = 256;
    static constexpr qsizetype kMaxRecordBytes = 32 * 1024 * 1024;

    /** key: the top-level member holding the array ("Records"); empty for a top-level array. */
    JsonArrayStream(QIODevice* device, QString where, QString key);

    /** False at the end or on an error; check errorString(). */
    bool next(QJsonObject* object, qint64* offset = nullptr);
    QString errorString() const { return m_error; }
    qint64 bytesRead() const { return m_position; }
    /** True once the array was found (false at the end means: the document had no such array). */
    bool foundArray() const { return m_inArray || m_arrayDone || m_arrays > 0; }

    /**
     * Top-level arrays one after another (`gh api --paginate` writes `[…][…]`): their objects are
     * yielded as one sequence, pageIndex() telling which array each came from.
     */
    void setConcatenated(bool concatenated) { m_concatenated = concatenated; }
    int pageIndex() const { return m_arrays; }

private:
    QIODevice* m_device;
    QString m_where;
    QString m_key;
    QByteArray m_buffer;
    qsizetype m_index = 0;
    qint64 m_position = 0; ///< absolute offset of m_buffer[m_index]
    int m_depth = 0;
    int m_arrayDepth = 0; ///< depth of the array being read, to know its end (members may follow it)
    bool m_inString = false;
    bool m_escape = false;
    bool m_inArray = false;
    bool m_arrayDone = false;
    bool m_concatenated = false;
    int m_arrays = 0; ///< top-level arrays closed so far (concatenated mode)
    QByteArray m_lastString;
    QByteArray m_currentKey;
    QString m_error;
};

} // namespace recertify
