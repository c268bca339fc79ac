#include "FailingWrites.h"
#include "TestSupport.h"
#include "csv/CsvWriter.h"
#include "csv/TextDecoder.h"
#include "database/DeferredIndexes.h"
#include "database/IntegrityCheck.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "import/GiasEstablishmentImporter.h"
#include "import/ImportError.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SchoolWriter.h"
#include "records/WorkGroupStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#endif

using namespace hubreg;

namespace {

QString extract(const char *name)
{
    return test::testDataPath(QStringLiteral("gias/%1").arg(QLatin1String(name)));
}

School schoolWithUrn(Database &db, int urn)
{
    const auto school = SchoolStore(db).findByUrn(*Urn::fromInt(urn));
    if (!school)
        qFatal("school %d is not held", urn);
    return *school;
}

// Gives the schools Work Group history, which the register must keep.
void enrolInAWorkGroup(Database &db, const QList<int> &urns)
{
    Hub hub;
    hub.name = QStringLiteral("South Yorkshire Maths Hub");
    HubStore(db).add(hub);
    WorkGroup wg;
    wg.hubId = hub.id;
    wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("TFM-DEV"))->id;
    wg.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2023/24")).id;
    wg.code = QStringLiteral("SY-DEV-01");
    WorkGroupStore groups(db);
    groups.add(wg);
    for (int urn : urns) {
        SchoolEnrolment e;
        e.workGroupId = wg.id;
        e.schoolId = schoolWithUrn(db, urn).id;
        groups.enrolSchool(e);
    }
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A school's row as stored, column by column, without what differs between any two writes
// (its id, uuid and times).
QStringList storedRow(Database &db, int urn)
{
    SqlQuery query(db, QStringLiteral("SELECT * FROM schools WHERE urn = :urn"));
    query.bind(QStringLiteral(":urn"), urn).exec();
    if (!query.next())
        return {};
    const QSqlRecord record = query.record();
    const QStringList apart { QStringLiteral("id"), QStringLiteral("uuid"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at") };
    QStringList cells;
    for (int i = 0; i < record.count(); ++i) {
        if (apart.contains(record.fieldName(i)))
            continue;
        const QVariant value = query.value(i);
        cells << record.fieldName(i) + QLatin1Char('=')
                + (value.isNull() ? QStringLiteral("NULL") : value.toString());
    }
    return cells;
}

// One school in GIAS's words, with the stray spaces and small letters real extracts hold.
QByteArray giasRow(const char *town, const char *pupils)
{
    return QByteArray("URN,EstablishmentName,LA (code),LA (name),TypeOfEstablishment (name),"
                      "EstablishmentTypeGroup (name),EstablishmentStatus (name),"
                      "PhaseOfEducation (name),Street,Locality,Address3,Town,County (name),"
                      "Postcode,Trusts (name),HeadTitle (name),HeadFirstName,HeadLastName,"
                      "TelephoneNum,SchoolWebsite,OpenDate,CloseDate,StatutoryLowAge,"
                      "StatutoryHighAge,NumberOfPupils\r\n"
                      "106200,\" Hallam Primary \", 373 ,\" Sheffield \",\"Academy converter \","
                      "\" Academies\",\" Open \",Primary,\" 1 Crookes Road \",\" Broomhill \","
                      ",\"")
        + town
        + "\",\" South Yorkshire \",\" s10 1aa \",\" Hallam Trust \",Mrs,\" Zoe \","
          "\" Neill \",\" 0114 000 0000 \",\" www.hallam.example \",01-09-2012,,4,11,"
        + pupils + "\r\n";
}

// The same school typed into the register, each field as the row gives it.
void typeIn(School &school, const QString &town, int pupils)
{
    school.urn = *Urn::fromInt(106200);
    school.name = QStringLiteral(" Hallam Primary ");
    school.laCode = QStringLiteral(" 373 ");
    school.laName = QStringLiteral(" Sheffield ");
    school.establishmentType = QStringLiteral("Academy converter ");
    school.typeGroup = QStringLiteral(" Academies");
    school.status = QStringLiteral(" Open ");
    school.phase = QStringLiteral("Primary");
    school.street = QStringLiteral(" 1 Crookes Road ");
    school.locality = QStringLiteral(" Broomhill ");
    school.address3.clear();
    school.town = town;
    school.county = QStringLiteral(" South Yorkshire ");
    school.postcode = QStringLiteral(" s10 1aa ");
    school.trustName = QStringLiteral(" Hallam Trust ");
    school.headTitle = QStringLiteral("Mrs");
    school.headFirstName = QStringLiteral(" Zoe ");
    school.headLastName = QStringLiteral(" Neill ");
    school.telephone = QStringLiteral(" 0114 000 0000 ");
    school.website = QStringLiteral(" www.hallam.example ");
    school.openDate = QDate(2012, 9, 1);
    school.closeDate = QDate();
    school.statutoryLowAge = 4;
    school.statutoryHighAge = 11;
    school.pupils = pupils;
}

} // namespace

class TestGiasEstablishmentImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsAnExtract();
    void reimportUpdatesExactlyTheChangedRows();
    void neverDeletesASchoolWithHistory();
    void limitsNewSchoolsToTheHubsAreaAndOpenSchools();
    void rejectsBadRowsWithTheirPlace();
    void importsNothingWhenAskedToOnRejections();
    void refusesAFileWithoutTheRequiredColumns();
    void failureAtTheLastRowLeavesTheDatabaseAsItWas();
    void cancelLeavesTheDatabaseAsItWas();
    void cancelWhileSchoolsAreReadiedOrSentLeavesNothing();
    void dryRunWritesNothing();
    void reportsProgressInBothStages();
    void importsFiftyTwoThousandSchools();
    void aFileReplacedMidImportCannotGetIn();
    void readsAPipe();
    void aColumnNamedTwiceIsRefusedOnlyWhenRead();
    void aRowTheDatabaseRefusesIsNamed();
    void aRowRefusedAmongManyNewSchoolsIsNamedByItsLine();
    void rowsReadAheadKeepTheirOrderAndPlaces();
    void theImportAndTheStoreWriteASchoolAlike();
    void readsAnExtractInAnyEncodingAlike();
    void anEmptyFileIsRefused();
    void theFirstImportMakesTheIndexesAtTheEnd();
    void aValueTwiceIsRefusedWhenTheSetAsideConstraintsAreMade();
};

void TestGiasEstablishmentImporter::importsAnExtract()
{
    test::TempDatabase temp;
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(extract("extract-a.csv"));
    QCOMPARE(report.fileName, QStringLiteral("extract-a.csv"));
    QCOMPARE(report.rows, 8);
    QCOMPARE(report.added, 8);
    QCOMPARE(report.rejected.size(), 0);
    QVERIFY(report.committed);
    QCOMPARE(SchoolStore(temp.db()).count(), 8);

    const School becket = schoolWithUrn(temp.db(), 106000);
    QCOMPARE(becket.name, QStringLiteral("St Thomas à Becket Catholic Primary School"));
    QCOMPARE(becket.headteacher(), QStringLiteral("Mrs Zoë O’Neill"));
    QCOMPARE(becket.laCode, QStringLiteral("373"));
    QCOMPARE(becket.laName, QStringLiteral("Sheffield"));
    QCOMPARE(becket.phase, QStringLiteral("Primary"));
    QCOMPARE(becket.status, QStringLiteral("Open"));
    QCOMPARE(becket.typeGroup, QStringLiteral("Academies"));
    QCOMPARE(becket.establishmentType, QStringLiteral("Academy converter"));
    QCOMPARE(becket.trustName, QStringLiteral("Hallam Catholic Trust"));
    QCOMPARE(becket.openDate, QDate(2012, 9, 1));
    QVERIFY(!becket.closeDate.isValid());
    QCOMPARE(becket.pupils, 210);
    QCOMPARE(becket.statutoryLowAge, 4);
    QCOMPARE(becket.statutoryHighAge, 11);
    QCOMPARE(becket.postcode, QStringLiteral("S1 1AA"));
    QCOMPARE(becket.street, QStringLiteral("1 School Lane"));
    QCOMPARE(becket.county, QStringLiteral("South Yorkshire"));
    QCOMPARE(schoolWithUrn(temp.db(), 106001).name, QStringLiteral("North Star 82° Academy"));
    const School closed = schoolWithUrn(temp.db(), 106005);
    QCOMPARE(closed.status, QStringLiteral("Closed"));
    QCOMPARE(closed.closeDate, QDate(2020, 8, 31));
    QCOMPARE(schoolWithUrn(temp.db(), 106004).pupils, -1);
}

void TestGiasEstablishmentImporter::reimportUpdatesExactlyTheChangedRows()
{
    test::TempDatabase temp;
    GiasEstablishmentImporter importer(temp.db());
    importer.run(extract("extract-a.csv"));
    // Our own fields, which GIAS does not have, must survive.
    School becket = schoolWithUrn(temp.db(), 106000);
    becket.notes = QStringLiteral("Keen to join Embedding next year");
    becket.hasMasterySpecialist = true;
    SchoolStore(temp.db()).update(becket);
    const QDateTime firstImport = temp.clock().nowUtc();
    const QDateTime secondImport = firstImport.addDays(30);
    temp.clock().setNow(secondImport);

    const ImportReport report = importer.run(extract("extract-b.csv"));
    QCOMPARE(report.rows, 9);
    QCOMPARE(report.updated, 3); // 106001 head, 106003 closed, 106006 opened
    QCOMPARE(report.added, 2); // 106007, 106008
    QCOMPARE(report.unchanged, 4);
    QCOMPARE(report.skipped, 0);
    QCOMPARE(report.rejected.size(), 0);
    QCOMPARE(report.accountedRows(), report.rows);
    QCOMPARE(report.closed, 1); // 106003, among the updated
    QCOMPARE(report.notes.size(), 1);
    QVERIFY(report.notes.first().message.contains(QLatin1String("106003")));
    QVERIFY(report.unusedColumns.contains(QStringLiteral("NewColumn2025 (name)")));

    for (int urn : { 106000, 106002, 100100, 106005, 106004 })
        QCOMPARE(schoolWithUrn(temp.db(), urn).updatedAt, firstImport);
    for (int urn : { 106001, 106003, 106006, 106007, 106008 })
        QCOMPARE(schoolWithUrn(temp.db(), urn).updatedAt, secondImport);

    QCOMPARE(schoolWithUrn(temp.db(), 106001).headteacher(), QStringLiteral("Mr Priya Shah"));
    const School oldMill = schoolWithUrn(temp.db(), 106003);
    QCOMPARE(oldMill.status, QStringLiteral("Closed"));
    QCOMPARE(oldMill.closeDate, QDate(2024, 8, 31));
    QCOMPARE(schoolWithUrn(temp.db(), 106006).status, QStringLiteral("Open"));
    QCOMPARE(schoolWithUrn(temp.db(), 106006).openDate, QDate(2024, 9, 1));
    const School kept = schoolWithUrn(temp.db(), 106000);
    QCOMPARE(kept.pupils, 210); // NumberOfPupils is not in extract B
    QCOMPARE(kept.notes, QStringLiteral("Keen to join Embedding next year"));
    QVERIFY(kept.hasMasterySpecialist);
    QCOMPARE(SchoolStore(temp.db()).count(), 10);

    // The same extract again changes nothing.
    const ImportReport again = importer.run(extract("extract-b.csv"));
    QCOMPARE(again.unchanged, 9);
    QCOMPARE(again.updated + again.added + again.closed, 0);
}

void TestGiasEstablishmentImporter::neverDeletesASchoolWithHistory()
{
    test::TempDatabase temp;
    GiasEstablishmentImporter importer(temp.db());
    importer.run(extract("extract-a.csv"));
    enrolInAWorkGroup(temp.db(), { 106003, 106004 });
    importer.run(extract("extract-b.csv"));
    // 106004 is not in extract B; 106003 closed in it. Both stay, with their history.
    const School riverside = schoolWithUrn(temp.db(), 106004);
    QCOMPARE(riverside.status, QStringLiteral("Open"));
    QCOMPARE(schoolWithUrn(temp.db(), 106003).status, QStringLiteral("Closed"));
    SqlQuery enrolments(temp.db(), QStringLiteral("SELECT count(*) FROM work_group_schools"));
    QCOMPARE(enrolments.scalar().toInt(), 2);
}

void TestGiasEstablishmentImporter::limitsNewSchoolsToTheHubsAreaAndOpenSchools()
{
    test::TempDatabase temp;
    Hub hub;
    hub.name = QStringLiteral("South Yorkshire Maths Hub");
    HubStore hubs(temp.db());
    hubs.add(hub);
    hubs.setLocalAuthorities(hub.id,
                             { QStringLiteral("370"), QStringLiteral("371"), QStringLiteral("372"),
                               QStringLiteral("373") });
    GiasEstablishmentOptions options;
    options.localAuthorities = hubs.localAuthorities(hub.id);
    options.openSchoolsOnly = true;
    GiasEstablishmentImporter importer(temp.db());

    const ImportReport first = importer.run(extract("extract-a.csv"), options);
    QCOMPARE(first.added, 5);
    QCOMPARE(first.skipped, 3); // 100100 outside the area, 106005 closed, 106006 not yet open
    QVERIFY(!SchoolStore(temp.db()).findByUrn(*Urn::fromInt(100100)));

    const ImportReport second = importer.run(extract("extract-b.csv"), options);
    QCOMPARE(second.added, 2); // 106006 now open, 106007 new
    QCOMPARE(second.updated, 2); // 106001; 106003 is held, so its closure is recorded
    QCOMPARE(second.unchanged, 2);
    QCOMPARE(second.skipped, 3); // 100100, 106005, 106008
    QCOMPARE(schoolWithUrn(temp.db(), 106003).status, QStringLiteral("Closed"));
}

void TestGiasEstablishmentImporter::rejectsBadRowsWithTheirPlace()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/bad.csv");
    writeFile(path,
              "URN,EstablishmentName,OpenDate,CloseDate,NumberOfPupils\r\n"
              "106100,Good School,01-09-2000,,100\r\n"
              "10610,Short Urn,,,\r\n"
              "106101,,,,\r\n"
              "106102,Bad Date,31-02-2020,,\r\n"
              "106100,Duplicate,,,\r\n"
              "106103,Too,Many,Fields,Here,Extra\r\n"
              "106104,Closes Early,01-09-2010,01-09-2009,\r\n"
              "106105,\"Two\r\nLines \xe0\",,,12x\r\n");
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path);
    QCOMPARE(report.rows, 8);
    // A school that closes before it opens is odd, but GIAS has such rows: stored, with a note.
    QCOMPARE(report.added, 2);
    QCOMPARE(report.rejected.size(), 6);
    QCOMPARE(report.notes.size(), 1);
    QCOMPARE(report.notes.first().line, 8);
    QCOMPARE(report.notes.first().column, 32);
    QCOMPARE(report.notes.first().field, QStringLiteral("CloseDate"));
    QVERIFY(report.notes.first().message.contains(QLatin1String("stored as GIAS gives it")));
    QCOMPARE(report.accountedRows(), report.rows);
    const QList<ImportIssue> &r = report.rejected;
    QCOMPARE(r.at(0).line, 3);
    QCOMPARE(r.at(0).column, 1);
    QCOMPARE(r.at(0).field, QStringLiteral("URN"));
    QVERIFY(r.at(0).message.contains(QStringLiteral("“10610” is not a URN")));
    QCOMPARE(r.at(1).line, 4);
    QCOMPARE(r.at(1).column, 8);
    QCOMPARE(r.at(1).field, QStringLiteral("EstablishmentName"));
    QCOMPARE(r.at(2).line, 5);
    QCOMPARE(r.at(2).column, 17);
    QCOMPARE(r.at(2).field, QStringLiteral("OpenDate"));
    QVERIFY(r.at(2).message.contains(QLatin1String("31-02-2020")));
    QCOMPARE(r.at(3).line, 6);
    QVERIFY(r.at(3).message.contains(QLatin1String("first on line 2")));
    QCOMPARE(r.at(4).line, 7);
    QCOMPARE(r.at(4).column, 29); // "Extra", the sixth field
    QVERIFY(r.at(4).message.contains(QLatin1String("6 fields")));
    QCOMPARE(r.at(5).line, 10);
    QCOMPARE(r.at(5).column, 12);
    QCOMPARE(r.at(5).field, QStringLiteral("NumberOfPupils"));
    QVERIFY(r.at(5).describe().startsWith(QLatin1String("line 10, column 12 (NumberOfPupils): ")));
    QCOMPARE(SchoolStore(temp.db()).count(), 2);
    QCOMPARE(schoolWithUrn(temp.db(), 106104).closeDate, QDate(2009, 9, 1));
}

void TestGiasEstablishmentImporter::importsNothingWhenAskedToOnRejections()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/one-bad.csv");
    writeFile(path, "URN,EstablishmentName\r\n106100,Good School\r\nabc,Bad URN\r\n");
    GiasEstablishmentOptions options;
    options.onRejection = OnRejection::ImportNothing;
    const QString before = test::dumpContents(temp.db());
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path, options);
    QCOMPARE(report.rejected.size(), 1);
    QVERIFY(!report.committed);
    QCOMPARE(report.added, 0);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasEstablishmentImporter::refusesAFileWithoutTheRequiredColumns()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/links.csv");
    writeFile(path, "URN,LinkURN\r\n100000,100001\r\n");
    try {
        GiasEstablishmentImporter(temp.db()).run(path);
        QFAIL("a file without EstablishmentName is not an establishment extract");
    } catch (const ImportError &e) {
        QVERIFY2(e.message().startsWith(QLatin1String("links.csv, line 1: ")),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QLatin1String("EstablishmentName")));
    }
    QCOMPARE(SchoolStore(temp.db()).count(), 0);
}

void TestGiasEstablishmentImporter::failureAtTheLastRowLeavesTheDatabaseAsItWas()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    GiasEstablishmentImporter importer(temp.db());
    importer.run(extract("extract-a.csv"));
    const QString before = test::dumpContents(temp.db());
    // The database refuses the last school of extract B, after every other row was written.
    test::refuseInserts(temp.db(), QStringLiteral("schools"), QStringLiteral("NEW.urn = 106008"),
                        QStringLiteral("disk trouble"));
    QVERIFY_THROWS_EXCEPTION(StoreError, importer.run(extract("extract-b.csv")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasEstablishmentImporter::cancelLeavesTheDatabaseAsItWas()
{
    test::TempDatabase temp;
    GiasEstablishmentImporter importer(temp.db());
    importer.run(extract("extract-a.csv"));
    const QString before = test::dumpContents(temp.db());
    bool cancel = false;
    ImportControl control;
    // Cancel at the last moment: when writing has reached the end of the file.
    control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
        if (stage == ImportStage::Writing && done == total)
            cancel = true;
    };
    control.cancelRequested = [&] { return cancel; };
    const ImportReport report = importer.run(extract("extract-b.csv"), {}, control);
    QVERIFY(report.cancelled);
    QVERIFY(!report.committed);
    QCOMPARE(report.added + report.updated + report.closed, 0);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasEstablishmentImporter::cancelWhileSchoolsAreReadiedOrSentLeavesNothing()
{
    // On a server a thousand new schools are readied on a thread of their own while the
    // thousand before is sent. A cancel at 1,500 rows comes while the first thousand waits to
    // be sent, at 2,300 after it was sent and while the second is readied: either way nothing
    // is kept, and the same import then runs whole.
    QByteArray file = "URN,EstablishmentName\r\n";
    for (int i = 0; i < 2600; ++i)
        file += QByteArray::number(400000 + i) + ",School " + QByteArray::number(i) + "\r\n";
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/many.csv");
    writeFile(path, file);
    const QString before = test::dumpContents(temp.db());
    // The bytes of the header and the first `rows` rows.
    const auto bytesOf = [&file](int rows) {
        qsizetype at = 0;
        for (int line = 0; line <= rows; ++line)
            at = file.indexOf('\n', at) + 1;
        return qint64(at);
    };
    for (const int rows : { 1500, 2300 }) {
        ImportControl control;
        bool cancel = false;
        control.progress = [&](ImportStage, qint64 done, qint64) {
            if (done >= bytesOf(rows))
                cancel = true;
        };
        control.cancelRequested = [&] { return cancel; };
        const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path, {}, control);
        QVERIFY2(report.cancelled, qPrintable(QString::number(rows)));
        QVERIFY(!report.committed);
        QCOMPARE(test::dumpContents(temp.db()), before);
    }
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path);
    QVERIFY(report.committed);
    QCOMPARE(report.added, 2600);
    QCOMPARE(SchoolStore(temp.db()).count(), 2600);
}

void TestGiasEstablishmentImporter::dryRunWritesNothing()
{
    test::TempDatabase temp;
    GiasEstablishmentImporter importer(temp.db());
    importer.run(extract("extract-a.csv"));
    const QString before = test::dumpContents(temp.db());
    GiasEstablishmentOptions options;
    options.dryRun = true;
    const ImportReport report = importer.run(extract("extract-b.csv"), options);
    QVERIFY(report.dryRun);
    QVERIFY(!report.committed);
    QCOMPARE(report.updated, 3);
    QCOMPARE(report.added, 2);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasEstablishmentImporter::reportsProgressInBothStages()
{
    test::TempDatabase temp;
    QList<ImportStage> stagesAtEnd;
    qint64 size = 0;
    ImportControl control;
    control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
        size = total;
        QVERIFY(done <= total);
        if (done == total && (stagesAtEnd.isEmpty() || stagesAtEnd.last() != stage))
            stagesAtEnd << stage;
    };
    GiasEstablishmentImporter(temp.db()).run(extract("extract-a.csv"), {}, control);
    QCOMPARE(stagesAtEnd, QList<ImportStage>({ ImportStage::Checking, ImportStage::Writing }));
    QCOMPARE(size, QFile(extract("extract-a.csv")).size());
}

void TestGiasEstablishmentImporter::importsFiftyTwoThousandSchools()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/edubasealldata.csv");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(file, QStringLiteral("edubasealldata.csv"));
        writer.writeRow(QStringList {
            QStringLiteral("URN"), QStringLiteral("EstablishmentName"), QStringLiteral("LA (code)"),
            QStringLiteral("EstablishmentStatus (name)"), QStringLiteral("PhaseOfEducation (name)"),
            QStringLiteral("OpenDate"), QStringLiteral("Postcode") });
        for (int i = 0; i < 52000; ++i)
            writer.writeRow(
                { CsvCell::number(100000 + i), CsvCell(QStringLiteral("School %1").arg(i)),
                  CsvCell(QString::number(300 + i % 150)), CsvCell(QStringLiteral("Open")),
                  CsvCell(QStringLiteral("Primary")), CsvCell(QStringLiteral("01-09-2000")),
                  CsvCell(QStringLiteral("S%1 1AA").arg(i % 99)) });
        writer.finish();
    }
    GiasEstablishmentImporter importer(temp.db());
    QElapsedTimer timer;
    timer.start();
    const ImportReport first = importer.run(path);
    const qint64 firstMs = timer.restart();
    QCOMPARE(first.added, 52000);
    QCOMPARE(SchoolStore(temp.db()).count(), 52000);
    const ImportReport second = importer.run(path);
    QCOMPARE(second.unchanged, 52000);
    // For the record only; no test depends on speed.
    qInfo("52,000 schools: added in %lld ms, checked unchanged in %lld ms", firstMs,
          timer.elapsed());
}

void TestGiasEstablishmentImporter::aFileReplacedMidImportCannotGetIn()
{
    // Another program writes the file while the import runs: once the import has read it all,
    // and again half way through. What is written is what was read and checked, and a file
    // that changed under the reader is refused whole: nothing of the new file gets in.
    const QByteArray header = "URN,EstablishmentName,OpenDate,CloseDate\r\n";
    QByteArray checked = header;
    for (int i = 0; i < 2000; ++i) // several chunks of the reader, several progress reports
        checked += QByteArray::number(200000 + i) + ",Checked School,01-09-2010,\r\n";
    const QByteArray swapped = header
        + "100010,Unchecked School,01-09-2010,\r\n"
          "100010,Duplicate School,01-09-2010,\r\n"
          "12,Bad URN School,,\r\n"
        + QByteArray(checked.size(), '#');
    for (const bool atTheEnd : { true, false }) {
        test::TempDatabase temp;
        const QString path = temp.folder() + QStringLiteral("/extract.csv");
        writeFile(path, checked);
        const QString before = test::dumpContents(temp.db());
        bool replaced = false;
        ImportControl control;
        control.progress = [&](ImportStage stage, qint64 done, qint64 total) {
            const bool moment = atTheEnd ? done == total : done > 0 && done < total;
            if (!replaced && stage == ImportStage::Checking && moment) {
                writeFile(path, swapped);
                replaced = true;
            }
        };
        GiasEstablishmentOptions options;
        options.onRejection = OnRejection::ImportNothing;
        if (atTheEnd) {
            const ImportReport report
                = GiasEstablishmentImporter(temp.db()).run(path, options, control);
            QVERIFY(replaced);
            QVERIFY2(report.committed, qPrintable(report.rejected.value(0).describe()));
            QCOMPARE(report.added, 2000);
            QCOMPARE(SchoolStore(temp.db()).count(), 2000);
            QVERIFY(!SchoolStore(temp.db()).findByUrn(*Urn::fromInt(100010)));
            continue;
        }
        try {
            GiasEstablishmentImporter(temp.db()).run(path, options, control);
            QFAIL("a file written to while it was read was imported");
        } catch (const ImportError &error) {
            QVERIFY(replaced);
            QVERIFY2(error.message().contains(QLatin1String("changed while it was being read")),
                     qPrintable(error.message()));
        }
        QCOMPARE(test::dumpContents(temp.db()), before);
    }
}

void TestGiasEstablishmentImporter::readsAPipe()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("extract.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray bytes = test::fileBytes(extract("extract-a.csv"));
    std::thread writer([&] {
        // The extract, to the reader. Opening a pipe to write waits for one; an import that
        // opened the pipe again would wait for ever for a second writer.
        const int out = ::open(QFile::encodeName(fifo).constData(), O_WRONLY);
        if (out >= 0) {
            qsizetype written = 0;
            while (written < bytes.size()) {
                const ssize_t n
                    = ::write(out, bytes.constData() + written, size_t(bytes.size() - written));
                if (n <= 0)
                    break;
                written += n;
            }
            ::close(out);
        }
    });
    test::TempDatabase temp;
    ImportReport report;
    QString failure;
    try {
        report = GiasEstablishmentImporter(temp.db()).run(fifo);
    } catch (const ImportError &error) {
        failure = error.message();
    }
    writer.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(report.committed);
    QCOMPARE(report.added, 8);
    QCOMPARE(SchoolStore(temp.db()).count(), 8);
#else
    QSKIP("named pipes are a Unix thing");
#endif
}

void TestGiasEstablishmentImporter::aColumnNamedTwiceIsRefusedOnlyWhenRead()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/extract.csv");
    // Two columns the import never reads may share a name.
    writeFile(path, "URN,EstablishmentName,Notes,Notes\r\n100010,Twice School,a,b\r\n");
    QCOMPARE(GiasEstablishmentImporter(temp.db()).run(path).added, 1);
    // Two it reads may not: which one GIAS meant cannot be told.
    writeFile(path, "URN,Postcode,EstablishmentName,postcode \r\n100011,S1 1AA,Twice,S2 2BB\r\n");
    try {
        GiasEstablishmentImporter(temp.db()).run(path);
        QFAIL("a column named twice was read");
    } catch (const ImportError &error) {
        QCOMPARE(error.position().line, 1);
        QCOMPARE(error.position().column, 32);
        QVERIFY2(error.message().contains(QLatin1String("Postcode")), qPrintable(error.message()));
    }
    QCOMPARE(SchoolStore(temp.db()).count(), 1);
}

void TestGiasEstablishmentImporter::aRowTheDatabaseRefusesIsNamed()
{
    test::TempDatabase temp;
    GiasEstablishmentImporter importer(temp.db());
    importer.run(extract("extract-a.csv"));
    const QString before = test::dumpContents(temp.db());
    test::refuseInserts(temp.db(), QStringLiteral("schools"), QStringLiteral("NEW.urn = 106008"),
                        QStringLiteral("disk trouble"));
    try {
        importer.run(extract("extract-b.csv"));
        QFAIL("the refused row was passed over");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().startsWith(QLatin1String("extract-b.csv, line ")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("disk trouble")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasEstablishmentImporter::aRowRefusedAmongManyNewSchoolsIsNamedByItsLine()
{
    // On a server new schools are sent a thousand to a statement, each thousand readied while
    // the one before is sent; the one refused must still be named by its own line, not the
    // batch's last, and nothing of the import kept.
    QByteArray file = "URN,EstablishmentName,OpenDate\r\n";
    for (int i = 0; i < 2600; ++i)
        file += QByteArray::number(400000 + i) + ",School " + QByteArray::number(i) + ",\r\n";
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/many.csv");
    writeFile(path, file);
    const QString before = test::dumpContents(temp.db());
    // The 1,501st school, on line 1502: inside the second batch, sent while the third is readied.
    test::refuseInserts(temp.db(), QStringLiteral("schools"), QStringLiteral("NEW.urn = 401500"),
                        QStringLiteral("disk trouble"));
    try {
        GiasEstablishmentImporter(temp.db()).run(path);
        QFAIL("the refused row was passed over");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().startsWith(QLatin1String("many.csv, line 1502: ")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("disk trouble")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);

    // Without the refusal every school of every batch, the last short one too, is stored whole.
    test::TempDatabase clean;
    const QString again = clean.folder() + QStringLiteral("/many.csv");
    writeFile(again, file);
    const ImportReport report = GiasEstablishmentImporter(clean.db()).run(again);
    QCOMPARE(report.added, 2600);
    QCOMPARE(SchoolStore(clean.db()).count(), 2600);
    for (const int i : { 0, 999, 1000, 1999, 2000, 2599 })
        QCOMPARE(schoolWithUrn(clean.db(), 400000 + i).name, QStringLiteral("School %1").arg(i));
}

void TestGiasEstablishmentImporter::rowsReadAheadKeepTheirOrderAndPlaces()
{
    // The file is read on a thread of its own, many rows ahead of the checks and writes: every
    // rejection must still come in the file's order with its place, an error of the file must
    // stop the import exactly where it is, and a cancel must stop the reader too.
    const QByteArray header = "URN,EstablishmentName,OpenDate\r\n";
    QByteArray good = header;
    QList<qint64> badLines;
    for (int i = 0; i < 5000; ++i) {
        const qint64 line = i + 2;
        if (i % 700 == 350) {
            good += QByteArray::number(300000 + i) + ",Too,Many,Fields\r\n";
            badLines << line;
        } else if (i % 900 == 450) {
            good += "9" + QByteArray::number(i) + ",Short URN,\r\n";
            badLines << line;
        } else {
            good += QByteArray::number(300000 + i) + ",\"School\r\n" + QByteArray::number(i)
                + "\",\r\n";
        }
    }
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/extract.csv");
    writeFile(path, good);
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path);
    QCOMPARE(report.rows, 5000);
    QCOMPARE(report.rejected.size(), badLines.size());
    for (int k = 0; k < badLines.size(); ++k)
        QCOMPARE(report.rejected.at(k).line, badLines.at(k) + (badLines.at(k) - 2) - k);
    QCOMPARE(report.added, 5000 - int(badLines.size()));
    QCOMPARE(schoolWithUrn(temp.db(), 304999).name, QStringLiteral("School\r\n4999"));

    // An unterminated quote on the 4,000th row: nothing is kept, and the error names its line.
    QByteArray broken = header;
    for (int i = 0; i < 5000; ++i)
        broken
            += QByteArray::number(310000 + i) + (i == 3999 ? ",\"Open quote,\r\n" : ",School,\r\n");
    writeFile(path, broken);
    const QString before = test::dumpContents(temp.db());
    try {
        GiasEstablishmentImporter(temp.db()).run(path);
        QFAIL("a file with an unterminated quote was imported");
    } catch (const ImportError &error) {
        QCOMPARE(error.position().line, 4001);
        QVERIFY2(error.message().contains(QLatin1String("never closed")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);

    // A cancel after a thousand rows, with the reader far ahead: nothing is kept.
    writeFile(path, good);
    qint64 asked = 0;
    ImportControl control;
    control.cancelRequested = [&] { return ++asked > 4; };
    const ImportReport cancelled = GiasEstablishmentImporter(temp.db()).run(path, {}, control);
    QVERIFY(cancelled.cancelled);
    QVERIFY(!cancelled.committed);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestGiasEstablishmentImporter::theImportAndTheStoreWriteASchoolAlike()
{
    // The import and the register write schools through one writer, so a school imported and
    // the same school typed in are stored alike, stray spaces and small letters included.
    test::TempDatabase imported;
    const QString first = imported.folder() + QStringLiteral("/first.csv");
    writeFile(first, giasRow(" Sheffield ", "210"));
    QCOMPARE(GiasEstablishmentImporter(imported.db()).run(first).added, 1);

    test::TempDatabase typed;
    School school;
    typeIn(school, QStringLiteral(" Sheffield "), 210);
    SchoolStore(typed.db()).add(school);

    const QStringList row = storedRow(imported.db(), 106200);
    QVERIFY(row.contains(QStringLiteral("street=1 Crookes Road")));
    QVERIFY(row.contains(QStringLiteral("postcode=S10 1AA")));
    QCOMPARE(storedRow(typed.db(), 106200), row);

    // And a change: GIAS's next extract, and the same change typed in.
    const QString second = imported.folder() + QStringLiteral("/second.csv");
    writeFile(second, giasRow("Sheffield City ", "230"));
    QCOMPARE(GiasEstablishmentImporter(imported.db()).run(second).updated, 1);
    typeIn(school, QStringLiteral("Sheffield City "), 230);
    SchoolStore(typed.db()).update(school);
    QVERIFY(storedRow(imported.db(), 106200).contains(QStringLiteral("town=Sheffield City")));
    QCOMPARE(storedRow(typed.db(), 106200), storedRow(imported.db(), 106200));
}

void TestGiasEstablishmentImporter::readsAnExtractInAnyEncodingAlike()
{
    // A wide extract as GIAS writes it (every field quoted, Windows-1252, CRLF), with a line
    // break and doubled quotes inside fields, accents and curly quotes, a short row and one with
    // a column too many: read from its bytes for the columns the import uses, its rows, places
    // and text are those of the file. The same file in UTF-8 gives the same, and in UTF-16
    // (read as text throughout) too.
    const QByteArray windows1252
        = "\"URN\",\"Notes\",\"EstablishmentName\",\"Street\",\"OpenDate\",\"CloseDate\","
          "\"NumberOfPupils\",\"Extra\"\r\n"
          "\"106300\",\"Caf\xe9 \"\"notes\"\"\r\nover two lines\",\"St Thomas \xe0 Becket "
          "\"\"Old\"\" School\",\"1 M\xfchle Lane\",\"01-09-2012\",\"\",\"210\",\"\x80\"\r\n"
          "\"106301\",\"Zo\xeb\",\"O\x92Neill Academy\",\"Street\",\"31-02-2020\",\"\",\"12\","
          "\"x\"\r\n"
          "\"106302\",\"short\",\"Short Row\"\r\n"
          "\"106303\",\"a\",\"Extra Column School\",\"s\",\"\",\"\",\"\",\"x\",\"surplus\"\r\n"
          "\"106304\",\"\xe9\xe9\xe9\",\"Good \x93Quotes\x94\",\"\",\"\",\"\",\"12x\",\"y\"\r\n"
          "\"106305\",\"\",\"Good \x93Quotes\x94\",\"\",\"\",\"\",\"\",\"\"\r\n";
    TextDecoder decoder(TextEncoding::Windows1252);
    QString text;
    QVERIFY(decoder.decode(windows1252, text) && decoder.finish(&text));
    QByteArray utf16 = "\xFF\xFE";
    for (const QChar c : std::as_const(text)) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    // "ééé" and the rest: UTF-8 needs more bytes than characters, which the places ignore.
    QVERIFY(text.toUtf8().size() > text.size());

    // The place, heading and first words of each rejection, and each school as stored.
    QStringList first;
    for (const QByteArray &bytes : { windows1252, text.toUtf8(), utf16 }) {
        test::TempDatabase temp;
        const QString path = temp.folder() + QStringLiteral("/edubasealldata.csv");
        writeFile(path, bytes);
        const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path);
        QStringList outcome;
        outcome << QStringLiteral("rows %1, added %2").arg(report.rows).arg(report.added);
        for (const ImportIssue &issue : report.rejected)
            outcome << QStringLiteral("%1:%2 %3 %4")
                           .arg(issue.line)
                           .arg(issue.column)
                           .arg(issue.field, issue.message.section(QLatin1Char(' '), 0, 3));
        for (int urn : { 106300, 106305 })
            outcome << storedRow(temp.db(), urn).join(QLatin1Char('|'));
        if (first.isEmpty()) {
            first = outcome;
            QCOMPARE(report.rows, 6);
            QCOMPARE(report.added, 2);
            QCOMPARE(outcome.mid(1, 4),
                     QStringList({ QStringLiteral("4:43 OpenDate “31-02-2020” is not a"),
                                   QStringLiteral("5:29  this row has 3"),
                                   QStringLiteral("6:53  this row has 9"),
                                   QStringLiteral("7:41 NumberOfPupils “12x” is not a") }));
            const School becket = schoolWithUrn(temp.db(), 106300);
            QCOMPARE(becket.name, QStringLiteral("St Thomas à Becket \"Old\" School"));
            QCOMPARE(becket.street, QStringLiteral("1 Mühle Lane"));
            QCOMPARE(becket.openDate, QDate(2012, 9, 1));
            QCOMPARE(becket.pupils, 210);
            QCOMPARE(schoolWithUrn(temp.db(), 106305).name, QStringLiteral("Good “Quotes”"));
        } else {
            QCOMPARE(outcome, first);
        }
    }
}

void TestGiasEstablishmentImporter::anEmptyFileIsRefused()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/edubasealldata.csv");
    for (const QByteArray &bytes : { QByteArray(), QByteArray("\r\n\r\n") }) {
        writeFile(path, bytes);
        try {
            GiasEstablishmentImporter(temp.db()).run(path);
            QFAIL("an empty file was imported");
        } catch (const ImportError &error) {
            QVERIFY2(error.message().contains(QLatin1String("the file is empty")),
                     qPrintable(error.message()));
        }
    }
    QCOMPARE(SchoolStore(temp.db()).count(), 0);
}

void TestGiasEstablishmentImporter::theFirstImportMakesTheIndexesAtTheEnd()
{
    // Into an empty register the table's own indexes are set aside and made once from the rows,
    // in the import's transaction, with on a server its URN's and uuid's UNIQUE constraints:
    // whatever happens, the schema is whole and each index complete.
    test::TempDatabase temp;
    const auto indexes = [&] {
        QStringList all;
        for (const QString &sql : { temp.db().dialect().createdIndexesSql(),
                                    temp.db().dialect().uniqueConstraintsSql() }) {
            SqlQuery query(temp.db(), sql);
            query.bind(QStringLiteral(":table"), QStringLiteral("schools")).exec();
            while (query.next())
                all << query.value("name").toString() + QStringLiteral(": ")
                        + query.value("sql").toString();
        }
        return all;
    };
    const QStringList before = indexes();
    QCOMPARE(before.size(), temp.db().isServer() ? 7 : 5);
    GiasEstablishmentImporter importer(temp.db());
    // Refused at its last school: nothing kept, the indexes as they were.
    const QString refusal
        = test::refuseInserts(temp.db(), QStringLiteral("schools"),
                              QStringLiteral("NEW.urn = 106006"), QStringLiteral("disk trouble"));
    QVERIFY_THROWS_EXCEPTION(StoreError, importer.run(extract("extract-a.csv")));
    QCOMPARE(indexes(), before);
    QCOMPARE(SchoolStore(temp.db()).count(), 0);
    test::stopRefusing(temp.db(), refusal, QStringLiteral("schools"));
    // A dry run leaves them as they were too.
    GiasEstablishmentOptions dryRun;
    dryRun.dryRun = true;
    QCOMPARE(importer.run(extract("extract-a.csv"), dryRun).added, 8);
    QCOMPARE(indexes(), before);

    QCOMPARE(importer.run(extract("extract-a.csv")).added, 8);
    QCOMPARE(indexes(), before);
    // Found by the register's search, which reads the indexes.
    SchoolQuery search;
    search.text = QStringLiteral("becket");
    QCOMPARE(SchoolStore(temp.db()).list(search).size(), 1);
    // A URN held already is refused by the database again.
    School again = schoolWithUrn(temp.db(), 106006);
    again.uuid = QUuid();
    try {
        Transaction transaction(temp.db());
        SchoolWriter(temp.db()).insert(again);
        QFAIL("a URN held already was stored twice");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Duplicate);
    }
    if (temp.db().isServer())
        return;
    for (const QString &index : { QStringLiteral("schools_name"), QStringLiteral("schools_town"),
                                  QStringLiteral("schools_postcode"), QStringLiteral("schools_la"),
                                  QStringLiteral("schools_phase_status") }) {
        SqlQuery counted(temp.db(),
                         QStringLiteral("SELECT count(*) FROM schools INDEXED BY %1").arg(index));
        QCOMPARE(counted.scalar().toInt(), 8);
    }
    const IntegrityReport report = IntegrityCheck::run(temp.path(), IntegrityCheck::Depth::Full);
    QVERIFY2(report.intact, qPrintable(report.message()));
}

void TestGiasEstablishmentImporter::aValueTwiceIsRefusedWhenTheSetAsideConstraintsAreMade()
{
    // On a server the UNIQUE constraints are set aside with the indexes: two schools with one
    // uuid go in, and making the constraint again refuses the transaction. A file keeps them,
    // and refuses the second school as it goes in.
    test::TempDatabase temp;
    School first;
    first.urn = *Urn::fromInt(100001);
    first.name = QStringLiteral("First School");
    first.uuid = QUuid::createUuid();
    School second = first;
    second.urn = *Urn::fromInt(100002);
    {
        Transaction transaction(temp.db());
        DeferredIndexes deferred(temp.db(), QStringLiteral("schools"));
        SchoolWriter writer(temp.db());
        writer.insert(first);
        try {
            writer.insert(second);
            QVERIFY(temp.db().isServer());
            deferred.rebuild();
            QFAIL("a uuid held twice was kept");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Duplicate);
        }
    }
    QCOMPARE(SchoolStore(temp.db()).count(), 0);
    SqlQuery constraints(temp.db(), temp.db().dialect().uniqueConstraintsSql());
    constraints.bind(QStringLiteral(":table"), QStringLiteral("schools")).exec();
    int kept = 0;
    while (constraints.next())
        ++kept;
    QCOMPARE(kept, temp.db().isServer() ? 2 : 0);
}

QTEST_GUILESS_MAIN(TestGiasEstablishmentImporter)
#include "tst_giasestablishmentimporter.moc"
