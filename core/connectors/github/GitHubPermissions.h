#pragma once

#include "core/domain/Grant.h"

#include <QList>
#include <QString>

namespace recertify {

/**
 * GitHub's audit log names what happened (git.push, repo.create) and a classic token's scopes (repo, workflow);
 * grants are fine-grained permissions (contents:write). Two tables shipped with the app, summarised from GitHub's
 * documentation (origin in their headers), put both in the grants' terms.
 */
class GitHubPermissions
{
public:
    /** The permission an audit action needs, or an empty string when none does (or the action is not listed). */
    [[nodiscard]] static QString forAction(const QString& action, bool inRepository);
    /** The grants a classic token's comma-separated token_scopes amount to, via "scope NAME". */
    [[nodiscard]] static QList<Grant> forScopes(const QString& tokenScopes, const QString& resourceScope);
};

} // namespace recertify
