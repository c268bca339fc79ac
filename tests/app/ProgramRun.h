#pragma once

// The program started as a person or a script starts it, for the suites of this folder (each
// is built with HUBREGISTER_EXECUTABLE, the path of the executable under test).

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace hubreg::test {

// What a run of the program did: its exit status (-1 when it did not finish in time, -2 when
// it crashed) and what it wrote.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// This process's environment with the program's settings and data kept in `home` instead of
// the user's, and no display.
inline QProcessEnvironment environmentAt(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return env;
}

// Runs the program with `arguments` in `environment`, gives it `input` and then the end of its
// standard input (so that nothing it asks for waits on a terminal), and waits for it to end.
inline ProgramRun runProgram(const QStringList &arguments,
                             const QProcessEnvironment &environment
                             = QProcessEnvironment::systemEnvironment(),
                             const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HUBREGISTER_EXECUTABLE), arguments);
    ProgramRun result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace hubreg::test
