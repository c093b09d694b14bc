#pragma once

#include "connectors/Importer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace recertify {

/**
 * `aws iam get-account-authorization-details` JSON: users and roles become identities; inline,
 * attached managed (resolved to their default version) and group policies become grants, one per
 * action, wildcards kept. Owners and purpose come from tags. Both timestamp styles are read.
 */
class AwsIamImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(AwsIamImporter)

public:
    QString format() const override { return QStringLiteral("aws-iam"); }
    QString source() const override { return QStringLiteral("aws"); }
    bool isInventory() const override { return true; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

private:
    struct Context
    {
        QString path;
        QHash<QString, QJsonArray> managedStatements; ///< policy ARN -> default version's statements
        QHash<QString, QList<Grant>> groupGrants;     ///< group name -> grants
    };

    [[nodiscard]] Status readPrincipal(const Context& context, const QJsonObject& principal, bool role, int index,
                                       RecordSink& sink) const;
    static QList<Grant> grantsFromStatements(const QJsonArray& statements, const QString& via);
};

} // namespace recertify
