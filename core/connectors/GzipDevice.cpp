#include "core/connectors/GzipDevice.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <libdeflate.h>
#include <zlib.h>

namespace recertify {

struct GzipDevice::Stream
{
    z_stream z {};
    bool initialised = false;
};

GzipDevice::GzipDevice(QIODevice* compressed)
    : m_source(compressed)
    , m_stream(std::make_unique<Stream>())
{
}

GzipDevice::~GzipDevice()
{
    close();
}

bool GzipDevice::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_source->isReadable()) {
        setErrorString(QCoreApplication::translate("GzipDevice", "a compressed stream can only be read"));
        return false;
    }
    // 15 + 32: detect gzip or zlib headers automatically.
    if (inflateInit2(&m_stream->z, 15 + 32) != Z_OK) {
        setErrorString(QCoreApplication::translate("GzipDevice", "cannot start decompressing"));
        return false;
    }
    m_stream->initialised = true;
    return QIODevice::open(mode);
}

void GzipDevice::close()
{
    if (m_stream && m_stream->initialised) {
        inflateEnd(&m_stream->z);
        m_stream->initialised = false;
    }
    if (isOpen())
        QIODevice::close();
}

std::optional<QByteArray> GzipDevice::inflateWhole(QByteArrayView compressed, qint64 cap)
{
    struct Free
    {
        void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
    };
    thread_local std::unique_ptr<libdeflate_decompressor, Free> decompressor(libdeflate_alloc_decompressor());
    if (!decompressor || compressed.size() < 18)
        return std::nullopt;
    // The last member's trailer gives its size (mod 4 GiB): believed up to deflate's best ratio, else a guess.
    const qint64 stated = qFromLittleEndian<quint32>(compressed.data() + compressed.size() - 4);
    qint64 room = stated > 0 && stated <= compressed.size() * 1100 ? stated : compressed.size() * 12;
    room = std::min(room, cap);
    QByteArray out;
    qint64 written = 0;
    qsizetype read = 0;
    while (read < compressed.size()) {
        if (out.size() - written < 1024 || out.size() < room)
            out.resize(qsizetype(std::min<qint64>(std::max<qint64>(room, written + 64 * 1024), cap)));
        size_t used = 0;
        size_t made = 0;
        const auto result = libdeflate_gzip_decompress_ex(decompressor.get(), compressed.data() + read,
                                                          size_t(compressed.size() - read), out.data() + written,
                                                          size_t(out.size() - written), &used, &made);
        if (result == LIBDEFLATE_INSUFFICIENT_SPACE) {
            if (out.size() >= cap)
                return std::nullopt; // larger than the cap: the streaming reader says so
            room = std::min<qint64>(qint64(out.size()) * 2, cap);
            continue;
        }
        if (result != LIBDEFLATE_SUCCESS)
            return std::nullopt;
        read += qsizetype(used);
        written += qint64(made);
        // Another member follows, or the zeros some writers pad with.
        const QByteArrayView rest = compressed.sliced(read);
        if (std::all_of(rest.begin(), rest.end(), [](char c) { return c == 0; }))
            break;
        room = written + std::max<qint64>(64 * 1024, qint64(rest.size()) * 12);
    }
    out.resize(qsizetype(written));
    return out;
}

bool GzipDevice::isGzip(const QString& path, QIODevice* file)
{
    return path.endsWith(QLatin1String(".gz")) || file->peek(2) == QByteArrayView("\x1f\x8b", 2);
}

QByteArray GzipDevice::readCapped(QIODevice* device, qint64 cap)
{
    QByteArray out;
    while (out.size() <= cap) {
        const QByteArray chunk = device->read(std::min<qint64>(1 << 20, cap + 1 - out.size()));
        if (chunk.isEmpty())
            break;
        out += chunk;
    }
    return out;
}

QByteArray GzipDevice::readLineCapped(QIODevice* device, qint64 cap, bool* tooLong)
{
    *tooLong = false;
    QByteArray line;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = device->readLine(buffer, qint64(sizeof buffer));
        if (n <= 0)
            break;
        line.append(buffer, qsizetype(n));
        if (buffer[n - 1] == '\n')
            break;
        if (line.size() > cap) {
            *tooLong = true;
            break;
        }
    }
    return line;
}

qint64 GzipDevice::readData(char* data, qint64 maxSize)
{
    if (m_finished || maxSize <= 0)
        return m_finished ? -1 : 0;
    z_stream& z = m_stream->z;
    z.next_out = reinterpret_cast<Bytef*>(data);
    z.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
    while (z.avail_out > 0) {
        if (z.avail_in == 0) {
            m_input = m_source->read(64 * 1024);
            if (m_input.isEmpty()) {
                const qint64 produced = maxSize - z.avail_out;
                if (produced == 0) {
                    setErrorString(
                        QCoreApplication::translate("GzipDevice", "the compressed data ends early (truncated file)"));
                    m_failed = true;
                    return -1;
                }
                return produced;
            }
            m_compressedRead += m_input.size();
            z.next_in = reinterpret_cast<Bytef*>(m_input.data());
            z.avail_in = uInt(m_input.size());
        }
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            // A concatenated member may follow (gzip allows several); otherwise we are done.
            if (z.avail_in == 0 && m_source->atEnd()) {
                m_finished = true;
                break;
            }
            inflateReset(&z);
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            setErrorString(
                QCoreApplication::translate("GzipDevice", "corrupt compressed data at byte %1 of the file: %2")
                    .arg(m_compressedRead - z.avail_in)
                    .arg(QString::fromLatin1(z.msg ? z.msg : "inflate failed")));
            m_failed = true;
            return -1;
        }
    }
    return maxSize - z.avail_out;
}

} // namespace recertify
