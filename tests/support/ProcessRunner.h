#pragma once

#include <QProcess>
#include <QStringList>

namespace recertify::test {

/** What a finished command left behind. */
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs a program to the end with a generous timeout; no shell, so arguments arrive as given. */
inline RunResult runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, arguments);
    RunResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace recertify::test
