#pragma once

#include <QString>

namespace recertify {

/** What the inventory asks for: a filter and an order, evaluated by the store, never in memory. */
struct IdentityQuery
{
    enum class SortKey
    {
        DisplayName,
        Kind,
        Source,
        BusinessOwner,
        Status,
        CreatedAt,
        LastUsedAt,
        TrustDebt
    };

    QString text; ///< matches name, native id or owner, case-insensitively
    QString kind; ///< empty for all
    QString source; ///< empty for all
    bool orphanedOnly = false;
    SortKey sortKey = SortKey::DisplayName;
    bool ascending = true;
};

/** Counts for the status bar and the dashboard. */
struct InventoryStats
{
    int identities = 0;
    int aiAgents = 0;
    int withoutOwner = 0;
    int ownerDeparted = 0;
    int disabled = 0;
    int shadow = 0;
};

} // namespace recertify
