#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/aws/IamDenies.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace recertify {

/**
 * `aws iam get-account-authorization-details` JSON: users and roles become identities; inline,
 * attached managed (resolved to their default version) and group policies become grants, one per
 * action, wildcards kept. Owners and purpose come from tags. Both timestamp styles are read.
 * A managed policy whose document is not in the input stays a grant by ARN, marked unresolved.
 * A listing is complete for an account's roles or users only when it is not truncated, or when
 * the run holds its pages up to the last one; only then is a role or user it leaves out retired.
 */
class AwsIamImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(AwsIamImporter)

public:
    /** "OPERATOR key", with the value where it can be judged (PermissionMatcher::narrows, escalatesToAdmin). */
    [[nodiscard]] static QString conditionTest(const QString& op, const QString& key, const QJsonValue& value);
    /** Past this many grants one user or role is refused rather than expanded. */
    static constexpr qsizetype kMaxGrantsPerIdentity = 250000;

    QString format() const override { return QStringLiteral("aws-iam"); }

    /** A folder of saved answers (one per page or query) is read file by file, in name order. */
    QStringList folderPatterns() const override { return { QStringLiteral("*.json") }; }
    QString source() const override { return QStringLiteral("aws"); }
    bool isInventory() const override { return true; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    void start() override;
    [[nodiscard]] Status finish(RecordSink& sink) override;
    /** One page of the listing as the CLI prints it (the live connector converts the API's XML to it); `origin` names
     * it. */
    [[nodiscard]] Status readPage(const QJsonObject& page, const QString& origin, RecordSink& sink);

private:
    struct Principal
    {
        QJsonObject json;
        bool role = false;
        int index = 0;
        QString path;
    };

    /** Everything the run's pages said: a policy or group may sit on another page than its users. */
    struct Context
    {
        QHash<QString, QJsonArray> managedStatements; ///< policy ARN -> default version's statements
        /// policy ARN -> the file its statements came from and that policy's UpdateDate there
        QHash<QString, QPair<QString, QDateTime>> managedFrom;
        QList<QJsonObject> groups;
        QHash<QString, QList<Grant>> groupGrants; ///< group name -> grants
        QHash<QString, IamDenies> groupDenies; ///< group name -> its policies' Deny statements
        /// group name -> the grantedVia of its attached policies whose documents the input leaves out
        QHash<QString, QStringList> groupKeptVia;
        QList<Principal> principals;
        QSet<QString> truncatedScopes; ///< "account:ID/roles" listed by a page with more to come
        QSet<QString> finalScopes; ///< listed by a whole listing or its last page
        QHash<QString, QString> finalFileOf; ///< scope -> the file whose whole listing (or last page) lists it
        QSet<QString> twoSnapshots; ///< pairs of files already said to list one account twice
        QSet<QString> filledScopes; ///< scopes whose list held at least one entry on some page
        bool policiesMissing = false; ///< an attached managed policy's document was not in the input
        QHash<QString, QString> seenIds; ///< RoleId/UserId -> ARN, to catch one id listed twice
        QSet<QString> sharedIds; ///< ids the input lists under more than one ARN: each of those is kept by its ARN
        /// The latest time the input states: the export was made then or later.
        QDateTime latest;
        QHash<QString, QDateTime> latestByAccount; ///< the same, of the files that list each account
        QStringList unusedRoles; ///< ARNs of roles whose RoleLastUsed is present and empty
    };

    [[nodiscard]] Status readPrincipal(const Principal& principal, RecordSink& sink);
    QList<Grant> managedGrants(const QString& arn, const QString& via, RecordSink& sink);
    /** Whether the input holds the policy's document (or it is AWS's AdministratorAccess, which is known). */
    bool resolvable(const QString& arn) const;
    /** Who may assume a role from outside its account ("*" or another account), kept as trust-policy entries. */
    static void trustFindings(const QJsonObject& role, StagedIdentity& staged);
    /** Narrows the grants to what the principal's permissions boundary also allows. */
    void applyBoundary(const QJsonObject& principal, StagedIdentity& staged, IamDenies& denies, RecordSink& sink) const;
    Context m_context;
    static QList<Grant> grantsFromStatements(const QJsonArray& statements, const QString& via);
};

} // namespace recertify
