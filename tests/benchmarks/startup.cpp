// Start-up of the window on a database: opening the file, building the main window with its
// Work Groups table, and showing it. Prints elapsed time and peak memory, and apart from them
// the time until the list's attendance, counted once its rows are on show, is filled in.
// Usage: hubregister-bench-startup DATABASE
#include "database/Database.h"
#include "mainwindow/MainWindow.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
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
    // Every run a first start (no remembered window or column widths), so runs compare.
    QSettings().clear();
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
    const qint64 shownMs = timer.elapsed();
    const hubreg::ui::WorkGroupTableModel *model = window.workGroupsPage()->model();
    const auto counted = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->workGroupAt(row)->attendanceCounted)
                return false;
        }
        return true;
    };
    for (int pass = 0; pass < 1000 && !counted(); ++pass)
        QApplication::processEvents();
    QTextStream(stdout) << "attendance_ms " << timer.elapsed() - shownMs
                        << (counted() ? "" : " (not filled in)") << '\n';
    return 0;
}
