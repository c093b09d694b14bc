#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace recertify {

/** What a database login may do in team mode; the owner of a SQLite file may do everything. */
enum class TeamRole
{
    Owner,
    Manager,
    Reviewer,
    Auditor,
    None
};

/** One person's database login and what it maps to. */
struct TeamMember
{
    QString dbRole;
    QString email;
    TeamRole role = TeamRole::None;
    QDateTime addedAt;
    QString addedBy;
};

/** What the app shows and allows for the signed-in role; the server enforces the same. */
struct Capabilities
{
    bool manageCampaigns = false; ///< create, escalate, close campaigns; triggers and templates
    bool changeEstate = false; ///< imports, syncs, ownership and lifecycle edits, analysis
    bool decide = false; ///< decide and hand on the items assigned to oneself
    bool decideForOthers = false; ///< pick any reviewer in My reviews (single-user stores only)
};

/** Who is signed in to the store. */
struct TeamSession
{
    bool teamMode = false; ///< a PostgreSQL store
    TeamRole role = TeamRole::Owner;
    QString dbRole;
    QString email; ///< empty for the owner and for logins not on the team
    Capabilities capabilities() const;
};

/**
 * Team mode on PostgreSQL: three group roles (recertify_manager, recertify_reviewer,
 * recertify_auditor), grants and row-level security so a reviewer's login reads and decides only
 * the items assigned to it, even with raw SQL; and the map from database logins to people.
 */
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    TeamService(DatabasePtr database, const Clock& clock = Clock::instance())
        : m_database(std::move(database))
        , m_clock(clock)
    {
    }

    static QString roleName(TeamRole role);
    static std::optional<TeamRole> roleFromName(const QString& name);
    static QString translatedRoleName(TeamRole role);
    /** A login name from an email's local part: "ada.lovelace@x" → "ada_lovelace". */
    static QString loginFor(const QString& email);

    /** The SCRAM-SHA-256 verifier PostgreSQL keeps for a password (RFC 7677); the password itself never leaves the
     * client. */
    static QString scramVerifier(const QString& password, const QByteArray& salt, int iterations);

    /** Creates the group roles, grants and policies (idempotent; run again after an upgrade). Owner only. */
    [[nodiscard]] Status initialise(const QString& actor);
    /** Creates the login if missing (with the password, if given), puts it in the role's group, maps it to the email;
     * audited. */
    [[nodiscard]] Status addMember(const QString& email, TeamRole role, const QString& dbRole, const QString& password,
                                   const QString& actor);
    [[nodiscard]] Result<QList<TeamMember>> members() const;
    [[nodiscard]] Result<TeamSession> whoAmI() const;

private:
    DatabasePtr m_database;
    const Clock& m_clock;
};

} // namespace recertify
