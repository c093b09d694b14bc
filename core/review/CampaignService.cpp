#include "CampaignService.h"

#include "Attestations.h"
#include "CampaignScope.h"
#include "TriggerService.h"
#include "analysis/FactsLoader.h"
#include "analysis/FindingText.h"
#include "analysis/PermissionIndex.h"
#include "analysis/PermissionMatcher.h"
#include "analysis/TrustDebtScorer.h"
#include "analysis/TrustDebtWeights.h"
#include "lifecycle/LifecycleService.h"
#include "storage/AuditLog.h"
#include "storage/SqlUtil.h"
#include "util/People.h"
#include "util/Timestamp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace recertify {

namespace {

QJsonValue iso(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(Timestamp::toIso(t)) : QJsonValue(QJsonValue::Null);
}

Campaign readCampaign(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.scope = q.value(2).toString();
    c.due = Timestamp::fromIso(q.value(3).toString());
    c.createdAt = Timestamp::fromIso(q.value(4).toString());
    c.createdBy = q.value(5).toString();
    c.status = q.value(6).toString();
    c.fallbackReviewer = q.value(7).toString();
    c.secondStage = q.value(8).toString();
    c.trigger = q.value(9).toString();
    c.closedAt = Timestamp::fromIso(q.value(10).toString());
    return c;
}

const QString kCampaignColumns
    = QStringLiteral("SELECT id, name, scope_expr, due, created_at, created_by, status, fallback_reviewer, "
                     "second_stage, trigger_kind, closed_at FROM campaigns");

// The evidence a reviewer sees for one identity, frozen into the item when the campaign starts.
QJsonObject evidenceFor(const IdentityFacts& facts, const QList<Finding>& findings, const TrustDebt& debt,
                        const DriftFigures& figures, const QDateTime& now, const QList<QJsonObject>& whyData,
                        const QJsonObject& reasonData)
{
    // Why it is here, as data (shown in the reader's language) and, for older readers, in the language it was made in.
    QStringList why;
    QJsonArray whyArray;
    for (const QJsonObject& w : whyData) {
        why << FindingText::render(w, QString());
        whyArray.append(w);
    }
    const Identity& i = facts.identity;
    const QDate windowStart = now.date().addDays(-90);
    QJsonArray grants;
    QJsonArray proposedReduce;
    const UsedActions usedActions(i.source, facts.usage, windowStart);
    for (const Grant& g : facts.grants) {
        const bool used = usedActions.uses(g.permission);
        const bool declared = std::any_of(i.declaredScope.cbegin(), i.declaredScope.cend(), [&](const QString& s) {
            return s == g.permission || PermissionMatcher::covers(i.source, s, g.permission);
        });
        grants.append(QJsonObject { { QStringLiteral("permission"), g.permission },
                                    { QStringLiteral("resourceScope"), g.resourceScope },
                                    { QStringLiteral("grantedVia"), g.grantedVia },
                                    { QStringLiteral("used"), used },
                                    { QStringLiteral("declared"), declared },
                                    { QStringLiteral("admin"), PermissionMatcher::isAdmin(i.source, g.permission) } });
        // Where no activity data covers the identity, nothing is known to be unused: nothing to propose.
        if (!used && facts.coverageDays != 0 && !g.resourceScope.startsWith(QLatin1String("trust-policy"))
            && !proposedReduce.contains(g.permission))
            proposedReduce.append(g.permission);
    }
    QJsonArray credentials;
    for (const Credential& c : facts.credentials) {
        credentials.append(QJsonObject {
            { QStringLiteral("type"), c.type },
            { QStringLiteral("credentialId"), c.credentialId },
            { QStringLiteral("ageDays"), c.createdAt.isValid() ? QJsonValue(c.createdAt.daysTo(now)) : QJsonValue() },
            { QStringLiteral("expiresAt"), iso(c.expiresAt) },
            { QStringLiteral("lastUsedAt"), iso(c.lastUsedAt) } });
    }
    QJsonArray findingList;
    QJsonArray outOfScope;
    for (const Finding& f : findings) {
        findingList.append(
            QJsonObject { { QStringLiteral("type"), f.type },
                          { QStringLiteral("subject"), f.subject },
                          { QStringLiteral("severity"), f.severity },
                          { QStringLiteral("detail"), f.detail },
                          { QStringLiteral("owasp"), f.owasp },
                          { QStringLiteral("since"), iso(f.since) },
                          // Frozen as data too, so each reader sees the evidence in their language.
                          { QStringLiteral("detailData"), QJsonDocument::fromJson(f.detailData.toUtf8()).object() } });
        if (f.type == QLatin1String("out-of-scope-action"))
            outOfScope.append(f.subject);
    }
    QJsonArray factors;
    for (const DebtFactor& f : debt.factors) {
        factors.append(QJsonObject { { QStringLiteral("factor"), f.factor },
                                     { QStringLiteral("points"), f.points },
                                     { QStringLiteral("since"), iso(f.since) },
                                     { QStringLiteral("owasp"), f.owasp } });
    }
    return QJsonObject {
        { QStringLiteral("identity"),
          QJsonObject { { QStringLiteral("id"), i.id },
                        { QStringLiteral("nativeId"), i.nativeId },
                        { QStringLiteral("displayName"), i.displayName },
                        { QStringLiteral("kind"), i.kind },
                        { QStringLiteral("source"), i.source },
                        { QStringLiteral("status"), i.status },
                        { QStringLiteral("businessOwner"), i.businessOwner },
                        { QStringLiteral("technicalOwner"), i.technicalOwner },
                        { QStringLiteral("purpose"), i.purpose },
                        { QStringLiteral("declaredScope"), QJsonArray::fromStringList(i.declaredScope) },
                        { QStringLiteral("expiresAt"), iso(i.expiresAt) },
                        { QStringLiteral("createdAt"), iso(i.createdAt) } } },
        { QStringLiteral("granted"), figures.granted },
        { QStringLiteral("used"), figures.used },
        { QStringLiteral("unused"), figures.unused },
        { QStringLiteral("grants"), grants },
        { QStringLiteral("outOfScope"), outOfScope },
        { QStringLiteral("proposedReduce"), proposedReduce },
        { QStringLiteral("lastUsedAt"), iso(i.lastUsedAt) },
        { QStringLiteral("credentials"), credentials },
        { QStringLiteral("findings"), findingList },
        { QStringLiteral("trustDebt"),
          QJsonObject { { QStringLiteral("score"), debt.score }, { QStringLiteral("factors"), factors } } },
        { QStringLiteral("why"), QJsonArray::fromStringList(why) },
        { QStringLiteral("whyData"), whyArray },
        { QStringLiteral("reasonData"), reasonData },
        { QStringLiteral("usageCoverage"),
          QJsonObject { { QStringLiteral("days"), facts.coverageDays },
                        { QStringLiteral("windowDays"), 90 },
                        { QStringLiteral("scope"), facts.coverageScope } } },
        { QStringLiteral("capturedAt"), iso(now) },
    };
}

// What decides whether an item is "unchanged since the last review": grants, credentials, owners and findings.
QString evidenceHash(const QJsonObject& evidence)
{
    QJsonObject stable = evidence;
    stable.remove(QStringLiteral("capturedAt"));
    stable.remove(QStringLiteral("trustDebt")); // interest moves daily; the facts behind it do not
    // Why an item is in a campaign is the campaign's, not a fact about the identity (and not a language).
    for (const char* key : { "why", "whyData", "reasonData", "attestations" })
        stable.remove(QString::fromLatin1(key));
    QJsonArray findings;
    for (const QJsonValue& f : evidence.value(QStringLiteral("findings")).toArray()) {
        QJsonObject o = f.toObject();
        o.remove(QStringLiteral("detail"));
        o.remove(QStringLiteral("detailData"));
        o.remove(QStringLiteral("since"));
        findings.append(o);
    }
    stable.insert(QStringLiteral("findings"), findings);
    QJsonArray credentials;
    for (const QJsonValue& c : evidence.value(QStringLiteral("credentials")).toArray()) {
        QJsonObject o = c.toObject();
        o.remove(QStringLiteral("ageDays"));
        credentials.append(o);
    }
    stable.insert(QStringLiteral("credentials"), credentials);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(stable).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

Result<qint64> CampaignService::create(const CampaignRequest& request, const Progress& progress)
{
    return create(request, 0, {}, progress);
}

Result<qint64> CampaignService::create(const CampaignRequest& request, qint64 templateId,
                                       const QDateTime& templateNextRun)
{
    return create(request, templateId, templateNextRun, {});
}

Result<qint64> CampaignService::create(const CampaignRequest& request, qint64 templateId,
                                       const QDateTime& templateNextRun, const Progress& progress)
{
    if (request.name.trimmed().isEmpty())
        return fieldError(QStringLiteral("name"), tr("a campaign needs a name"));
    if (!request.due.isValid())
        return fieldError(QStringLiteral("due"), tr("expected a date such as 2026-12-31"));
    const QDateTime now = m_clock.now();
    if (request.due <= now)
        return fieldError(QStringLiteral("due"),
                          tr("%1 has already passed").arg(request.due.date().toString(Qt::ISODate)));
    if (!request.fallbackReviewer.isEmpty() && !looksLikeEmail(request.fallbackReviewer))
        return fieldError(QStringLiteral("fallbackReviewer"),
                          tr("expected an email address, got \"%1\"").arg(request.fallbackReviewer));
    if (!request.secondStage.isEmpty() && request.secondStage != QLatin1String("technical")
        && request.secondStage != QLatin1String("manager"))
        return fieldError(QStringLiteral("secondStage"),
                          tr("expected technical or manager, got \"%1\"").arg(request.secondStage));
    auto scope = CampaignScope::parse(request.scope);
    if (!scope)
        return scope.error();

    qint64 campaignId = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        QVariantList binds;
        const QString where = scope->where(&binds);
        auto inScope = sql::runList(
            db,
            QStringLiteral("SELECT i.id, i.ownership_until, i.scope_until, i.need_until FROM identities i "
                           "LEFT JOIN people p ON p.email = i.business_owner")
                + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
            binds);
        if (!inScope)
            return inScope.error();
        QSet<qint64> ids;
        QHash<qint64, QStringList> asks; // only what is due, when asked for; all three otherwise
        int stillCertified = 0;
        while (inScope->next()) {
            const qint64 id = inScope->value(0).toLongLong();
            const QStringList due = Attestations::due(Timestamp::fromIso(inScope->value(1).toString()),
                                                      Timestamp::fromIso(inScope->value(2).toString()),
                                                      Timestamp::fromIso(inScope->value(3).toString()), now);
            if (request.onlyExpired && due.isEmpty()) {
                ++stillCertified;
                continue;
            }
            ids.insert(id);
            if (request.onlyExpired && due.size() < Attestations::kAll.size())
                asks.insert(id, due);
        }
        inScope->finish();
        if (ids.isEmpty() && stillCertified > 0) {
            return Error {
                tr("every identity matching \"%1\" is still certified for ownership, task scope and business need")
                    .arg(request.scope),
                QStringLiteral("all-certified"), QStringLiteral("scope")
            };
        }
        if (ids.isEmpty())
            return fieldError(QStringLiteral("scope"), tr("no identity matches \"%1\"").arg(request.scope));

        auto people = FactsLoader::people(db);
        if (!people)
            return people.error();
        // The last certified evidence of each identity, to mark items unchanged since then.
        QHash<qint64, QString> lastCertified;
        auto previous = sql::run(
            db,
            QStringLiteral(
                "SELECT r.identity_id, r.evidence_hash FROM review_items r JOIN decisions d ON d.item_id = r.id "
                "WHERE d.need = 'certify' ORDER BY d.decided_at"));
        if (!previous)
            return previous.error();
        while (previous->next())
            lastCertified.insert(previous->value(0).toLongLong(), previous->value(1).toString());
        previous->finish();

        auto inserted = sql::run(
            db,
            QStringLiteral(
                "INSERT INTO campaigns (name, scope_expr, due, created_at, created_by, status, fallback_reviewer, "
                "second_stage, trigger_kind, template_id) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?) RETURNING id"),
            { request.name.trimmed(), scope->expression(), Timestamp::toIso(request.due), Timestamp::toIso(now),
              request.createdBy, sql::nullableText(request.fallbackReviewer.toLower()),
              sql::nullableText(request.secondStage), sql::nullableText(request.trigger),
              templateId > 0 ? QVariant(templateId) : QVariant(QMetaType::fromType<qint64>()) });
        if (!inserted)
            return inserted.error();
        campaignId = inserted->next() ? inserted->value(0).toLongLong() : 0;
        inserted->finish();
        if (templateId > 0 && templateNextRun.isValid()) {
            auto moved = sql::run(db, QStringLiteral("UPDATE campaign_templates SET next_run_at = ? WHERE id = ?"),
                                  { Timestamp::toIso(templateNextRun), templateId });
            if (!moved)
                return moved.error();
        }

        auto item = sql::prepare(
            db,
            QStringLiteral(
                "INSERT INTO review_items (campaign_id, identity_id, stage, reviewer, state, reason, evidence_json, "
                "evidence_hash, unchanged_since_last, asks) VALUES (?, ?, 1, ?, 'pending', ?, ?, ?, ?, ?)"));
        if (!item)
            return item.error();
        const DriftAnalyzer analyzer(now);
        const TrustDebtScorer scorer(now);
        const QDate windowStart = now.date().addDays(-90);
        auto coverage = FactsLoader::coverage(db, windowStart);
        if (!coverage)
            return coverage.error();
        QStringList unrouted;
        qint64 after = 0;
        int done = 0;
        for (;;) {
            FactsBatch batch;
            if (auto loaded = FactsLoader::load(db, after, 0, windowStart, people.value(), &batch, &coverage.value());
                !loaded)
                return loaded;
            if (batch.facts.isEmpty())
                break;
            after = batch.facts.last().identity.id;
            for (const IdentityFacts& facts : std::as_const(batch.facts)) {
                const Identity& i = facts.identity;
                if (!ids.contains(i.id))
                    continue;
                if (progress && ++done % 100 == 0 && !progress(done, int(ids.size())))
                    return makeError(tr("Cancelled: no campaign was created."));
                DriftFigures figures;
                const QList<Finding> findings = analyzer.analyze(facts, &figures);
                const TrustDebt debt = scorer.score(findings);
                const bool ownerActive
                    = !i.businessOwner.isEmpty() && (people->isEmpty() || people->value(i.businessOwner, false));
                QString reviewer = ownerActive ? i.businessOwner : request.fallbackReviewer.toLower();
                // Kept as data: each reader sees why in their own language.
                QList<QJsonObject> why {
                    request.trigger.isEmpty()
                        ? (request.scope.isEmpty()
                               ? FindingText { "CampaignService",
                                               QT_TRANSLATE_NOOP("CampaignService",
                                                                 "in scope of every identity that is not retired"),
                                               {},
                                               -1 }
                               : FindingText { "CampaignService",
                                               QT_TRANSLATE_NOOP("CampaignService", "in scope of %1"),
                                               { scope->expression() },
                                               -1 })
                              .toJson()
                        : TriggerService::describeText(request.trigger).toJson()
                };
                FindingText reasonText {
                    "CampaignService", QT_TRANSLATE_NOOP("CampaignService", "business owner"), {}, -1
                };
                if (!ownerActive) {
                    reasonText = i.businessOwner.isEmpty()
                        ? FindingText { "CampaignService",
                                        QT_TRANSLATE_NOOP("CampaignService",
                                                          "orphaned: no owner, routed to the fallback reviewer"),
                                        {},
                                        -1 }
                        : FindingText { "CampaignService",
                                        QT_TRANSLATE_NOOP(
                                            "CampaignService",
                                            "orphaned: %1 has left or is unknown, routed to the fallback reviewer"),
                                        { i.businessOwner },
                                        -1 };
                    why << reasonText.toJson();
                }
                const QString reason = reasonText.render();
                for (const Finding& f : findings) {
                    if (f.severity == QLatin1String("high")) {
                        const QJsonObject detail = f.detailData.isEmpty()
                            ? QJsonObject()
                            : QJsonDocument::fromJson(f.detailData.toUtf8()).object();
                        // The detail travels as data when it has some, else as the sentence it was stored as.
                        why << (detail.isEmpty() ? FindingText { "CampaignService",
                                                                 QT_TRANSLATE_NOOP("CampaignService", "%1 (%2): %3"),
                                                                 { f.type, f.owasp, f.detail },
                                                                 -1 }
                                                       .toJson()
                                                 : FindingText { "CampaignService",
                                                                 QT_TRANSLATE_NOOP("CampaignService", "%1 (%2): %3"),
                                                                 { f.type, f.owasp },
                                                                 -1 }
                                                       .toJson(detail));
                    }
                }
                if (reviewer.isEmpty()) {
                    unrouted << i.displayName;
                    continue;
                }
                QJsonObject evidence = evidenceFor(facts, findings, debt, figures, now, why, reasonText.toJson());
                // Which attestations this item asks, and until when the others stay certified.
                const QStringList asked = asks.value(i.id, Attestations::kAll);
                QJsonObject attestations;
                const QDateTime until[] = { facts.ownershipUntil, facts.scopeUntil, facts.needUntil };
                for (int k = 0; k < 3; ++k) {
                    attestations.insert(
                        Attestations::kAll.at(k),
                        QJsonObject { { QStringLiteral("asked"), asked.contains(Attestations::kAll.at(k)) },
                                      { QStringLiteral("certifiedUntil"), iso(until[k]) } });
                }
                evidence.insert(QStringLiteral("attestations"), attestations);
                const QString hash = evidenceHash(evidence);
                const bool unchanged = lastCertified.value(i.id) == hash;
                if (auto st = sql::exec(*item,
                                        { campaignId, i.id, reviewer, reason,
                                          QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact)),
                                          hash, unchanged ? 1 : 0, sql::nullableText(asks.value(i.id).join(u',')) });
                    !st)
                    return st;
            }
        }
        if (!unrouted.isEmpty()) {
            return fieldError(
                QStringLiteral("fallbackReviewer"),
                tr("%n identities have no active owner and no fallback reviewer (first: %1); name a fallback reviewer",
                   nullptr, int(unrouted.size()))
                    .arg(unrouted.first()));
        }
        AuditLog audit(db);
        return audit.append(now, request.createdBy, QStringLiteral("campaign.create"), QStringLiteral("campaign"),
                            QString::number(campaignId),
                            QJsonObject { { QStringLiteral("name"), request.name },
                                          { QStringLiteral("scope"), scope->expression() },
                                          { QStringLiteral("due"), Timestamp::toIso(request.due) },
                                          { QStringLiteral("items"), int(ids.size()) } });
    });
    if (!status)
        return status.error();
    return campaignId;
}

Result<QList<Campaign>> CampaignService::list() const
{
    auto q = sql::run(m_database->connection(), kCampaignColumns + QStringLiteral(" ORDER BY id DESC"));
    if (!q)
        return q.error();
    QList<Campaign> out;
    while (q->next())
        out.append(readCampaign(q.value()));
    return out;
}

Result<Campaign> CampaignService::byId(qint64 id) const
{
    auto q = sql::run(m_database->connection(), kCampaignColumns + QStringLiteral(" WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(tr("No campaign with id %1").arg(id));
    return readCampaign(q.value());
}

Result<CampaignStatus> CampaignService::status(qint64 id) const
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    CampaignStatus status;
    status.campaign = campaign.value();
    const QString now = Timestamp::toIso(m_clock.now());
    auto q
        = sql::run(m_database->connection(),
                   QStringLiteral("SELECT r.reviewer, COUNT(*), SUM(CASE WHEN r.state = 'decided' THEN 1 ELSE 0 END), "
                                  "SUM(CASE WHEN d.flags IS NOT NULL AND d.flags <> '' THEN 1 ELSE 0 END), "
                                  "SUM(CASE WHEN r.delegated_from IS NOT NULL THEN 1 ELSE 0 END) "
                                  "FROM review_items r LEFT JOIN %1 d ON d.item_id = r.id WHERE r.campaign_id = ? "
                                  "GROUP BY r.reviewer ORDER BY r.reviewer")
                       .arg(sql::currentDecisions()),
                   { id });
    if (!q)
        return q.error();
    while (q->next()) {
        CampaignStatus::Reviewer r { q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(),
                                     q->value(3).toInt() };
        status.items += r.items;
        status.decided += r.decided;
        status.flagged += r.flagged;
        status.handedOn += q->value(4).toInt();
        status.reviewers.append(r);
    }
    q->finish();
    if (campaign->due < m_clock.now() && campaign->status == CampaignState::Open)
        status.overdue = status.items - status.decided;
    auto mix = sql::run(
        m_database->connection(),
        QStringLiteral(
            "SELECT SUM(CASE WHEN d.need = 'certify' THEN 1 ELSE 0 END), SUM(CASE WHEN d.scope = 'reduce' THEN 1 ELSE "
            "0 END), "
            "SUM(CASE WHEN d.need = 'revoke' THEN 1 ELSE 0 END), SUM(CASE WHEN d.need = 'retire' THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.ownership = 'reassign' THEN 1 ELSE 0 END), SUM(CASE WHEN d.recommendation IS NOT NULL "
            "THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN d.recommendation = 'followed' THEN 1 ELSE 0 END), SUM(CASE WHEN d.supersedes IS NOT NULL "
            "THEN 1 ELSE 0 END) "
            "FROM %1 d JOIN review_items r ON r.id = d.item_id WHERE r.campaign_id = ?")
            .arg(sql::currentDecisions()),
        { id });
    if (!mix)
        return mix.error();
    if (mix->next()) {
        status.certified = mix->value(0).toInt();
        status.reduced = mix->value(1).toInt();
        status.revoked = mix->value(2).toInt();
        status.retired = mix->value(3).toInt();
        status.reassigned = mix->value(4).toInt();
        status.recommended = mix->value(5).toInt();
        status.followed = mix->value(6).toInt();
        status.amended = mix->value(7).toInt();
    }
    Q_UNUSED(now);
    return status;
}

Result<QList<Reminder>> CampaignService::remind(qint64 id, const QString& actor)
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    if (campaign->status != CampaignState::Open)
        return makeError(tr("Campaign %1 is closed; there is nobody to remind").arg(id));
    QList<Reminder> out;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto q = sql::run(
            db,
            QStringLiteral("SELECT r.reviewer, COUNT(*), MAX(p.manager_email) FROM review_items r LEFT JOIN people p "
                           "ON p.email = r.reviewer "
                           "WHERE r.campaign_id = ? AND r.state = 'pending' GROUP BY r.reviewer ORDER BY r.reviewer"),
            { id });
        if (!q)
            return q.error();
        while (q->next())
            out.append({ q->value(0).toString(), q->value(1).toInt(), q->value(2).toString() });
        q->finish();
        if (out.isEmpty())
            return {};
        QJsonArray reviewers;
        for (const Reminder& r : std::as_const(out))
            reviewers.append(
                QJsonObject { { QStringLiteral("reviewer"), r.reviewer }, { QStringLiteral("pending"), r.pending } });
        AuditLog audit(db);
        return audit.append(m_clock.now(), actor, QStringLiteral("campaign.remind"), QStringLiteral("campaign"),
                            QString::number(id), QJsonObject { { QStringLiteral("reviewers"), reviewers } });
    });
    if (!status)
        return status.error();
    return out;
}

Result<int> CampaignService::escalate(qint64 id, const QString& actor)
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    const QDateTime now = m_clock.now();
    if (campaign->status != CampaignState::Open || campaign->due >= now)
        return 0; // nothing is overdue yet
    int moved = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto overdue = sql::run(
            db,
            QStringLiteral(
                "SELECT r.id, r.reviewer, p.manager_email FROM review_items r JOIN people p ON p.email = r.reviewer "
                "WHERE r.campaign_id = ? AND r.state = 'pending' AND r.delegated_from IS NULL "
                "AND p.manager_email <> ''"),
            { id });
        if (!overdue)
            return overdue.error();
        QList<std::tuple<qint64, QString, QString>> items;
        while (overdue->next())
            items.append(
                { overdue->value(0).toLongLong(), overdue->value(1).toString(), overdue->value(2).toString() });
        overdue->finish();
        AuditLog audit(db);
        for (const auto& [item, reviewer, manager] : items) {
            auto q = sql::run(
                db,
                QStringLiteral(
                    "UPDATE review_items SET reviewer = ?, delegated_from = ?, version = version + 1 WHERE id = ?"),
                { manager, reviewer, item });
            if (!q)
                return q.error();
            if (auto st = audit.append(now, actor, QStringLiteral("review.escalate"), QStringLiteral("review-item"),
                                       QString::number(item),
                                       QJsonObject { { QStringLiteral("from"), reviewer },
                                                     { QStringLiteral("to"), manager },
                                                     { QStringLiteral("campaign"), id } });
                !st)
                return st;
            ++moved;
        }
        return {};
    });
    if (!status)
        return status.error();
    return moved;
}

Result<QList<FlaggedDecision>> CampaignService::flagged(qint64 id) const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral(
            "SELECT r.id, i.display_name, r.reviewer, d.decided_by, d.decided_at, d.flags, d.seconds_spent, "
            "d.ownership, "
            "d.ownership_target, d.scope, d.scope_remove, d.need, d.certify_until, d.justification FROM %1 d "
            "JOIN review_items r ON r.id = d.item_id JOIN identities i ON i.id = r.identity_id "
            "WHERE r.campaign_id = ? AND d.flags IS NOT NULL AND d.flags <> '' ORDER BY d.decided_at DESC, d.id DESC")
            .arg(sql::currentDecisions()),
        { id });
    if (!q)
        return q.error();
    QList<FlaggedDecision> out;
    while (q->next()) {
        FlaggedDecision f;
        f.itemId = q->value(0).toLongLong();
        f.identity = q->value(1).toString();
        f.reviewer = q->value(2).toString();
        f.decidedBy = q->value(3).toString();
        f.decidedAt = Timestamp::fromIso(q->value(4).toString());
        f.flags = q->value(5).toString().split(u',', Qt::SkipEmptyParts);
        f.secondsSpent = q->value(6).isNull() ? -1 : q->value(6).toInt();
        f.ownership = Answer::withDetail(q->value(7).toString(), q->value(8).toString(), {});
        f.scope
            = Answer::withDetail(q->value(9).toString(), {}, q->value(10).toString().split(u'\n', Qt::SkipEmptyParts));
        f.need = q->value(12).isNull() ? q->value(11).toString()
                                       : QStringLiteral("certify=") + q->value(12).toString().left(10);
        f.justification = q->value(13).toString();
        out.append(f);
    }
    return out;
}

Result<QList<std::pair<QDateTime, int>>> CampaignService::burndown(qint64 id) const
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    auto total = sql::run(m_database->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM review_items WHERE campaign_id = ?"), { id });
    if (!total || !total->next())
        return makeError(tr("Cannot count the items of campaign %1").arg(id));
    int remaining = total->value(0).toInt();
    total->finish();
    QList<std::pair<QDateTime, int>> points { { campaign->createdAt, remaining } };
    // An amendment does not decide an item twice: each item counts once, when first decided.
    auto decided
        = sql::run(m_database->connection(),
                   QStringLiteral("SELECT MIN(d.decided_at) FROM decisions d JOIN review_items r ON r.id = d.item_id "
                                  "WHERE r.campaign_id = ? GROUP BY d.item_id ORDER BY 1"),
                   { id });
    if (!decided)
        return decided.error();
    while (decided->next())
        points.append({ Timestamp::fromIso(decided->value(0).toString()), --remaining });
    return points;
}

Result<QList<RemediationTask>> CampaignService::tasks(qint64 id) const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral("SELECT t.id, t.identity_id, i.display_name, t.action, t.subject, t.state, t.verified_at "
                       "FROM remediation_tasks t JOIN identities i ON i.id = t.identity_id "
                       "WHERE t.campaign_id = ? ORDER BY t.state, t.id"),
        { id });
    if (!q)
        return q.error();
    QList<RemediationTask> out;
    while (q->next()) {
        out.append(RemediationTask { q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                                     q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                                     Timestamp::fromIso(q->value(6).toString()) });
    }
    return out;
}

Result<QStringList> CampaignService::reviewers(qint64 id) const
{
    auto q = sql::run(
        m_database->connection(),
        QStringLiteral("SELECT DISTINCT reviewer FROM review_items WHERE campaign_id = ? ORDER BY reviewer"), { id });
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<CloseReport> CampaignService::close(qint64 id, const QString& actor)
{
    auto campaign = byId(id);
    if (!campaign)
        return campaign.error();
    if (campaign->status != CampaignState::Open)
        return makeError(tr("Campaign %1 is already closed").arg(id));
    const QDateTime now = m_clock.now();
    CloseReport report;
    QList<std::pair<qint64, QString>> reassignments;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto decided = sql::run(
            db,
            QStringLiteral("SELECT r.identity_id, d.ownership, d.ownership_target, d.scope, d.scope_remove, d.need "
                           "FROM %1 d JOIN review_items r ON r.id = d.item_id WHERE r.campaign_id = ?")
                .arg(sql::currentDecisions()),
            { id });
        if (!decided)
            return decided.error();
        QList<std::tuple<qint64, QString, QString>> tasks;
        while (decided->next()) {
            const qint64 identity = decided->value(0).toLongLong();
            if (decided->value(1).toString() == Answer::Reassign) {
                tasks.append({ identity, QStringLiteral("reassign-owner"), decided->value(2).toString() });
                reassignments.append({ identity, decided->value(2).toString() });
            }
            if (decided->value(3).toString() == Answer::Reduce) {
                for (const QString& permission : decided->value(4).toString().split(u'\n', Qt::SkipEmptyParts))
                    tasks.append({ identity, QStringLiteral("remove-grant"), permission });
            }
            const QString need = decided->value(5).toString();
            if (need == Answer::Revoke)
                tasks.append({ identity, QStringLiteral("disable-identity"), QString() });
            else if (need == Answer::Retire)
                tasks.append({ identity, QStringLiteral("retire-identity"), QString() });
        }
        decided->finish();
        // Certifying keeps the identity, not its stale keys: each one it still has must be rotated.
        auto stale = sql::run(
            db,
            QStringLiteral(
                "SELECT f.identity_id, f.subject FROM findings f JOIN review_items r ON r.identity_id = f.identity_id "
                "JOIN %1 d ON d.item_id = r.id WHERE r.campaign_id = ? AND d.need IN ('certify', 'not-asked') "
                "AND f.type = 'stale-credential' AND f.resolved_at IS NULL ORDER BY f.identity_id, f.subject")
                .arg(sql::currentDecisions()),
            { id });
        if (!stale)
            return stale.error();
        while (stale->next())
            tasks.append(
                { stale->value(0).toLongLong(), QStringLiteral("rotate-credential"), stale->value(1).toString() });
        stale->finish();
        for (const auto& [identity, action, subject] : tasks) {
            auto t = sql::run(
                db,
                QStringLiteral(
                    "INSERT INTO remediation_tasks (campaign_id, identity_id, action, subject, state, created_at) "
                    "VALUES (?, ?, ?, ?, 'open', ?)"),
                { id, identity, action, sql::nullableText(subject), Timestamp::toIso(now) });
            if (!t)
                return t.error();
        }
        report.tasks = int(tasks.size());
        auto undecided = sql::run(
            db, QStringLiteral("UPDATE review_items SET state = 'expired' WHERE campaign_id = ? AND state = 'pending'"),
            { id });
        if (!undecided)
            return undecided.error();
        report.undecided = undecided->numRowsAffected();
        auto closed = sql::run(db, QStringLiteral("UPDATE campaigns SET status = 'closed', closed_at = ? WHERE id = ?"),
                               { Timestamp::toIso(now), id });
        if (!closed)
            return closed.error();
        AuditLog audit(db);
        return audit.append(now, actor, QStringLiteral("campaign.close"), QStringLiteral("campaign"),
                            QString::number(id),
                            QJsonObject { { QStringLiteral("tasks"), report.tasks },
                                          { QStringLiteral("undecided"), report.undecided } });
    });
    if (!status)
        return status.error();
    // A reassignment is something Recertify itself owns: apply it now, audited, and mark it done.
    LifecycleService lifecycle(m_database, m_clock);
    for (const auto& [identity, owner] : std::as_const(reassignments)) {
        OwnershipChange change;
        change.businessOwner = owner;
        if (auto applied = lifecycle.setOwnership(identity, change, actor); !applied)
            return applied.error();
    }
    if (auto verified = verifyRemediation(); !verified)
        return verified.error();
    return report;
}

Result<int> CampaignService::verifyRemediation()
{
    const QDateTime now = m_clock.now();
    int done = 0;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto open = sql::run(
            db,
            QStringLiteral(
                "SELECT t.id, t.identity_id, t.action, t.subject, c.closed_at, t.created_at FROM remediation_tasks t "
                "JOIN campaigns c ON c.id = t.campaign_id WHERE t.state IN ('open', 'overdue')"));
        if (!open)
            return open.error();
        QList<std::tuple<qint64, qint64, QString, QString, QDateTime, QString>> tasks;
        while (open->next()) {
            tasks.append({ open->value(0).toLongLong(), open->value(1).toLongLong(), open->value(2).toString(),
                           open->value(3).toString(), Timestamp::fromIso(open->value(4).toString()),
                           open->value(5).toString() });
        }
        open->finish();
        for (const auto& [taskId, identity, action, subject, closedAt, createdAt] : tasks) {
            QString check;
            if (action == QLatin1String("remove-grant"))
                check = QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM grants WHERE identity_id = ? AND "
                                       "permission = ?) THEN 0 ELSE 1 END");
            else if (action == QLatin1String("disable-identity"))
                check = QStringLiteral("SELECT CASE WHEN enabled = 0 OR status IN ('suspended', 'retired') THEN 1 ELSE "
                                       "0 END FROM identities WHERE id = ?");
            else if (action == QLatin1String("retire-identity"))
                check = QStringLiteral(
                    "SELECT CASE WHEN status = 'retired' THEN 1 ELSE 0 END FROM identities WHERE id = ?");
            else if (action == QLatin1String("reassign-owner"))
                check = QStringLiteral(
                    "SELECT CASE WHEN business_owner = ? THEN 1 ELSE 0 END FROM identities WHERE id = ?");
            else if (action == QLatin1String("rotate-credential")) // gone, disabled, or reissued since the task
                check = QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM credentials WHERE identity_id = ? AND "
                                       "credential_id = ? AND enabled = 1 "
                                       "AND (created_at IS NULL OR created_at < ?)) THEN 0 ELSE 1 END");
            if (check.isEmpty())
                continue;
            // Each check binds what it needs; PostgreSQL refuses a parameter it cannot type.
            auto q = action == QLatin1String("reassign-owner") ? sql::run(db, check, { subject.toLower(), identity })
                : action == QLatin1String("rotate-credential") ? sql::run(db, check, { identity, subject, createdAt })
                : action == QLatin1String("remove-grant")      ? sql::run(db, check, { identity, subject })
                                                               : sql::run(db, check, { identity });
            if (!q)
                return q.error();
            const bool isDone = q->next() && q->value(0).toInt() == 1;
            q->finish();
            QString state = isDone ? QStringLiteral("done") : QStringLiteral("open");
            // Two weeks after the campaign closed, an undone task is overdue.
            if (!isDone && closedAt.isValid() && closedAt.daysTo(now) > 14)
                state = QStringLiteral("overdue");
            auto update = sql::run(
                db, QStringLiteral("UPDATE remediation_tasks SET state = ?, verified_at = ? WHERE id = ?"),
                { state, isDone ? QVariant(Timestamp::toIso(now)) : QVariant(QMetaType::fromType<QString>()), taskId });
            if (!update)
                return update.error();
            done += isDone ? 1 : 0;
        }
        return {};
    });
    if (!status)
        return status.error();
    return done;
}

} // namespace recertify
