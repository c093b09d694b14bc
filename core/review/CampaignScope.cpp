#include "CampaignScope.h"

#include "analysis/TrustDebtWeights.h"
#include "domain/IdentityKind.h"
#include "domain/LifecycleState.h"

namespace recertify {

Result<CampaignScope> CampaignScope::parse(const QString& expression)
{
    CampaignScope scope;
    scope.m_expression = expression.simplified();
    const QStringList terms = scope.m_expression.split(u' ', Qt::SkipEmptyParts);
    for (const QString& term : terms) {
        if (term == QLatin1String("orphaned")) {
            scope.m_orphaned = true;
            continue;
        }
        if (term.startsWith(QLatin1String("debt>="))) {
            bool ok = false;
            scope.m_minDebt = term.mid(6).toDouble(&ok);
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
                scope.m_ids << id;
            }
        } else if (key == QLatin1String("source")) {
            scope.m_sources += values;
        } else if (key == QLatin1String("kind")) {
            for (const QString& v : values) {
                if (!IdentityKind::all().contains(v))
                    return fieldError(QStringLiteral("scope"), tr("unknown kind \"%1\"").arg(v));
            }
            scope.m_kinds += values;
        } else if (key == QLatin1String("status")) {
            for (const QString& v : values) {
                if (!LifecycleState::all().contains(v))
                    return fieldError(QStringLiteral("scope"), tr("unknown status \"%1\"").arg(v));
            }
            scope.m_statuses += values;
        } else if (key == QLatin1String("finding")) {
            for (const QString& v : values) {
                if (!TrustDebtWeights::of(v))
                    return fieldError(QStringLiteral("scope"), tr("unknown finding type \"%1\"").arg(v));
            }
            scope.m_findings += values;
        } else {
            return fieldError(
                QStringLiteral("scope"),
                tr("unknown term \"%1\"; expected source=, kind=, status=, finding=, ids=, debt>= or orphaned")
                    .arg(key));
        }
    }
    return scope;
}

QString CampaignScope::where(QVariantList* binds) const
{
    QStringList conditions;
    auto in = [&](const QString& column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            *binds << v;
        }
        conditions << column + QStringLiteral(" IN (") + marks.join(u',') + u')';
    };
    if (!m_sources.isEmpty())
        in(QStringLiteral("i.source"), m_sources);
    if (!m_kinds.isEmpty())
        in(QStringLiteral("i.kind"), m_kinds);
    if (!m_statuses.isEmpty())
        in(QStringLiteral("i.status"), m_statuses);
    else
        conditions << QStringLiteral("i.status <> 'retired'");
    if (!m_ids.isEmpty()) {
        QStringList marks;
        for (qint64 id : m_ids) {
            marks << QStringLiteral("?");
            *binds << id;
        }
        conditions << QStringLiteral("i.id IN (") + marks.join(u',') + u')';
    }
    if (m_minDebt >= 0) {
        conditions << QStringLiteral("i.trust_debt >= ?");
        *binds << m_minDebt;
    }
    if (m_orphaned)
        conditions << QStringLiteral("(i.business_owner IS NULL OR p.email IS NULL OR p.active = 0)");
    if (!m_findings.isEmpty()) {
        QStringList marks;
        for (const QString& v : m_findings) {
            marks << QStringLiteral("?");
            *binds << v;
        }
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM findings f WHERE f.identity_id = i.id AND f.resolved_at IS "
                                     "NULL AND f.type IN (")
                + marks.join(u',') + QStringLiteral("))");
    }
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace recertify
