#include "core/analysis/DriftAnalyzer.h"
#include "core/util/Timestamp.h"

#include <QTest>
#include <algorithm>
#include <functional>

using namespace recertify;

namespace {

// Every date below is written out, counted by hand from this moment.
const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QDateTime at(const char* iso)
{
    return Timestamp::fromIso(QString::fromLatin1(iso));
}

Grant grant(const char* permission, const char* via = "policy/backup", QDateTime grantedAt = {})
{
    return Grant {
        0, 7, QString::fromLatin1(permission), QStringLiteral("*"), QString::fromLatin1(via), std::move(grantedAt)
    };
}

UsageRecord usage(const char* action, const char* day, const char* outcome = "allowed")
{
    const QDate date = QDate::fromString(QString::fromLatin1(day), Qt::ISODate);
    return UsageRecord { 7, QString::fromLatin1(action),          date, QString::fromLatin1(outcome),
                         3, QDateTime(date, QTime(8, 0), Qt::UTC) };
}

/**
 * An identity with nothing wrong: owned by someone active, documented, expiring, certified ten
 * days ago with the grants it holds, and using its one grant yesterday, inside its declared scope.
 */
IdentityFacts clean()
{
    IdentityFacts f;
    Identity& i = f.identity;
    i.id = 7;
    i.source = QStringLiteral("aws");
    i.nativeId = QStringLiteral("AROABACKUP");
    i.kind = QStringLiteral("iam-role");
    i.displayName = QStringLiteral("backup");
    i.businessOwner = QStringLiteral("ada@example.com");
    i.status = QStringLiteral("active");
    i.enabled = true;
    i.createdAt = at("2026-08-15T09:00:00Z"); // 100 days ago
    i.lastUsedAt = at("2026-11-22T08:00:00Z");
    i.purpose = QStringLiteral("nightly backups");
    i.declaredScope = QStringList { QStringLiteral("s3:GetObject") };
    i.expiresAt = at("2027-06-11T09:00:00Z");
    f.grants = { grant("s3:GetObject") };
    f.credentials = { Credential { 0,
                                   7,
                                   QStringLiteral("AKIABACKUP"),
                                   QStringLiteral("access-key"),
                                   at("2026-08-15T09:00:00Z"),
                                   QDateTime(),
                                   at("2026-11-22T08:00:00Z"),
                                   true,
                                   {} } };
    f.usage = { usage("s3:GetObject", "2026-11-22") };
    f.lastCertifiedAt = at("2026-11-13T09:00:00Z"); // 10 days ago
    f.certifiedGrants = QStringList { QStringLiteral("s3:GetObject") };
    f.directoryKnown = true;
    f.ownerInDirectory = true;
    f.ownerActive = true;
    return f;
}

using Mutation = std::function<void(IdentityFacts&)>;

QStringList types(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.type;
    std::sort(out.begin(), out.end());
    return out;
}

const Finding* find(const QList<Finding>& findings, const QString& type, const QString& subject)
{
    for (const Finding& f : findings) {
        if (f.type == type && f.subject == subject)
            return &f;
    }
    return nullptr;
}

QString describe(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.type + u'(' + f.subject + QStringLiteral("): ") + f.detail + QStringLiteral(" since ")
                + Timestamp::toIso(f.since);
    return out.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestDriftAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void aCleanIdentityHasNoFindings()
    {
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(clean());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void findsEachCondition_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("allTypes"); ///< every finding the identity has, sorted
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("owasp");
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<QString>("detailHas");

        QTest::addRow("a certified grant never used is an unused grant, since 90 days after creation")
            << Mutation([](IdentityFacts& f) {
                   f.grants << grant("s3:PutObject");
                   f.certifiedGrants << QStringLiteral("s3:PutObject");
               })
            << QStringList { "unused-grant" } << "unused-grant"
            << "s3:PutObject"
            << "medium"
            << "NHI5" << at("2026-11-13T09:00:00Z") << "s3:PutObject was not used in the last 90 days";
        QTest::addRow("a grant last used 120 days ago is still unused") << Mutation([](IdentityFacts& f) {
            f.grants << grant("s3:PutObject");
            f.certifiedGrants << QStringLiteral("s3:PutObject");
            f.identity.declaredScope << QStringLiteral("s3:PutObject");
            f.usage << usage("s3:PutObject", "2026-07-26");
        }) << QStringList { "unused-grant" } << "unused-grant"
                                                                        << "s3:PutObject"
                                                                        << "medium"
                                                                        << "NHI5" << at("2026-11-13T09:00:00Z")
                                                                        << "not used";
        QTest::addRow("an allowed action outside the declared scope is out of scope, since the first day seen")
            << Mutation([](IdentityFacts& f) {
                   f.grants << grant("s3:DeleteObject");
                   f.certifiedGrants << QStringLiteral("s3:DeleteObject");
                   f.usage << usage("s3:DeleteObject", "2026-11-20") << usage("s3:DeleteObject", "2026-11-18");
               })
            << QStringList { "out-of-scope-action" } << "out-of-scope-action"
            << "s3:DeleteObject"
            << "high"
            << "NHI5" << at("2026-11-18T00:00:00Z") << "s3:DeleteObject is outside the declared task scope";
        QTest::addRow("a denied action that no grant allows is out of scope")
            << Mutation([](IdentityFacts& f) { f.usage << usage("iam:CreateUser", "2026-11-21", "denied"); })
            << QStringList { "out-of-scope-action" } << "out-of-scope-action"
            << "iam:CreateUser"
            << "high"
            << "NHI5" << at("2026-11-21T00:00:00Z") << "tried iam:CreateUser, which no grant allows (denied)";
        QTest::addRow("a grant added after the certification is scope creep, since it was granted")
            << Mutation([](IdentityFacts& f) {
                   f.grants << grant("iam:PassRole", "policy/deploy", at("2026-11-18T09:00:00Z"));
                   f.identity.declaredScope << QStringLiteral("iam:PassRole");
                   f.usage << usage("iam:PassRole", "2026-11-22");
               })
            << QStringList { "scope-creep" } << "scope-creep"
            << "iam:PassRole"
            << "medium"
            << "NHI5" << at("2026-11-18T09:00:00Z") << "iam:PassRole was granted after the certification of 2026-11-13";
        QTest::addRow("scope creep of a grant with no known date starts at the certification")
            << Mutation([](IdentityFacts& f) {
                   f.grants << grant("iam:PassRole");
                   f.identity.declaredScope << QStringLiteral("iam:PassRole");
                   f.usage << usage("iam:PassRole", "2026-11-22");
               })
            << QStringList { "scope-creep" } << "scope-creep"
            << "iam:PassRole"
            << "medium"
            << "NHI5" << at("2026-11-13T09:00:00Z") << "iam:PassRole";
        QTest::addRow("an admin grant held twice is one admin-grant finding") << Mutation([](IdentityFacts& f) {
            f.grants << grant("*", "policy/AdministratorAccess") << grant("*", "group/admin");
            f.certifiedGrants << QStringLiteral("*");
        }) << QStringList { "admin-grant" } << "admin-grant"
                                                                              << "*"
                                                                              << "high"
                                                                              << "NHI5" << at("2026-08-15T09:00:00Z")
                                                                              << "* through policy/AdministratorAccess";
        QTest::addRow("an admin grant with no grantor says it is direct") << Mutation([](IdentityFacts& f) {
            f.grants << grant("iam:*", "");
            f.certifiedGrants << QStringLiteral("iam:*");
            f.usage << usage("iam:ListRoles", "2026-11-22");
            f.identity.declaredScope << QStringLiteral("iam:ListRoles");
        }) << QStringList { "admin-grant" } << "admin-grant"
                                                                          << "iam:*"
                                                                          << "high"
                                                                          << "NHI5" << at("2026-08-15T09:00:00Z")
                                                                          << "iam:* through a direct grant";
        QTest::addRow("a key issued 400 days ago is stale, since it passed 365 days")
            << Mutation([](IdentityFacts& f) { f.credentials.first().createdAt = at("2025-10-19T09:00:00Z"); })
            << QStringList { "stale-credential" } << "stale-credential"
            << "AKIABACKUP"
            << "medium"
            << "NHI7" << at("2026-10-19T09:00:00Z") << "issued 400 days ago";
        QTest::addRow("a secret expiring in 20 days is expiring, since 30 days before it expires")
            << Mutation([](IdentityFacts& f) { f.credentials.first().expiresAt = at("2026-12-13T09:00:00Z"); })
            << QStringList { "expiring-credential" } << "expiring-credential"
            << "AKIABACKUP"
            << "low"
            << "NHI7" << at("2026-11-13T09:00:00Z") << "expires on 2026-12-13";
        QTest::addRow("an enabled credential that expired 3 days ago is expired-active")
            << Mutation([](IdentityFacts& f) { f.credentials.first().expiresAt = at("2026-11-20T09:00:00Z"); })
            << QStringList { "expired-active" } << "expired-active"
            << "AKIABACKUP"
            << "high"
            << "NHI1" << at("2026-11-20T09:00:00Z") << "expired on 2026-11-20 and was never removed";
        QTest::addRow("an identity past its retirement date and still enabled is expired-active")
            << Mutation([](IdentityFacts& f) { f.identity.expiresAt = at("2026-11-16T09:00:00Z"); })
            << QStringList { "expired-active" } << "expired-active"
            << ""
            << "high"
            << "NHI1" << at("2026-11-16T09:00:00Z") << "retirement date 2026-11-16 has passed";
        QTest::addRow("an identity created 60 days ago and never used is never-used, since the grace ended")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2026-09-24T09:00:00Z");
                   f.identity.lastUsedAt = QDateTime();
                   f.usage.clear();
               })
            << QStringList { "never-used", "unused-grant" } << "never-used"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-24T09:00:00Z") << "never used since it was created on 2026-09-24";
        QTest::addRow("an identity whose only calls were denied is never used, and the denials are counted")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2026-09-24T09:00:00Z");
                   f.identity.lastUsedAt = QDateTime();
                   f.usage = { usage("s3:GetObject", "2026-11-02", "denied"),
                               usage("s3:GetObject", "2026-11-20", "denied") };
               })
            << QStringList { "never-used", "unused-grant" } << "never-used"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-24T09:00:00Z")
            << "never used since it was created on 2026-09-24; 6 calls with it were denied, the last on 2026-11-20";
        QTest::addRow("a role only an AWS service assumed still has its grants unused")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2026-09-24T09:00:00Z");
                   f.identity.lastUsedAt = QDateTime();
                   f.grants = { grant("*") };
                   f.certifiedGrants = QStringList { QStringLiteral("*") };
                   f.usage = { usage("assumed-by:lambda.amazonaws.com", "2026-11-20") };
               })
            << QStringList { "admin-grant", "unused-grant" } << "unused-grant"
            << "*"
            << "medium"
            << "NHI5" << kNow << "* was not used in the last 90 days";
        QTest::addRow("an unused grant of a young identity cannot be older than now") << Mutation([](IdentityFacts& f) {
            f.identity.createdAt = at("2026-09-24T09:00:00Z");
            f.identity.lastUsedAt = QDateTime();
            f.usage.clear();
        }) << QStringList { "never-used", "unused-grant" } << "unused-grant"
                                                                                      << "s3:GetObject"
                                                                                      << "medium"
                                                                                      << "NHI5" << kNow
                                                                                      << "s3:GetObject";
        QTest::addRow("an identity last used 120 days ago is dormant, since 90 days after that")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-07-26T09:00:00Z");
                   f.usage.clear();
               })
            << QStringList { "dormant", "unused-grant" } << "dormant"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-24T09:00:00Z") << "last used 120 days ago";
        QTest::addRow("a last use the source reported, with no activity data at all, is dormant")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-07-26T09:00:00Z");
                   f.usage.clear();
                   f.coverageDays = 0;
                   f.coverageThrough = QDate();
               })
            << QStringList { "dormant" } << "dormant"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-24T09:00:00Z") << "last used 120 days ago";
        QTest::addRow("a last use the source reported within old activity data's days is dormant")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-02-20T09:00:00Z");
                   f.usage.clear();
                   f.coverageDays = 0;
                   f.coverageThrough = QDate(2026, 3, 1);
                   f.lastUseFromActivity = false;
               })
            << QStringList { "dormant" } << "dormant"
            << ""
            << "medium"
            << "NHI1" << at("2026-05-21T09:00:00Z") << "last used 276 days ago";
        QTest::addRow("a last use after the activity data ends (the source's own report) is dormant")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-07-26T09:00:00Z");
                   f.usage.clear();
                   f.coverageDays = 0;
                   f.coverageThrough = QDate(2026, 3, 1);
               })
            << QStringList { "dormant" } << "dormant"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-24T09:00:00Z") << "last used 120 days ago";
        QTest::addRow("an identity with no business owner is orphaned since it was created")
            << Mutation([](IdentityFacts& f) { f.identity.businessOwner.clear(); }) << QStringList { "orphaned" }
            << "orphaned"
            << ""
            << "high"
            << "NHI1" << at("2026-08-15T09:00:00Z") << "no business owner";
        QTest::addRow("an owner unknown to the people directory makes it orphaned")
            << Mutation([](IdentityFacts& f) { f.ownerInDirectory = false; }) << QStringList { "orphaned" }
            << "orphaned"
            << "ada@example.com"
            << "high"
            << "NHI1" << QDateTime() << "owner ada@example.com is not in the people directory";
        QTest::addRow("an owner who left makes it orphaned")
            << Mutation([](IdentityFacts& f) { f.ownerActive = false; }) << QStringList { "orphaned" } << "orphaned"
            << "ada@example.com"
            << "high"
            << "NHI1" << QDateTime() << "owner ada@example.com has left";
        QTest::addRow("an identity with no purpose is no-purpose")
            << Mutation([](IdentityFacts& f) { f.identity.purpose.clear(); }) << QStringList { "no-purpose" }
            << "no-purpose"
            << ""
            << "low"
            << "NHI1" << at("2026-08-15T09:00:00Z") << "no documented purpose";
        QTest::addRow("an identity with no expiry and no retirement condition is no-expiry")
            << Mutation([](IdentityFacts& f) { f.identity.expiresAt = QDateTime(); }) << QStringList { "no-expiry" }
            << "no-expiry"
            << ""
            << "low"
            << "NHI7" << at("2026-08-15T09:00:00Z") << "no expiry date or retirement condition";
        QTest::addRow("an identity never certified and created 400 days ago is review-overdue")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2025-10-19T09:00:00Z");
                   f.credentials.first().createdAt = at("2026-08-15T09:00:00Z");
                   f.lastCertifiedAt = QDateTime();
                   f.certifiedGrants.clear();
               })
            << QStringList { "review-overdue" } << "review-overdue"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-19T09:00:00Z") << "never certified";
        QTest::addRow("an identity certified 400 days ago is review-overdue, since the review fell due")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2025-07-11T09:00:00Z");
                   f.credentials.first().createdAt = at("2026-08-15T09:00:00Z");
                   f.lastCertifiedAt = at("2025-10-19T09:00:00Z");
               })
            << QStringList { "review-overdue" } << "review-overdue"
            << ""
            << "medium"
            << "NHI1" << at("2026-10-19T09:00:00Z") << "last certified on 2025-10-19";
        QTest::addRow("an allowed console login is human use (and outside the declared scope)")
            << Mutation([](IdentityFacts& f) { f.usage << usage("signin:ConsoleLogin", "2026-11-19"); })
            << QStringList { "human-use", "out-of-scope-action" } << "human-use"
            << "signin:ConsoleLogin"
            << "high"
            << "NHI10" << at("2026-11-19T00:00:00Z") << "interactive use: signin:ConsoleLogin on 2026-11-19";
        // The MCP specification: a tool not marked read-only may change data, destructively unless marked otherwise.
        QTest::addRow("MCP tools their server does not mark: one finding naming them all")
            << Mutation([](IdentityFacts& f) {
                   f.identity.source = QStringLiteral("mcp");
                   for (const char* tool : { "delete_rows", "append_rows", "list_tables" }) {
                       Grant g = grant(tool, "tools/list", at("2026-11-01T09:00:00Z"));
                       g.resourceScope = QLatin1String(tool) == QLatin1String("list_tables")
                           ? QStringLiteral("https://mcp.example/seatable;readOnly")
                           : QStringLiteral("https://mcp.example/seatable;unmarked");
                       f.grants << g;
                       f.certifiedGrants << QLatin1String(tool);
                       f.identity.declaredScope << QLatin1String(tool);
                       f.usage << usage(tool, "2026-11-20");
                   }
               })
            << QStringList { "destructive-tool" } << "destructive-tool"
            << ""
            << "medium"
            << "NHI5" << at("2026-11-01T09:00:00Z")
            << "2 tools the input does not mark read-only or non-destructive may change or delete data, as MCP "
               "assumes of unmarked tools: append_rows, delete_rows";
        // CloudTrail's sessionCredentialFromConsole beside a call: a person's session, not one more action.
        QTest::addRow("a console session beside a call is human use, and no action outside the scope")
            << Mutation([](IdentityFacts& f) { f.usage << usage("console:session", "2026-11-20"); })
            << QStringList { "human-use" } << "human-use"
            << "console:session"
            << "high"
            << "NHI10" << at("2026-11-20T00:00:00Z") << "interactive use: console:session on 2026-11-20";
    }

    void findsEachCondition()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, allTypes);
        QFETCH(QString, type);
        QFETCH(QString, subject);
        QFETCH(QString, severity);
        QFETCH(QString, owasp);
        QFETCH(QDateTime, since);
        QFETCH(QString, detailHas);

        IdentityFacts facts = clean();
        mutate(facts);
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts);
        QVERIFY2(types(findings) == allTypes, qPrintable(describe(findings)));
        const Finding* f = find(findings, type, subject);
        QVERIFY2(f, qPrintable(describe(findings)));
        QCOMPARE(f->identityId, qint64(7));
        QCOMPARE(f->severity, severity);
        QCOMPARE(f->owasp, owasp);
        QCOMPARE(f->since, since);
        QVERIFY2(f->detail.contains(detailHas), qPrintable(f->detail));
    }

    void doesNotFind_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("type");

        QTest::addRow("a grant used 89 days ago is not unused")
            << Mutation([](IdentityFacts& f) { f.usage = { usage("s3:GetObject", "2026-08-26") }; }) << "unused-grant";
        QTest::addRow("a grant only denied is not used, but a retired identity has no unused grants")
            << Mutation([](IdentityFacts& f) {
                   f.identity.status = QStringLiteral("retired");
                   f.usage = { usage("s3:GetObject", "2026-11-22", "denied") };
               })
            << "unused-grant";
        QTest::addRow("nothing is out of scope when the declared scope is empty and the action granted")
            << Mutation([](IdentityFacts& f) {
                   f.identity.declaredScope.clear();
                   f.grants << grant("s3:PutObject");
                   f.certifiedGrants << QStringLiteral("s3:PutObject");
                   f.usage << usage("s3:PutObject", "2026-11-20");
               })
            << "out-of-scope-action";
        QTest::addRow("a denied action that a grant allows is not out of scope")
            << Mutation([](IdentityFacts& f) { f.usage << usage("s3:GetObject", "2026-11-21", "denied"); })
            << "out-of-scope-action";
        QTest::addRow("a never-certified identity has no scope creep") << Mutation([](IdentityFacts& f) {
            f.lastCertifiedAt = QDateTime();
            f.certifiedGrants.clear();
            f.grants << grant("s3:ListBucket", "policy/x", at("2026-11-20T09:00:00Z"));
        }) << "scope-creep";
        QTest::addRow("iam:PassRole, which CloudTrail never logs as its own event, is not called unused")
            << Mutation([](IdentityFacts& f) {
                   f.grants = { grant("iam:PassRole"), grant("sts:TagSession") };
                   f.usage.clear();
                   f.identity.lastUsedAt = at("2026-11-22T08:00:00Z");
               })
            << "unused-grant";
        QTest::addRow("s3:* is not an admin grant") << Mutation([](IdentityFacts& f) {
            f.grants << grant("s3:*");
            f.certifiedGrants << QStringLiteral("s3:*");
        }) << "admin-grant";
        QTest::addRow("a key issued exactly 365 days ago is not stale yet")
            << Mutation([](IdentityFacts& f) { f.credentials.first().createdAt = at("2025-11-23T09:00:00Z"); })
            << "stale-credential";
        QTest::addRow("a key expiring in 40 days is not expiring yet")
            << Mutation([](IdentityFacts& f) { f.credentials.first().expiresAt = at("2027-01-02T09:00:00Z"); })
            << "expiring-credential";
        QTest::addRow("an expired credential that is disabled is not expired-active") << Mutation([](IdentityFacts& f) {
            f.credentials.first().expiresAt = at("2026-11-20T09:00:00Z");
            f.credentials.first().enabled = false;
        }) << "expired-active";
        QTest::addRow("an expired credential of a retired identity is not expired-active")
            << Mutation([](IdentityFacts& f) {
                   f.credentials.first().expiresAt = at("2026-11-20T09:00:00Z");
                   f.identity.status = QStringLiteral("retired");
               })
            << "expired-active";
        QTest::addRow("a retired identity past its retirement date is not expired-active")
            << Mutation([](IdentityFacts& f) {
                   f.identity.expiresAt = at("2026-11-16T09:00:00Z");
                   f.identity.status = QStringLiteral("retired");
                   f.identity.enabled = false;
               })
            << "expired-active";
        QTest::addRow("a disabled identity past its retirement date is not expired-active")
            << Mutation([](IdentityFacts& f) {
                   f.identity.expiresAt = at("2026-11-16T09:00:00Z");
                   f.identity.enabled = false;
               })
            << "expired-active";
        QTest::addRow("an identity created 20 days ago and never used is in its grace period")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2026-11-03T09:00:00Z");
                   f.identity.lastUsedAt = QDateTime();
                   f.usage.clear();
               })
            << "never-used";
        // Lambda taking on its execution role shows the role in use; it is no call outside the scope, and it
        // uses no grant: s3:GetObject stays unused.
        QTest::addRow("a role an AWS service assumed is not never-used") << Mutation([](IdentityFacts& f) {
            f.identity.createdAt = at("2026-09-24T09:00:00Z");
            f.identity.lastUsedAt = QDateTime();
            f.usage = { usage("assumed-by:lambda.amazonaws.com", "2026-11-20") };
        }) << "never-used";
        QTest::addRow("being assumed by an AWS service is no action outside the declared scope")
            << Mutation([](IdentityFacts& f) { f.usage << usage("assumed-by:lambda.amazonaws.com", "2026-11-20"); })
            << "out-of-scope-action";
        QTest::addRow("an identity used within the window but never stamped last-used is not never-used")
            << Mutation([](IdentityFacts& f) { f.identity.lastUsedAt = QDateTime(); }) << "never-used";
        QTest::addRow("an identity last used 80 days ago is not dormant") << Mutation([](IdentityFacts& f) {
            f.identity.lastUsedAt = at("2026-09-04T09:00:00Z");
            f.usage = { usage("s3:GetObject", "2026-09-04") };
        }) << "dormant";
        QTest::addRow("a last use found in activity data that ends before the window is not dormant")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-03-01T09:00:00Z");
                   f.usage.clear();
                   f.coverageDays = 0;
                   f.coverageThrough = QDate(2026, 3, 1);
                   f.lastUseFromActivity = true;
               })
            << "dormant";
        QTest::addRow("a last use found in activity data with no record of where it ends is not dormant")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-03-01T09:00:00Z");
                   f.usage.clear();
                   f.coverageDays = 0;
                   f.coverageThrough = QDate();
                   f.lastUseFromActivity = true;
               })
            << "dormant";
        QTest::addRow("a suspended (disabled) identity last used long ago is not dormant")
            << Mutation([](IdentityFacts& f) {
                   f.identity.lastUsedAt = at("2026-01-01T09:00:00Z");
                   f.identity.status = QStringLiteral("suspended");
                   f.identity.enabled = false;
                   f.usage.clear();
               })
            << "dormant";
        QTest::addRow("an owner set with no people directory loaded is not orphaned") << Mutation([](IdentityFacts& f) {
            f.directoryKnown = false;
            f.ownerInDirectory = false;
            f.ownerActive = false;
        }) << "orphaned";
        QTest::addRow("a retired identity without an owner is not orphaned") << Mutation([](IdentityFacts& f) {
            f.identity.businessOwner.clear();
            f.identity.status = QStringLiteral("retired");
            f.identity.enabled = false;
        }) << "orphaned";
        QTest::addRow("a retirement condition instead of a date is not no-expiry") << Mutation([](IdentityFacts& f) {
            f.identity.expiresAt = QDateTime();
            f.identity.retirementCondition = QStringLiteral("when the data migration ends");
        }) << "no-expiry";
        QTest::addRow("an identity created 300 days ago and never certified is not overdue yet")
            << Mutation([](IdentityFacts& f) {
                   f.identity.createdAt = at("2026-01-27T09:00:00Z");
                   f.lastCertifiedAt = QDateTime();
                   f.certifiedGrants.clear();
               })
            << "review-overdue";
        QTest::addRow("a denied console login is not human use")
            << Mutation([](IdentityFacts& f) { f.usage << usage("signin:ConsoleLogin", "2026-11-19", "denied"); })
            << "human-use";
        QTest::addRow("an API call is not human use") << Mutation([](IdentityFacts& f) {
            f.identity.declaredScope << QStringLiteral("sts:GetCallerIdentity");
            f.usage << usage("sts:GetCallerIdentity", "2026-11-19");
        }) << "human-use";
    }

    void doesNotFind()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, type);
        IdentityFacts facts = clean();
        mutate(facts);
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts);
        QVERIFY2(!types(findings).contains(type), qPrintable(describe(findings)));
    }

    // A credential report speaks of the credentials a user holds now: "never used" stands where they were made with
    // the user; a key made since (its predecessor's use is gone with it) or a certificate (whose use the report does
    // not say) leaves it open.
    void aCredentialReportAloneSaysNeverUsed_data()
    {
        QTest::addColumn<QDateTime>("credentialCreated");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("neverUsed");
        QTest::addRow("a key made with the user") << at("2019-03-01T09:05:00Z") << "access-key" << true;
        QTest::addRow("a key rotated a week before the report") << at("2026-11-13T09:00:00Z") << "access-key" << false;
        QTest::addRow("a certificate") << at("2019-03-01T09:05:00Z") << "certificate" << false;
    }
    void aCredentialReportAloneSaysNeverUsed()
    {
        QFETCH(QDateTime, credentialCreated);
        QFETCH(QString, type);
        QFETCH(bool, neverUsed);
        IdentityFacts f = clean();
        f.identity.kind = QStringLiteral("iam-user");
        f.identity.createdAt = at("2019-03-01T09:00:00Z");
        f.identity.lastUsedAt = QDateTime();
        f.usage.clear();
        f.coverageDays = 0;
        f.useReportedThrough = QDate(2026, 11, 20);
        f.credentials = { Credential {
            0, 7, QStringLiteral("access_key_1"), type, credentialCreated, QDateTime(), QDateTime(), true, {} } };
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(f);
        QVERIFY2(types(findings).contains(QStringLiteral("never-used")) == neverUsed, qPrintable(describe(findings)));
    }

    // Made before AWS began recording use (2015-04-22), a key whose last use the report gives as N/A was not used since
    // then: dormant once that is longer ago than the window (cloud-custodian's 2016 report: charmworld, Hazmat), never
    // "never used".
    void aCredentialReportSaysUnusedSinceTrackingBegan_data()
    {
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QDate>("reported");
        QTest::addColumn<QString>("expected"); // dormant, never-used, or none
        QTest::addRow("made 2012, reported 2016") << at("2012-01-29T21:54:13Z") << QDate(2016, 11, 25) << "dormant";
        QTest::addRow("made 2012, reported a month after tracking began")
            << at("2012-01-29T21:54:13Z") << QDate(2015, 5, 22) << "none";
        QTest::addRow("made 2015-05-01, reported 2016")
            << at("2015-05-01T10:00:00Z") << QDate(2016, 11, 25) << "never-used";
    }
    void aCredentialReportSaysUnusedSinceTrackingBegan()
    {
        QFETCH(QDateTime, created);
        QFETCH(QDate, reported);
        QFETCH(QString, expected);
        IdentityFacts f = clean();
        f.identity.kind = QStringLiteral("iam-user");
        f.identity.createdAt = created;
        f.identity.lastUsedAt = QDateTime();
        f.usage.clear();
        f.coverageDays = 0;
        f.useReportedThrough = reported;
        f.credentials = { Credential { 0,
                                       7,
                                       QStringLiteral("access_key_1"),
                                       QStringLiteral("access-key"),
                                       created,
                                       QDateTime(),
                                       QDateTime(),
                                       true,
                                       {} } };
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(f);
        const QStringList found = types(findings);
        QCOMPARE(found.contains(QStringLiteral("dormant")), expected == QLatin1String("dormant"));
        QCOMPARE(found.contains(QStringLiteral("never-used")), expected == QLatin1String("never-used"));
        if (expected == QLatin1String("dormant")) {
            const auto dormant = std::find_if(findings.cbegin(), findings.cend(),
                                              [](const Finding& x) { return x.type == QLatin1String("dormant"); });
            QVERIFY2(dormant->detail.contains(QLatin1String("2015-04-22")) && dormant->detail.contains("2016-11-25"),
                     qPrintable(dormant->detail));
        }
    }

    // An IAM export's empty RoleLastUsed (or Access Advisor without a last access) says no use in the 400 days AWS
    // tracks before it: a role made within them was never used, one made before them was not used in them.
    void aRoleAwsReportsUnusedIsNeverUsedOrDormant_data()
    {
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<QDate>("reported");
        QTest::addColumn<QString>("expected"); // never-used, dormant, or none
        QTest::addRow("made 2022-08-07, export of 2023-03-28 (cloudsplaining)")
            << at("2022-08-07T12:00:00Z") << QDate(2023, 3, 28) << "never-used";
        QTest::addRow("made 2019, export of 2023-03-28")
            << at("2019-01-01T12:00:00Z") << QDate(2023, 3, 28) << "dormant";
        QTest::addRow("made a week before the export") << at("2023-03-21T12:00:00Z") << QDate(2023, 3, 28) << "none";
        // AWS began reporting a role's last use on 2019-11-20: before then an empty RoleLastUsed proves nothing.
        QTest::addRow("made 2019-08-16, export of 2020-04-08 (before tracking covered it)")
            << at("2019-08-16T17:27:59Z") << QDate(2020, 4, 8) << "none";
        QTest::addRow("made 2017, export of 2020-04-08 (400 days back reach before tracking)")
            << at("2017-01-01T12:00:00Z") << QDate(2020, 4, 8) << "none";
        // An export of last week is coverage in the window too: still only what AWS tracks, 400 days, not since 2012.
        QTest::addRow("made 2012, export of last week")
            << at("2012-01-01T12:00:00Z") << QDate(2026, 11, 16) << "dormant";
    }
    void aRoleAwsReportsUnusedIsNeverUsedOrDormant()
    {
        QFETCH(QDateTime, created);
        QFETCH(QDate, reported);
        QFETCH(QString, expected);
        IdentityFacts f = clean();
        f.identity.createdAt = created;
        f.identity.lastUsedAt = QDateTime();
        f.usage.clear();
        f.credentials.clear();
        // As the store says it: a report in the window is coverage of its own, before it none.
        const QDate windowStart = kNow.date().addDays(-90);
        f.coverageDays = reported > windowStart ? int(windowStart.daysTo(reported)) : 0;
        if (f.coverageDays > 0)
            f.coverageScope = QStringLiteral("aws access advisor (report of ") + reported.toString(Qt::ISODate) + u')';
        f.unusedReportedThrough = reported;
        const QStringList found = types(DriftAnalyzer(kNow).analyze(f));
        QCOMPARE(found.contains(QStringLiteral("never-used")), expected == QLatin1String("never-used"));
        QCOMPARE(found.contains(QStringLiteral("dormant")), expected == QLatin1String("dormant"));
    }

    void aRetiredIdentityKeepsNoLiveFindings()
    {
        // Retirement ends the conditions that need a live identity; what it still holds stays visible.
        IdentityFacts facts = clean();
        facts.identity.status = QStringLiteral("retired");
        facts.identity.enabled = false;
        facts.identity.businessOwner.clear();
        facts.identity.purpose.clear();
        facts.identity.expiresAt = at("2026-11-16T09:00:00Z");
        facts.identity.lastUsedAt = at("2025-01-01T09:00:00Z");
        facts.usage.clear();
        facts.grants << grant("*", "policy/AdministratorAccess");
        facts.certifiedGrants << QStringLiteral("*");
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts);
        QCOMPARE(types(findings), QStringList { QStringLiteral("admin-grant") });
    }

    void adminPermissionsThroughOneBindingAreOneFinding_data()
    {
        QTest::addColumn<QStringList>("permissions"); // through clusterrolebinding/ci -> clusterrole/edit
        QTest::addColumn<QString>("detail");
        QTest::addRow("two") << QStringList { "create pods", "get secrets" }
                             << "2 admin permission(s) through clusterrolebinding/ci -> clusterrole/edit: create pods, "
                                "get secrets";
        QTest::addRow("eight: six named, the rest counted")
            << QStringList { "create pods",       "patch deployments", "get secrets",  "create cronjobs",
                             "update daemonsets", "create jobs",       "list secrets", "watch secrets" }
            << "8 admin permission(s) through clusterrolebinding/ci -> clusterrole/edit: create pods, patch "
               "deployments, get secrets, create cronjobs, update daemonsets, create jobs, …";
    }

    void adminPermissionsThroughOneBindingAreOneFinding()
    {
        // Kubernetes' edit, bound cluster-wide, gives a score of admin permissions in one binding: one decision for
        // the reviewer, named by its first permission; another binding's admin permission is a finding of its own.
        QFETCH(QStringList, permissions);
        QFETCH(QString, detail);
        IdentityFacts facts = clean();
        facts.identity.source = QStringLiteral("k8s");
        for (const QString& permission : std::as_const(permissions))
            facts.grants << grant(qPrintable(permission), "clusterrolebinding/ci -> clusterrole/edit");
        facts.grants << grant("create pods", "clusterrolebinding/ci-too -> clusterrole/ci-runner");
        QStringList admin;
        for (const Finding& f : DriftAnalyzer(kNow).analyze(facts)) {
            if (f.type == QLatin1String("admin-grant"))
                admin << f.subject + u'|' + f.detail;
        }
        QCOMPARE(admin, (QStringList { "create pods|" + detail }));
        // The same permission through a second binding was already said: the first binding names it.
        facts.grants.clear();
        facts.grants << grant("create pods", "clusterrolebinding/a -> clusterrole/x")
                     << grant("get secrets", "clusterrolebinding/b -> clusterrole/y");
        admin.clear();
        for (const Finding& f : DriftAnalyzer(kNow).analyze(facts)) {
            if (f.type == QLatin1String("admin-grant"))
                admin << f.subject + u'|' + f.detail;
        }
        QCOMPARE(admin,
                 (QStringList { "create pods|create pods through clusterrolebinding/a -> clusterrole/x",
                                "get secrets|get secrets through clusterrolebinding/b -> clusterrole/y" }));
    }

    void aBindingToAnUnlistedClusterAdminIsAnAdminGrantNotAnUnresolvedOne()
    {
        // The dashboard's admin-user binds cluster-admin, whose ClusterRole a manifest does not carry: what it allows
        // is known all the same, so the reviewer reads one high finding, not a contradicting "content unknown".
        IdentityFacts facts = clean();
        facts.identity.source = QStringLiteral("k8s");
        facts.grants << Grant { 0,
                                7,
                                QStringLiteral("role:ClusterRole/cluster-admin"),
                                QStringLiteral("unresolved"),
                                QStringLiteral("ClusterRoleBinding/admin-user"),
                                {} };
        facts.grants << Grant { 0,
                                7,
                                QStringLiteral("role:ClusterRole/system:auth-delegator"),
                                QStringLiteral("unresolved"),
                                QStringLiteral("ClusterRoleBinding/adapter"),
                                {} };
        facts.certifiedGrants << QStringLiteral("role:ClusterRole/cluster-admin")
                              << QStringLiteral("role:ClusterRole/system:auth-delegator");
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts);
        QStringList subjects;
        for (const Finding& f : findings)
            subjects << f.type + u'|' + f.subject;
        subjects.sort();
        QCOMPARE(subjects,
                 (QStringList { QStringLiteral("admin-grant|role:ClusterRole/cluster-admin"),
                                QStringLiteral("unresolved-grant|role:ClusterRole/system:auth-delegator") }));
    }

    // Until when the passing of time alone leaves the findings as they are: the analysis of a whole estate keeps its
    // result that long when nothing else changed.
    void saysUntilWhenTimeAloneChangesNothing_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QDateTime>("until");
        QTest::addRow("nothing turns today: the next day")
            << Mutation([](IdentityFacts&) {}) << at("2026-11-24T00:00:00Z");
        QTest::addRow("a key expiring at 11:00 turns then")
            << Mutation([](IdentityFacts& f) { f.credentials.first().expiresAt = at("2026-11-23T11:00:00Z"); })
            << at("2026-11-23T11:00:00Z");
        QTest::addRow("a key expiring in 30 days and 3 hours is expiring in 3 hours")
            << Mutation([](IdentityFacts& f) { f.credentials.first().expiresAt = at("2026-12-23T12:00:00Z"); })
            << at("2026-11-23T12:00:00Z");
        QTest::addRow("a review due at 10:30")
            << Mutation([](IdentityFacts& f) { f.lastCertifiedAt = at("2025-11-23T10:30:00Z"); })
            << at("2026-11-23T10:30:00Z");
        QTest::addRow("dormant from 90 days after the last use, at 15:00")
            << Mutation([](IdentityFacts& f) { f.identity.lastUsedAt = at("2026-08-25T15:00:00Z"); })
            << at("2026-11-23T15:00:00Z");
        QTest::addRow("a moment that is now turns just after it")
            << Mutation([](IdentityFacts& f) { f.credentials.first().expiresAt = kNow; }) << kNow;
    }
    void saysUntilWhenTimeAloneChangesNothing()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QDateTime, until);
        IdentityFacts facts = clean();
        mutate(facts);
        DriftFigures figures;
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts, &figures);
        QCOMPARE(figures.stableUntil, until);
        // Just before that moment the findings are the same; at the next day, or just after it, they may not be.
        const QDateTime before = until.addMSecs(-1);
        if (before > kNow)
            QCOMPARE(types(DriftAnalyzer(before).analyze(facts)), types(findings));
    }

    void figuresCountGrantedUsedUnusedAndOutOfScope()
    {
        IdentityFacts facts = clean();
        facts.grants = { grant("s3:GetObject"), grant("s3:PutObject"), grant("ec2:*"), grant("iam:GetRole") };
        facts.certifiedGrants = QStringList { "s3:GetObject", "s3:PutObject", "ec2:*", "iam:GetRole" };
        facts.identity.declaredScope = QStringList { "s3:*", "ec2:DescribeInstances", "iam:GetRole" };
        facts.usage = {
            usage("s3:GetObject", "2026-11-22"), // uses s3:GetObject, in scope
            usage("ec2:RunInstances", "2026-11-20"), // uses ec2:*, outside the declared scope
            usage("ec2:DescribeInstances", "2026-11-20"), // uses ec2:* again, in scope
            usage("ec2:RunInstances", "2026-11-21"), // the same action again: counted once
            usage("iam:CreateUser", "2026-11-21", "denied"), // no grant allows it: out of scope
            usage("iam:GetRole", "2026-07-26"), // before the window: iam:GetRole stays unused
        };
        DriftFigures figures;
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts, &figures);
        QCOMPARE(figures.granted, 4);
        QCOMPARE(figures.used, 2);
        QCOMPARE(figures.unused, 2);
        QCOMPARE(figures.outOfScope, 2);
        QVERIFY(find(findings, QStringLiteral("unused-grant"), QStringLiteral("s3:PutObject")));
        QVERIFY(find(findings, QStringLiteral("unused-grant"), QStringLiteral("iam:GetRole")));
        QVERIFY(find(findings, QStringLiteral("out-of-scope-action"), QStringLiteral("ec2:RunInstances")));
        QVERIFY(find(findings, QStringLiteral("out-of-scope-action"), QStringLiteral("iam:CreateUser")));
        QCOMPARE(find(findings, QStringLiteral("out-of-scope-action"), QStringLiteral("ec2:RunInstances"))->since,
                 at("2026-11-20T00:00:00Z"));
        QCOMPARE(types(findings),
                 (QStringList { "out-of-scope-action", "out-of-scope-action", "unused-grant", "unused-grant" }));
    }

    void aLongerWindowTurnsUnusedIntoUsed()
    {
        // The policy is the analyzer's, not hard-wired: 180 days sees the use of 120 days ago.
        IdentityFacts facts = clean();
        facts.grants << grant("s3:PutObject");
        facts.certifiedGrants << QStringLiteral("s3:PutObject");
        facts.identity.declaredScope << QStringLiteral("s3:PutObject");
        facts.usage << usage("s3:PutObject", "2026-07-26");
        DriftPolicy wide;
        wide.windowDays = 180;
        DriftFigures figures;
        QVERIFY(DriftAnalyzer(kNow, wide).analyze(facts, &figures).isEmpty());
        QCOMPARE(figures.unused, 0);
        QCOMPARE(figures.used, 2);
        const QList<Finding> narrow = DriftAnalyzer(kNow).analyze(facts, &figures);
        QCOMPARE(figures.unused, 1);
        QCOMPARE(types(narrow), QStringList { QStringLiteral("unused-grant") });
    }

    void sinceFollowsTheDateOfTheGrant()
    {
        // An identity created 100 days ago gained an admin grant 5 days ago and a never-used grant
        // 95 days ago: neither condition can be older than its grant.
        IdentityFacts facts = clean();
        facts.grants << grant("*", "policy/AdministratorAccess", at("2026-11-18T09:00:00Z"))
                     << grant("s3:PutObject", "policy/backup", at("2026-08-20T09:00:00Z"));
        facts.certifiedGrants << QStringLiteral("*") << QStringLiteral("s3:PutObject");
        const QList<Finding> findings = DriftAnalyzer(kNow).analyze(facts);
        const Finding* admin = find(findings, QStringLiteral("admin-grant"), QStringLiteral("*"));
        const Finding* unused = find(findings, QStringLiteral("unused-grant"), QStringLiteral("s3:PutObject"));
        QVERIFY(admin);
        QVERIFY(unused);
        QCOMPARE(admin->since, at("2026-11-18T09:00:00Z"));
        QCOMPARE(unused->since, at("2026-11-18T09:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestDriftAnalyzer)
#include "TestDriftAnalyzer.moc"
