#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"
#include "export/ParticipantsReport.h"

#include <QTest>

using namespace hubreg;

class TestParticipantsReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void filtersChooseTheWorkGroups();
    void dateRangeNarrowsTheFigures();
    void templateChoosesOrdersAndRenamesColumns();
    void apologiesAndAbsencesAreCounted();
};

void TestParticipantsReport::matchesTheHandCheckedReturn()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/participants.csv");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Participants, {}, path), 3);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/participants.csv"))));
}

void TestParticipantsReport::filtersChooseTheWorkGroups()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildHandCheckedHub(temp.db());
    const ParticipantsReport report(temp.db());
    auto count = [&](const ExportFilter &filter) {
        int rows = 0;
        report.rows(filter, [&](const QList<CsvCell> &) { return ++rows > 0; });
        return rows;
    };
    ExportFilter filter;
    QCOMPARE(count(filter), 3);
    filter.workGroupCode = QStringLiteral("test-01");
    QCOMPARE(count(filter), 3);
    filter.academicYear = QStringLiteral("2023/24");
    QCOMPARE(count(filter), 0);
    filter = {};
    filter.programmeCode = QStringLiteral("MN");
    QCOMPARE(count(filter), 0);
    filter.programmeCode = QStringLiteral("tfm-dev");
    QCOMPARE(count(filter), 3);
    filter = {};
    filter.leadPersonId = w.personA1; // not the Lead
    QCOMPARE(count(filter), 0);
    filter.hubId = w.hubId;
    filter.leadPersonId = 0;
    QCOMPARE(count(filter), 3);
}

void TestParticipantsReport::dateRangeNarrowsTheFigures()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    ExportFilter filter;
    filter.from = QDate(2024, 10, 1); // sessions 2 and 3 only
    const QList<ExportColumn> layout
        = { { QStringLiteral("participant_name"), QStringLiteral("Who") },
            { QStringLiteral("sessions_held"), QStringLiteral("Held") },
            { QStringLiteral("sessions_attended"), QStringLiteral("Came") },
            { QStringLiteral("attendance_pct"), QStringLiteral("%") },
            { QStringLiteral("completed"), QStringLiteral("Done") } };
    const ExportPreview preview
        = Exporter(temp.db()).preview(ReportKind::Participants, filter, layout);
    QCOMPARE(preview.rows,
             QList<QStringList>(
                 { { QStringLiteral("Ann Ash"), QStringLiteral("2"), QStringLiteral("2"),
                     QStringLiteral("100.0"), QStringLiteral("Y") },
                   { QStringLiteral("Amy Aspen"), QStringLiteral("1"), QStringLiteral("0"),
                     QStringLiteral("0.0"), QStringLiteral("N") },
                   { QStringLiteral("Ben Beech"), QStringLiteral("2"), QStringLiteral("1"),
                     QStringLiteral("50.0"), QStringLiteral("N") } }));
    filter.to = QDate(2024, 10, 31); // session 2 only
    const ExportPreview narrower
        = Exporter(temp.db()).preview(ReportKind::Participants, filter, layout);
    QCOMPARE(narrower.rows.at(0).mid(1),
             QStringList({ QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("100.0"),
                           QStringLiteral("Y") }));
}

void TestParticipantsReport::templateChoosesOrdersAndRenamesColumns()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QList<ExportColumn> layout
        = { { QStringLiteral("email"), QStringLiteral("E-mail") },
            { QStringLiteral("last_name"), QStringLiteral("Surname") },
            { QStringLiteral("school_urn"), QStringLiteral("School URN") },
            { QStringLiteral("lead_participant"), QStringLiteral("Lead?") } };
    const QString path = temp.folder() + QStringLiteral("/custom.csv");
    Exporter(temp.db()).write(ReportKind::Participants, {}, path, layout);
    QCOMPARE(test::fileBytes(path),
             QByteArray("\xEF\xBB\xBF"
                        "E-mail,Surname,School URN,Lead?\r\n"
                        "ann.ash@example.org,Ash,100001,Y\r\n"
                        "amy.aspen@example.org,Aspen,100001,N\r\n"
                        "ben.beech@example.org,Beech,100002,N\r\n"));
}

void TestParticipantsReport::apologiesAndAbsencesAreCounted()
{
    // By hand from the marks (tests/data/exports/README.md): Ann P L P; Amy A X N; Ben P A P.
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QList<ExportColumn> layout
        = { { QStringLiteral("first_name"), QStringLiteral("Who") },
            { QStringLiteral("apologies"), QStringLiteral("Apologies") },
            { QStringLiteral("absences"), QStringLiteral("Absent") },
            { QStringLiteral("on_track"), QStringLiteral("On track") } };
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Participants, {}, layout);
    QCOMPARE(preview.rows,
             QList<QStringList>({ { QStringLiteral("Ann"), QStringLiteral("0"), QStringLiteral("0"),
                                    QStringLiteral("Y") },
                                  { QStringLiteral("Amy"), QStringLiteral("1"), QStringLiteral("1"),
                                    QStringLiteral("N") },
                                  { QStringLiteral("Ben"), QStringLiteral("1"), QStringLiteral("0"),
                                    QStringLiteral("N") } }));
}

QTEST_GUILESS_MAIN(TestParticipantsReport)
#include "tst_participantsreport.moc"
