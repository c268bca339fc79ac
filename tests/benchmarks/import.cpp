// The GIAS establishment import alone, as `hubregister import gias` runs it, without the
// program's start-up: for counting its instructions under a profiler, and for the processor
// time of its two threads. Prints the report's counts, the elapsed time, the processor time of
// the thread that writes (this one: on two free cores, the import's longest path) and of the
// whole process (the writing thread and the one that reads and checks the file).
// Usage: hubregister-bench-import EXTRACT DATABASE
#include "database/Database.h"
#include "database/StoreError.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/ImportError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>

namespace {

// Milliseconds of processor time of this thread, or of the whole process.
double processorMs(clockid_t clock)
{
    timespec at {};
    clock_gettime(clock, &at);
    return at.tv_sec * 1000.0 + at.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "Usage: hubregister-bench-import EXTRACT DATABASE\n";
        return 64;
    }
    try {
        auto db = hubreg::Database::open(args.at(2));
        QElapsedTimer timer;
        timer.start();
        const double threadStart = processorMs(CLOCK_THREAD_CPUTIME_ID);
        const double processStart = processorMs(CLOCK_PROCESS_CPUTIME_ID);
        const hubreg::ImportReport report = hubreg::GiasEstablishmentImporter(*db).run(args.at(1));
        QTextStream(stdout) << "import_ms " << timer.elapsed() << "\nwriting_thread_cpu_ms "
                            << processorMs(CLOCK_THREAD_CPUTIME_ID) - threadStart
                            << "\nprocess_cpu_ms "
                            << processorMs(CLOCK_PROCESS_CPUTIME_ID) - processStart << "\nrows "
                            << report.rows << " added " << report.added << " updated "
                            << report.updated << " unchanged " << report.unchanged << " rejected "
                            << report.rejected.size() << '\n';
    } catch (const hubreg::ImportError &error) {
        QTextStream(stderr) << error.message() << '\n';
        return 1;
    } catch (const hubreg::StoreError &error) {
        QTextStream(stderr) << error.message() << '\n';
        return 2;
    }
    return 0;
}
