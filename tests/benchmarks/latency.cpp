// Per-key latency of the two things people type most, on a real widget over a real file:
// a search typed into the school register (each key until the table has been redrawn with
// the matches, the typing pause left out) and a register taken from the keyboard (each mark
// until it is saved and the list redrawn). Prints one line per key and a summary per figure.
// Usage: hubregister-bench-latency DATABASE [SEARCH]
// The register part writes marks: give it a copy of the benchmark file.
#include "common/Workspace.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "register/TakeRegisterModel.h"
#include "register/TakeRegisterTab.h"
#include "schools/SchoolFinder.h"
#include "schools/SchoolTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <ctime>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// "name max median" in milliseconds, from microseconds.
void summarise(const char *name, QList<qint64> micros)
{
    if (micros.isEmpty())
        return;
    std::sort(micros.begin(), micros.end());
    out() << name << "_max_ms " << micros.last() / 1000.0 << '\n'
          << name << "_median_ms " << micros.at(micros.size() / 2) / 1000.0 << '\n';
}

// The write-ahead log's state: its size in frames and its checkpoint sequence number (from
// the log's header), which changes when a checkpoint has copied the log into the file and the
// log starts again from its beginning. Tells a mark that ran a checkpoint from one that did not.
QString walState(const QString &databasePath)
{
    QFile wal(databasePath + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly))
        return QStringLiteral("wal none");
    const QByteArray header = wal.read(32);
    if (header.size() < 32)
        return QStringLiteral("wal empty");
    const auto word = [&header](int at) {
        return quint32(uchar(header[at])) << 24 | quint32(uchar(header[at + 1])) << 16
            | quint32(uchar(header[at + 2])) << 8 | quint32(uchar(header[at + 3]));
    };
    const qint64 pageSize = word(8);
    return QStringLiteral("wal %1 frames, checkpoint %2")
        .arg((wal.size() - 32) / (pageSize + 24))
        .arg(word(12));
}

// Waits until the widget has been painted: what a person would see.
void redraw(QTableView *view)
{
    view->viewport()->repaint();
    QApplication::processEvents();
}

QList<qint64> typeSearch(hubreg::Database &db, const QString &text)
{
    hubreg::ui::SchoolFinder finder(db, hubreg::ui::SchoolFinder::Filters::Shown,
                                    QStringLiteral("bench/schools"));
    finder.resize(1200, 800);
    finder.show();
    if (!QTest::qWaitForWindowExposed(&finder))
        return {};
    QList<qint64> micros;
    QElapsedTimer timer;
    for (const QChar c : text) {
        timer.start();
        QTest::keyClicks(finder.searchEdit(), QString(c));
        finder.applyNow(); // the search the typing pause would start
        redraw(finder.table());
        micros << timer.nsecsElapsed() / 1000;
        out() << "search_key '" << finder.searchEdit()->text() << "' " << micros.last() / 1000.0
              << " ms, " << finder.model()->totalCount() << " schools\n";
    }
    return micros;
}

QList<qint64> takeRegister(hubreg::Database &db)
{
    // The Work Group with the most participants, and its first session.
    hubreg::SqlQuery largest(
        db,
        QStringLiteral("SELECT s.work_group_id, s.id, (SELECT count(*) FROM "
                       "work_group_participants p WHERE p.work_group_id = s.work_group_id) AS n "
                       "FROM sessions s WHERE s.number = 1 AND s.kind <> 'school_visit' "
                       "ORDER BY n DESC, s.id LIMIT 1"));
    largest.exec();
    if (!largest.next())
        return {};
    const hubreg::RecordId workGroup = largest.value(0).toLongLong();
    const hubreg::RecordId session = largest.value(1).toLongLong();

    QUndoStack undo;
    QWidget window;
    hubreg::ui::Workspace workspace(db, &undo, &window);
    auto *tab = new hubreg::ui::TakeRegisterTab(workspace, workGroup, &window);
    window.resize(1200, 800);
    tab->resize(1200, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    tab->showSession(session);
    QTableView *table = tab->table();
    table->setFocus();
    table->setCurrentIndex(tab->model()->index(0, hubreg::ui::TakeRegisterModel::Mark));
    const int people = tab->model()->rowCount();
    out() << "register: " << people << " people in session " << session << '\n';
    const Qt::Key keys[] = { Qt::Key_P, Qt::Key_P, Qt::Key_L, Qt::Key_P, Qt::Key_A, Qt::Key_P };
    QList<qint64> micros;
    QElapsedTimer timer;
    for (int i = 0; i < people; ++i) {
        const std::clock_t cpuStart = std::clock();
        timer.start();
        QTest::keyClick(table, keys[i % 6]);
        redraw(table);
        micros << timer.nsecsElapsed() / 1000;
        // The processor time the key took, beside its wall time: a key that waited (for the
        // disk, or for other programs on a busy machine) shows far less of it.
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        out() << "register_key " << i + 1 << ' ' << micros.last() / 1000.0 << " ms (processor "
              << cpuMs << " ms), " << walState(db.path()) << '\n';
    }
    return micros;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "Usage: hubregister-bench-latency DATABASE [SEARCH]\n";
        return 64;
    }
    try {
        auto db = hubreg::Database::open(args.at(1));
        summarise("search_key", typeSearch(*db, args.value(2, QStringLiteral("hawthorn primary"))));
        summarise("register_key", takeRegister(*db));
    } catch (const hubreg::StoreError &error) {
        QTextStream(stderr) << error.message() << '\n';
        return 2;
    }
    return 0;
}
