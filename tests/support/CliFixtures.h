#pragma once

#include "tests/support/ProcessRunner.h"

#include <QFile>
#include <QTemporaryDir>

// The end-to-end tests' way to run recertify-cli on a store and to read a fixture or write a copy derived from one.
// RECERTIFY_CLI_PATH and RECERTIFY_SOURCE_DIR come from the test's build.
namespace recertify::test {

/** recertify-cli --db DB ARGS… */
inline RunResult cliOn(const QString& db, const QStringList& args)
{
    return runProgram(QStringLiteral(RECERTIFY_CLI_PATH), QStringList { QStringLiteral("--db"), db } + args);
}

/** A fixture's path under tests/data. */
inline QString fixturePath(const QString& relative)
{
    return QStringLiteral(RECERTIFY_SOURCE_DIR "/tests/data/") + relative;
}

/** A fixture's bytes, read whole; empty when it cannot be read. */
inline QByteArray fixtureBytes(const QString& relative)
{
    QFile file(fixturePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Bytes written into the test's folder under a name; the path, or empty when they could not be written. */
inline QString writtenIn(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
}

} // namespace recertify::test
