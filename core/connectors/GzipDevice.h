#pragma once

#include <QIODevice>
#include <memory>
#include <optional>

namespace recertify {

/**
 * Reads a gzip (or zlib) stream as it inflates, in fixed-size chunks: CloudTrail's .json.gz files
 * are never held whole in memory. Read-only and sequential.
 */
class GzipDevice final : public QIODevice
{
public:
    /** At most cap + 1 bytes from device, read in chunks: nothing is allocated for bytes that never come. */
    static QByteArray readCapped(QIODevice* device, qint64 cap);
    /**
     * One line (with its newline) of at most cap bytes, grown as it comes: QIODevice::readLine(max)
     * would allocate max bytes for every line. Past cap, *tooLong is set and the rest is not read.
     */
    static QByteArray readLineCapped(QIODevice* device, qint64 cap, bool* tooLong);
    /**
     * A whole gzip file (one member or several) inflated at once by libdeflate, at most cap bytes; nullopt when it
     * is damaged, cut or larger, for the streaming reader to say where and why.
     */
    static std::optional<QByteArray> inflateWhole(QByteArrayView compressed, qint64 cap);
    /** A file named *.gz, or one that starts with gzip's magic bytes whatever its name (a copy, a download). */
    static bool isGzip(const QString& path, QIODevice* file);

    explicit GzipDevice(QIODevice* compressed);
    ~GzipDevice() override;

    bool isSequential() const override { return true; }
    bool open(OpenMode mode) override;
    void close() override;
    /** Bytes of compressed input consumed so far, for progress. */
    qint64 compressedRead() const { return m_compressedRead; }
    /** True once the stream broke off or was corrupt (errorString() says how); false at a clean end. */
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    struct Stream;
    QIODevice* m_source;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_input;
    qint64 m_compressedRead = 0;
    bool m_finished = false;
    bool m_failed = false;
};

} // namespace recertify
