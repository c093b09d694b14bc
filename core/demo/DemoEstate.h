#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <functional>

namespace recertify {

/** What the demo generator wrote. */
struct DemoSummary
{
    int identities = 0;
    int people = 0;
    int credentials = 0;
    int grants = 0;
    int usageRows = 0;
    int subAgents = 0;
};

/**
 * A realistic synthetic estate, deterministic per seed and clock: AI agents and their sub-agents,
 * service accounts, principals, keys, Kubernetes and GitHub identities; owners present, missing and
 * departed; credentials of many ages; wildcard and admin grants; usage that leaves grants unused
 * and strays out of scope. Written in one transaction with prepared statements.
 */
class DemoEstate
{
public:
    struct Options
    {
        int identities = 300;
        quint32 seed = 1;
        bool replace = false; ///< clear an estate that is already there
    };

    using Progress = std::function<void(int done, int total)>;

    [[nodiscard]] static Result<DemoSummary> generate(const Database& database, const Options& options,
                                                      const Clock& clock, const Progress& progress = {});
};

} // namespace recertify
