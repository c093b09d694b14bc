#include "core/analysis/TrustDebtWeights.h"

#include <QHash>

namespace recertify {

namespace {

// The order is the order of severity a reviewer reads them in.
const DebtWeight kWeights[] = {
    { "admin-grant", "high", 30, 0.05, 40, "NHI5" },       { "orphaned", "high", 15, 0.05, 25, "NHI1" },
    { "expired-active", "high", 15, 0.10, 25, "NHI1" },    { "out-of-scope-action", "high", 8, 0.10, 20, "NHI5" },
    { "human-use", "high", 10, 0.05, 20, "NHI10" },        { "open-trust", "high", 12, 0.05, 20, "NHI6" },
    { "destructive-tool", "medium", 4, 0.02, 8, "NHI5" },  { "sensitive-grant", "medium", 6, 0.02, 12, "NHI5" },
    { "stale-credential", "medium", 6, 0.02, 12, "NHI7" }, { "scope-creep", "medium", 5, 0.05, 12, "NHI5" },
    { "removal-pending", "medium", 2, 0.02, 8, "NHI5" },   { "unused-grant", "medium", 1, 0.01, 12, "NHI5" },
    { "dormant", "medium", 5, 0.02, 10, "NHI1" },          { "never-used", "medium", 5, 0.02, 10, "NHI1" },
    { "review-overdue", "medium", 4, 0.01, 8, "NHI1" },    { "no-expiry", "low", 2, 0.005, 4, "NHI7" },
    { "no-purpose", "low", 2, 0.005, 4, "NHI1" },          { "expiring-credential", "low", 2, 0.0, 2, "NHI7" },
    { "unresolved-grant", "low", 1, 0.0, 3, "NHI5" },
};

} // namespace

std::span<const DebtWeight> TrustDebtWeights::all()
{
    return kWeights;
}

const DebtWeight* TrustDebtWeights::of(const QString& type)
{
    for (const DebtWeight& w : kWeights) {
        if (type == QLatin1String(w.type))
            return &w;
    }
    return nullptr;
}

QString TrustDebtWeights::label(const QString& type)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("admin-grant"), QT_TR_NOOP("Admin grant") },
        { QStringLiteral("orphaned"), QT_TR_NOOP("Orphaned") },
        { QStringLiteral("expired-active"), QT_TR_NOOP("Expired, still active") },
        { QStringLiteral("out-of-scope-action"), QT_TR_NOOP("Out-of-scope action") },
        { QStringLiteral("human-use"), QT_TR_NOOP("Human use") },
        { QStringLiteral("open-trust"), QT_TR_NOOP("Open trust") },
        { QStringLiteral("destructive-tool"), QT_TR_NOOP("Destructive tool") },
        { QStringLiteral("sensitive-grant"), QT_TR_NOOP("Sensitive grant") },
        { QStringLiteral("stale-credential"), QT_TR_NOOP("Stale credential") },
        { QStringLiteral("scope-creep"), QT_TR_NOOP("Scope creep") },
        { QStringLiteral("removal-pending"), QT_TR_NOOP("Removal pending") },
        { QStringLiteral("unused-grant"), QT_TR_NOOP("Unused grant") },
        { QStringLiteral("dormant"), QT_TR_NOOP("Dormant") },
        { QStringLiteral("never-used"), QT_TR_NOOP("Never used") },
        { QStringLiteral("review-overdue"), QT_TR_NOOP("Review overdue") },
        { QStringLiteral("no-expiry"), QT_TR_NOOP("No expiry") },
        { QStringLiteral("no-purpose"), QT_TR_NOOP("No purpose") },
        { QStringLiteral("expiring-credential"), QT_TR_NOOP("Expiring credential") },
        { QStringLiteral("unresolved-grant"), QT_TR_NOOP("Unresolved grant") }
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : tr(*it);
}

QString TrustDebtWeights::severityLabel(const QString& severity)
{
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("low"))
        return tr("Low");
    return severity;
}

QString TrustDebtWeights::describe(const QString& type)
{
    if (type == QLatin1String("open-trust"))
        return tr("Anyone, or an account outside its own, may assume it");
    if (type == QLatin1String("destructive-tool"))
        return tr("Offered a tool that may change or delete data: marked destructive, or not marked read-only");
    if (type == QLatin1String("sensitive-grant"))
        return tr("Reads or changes every user's mail, files or chats, deletes at large across a cluster, reaches "
                  "a namespace's Secrets and service accounts or its Pod Security level, or writes to every "
                  "repository of a GitHub account, without being administrator");
    if (type == QLatin1String("unresolved-grant"))
        return tr("Holds a policy or role whose content the input did not include");
    if (type == QLatin1String("orphaned"))
        return tr("No accountable owner: missing, unknown or departed");
    if (type == QLatin1String("expired-active"))
        return tr("Past its expiry or retirement date, yet still enabled");
    if (type == QLatin1String("admin-grant"))
        return tr("Holds an administrator or wildcard-everything grant, or one that lets it make itself administrator");
    if (type == QLatin1String("out-of-scope-action"))
        return tr("Did or tried something outside its granted or declared scope");
    if (type == QLatin1String("human-use"))
        return tr("A person used this machine identity interactively");
    if (type == QLatin1String("stale-credential"))
        return tr("A credential older than the rotation policy, or unused for long");
    if (type == QLatin1String("removal-pending"))
        return tr("Holds a grant a reviewer asked to remove");
    if (type == QLatin1String("scope-creep"))
        return tr("Gained grants since it was last certified");
    if (type == QLatin1String("unused-grant"))
        return tr("Grants not used within the observation window");
    if (type == QLatin1String("dormant"))
        return tr("Enabled but not used within the observation window");
    if (type == QLatin1String("never-used"))
        return tr("Enabled and never used");
    if (type == QLatin1String("review-overdue"))
        return tr("Not recertified within the review interval");
    if (type == QLatin1String("no-expiry"))
        return tr("No expiry date or retirement condition");
    if (type == QLatin1String("no-purpose"))
        return tr("No documented purpose");
    if (type == QLatin1String("expiring-credential"))
        return tr("A credential expires soon");
    return type;
}

QString TrustDebtWeights::owaspTitle(const QString& code)
{
    static const char* const titles[]
        = { "Improper Offboarding",    "Secret Leakage",        "Vulnerable Third-Party NHI",
            "Insecure Authentication", "Overprivileged NHI",    "Insecure Cloud Deployment Configurations",
            "Long-Lived Secrets",      "Environment Isolation", "NHI Reuse",
            "Human Use of NHI" };
    bool ok = false;
    const int n = code.mid(3).toInt(&ok);
    return ok && n >= 1 && n <= 10 ? QString::fromLatin1(titles[n - 1]) : QString();
}

} // namespace recertify
