#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "demo/ScaleGenerator.h"
#include "import/GiasEstablishmentImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

// The benchmark data generator, at a small share of its national size.
class TestScaleGenerator : public QObject
{
    Q_OBJECT

private slots:
    void headerMatchesTheRealExtract();
    void extractIsGiasShaped();
    void sameOptionsSameBytes();
    void populatesConsistentData();
    void cancelWritesNothing();
    void extractImportsWithoutRejections();

private:
    static ScaleOptions small()
    {
        ScaleOptions options;
        options.shareDivisor = 400; // 130 schools, 75 Work Groups
        options.hubs = 40;
        return options;
    }
};

void TestScaleGenerator::headerMatchesTheRealExtract()
{
    QFile real(QStringLiteral(HUBREGISTER_TEST_DATA "/gias/establishment-columns.txt"));
    QVERIFY2(real.open(QIODevice::ReadOnly), "the GIAS column list is in tests/data/gias");
    QStringList names;
    for (const QByteArray &line : real.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            names << QString::fromUtf8(line.trimmed());
    }
    QCOMPARE(ScaleGenerator::giasColumns(), names);
}

void TestScaleGenerator::extractIsGiasShaped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extract.csv"));
    QVERIFY(ScaleGenerator::writeGiasEstablishments(path, small()));
    const QByteArray bytes = test::fileBytes(path);
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.size(), 130 + 2); // header, 130 schools, and the empty piece after the last CRLF
    QVERIFY(lines.last().isEmpty());
    for (int i = 0; i < lines.size() - 1; ++i) {
        const QByteArray &line = lines.at(i);
        QVERIFY(line.endsWith('\r'));
        QVERIFY(line.startsWith('"'));
        QCOMPARE(line.count("\",\"") + 1, qsizetype(ScaleGenerator::giasColumns().size()));
    }
    QVERIFY(lines.at(1).startsWith("\"1")); // a URN
    QVERIFY(!bytes.contains("\xe2\x80\x99")); // no UTF-8 apostrophes...
    QVERIFY(bytes.contains('\x92')); // ...but Windows-1252 ones
}

void TestScaleGenerator::sameOptionsSameBytes()
{
    QTemporaryDir dir;
    QVERIFY(
        ScaleGenerator::writeGiasEstablishments(dir.filePath(QStringLiteral("a.csv")), small()));
    QVERIFY(
        ScaleGenerator::writeGiasEstablishments(dir.filePath(QStringLiteral("b.csv")), small()));
    QCOMPARE(test::fileBytes(dir.filePath(QStringLiteral("a.csv"))),
             test::fileBytes(dir.filePath(QStringLiteral("b.csv"))));
}

void TestScaleGenerator::populatesConsistentData()
{
    test::TempDatabase temp;
    const ScaleSummary s = ScaleGenerator::populate(temp.db(), small());
    QCOMPARE(s.schools, 130);
    QVERIFY(s.workGroups > 50 && s.workGroups <= 75);
    QVERIFY(s.schoolEnrolments >= s.workGroups * 6);
    QVERIFY(s.participantEnrolments >= s.schoolEnrolments);
    QCOMPARE(s.sessions, s.workGroups * 6);
    QVERIFY(s.marks > s.participantEnrolments * 4);
    if (!temp.db().isServer()) {
        // The server enforces references as each row goes in.
        SqlQuery integrity(temp.db(), QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE(integrity.scalar().toString(), QStringLiteral("ok"));
        SqlQuery keys(temp.db(), QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(!keys.scalar().isValid());
    }
    SqlQuery years(temp.db(),
                   QStringLiteral("SELECT count(DISTINCT academic_year_id) FROM work_groups"));
    QCOMPARE(years.scalar().toInt(), 10);
    // Every school in a Work Group is in its hub's area.
    SqlQuery outside(temp.db(),
                     QStringLiteral("SELECT count(*) FROM work_group_schools e JOIN work_groups w "
                                    "ON w.id = e.work_group_id "
                                    "JOIN schools s ON s.id = e.school_id LEFT JOIN "
                                    "hub_local_authorities a ON a.hub_id = w.hub_id "
                                    "AND a.la_code = s.la_code WHERE a.la_code IS NULL"));
    QCOMPARE(outside.scalar().toInt(), 0);
}

void TestScaleGenerator::cancelWritesNothing()
{
    test::TempDatabase temp;
    const QString before = test::dumpContents(temp.db());
    ScaleOptions options = small();
    options.progress = [](qint64 done, qint64) { return done < 1000; };
    QVERIFY_THROWS_EXCEPTION(StoreError, ScaleGenerator::populate(temp.db(), options));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

// The benchmark measures the import of every school, so the extract must be one GIAS could
// publish: no row the import rejects.
void TestScaleGenerator::extractImportsWithoutRejections()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extract.csv"));
    ScaleOptions options = small();
    options.shareDivisor = 20; // 2,600 schools: closed ones opening late are among them
    QVERIFY(ScaleGenerator::writeGiasEstablishments(path, options));
    test::TempDatabase temp;
    const ImportReport report = GiasEstablishmentImporter(temp.db()).run(path);
    QVERIFY2(report.rejected.isEmpty(), qPrintable(report.rejected.value(0).describe()));
    QCOMPARE(report.added, 2600);
}

QTEST_GUILESS_MAIN(TestScaleGenerator)
#include "tst_scalegenerator.moc"
