#include "core/sync/SightedLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>
#include <algorithm>
#include <limits>
#include <queue>

namespace recertify {

namespace {

QString unreadable(const QString& why)
{
    return QCoreApplication::translate("SightedLog", "cannot read back the event ids kept on disk: %1").arg(why);
}

// One run read back in blocks, so merging holds a block per run, not the run.
class RunReader
{
public:
    explicit RunReader(QTemporaryFile* file)
        : m_file(file)
    {
    }
    bool start()
    {
        if (!m_file->seek(0)) {
            m_failed = true; // a run that cannot be read back is an error, never a run left out
            return false;
        }
        return refill();
    }
    bool atEnd() const { return m_at >= m_block.size(); }
    const SightedEvent& current() const { return m_block[m_at]; }
    bool advance() { return ++m_at < m_block.size() || refill(); }
    bool failed() const { return m_failed; }

private:
    bool refill()
    {
        constexpr qint64 kBlock = 1 << 16;
        m_block.resize(size_t(kBlock));
        const qint64 read
            = m_file->read(reinterpret_cast<char*>(m_block.data()), kBlock * qint64(sizeof(SightedEvent)));
        if (read < 0 || read % qint64(sizeof(SightedEvent)) != 0) {
            m_failed = true;
            read < 0 ? m_block.clear() : m_block.resize(size_t(read / qint64(sizeof(SightedEvent))));
            m_at = 0;
            return false;
        }
        m_block.resize(size_t(read / qint64(sizeof(SightedEvent))));
        m_at = 0;
        return !m_block.empty();
    }

    QTemporaryFile* m_file;
    std::vector<SightedEvent> m_block;
    size_t m_at = 0;
    bool m_failed = false;
};

} // namespace

SightedLog::SightedLog(size_t runEvents)
    : m_runEvents(std::max<size_t>(1, runEvents))
{
}

SightedLog::~SightedLog() = default;
SightedLog::SightedLog(SightedLog&&) noexcept = default;
SightedLog& SightedLog::operator=(SightedLog&&) noexcept = default;

void SightedLog::add(const SightedEvent& event)
{
    if (m_buffer.capacity() == 0)
        m_buffer.reserve(std::min<size_t>(m_runEvents, 4096));
    m_buffer.push_back(event);
    ++m_size;
    if (m_buffer.size() >= m_runEvents)
        spill();
}

void SightedLog::spill()
{
    std::sort(m_buffer.begin(), m_buffer.end());
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/recertify-events-XXXXXX"));
    const qint64 bytes = qint64(m_buffer.size() * sizeof(SightedEvent));
    if (!file->open() || file->write(reinterpret_cast<const char*>(m_buffer.data()), bytes) != bytes
        || !file->flush()) {
        // Kept in memory instead (no temporary space): the import goes on, as it did before runs went to disk.
        m_runEvents = std::numeric_limits<size_t>::max();
        return;
    }
    m_runs.push_back(std::move(file));
    m_buffer.clear();
}

Status SightedLog::forEachSorted(const std::function<Status(const SightedEvent&)>& visit) const
{
    std::sort(m_buffer.begin(), m_buffer.end());
    std::vector<RunReader> readers;
    readers.reserve(m_runs.size());
    for (const auto& run : m_runs) {
        readers.emplace_back(run.get());
        if (!readers.back().start() && readers.back().failed())
            return makeError(unreadable(run->errorString()));
    }
    // Sources: the runs on disk and the buffer in memory (index readers.size()).
    size_t inMemory = 0;
    auto headOf = [&](size_t source) -> const SightedEvent& {
        return source < readers.size() ? readers[source].current() : m_buffer[inMemory];
    };
    auto later = [&](size_t a, size_t b) {
        return headOf(b) < headOf(a);
    };
    std::priority_queue<size_t, std::vector<size_t>, decltype(later)> heads(later);
    for (size_t i = 0; i < readers.size(); ++i) {
        if (!readers[i].atEnd())
            heads.push(i);
    }
    if (!m_buffer.empty())
        heads.push(readers.size());
    while (!heads.empty()) {
        const size_t source = heads.top();
        heads.pop();
        if (auto status = visit(headOf(source)); !status)
            return status;
        const bool more = source < readers.size() ? readers[source].advance() : ++inMemory < m_buffer.size();
        if (source < readers.size() && readers[source].failed())
            return makeError(unreadable(m_runs[source]->errorString()));
        if (more)
            heads.push(source);
    }
    return {};
}

} // namespace recertify
