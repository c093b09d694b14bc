#include "core/connectors/github/GitHubPermissions.h"

#include "core/util/DataTable.h"

#include <QHash>
#include <QStringList>

namespace recertify {

namespace {

struct ActionRule
{
    QString action; ///< without its trailing *
    bool prefix = false;
    QString inRepository;
    QString inOrganisation;
};

const QList<ActionRule>& actionRules()
{
    static const QList<ActionRule> rules = [] {
        QList<ActionRule> out;
        for (const QStringList& row : DataTable::rows(QStringLiteral("github-audit-permissions.tsv"))) {
            const QString action = row.value(0);
            const bool prefix = action.endsWith(u'*');
            out << ActionRule { prefix ? action.chopped(1) : action, prefix, row.value(1).trimmed(),
                                row.value(2).trimmed() };
        }
        return out;
    }();
    return rules;
}

const QHash<QString, QStringList>& scopeTable()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> out;
        for (const QStringList& row : DataTable::rows(QStringLiteral("github-classic-scopes.tsv")))
            out.insert(row.value(0), row.value(1).split(u',', Qt::SkipEmptyParts));
        return out;
    }();
    return table;
}

} // namespace

QString GitHubPermissions::forAction(const QString& action, bool inRepository)
{
    for (const ActionRule& rule : actionRules()) {
        if (rule.prefix ? action.startsWith(rule.action) : action == rule.action)
            return inRepository ? rule.inRepository : rule.inOrganisation;
    }
    return {};
}

QList<Grant> GitHubPermissions::forScopes(const QString& tokenScopes, const QString& resourceScope)
{
    QList<Grant> grants;
    QStringList done;
    for (QString scope : tokenScopes.split(u',', Qt::SkipEmptyParts)) {
        scope = scope.trimmed();
        if (scope.isEmpty() || done.contains(scope))
            continue;
        done << scope;
        const QString via = QStringLiteral("scope ") + scope;
        const auto it = scopeTable().constFind(scope);
        if (it == scopeTable().constEnd()) {
            grants << Grant { 0, 0, QStringLiteral("scope:") + scope, QStringLiteral("unresolved"), via, {} };
            continue;
        }
        for (const QString& permission : *it)
            grants << Grant { 0, 0, permission, resourceScope, via, {} }; // when it was granted is not in the log
    }
    return grants;
}

} // namespace recertify
