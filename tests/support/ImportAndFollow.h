#pragma once

#include "core/pipeline/AfterChange.h"
#include "core/sync/SyncEngine.h"

namespace recertify::test {

/** An import the way the app and the CLI run one: the sync, then what follows every change. */
struct ImportAndFollow
{
    DatabasePtr database;
    const Clock& clock;

    [[nodiscard]] Result<SyncReport> run(Importer& importer, const QStringList& inputs) const
    {
        SyncEngine engine(database, clock);
        return AfterChange(database, clock).sync(engine, importer, inputs, QStringLiteral("test"));
    }
};

} // namespace recertify::test
