// People and schools who join a Work Group already under way are not expected at the sessions
// held before they joined: not in the figures, the warnings or the returns. Checked on a
// hand-computed Work Group into which a participant list is imported after its first session.
#include "TestSupport.h"
#include "engagement/CompletionRisk.h"
#include "engagement/WorkGroupWarnings.h"
#include "export/Exporter.h"
#include "figures/AttendanceFigures.h"
#include "import/ParticipantImporter.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QFile>
#include <QTest>

using namespace hubreg;

namespace {
const QDate kFirstSession(2024, 10, 3);
const QDate kImportDay(2024, 10, 10);

// Six schools of two teachers each; session 1 held on 3 October, five more planned. At
// session 1, eleven of the twelve came: 11 / 12 = 91.7%, shown as 92%. A week later a list of
// four is imported without Joined dates: one more teacher each for Alder (1) and Birch (2), and
// two from Gorse, a school the import brings into the group. Counted as absent from session 1,
// they would make it 11 / 16 = 68.75% (69%), and give Gorse a "below threshold" warning for a
// session held before it joined. They joined on the day of the import, so neither happens.
struct Group
{
    RecordId workGroupId = 0;
    QList<RecordId> sessions;
    QList<RecordId> schools; // Alder .. Fir, then Gorse
    QList<RecordId> firstTwelve;
};

Group build(test::TempDatabase &temp)
{
    Database &db = temp.db();
    temp.clock().setNow(QDateTime(kFirstSession, QTime(16, 0), Qt::UTC));
    Group g;
    Hub hub;
    hub.name = QStringLiteral("Joined Later Hub");
    HubStore(db).add(hub);
    const QStringList names
        = { QStringLiteral("Alder"),  QStringLiteral("Birch"), QStringLiteral("Cedar"),
            QStringLiteral("Damson"), QStringLiteral("Elm"),   QStringLiteral("Fir"),
            QStringLiteral("Gorse") };
    for (int i = 0; i < names.size(); ++i) {
        School s;
        s.urn = *Urn::fromInt(402001 + i);
        s.name = names.at(i) + QStringLiteral(" Primary School");
        s.phase = QStringLiteral("Primary");
        s.laCode = QStringLiteral("801");
        SchoolStore(db).add(s);
        g.schools << s.id;
    }
    WorkGroup wg;
    wg.hubId = hub.id;
    wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("TFM-DEV"))->id;
    wg.academicYearId = AcademicYearStore(db).ensure(QStringLiteral("2024/25")).id;
    wg.code = QStringLiteral("DEV 24-05");
    wg.status = WorkGroupStatus::Running;
    WorkGroupStore groups(db);
    groups.add(wg);
    g.workGroupId = wg.id;
    for (int i = 0; i < 6; ++i) {
        Session s;
        s.workGroupId = wg.id;
        s.number = i + 1;
        s.date = kFirstSession.addDays(35 * i);
        SessionStore(db).add(s);
        g.sessions << s.id;
    }
    for (int i = 0; i < 6; ++i) {
        SchoolEnrolment e;
        e.workGroupId = wg.id;
        e.schoolId = g.schools.at(i);
        e.joinedOn = QDate(2024, 9, 2);
        groups.enrolSchool(e);
        for (int j = 0; j < 2; ++j) {
            Person p;
            p.firstName = QStringLiteral("Teacher%1").arg(j + 1);
            p.lastName = names.at(i);
            p.email = QStringLiteral("t%1.%2@example.org").arg(j + 1).arg(names.at(i).toLower());
            p.schoolId = g.schools.at(i);
            PersonStore(db).add(p);
            ParticipantEnrolment pe;
            pe.workGroupId = wg.id;
            pe.personId = p.id;
            g.firstTwelve << groups.enrolParticipant(pe).id;
        }
    }
    AttendanceStore marks(db);
    for (int i = 0; i < g.firstTwelve.size(); ++i) {
        AttendanceRecord r;
        r.sessionId = g.sessions.at(0);
        r.participantId = g.firstTwelve.at(i);
        r.mark = i == 5 ? AttendanceMark::Absent : AttendanceMark::Present;
        marks.setMark(r);
    }

    temp.clock().setNow(QDateTime(kImportDay, QTime(10, 0), Qt::UTC));
    const QString path = temp.folder() + QStringLiteral("/joiners.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("The list could not be written");
    file.write("Email,First name,Surname,School URN\r\n"
               "ada.alder@example.org,Ada,Alder,402001\r\n"
               "bo.birch@example.org,Bo,Birch,402002\r\n"
               "gil.gorse@example.org,Gil,Gorse,402007\r\n"
               "gus.gorse@example.org,Gus,Gorse,402007\r\n");
    file.close();
    ParticipantImportOptions options;
    options.workGroupCode = wg.code;
    const ImportReport report = ParticipantImporter(db).run(path, options);
    if (report.participantsEnrolled != 4)
        qFatal("The list was not imported");
    return g;
}

QList<ParticipantListing> joiners(Database &db, const Group &g)
{
    QList<ParticipantListing> rows;
    for (const ParticipantListing &p : WorkGroupStore(db).participants(g.workGroupId)) {
        if (!g.firstTwelve.contains(p.enrolment.id))
            rows << p;
    }
    return rows;
}
} // namespace

class TestJoinedLater : public QObject
{
    Q_OBJECT

private slots:
    void importedJoinersGetTheDayOfTheImport();
    void attendanceStaysAt92Percent();
    void noWarningForASessionBeforeTheSchoolJoined();
    void returnsLeaveTheEarlierSessionOut();
    void joinersCountFromTheirFirstSession();
    void aMarkBeforeJoiningStillCounts();
    void noJoinedDateBeforeTheFirstSessionIsHeld();
};

void TestJoinedLater::importedJoinersGetTheDayOfTheImport()
{
    test::TempDatabase temp;
    const Group g = build(temp);
    const QList<ParticipantListing> rows = joiners(temp.db(), g);
    QCOMPARE(rows.size(), 4);
    for (const ParticipantListing &p : rows)
        QCOMPARE(p.enrolment.joinedOn, kImportDay);
    for (const SchoolEnrolmentListing &s : WorkGroupStore(temp.db()).schools(g.workGroupId)) {
        if (s.enrolment.schoolId == g.schools.at(6))
            QCOMPARE(s.enrolment.joinedOn, kImportDay);
    }
    QCOMPARE(WorkGroupStore(temp.db()).defaultJoinedOn(g.workGroupId), kImportDay);
}

void TestJoinedLater::attendanceStaysAt92Percent()
{
    test::TempDatabase temp;
    const Group g = build(temp);
    WorkGroupQuery query;
    query.text = QStringLiteral("DEV 24-05");
    const QList<WorkGroupOverview> overview = WorkGroupStore(temp.db()).overview(query);
    QCOMPARE(overview.size(), 1);
    QCOMPARE(overview.at(0).participants, 16);
    QCOMPARE(overview.at(0).marksExpected, 12);
    QCOMPARE(overview.at(0).marksAttended, 11);
    QCOMPARE(qRound(overview.at(0).attendanceRate() * 100), 92);

    const SessionFigures first = AttendanceFigures(temp.db()).sessions(g.workGroupId).at(0);
    QCOMPARE(first.expected, 12);
    QCOMPARE(first.attended, 11);
    QCOMPARE(first.notExpected, 4);
    QCOMPARE(first.unrecorded, 0);
    for (const ParticipantFigures &f : AttendanceFigures(temp.db()).participants(g.workGroupId)) {
        if (g.firstTwelve.contains(f.participantId))
            continue;
        QCOMPARE(f.expected, 0);
        QCOMPARE(f.rate(), -1.0);
    }
}

void TestJoinedLater::noWarningForASessionBeforeTheSchoolJoined()
{
    test::TempDatabase temp;
    const Group g = build(temp);
    // Cedar's absent teacher leaves Cedar at 1 of 1: nobody is below the threshold.
    for (const WorkGroupWarning &w : WorkGroupWarnings::of(temp.db(), g.workGroupId))
        QVERIFY2(w.kind == WorkGroupWarning::Kind::RegisterMissing, qPrintable(w.text));
    QVERIFY(CompletionRisk(temp.db()).forWorkGroup(g.workGroupId).isEmpty());
    for (const SchoolFigures &f : AttendanceFigures(temp.db()).schools(g.workGroupId)) {
        if (f.schoolId == g.schools.at(6))
            QCOMPARE(f.expected, 0);
        else
            QCOMPARE(f.expected, 1);
    }
}

void TestJoinedLater::returnsLeaveTheEarlierSessionOut()
{
    test::TempDatabase temp;
    build(temp);
    const QList<ExportColumn> participants
        = { { QStringLiteral("participant_name"), QStringLiteral("Name") },
            { QStringLiteral("joined_on"), QStringLiteral("Joined") },
            { QStringLiteral("sessions_held"), QStringLiteral("Held") },
            { QStringLiteral("attendance_pct"), QStringLiteral("%") } };
    QHash<QString, QString> byName;
    for (const QStringList &row :
         Exporter(temp.db()).preview(ReportKind::Participants, {}, participants, 100).rows)
        byName.insert(row.at(0), row.mid(1).join(QLatin1Char('|')));
    QCOMPARE(byName.size(), 16);
    QCOMPARE(byName.value(QStringLiteral("Gil Gorse")), QStringLiteral("2024-10-10|0|"));
    QCOMPARE(byName.value(QStringLiteral("Ada Alder")), QStringLiteral("2024-10-10|0|"));
    QCOMPARE(byName.value(QStringLiteral("Teacher1 Alder")), QStringLiteral("|1|100.0"));

    const QList<ExportColumn> schools
        = { { QStringLiteral("school_urn"), QStringLiteral("URN") },
            { QStringLiteral("sessions_held"), QStringLiteral("Held") },
            { QStringLiteral("attendance_pct"), QStringLiteral("%") } };
    QStringList gorse;
    for (const QStringList &row :
         Exporter(temp.db()).preview(ReportKind::Schools, {}, schools, 100).rows) {
        if (row.at(0) == QLatin1String("402007"))
            gorse = row;
    }
    QCOMPARE(gorse, QStringList({ QStringLiteral("402007"), QStringLiteral("0"), QString() }));

    // The register shows N, not an empty cell, where a joiner was not expected.
    const QList<ExportColumn> grid
        = { { QStringLiteral("participant_name"), QStringLiteral("Name") },
            { QStringLiteral("session_1"), QStringLiteral("S1") },
            { QStringLiteral("session_2"), QStringLiteral("S2") },
            { QStringLiteral("sessions_expected"), QStringLiteral("E") } };
    QHash<QString, QString> cells;
    for (const QStringList &row :
         Exporter(temp.db()).preview(ReportKind::Register, {}, grid, 100).rows)
        cells.insert(row.at(0), row.mid(1).join(QLatin1Char('|')));
    QCOMPARE(cells.value(QStringLiteral("Gus Gorse")), QStringLiteral("N||0"));
    QCOMPARE(cells.value(QStringLiteral("Teacher2 Cedar")), QStringLiteral("X||1"));
}

void TestJoinedLater::joinersCountFromTheirFirstSession()
{
    test::TempDatabase temp;
    const Group g = build(temp);
    temp.clock().setNow(QDateTime(kFirstSession.addDays(35), QTime(16, 0), Qt::UTC));
    AttendanceStore marks(temp.db());
    for (const ParticipantListing &p : WorkGroupStore(temp.db()).participants(g.workGroupId)) {
        AttendanceRecord r;
        r.sessionId = g.sessions.at(1);
        r.participantId = p.enrolment.id;
        r.mark = AttendanceMark::Present;
        marks.setMark(r);
    }
    // 11 + 16 of 12 + 16.
    const QList<SessionFigures> sessions = AttendanceFigures(temp.db()).sessions(g.workGroupId);
    QCOMPARE(sessions.at(1).expected, 16);
    for (const ParticipantFigures &f : AttendanceFigures(temp.db()).participants(g.workGroupId)) {
        if (!g.firstTwelve.contains(f.participantId)) {
            QCOMPARE(f.expected, 1);
            QCOMPARE(f.attended, 1);
        }
    }
}

void TestJoinedLater::aMarkBeforeJoiningStillCounts()
{
    test::TempDatabase temp;
    const Group g = build(temp);
    // The Lead types in session 1 from the paper sign-in sheet: Ada was there after all.
    ParticipantListing ada;
    for (const ParticipantListing &p : joiners(temp.db(), g)) {
        if (p.fullName() == QLatin1String("Ada Alder"))
            ada = p;
    }
    QVERIFY(ada.enrolment.id > 0);
    AttendanceRecord r;
    r.sessionId = g.sessions.at(0);
    r.participantId = ada.enrolment.id;
    r.mark = AttendanceMark::Present;
    AttendanceStore(temp.db()).setMark(r);
    const SessionFigures first = AttendanceFigures(temp.db()).sessions(g.workGroupId).at(0);
    QCOMPARE(first.expected, 13);
    QCOMPARE(first.attended, 12);
}

void TestJoinedLater::noJoinedDateBeforeTheFirstSessionIsHeld()
{
    test::TempDatabase temp;
    test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    // Running, but nothing held yet: everyone added is expected from the start.
    QVERIFY(!WorkGroupStore(temp.db()).defaultJoinedOn(w.workGroupId).isValid());
    SessionStore(temp.db()).setStatus(w.sessions.at(0), SessionStatus::Held);
    QCOMPARE(WorkGroupStore(temp.db()).defaultJoinedOn(w.workGroupId), QDate(2024, 10, 1));
    // A Work Group of a past year: its last day, not a date after the year.
    temp.clock().setNow(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    QCOMPARE(WorkGroupStore(temp.db()).defaultJoinedOn(w.workGroupId), QDate(2025, 8, 31));
}

QTEST_GUILESS_MAIN(TestJoinedLater)
#include "tst_joinedlater.moc"
