#pragma once

#include "core/domain/Credential.h"
#include "core/domain/Grant.h"
#include "core/domain/Identity.h"
#include "core/domain/LifecycleEvent.h"
#include "core/domain/Person.h"
#include "core/domain/UsageRecord.h"
#include "core/storage/AuditLog.h"
#include "core/storage/BulkStatement.h"
#include "core/util/Result.h"

#include <optional>

namespace recertify {

/**
 * Bulk writes of estate records inside a transaction the caller owns. Statements are prepared
 * once and reused, so a hundred thousand identities take seconds, not minutes.
 */
class EstateWriter
{
public:
    explicit EstateWriter(const QSqlDatabase& transaction);

    [[nodiscard]] Status prepare();
    [[nodiscard]] Result<qint64> insertIdentity(const Identity& identity, const QDateTime& now);
    [[nodiscard]] Status insertCredential(const Credential& credential);
    [[nodiscard]] Status insertGrant(const Grant& grant);
    /** Adds to the day's aggregate: counts add up, the latest sighting wins. */
    [[nodiscard]] Status addUsage(const UsageRecord& usage);
    /** The same with the action and outcome as UTF-8 already: an import writes hundreds of thousands of rows. */
    [[nodiscard]] Status addUsage(qint64 identityId, const QByteArray& action, const QDate& day,
                                  const QByteArray& outcome, qint64 count, const QDateTime& lastSeen);
    [[nodiscard]] Status insertLifecycle(const LifecycleEvent& event);
    [[nodiscard]] Status upsertPerson(const Person& person);
    /** Removes every identity and what hangs off it, and the people directory. */
    [[nodiscard]] Status clearEstate();

private:
    QSqlDatabase m_db;
    // Each run once per record (a demo estate of 100,000 identities has half a million grants): bound by SQLite.
    std::optional<BulkStatement> m_identity;
    std::optional<BulkStatement> m_credential;
    std::optional<BulkStatement> m_grant;
    std::optional<BulkStatement> m_usage;
    std::optional<BulkStatement> m_lifecycle;
    std::optional<BulkStatement> m_person;
    AuditLog m_audit;
};

} // namespace recertify
