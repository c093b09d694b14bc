#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace recertify {

/** One row of the map from database logins to people, as stored (the role by its name). */
struct TeamMemberRow
{
    QString dbRole;
    QString email;
    QString role;
    QDateTime addedAt;
    QString addedBy;
};

/** Who the server says is signed in. */
struct SignedInRow
{
    QString dbRole;
    bool ownsStore = false; ///< a superuser or a member of the role owning the tables
    QString email; ///< from the team map; empty when the login is not on it
    QStringList groups; ///< the team groups the login belongs to
};

/**
 * Team mode's statements on PostgreSQL: the group roles, grants and row-level security policies, logins and their
 * group, the map from logins to people, and who is signed in. Which person may do what is TeamService's rule.
 */
class TeamStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamStore)

public:
    explicit TeamStore(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    static const QString kManagerGroup;
    static const QString kReviewerGroup;
    static const QString kAuditorGroup;

    /** Creates the groups, grants and policies (idempotent). */
    [[nodiscard]] Status initialise();
    /** Whether a login exists, and if so whether it is privileged (superuser, may create roles, bypasses row
     * security, or is the one signed in). Nothing when there is no such login. */
    [[nodiscard]] Result<std::optional<bool>> loginPrivileged(const QString& login);
    /** Creates or alters the login; a SCRAM verifier when given, never a password. The login must be checked. */
    [[nodiscard]] Status putLogin(const QString& login, bool exists, const QString& scramVerifier);
    /** Puts the login in one team group and out of the others. */
    [[nodiscard]] Status joinOnly(const QString& login, const QString& group);
    [[nodiscard]] Status mapMember(const TeamMemberRow& member);
    [[nodiscard]] Result<QList<TeamMemberRow>> members() const;
    [[nodiscard]] Result<SignedInRow> signedIn() const;

private:
    QSqlDatabase m_db;
};

} // namespace recertify
