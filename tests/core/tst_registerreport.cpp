#include "HandCheckedHub.h"
#include "TestSupport.h"
#include "export/Exporter.h"
#include "export/RegisterReport.h"
#include "records/AcademicYearStore.h"

#include <QTest>

using namespace hubreg;

class TestRegisterReport : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheHandCheckedReturn();
    void templateRenamesTheSessionColumns();
    void severalWorkGroupsShareSessionColumns();
};

void TestRegisterReport::matchesTheHandCheckedReturn()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QString path = temp.folder() + QStringLiteral("/register.csv");
    QCOMPARE(Exporter(temp.db()).write(ReportKind::Register, {}, path), 3);
    QCOMPARE(test::fileBytes(path),
             test::fileBytes(test::testDataPath(QStringLiteral("exports/register.csv"))));
}

void TestRegisterReport::templateRenamesTheSessionColumns()
{
    test::TempDatabase temp;
    test::buildHandCheckedHub(temp.db());
    const QList<ExportColumn> layout
        = { { QStringLiteral("last_name"), QStringLiteral("Surname") },
            { QStringLiteral("sessions"), QStringLiteral("Wk %1") },
            { QStringLiteral("sessions_expected"), QStringLiteral("Due") } };
    const ExportPreview preview = Exporter(temp.db()).preview(ReportKind::Register, {}, layout);
    QCOMPARE(
        preview.headings,
        QStringList({ QStringLiteral("Surname"), QStringLiteral("Wk 1"), QStringLiteral("Wk 2"),
                      QStringLiteral("Wk 3"), QStringLiteral("Wk 4"), QStringLiteral("Due") }));
    QCOMPARE(preview.rows.at(1),
             QStringList({ QStringLiteral("Aspen"), QStringLiteral("A"), QStringLiteral("X"),
                           QStringLiteral("N"), QStringLiteral("C"), QStringLiteral("2") }));
    // A single session column can be chosen on its own, too.
    const ExportPreview one = Exporter(temp.db()).preview(
        ReportKind::Register, {}, { { QStringLiteral("session_2"), QStringLiteral("October") } });
    QCOMPARE(one.rows.at(2), QStringList({ QStringLiteral("A") }));
}

void TestRegisterReport::severalWorkGroupsShareSessionColumns()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup first = test::buildHandCheckedHub(temp.db());
    WorkGroupStore groups(temp.db());
    WorkGroup second;
    second.hubId = first.hubId;
    second.programmeId = first.programmeId;
    second.academicYearId = first.yearId;
    second.code = QStringLiteral("TEST-02");
    groups.add(second);
    SchoolEnrolment school;
    school.workGroupId = second.id;
    school.schoolId = first.schoolB;
    groups.enrolSchool(school);
    ParticipantEnrolment ben;
    ben.workGroupId = second.id;
    ben.personId = first.personB1;
    const RecordId benInSecond = groups.enrolParticipant(ben).id;
    SessionStore sessions(temp.db());
    for (int number : { 1, 2 }) {
        Session s;
        s.workGroupId = second.id;
        s.number = number;
        s.date = QDate(2024, 9, 16).addDays(number == 1 ? 0 : 35); // same day as S1, not S2
        sessions.add(s);
        if (number == 1) {
            AttendanceRecord r;
            r.sessionId = s.id;
            r.participantId = benInSecond;
            r.mark = AttendanceMark::Late;
            AttendanceStore(temp.db()).setMark(r);
        }
    }
    const RegisterReport report(temp.db());
    QStringList headings;
    for (const ReportColumn &c : report.columns({})) {
        if (c.group == QLatin1String("sessions"))
            headings << c.heading;
    }
    QCOMPARE(headings,
             QStringList({ QStringLiteral("Session 1 2024-09-16"), QStringLiteral("Session 2"),
                           QStringLiteral("Session 3 2024-11-11"),
                           QStringLiteral("Session 4 2024-12-09") }));
    const ExportPreview preview
        = Exporter(temp.db()).preview(ReportKind::Register, {},
                                      { { QStringLiteral("work_group"), QStringLiteral("WG") },
                                        { QStringLiteral("sessions"), QStringLiteral("S%1") } });
    QCOMPARE(preview.rows.size(), 4);
    QCOMPARE(preview.rows.at(3),
             QStringList({ QStringLiteral("TEST-02"), QStringLiteral("L"), QString(), QString(),
                           QString() }));
}

QTEST_GUILESS_MAIN(TestRegisterReport)
#include "tst_registerreport.moc"
