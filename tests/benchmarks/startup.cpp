// Start-up of the window on a database: opening the file, building the main window with its
// Work Groups table, and showing it. Prints elapsed time and peak memory.
// Usage: hubregister-bench-startup DATABASE
#include "database/Database.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

namespace {
// Peak resident memory of this process in kB (Linux), or -1.
qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    if (app.arguments().size() < 2)
        return 64;
    const qint64 appMs = timer.elapsed();
    auto db = hubreg::Database::open(app.arguments().at(1)); // created empty when missing
    const qint64 openMs = timer.elapsed();
    hubreg::ui::MainWindow window(std::move(db));
    const qint64 windowMs = timer.elapsed();
    window.show();
    QApplication::processEvents();
    QTextStream(stdout) << "startup_ms " << timer.elapsed() << " (application " << appMs
                        << ", file open " << openMs - appMs << ", window built "
                        << windowMs - openMs << ", shown " << timer.elapsed() - windowMs << ")\n"
                        << "peak_kb " << peakMemoryKb() << '\n';
    return 0;
}
