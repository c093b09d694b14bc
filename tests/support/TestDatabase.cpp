#include "tests/support/TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace recertify::test {

namespace {

// Runs one statement on the server's maintenance database (CREATE/DROP DATABASE cannot run in a transaction).
QString adminExec(const QString& statement)
{
    const QUrl url(postgresServerUrl());
    const QString name = QStringLiteral("recertify-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString postgresServerUrl()
{
    return qEnvironmentVariable("RECERTIFY_TEST_PG");
}

QStringList engines()
{
    return { QStringLiteral("sqlite"), QStringLiteral("postgresql") };
}

void engineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString& engine : engines())
        QTest::addRow("%s", qPrintable(engine)) << engine;
}

TestDatabase::TestDatabase(const QString& engine)
    : m_engine(engine)
{
    if (engine == QLatin1String("postgresql")) {
        m_pgName = QStringLiteral("rt_") + QUuid::createUuid().toString(QUuid::Id128);
        if (const QString error = adminExec(QStringLiteral("CREATE DATABASE ") + m_pgName); !error.isEmpty()) {
            m_error = QStringLiteral("cannot create a test database: ") + error;
            m_pgName.clear();
            return;
        }
        QUrl url(postgresServerUrl());
        url.setPath(u'/' + m_pgName);
        m_location = url.toString();
    } else {
        m_location = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    auto opened = Database::open(m_location);
    if (!opened) {
        m_error = opened.errorString();
        return;
    }
    m_database = opened.value();
}

QString TestDatabase::locationAs(const QString& login) const
{
    QUrl url(m_location);
    url.setUserName(login);
    return url.toString();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_pgName.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
}

} // namespace recertify::test
