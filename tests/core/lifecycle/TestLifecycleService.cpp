#include "core/lifecycle/LifecycleService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/EstateWriter.h"
#include "core/storage/SqlUtil.h"
#include "core/util/Timestamp.h"
#include "tests/support/ErrorText.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace recertify;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
const QString kActor = QStringLiteral("test:ada");

// One AWS role as an import leaves it: no owner, no purpose.
Result<qint64> seedIdentity(const Database& database, const QString& status = QStringLiteral("active"),
                            bool enabled = true)
{
    qint64 id = 0;
    Status st = database.transaction([&](QSqlDatabase& db) -> Status {
        EstateWriter writer(db);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared;
        Identity i;
        i.source = QStringLiteral("aws");
        i.nativeId = QStringLiteral("AROABACKUP");
        i.kind = QStringLiteral("iam-role");
        i.displayName = QStringLiteral("backup");
        i.status = status;
        i.enabled = enabled;
        i.createdAt = Timestamp::fromIso(QStringLiteral("2026-01-01T00:00:00Z"));
        auto inserted = writer.insertIdentity(i, kClock.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!st)
        return st.error();
    return id;
}

// The identity's row as text, to prove a failed change left it alone.
QStringList identityRow(const Database& database, qint64 id)
{
    auto q = sql::run(database.connection(),
                      QStringLiteral("SELECT business_owner, technical_owner, purpose, declared_scope, expires_at, "
                                     "retirement_condition, status, "
                                     "enabled, updated_at FROM identities WHERE id = ?"),
                      { id });
    QStringList out;
    if (!q || !q->next())
        return { QStringLiteral("missing") };
    for (int c = 0; c < q->record().count(); ++c)
        out << (q->value(c).isNull() ? QStringLiteral("<null>") : q->value(c).toString());
    return out;
}

int scalar(const Database& database, const QString& statement)
{
    auto q = sql::run(database.connection(), statement);
    return q.ok() && q->next() ? q->value(0).toInt() : -1;
}

QList<AuditEntry> audit(const Database& database)
{
    auto entries = AuditLog::entries(database.connection());
    return entries ? entries.value() : QList<AuditEntry>();
}

QJsonObject payloadOf(const AuditEntry& entry)
{
    return QJsonDocument::fromJson(entry.payload.toUtf8()).object();
}

QStringList people(const Database& database)
{
    auto q = sql::run(database.connection(),
                      QStringLiteral("SELECT email, name, manager_email, active FROM people ORDER BY email"));
    QStringList out;
    while (q && q->next())
        out << QStringList { q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString() }
                   .join(u'|');
    return out;
}

} // namespace

class TestLifecycleService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void setOwnershipStoresEverythingAndAuditsIt_data() { test::engineRows(); }
    void setOwnershipStoresEverythingAndAuditsIt()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        auto id = seedIdentity(*store.database());
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        LifecycleService service(store.database(), kClock);

        OwnershipChange change;
        change.businessOwner = QStringLiteral("Ada@Example.com");
        change.technicalOwner = QStringLiteral("ops@example.com");
        change.purpose = QStringLiteral("nightly backups");
        change.declaredScope = QStringList { QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject") };
        change.expiresAt = Timestamp::fromIso(QStringLiteral("2027-06-30T00:00:00Z"));
        change.retirementCondition = QStringLiteral("when the bucket is archived");
        const Status set = service.setOwnership(*id, change, kActor);
        QVERIFY2(set.ok(), qPrintable(set.errorString()));

        QCOMPARE(identityRow(*store.database(), *id),
                 (QStringList { "ada@example.com", "ops@example.com", "nightly backups", "s3:GetObject\ns3:PutObject",
                                "2027-06-30T00:00:00Z", "when the bucket is archived", "active", "1",
                                "2026-11-23T09:00:00Z" }));

        const QList<AuditEntry> entries = audit(*store.database());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("owners.set"));
        QCOMPARE(entries.first().entity, QStringLiteral("identity"));
        QCOMPARE(entries.first().entityId, QString::number(*id));
        QCOMPARE(entries.first().actor, kActor);
        QCOMPARE(entries.first().at, kClock.now());
        const QJsonObject payload = payloadOf(entries.first());
        QCOMPARE(payload.value(QStringLiteral("purpose")).toString(), QStringLiteral("nightly backups"));
        QCOMPARE(payload.value(QStringLiteral("technical")).toString(), QStringLiteral("ops@example.com"));
        QCOMPARE(payload.value(QStringLiteral("scope")).toArray(), (QJsonArray { "s3:GetObject", "s3:PutObject" }));
        QCOMPARE(payload.value(QStringLiteral("previousBusiness")).toString(), QString());
        QVERIFY(payload.value(QStringLiteral("business"))
                    .toString()
                    .compare(QStringLiteral("ada@example.com"), Qt::CaseInsensitive)
                == 0);

        // A second change of the business owner alone keeps everything else, and says whom it replaced.
        OwnershipChange handover;
        handover.businessOwner = QStringLiteral("bob@example.com");
        QVERIFY(service.setOwnership(*id, handover, kActor).ok());
        const QStringList row = identityRow(*store.database(), *id);
        QCOMPARE(row.at(0), QStringLiteral("bob@example.com"));
        QCOMPARE(row.mid(1, 5),
                 (QStringList { "ops@example.com", "nightly backups", "s3:GetObject\ns3:PutObject",
                                "2027-06-30T00:00:00Z", "when the bucket is archived" }));
        const QList<AuditEntry> after = audit(*store.database());
        QCOMPARE(after.size(), 2);
        QCOMPARE(payloadOf(after.last()).value(QStringLiteral("previousBusiness")).toString(),
                 QStringLiteral("ada@example.com"));
        auto verified = AuditLog::verify(store.database()->connection());
        QVERIFY(verified.ok() && verified->ok());
    }

    void setOwnershipClearsWhatIsSetEmpty_data() { test::engineRows(); }
    void setOwnershipClearsWhatIsSetEmpty()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        auto id = seedIdentity(*store.database());
        QVERIFY(id.ok());
        LifecycleService service(store.database(), kClock);
        OwnershipChange change;
        change.businessOwner = QStringLiteral("ada@example.com");
        change.technicalOwner = QStringLiteral("ops@example.com");
        change.declaredScope = QStringList { QStringLiteral("s3:GetObject") };
        QVERIFY(service.setOwnership(*id, change, kActor).ok());
        change.technicalOwner = QString();
        change.declaredScope = QStringList();
        QVERIFY(service.setOwnership(*id, change, kActor).ok());
        const QStringList row = identityRow(*store.database(), *id);
        QCOMPARE(row.at(1), QStringLiteral("<null>"));
        QCOMPARE(row.at(3), QStringLiteral("<null>"));
    }

    void setOwnershipRefusesBadInput_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("business");
        QTest::addColumn<QString>("technical");
        QTest::addColumn<bool>("knownIdentity");
        QTest::addColumn<QStringList>("errorHas");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: a business owner that is no email", e.constData())
                << engine << "not-an-email"
                << "" << true << QStringList { "--business", "not-an-email" };
            QTest::addRow("%s: an empty business owner", e.constData()) << engine << ""
                                                                        << "" << true << QStringList { "--business" };
            QTest::addRow("%s: an email without a domain", e.constData())
                << engine << "ada@example"
                << "" << true << QStringList { "--business", "ada@example" };
            QTest::addRow("%s: an email with a space", e.constData()) << engine << "ada lovelace@example.com"
                                                                      << "" << true << QStringList { "--business" };
            QTest::addRow("%s: a technical owner that is no email", e.constData())
                << engine << "ada@example.com"
                << "ops team" << true << QStringList { "--technical", "ops team" };
            QTest::addRow("%s: an identity that does not exist", e.constData())
                << engine << "ada@example.com"
                << "" << false << QStringList { "No identity with id 999" };
        }
    }

    void setOwnershipRefusesBadInput()
    {
        QFETCH(QString, engine);
        QFETCH(QString, business);
        QFETCH(QString, technical);
        QFETCH(bool, knownIdentity);
        QFETCH(QStringList, errorHas);
        RECERTIFY_OPEN_DB(store, engine);
        auto id = seedIdentity(*store.database());
        QVERIFY(id.ok());
        const QStringList before = identityRow(*store.database(), *id);

        OwnershipChange change;
        change.businessOwner = business;
        if (!technical.isEmpty())
            change.technicalOwner = technical;
        change.purpose = QStringLiteral("nightly backups");
        change.declaredScope = QStringList { QStringLiteral("s3:GetObject") };
        const Status status
            = LifecycleService(store.database(), kClock).setOwnership(knownIdentity ? *id : 999, change, kActor);
        QVERIFY(!status.ok());
        for (const QString& part : errorHas)
            QVERIFY2(test::errorSays(status.error(), part), qPrintable(status.errorString()));
        QCOMPARE(identityRow(*store.database(), *id), before);
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    }

    void allowedTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const QStringList states { "discovered", "active", "under-review", "suspended", "retired" };
        for (const QString& from : states) {
            for (const QString& to : states) {
                // Retirement is final, nobody sends an identity back to "discovered", and a move goes somewhere.
                const bool allowed
                    = from != QLatin1String("retired") && to != QLatin1String("discovered") && from != to;
                QTest::addRow("%s -> %s %s", qPrintable(from), qPrintable(to), allowed ? "is allowed" : "is refused")
                    << from << to << allowed;
            }
            QTest::addRow("%s -> frozen is refused (no such state)", qPrintable(from)) << from << "frozen" << false;
        }
    }

    void allowedTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(LifecycleService::allowed(from, to), allowed);
    }

    void transition_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("enabledAfter");
        QTest::addColumn<QString>("errorHas");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: active -> suspended is done and disables it", e.constData())
                << engine << "active"
                << "suspended"
                << "key leaked" << true << 0 << "";
            QTest::addRow("%s: active -> retired is done and disables it", e.constData())
                << engine << "active"
                << "retired"
                << "decommissioned" << true << 0 << "";
            QTest::addRow("%s: active -> under-review is done and keeps it enabled", e.constData())
                << engine << "active"
                << "under-review"
                << "owner asked" << true << 1 << "";
            QTest::addRow("%s: suspended -> active is done and enables it again", e.constData())
                << engine << "suspended"
                << "active"
                << "key rotated" << true << 1 << "";
            QTest::addRow("%s: discovered -> active is done", e.constData()) << engine << "discovered"
                                                                             << "active"
                                                                             << "known workload" << true << 1 << "";
            QTest::addRow("%s: retired -> active is refused", e.constData())
                << engine << "retired"
                << "active"
                << "needed again" << false << 0 << "cannot go from retired to active";
            QTest::addRow("%s: active -> discovered is refused", e.constData())
                << engine << "active"
                << "discovered"
                << "start over" << false << 1 << "cannot go from active to discovered";
            QTest::addRow("%s: suspended -> discovered is refused", e.constData())
                << engine << "suspended"
                << "discovered"
                << "start over" << false << 0 << "cannot go from suspended to discovered";
            QTest::addRow("%s: active -> active is refused", e.constData())
                << engine << "active"
                << "active"
                << "again" << false << 1 << "cannot go from active to active";
            QTest::addRow("%s: an unknown state is refused", e.constData())
                << engine << "active"
                << "frozen"
                << "cold" << false << 1 << "--to: expected one of";
            QTest::addRow("%s: an empty reason is refused", e.constData()) << engine << "active"
                                                                           << "suspended"
                                                                           << "" << false << 1 << "--reason";
            QTest::addRow("%s: a blank reason is refused", e.constData()) << engine << "active"
                                                                          << "suspended"
                                                                          << "   " << false << 1 << "--reason";
        }
    }

    void transition()
    {
        QFETCH(QString, engine);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        QFETCH(bool, ok);
        QFETCH(int, enabledAfter);
        QFETCH(QString, errorHas);
        RECERTIFY_OPEN_DB(store, engine);
        const bool enabledBefore = from != QLatin1String("suspended") && from != QLatin1String("retired");
        auto id = seedIdentity(*store.database(), from, enabledBefore);
        QVERIFY(id.ok());
        const QStringList before = identityRow(*store.database(), *id);

        const Status status = LifecycleService(store.database(), kClock).transition(*id, to, kActor, reason);
        QCOMPARE(status.ok(), ok);
        const QString where = QStringLiteral(" WHERE identity_id = %1").arg(*id);
        if (!ok) {
            QVERIFY2(test::errorSays(status.error(), errorHas), qPrintable(status.errorString()));
            QCOMPARE(identityRow(*store.database(), *id), before);
            QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM lifecycle_events") + where), 0);
            QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
            return;
        }
        const QStringList after = identityRow(*store.database(), *id);
        QCOMPARE(after.at(6), to);
        QCOMPARE(after.at(7), QString::number(enabledAfter));

        auto event
            = sql::run(store.database()->connection(),
                       QStringLiteral("SELECT at, from_state, to_state, actor, reason FROM lifecycle_events") + where);
        QVERIFY(event.ok() && event->next());
        QCOMPARE(event->value(0).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
        QCOMPARE(event->value(1).toString(), from);
        QCOMPARE(event->value(2).toString(), to);
        QCOMPARE(event->value(3).toString(), kActor);
        QCOMPARE(event->value(4).toString(), reason);
        QVERIFY(!event->next());

        const QList<AuditEntry> entries = audit(*store.database());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("lifecycle.transition"));
        QCOMPARE(entries.first().entityId, QString::number(*id));
        const QJsonObject payload = payloadOf(entries.first());
        QCOMPARE(payload.value(QStringLiteral("from")).toString(), from);
        QCOMPARE(payload.value(QStringLiteral("to")).toString(), to);
        QCOMPARE(payload.value(QStringLiteral("reason")).toString(), reason);
    }

    void aTransitionOfAnUnknownIdentityIsRefused()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        const Status status = LifecycleService(store.database(), kClock)
                                  .transition(4242, QStringLiteral("suspended"), kActor, QStringLiteral("x"));
        QVERIFY(!status.ok());
        QVERIFY2(status.errorString().contains(QStringLiteral("4242")), qPrintable(status.errorString()));
        QCOMPARE(scalar(*store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    }

    void reviewingAnIdentityDisabledAtTheSourceKeepsItDisabled()
    {
        // The source says it is disabled (an Entra app with accountEnabled false); putting it under
        // review is a governance step, not a switch that turns it on.
        test::TestDatabase store;
        QVERIFY(store.database());
        auto id = seedIdentity(*store.database(), QStringLiteral("active"), false);
        QVERIFY(id.ok());
        QVERIFY(LifecycleService(store.database(), kClock)
                    .transition(*id, QStringLiteral("under-review"), kActor, QStringLiteral("quarterly"))
                    .ok());
        QCOMPARE(identityRow(*store.database(), *id).at(6), QStringLiteral("under-review"));
        QCOMPARE(identityRow(*store.database(), *id).at(7), QStringLiteral("0"));
    }

    void importPeopleReadsTheDirectory_data() { test::engineRows(); }
    void importPeopleReadsTheDirectory()
    {
        QFETCH(QString, engine);
        RECERTIFY_OPEN_DB(store, engine);
        // Columns in another order, a quoted name with a comma, upper-case emails, every spelling of the flag.
        const QString path = file(QStringLiteral("people-%1.csv").arg(engine),
                                  "name,email,active,manager\r\n"
                                  "\"Lovelace, Ada\",Ada@Example.com,true,\r\n"
                                  "Bob,bob@example.com,no,ada@example.com\r\n"
                                  "\r\n"
                                  "Carol,carol@example.com,1,Ada@Example.com\r\n"
                                  "Dan,dan@example.com,0,\r\n");
        LifecycleService service(store.database(), kClock);
        auto count = service.importPeople(path, kActor);
        QVERIFY2(count.ok(), qPrintable(count.errorString()));
        QCOMPARE(*count, 4);
        QCOMPARE(people(*store.database()),
                 (QStringList { "ada@example.com|Lovelace, Ada||1", "bob@example.com|Bob|ada@example.com|0",
                                "carol@example.com|Carol|ada@example.com|1", "dan@example.com|Dan||0" }));
        const QList<AuditEntry> entries = audit(*store.database());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("people.import"));
        QCOMPARE(payloadOf(entries.first()).value(QStringLiteral("people")).toInt(), 4);

        // A later file updates who is there (Ada left) and keeps the rest.
        const QString update = file(QStringLiteral("people2-%1.csv").arg(engine),
                                    "email,name,manager,active\nada@example.com,Ada,,false\n");
        auto again = service.importPeople(update, kActor);
        QVERIFY(again.ok());
        QCOMPARE(*again, 1);
        QCOMPARE(people(*store.database()).first(), QStringLiteral("ada@example.com|Ada||0"));
        QCOMPARE(people(*store.database()).size(), 4);
    }

    void importPeopleRefusesABadFileWhole_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("errorHas");
        for (const QString& engine : test::engines()) {
            const QByteArray e = engine.toLatin1();
            QTest::addRow("%s: a bad email on line 3", e.constData())
                << engine << QByteArray("email,name,manager,active\nbob@example.com,Bob,,false\nnot-an-email,X,,true\n")
                << QStringList { "line 3", "email", "not-an-email" };
            QTest::addRow("%s: a bad active value on line 2", e.constData())
                << engine << QByteArray("email,name,manager,active\nbob@example.com,Bob,,maybe\n")
                << QStringList { "line 2", "active", "maybe" };
            QTest::addRow("%s: a short row on line 4", e.constData())
                << engine
                << QByteArray("email,name,manager,active\nbob@example.com,Bob,,false\ncarol@example.com,Carol,,"
                              "true\ndan@example.com,Dan,true\n")
                << QStringList { "line 4", "expected 4 fields, got 3" };
            QTest::addRow("%s: line numbers count blank lines", e.constData())
                << engine << QByteArray("email,name,manager,active\nbob@example.com,Bob,,false\n\n\nbad,X,,true\n")
                << QStringList { "line 5" };
            QTest::addRow("%s: a missing column", e.constData())
                << engine << QByteArray("email,name,manager\nbob@example.com,Bob,\n")
                << QStringList { "line 1", "missing column active" };
            QTest::addRow("%s: an empty file", e.constData())
                << engine << QByteArray() << QStringList { "line 1", "header" };
        }
    }

    void importPeopleRefusesABadFileWhole()
    {
        QFETCH(QString, engine);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, errorHas);
        RECERTIFY_OPEN_DB(store, engine);
        LifecycleService service(store.database(), kClock);
        // Bob is already in the directory as active: a failed import must not have changed him.
        QVERIFY(
            service
                .importPeople(
                    file(QStringLiteral("seed.csv"), "email,name,manager,active\nbob@example.com,Bob,,true\n"), kActor)
                .ok());
        const QStringList before = people(*store.database());

        const QString path
            = file(QStringLiteral("bad-%1.csv")
                       .arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u':')),
                   content);
        auto count = service.importPeople(path, kActor);
        QVERIFY(!count.ok());
        QVERIFY2(count.errorString().contains(path), qPrintable(count.errorString()));
        for (const QString& part : errorHas)
            QVERIFY2(test::errorSays(count.error(), part), qPrintable(count.errorString()));
        QCOMPARE(people(*store.database()), before);
        QCOMPARE(audit(*store.database()).size(), 1); // only the seed's import
    }

    void importPeopleNamesAFileItCannotRead()
    {
        test::TestDatabase store;
        QVERIFY(store.database());
        const QString missing = m_dir.filePath(QStringLiteral("nobody.csv"));
        auto count = LifecycleService(store.database(), kClock).importPeople(missing, kActor);
        QVERIFY(!count.ok());
        QVERIFY2(count.errorString().contains(missing), qPrintable(count.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestLifecycleService)
#include "TestLifecycleService.moc"
