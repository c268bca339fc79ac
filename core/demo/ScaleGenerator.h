#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace hubreg {

class Database;

// The size of a generated data set: national by default, or one hub's share when divided.
struct ScaleOptions
{
    quint32 seed = 1;
    int schools = 52000;
    int hubs = 40;
    int years = 10;
    int workGroups = 30000; // over all hubs and years
    int sessionsPerGroup = 6;
    QDate today = QDate(2026, 11, 24); // sessions before it are held, with registers
    // 1 for the nation; 40 for one hub's share (the first hub, a fortieth of everything).
    int shareDivisor = 1;
    // The shape of the GIAS extract: Full gives a value in most columns; Sparse leaves about
    // 100 of the 140 empty, puts accented names in, and a doubled quote or a line break
    // inside a quoted field here and there (a smaller file with more fields per byte).
    enum class GiasShape { Full, Sparse };
    GiasShape giasShape = GiasShape::Full;
    // Called now and then with (done, total) rows; return false to stop (the transaction then
    // rolls back and nothing is written).
    std::function<bool(qint64, qint64)> progress;
};

struct ScaleSummary
{
    qint64 schools = 0;
    qint64 people = 0;
    qint64 workGroups = 0;
    qint64 schoolEnrolments = 0;
    qint64 participantEnrolments = 0;
    qint64 sessions = 0;
    qint64 marks = 0;
};

// National-scale data for benchmarks and scale tests, from a fixed seed: schools as GIAS
// would list them, hubs over local authorities, ten academic years of Work Groups with their
// schools, participants, sessions and registers. The same options always give the same data.
class ScaleGenerator
{
public:
    // Fills an empty database in one transaction. Throws StoreError (Conflict when the file
    // already holds schools or Work Groups).
    static ScaleSummary populate(Database &db, const ScaleOptions &options);

    // Writes the same schools as a GIAS establishment extract: every column of
    // edubasealldata, every field quoted, Windows-1252, CRLF. Returns false with `error` set
    // when the file cannot be written.
    static bool writeGiasEstablishments(const QString &path, const ScaleOptions &options,
                                        QString *error = nullptr);
    // The extract's header, in GIAS's column order.
    static QStringList giasColumns();
};

} // namespace hubreg
