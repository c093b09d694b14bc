#pragma once

#include "core/domain/Decision.h"

#include <QDateTime>
#include <QStringList>

namespace recertify::Attestations {

/** The three attestations, in the order a reviewer answers them. */
inline const QStringList kAll = Attestation::all();

/**
 * The attestations due at now, from each one's certified-until date: one never certified, or whose date
 * has come, is due. In the order of kAll.
 */
inline QStringList due(const QDateTime& ownershipUntil, const QDateTime& scopeUntil, const QDateTime& needUntil,
                       const QDateTime& now)
{
    QStringList out;
    const QDateTime until[] = { ownershipUntil, scopeUntil, needUntil };
    for (int i = 0; i < 3; ++i) {
        if (!until[i].isValid() || until[i] <= now)
            out << kAll.at(i);
    }
    return out;
}

} // namespace recertify::Attestations
