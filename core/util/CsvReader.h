#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace recertify {

/**
 * A streaming RFC 4180 reader: UTF-8 with an optional BOM, CRLF or LF line ends, quoted fields
 * with "" escapes and embedded newlines. It reads the device in chunks, so memory stays at one
 * chunk plus one record whatever the file size. Blank lines are skipped; fields are raw strings.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /** Largest record accepted: a stray quote must not pull the rest of a huge file into memory. */
    static constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024;

    /** Reads from an open device it does not own; a read that returns nothing is taken as the end. */
    explicit CsvReader(QIODevice* device, qsizetype chunkSize = 64 * 1024);

    /** The next record's fields; false at the end of input or on an error (see errorString()). */
    bool next(QStringList* fields);
    /** The physical line (1-based) on which the current record started. */
    qint64 line() const { return m_recordLine; }
    /** Why reading stopped early ("line 7: …"), empty at a clean end. */
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }
    /** Bytes consumed so far, for progress. */
    qint64 bytesRead() const { return m_bytesFilled - (m_buffer.size() - m_pos); }

private:
    int peek();
    int get();
    bool fill();
    void skipBom();
    bool fail(QStringList* fields, const QString& error);

    QIODevice* m_device;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesFilled = 0;
    qint64 m_physicalLine = 1;
    qint64 m_recordLine = 0;
    bool m_atEof = false;
    bool m_started = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace recertify
