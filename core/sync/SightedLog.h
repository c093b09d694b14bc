#pragma once

#include "core/util/Result.h"

#include <QtGlobal>
#include <functional>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace recertify {

/** An event with an id of its source, and the aggregate it was folded into: 16 bytes, one per event read. */
struct SightedEvent
{
    quint64 key = 0; ///< the event's id, hashed and mixed with its source
    quint32 aggregate = 0; ///< the aggregate's index in StagingSink::usage()
    quint32 counted = 0; ///< 1 for the event a record is counted by, 0 for the further actions it stands for

    friend bool operator<(const SightedEvent& a, const SightedEvent& b)
    {
        return a.key != b.key ? a.key < b.key : a.aggregate < b.aggregate;
    }
};

/**
 * Every event id one import read, to count a repeated delivery once and what an earlier import counted not again.
 * Kept in memory up to a fixed number of events; beyond that, sorted runs go to temporary files and are merged when
 * read, so memory stays the same however many events a year of logs holds.
 */
class SightedLog
{
public:
    explicit SightedLog(size_t runEvents = kRunEvents);
    ~SightedLog();
    SightedLog(SightedLog&&) noexcept;
    SightedLog& operator=(SightedLog&&) noexcept;
    SightedLog(const SightedLog&) = delete;
    SightedLog& operator=(const SightedLog&) = delete;

    /** 2 Mi events (32 MB) in memory before a run goes to disk. */
    static constexpr size_t kRunEvents = size_t(1) << 21;

    void add(const SightedEvent& event);
    bool isEmpty() const { return m_size == 0; }
    qint64 size() const { return m_size; }
    /** Runs written to disk so far. */
    int spilled() const { return int(m_runs.size()); }
    /** Every event in (key, aggregate) order, once; an error from visit, or from the disk, stops it. */
    [[nodiscard]] Status forEachSorted(const std::function<Status(const SightedEvent&)>& visit) const;

private:
    void spill();

    size_t m_runEvents;
    mutable std::vector<SightedEvent> m_buffer;
    std::vector<std::unique_ptr<QTemporaryFile>> m_runs;
    qint64 m_size = 0;
};

} // namespace recertify
