#include "core/util/Clock.h"

namespace recertify {

namespace {
const SystemClock s_systemClock;
const Clock* s_current = &s_systemClock;
} // namespace

const Clock& Clock::instance()
{
    return *s_current;
}

void Clock::setInstance(const Clock* clock)
{
    s_current = clock ? clock : &s_systemClock;
}

} // namespace recertify
