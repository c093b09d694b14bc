#include "core/sync/SyncWriter.h"

#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"
#include "core/storage/AnalysisDue.h"
#include "core/storage/SyncStore.h"
#include "core/util/SafeText.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>
#include <vector>

namespace recertify {

namespace {

QString key(const QString& source, const QString& id)
{
    return source + u'\x1f' + id;
}

QString credentialLine(const Credential& c)
{
    return c.credentialId + u'|' + c.type + u'|' + Timestamp::toIso(c.createdAt) + u'|' + Timestamp::toIso(c.expiresAt)
        + u'|' + Timestamp::toIso(c.lastUsedAt) + (c.enabled ? u"|1" : u"|0");
}

QStringList credentialLines(const QList<Credential>& credentials)
{
    QStringList lines;
    for (const Credential& c : credentials)
        lines << credentialLine(c);
    lines.sort();
    return lines;
}

} // namespace

QString fingerprintOf(const StagedIdentity& s)
{
    const Identity& i = s.identity;
    QStringList parts { i.kind,
                        i.displayName,
                        i.enabled ? QStringLiteral("1") : QStringLiteral("0"),
                        Timestamp::toIso(i.createdAt),
                        Timestamp::toIso(i.lastUsedAt),
                        i.businessOwner,
                        i.technicalOwner,
                        i.purpose,
                        i.declaredScope.join(u','),
                        Timestamp::toIso(i.expiresAt) };
    const QStringList credentials = credentialLines(s.credentials);
    QStringList grants;
    for (const Grant& g : s.grants)
        grants << g.permission + u'|' + g.resourceScope + u'|' + g.grantedVia;
    grants.sort();
    QStringList aliases = s.aliases;
    aliases.sort();
    QString all = parts.join(u'\x1f') + u'\x1e' + credentials.join(u'\x1f') + u'\x1e' + grants.join(u'\x1f') + u'\x1e'
        + aliases.join(u'\x1f');
    // A partial input never matches a whole one (nor one partial in other ways): the store keeps grants it did not
    // list, which the next whole input must be able to take away.
    if (!s.credentialsKnown)
        all += QStringLiteral("\x1ecredentials partial");
    if (!s.enabledKnown)
        all += QStringLiteral("\x1eenabled unknown");
    if (!s.kindKnown)
        all += QStringLiteral("\x1ekind unknown");
    if (!s.grantsKnown) {
        QStringList listed = s.grantsListedVia;
        QStringList kept = s.grantsKeptVia;
        listed.sort();
        kept.sort();
        all += QStringLiteral("\x1epartial\x1f") + listed.join(u'\x1f') + QStringLiteral("\x1ekept\x1f")
            + kept.join(u'\x1f');
    }
    return QString::fromLatin1(QCryptographicHash::hash(all.toUtf8(), QCryptographicHash::Sha256).toHex());
}

SyncWriter::SyncWriter(const QSqlDatabase& transaction, QDateTime now, QString actor, SyncReport& report)
    : m_db(transaction)
    , m_now(std::move(now))
    , m_actor(std::move(actor))
    , m_report(report)
    , m_writer(transaction)
    , m_store(transaction)
{
}

Status SyncWriter::prepare()
{
    // Findings are out of date from this commit until the analysis that follows it clears the mark.
    if (auto marked = AnalysisDue::mark(m_db, m_report.format, m_now); !marked)
        return marked;
    return m_writer.prepare();
}

Status SyncWriter::loadSource(const QString& source)
{
    if (m_loadedSources.contains(source))
        return {};
    m_loadedSources.insert(source);
    auto listed = m_store.identitiesOf(source);
    if (!listed)
        return listed.error();
    for (const SourcedIdentity& e : listed.value()) {
        remember(key(source, e.nativeId), Existing { e.id, e.fingerprint, e.status, e.discovered, e.scope });
        // Kept apart under its ARN (two roles with one id): its ARN is its native id.
        if (const QString plain = iamArnWithoutPath(e.nativeId); !plain.isEmpty() && !e.discovered)
            m_iamNames.insert(key(source, plain), e.id);
    }
    auto aliases = m_store.aliasesOf(source);
    if (!aliases)
        return aliases.error();
    for (const auto& [alias, id] : aliases.value()) {
        m_aliases.insert(key(source, alias), id);
        if (const QString plain = iamArnWithoutPath(alias); !plain.isEmpty())
            m_iamNames.insert(key(source, plain), id);
    }
    return {};
}

QString SyncWriter::iamArnWithoutPath(const QString& arn)
{
    // A role's or user's name is unique in its account whatever its path (IAM refuses a second "bad_role" under
    // another path): arn:aws:iam::1111:role/service-role/bad_role is role/bad_role.
    static const QRegularExpression iam(
        QStringLiteral(R"(^(arn:aws[a-z-]*:iam::\d{12}:(?:role|user))/(?:.*/)?([^/]+)$)"));
    const QRegularExpressionMatch m = iam.match(arn);
    return m.hasMatch() ? m.captured(1) + u'/' + m.captured(2) : QString();
}

Status SyncWriter::writeIdentities(const QList<StagedIdentity>& staged, const QSet<QString>& completeScopes,
                                   const QHash<QString, QString>& passedOver)
{
    QSet<QString> seen;
    for (const QString& scope : completeScopes) {
        if (auto status = loadSource(scope.section(u'\x1f', 0, 0)); !status)
            return status;
    }
    // A stand-in (a binding whose role is not in the input) takes what the store resolved through the same binding
    // and role, read before this run changes anything: the account it named before may lose them in this run.
    for (const StagedIdentity& s : staged) {
        if (s.grantsKnown)
            continue;
        for (const Grant& g : s.grants) {
            const QString k = key(s.identity.source, g.grantedVia);
            if (!g.isUnresolved() || m_resolvedBefore.contains(k))
                continue;
            auto resolved = m_store.resolvedGrantsVia(s.identity.source, g.grantedVia);
            if (!resolved)
                return resolved.error();
            m_resolvedBefore.insert(k, *resolved);
        }
    }
    QHash<QString, int> listed; // per complete scope, how many identities this input lists there
    for (const StagedIdentity& given : staged) {
        const QString source = given.identity.source;
        if (auto status = loadSource(source); !status)
            return status;
        if (!given.scope.isEmpty())
            ++listed[key(source, given.scope)];
        if (!given.credentialsOnly && !given.removedAtSource
            && !m_existing.contains(key(source, given.identity.nativeId))) {
            if (auto adopted = adoptByAlias(given); !adopted)
                return adopted;
        }
        const std::optional<StagedIdentity> joined
            = m_existing.contains(key(source, given.identity.nativeId)) ? std::nullopt : joinedToAliasHolder(given);
        const StagedIdentity& s = joined ? *joined : given;
        const QString k = key(source, s.identity.nativeId);
        seen.insert(k);
        const QString fingerprint = fingerprintOf(s);
        auto it = m_existing.constFind(k);
        Status status = s.removedAtSource                 ? writeRemoved(s, fingerprint)
            : s.credentialsOnly                           ? writeCredentials(s, fingerprint)
            : s.grantsOnly && it != m_existing.constEnd() ? writeGrantsOnly(s, *it, fingerprint)
            : it == m_existing.constEnd()
            ? insert(s, s.grantsOnly ? QStringLiteral("grants:") + fingerprint : fingerprint)
            : update(s, *it, fingerprint);
        if (!status)
            return status;
        if (const auto written = m_existing.constFind(k); written != m_existing.constEnd()) {
            m_written.insert(written->id);
            QStringList& vias = m_writtenVias[written->id];
            for (const Grant& g : s.grants)
                vias << g.grantedVia;
        }
    }
    if (!m_consolePeople.isEmpty()) {
        m_consolePeople.sort();
        m_report.skipped += int(m_consolePeople.size());
        m_report.skippedWhy.prepend(
            tr("%1 × IAM users with a console password and no access key or certificate, people rather than "
               "non-human identities, not added: %2")
                .arg(QLocale().toString(m_consolePeople.size()),
                     m_consolePeople.mid(0, 5).join(QStringLiteral(", "))
                         + (m_consolePeople.size() > 5 ? tr(" and %n more", nullptr, int(m_consolePeople.size() - 5))
                                                       : QString())));
    }
    // Parents once every identity of the run is stored: a blueprint may come after its agents.
    for (const StagedIdentity& s : staged) {
        if (s.parentNativeId.isEmpty())
            continue;
        const QString parentKey = key(s.identity.source, s.parentNativeId);
        qint64 parent = 0;
        if (auto it = m_existing.constFind(parentKey); it != m_existing.constEnd())
            parent = it->id;
        else if (auto alias = m_aliases.constFind(parentKey); alias != m_aliases.constEnd())
            parent = *alias;
        const auto self = m_existing.constFind(key(s.identity.source, s.identity.nativeId));
        if (parent == 0 || self == m_existing.constEnd() || self->id == parent)
            continue; // its blueprint is not in the store yet: linked by a run that lists the agent again
        if (auto linked = m_store.setParent(self->id, parent); !linked)
            return linked;
    }
    // Listed, but no longer kept (an earlier version kept people's Identity Center roles): not gone, so not
    // retired; the person who imported is told which to retire by hand.
    QStringList kept;
    for (auto it = passedOver.cbegin(); it != passedOver.cend(); ++it) {
        const auto existing = m_existing.constFind(it.key());
        if (existing == m_existing.constEnd())
            continue;
        seen.insert(it.key());
        if (existing->status != LifecycleState::Retired)
            kept << it.value();
    }
    if (!kept.isEmpty()) {
        kept.sort();
        const int shown = int(std::min<qsizetype>(kept.size(), 10));
        QString names = QStringList(kept.mid(0, shown)).join(QStringLiteral(", "));
        if (kept.size() > shown)
            names += tr(" and %n more", nullptr, int(kept.size()) - shown);
        m_report.warnings << tr("%n identities stored by an earlier version are no longer kept (people's sign-in "
                                "roles, Microsoft's own service principals): %1. They still exist at the source, so "
                                "they were left as they were; retire them by hand.",
                                nullptr, int(kept.size()))
                                 .arg(names);
    }
    return retireMissing(completeScopes, seen, listed);
}

Status SyncWriter::insert(const StagedIdentity& s, const QString& fingerprint)
{
    Identity identity = s.identity;
    if (identity.status.isEmpty())
        identity.status = LifecycleState::Active;
    auto id = m_writer.insertIdentity(identity, m_now);
    if (!id)
        return id.error();
    if (auto stored = m_store.setSourceState(*id, fingerprint, s.scope); !stored)
        return stored;
    remember(key(identity.source, identity.nativeId), Existing { *id, fingerprint, identity.status, false, s.scope });
    ++m_report.added;
    if (auto status = lifecycle(*id, QString(), identity.status, QString::fromLatin1(m_discovered)); !status)
        return status;
    if (auto status = retireReplaced(*id, s); !status)
        return status;
    if (auto status = writeAliases(*id, s); !status)
        return status;
    return replaceChildren(*id, s);
}

Status SyncWriter::retireReplaced(qint64 id, const StagedIdentity& s)
{
    // IAM gives a user or role made again under the same name a new id, and one ARN names one principal at a time:
    // the principal the store knew under this ARN, by another id, is gone (a role recreated by infrastructure code).
    static const QRegularExpression iamArn(QStringLiteral("^arn:aws[a-z-]*:iam::\\d{12}:(user|role)/"));
    if (s.identity.source != QLatin1String("aws") || s.grantsOnly || s.fromEvent)
        return {};
    for (const QString& alias : s.aliases) {
        const auto known = m_aliases.constFind(key(s.identity.source, alias));
        if (known == m_aliases.constEnd() || *known == id || !iamArn.match(alias).hasMatch())
            continue;
        for (auto it = m_existing.begin(); it != m_existing.end(); ++it) {
            if (it->id != *known || it->discovered || it->status == LifecycleState::Retired)
                continue;
            if (auto retired = retire(*it); !retired)
                return retired;
            m_report.warnings << tr("%1 now names a principal with id %2; the one the store knew by that name (id %3) "
                                    "was deleted and made again, and is retired")
                                     .arg(alias, s.identity.nativeId, it.key().section(u'\x1f', 1));
            break;
        }
    }
    return {};
}

Status SyncWriter::update(const StagedIdentity& s, const Existing& existing, const QString& fingerprint)
{
    if (s.fromEvent && existing.status == LifecycleState::Retired) {
        // An installation or deploy key, once removed, never comes back under its id: GitHub gives a new one.
        ++m_report.unchanged;
        m_report.warnings
            << tr("%1 is retired; a webhook delivery that still describes it leaves it so (GitHub gives a "
                  "reinstalled App or a key added again a new id)")
                   .arg(s.identity.displayName);
        return {};
    }
    const bool reappeared = existing.status == LifecycleState::Retired && !existing.discovered;
    const bool foundInInventory = existing.discovered;
    if (existing.fingerprint == fingerprint && !reappeared && !foundInInventory) {
        ++m_report.unchanged;
        if (existing.scope == s.scope || s.scope.isEmpty())
            return {};
        // Stores from before scopes learn an identity's scope when it is next listed.
        return m_store.setScope(existing.id, s.scope);
    }
    // A name that is one of its ids is a stand-in (a Graph $select without displayName, an app registration named
    // by its appId): the stored name stays.
    const bool standInName
        = s.identity.displayName == s.identity.nativeId || s.aliases.contains(s.identity.displayName);
    Identity i = s.identity;
    if (standInName)
        i.displayName.clear();
    QString status = existing.status;
    if (reappeared || foundInInventory)
        status = LifecycleState::Active;
    // A partial input's fingerprint never matches a whole one's, so the store may hold the same after it: told
    // from what is written, not from the fingerprint (a manifest's Role and RoleBinding after the whole install).
    // Only where part of the grants was listed (manifests, one binding, a filtered Graph answer): an export that
    // leaves out only credentials (every role of an IAM export) alternates with no other shape, and reading each
    // changed role back would double a large import's time.
    const bool partial = !s.grantsKnown;
    QString before;
    if (partial && !reappeared && !foundInInventory) {
        auto state = m_store.stateOf(existing.id);
        if (!state)
            return state.error();
        before = *state;
    }
    // What it was called and whether it was enabled, before the row is refreshed: a change is told.
    auto was = m_store.heldKeysOf(existing.id);
    if (!was)
        return was.error();
    // Owners, purpose and scope set in Recertify win over what a source's tags say.
    if (auto updated = m_store.refresh(existing.id, i, s.enabledKnown && status != LifecycleState::Suspended,
                                       s.kindKnown, status, fingerprint, s.scope, m_now);
        !updated)
        return updated;
    if (reappeared) {
        if (auto st = lifecycle(existing.id, existing.status, status, QString::fromLatin1(LifecycleState::ListedAgain));
            !st)
            return st;
    } else if (foundInInventory) {
        if (auto st
            = lifecycle(existing.id, existing.status, status, QString::fromLatin1(LifecycleState::FoundInInventory));
            !st)
            return st;
    }
    if (auto st = writeAliases(existing.id, s); !st)
        return st;
    // What a source itself changed, as an identity it listed before: not one found again, nor one Recertify suspended
    // or retired (whose enabled flag is Recertify's).
    SyncStore::HeldKeys compared = *was;
    const bool listedBefore = existing.status != LifecycleState::Suspended && existing.status != LifecycleState::Retired
        && !reappeared && !foundInInventory;
    if (!listedBefore || standInName)
        compared.name.clear();
    if (auto st = replaceChildrenTold(existing.id, s, standInName ? was->name : i.displayName,
                                      listedBefore ? &compared : nullptr);
        !st)
        return st;
    if (!before.isEmpty()) {
        auto after = m_store.stateOf(existing.id);
        if (!after)
            return after.error();
        if (*after == before) {
            ++m_report.unchanged;
            return {};
        }
    }
    ++m_report.changed;
    return {};
}

Status SyncWriter::writeRemoved(const StagedIdentity& s, const QString& fingerprint)
{
    const QString k = key(s.identity.source, s.identity.nativeId);
    auto it = m_existing.find(k);
    if (it == m_existing.end()) {
        // Known only from the event that removed it: recorded, then retired, so its history says both.
        if (auto inserted = insert(s, fingerprint); !inserted)
            return inserted;
        it = m_existing.find(k);
    } else if (it->status == LifecycleState::Retired) {
        ++m_report.unchanged; // the same event read again
        return {};
    }
    return retire(*it);
}

Status SyncWriter::retireGrantsVia(const QSet<std::pair<QString, QString>>& listed)
{
    // A binding the input holds whole no longer grants what it gave an identity it does not give it to in this run:
    // those grants are gone (an identity another input of the run lists keeps what the binding still gives it).
    auto named = [](const QString& via, const QString& grantedVia) {
        return via.endsWith(u'*') ? grantedVia.startsWith(QStringView(via).chopped(1))
                                  : grantedVia == via || grantedVia.startsWith(via + u' ');
    };
    QSet<qint64> changed;
    QHash<qint64, SyncStore::HeldKeys> before;
    for (const auto& entry : listed) {
        const QString& where = entry.first;
        const QString& via = entry.second; // not a structured binding: a lambda below captures it
        const QString source = where.section(u'\x1f', 0, 0);
        const QString nativeId = where.section(u'\x1f', 1);
        QList<qint64> holders;
        if (nativeId.isEmpty()) {
            auto all = m_store.holdersOfGrantsVia(source, via);
            if (!all)
                return all.error();
            holders = *all;
        } else if (auto loaded = loadSource(source); !loaded) {
            return loaded;
        } else if (const auto it = m_existing.constFind(key(source, nativeId)); it != m_existing.constEnd()) {
            holders << it->id; // one principal's answer: only its grants
        }
        for (const qint64 id : std::as_const(holders)) {
            const QStringList written = m_writtenVias.value(id);
            if (std::any_of(written.cbegin(), written.cend(), [&](const QString& g) { return named(via, g); }))
                continue;
            if (!before.contains(id)) {
                auto held = m_store.heldKeysOf(id);
                if (!held)
                    return held.error();
                before.insert(id, *held);
            }
            if (auto cleared = m_store.clearGrantsVia(id, { via }); !cleared)
                return cleared;
            changed.insert(id);
        }
    }
    for (const qint64 id : std::as_const(changed)) {
        if (auto forgotten = m_store.forgetFingerprint(id); !forgotten)
            return forgotten;
        // What the binding no longer gives it, said as for an identity the input listed.
        auto after = m_store.heldKeysOf(id);
        if (!after)
            return after.error();
        const SyncStore::HeldKeys& was = before[id];
        m_identityChanges.compare(was.name, { was.grants, was.credentials, {}, -1 },
                                  { after->grants, after->credentials, {}, -1 });
    }
    m_report.changes = m_identityChanges.lines();
    m_report.changed += int(changed.size());
    return {};
}

Status SyncWriter::writeGrantsOnly(const StagedIdentity& s, const Existing& existing, const QString& fingerprint)
{
    // Only what the input shows of its grants: the identity keeps its name, kind and credentials, and the next input
    // that lists it writes it whole again (its fingerprint, marked as of grants only, matches no listing's).
    const QString marked = QStringLiteral("grants:") + fingerprint; // as insert() stores one it adds
    if (existing.fingerprint == marked) {
        ++m_report.unchanged;
        return {};
    }
    const qint64 id = existing.id;
    // Two inputs that each show part of its grants (delegated grants, app role assignments) alternate fingerprints:
    // what changed is told from what is written.
    auto before = m_store.stateOf(id);
    if (!before)
        return before.error();
    if (s.identity.displayName != s.identity.nativeId && !s.identity.displayName.isEmpty()) {
        if (auto named = m_store.nameIfNamedById(id, s.identity.displayName); !named)
            return named;
    }
    StagedIdentity grants;
    grants.grants = s.grants;
    grants.grantsKnown = s.grantsKnown;
    grants.grantsListedVia = s.grantsListedVia;
    grants.grantsKeptVia = s.grantsKeptVia;
    grants.credentialsKnown = false;
    if (auto replaced = replaceChildrenTold(id, grants, s.identity.displayName); !replaced)
        return replaced;
    if (auto marking = m_store.setFingerprint(id, marked); !marking)
        return marking;
    m_existing[key(s.identity.source, s.identity.nativeId)].fingerprint = marked;
    auto after = m_store.stateOf(id);
    if (!after)
        return after.error();
    if (*after == *before)
        ++m_report.unchanged;
    else
        ++m_report.changed;
    return {};
}

Status SyncWriter::adoptByAlias(const StagedIdentity& s)
{
    const QString source = s.identity.source;
    // Keyed now by a name the store knows as another key's alias (an ARN, when the input gave two principals one
    // id): the identity that has it is this one.
    if (const auto alias = m_aliases.constFind(key(source, s.identity.nativeId)); alias != m_aliases.constEnd()) {
        QString was;
        for (auto it = m_existing.cbegin(); it != m_existing.cend() && was.isEmpty(); ++it) {
            if (it->id == *alias && it.key().startsWith(source + u'\x1f'))
                was = it.key();
        }
        if (!was.isEmpty()) {
            if (auto moved = m_store.setNativeId(*alias, s.identity.nativeId); !moved)
                return moved;
            remember(key(source, s.identity.nativeId), m_existing.take(was));
            return {};
        }
    }
    for (const QString& alias : s.aliases) {
        const QString known = key(source, alias);
        const auto it = m_existing.constFind(known);
        if (it == m_existing.constEnd())
            continue;
        if (auto moved = m_store.setNativeId(it->id, s.identity.nativeId); !moved)
            return moved;
        remember(key(source, s.identity.nativeId), m_existing.take(known));
        return {};
    }
    // The other part of one identity, stored apart under the alias both share (an Entra app registration imported
    // before its service principal, or a principal only its sign-ins showed): this one it becomes.
    for (const QString& alias : s.aliases) {
        const auto it = aliasHolder(source, alias);
        if (it == m_existing.constEnd() || it->status == LifecycleState::Retired)
            continue;
        // Or one keyed by the alias as a stand-in (a registration listed without its object id, by its appId).
        const bool standIn = it.key().endsWith(u':' + alias) && it->scope == s.scope;
        if (!(s.joinsAliasHolder && (it->discovered || standIn))
            && (s.absorbsScope.isEmpty() || it->scope != s.absorbsScope))
            continue;
        const Existing holder = m_existing.take(it.key());
        // Its kind too, where the input does not say it (a $select without servicePrincipalType): the stored one was
        // the other part's (an app registration's), never this one's.
        if (auto moved = m_store.setNativeId(holder.id, s.identity.nativeId, s.identity.kind); !moved)
            return moved;
        remember(key(source, s.identity.nativeId), holder);
        return {};
    }
    return {};
}

void SyncWriter::remember(const QString& held, const Existing& existing)
{
    m_existing.insert(held, existing);
    m_keyOf.insert(existing.id, held);
}

QHash<QString, SyncWriter::Existing>::const_iterator SyncWriter::aliasHolder(const QString& source,
                                                                             const QString& alias) const
{
    const auto id = m_aliases.constFind(key(source, alias));
    if (id == m_aliases.constEnd())
        return m_existing.constEnd();
    const QString held = m_keyOf.value(*id);
    const auto it = m_existing.constFind(held);
    if (it == m_existing.constEnd() || it->id != *id || !held.startsWith(source + u'\x1f'))
        return m_existing.constEnd();
    return it;
}

std::optional<StagedIdentity> SyncWriter::joinedToAliasHolder(const StagedIdentity& s) const
{
    if (!s.joinsAliasHolder)
        return std::nullopt;
    for (const QString& alias : s.aliases) {
        const auto it = aliasHolder(s.identity.source, alias);
        if (it == m_existing.constEnd() || it->status == LifecycleState::Retired)
            continue;
        // As one input holding both joins them: the identity keeps its key, name, kind, scope, creation and enabled
        // state, and takes the lists this part holds whole (an app registration's secrets) and what else it adds.
        StagedIdentity joined = s;
        joined.identity.nativeId = it.key().section(u'\x1f', 1);
        joined.identity.displayName = joined.identity.nativeId; // a stand-in: the stored name stays
        joined.identity.createdAt = {};
        joined.kindKnown = false;
        joined.enabledKnown = false;
        joined.scope = it->scope;
        if (!s.credentialsKnown)
            joined.credentialsListedIn.clear();
        joined.credentialsKnown = false;
        return joined;
    }
    return std::nullopt;
}

Status SyncWriter::writeCredentials(const StagedIdentity& s, const QString& fingerprint)
{
    const QString source = s.identity.source;
    qint64 id = 0;
    for (const QString& name : QStringList { s.identity.nativeId } + s.aliases) {
        if (const auto it = m_existing.constFind(key(source, name)); it != m_existing.constEnd()) {
            id = it->id;
            break;
        }
        if (const auto it = m_aliases.constFind(key(source, name)); it != m_aliases.constEnd()) {
            id = *it;
            break;
        }
    }
    if (id == 0 && s.personUnlessKnown) {
        m_consolePeople << s.identity.displayName;
        return {};
    }
    if (id == 0)
        return insert(s, fingerprint);
    auto stored = m_store.credentialsOf(id);
    if (!stored)
        return stored.error();
    if (credentialLines(*stored) == credentialLines(s.credentials)) {
        ++m_report.unchanged;
        return {};
    }
    if (auto replaced = replaceCredentials(id, s.credentials); !replaced)
        return replaced;
    IdentityChanges::Held before;
    IdentityChanges::Held after;
    for (const Credential& c : std::as_const(*stored))
        before.credentials.insert({ c.type, c.credentialId });
    for (const Credential& c : s.credentials)
        after.credentials.insert({ c.type, c.credentialId });
    m_identityChanges.compare(s.identity.displayName, before, after);
    m_report.changes = m_identityChanges.lines();
    if (s.identity.lastUsedAt.isValid()) {
        if (auto raised = m_store.raiseLastUsed(id, s.identity.lastUsedAt); !raised)
            return raised;
    }
    ++m_report.changed;
    return {};
}

Result<QHash<QString, QDateTime>> SyncWriter::lastUses(qint64 id, const QList<Credential>& stored, bool listing) const
{
    QHash<QString, QDateTime> lastUse;
    for (const Credential& c : stored)
        lastUse.insert(c.credentialId, c.lastUsedAt);
    if (!listing)
        return lastUse;
    // Activity read before any inventory listed a credential (sign-ins first) named its last use all the same.
    auto seen = m_store.credentialSightings(id);
    if (!seen)
        return seen.error();
    for (auto it = seen->cbegin(); it != seen->cend(); ++it) {
        QDateTime& at = lastUse[it.key()];
        if (!at.isValid() || it.value() > at)
            at = it.value();
    }
    return lastUse;
}

Status SyncWriter::replaceCredentials(qint64 id, const QList<Credential>& credentials)
{
    // A credential listed again keeps a later last use the store has (from sign-ins imported since): a last use only
    // moves forward.
    auto stored = m_store.credentialsOf(id);
    if (!stored)
        return stored.error();
    auto lastUse = lastUses(id, *stored, !credentials.isEmpty());
    if (!lastUse)
        return lastUse.error();
    if (auto cleared = m_store.clearCredentials(id); !cleared)
        return cleared;
    for (Credential c : credentials) {
        c.identityId = id;
        if (const QDateTime before = lastUse->value(c.credentialId);
            before.isValid() && (!c.lastUsedAt.isValid() || before > c.lastUsedAt))
            c.lastUsedAt = before;
        if (auto status = m_writer.insertCredential(c); !status)
            return status;
    }
    return {};
}

Status SyncWriter::replaceChildren(qint64 id, const StagedIdentity& s)
{
    // What the source could not list this run is left as the last run that could list it saw it.
    if (s.credentialsKnown) {
        if (auto replaced = replaceCredentials(id, s.credentials); !replaced)
            return replaced;
    } else {
        // One list shown whole (a principal's own secrets, without its app registration's): what it no longer holds
        // was removed at the source; those listed again keep a later last use the store has.
        QList<Credential> stored;
        if (!s.credentialsListedIn.isEmpty()) {
            auto held = m_store.credentialsOf(id);
            if (!held)
                return held.error();
            stored = *held;
        }
        auto lastUse = lastUses(id, stored, !s.credentials.isEmpty());
        if (!lastUse)
            return lastUse.error();
        if (!s.credentialsListedIn.isEmpty()) {
            if (auto cleared = m_store.clearCredentialsIn(id, s.credentialsListedIn); !cleared)
                return cleared;
        }
        for (Credential c : s.credentials) {
            c.identityId = id;
            if (const QDateTime before = lastUse->value(c.credentialId);
                before.isValid() && (!c.lastUsedAt.isValid() || before > c.lastUsedAt))
                c.lastUsedAt = before;
            if (auto merged = m_store.mergeCredential(c); !merged)
                return merged;
        }
    }
    if (!s.grantsKnown) {
        // A partial input (a ServiceAccount without its bindings) takes away only what it lists completely.
        if (auto cleared = s.grantsKeptVia.isEmpty() ? m_store.clearGrantsVia(id, s.grantsListedVia)
                                                     : m_store.clearGrantsExcept(id, s.grantsKeptVia);
            !cleared)
            return cleared;
    } else if (auto cleared = m_store.clearGrants(id); !cleared) {
        return cleared;
    }
    for (Grant g : s.grants) {
        g.identityId = id;
        // A partial input's stand-in for what it cannot resolve (a policy or role not in it) yields to what an
        // earlier input resolved through the same policy or binding.
        if (!s.grantsKnown && g.isUnresolved()) {
            auto resolved = m_store.hasGrantsVia(id, g.grantedVia);
            if (!resolved)
                return resolved.error();
            if (*resolved)
                continue;
            // Another account held them through this binding (it was moved to this one): the same rules.
            const QList<Grant> before = m_resolvedBefore.value(key(s.identity.source, g.grantedVia));
            for (Grant b : before) {
                b.identityId = id;
                if (g.grantedAt.isValid())
                    b.grantedAt = g.grantedAt;
                if (auto status = m_writer.insertGrant(b); !status)
                    return status;
            }
            if (!before.isEmpty())
                continue;
        }
        if (auto status = m_writer.insertGrant(g); !status)
            return status;
    }
    return {};
}

Status SyncWriter::replaceChildrenTold(qint64 id, const StagedIdentity& s, const QString& name,
                                       const SyncStore::HeldKeys* was)
{
    auto before = was ? Result<SyncStore::HeldKeys>(*was) : m_store.heldKeysOf(id);
    if (!before)
        return before.error();
    if (auto replaced = replaceChildren(id, s); !replaced)
        return replaced;
    IdentityChanges::Held after;
    if (s.grantsKnown && s.credentialsKnown) {
        // Written whole: what it holds now is what the input listed, without reading it back.
        for (const Grant& g : s.grants)
            after.grants.insert({ g.permission, g.resourceScope });
        for (const Credential& c : s.credentials)
            after.credentials.insert({ c.type, c.credentialId });
    } else {
        auto held = m_store.heldKeysOf(id);
        if (!held)
            return held.error();
        after = { held->grants, held->credentials, {}, -1 };
    }
    IdentityChanges::Held held { before->grants, before->credentials, {}, -1 };
    if (was) {
        held.name = was->name; // empty when not to be compared
        held.enabled = was->enabled ? 1 : 0;
        after.name = held.name.isEmpty() ? QString() : name;
        after.enabled = s.enabledKnown ? (s.identity.enabled ? 1 : 0) : held.enabled;
    }
    m_identityChanges.compare(name, held, after);
    m_report.changes = m_identityChanges.lines();
    return {};
}

Status SyncWriter::writeAliases(qint64 id, const StagedIdentity& s)
{
    for (const QString& alias : s.aliases) {
        if (auto put = m_store.putAlias(s.identity.source, alias, id); !put)
            return put;
        m_aliases.insert(key(s.identity.source, alias), id);
        if (const QString plain = iamArnWithoutPath(alias); !plain.isEmpty())
            m_iamNames.insert(key(s.identity.source, plain), id);
    }
    return {};
}

Status SyncWriter::retireMissing(const QSet<QString>& completeScopes, const QSet<QString>& seen,
                                 const QHash<QString, int>& listed)
{
    // Only what a complete listing of its scope leaves out is gone; an identity of unknown scope never is.
    QHash<QString, QList<QHash<QString, Existing>::iterator>> missing;
    for (auto it = m_existing.begin(); it != m_existing.end(); ++it) {
        const QString source = it.key().section(u'\x1f', 0, 0);
        if (it->scope.isEmpty() || !completeScopes.contains(key(source, it->scope)) || seen.contains(it.key())
            || it->discovered || it->status == LifecycleState::Retired)
            continue;
        missing[key(source, it->scope)].append(it);
    }
    for (auto scope = missing.cbegin(); scope != missing.cend(); ++scope) {
        // A listing that leaves out as many as it lists, or more, looks like a filtered answer (Graph's $filter does
        // not say so in the body) or an empty one, not a source whose identities half went at once: nothing is
        // retired.
        const int gone = int(scope->size());
        const int kept = listed.value(scope.key());
        if (gone >= kMassRetirement && gone >= kept) {
            const QString where = scope.key().section(u'\x1f', 0, 0) + u' ' + scope.key().section(u'\x1f', 1);
            m_report.authoritative.removeAll(where);
            m_report.warnings << tr("%1: this input lists %2 and leaves out %3 that the store knows there; that looks "
                                    "like a filtered or partial answer, so nothing was retired. Retire them by hand if "
                                    "they are gone.")
                                     .arg(where, QString::number(kept), QString::number(gone));
            continue;
        }
        for (const auto& it : *scope) {
            if (auto retired = retire(*it); !retired)
                return retired;
        }
    }
    return {};
}

Status SyncWriter::retire(Existing& existing)
{
    if (auto retired = m_store.retire(existing.id, LifecycleState::Retired, m_now); !retired)
        return retired;
    if (auto status = lifecycle(existing.id, existing.status, LifecycleState::Retired,
                                QString::fromLatin1(LifecycleState::RemovedAtSource));
        !status)
        return status;
    existing.status = LifecycleState::Retired;
    ++m_report.removed;
    return {};
}

Status SyncWriter::lifecycle(qint64 id, const QString& from, const QString& to, const QString& reason)
{
    return m_writer.insertLifecycle(LifecycleEvent { 0, id, m_now, from, to, m_actor, reason });
}

void SyncWriter::warnIfUserMeetsRole(const UsagePrincipal& u, qint64 id)
{
    if (u.source != QLatin1String("aws") || u.namedTwice)
        return;
    // IAM never gives a user and a role one id (AIDA… and AROA…): a log whose user holds a stored role's id (or the
    // other way round) uses a placeholder id, and its calls land on the other principal; said, as within one run.
    const auto kindOf = [](const QString& arn) -> int {
        if (!arn.startsWith(QLatin1String("arn:")))
            return 0;
        if (arn.contains(QLatin1String(":user/")))
            return 1;
        return arn.contains(QLatin1String(":role/")) || arn.contains(QLatin1String(":assumed-role/")) ? 2 : 0;
    };
    QString here;
    for (const QString& alias : u.principalAliases) {
        if (kindOf(alias) != 0) {
            here = alias;
            break;
        }
    }
    if (here.isEmpty())
        return;
    const QString prefix = u.source + u'\x1f';
    if (!m_iamArnsIndexed) {
        m_iamArnsIndexed = true;
        for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it) {
            if (it.key().startsWith(prefix) && kindOf(it.key().mid(prefix.size())) != 0)
                m_iamArnsById[*it] << it.key().mid(prefix.size());
        }
    }
    for (const QString& stored : m_iamArnsById.value(id)) {
        if (kindOf(stored) != kindOf(here)) {
            m_report.warnings << tr("id %1 acts as %2 in this input and names %3 in the store: counted as that "
                                    "identity, as the id says, though IAM never gives a user and a role one id; the "
                                    "logs mix two principals up")
                                     .arg(SafeText::quote(u.principal), SafeText::quote(here), SafeText::quote(stored));
            return;
        }
    }
}

Result<qint64> SyncWriter::knownPrincipal(const UsagePrincipal& u)
{
    if (auto status = loadSource(u.source); !status)
        return status.error();
    for (const QString& name : QStringList { u.principal } + u.principalAliases) {
        const QString nameKey = key(u.source, name);
        qint64 found = 0;
        if (auto it = m_existing.constFind(nameKey); it != m_existing.constEnd())
            found = it->id;
        else if (auto alias = m_aliases.constFind(nameKey); alias != m_aliases.constEnd())
            found = *alias;
        if (found > 0) {
            warnIfUserMeetsRole(u, found);
            return found;
        }
    }
    // The same role or user named under another path (Access Advisor's ARN of a role the export lists without one).
    for (const QString& name : QStringList { u.principal } + u.principalAliases) {
        if (const QString plain = iamArnWithoutPath(name); !plain.isEmpty()) {
            if (auto it = m_iamNames.constFind(key(u.source, plain)); it != m_iamNames.constEnd())
                return *it;
        }
    }
    return qint64(0);
}

Result<qint64> SyncWriter::resolvePrincipal(const UsagePrincipal& u, const UsageAggregate& first)
{
    auto known = knownPrincipal(u);
    if (!known || *known > 0)
        return known;
    const QString k = key(u.source, u.principal);

    // A principal no inventory knows: keep it, visibly, as a shadow identity.
    Identity shadow;
    shadow.source = u.source;
    shadow.nativeId = u.principal;
    shadow.displayName = u.principalName.isEmpty() ? u.principal : u.principalName;
    shadow.kind = u.principalKind.isEmpty() ? QStringLiteral("service-account") : u.principalKind;
    shadow.status = LifecycleState::Discovered;
    shadow.discoveredFromActivity = true;
    shadow.createdAt = first.firstSeen.isValid() ? first.firstSeen : first.lastSeen;
    auto id = m_writer.insertIdentity(shadow, m_now);
    if (!id)
        return id.error();
    remember(k, Existing { *id, QString(), shadow.status, true, QString() });
    ++m_report.shadow;
    StagedIdentity withAliases;
    withAliases.identity = shadow;
    withAliases.aliases = u.principalAliases;
    if (auto status = writeAliases(*id, withAliases); !status)
        return status.error();
    if (auto status = lifecycle(*id, QString(), shadow.status, QString::fromLatin1(LifecycleState::SeenInActivity));
        !status)
        return status.error();
    return *id;
}

Status SyncWriter::retireDeleted(const std::vector<UsagePrincipal>& principals, const std::vector<qint64>& ids,
                                 const std::vector<std::pair<qint64, const UsageAggregate*>>& resolved,
                                 const QStringList& outcomes)
{
    // Its log says it was deleted (a token destroyed) and shows no sign of it after: a principal only activity showed
    // is gone, not a live identity waiting for an owner. One an inventory lists keeps what the inventory says. Only a
    // deletion of the identity by its own id counts (another token under the same name is another token), and any
    // later sign of life of the identity keeps it: a use, a making, a use an earlier import recorded.
    QHash<qint64, QDateTime> deletedAt;
    QHash<qint64, QDateTime> aliveAt;
    QHash<qint64, QString> keyOf;
    const auto later = [](QHash<qint64, QDateTime>& at, qint64 id, const QDateTime& when) {
        if (when.isValid() && (!at.contains(id) || when > at.value(id)))
            at.insert(id, when);
    };
    for (size_t p = 0; p < principals.size(); ++p) {
        const UsagePrincipal& u = principals[p];
        if (ids[p] == 0)
            continue;
        later(aliveAt, ids[p], u.lastMade);
        const QString k = key(u.source, u.principal);
        if (u.lastDeleted.isValid() && m_existing.value(k).id == ids[p]) {
            later(deletedAt, ids[p], u.lastDeleted);
            keyOf.insert(ids[p], k);
        }
    }
    if (deletedAt.isEmpty())
        return {};
    for (const auto& [id, aggregate] : resolved) {
        if (deletedAt.contains(id) && outcomes[qsizetype(aggregate->outcome)] != QLatin1String("lifecycle"))
            later(aliveAt, id, aggregate->lastSeen);
    }
    for (auto it = deletedAt.cbegin(); it != deletedAt.cend(); ++it) {
        if (aliveAt.contains(it.key()) && aliveAt.value(it.key()) >= it.value())
            continue;
        // An earlier import's events after it (an older log read after a newer one): made again, or in use.
        auto seenBefore = m_store.lastSeenOf(it.key());
        if (!seenBefore)
            return seenBefore.error();
        if (seenBefore->isValid() && *seenBefore > it.value())
            continue;
        auto existing = m_existing.find(keyOf.value(it.key()));
        if (existing == m_existing.end() || !existing->discovered || existing->status == LifecycleState::Retired)
            continue;
        if (auto retired = retire(*existing); !retired)
            return retired;
    }
    return {};
}

Status SyncWriter::writeObservedGrants(qint64 id, const UsagePrincipal& u)
{
    if (u.principalGrants.isEmpty() || m_observedGrantsWritten.contains(id))
        return {};
    // Only a shadow identity takes its grants from activity: an inventory's own list always wins.
    m_observedGrantsWritten.insert(id); // asked once per identity and run, whatever the answer
    const bool shadow = std::any_of(m_existing.cbegin(), m_existing.cend(),
                                    [&](const Existing& e) { return e.id == id && e.discovered; });
    if (!shadow)
        return {};
    if (auto cleared = m_store.clearGrants(id); !cleared)
        return cleared;
    for (Grant g : u.principalGrants) {
        g.identityId = id;
        if (auto status = m_writer.insertGrant(g); !status)
            return status;
    }
    return {};
}

Status SyncWriter::writeCoverage(const QSet<QString>& coverage)
{
    for (const QString& entry : coverage) {
        const QStringList parts = entry.split(u'\x1f');
        if (auto added = m_store.addCoverage(parts.value(0), parts.value(1), parts.value(2)); !added)
            return added;
    }
    return {};
}

Status SyncWriter::discountCountedBefore(const SightedLog& sighted, std::vector<UsageAggregate>& usage,
                                         bool repeatsPassedOver)
{
    if (sighted.isEmpty())
        return {};
    // Ids are kept for the imports of the last kSeenRetentionDays, whatever the events' own age (an old
    // trail read for an investigation too): the table grows with recent imports, not with all ever made.
    // An identical file is caught by its hash whenever it comes back.
    const qint64 today = QDate(1970, 1, 1).daysTo(m_now.toUTC().date());
    if (auto pruned = m_store.forgetSeenBefore(today - kSeenRetentionDays); !pruned)
        return pruned;
    auto discount = [&](quint32 ordinal) {
        if (ordinal < usage.size() && usage[ordinal].count > 0)
            --usage[ordinal].count;
    };
    // The ids come sorted, in chunks of whole keys: each chunk is checked against the store's table of ids counted
    // before, so memory holds a chunk, not the import.
    std::vector<SightedEvent> firsts; // one per (id, aggregate): a repeated delivery is left out
    std::vector<quint64> keys; // the chunk's distinct ids
    qint64 repeated = 0;
    auto flush = [&]() -> Status {
        if (keys.empty())
            return {};
        auto fresh = m_store.recordSeen(keys, today);
        if (!fresh)
            return makeError(tr("cannot record which events were counted: %1").arg(fresh.errorString()));
        // Both sorted: what is in keys but not fresh was counted by an earlier import.
        std::vector<quint64> countedBefore;
        std::set_difference(keys.begin(), keys.end(), fresh->begin(), fresh->end(), std::back_inserter(countedBefore));
        // Every aggregate the id stands in is taken off once; the events are counted by the record's own.
        for (const SightedEvent& event : firsts) {
            if (std::binary_search(countedBefore.begin(), countedBefore.end(), event.key)) {
                discount(event.aggregate);
                m_report.countedBefore += event.counted;
            }
        }
        firsts.clear();
        keys.clear();
        return {};
    };
    SightedEvent lastPerson { 0, std::numeric_limits<quint32>::max(), 0 };
    Status read = sighted.forEachSorted([&](const SightedEvent& event) -> Status {
        // A person's records are passed over: neither counted nor kept as counted, so that an import that lists the
        // user later still counts them. Their repeats are counted apart, for the records said to be passed over.
        if (event.aggregate < usage.size() && m_people.contains(usage[event.aggregate].principal)) {
            if (!repeatsPassedOver && event.key == lastPerson.key && event.aggregate == lastPerson.aggregate)
                m_repeatedOf[usage[event.aggregate].principal] += event.counted;
            lastPerson = event;
            return {};
        }
        const bool sameKey = !keys.empty() && keys.back() == event.key;
        // The same id twice in one input (a streamed export delivers at least once) is one event: the second is
        // taken off its aggregate, unless the importer passed it over already. One record may stand for several
        // actions under one id (a console session beside its call), so a repeat is the same id in the same aggregate.
        if (sameKey && !repeatsPassedOver && firsts.back().key == event.key
            && firsts.back().aggregate == event.aggregate) {
            discount(event.aggregate);
            repeated += event.counted;
            return {};
        }
        if (!sameKey) {
            if (keys.size() >= m_seenChunk) {
                if (auto flushed = flush(); !flushed)
                    return flushed;
            }
            keys.push_back(event.key);
        }
        firsts.push_back(event);
        return {};
    });
    if (!read)
        return read;
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (repeated > 0) {
        m_report.events -= repeated;
        m_report.warnings << tr("%n event(s) appeared more than once in the input (same event id) and were counted "
                                "once",
                                nullptr, int(std::min<qint64>(repeated, std::numeric_limits<int>::max())));
    }
    // An aggregate whose every event was counted before is already in the store as it is: writeUsage passes it over.
    return {};
}

Status SyncWriter::passOverPeople(const StagingSink& sink)
{
    // Signing in to the console and clicking through it is a person at the keyboard (a browser, MFA): an IAM user
    // seen doing nothing else is not added as a non-human identity. One the inventory lists keeps its use, as any
    // other.
    const std::vector<UsagePrincipal>& principals = sink.principals();
    for (size_t p = 0; p < principals.size(); ++p) {
        const UsagePrincipal& principal = principals[p];
        if (!principal.onlyAtConsole() || !principal.anyAtConsole || principal.principalKind != IdentityKind::IamUser)
            continue;
        auto known = knownPrincipal(principal);
        if (!known)
            return known.error();
        if (*known == 0)
            m_people.insert(quint32(p));
    }
    return {};
}

Status SyncWriter::writeUsage(const StagingSink& sink)
{
    const std::vector<UsageAggregate>& usage = sink.usage();
    const std::vector<UsagePrincipal>& principals = sink.principals();
    const QStringList& actions = sink.actions();
    const QStringList& outcomes = sink.outcomes();
    QHash<qint64, QDateTime> lastUsed;
    // In time order: an identity discovered from activity dates from its earliest sighting, and identities are
    // numbered the same way whatever order the aggregates were read in.
    std::vector<const UsageAggregate*> ordered;
    ordered.reserve(usage.size());
    for (const UsageAggregate& u : usage) {
        if (u.count > 0) // one whose every event an earlier import counted is in the store as it is
            ordered.push_back(&u);
    }
    auto sortKey = [&](const UsageAggregate* u) {
        const UsagePrincipal& p = principals[u->principal];
        return std::tie(u->firstSeen, u->lastSeen, p.source, p.principal, actions[qsizetype(u->action)],
                        outcomes[qsizetype(u->outcome)]);
    };
    std::sort(ordered.begin(), ordered.end(),
              [&](const UsageAggregate* a, const UsageAggregate* b) { return sortKey(a) < sortKey(b); });
    std::vector<std::pair<qint64, const UsageAggregate*>> resolved;
    resolved.reserve(ordered.size());
    // A principal has an aggregate per action and day: it is looked up once, by its earliest aggregate.
    std::vector<qint64> ids(principals.size(), 0);
    QStringList people; // IAM users no inventory lists, seen only at the console
    qint64 peopleRecords = 0; // each once
    qint64 peopleEvents = 0; // as read, repeats too
    for (const quint32 p : std::as_const(m_people)) {
        const UsagePrincipal& person = principals[p];
        const QString name = person.principalName.isEmpty() ? person.principal : person.principalName;
        if (!people.contains(name))
            people << name;
        peopleRecords += person.events - m_repeatedOf.value(p);
        peopleEvents += person.events;
    }
    for (const UsageAggregate* aggregate : ordered) {
        if (m_people.contains(aggregate->principal))
            continue;
        qint64& id = ids[aggregate->principal];
        if (id == 0) {
            const UsagePrincipal& principal = principals[aggregate->principal];
            auto resolvedId = resolvePrincipal(principal, *aggregate);
            if (!resolvedId)
                return resolvedId.error();
            id = *resolvedId;
            if (auto status = writeObservedGrants(id, principal); !status)
                return status;
            // A credential the store holds for it, named by its events (an Entra sign-in's key id), was used then;
            // a last use only moves forward, whichever import brought the credential or the sign-ins.
            for (auto use = principal.credentialUse.cbegin(); use != principal.credentialUse.cend(); ++use) {
                if (auto raised = m_store.raiseCredentialLastUsed(id, use.key(), use.value()); !raised)
                    return raised;
            }
        }
        resolved.emplace_back(id, aggregate);
    }
    if (auto status = retireDeleted(principals, ids, resolved, outcomes); !status)
        return status;
    if (!people.isEmpty()) {
        people.sort();
        // Their records are passed over, not counted as activity read.
        m_report.skipped += int(std::min<qint64>(peopleRecords, std::numeric_limits<int>::max()));
        m_report.events = std::max<qint64>(0, m_report.events - peopleEvents);
        m_report.skippedWhy.prepend(
            tr("%1 × IAM users seen only signing in to the console and working in it, people rather than non-human "
               "identities, not added: %2")
                .arg(QLocale().toString(peopleRecords),
                     people.mid(0, 5).join(QStringLiteral(", "))
                         + (people.size() > 5 ? tr(" and %n more", nullptr, int(people.size() - 5)) : QString())));
    }
    // Rows in the table's key order append to its B-tree instead of splitting pages all over it: a third faster.
    // Actions and outcomes compared by their rank in text order, and bound as UTF-8 made once each.
    const auto ranks = [](const QStringList& names) {
        std::vector<quint32> order(size_t(names.size()));
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return names[a] < names[b]; });
        std::vector<quint32> rank(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = quint32(i);
        return rank;
    };
    const std::vector<quint32> actionRank = ranks(actions);
    const std::vector<quint32> outcomeRank = ranks(outcomes);
    std::sort(resolved.begin(), resolved.end(), [&](const auto& a, const auto& b) {
        return std::tie(a.first, actionRank[a.second->action], a.second->day, outcomeRank[a.second->outcome])
            < std::tie(b.first, actionRank[b.second->action], b.second->day, outcomeRank[b.second->outcome]);
    });
    QList<QByteArray> actionBytes;
    for (const QString& a : actions)
        actionBytes << a.toUtf8();
    QList<QByteArray> outcomeBytes;
    for (const QString& o : outcomes)
        outcomeBytes << o.toUtf8();
    for (const auto& [id, aggregate] : resolved) {
        const UsageAggregate& u = *aggregate;
        const QString& outcome = outcomes[qsizetype(u.outcome)];
        if (auto status = m_writer.addUsage(id, actionBytes[qsizetype(u.action)], u.day,
                                            outcomeBytes[qsizetype(u.outcome)], u.count, u.lastSeen);
            !status)
            return status;
        ++m_report.usageRows;
        // A call that failed past authentication (NoSuchEntity, a 404) still shows the identity in use; a denial
        // does not, and neither shows a permission used (DriftAnalyzer counts "allowed" only).
        if ((outcome == QLatin1String("allowed") || outcome == QLatin1String("error"))
            && u.lastSeen > lastUsed.value(id))
            lastUsed.insert(id, u.lastSeen);
    }
    for (auto it = lastUsed.cbegin(); it != lastUsed.cend(); ++it) {
        if (auto raised = m_store.raiseLastUsed(it.key(), it.value()); !raised)
            return raised;
    }
    return {};
}

} // namespace recertify
