#include "core/review/CampaignScope.h"

#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"

namespace recertify {

Result<CampaignScope> CampaignScope::parse(const QString& expression)
{
    CampaignScope scope;
    scope.m_expression = expression.simplified();
    const QStringList terms = scope.m_expression.split(u' ', Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        if (term == QLatin1String("orphaned")) {
            scope.m_selection.orphaned = true;
            continue;
        }
        if (term.startsWith(QLatin1String("debt>="))) {
            bool ok = false;
            scope.m_selection.minDebt = term.mid(6).toDouble(&ok);
            if (!ok)
                return fieldError(QStringLiteral("scope"), tr("\"%1\": expected a number after debt>=").arg(term));
            continue;
        }
        const qsizetype eq = term.indexOf(u'=');
        if (eq <= 0)
            return fieldError(QStringLiteral("scope"),
                              tr("\"%1\": expected source=, kind=, status=, finding=, debt>= or orphaned").arg(term));
        const QString key = term.left(eq);
        const QStringList values = term.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
        if (values.isEmpty())
            return fieldError(QStringLiteral("scope"), tr("\"%1\": expected a value after =").arg(term));
        if (key == QLatin1String("ids")) {
            for (const QString& v : values) {
                bool ok = false;
                const qint64 id = v.toLongLong(&ok);
                if (!ok || id <= 0)
                    return fieldError(QStringLiteral("scope"), tr("\"%1\" in ids= is not an identity id").arg(v));
                scope.m_selection.ids << id;
            }
        } else if (key == QLatin1String("source")) {
            scope.m_selection.sources += values;
        } else if (key == QLatin1String("kind")) {
            for (const QString& v : values) {
                if (!IdentityKind::all().contains(v))
                    return fieldError(QStringLiteral("scope"), tr("unknown kind \"%1\"").arg(v));
            }
            scope.m_selection.kinds += values;
        } else if (key == QLatin1String("status")) {
            for (const QString& v : values) {
                if (!LifecycleState::all().contains(v))
                    return fieldError(QStringLiteral("scope"), tr("unknown status \"%1\"").arg(v));
            }
            scope.m_selection.statuses += values;
        } else if (key == QLatin1String("finding")) {
            for (const QString& v : values) {
                if (!TrustDebtWeights::of(v))
                    return fieldError(QStringLiteral("scope"), tr("unknown finding type \"%1\"").arg(v));
            }
            scope.m_selection.findings += values;
        } else {
            return fieldError(
                QStringLiteral("scope"),
                tr("unknown term \"%1\"; expected source=, kind=, status=, finding=, ids=, debt>= or orphaned")
                    .arg(key));
        }
    }
    return scope;
}

} // namespace recertify
