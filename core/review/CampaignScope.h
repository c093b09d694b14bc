#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QVariantList>

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

    /** SQL conditions over identities i (and people p, joined on the business owner). */
    QString where(QVariantList* binds) const;
    QString expression() const { return m_expression; }

private:
    QString m_expression;
    QStringList m_sources;
    QStringList m_kinds;
    QStringList m_statuses;
    QStringList m_findings;
    QList<qint64> m_ids;
    double m_minDebt = -1;
    bool m_orphaned = false;
};

} // namespace recertify
