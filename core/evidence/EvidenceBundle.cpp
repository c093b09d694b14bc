#include "core/evidence/EvidenceBundle.h"

#include "core/evidence/AuditAnchor.h"
#include "core/evidence/BundleWriter.h"
#include "core/evidence/CampaignPopulation.h"
#include "core/evidence/ControlMapping.h"
#include "core/evidence/PdfReport.h"
#include "core/review/CampaignService.h"
#include "core/storage/ExportReader.h"
#include "core/util/Csv.h"
#include "core/util/JsonWriter.h"
#include "core/util/Sha256.h"
#include "core/util/Timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <cstdio>
#include <memory>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

namespace recertify {

namespace {

QString answerOf(const QString& ownership, const QString& target, const QString& scope, const QString& remove,
                 const QString& need, const QString& until)
{
    QString a = Answer::withDetail(ownership, target, {});
    a += QStringLiteral(" · ") + Answer::withDetail(scope, {}, remove.split(u'\n', Qt::SkipEmptyParts));
    a += QStringLiteral(" · ") + need;
    if (!until.isEmpty())
        a += QStringLiteral(" until ") + until.left(10);
    return a;
}

// campaign.json: the campaign, where it stood when exported, who signed, and what controls it evidences.
QJsonObject campaignDocument(const CampaignStatus& s, const SigningKey& key, const QString& signer,
                             const QString& fingerprint, const QDateTime& now)
{
    QJsonArray reviewers;
    for (const CampaignStatus::Reviewer& r : s.reviewers) {
        reviewers.append(QJsonObject { { QStringLiteral("email"), r.email },
                                       { QStringLiteral("items"), r.items },
                                       { QStringLiteral("decided"), r.decided },
                                       { QStringLiteral("flagged"), r.flagged } });
    }
    return {
        { QStringLiteral("format"), QStringLiteral("recertify-evidence/1") },
        { QStringLiteral("id"), s.campaign.id },
        { QStringLiteral("name"), s.campaign.name },
        { QStringLiteral("scope"), s.campaign.scope },
        { QStringLiteral("createdAt"), Timestamp::toIso(s.campaign.createdAt) },
        { QStringLiteral("createdBy"), s.campaign.createdBy },
        { QStringLiteral("due"), Timestamp::toIso(s.campaign.due) },
        { QStringLiteral("status"), s.campaign.status },
        { QStringLiteral("closedAt"),
          s.campaign.closedAt.isValid() ? QJsonValue(Timestamp::toIso(s.campaign.closedAt)) : QJsonValue() },
        { QStringLiteral("items"), s.items },
        { QStringLiteral("decided"), s.decided },
        { QStringLiteral("percentComplete"), s.percentComplete() },
        { QStringLiteral("reviewers"), reviewers },
        { QStringLiteral("recommendation"),
          QJsonObject { { QStringLiteral("given"), s.recommended }, { QStringLiteral("followed"), s.followed } } },
        { QStringLiteral("decisions"),
          QJsonObject { { QStringLiteral("certified"), s.certified },
                        { QStringLiteral("reduced"), s.reduced },
                        { QStringLiteral("revoked"), s.revoked },
                        { QStringLiteral("retired"), s.retired },
                        { QStringLiteral("reassigned"), s.reassigned },
                        { QStringLiteral("flagged"), s.flagged },
                        { QStringLiteral("amended"), s.amended } } },
        { QStringLiteral("exportedAt"), Timestamp::toIso(now) },
        // The signer is who the key belongs to, where the key says so; who ran the export is kept beside it.
        { QStringLiteral("signer"), key.owner.isEmpty() ? signer : key.owner },
        { QStringLiteral("exportedBy"), signer },
        { QStringLiteral("signerFingerprint"), fingerprint },
    };
}

QJsonArray remediationOf(const QList<RemediationTask>& tasks)
{
    QJsonArray remediation;
    for (const RemediationTask& t : tasks) {
        remediation.append(
            QJsonObject { { QStringLiteral("identity"), t.displayName },
                          { QStringLiteral("action"), t.action },
                          { QStringLiteral("subject"), t.subject },
                          { QStringLiteral("state"), t.state },
                          { QStringLiteral("verifiedAt"),
                            t.verifiedAt.isValid() ? QJsonValue(Timestamp::toIso(t.verifiedAt)) : QJsonValue() } });
    }
    return remediation;
}

// decisions.csv, streamed: every decision ever recorded, amendments with the one they supersede. The report keeps
// the ones worth reading first.
Status writeDecisions(BundleWriter& bundle, const QSqlDatabase& db, qint64 campaignId, ReportData& report)
{
    BundleWriter::Member member(bundle, QStringLiteral("decisions.csv"));
    member.write("item_id,identity_native_id,identity,assigned_reviewer,decided_by,decided_at,ownership,scope,need,"
                 "certify_until,justification,flags,"
                 "seconds_spent,on_behalf_of,decision_id,supersedes,ownership_until,scope_until\n");
    QList<ReportDecision> plain;
    bool written = true;
    Status read = ExportReader(db).decisions(campaignId, [&](const RecordedDecision& d) -> Status {
        const QString fields[] = { d.itemId,
                                   d.identityNativeId,
                                   d.identity,
                                   d.assignedTo,
                                   d.decidedBy,
                                   d.decidedAt,
                                   Answer::withDetail(d.ownership, d.ownershipTarget, {}),
                                   Answer::withDetail(d.scope, {}, d.scopeRemove.split(u'\n', Qt::SkipEmptyParts)),
                                   d.need,
                                   d.certifyUntil,
                                   d.justification,
                                   d.flags,
                                   d.secondsSpent,
                                   d.onBehalfOf,
                                   d.decisionId,
                                   d.supersedes,
                                   d.ownershipUntil,
                                   d.scopeUntil };
        QByteArray line;
        for (const QString& field : fields) {
            if (&field != fields)
                line += ',';
            line += Csv::field(field);
        }
        if (!member.write(line + '\n')) {
            written = false;
            return bundle.failed(QStringLiteral("decisions.csv"));
        }
        if (d.superseded) {
            ++report.superseded; // in decisions.csv; the report lists what is in force
            return {};
        }
        ++report.totalDecisions;
        const ReportDecision r { d.identity,
                                 d.assignedTo,
                                 d.decidedBy,
                                 d.decidedAt,
                                 answerOf(d.ownership, d.ownershipTarget, d.scope, d.scopeRemove, d.need,
                                          d.certifyUntil),
                                 d.justification,
                                 d.flags };
        const bool routine = d.ownership == Answer::Confirm && d.scope == Answer::Keep && d.need == Answer::Certify
            && d.flags.isEmpty();
        if (!routine && report.decisions.size() < PdfReport::kListedDecisions)
            report.decisions.append(r);
        else if (routine && plain.size() < PdfReport::kListedDecisions)
            plain.append(r);
        return {};
    });
    if (!written)
        return bundle.failed(QStringLiteral("decisions.csv"));
    if (!read)
        return read;
    report.decisions += plain.mid(0, PdfReport::kListedDecisions - report.decisions.size());
    return member.finish();
}

// A JSON array written one element at a time, as the rows come from the store.
class ArrayMember
{
public:
    ArrayMember(BundleWriter& bundle, const QString& name)
        : m_bundle(bundle)
        , m_member(bundle, name)
        , m_name(name)
    {
        m_member.write("[\n");
    }
    Status append(const QByteArray& element)
    {
        m_written = m_member.write((m_count++ ? ",\n" : "") + element);
        return m_written ? Status() : m_bundle.failed(m_name);
    }
    Status finish(const Status& read)
    {
        if (!m_written)
            return m_bundle.failed(m_name);
        if (!read)
            return read;
        m_member.write("\n]\n");
        return m_member.finish();
    }

private:
    BundleWriter& m_bundle;
    BundleWriter::Member m_member;
    QString m_name;
    int m_count = 0;
    bool m_written = true;
};

// evidence.json: what each reviewer saw, as frozen when the campaign started.
Status writeEvidence(BundleWriter& bundle, const QSqlDatabase& db, qint64 campaignId)
{
    ArrayMember member(bundle, QStringLiteral("evidence.json"));
    Status read = ExportReader(db).items(campaignId, [&](const FrozenItem& item) -> Status {
        // The keys in the order QJsonObject wrote them before, the stored evidence spliced in as it is.
        JsonWriter entry;
        entry.beginObject()
            .key(QLatin1String("identityId"))
            .integer(item.identityId)
            .key(QLatin1String("itemId"))
            .integer(item.itemId)
            .key(QLatin1String("reason"))
            .string(item.reason)
            .key(QLatin1String("reviewer"))
            .string(item.reviewer)
            .key(QLatin1String("stage"))
            .integer(item.stage)
            .key(QLatin1String("state"))
            .string(item.state)
            .key(QLatin1String("unchangedSinceLastReview"))
            .boolean(item.unchangedSinceLastReview)
            .key(QLatin1String("evidence"))
            .raw(item.evidenceJson)
            .endObject();
        return member.append(entry.bytes());
    });
    return member.finish(read);
}

// audit-chain.json: the whole chain from its first row, so it can be checked link by link.
Status writeAuditChain(BundleWriter& bundle, const QSqlDatabase& db)
{
    ArrayMember member(bundle, QStringLiteral("audit-chain.json"));
    Status read = ExportReader(db).auditChain([&](const StoredAuditRow& r) -> Status {
        JsonWriter row;
        row.beginObject()
            .key(QLatin1String("action"))
            .string(r.action)
            .key(QLatin1String("actor"))
            .string(r.actor)
            .key(QLatin1String("at"))
            .string(r.at)
            .key(QLatin1String("entity"))
            .string(r.entity)
            .key(QLatin1String("entityId"))
            .string(r.entityId)
            .key(QLatin1String("hash"))
            .string(r.hash)
            .key(QLatin1String("payload"))
            .string(r.payload)
            .key(QLatin1String("prevHash"))
            .string(r.prevHash)
            .key(QLatin1String("seq"))
            .integer(r.seq)
            .endObject();
        return member.append(row.bytes());
    });
    return member.finish(read);
}

} // namespace

Result<ExportReport> EvidenceBundle::write(const DatabasePtr& database, qint64 campaignId, const QString& path,
                                           const SigningKey& key, const QString& signer, const Clock& clock)
{
    CampaignService campaigns(database, clock);
    auto status = campaigns.status(campaignId);
    if (!status)
        return status.error();
    auto fingerprint = Signer::fingerprint(key.publicPem);
    if (!fingerprint)
        return fingerprint.error();
    const QSqlDatabase db = database->connection();
    const QDateTime now = clock.now();
    const CampaignStatus& s = status.value();
    // That the reviewed population was complete, which controls the decisions evidence, and whether each
    // requested change happened as the next sync saw it.
    auto population = CampaignPopulation::of(database, campaignId, s.campaign.createdAt);
    if (!population)
        return population.error();
    QList<RemediationTask> tasks;
    if (auto listed = campaigns.tasks(campaignId))
        tasks = listed.value();

    BundleWriter bundle(path);
    if (auto opened = bundle.open(); !opened)
        return opened.error();
    QJsonObject campaign = campaignDocument(s, key, signer, fingerprint.value(), now);
    campaign.insert(QStringLiteral("population"), population.value());
    campaign.insert(QStringLiteral("controls"), ControlMapping::toJson(s.decided));
    campaign.insert(QStringLiteral("remediation"), remediationOf(tasks));
    // The chain's end as signed outside the database: an auditor holding a later export or the store
    // can tell the chain was not cut back or rewritten after this point.
    if (auto anchor = AuditAnchor::load(AuditAnchor::pathFor(*database)); anchor && !anchor->confirmed.isNull())
        campaign.insert(QStringLiteral("auditCheckpoint"), anchor->confirmed.toJson());
    if (auto done = bundle.write(QStringLiteral("campaign.json"), QJsonDocument(campaign).toJson()); !done)
        return done.error();

    ReportData report;
    report.status = s;
    report.signerFingerprint = fingerprint.value();
    report.exportedAt = now;
    report.population = population.value();
    if (auto done = writeDecisions(bundle, db, campaignId, report); !done)
        return done.error();

    // report.pdf, for people, laid out on a thread of its own while the evidence is read and deflated (a large
    // campaign's report takes seconds; the zip is written from this thread only).
    for (const RemediationTask& t : tasks)
        report.remediation.append({ t.displayName, QStringLiteral("%1 %2 — %3").arg(t.action, t.subject, t.state) });
    if (auto findings = ExportReader(db).openFindingsByType(campaignId))
        report.findingsByType = findings.value();
    QByteArray pdf;
    const std::unique_ptr<QThread> laying(QThread::create([&pdf, &report] { pdf = PdfReport::render(report); }));
    laying->start();
    const auto joined = qScopeGuard([&laying] { laying->wait(); }); // an error below returns only once it is done
    if (auto done = writeEvidence(bundle, db, campaignId); !done)
        return done.error();
    if (auto done = writeAuditChain(bundle, db); !done)
        return done.error();
    laying->wait();
    if (auto done = bundle.write(QStringLiteral("report.pdf"), pdf); !done)
        return done.error();
    if (auto done = bundle.write(QStringLiteral("signer.pub.pem"), key.publicPem); !done)
        return done.error();
    if (auto done = bundle.finish(key.privatePem); !done)
        return done.error();
    return ExportReport { path, fingerprint.value(), s.items, QFileInfo(path).size() };
}

const QStringList& EvidenceBundle::memberNames()
{
    static const QStringList names { QStringLiteral("campaign.json"), QStringLiteral("decisions.csv"),
                                     QStringLiteral("evidence.json"), QStringLiteral("audit-chain.json"),
                                     QStringLiteral("report.pdf"),    QStringLiteral("signer.pub.pem") };
    return names;
}

namespace {

// What each member may weigh: the check's own files are tiny, the rest bounded so a crafted bundle
// cannot exhaust memory or disk; a bundle of 100,000 decisions is some tens of MB.
qint64 sizeCap(const QString& name)
{
    if (name == QLatin1String("SHA256SUMS") || name == QLatin1String("signer.pub.pem"))
        return 4 * 1024;
    if (name == QLatin1String("SHA256SUMS.sig"))
        return 64;
    if (name == QLatin1String("campaign.json"))
        return 16LL * 1024 * 1024;
    return 2LL * 1024 * 1024 * 1024;
}

// Deflate reaches about 1000:1 on a run of one byte; real JSON, CSV and PDF stay far below this.
constexpr qint64 kMaxRatio = 200;
constexpr qint64 kRatioFloor = 1024 * 1024; // small members may compress as they like

bool isSmall(const QString& name)
{
    return name == QLatin1String("SHA256SUMS") || name == QLatin1String("SHA256SUMS.sig")
        || name == QLatin1String("signer.pub.pem") || name == QLatin1String("campaign.json");
}

/**
 * The bundle's table of contents, checked before a byte is read: the listed members only, each
 * once, no paths, each within its size and compression bounds. A bundle that fails is not read at all,
 * so what is verified and what is shown can never be two different entries of one name.
 */
QStringList structuralProblems(QuaZip& zip)
{
    QStringList problems;
    QStringList allowed = EvidenceBundle::memberNames();
    allowed << QStringLiteral("SHA256SUMS") << QStringLiteral("SHA256SUMS.sig");
    const int count = zip.getEntriesCount();
    if (count < 0)
        return { EvidenceBundle::tr("the zip directory: cannot be read") };
    // Thousands of entries are refused before reading them; a few extra are each named below.
    if (count > 8 * allowed.size())
        return {
            EvidenceBundle::tr("the zip directory: %1 entries where a bundle has %2").arg(count).arg(allowed.size())
        };
    QSet<QString> seen;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            problems << EvidenceBundle::tr("the zip directory: an entry cannot be read");
            continue;
        }
        const QString name = info.name;
        // Quote a hostile name safely: printable, short.
        QString shown = name.left(100);
        for (QChar& c : shown) {
            if (!c.isPrint())
                c = u'?';
        }
        if (name.contains(u'/') || name.contains(u'\\') || name.contains(QLatin1String("..")) || name.isEmpty()) {
            problems
                << EvidenceBundle::tr("%1: a path inside the zip; a bundle holds plain file names only").arg(shown);
            continue;
        }
        if (!allowed.contains(name)) {
            problems << EvidenceBundle::tr("%1: not a member of an evidence bundle").arg(shown);
            continue;
        }
        if (seen.contains(name)) {
            problems
                << EvidenceBundle::tr("%1: appears twice in the zip; which one a tool reads would differ").arg(name);
            continue;
        }
        seen.insert(name);
        const qint64 size = qint64(info.uncompressedSize);
        if (size > sizeCap(name))
            problems
                << EvidenceBundle::tr("%1: %2 bytes, more than its limit of %3").arg(name).arg(size).arg(sizeCap(name));
        else if (size > kRatioFloor && qint64(info.compressedSize) * kMaxRatio < size)
            problems << EvidenceBundle::tr("%1: compressed more than %2 to 1, as no real evidence is")
                            .arg(name)
                            .arg(kMaxRatio);
    }
    if (zip.getZipError() != UNZ_OK && problems.isEmpty())
        problems << EvidenceBundle::tr("the zip directory: damaged");
    return problems;
}

} // namespace

Result<QByteArray> EvidenceBundle::read(const QString& path, const QString& member)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(tr("%1: not a readable zip file").arg(path));
    if (const QStringList problems = structuralProblems(zip); !problems.isEmpty())
        return makeError(tr("%1: %2").arg(path, problems.first()));
    if (!zip.setCurrentFile(member))
        return makeError(tr("%1: has no %2").arg(path, member));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("%1: %2: cannot read").arg(path, member));
    // Never more than the member may hold, whatever its header claims.
    QByteArray bytes;
    while (bytes.size() <= sizeCap(member)) {
        const QByteArray chunk = file.read(std::min<qint64>(1 << 20, sizeCap(member) + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    file.close();
    if (bytes.size() > sizeCap(member))
        return makeError(tr("%1: %2: larger than its limit of %3 bytes").arg(path, member).arg(sizeCap(member)));
    if (file.getZipError() != 0)
        return makeError(tr("%1: %2: damaged (its checksum in the zip does not match)").arg(path, member));
    return bytes;
}

Result<BundleVerification> EvidenceBundle::verify(const QString& path, const QByteArray& trustedPublicPem)
{
    BundleVerification result;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.problems << tr("%1: not a readable zip file").arg(QFileInfo(path).fileName());
        return result;
    }
    result.problems = structuralProblems(zip);
    if (!result.problems.isEmpty())
        return result; // nothing of a malformed bundle is read, let alone believed
    // Read every member by its place in the directory, hashing as we go.
    QHash<QString, QByteArray> hashes;
    QHash<QString, QByteArray> small; // the few members the check itself needs
    QStringList names;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        names << name;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems
                << tr("%1: cannot be read from the zip (its local header disagrees with the directory)").arg(name);
            continue;
        }
        Sha256 hash;
        qint64 total = 0;
        bool tooLarge = false;
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty())
                break;
            total += chunk.size();
            if (total > sizeCap(name)) {
                tooLarge = true; // the directory understated it: stop here
                break;
            }
            hash.addData(chunk);
            if (isSmall(name))
                small[name] += chunk;
        }
        file.close();
        if (tooLarge)
            result.problems << tr("%1: larger than its limit of %2 bytes").arg(name).arg(sizeCap(name));
        else if (file.getZipError() != 0)
            result.problems << tr("%1: damaged inside the zip (checksum error)").arg(name);
        const QByteArray digest = hash.result();
        if (digest.isEmpty())
            result.problems << tr("%1: could not be hashed (out of memory)").arg(name);
        hashes.insert(name, digest.toHex());
    }
    zip.close();

    for (const char* required : { "SHA256SUMS", "SHA256SUMS.sig", "signer.pub.pem" }) {
        if (!hashes.contains(QString::fromLatin1(required)))
            result.problems << tr("%1: missing from the bundle").arg(QString::fromLatin1(required));
    }
    // What SHA256SUMS says.
    QHash<QString, QByteArray> listed;
    const QList<QByteArray> lines = small.value(QStringLiteral("SHA256SUMS")).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype gap = line.indexOf("  ");
        if (gap != 64) {
            result.problems << tr("SHA256SUMS: line %1 is not in sha256sum's format").arg(i + 1);
            continue;
        }
        listed.insert(QString::fromUtf8(line.mid(gap + 2)), line.left(64));
    }
    QStringList mismatched;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!hashes.contains(it.key()))
            result.problems << tr("%1: listed in SHA256SUMS but missing from the bundle").arg(it.key());
        else if (hashes.value(it.key()) != it.value())
            mismatched << it.key();
    }
    for (const QString& name : std::as_const(names)) {
        if (!listed.contains(name) && name != QLatin1String("SHA256SUMS") && name != QLatin1String("SHA256SUMS.sig"))
            result.problems << tr("%1: in the bundle but not listed in SHA256SUMS").arg(name);
    }
    // The signature, with the key the bundle carries.
    const QByteArray publicPem = small.value(QStringLiteral("signer.pub.pem"));
    auto fingerprint = Signer::fingerprint(publicPem);
    bool signatureOk = false;
    if (!fingerprint) {
        if (hashes.contains(QStringLiteral("signer.pub.pem")))
            result.problems << tr("signer.pub.pem: not a readable Ed25519 public key");
    } else {
        result.fingerprint = fingerprint.value();
        auto verified = Signer::verify(publicPem, small.value(QStringLiteral("SHA256SUMS")),
                                       small.value(QStringLiteral("SHA256SUMS.sig")));
        signatureOk = verified && verified.value();
    }
    mismatched.sort();
    result.signatureValid = signatureOk;
    if (!signatureOk && fingerprint) {
        // Which was changed: a single changed byte touches one file; name the one the evidence points to.
        if (mismatched.isEmpty())
            result.problems << tr(
                "SHA256SUMS.sig: the signature does not verify against SHA256SUMS and signer.pub.pem");
        else if (mismatched == QStringList { QStringLiteral("signer.pub.pem") })
            result.problems << tr("signer.pub.pem: changed: it is not the key that signed SHA256SUMS");
        else
            result.problems
                << tr("SHA256SUMS: changed: its signature does not verify (it lists hashes for %1 that do not match)")
                       .arg(mismatched.join(QStringLiteral(", ")));
    } else if (signatureOk) {
        for (const QString& name : std::as_const(mismatched))
            result.problems << tr("%1: changed: its SHA-256 does not match SHA256SUMS").arg(name);
    }
    if (!trustedPublicPem.isEmpty() && fingerprint) {
        auto trusted = Signer::fingerprint(trustedPublicPem);
        if (!trusted)
            return fieldError(QStringLiteral("trustedKey"), tr("not a readable Ed25519 public key"));
        if (trusted.value() != fingerprint.value())
            result.problems << tr("signer.pub.pem: signed by %1, which is not the trusted key %2")
                                   .arg(fingerprint.value(), trusted.value());
    }
    const QJsonObject campaign = QJsonDocument::fromJson(small.value(QStringLiteral("campaign.json"))).object();
    result.signer = campaign.value(QStringLiteral("signer")).toString();

    names.sort();
    for (const QString& name : std::as_const(names)) {
        const bool named = std::any_of(result.problems.cbegin(), result.problems.cend(),
                                       [&](const QString& p) { return p.startsWith(name + u':'); });
        result.files.append(BundleFile { name, !named });
    }
    result.valid = result.problems.isEmpty();
    return result;
}

} // namespace recertify
