#pragma once

#include <QDateTime>

namespace recertify {

/** Injectable time source: due dates, expiry and "stale since N days" all read it. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /** The process-wide clock (system time unless a test replaced it). */
    static const Clock& instance();
    static void setInstance(const Clock* clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that stands still until moved; for tests and deterministic demos. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {
    }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at; }
    void advanceDays(int days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace recertify
