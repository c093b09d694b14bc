#include "tests/support/CollectingSink.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace recertify::test;

namespace {

const QStringList kFindingTypes {
    "unused-grant",        "out-of-scope-action", "scope-creep",     "admin-grant",     "stale-credential",
    "expiring-credential", "expired-active",      "never-used",      "dormant",         "orphaned",
    "no-purpose",          "no-expiry",           "review-overdue",  "human-use",       "open-trust",
    "destructive-tool",    "sensitive-grant",     "removal-pending", "unresolved-grant"
};

QStringList typesOf(const QJsonArray& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out << f.toObject().value(QStringLiteral("type")).toString();
    return out;
}

} // namespace

/**
 * Governance from the command line, as a script runs it: a real process on a store holding the
 * real AWS payload; findings and scores in the CLI.md shapes; owners, the people directory,
 * lifecycle and the audit chain, one step after the other (the slots run in order).
 */
class TestGovernanceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    RunResult cli(const QStringList& args)
    {
        return runProgram(QStringLiteral(RECERTIFY_CLI_PATH), QStringList { QStringLiteral("--db"), m_db } + args);
    }

    QJsonDocument json(const QStringList& args)
    {
        const RunResult r = cli(QStringList { QStringLiteral("--json") } + args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << args << error.errorString() << r.out.left(400);
        return doc;
    }

    // Someone with the file edits the log behind Recertify's back; returns the first value a SELECT gives.
    QVariant tamper(const QString& statement, const QVariant& value = {})
    {
        QVariant first;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_db);
            if (!db.open())
                qWarning() << db.lastError().text();
            QSqlQuery q(db);
            q.prepare(statement);
            if (value.isValid())
                q.addBindValue(value);
            if (!q.exec())
                qWarning() << q.lastError().text();
            if (q.isSelect() && q.next())
                first = q.value(0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return first;
    }

    QJsonArray findingsOf(const QString& identity)
    {
        return json({ QStringLiteral("findings"), QStringLiteral("--identity"), identity }).array();
    }

private slots:
    void initTestCase()
    {
        const QString aws = RECERTIFY_REAL_FIXTURE("aws/iam-authorization-details.cloudsplaining.json");
        if (!QFile::exists(aws))
            RECERTIFY_SKIP_UNLESS_STRICT("the public AWS payload in tests/data/real is missing");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("estate.sqlite"));
        const RunResult imported = cli({ QStringLiteral("import"), QStringLiteral("aws-iam"), aws });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("6 added"), imported.out.constData());
    }

    void findingsJsonHasTheContractShape()
    {
        const QJsonDocument doc = json({ QStringLiteral("findings") });
        QVERIFY(doc.isArray());
        const QJsonArray findings = doc.array();
        QVERIFY(findings.size() > 6);
        static const QRegularExpression nhi(QStringLiteral("^NHI([1-9]|10)$"));
        QSet<QString> identities;
        for (const auto& value : findings) {
            const QJsonObject o = value.toObject();
            for (const char* key : { "identityId", "nativeId", "type", "severity", "detail", "owasp" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("identityId")).isDouble());
            const QString type = o.value(QStringLiteral("type")).toString();
            QVERIFY2(kFindingTypes.contains(type), qPrintable(type));
            QVERIFY2(QStringList({ "high", "medium", "low" }).contains(o.value(QStringLiteral("severity")).toString()),
                     qPrintable(type));
            QVERIFY2(nhi.match(o.value(QStringLiteral("owasp")).toString()).hasMatch(), qPrintable(type));
            QVERIFY(!o.value(QStringLiteral("detail")).toString().isEmpty());
            identities.insert(o.value(QStringLiteral("nativeId")).toString());
        }
        // The payload's three users and three roles, each known by its native id.
        QCOMPARE(identities,
                 (QSet<QString> { "obama", "ASIAZZUSERZZPLACEHOLDER", "biden", "MyRole", "MyOtherRole",
                                  "OverprivilegedEC2" }));

        // Nobody owns anything: one orphaned finding each, and --type narrows to them.
        const QJsonArray orphaned
            = json({ QStringLiteral("findings"), QStringLiteral("--type"), QStringLiteral("orphaned") }).array();
        QCOMPARE(orphaned.size(), 6);
        QCOMPARE(typesOf(orphaned).count(QStringLiteral("orphaned")), 6);

        const RunResult bad = cli({ QStringLiteral("findings"), QStringLiteral("--type"), QStringLiteral("sloppy") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("sloppy"), bad.err.constData());
    }

    void scoresJsonHasTheContractShape()
    {
        const QJsonObject doc = json({ QStringLiteral("scores") }).object();
        QVERIFY(doc.contains(QStringLiteral("total")));
        const QJsonArray identities = doc.value(QStringLiteral("identities")).toArray();
        QCOMPARE(identities.size(), 6);
        double sum = 0;
        double previous = 101;
        for (const auto& value : identities) {
            const QJsonObject o = value.toObject();
            for (const char* key : { "id", "nativeId", "score", "factors" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            const double score = o.value(QStringLiteral("score")).toDouble();
            QVERIFY2(score <= previous, "sorted by score, highest first");
            previous = score;
            sum += score;
            double points = 0;
            const QJsonArray factors = o.value(QStringLiteral("factors")).toArray();
            QVERIFY(!factors.isEmpty());
            for (const auto& f : factors) {
                const QJsonObject factor = f.toObject();
                for (const char* key : { "factor", "points", "since", "owasp" })
                    QVERIFY2(factor.contains(QLatin1String(key)), key);
                QVERIFY(kFindingTypes.contains(factor.value(QStringLiteral("factor")).toString()));
                QVERIFY(factor.value(QStringLiteral("points")).toDouble() > 0);
                QVERIFY(factor.value(QStringLiteral("since")).isString());
                points += factor.value(QStringLiteral("points")).toDouble();
            }
            // The score is explained by its factors (capped at 100).
            QVERIFY2(std::abs(score - std::min(100.0, points)) < 0.01,
                     qPrintable(o.value(QStringLiteral("nativeId")).toString()));
        }
        QVERIFY2(std::abs(doc.value(QStringLiteral("total")).toDouble() - sum) < 0.01,
                 qPrintable(QString::number(sum)));
        // OverprivilegedEC2 may mint any user's access keys (iam:CreateAccessKey on *), which makes it administrator,
        // and was last used in 2019: admin-grant 40, orphaned 25, dormant 10, review-overdue 8, no-expiry 4, no-purpose
        // 4. Two users hold AdministratorAccess and have been ownerless since 2019: the same but dormant. All at their
        // caps; no activity data, so no unused grants.
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("displayName")).toString(), "OverprivilegedEC2");
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("score")).toDouble(), 91.0);
        QCOMPARE(identities.at(1).toObject().value(QStringLiteral("score")).toDouble(), 81.0);
        QCOMPARE(identities.at(2).toObject().value(QStringLiteral("score")).toDouble(), 81.0);
        const QSet<QString> worst { identities.at(1).toObject().value(QStringLiteral("nativeId")).toString(),
                                    identities.at(2).toObject().value(QStringLiteral("nativeId")).toString() };
        QCOMPARE(worst, (QSet<QString> { "obama", "ASIAZZUSERZZPLACEHOLDER" }));
    }

    void ownersSetGivesMyRoleAnOwner()
    {
        const RunResult set
            = cli({ QStringLiteral("owners"), QStringLiteral("set"), QStringLiteral("MyRole"),
                    QStringLiteral("--business"), QStringLiteral("ada@example.com"), QStringLiteral("--purpose"),
                    QStringLiteral("Lets EC2 instances pass the deploy role"), QStringLiteral("--scope"),
                    QStringLiteral("iam:PassRole") });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.out.contains("ada@example.com"), set.out.constData());

        const QJsonObject shown = json({ QStringLiteral("show"), QStringLiteral("MyRole") }).object();
        QCOMPARE(shown.value(QStringLiteral("owners")).toObject().value(QStringLiteral("business")).toString(),
                 QStringLiteral("ada@example.com"));
        QCOMPARE(shown.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("Lets EC2 instances pass the deploy role"));
        QCOMPARE(shown.value(QStringLiteral("declaredScope")).toArray(), (QJsonArray { "iam:PassRole" }));
        const QStringList types = typesOf(shown.value(QStringLiteral("findings")).toArray());
        QVERIFY2(!types.contains(QStringLiteral("orphaned")), qPrintable(types.join(u',')));
        QVERIFY2(!types.contains(QStringLiteral("no-purpose")), qPrintable(types.join(u',')));
        // Never used is not claimed: the payload has no activity data to observe use in.
        QVERIFY2(!types.contains(QStringLiteral("never-used")), qPrintable(types.join(u',')));
        // The others are still orphans.
        QVERIFY(typesOf(findingsOf(QStringLiteral("MyOtherRole"))).contains(QStringLiteral("orphaned")));
    }

    void ownersSetRefusesABadEmail()
    {
        const RunResult bad = cli({ QStringLiteral("owners"), QStringLiteral("set"), QStringLiteral("MyRole"),
                                    QStringLiteral("--business"), QStringLiteral("not-an-email") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("--business"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
        const QJsonObject shown = json({ QStringLiteral("show"), QStringLiteral("MyRole") }).object();
        QCOMPARE(shown.value(QStringLiteral("owners")).toObject().value(QStringLiteral("business")).toString(),
                 QStringLiteral("ada@example.com"));

        const RunResult missing = cli({ QStringLiteral("owners"), QStringLiteral("set"), QStringLiteral("NoSuchRole"),
                                        QStringLiteral("--business"), QStringLiteral("ada@example.com") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("NoSuchRole"), missing.err.constData());
    }

    void anOwnerWhoLeftOrphansTheIdentityAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("people.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,name,manager,active\nada@example.com,Ada "
                  "Lovelace,,false\nbob@example.com,Bob,ada@example.com,true\n");
        csv.close();
        const RunResult imported = cli({ QStringLiteral("people"), QStringLiteral("import"), path });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("2 people"), imported.out.constData());

        const QJsonArray findings = findingsOf(QStringLiteral("MyRole"));
        bool found = false;
        for (const auto& f : findings) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("orphaned")) {
                found = true;
                QVERIFY2(
                    o.value(QStringLiteral("detail")).toString().contains(QStringLiteral("ada@example.com has left")),
                    qPrintable(o.value(QStringLiteral("detail")).toString()));
            }
        }
        QVERIFY2(found, qPrintable(typesOf(findings).join(u',')));

        const RunResult bad
            = cli({ QStringLiteral("people"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nobody.csv")) });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("nobody.csv"), bad.err.constData());
    }

    void readingFindingsWritesNothingAndSaysWhenTheyAreOld()
    {
        // Reading never recomputes: the figures shown are the last analysis's, and the store is left alone.
        const auto state = [&] {
            return QStringList {
                tamper(QStringLiteral("SELECT COUNT(*) FROM snapshots")).toString(),
                tamper(QStringLiteral("SELECT COUNT(*) FROM identity_snapshots")).toString(),
                tamper(QStringLiteral("SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM findings")).toString(),
                tamper(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toString()
            };
        };
        const QStringList before = state();
        for (const QStringList& read : { QStringList { "findings" }, QStringList { "scores" },
                                         QStringList { "show", "MyRole" }, QStringList { "identities" } }) {
            const RunResult r = cli(read);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(!r.err.contains("last computed"), r.err.constData());
        }
        QCOMPARE(state(), before);

        // Findings computed days ago may be out of date with time alone (an expiry passing): said on stderr.
        tamper(QStringLiteral("UPDATE snapshots SET taken_at = '2020-01-02T03:04:05.000Z'"));
        tamper(QStringLiteral("UPDATE analysis_state SET analysed_at = '2020-01-02T03:04:05.000Z', stable_until = "
                              "'2020-01-03T00:00:00.000Z'"));
        for (const char* command : { "findings", "scores" }) {
            const RunResult old = cli({ QString::fromLatin1(command) });
            QCOMPARE(old.exitCode, 0);
            QVERIFY2(old.err.contains("Findings were last computed on 2020-01-0"), old.err.constData());
            QVERIFY2(old.err.contains("recertify-cli analyse"), old.err.constData());
        }
        QCOMPARE(state(), before);
        const RunResult analysed = cli({ QStringLiteral("analyse") });
        QVERIFY2(analysed.exitCode == 0, analysed.err.constData());
        const RunResult fresh = cli({ QStringLiteral("findings") });
        QVERIFY2(!fresh.err.contains("last computed"), fresh.err.constData());
    }

    void lifecycleRetiresAndRefusesToRevive()
    {
        const RunResult noReason = cli({ QStringLiteral("lifecycle"), QStringLiteral("MyRole"), QStringLiteral("--to"),
                                         QStringLiteral("retired") });
        QCOMPARE(noReason.exitCode, 2);

        const RunResult retired
            = cli({ QStringLiteral("lifecycle"), QStringLiteral("MyRole"), QStringLiteral("--to"),
                    QStringLiteral("retired"), QStringLiteral("--reason"), QStringLiteral("decommissioned") });
        QVERIFY2(retired.exitCode == 0, retired.err.constData());
        QVERIFY2(retired.out.contains("retired"), retired.out.constData());

        const QJsonObject shown = json({ QStringLiteral("show"), QStringLiteral("MyRole") }).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
        QCOMPARE(shown.value(QStringLiteral("enabled")).toBool(), false);
        bool logged = false;
        for (const auto& e : shown.value(QStringLiteral("lifecycle")).toArray())
            logged
                = logged || e.toObject().value(QStringLiteral("reason")).toString() == QLatin1String("decommissioned");
        QVERIFY(logged);
        // A retired identity is no longer an orphan, nor unused.
        const QStringList types = typesOf(shown.value(QStringLiteral("findings")).toArray());
        QVERIFY2(!types.contains(QStringLiteral("orphaned")) && !types.contains(QStringLiteral("never-used")),
                 qPrintable(types.join(u',')));

        const RunResult revive = cli({ QStringLiteral("lifecycle"), QStringLiteral("MyRole"), QStringLiteral("--to"),
                                       QStringLiteral("active"), QStringLiteral("--reason"), QStringLiteral("x") });
        QCOMPARE(revive.exitCode, 1);
        QVERIFY2(revive.err.contains("retired"), revive.err.constData());
        QCOMPARE(json({ QStringLiteral("show"), QStringLiteral("MyRole") })
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("retired"));
    }

    void auditVerifyHoldsThenNamesTheEditedRow()
    {
        // Six "found in an imported file" transitions from the import, then owners.set, people.import and
        // lifecycle.transition; the refused commands wrote nothing.
        const RunResult ok = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QVERIFY2(ok.out.contains("9 rows"), ok.out.constData());
        const QJsonObject okJson = json({ QStringLiteral("audit"), QStringLiteral("verify") }).object();
        QCOMPARE(okJson.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(okJson.value(QStringLiteral("rows")).toInteger(), 9);

        const QString original = tamper(QStringLiteral("SELECT payload FROM audit_log WHERE seq = 1")).toString();
        QVERIFY(!original.isEmpty());
        tamper(QStringLiteral("UPDATE audit_log SET payload = '{}' WHERE seq = 1"));

        const RunResult broken = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(broken.exitCode, 3);
        QVERIFY2(broken.err.contains("row 1:"), broken.err.constData());
        QVERIFY2(broken.err.contains("edited"), broken.err.constData());
        const RunResult brokenJson
            = cli({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(brokenJson.exitCode, 3);
        const QJsonObject report = QJsonDocument::fromJson(brokenJson.out).object();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 1);

        // A checkpoint never vouches for an edited row.
        const RunResult refused = cli({ QStringLiteral("audit"), QStringLiteral("checkpoint") });
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("row 1:"), refused.err.constData());

        tamper(QStringLiteral("UPDATE audit_log SET payload = ? WHERE seq = 1"), original);
        const RunResult restored = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
    }

    // What the chain's links cannot show, its signed end does: rows cut from the end, named, until a
    // person checks the chain and signs its end again.
    void aRowCutFromTheEndIsNamedUntilItsEndIsSignedAgain()
    {
        QVERIFY(QFile::exists(m_db + QStringLiteral(".audit-anchor")));
        tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 9"));
        const RunResult cut = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(cut.exitCode, 3);
        QVERIFY2(cut.err.contains("row 8: rows after it were removed"), cut.err.constData());
        QVERIFY2(cut.err.contains("audit checkpoint"), cut.err.constData());

        // Another change does not sign over the cut either: the chain no longer ends where it was signed.
        const RunResult owners = cli({ QStringLiteral("owners"), QStringLiteral("set"), QStringLiteral("MyRole"),
                                       QStringLiteral("--business"), QStringLiteral("ada@example.com"),
                                       QStringLiteral("--purpose"), QStringLiteral("Nightly billing export") });
        QVERIFY2(owners.exitCode == 0, owners.err.constData());
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("verify") }).exitCode, 3);

        const RunResult signedAgain = cli({ QStringLiteral("audit"), QStringLiteral("checkpoint") });
        QVERIFY2(signedAgain.exitCode == 0, signedAgain.err.constData());
        QVERIFY2(signedAgain.out.contains("row 10"), signedAgain.out.constData());
        const RunResult holds = cli({ QStringLiteral("audit"), QStringLiteral("verify") });
        QVERIFY2(holds.exitCode == 0, holds.err.constData());
        QVERIFY2(holds.out.contains("9 rows"), holds.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestGovernanceCli)
#include "TestGovernanceCli.moc"
