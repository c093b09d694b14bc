#pragma once

#include "core/connectors/Records.h"

#include <QList>

namespace recertify::test {

/** Keeps everything an importer emits, for parser tests that do not need a store. */
class CollectingSink final : public RecordSink
{
public:
    QList<StagedIdentity> identities;
    QList<ActivityEvent> events;
    QStringList skippedReasons;
    QStringList completeScopes; ///< "source scope"
    QStringList warnings;
    bool cancelAfterFirstProgress = false;
    int progressCalls = 0;

    void identity(StagedIdentity identity) override { identities.append(std::move(identity)); }
    void activity(const ActivityEvent& event) override { events.append(event); }
    void skipped(const QString& reason) override { skippedReasons.append(reason); }
    bool progress(qint64, qint64) override { return !(cancelAfterFirstProgress && ++progressCalls > 0); }
    void complete(const QString& source, const QString& scope) override
    {
        completeScopes.append(source + u' ' + scope);
    }
    void warning(const QString& message) override { warnings.append(message); }

    const StagedIdentity* find(const QString& nativeId) const
    {
        for (const StagedIdentity& s : identities) {
            if (s.identity.nativeId == nativeId)
                return &s;
        }
        return nullptr;
    }
};

} // namespace recertify::test

/** Public payloads copied into the repository with their origin and licence (tests/data/real/README.md). */
#define RECERTIFY_REAL_FIXTURE(relative) QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/real/" relative)
/** The project's own small fixtures. */
#define RECERTIFY_TEST_DATA(relative) QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/" relative)
