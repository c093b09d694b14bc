#pragma once

#include "connectors/Records.h"

#include <QList>

namespace recertify::test {

/** Keeps everything an importer emits, for parser tests that do not need a store. */
class CollectingSink final : public RecordSink
{
public:
    QList<StagedIdentity> identities;
    QList<ActivityEvent> events;
    QStringList skippedReasons;
    bool cancelAfterFirstProgress = false;
    int progressCalls = 0;

    void identity(StagedIdentity identity) override { identities.append(std::move(identity)); }
    void activity(const ActivityEvent& event) override { events.append(event); }
    void skipped(const QString& reason) override { skippedReasons.append(reason); }
    bool progress(qint64, qint64) override { return !(cancelAfterFirstProgress && ++progressCalls > 0); }

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

/** The public payloads beside the project (../shared/fixtures/real), when present. */
#define RECERTIFY_REAL_FIXTURE(relative) QStringLiteral(RECERTIFY_SOURCE_DIR "/../shared/fixtures/real/" relative)
/** The project's own small fixtures. */
#define RECERTIFY_TEST_DATA(relative) QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/" relative)
