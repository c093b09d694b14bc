#include "core/connectors/aws/IamDenies.h"

#include "core/util/Glob.h"

#include <QJsonObject>

namespace recertify {

namespace {

bool matchesAny(const QStringList& patterns, const QString& action)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QString& pattern) { return Glob(pattern).matches(action); });
}

} // namespace

QStringList IamDenies::stringOrArray(const QJsonValue& value)
{
    if (value.isString())
        return { value.toString() };
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

void IamDenies::add(const QJsonArray& statements, const QString& via)
{
    for (const QJsonValue& value : statements) {
        const QJsonObject s = value.toObject();
        if (s.value(QStringLiteral("Effect")).toString() != QLatin1String("Deny"))
            continue;
        Deny deny;
        deny.via = via;
        const bool notAction = s.contains(QStringLiteral("NotAction"));
        deny.actions = stringOrArray(s.value(notAction ? QStringLiteral("NotAction") : QStringLiteral("Action")));
        if (notAction) // denies everything but these: beyond this reading, said beside every grant
            deny.actions = { QStringLiteral("*") };
        const QStringList resources = stringOrArray(s.value(QStringLiteral("Resource")));
        deny.everywhere = !notAction && s.value(QStringLiteral("Condition")).toObject().isEmpty()
            && !s.contains(QStringLiteral("NotResource")) && resources.contains(QStringLiteral("*"));
        m_denies << deny;
    }
}

QList<Grant> IamDenies::apply(const QList<Grant>& grants, QStringList* removed) const
{
    QList<Grant> kept;
    for (Grant grant : grants) {
        if (grant.permission.startsWith(QLatin1String("NotAction:")) && !grant.isUnresolved()
            && !grant.resourceScope.startsWith(QLatin1String("trust-policy"))) {
            // All but what it lists: a Deny everywhere leaves out what it denies as well ("*" leaves nothing), one
            // that applies only sometimes may refuse.
            QStringList except = grant.permission.mid(10).split(u',', Qt::SkipEmptyParts);
            QStringList mayRefuse;
            bool denied = false;
            for (const Deny& deny : m_denies) {
                if (deny.everywhere && deny.actions.contains(QStringLiteral("*"))) {
                    denied = true;
                    *removed << grant.permission + QStringLiteral(" (denied by ") + deny.via + u')';
                    break;
                }
                if (!deny.everywhere) {
                    if (!mayRefuse.contains(deny.via))
                        mayRefuse << deny.via;
                    continue;
                }
                for (const QString& pattern : deny.actions) {
                    if (!matchesAny(except, pattern))
                        except << pattern;
                }
            }
            if (denied)
                continue;
            grant.permission = QStringLiteral("NotAction:") + except.join(u',');
            if (!mayRefuse.isEmpty())
                grant.grantedVia += QStringLiteral(" unless denied by ") + mayRefuse.join(QStringLiteral(", "));
            kept << grant;
            continue;
        }
        const bool action = !grant.resourceScope.startsWith(QLatin1String("trust-policy")) && !grant.isUnresolved();
        if (!action) {
            kept << grant;
            continue;
        }
        bool denied = false;
        QStringList carved;
        QStringList mayRefuse;
        for (const Deny& deny : m_denies) {
            if (deny.everywhere && matchesAny(deny.actions, grant.permission)) {
                denied = true;
                *removed << grant.permission + QStringLiteral(" (denied by ") + deny.via + u')';
                break;
            }
            for (const QString& pattern : deny.actions) {
                // A Deny narrower than the grant ("iam:*" within "*"), or one that applies only sometimes.
                const bool overlaps
                    = Glob(grant.permission).matches(pattern) || Glob(pattern).matches(grant.permission);
                if (!overlaps)
                    continue;
                if (deny.everywhere)
                    carved << pattern;
                else if (!mayRefuse.contains(deny.via))
                    mayRefuse << deny.via;
            }
        }
        if (denied)
            continue;
        carved.removeDuplicates();
        if (!carved.isEmpty())
            grant.grantedVia += QStringLiteral(" except ") + carved.join(QStringLiteral(", "));
        if (!mayRefuse.isEmpty())
            grant.grantedVia += QStringLiteral(" unless denied by ") + mayRefuse.join(QStringLiteral(", "));
        kept << grant;
    }
    return kept;
}

} // namespace recertify
