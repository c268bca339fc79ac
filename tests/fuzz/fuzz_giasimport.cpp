// libFuzzer target for the GIAS establishment import: any bytes as an extract, imported as a
// dry run into a file that holds a few schools. Whatever the file, the import must either
// refuse it with an ImportError naming a place, or account for every row; it must never throw
// anything else (a StoreError here means a row passed the checks that the database refused),
// and a dry run must leave the file as it was.
#include "database/Database.h"
#include "domain/School.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/ImportError.h"
#include "records/SchoolStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace hubreg;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString extract;
    int schools = 0;
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Fixture &f = fixture();
    f.db = Database::open(f.dir.filePath(QStringLiteral("fuzz.sqlite")));
    // Closed at exit before Qt's own statics go, which were made after the fixture.
    std::atexit([] { fixture().db.reset(); });
    f.extract = f.dir.filePath(QStringLiteral("extract.csv"));
    // Schools the inputs can match by URN, so the update path is reached as well as the add.
    SchoolStore schools(*f.db);
    for (int urn : { 100001, 100002, 123456, 999999 }) {
        School school;
        school.urn = *Urn::fromInt(urn);
        school.name = QStringLiteral("School %1").arg(urn);
        school.laCode = QStringLiteral("201");
        schools.add(school);
    }
    f.schools = schools.count();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    {
        QFile file(f.extract);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    GiasEstablishmentOptions options;
    options.dryRun = true;
    // One option from the input's length, so each is reached without taking input bytes.
    switch (size % 4) {
    case 1:
        options.onRejection = OnRejection::ImportNothing;
        break;
    case 2:
        options.openSchoolsOnly = true;
        break;
    case 3:
        options.localAuthorities = { QStringLiteral("201"), QStringLiteral("202") };
        break;
    default:
        break;
    }
    try {
        const ImportReport report = GiasEstablishmentImporter(*f.db).run(f.extract, options);
        require(!report.committed);
        require(
            report.rows == report.accountedRows()
            || (options.onRejection == OnRejection::ImportNothing && !report.rejected.isEmpty()));
        for (const ImportIssue &issue : report.rejected)
            require(issue.line >= 1 && !issue.message.isEmpty());
    } catch (const ImportError &error) {
        require(!error.message().isEmpty());
        require(error.message().startsWith(QStringLiteral("extract.csv")));
    }
    require(SchoolStore(*f.db).count() == f.schools);
    return 0;
}
