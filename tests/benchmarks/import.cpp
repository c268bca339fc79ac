// The GIAS establishment import alone, as `hubregister import gias` runs it, without the
// program's start-up: for counting its instructions under a profiler. Prints the report's
// counts and the elapsed time.
// Usage: hubregister-bench-import EXTRACT DATABASE
#include "database/Database.h"
#include "database/StoreError.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/ImportError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

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
        const hubreg::ImportReport report = hubreg::GiasEstablishmentImporter(*db).run(args.at(1));
        QTextStream(stdout) << "import_ms " << timer.elapsed() << "\nrows " << report.rows
                            << " added " << report.added << " updated " << report.updated
                            << " unchanged " << report.unchanged << " rejected "
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
