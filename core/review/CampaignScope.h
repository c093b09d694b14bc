#pragma once

#include "core/domain/Campaign.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace recertify {

/**
 * Which identities a campaign covers, written as space-separated terms that must all hold:
 * `source=aws kind=ai-agent debt>=50 orphaned finding=admin-grant status=active ids=4,9`. Empty: every
 * identity that is not retired.
 */
class CampaignScope
{
    Q_DECLARE_TR_FUNCTIONS(CampaignScope)

public:
    [[nodiscard]] static Result<CampaignScope> parse(const QString& expression);

    const IdentitySelection& selection() const { return m_selection; }
    QString expression() const { return m_expression; }

private:
    QString m_expression;
    IdentitySelection m_selection;
};

} // namespace recertify
