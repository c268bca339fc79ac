// Writes the benchmark data: a national-scale database and two GIAS extracts of different
// shapes (full and sparse), or one hub's share. --extracts-only writes the extracts alone.
// Usage: hubregister-bench-generate OUTPUT_FOLDER [--share N] [--seed N] [--extracts-only]
#include "database/Database.h"
#include "database/StoreError.h"
#include "demo/ScaleGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "Usage: hubregister-bench-generate OUTPUT_FOLDER [--share N] [--seed N] "
               "[--extracts-only]\n";
        return 64;
    }
    hubreg::ScaleOptions options;
    const int share = args.indexOf(QStringLiteral("--share"));
    if (share > 0)
        options.shareDivisor = args.value(share + 1).toInt();
    const int seed = args.indexOf(QStringLiteral("--seed"));
    if (seed > 0)
        options.seed = args.value(seed + 1).toUInt();
    const QDir folder(args.at(1));
    QDir().mkpath(folder.path());
    const QString name
        = options.shareDivisor > 1 ? QStringLiteral("hub") : QStringLiteral("national");

    QElapsedTimer timer;
    timer.start();
    QString error;
    for (const auto shape :
         { hubreg::ScaleOptions::GiasShape::Full, hubreg::ScaleOptions::GiasShape::Sparse }) {
        options.giasShape = shape;
        const QString suffix = shape == hubreg::ScaleOptions::GiasShape::Sparse
            ? QStringLiteral("-sparse")
            : QString();
        const QString csv = folder.filePath(name + suffix + QStringLiteral("-edubasealldata.csv"));
        if (!hubreg::ScaleGenerator::writeGiasEstablishments(csv, options, &error)) {
            err << "Cannot write " << csv << ": " << error << '\n';
            return 2;
        }
        out << "generated " << csv << " (" << QFileInfo(csv).size() / 1000000.0 << " MB) in "
            << timer.elapsed() / 1000.0 << " s\n";
        timer.restart();
    }
    if (args.contains(QStringLiteral("--extracts-only")))
        return 0;

    timer.restart();
    const QString path = folder.filePath(name + QStringLiteral(".sqlite"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    try {
        auto db = hubreg::Database::open(path);
        const hubreg::ScaleSummary s = hubreg::ScaleGenerator::populate(*db, options);
        db->checkpoint();
        out << "generated " << path << " in " << timer.elapsed() / 1000.0 << " s: " << s.schools
            << " schools, " << s.people << " people, " << s.workGroups << " Work Groups, "
            << s.schoolEnrolments << " school enrolments, " << s.participantEnrolments
            << " participant enrolments, " << s.sessions << " sessions, " << s.marks
            << " attendance marks (" << QFileInfo(path).size() / 1000000.0 << " MB)\n";
    } catch (const hubreg::StoreError &e) {
        err << e.message() << '\n';
        return 2;
    }
    return 0;
}
