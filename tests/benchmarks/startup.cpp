// Start-up of the window on a database: opening the file, building the main window with its
// Work Groups table, and showing it (until the list has been painted and the window flushed to
// the screen). Prints elapsed time and peak memory, and apart from them the time until the
// list's attendance, counted once its rows are on show, is filled in.
// Usage: hubregister-bench-startup DATABASE
#include "database/Database.h"
#include "mainwindow/MainWindow.h"
#include "workgroups/WorkGroupTableModel.h"
#include "workgroups/WorkGroupsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
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

// Notes the event loop's first turn after a widget was first painted: by then the window holding
// it has been drawn and flushed to the screen. Anything that paint itself asked for (the
// attendance count) comes after it.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, const QElapsedTimer &timer)
        : QObject(widget)
        , m_timer(timer)
    {
        widget->installEventFilter(this);
    }

    qint64 ms() const { return m_ms; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_asked) {
            m_asked = true;
            // Posted before the paint runs, so before whatever it posts.
            QMetaObject::invokeMethod(
                this, [this] { m_ms = m_timer.elapsed(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
    bool m_asked = false;
    qint64 m_ms = -1;
};
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
    hubreg::ui::WorkGroupsPage *page = window.workGroupsPage();
    const FirstPaint firstPaint(page->table()->viewport(), timer);
    const hubreg::ui::WorkGroupTableModel *model = page->model();
    const auto counted = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->workGroupAt(row)->attendanceCounted)
                return false;
        }
        return true;
    };
    // The count may be made in the same turn of the event loop as the paint: timed as it ends.
    qint64 countedMs = -1;
    QObject::connect(model, &QAbstractItemModel::dataChanged, model, [&] {
        if (countedMs < 0 && counted())
            countedMs = timer.elapsed();
    });
    window.show();
    for (int pass = 0; pass < 1000 && firstPaint.ms() < 0; ++pass)
        QApplication::processEvents();
    const qint64 shownMs = firstPaint.ms() < 0 ? timer.elapsed() : firstPaint.ms();
    // Counted before the list was painted, the attendance kept the window waiting.
    const bool countedBeforeShown = countedMs >= 0 && countedMs <= shownMs;
    // What the paint asked for: the count, when the Attendance column is on screen.
    QApplication::processEvents();
    // A window too narrow for the column counts it once widened to show it (scrolling to the
    // last column would also fetch the next page of rows).
    qint64 askedMs = shownMs;
    const bool widened = !counted();
    if (widened) {
        askedMs = timer.elapsed();
        const QHeaderView *header = page->table()->horizontalHeader();
        const int column = hubreg::ui::WorkGroupTableModel::Attendance;
        const int missing = header->sectionViewportPosition(column) + header->sectionSize(column)
            - page->table()->viewport()->width();
        window.resize(window.width() + qMax(0, missing) + 1, window.height());
    }
    for (int pass = 0; pass < 1000 && !counted(); ++pass)
        QApplication::processEvents();
    QTextStream out(stdout);
    out << "startup_ms " << shownMs << " (application " << appMs << ", file open " << openMs - appMs
        << ", window built " << windowMs - openMs << ", shown " << shownMs - windowMs << ")\n"
        << "peak_kb " << peakMemoryKb() << '\n'
        << "attendance_ms ";
    if (countedBeforeShown)
        out << "0 (counted before the list was shown)";
    else if (countedMs < 0)
        out << timer.elapsed() - askedMs << (counted() ? "" : " (not filled in)");
    else
        out << countedMs - askedMs;
    out << (widened ? " (after the window was widened to show its column)" : "") << '\n';
    return 0;
}
