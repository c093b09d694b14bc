#pragma once

#include "core/storage/Database.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace recertify::test {

/** The engines a storage test runs on: "sqlite" always, "postgresql" when the test command started a server. */
QStringList engines();

/** A `_data()` table with one "engine" column and a row per engine, for tests that run on both. */
void engineRows();

/** The PostgreSQL server the test command started (RECERTIFY_TEST_PG), or empty. */
QString postgresServerUrl();

/**
 * A throwaway store: a SQLite file in a temporary folder, or a fresh database on the test
 * PostgreSQL server, dropped again when this goes away.
 */
class TestDatabase
{
public:
    explicit TestDatabase(const QString& engine = QStringLiteral("sqlite"));
    ~TestDatabase();

    /** Empty when it could not be made; see error(). */
    DatabasePtr database() const { return m_database; }
    QString location() const { return m_location; }
    /** The same PostgreSQL database, signed in as another login (team mode tests). */
    QString locationAs(const QString& login) const;
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_engine;
    QString m_location;
    QString m_pgName;
    QString m_error;
    DatabasePtr m_database;
};

} // namespace recertify::test

/**
 * Skips when a real part (PostgreSQL, the Secret Service, the shared fixtures) is absent, as on a
 * developer's quick ctest run; under the README's test command (RECERTIFY_STRICT=1) that is a failure.
 */
#define RECERTIFY_SKIP_UNLESS_STRICT(reason)                                                                           \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("RECERTIFY_STRICT"))                                                             \
            QFAIL(reason);                                                                                             \
        QSKIP(reason);                                                                                                 \
    } while (false)

/** Opens a TestDatabase for the current _data row's engine or skips/fails with the reason. */
#define RECERTIFY_OPEN_DB(var, engine)                                                                                 \
    if ((engine) == QLatin1String("postgresql") && recertify::test::postgresServerUrl().isEmpty())                     \
        RECERTIFY_SKIP_UNLESS_STRICT(                                                                                  \
            "RECERTIFY_TEST_PG is not set: run the README's test command to test on PostgreSQL");                      \
    recertify::test::TestDatabase var(engine);                                                                         \
    QVERIFY2(var.database(), qPrintable(var.error()))
