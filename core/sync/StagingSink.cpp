#include "core/sync/StagingSink.h"

#include "core/domain/IdentityKind.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace recertify {

void StagingSink::identity(StagedIdentity staged)
{
    const QString key = staged.identity.source + u'\x1f' + staged.identity.nativeId;
    auto it = m_identityIndex.constFind(key);
    if (it == m_identityIndex.constEnd()) {
        // One credential id twice on one identity (a key and a secret sharing a keyId) is stored once: the store
        // keeps one row per credential id.
        QSet<QString> ids;
        const qsizetype listed = staged.credentials.size();
        staged.credentials.removeIf([&ids](const Credential& c) {
            const bool again = ids.contains(c.credentialId);
            ids.insert(c.credentialId);
            return again;
        });
        if (staged.credentials.size() < listed)
            warning(
                tr("%1: the same credential id is listed more than once; kept once").arg(staged.identity.displayName));
        m_identityIndex.insert(key, m_identities.size());
        m_identities.append(std::move(staged));
        return;
    }
    // The same identity seen twice (a service account bound by several bindings): merge, by hash.
    StagedIdentity& existing = m_identities[*it];
    existing.removedAtSource = existing.removedAtSource || staged.removedAtSource; // an uninstall among its events
    QSet<QString>& credentials = m_credentialKeys[*it];
    QSet<QString>& grants = m_grantKeys[*it];
    if (credentials.isEmpty()) {
        for (const Credential& c : std::as_const(existing.credentials))
            credentials.insert(c.credentialId);
    }
    if (grants.isEmpty()) {
        for (const Grant& g : std::as_const(existing.grants))
            grants.insert(g.permission + u'\x1f' + g.resourceScope + u'\x1f' + g.grantedVia);
    }
    for (const Credential& c : std::as_const(staged.credentials)) {
        if (!credentials.contains(c.credentialId)) {
            credentials.insert(c.credentialId);
            existing.credentials.append(c);
        }
    }
    for (const Grant& g : std::as_const(staged.grants)) {
        const QString key = g.permission + u'\x1f' + g.resourceScope + u'\x1f' + g.grantedVia;
        if (!grants.contains(key)) {
            grants.insert(key);
            existing.grants.append(g);
        }
    }
    for (const QString& alias : std::as_const(staged.aliases)) {
        if (!existing.aliases.contains(alias))
            existing.aliases.append(alias);
    }
    if (existing.identity.displayName.isEmpty())
        existing.identity.displayName = staged.identity.displayName;
    if (existing.scope.isEmpty())
        existing.scope = staged.scope;
    if (existing.parentNativeId.isEmpty())
        existing.parentNativeId = staged.parentNativeId;
    existing.credentialsKnown = existing.credentialsKnown && staged.credentialsKnown;
    existing.fromEvent = existing.fromEvent && staged.fromEvent;
    existing.grantsOnly = existing.grantsOnly && staged.grantsOnly;
    // One input that lists the grants completely makes them known; what partial ones list completely adds up.
    existing.grantsKnown = existing.grantsKnown || staged.grantsKnown;
    for (const QString& via : std::as_const(staged.grantsListedVia)) {
        if (!existing.grantsListedVia.contains(via))
            existing.grantsListedVia.append(via);
    }
    // What either copy keeps for want of a document stays kept.
    for (const QString& via : std::as_const(staged.grantsKeptVia)) {
        if (!existing.grantsKeptVia.contains(via))
            existing.grantsKeptVia.append(via);
    }
}

quint32 StagingSink::Names::of(const QString& name)
{
    if (auto it = index.constFind(name); it != index.constEnd())
        return *it;
    const auto n = quint32(names.size());
    index.insert(name, n);
    names << name;
    return n;
}

void StagingSink::activity(const ActivityEvent& event)
{
    // A file imported before is read again for its identities only: its events are not read as activity.
    if (m_dropActivity) {
        m_dropped += event.counted ? 1 : 0;
        return;
    }
    m_events += event.counted ? 1 : 0;
    // The principal once: its name, kind and aliases are shared by every aggregate of it.
    const std::pair<QString, QString> who { event.source, event.principal };
    auto known = m_principalIndex.constFind(who);
    if (known == m_principalIndex.constEnd()) {
        known = m_principalIndex.insert(who, quint32(m_principals.size()));
        UsagePrincipal added;
        added.source = event.source;
        added.principal = event.principal;
        added.principalKind = event.principalKind;
        m_principals.push_back(std::move(added));
    }
    UsagePrincipal& principal = m_principals[*known];
    if (!event.onBehalf && !principal.offConsole) {
        // Keys are kept for IAM users only (the people among them are passed over), and only so many: a role's
        // sessions each have a key of their own.
        constexpr qsizetype kKeysKept = 4096;
        const bool user = event.principalKind == IdentityKind::IamUser;
        if (event.atConsole) {
            if (user && !event.sessionKey.isEmpty() && principal.consoleKeys.size() < kKeysKept)
                principal.consoleKeys.insert(event.sessionKey);
        } else if (user && !event.sessionKey.isEmpty() && principal.keysOffConsole.size() < kKeysKept) {
            principal.keysOffConsole.insert(event.sessionKey);
        } else {
            principal.offConsole = true;
        }
    }
    principal.anyAtConsole = principal.anyAtConsole || event.atConsole;
    principal.events += event.counted ? 1 : 0;
    if (event.lifecycle != 0) {
        QDateTime& last = event.lifecycle > 0 ? principal.lastMade : principal.lastDeleted;
        if (!last.isValid() || event.timestamp > last)
            last = event.timestamp;
    }
    // Named as its earliest event names it, whatever order the files or pages came in.
    if (!event.principalName.isEmpty() && (principal.principalName.isEmpty() || event.timestamp < principal.nameSeen)) {
        principal.principalName = event.principalName;
        principal.principalKind = event.principalKind;
        principal.nameSeen = event.timestamp;
    }
    for (const QString& alias : event.principalAliases) {
        if (principal.principalAliases.contains(alias))
            continue;
        // One id under two ARNs: a renamed IAM user keeps its id, so it stays one identity, but it is said, as a log
        // that mixes up two principals would otherwise credit one with the other's calls unseen.
        // Users only: a role's ARN rebuilt from a session leaves out the role's path, so two spellings are common.
        const auto userArn = [](const QString& a) {
            return a.startsWith(QLatin1String("arn:")) && a.contains(QLatin1String(":user/"));
        };
        // A user and a role never share an id (IAM gives them AIDA… and AROA… ids): such a log mixes two up.
        const auto roleArn = [](const QString& a) {
            return a.startsWith(QLatin1String("arn:"))
                && (a.contains(QLatin1String(":role/")) || a.contains(QLatin1String(":assumed-role/")));
        };
        // A role's account and name, whatever its path or session: "ACCOUNT/NAME".
        const auto roleOf = [](const QString& a) -> QString {
            const QString account = a.section(u':', 4, 4);
            const QString resource = a.section(u':', 5);
            const QString name = resource.startsWith(QLatin1String("assumed-role/")) ? resource.section(u'/', 1, 1)
                                                                                     : resource.section(u'/', -1);
            return account + u'/' + name;
        };
        if (principal.namedTwiceWarning >= 0 && userArn(alias)) {
            // A third user ARN, and more: the warning names every one, so a log that mixes many up says so.
            QStringList arns;
            std::copy_if(principal.principalAliases.cbegin(), principal.principalAliases.cend(),
                         std::back_inserter(arns), userArn);
            arns << alias;
            for (QString& arn : arns)
                arn = SafeText::quote(arn);
            m_warnings[principal.namedTwiceWarning]
                = tr("id %1 acts under %n ARNs, %2: counted as one identity, as the id says (a renamed user keeps its "
                     "id); if they are several principals, the log mixes them up",
                     nullptr, int(arns.size()))
                      .arg(SafeText::quote(event.principal), QLocale().createSeparatedList(arns));
        } else if (!principal.namedTwice && (userArn(alias) || roleArn(alias))) {
            const auto sameKind = std::find_if(principal.principalAliases.cbegin(), principal.principalAliases.cend(),
                                               userArn(alias) ? +userArn : +roleArn);
            const auto otherKind = std::find_if(principal.principalAliases.cbegin(), principal.principalAliases.cend(),
                                                userArn(alias) ? +roleArn : +userArn);
            if (userArn(alias) && sameKind != principal.principalAliases.cend()) {
                principal.namedTwice = true;
                const qsizetype before = m_warnings.size();
                warning(tr("id %1 acts under two ARNs, %2 and %3: counted as one identity, as the id says (a renamed "
                           "user keeps its id); if they are two principals, the log mixes them up")
                            .arg(SafeText::quote(event.principal), SafeText::quote(*sameKind), SafeText::quote(alias)));
                if (m_warnings.size() > before)
                    principal.namedTwiceWarning = before;
            } else if (const auto otherRole = roleArn(alias)
                           ? std::find_if(principal.principalAliases.cbegin(), principal.principalAliases.cend(),
                                          [&](const QString& a) { return roleArn(a) && roleOf(a) != roleOf(alias); })
                           : principal.principalAliases.cend();
                       otherRole != principal.principalAliases.cend()) {
                // Two roles (another name, or another account) under one id: IAM gives each role its own.
                principal.namedTwice = true;
                warning(
                    tr("id %1 acts as two roles, %2 and %3: counted as one identity, as the id says, though IAM "
                       "gives every role its own id; the log mixes two principals up")
                        .arg(SafeText::quote(event.principal), SafeText::quote(*otherRole), SafeText::quote(alias)));
            } else if (otherKind != principal.principalAliases.cend()) {
                principal.namedTwice = true;
                warning(
                    tr("id %1 acts as a user and as a role, %2 and %3: counted as one identity, as the id says, "
                       "though IAM never gives a user and a role one id; the log mixes two principals up")
                        .arg(SafeText::quote(event.principal), SafeText::quote(*otherKind), SafeText::quote(alias)));
            }
        }
        principal.principalAliases << alias;
    }
    // An identity holds a few credentials; a log naming many more for one principal names short-lived tokens (a
    // Kubernetes token's id changes every hour), which no inventory lists: the first few are enough.
    constexpr qsizetype kCredentialsPerPrincipal = 16;
    if (!event.credentialId.isEmpty()
        && (event.outcome == QLatin1String("allowed") || event.outcome == QLatin1String("error"))
        && (principal.credentialUse.size() < kCredentialsPerPrincipal
            || principal.credentialUse.contains(event.credentialId))) {
        QDateTime& last = principal.credentialUse[event.credentialId];
        if (!last.isValid() || event.timestamp > last)
            last = event.timestamp;
    }
    if (!event.principalGrants.isEmpty()
        && (principal.principalGrants.isEmpty() || event.timestamp < principal.grantsSeen)) {
        principal.principalGrants = event.principalGrants;
        principal.grantsSeen = event.timestamp;
    }

    const QDate day = event.timestamp.toUTC().date();
    const AggregateKey key { *known, m_actions.of(event.action), m_outcomes.of(event.outcome), day.toJulianDay() };
    auto it = m_aggregateIndex.constFind(key);
    if (it == m_aggregateIndex.constEnd()) {
        it = m_aggregateIndex.insert(key, quint32(m_usage.size()));
        m_usage.push_back(
            UsageAggregate { key.principal, key.action, key.outcome, day, 0, event.timestamp, event.timestamp });
    }
    UsageAggregate& aggregate = m_usage[*it];
    ++aggregate.count;
    if (event.eventKey != 0) {
        // One log for every source: the source is mixed into the key, as the store's table of seen ids has it.
        if (event.source != m_lastSource) {
            m_lastSource = event.source;
            m_lastSalt = eventKeyOf(event.source.toUtf8());
        }
        m_sighted.add({ event.eventKey ^ m_lastSalt, *it, event.counted ? 1U : 0U });
    }
    if (event.timestamp > aggregate.lastSeen)
        aggregate.lastSeen = event.timestamp;
    if (event.timestamp < aggregate.firstSeen)
        aggregate.firstSeen = event.timestamp;
}

void StagingSink::complete(const QString& source, const QString& scope)
{
    m_complete.insert(source + u'\x1f' + scope);
}

void StagingSink::passedOver(const QString& source, const QString& nativeId, const QString& name)
{
    m_passedOver.insert(source + u'\x1f' + nativeId, name);
}

void StagingSink::warning(const QString& message)
{
    if (!m_warnings.contains(message))
        m_warnings.append(message);
}

void StagingSink::covered(const QString& source, const QString& scope, const QDate& day)
{
    if (day.isValid())
        m_coverage.insert(source + u'\x1f' + scope + u'\x1f' + Timestamp::isoDay(day));
}

void StagingSink::skipped(const QString& reason)
{
    ++m_skipped;
    // Why records were passed over, so the report can say; reasons quote the input, so they are kept short and
    // printable, and only so many distinct ones are kept.
    constexpr qsizetype kMaxReasons = 200;
    // A path can be long: cut at a word, visibly, so what the line says to do is not cut in half.
    constexpr qsizetype kMaxReason = 400;
    QString shortened = reason;
    if (shortened.size() > kMaxReason) {
        const qsizetype space = shortened.lastIndexOf(u' ', kMaxReason - 1);
        shortened = shortened.left(space > kMaxReason / 2 ? space : kMaxReason - 1) + QChar(0x2026);
    }
    const QString key = SafeText::printable(shortened);
    if (auto it = m_skipReasons.find(key); it != m_skipReasons.end())
        ++*it;
    else if (m_skipReasons.size() < kMaxReasons)
        m_skipReasons.insert(key, 1);
}

namespace {

bool naturalLess(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            // Without leading zeros, a shorter run of digits is the smaller number.
            const QStringView x = QStringView(a).mid(i, ei - i);
            const QStringView y = QStringView(b).mid(j, ej - j);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int c = x.compare(y); c != 0)
                return c < 0;
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

QStringList StagingSink::skippedWhy(int most) const
{
    QList<std::pair<int, QString>> ranked;
    for (auto it = m_skipReasons.cbegin(); it != m_skipReasons.cend(); ++it)
        ranked.append({ it.value(), it.key() });
    // Ties in file order: "line 2" before "line 10" (numbers compared as numbers, whatever the platform's collation).
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : naturalLess(a.second, b.second);
    });
    QStringList out;
    qint64 shown = 0;
    for (qsizetype i = 0; i < ranked.size() && i < most; ++i) {
        out << QCoreApplication::translate("StagingSink", "%1 × %2")
                   .arg(QLocale().toString(ranked.at(i).first), ranked.at(i).second);
        shown += ranked.at(i).first;
    }
    // The list is the most frequent reasons: say how many records it leaves out rather than seem complete.
    if (const qint64 rest = skippedCount() - shown; rest > 0 && !out.isEmpty())
        out << QCoreApplication::translate("StagingSink", "and %n more", nullptr, int(rest));
    return out;
}

bool StagingSink::progress(qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(done, total);
    return !m_cancelled;
}

} // namespace recertify
