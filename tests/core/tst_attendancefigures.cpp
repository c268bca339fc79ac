#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "figures/AttendanceFigures.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {

using M = AttendanceMark;

// The hand-checked Work Group. buildSmallWorkGroup gives schools A (Alder: Ann = A1, Amy = A2)
// and B (Birch: Ben = B1), both enrolled from 1 September 2024, and six workshops. We add a
// school visit to B and this register (- is no mark):
//
//   session            date         status     A1  A2  B1
//   S1 workshop        16 Sep 2024  held       P   L   A
//   S2 workshop        14 Oct 2024  held       E   X   S (substitute Sam Sub)
//   S3 workshop        11 Nov 2024  cancelled  P   -   P   (marked, then cancelled)
//   S4 workshop         9 Dec 2024  held       P   N   -   (Ben's mark missing)
//   S5 workshop         6 Jan 2025  held       A   -   P   (Amy left on 31 Dec 2024)
//   S6 workshop         3 Feb 2025  planned    -   -   -   (no register yet)
//   V  visit to Birch  20 Jan 2025  held       .   .   P   (. = not concerned)
//
// Only held sessions count: S1, S2, S4, S5 and V.
//
// Participants (expected = held sessions concerning them, less N marks and unmarked sessions
// outside their time in the group):
//   A1: S1 P, S2 E, S4 P, S5 A  -> expected 4, attended 3, apologies 1, absent 0, unrecorded 0
//                                  3/4 = 75%: on track at 75%
//   A2: S1 L, S2 X, S4 N (not expected), S5 unmarked after leaving (not expected)
//                               -> expected 2, attended 1, apologies 0, absent 1, unrecorded 0
//                                  1/2 = 50%: does not complete
//   B1: S1 A, S2 S, S4 missing (expected), S5 P, V P
//                               -> expected 5, attended 3, apologies 1, absent 0, unrecorded 1
//                                  3/5 = 60%: does not complete
// Schools (attended when one of its participants attended):
//   A: S1 yes (Ann), S2 yes (Ann), S4 yes (Ann), S5 no (Ann apologies; Amy gone) -> 4 expected,
//      3 attended, 75%: on track. The visit to Birch is not A's.
//   B: S1 no, S2 yes (substitute), S4 no (missing mark), S5 yes, V yes -> 5 expected,
//      3 attended, 60%: does not complete.
// Sessions:
//   session  expected attended apologies absent notExpected unrecorded schoolsAttended
//   S1       3        2        1         0      0           0          1 (A)
//   S2       3        2        0         1      0           0          2
//   S3       0        0        0         0      0           0          0 (cancelled)
//   S4       2        1        0         0      1 (Amy N)   1 (Ben)    1 (A)
//   S5       2        1        1         0      1 (Amy left) 0         1 (B)
//   S6       0        0        0         0      0           0          0 (planned)
//   V        1        1        0         0      0           0          1 (B)
// Work Group: 11 expected, 7 attended; sessions held 5, sessions not cancelled 6.
// S6 is still planned, so the Work Group is not over and nobody has completed it yet: meeting
// the threshold is "on track" until then (docs/eligibility-and-engagement.md).
struct HandChecked
{
    test::SmallWorkGroup w;
    RecordId visit = 0;
};

void mark(Database &db, RecordId session, RecordId participant, M code,
          const QString &substitute = {})
{
    AttendanceRecord r;
    r.sessionId = session;
    r.participantId = participant;
    r.mark = code;
    r.substituteName = substitute;
    AttendanceStore(db).setMark(r);
}

HandChecked buildHandChecked(Database &db)
{
    HandChecked h;
    h.w = test::buildSmallWorkGroup(db, 6);
    const test::SmallWorkGroup &w = h.w;
    SessionStore sessions(db);
    Session visit;
    visit.workGroupId = w.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    visit.visitSchoolId = w.schoolB;
    visit.date = QDate(2025, 1, 20);
    sessions.add(visit);
    h.visit = visit.id;

    const QList<RecordId> &s = w.sessions;
    mark(db, s[0], w.participantA1, M::Present);
    mark(db, s[0], w.participantA2, M::Late);
    mark(db, s[0], w.participantB1, M::Apologies);
    mark(db, s[1], w.participantA1, M::LeftEarly);
    mark(db, s[1], w.participantA2, M::Absent);
    mark(db, s[1], w.participantB1, M::Substitute, QStringLiteral("Sam Sub"));
    mark(db, s[2], w.participantA1, M::Present);
    mark(db, s[2], w.participantB1, M::Present);
    sessions.setStatus(s[2], SessionStatus::Cancelled);
    mark(db, s[3], w.participantA1, M::Present);
    mark(db, s[3], w.participantA2, M::NotExpected);
    WorkGroupStore(db).leave(w.participantA2, QDate(2024, 12, 31));
    mark(db, s[4], w.participantA1, M::Apologies);
    mark(db, s[4], w.participantB1, M::Present);
    mark(db, h.visit, w.participantB1, M::Present);
    return h;
}

void setThreshold(Database &db, RecordId programmeId, int threshold)
{
    ProgrammeStore programmes(db);
    Programme p = *programmes.find(programmeId);
    p.completionThreshold = threshold;
    programmes.update(p);
}

ParticipantFigures participantFigures(const Database &db, const test::SmallWorkGroup &w,
                                      RecordId id)
{
    for (const ParticipantFigures &f : AttendanceFigures(db).participants(w.workGroupId)) {
        if (f.participantId == id)
            return f;
    }
    return {};
}

SchoolFigures schoolFigures(const Database &db, const test::SmallWorkGroup &w, RecordId id)
{
    for (const SchoolFigures &f : AttendanceFigures(db).schools(w.workGroupId)) {
        if (f.schoolId == id)
            return f;
    }
    return {};
}

// expected, attended, apologies, absent, notExpected, unrecorded, schoolsAttended
using SessionRow = QList<int>;

SessionRow rowOf(const SessionFigures &f)
{
    return { f.expected,    f.attended,   f.apologies,      f.absent,
             f.notExpected, f.unrecorded, f.schoolsAttended };
}

} // namespace

class TestAttendanceFigures : public QObject
{
    Q_OBJECT

private slots:
    void participantsOfTheHandCheckedGroup();
    void schoolsOfTheHandCheckedGroup();
    void sessionsOfTheHandCheckedGroup();
    void completionAtAndBelowTheThreshold_data();
    void completionAtAndBelowTheThreshold();
    void oneSessionFewerMissesCompletion();
    void overviewAgreesWithTheFigures();
    void participantWhoJoinedLate();
    void schoolThatWithdrew();
    void nothingHeldYet();
};

void TestAttendanceFigures::participantsOfTheHandCheckedGroup()
{
    test::TempDatabase temp;
    const HandChecked h = buildHandChecked(temp.db());
    const QList<ParticipantFigures> all
        = AttendanceFigures(temp.db()).participants(h.w.workGroupId);
    QCOMPARE(all.size(), 3);

    const ParticipantFigures a1 = participantFigures(temp.db(), h.w, h.w.participantA1);
    QCOMPARE(a1.schoolId, h.w.schoolA);
    QCOMPARE(a1.expected, 4);
    QCOMPARE(a1.attended, 3);
    QCOMPARE(a1.apologies, 1);
    QCOMPARE(a1.absent, 0);
    QCOMPARE(a1.unrecorded, 0);
    QCOMPARE(a1.rate(), 0.75);
    QCOMPARE(a1.onTrack, true);
    QCOMPARE(a1.completed, false); // S6 is still planned

    const ParticipantFigures a2 = participantFigures(temp.db(), h.w, h.w.participantA2);
    QCOMPARE(a2.schoolId, h.w.schoolA);
    QCOMPARE(a2.expected, 2);
    QCOMPARE(a2.attended, 1);
    QCOMPARE(a2.apologies, 0);
    QCOMPARE(a2.absent, 1);
    QCOMPARE(a2.unrecorded, 0);
    QCOMPARE(a2.onTrack, false);
    QCOMPARE(a2.completed, false);

    const ParticipantFigures b1 = participantFigures(temp.db(), h.w, h.w.participantB1);
    QCOMPARE(b1.schoolId, h.w.schoolB);
    QCOMPARE(b1.expected, 5);
    QCOMPARE(b1.attended, 3);
    QCOMPARE(b1.apologies, 1);
    QCOMPARE(b1.absent, 0);
    QCOMPARE(b1.unrecorded, 1);
    QCOMPARE(b1.rate(), 0.6);
    QCOMPARE(b1.onTrack, false);
    QCOMPARE(b1.completed, false);
}

void TestAttendanceFigures::schoolsOfTheHandCheckedGroup()
{
    test::TempDatabase temp;
    const HandChecked h = buildHandChecked(temp.db());
    QCOMPARE(AttendanceFigures(temp.db()).schools(h.w.workGroupId).size(), 2);
    const SchoolFigures a = schoolFigures(temp.db(), h.w, h.w.schoolA);
    QCOMPARE(a.expected, 4);
    QCOMPARE(a.attended, 3);
    QCOMPARE(a.rate(), 0.75);
    QCOMPARE(a.onTrack, true);
    QCOMPARE(a.completed, false); // S6 is still planned
    const SchoolFigures b = schoolFigures(temp.db(), h.w, h.w.schoolB);
    QCOMPARE(b.expected, 5);
    QCOMPARE(b.attended, 3);
    QCOMPARE(b.onTrack, false);
    QCOMPARE(b.completed, false);
    // Once the last session is cancelled, the Work Group is over and Alder has completed it.
    SessionStore(temp.db()).setStatus(h.w.sessions[5], SessionStatus::Cancelled);
    QCOMPARE(schoolFigures(temp.db(), h.w, h.w.schoolA).completed, true);
    QCOMPARE(participantFigures(temp.db(), h.w, h.w.participantA1).completed, true);
    QCOMPARE(schoolFigures(temp.db(), h.w, h.w.schoolB).completed, false);
}

void TestAttendanceFigures::sessionsOfTheHandCheckedGroup()
{
    test::TempDatabase temp;
    const HandChecked h = buildHandChecked(temp.db());
    const QList<SessionFigures> rows = AttendanceFigures(temp.db()).sessions(h.w.workGroupId);
    QCOMPARE(rows.size(), 7);
    // In session-number order: S1-S6, then the visit (number 7).
    const QList<RecordId> order = h.w.sessions + QList<RecordId> { h.visit };
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).sessionId, order.at(i));
    QCOMPARE(rowOf(rows.at(0)), SessionRow({ 3, 2, 1, 0, 0, 0, 1 }));
    QCOMPARE(rowOf(rows.at(1)), SessionRow({ 3, 2, 0, 1, 0, 0, 2 }));
    QCOMPARE(rowOf(rows.at(2)), SessionRow({ 0, 0, 0, 0, 0, 0, 0 }));
    QCOMPARE(rowOf(rows.at(3)), SessionRow({ 2, 1, 0, 0, 1, 1, 1 }));
    QCOMPARE(rowOf(rows.at(4)), SessionRow({ 2, 1, 1, 0, 1, 0, 1 }));
    QCOMPARE(rowOf(rows.at(5)), SessionRow({ 0, 0, 0, 0, 0, 0, 0 }));
    QCOMPARE(rowOf(rows.at(6)), SessionRow({ 1, 1, 0, 0, 0, 0, 1 }));

    // The sessions add up to the participants.
    int expected = 0;
    int attended = 0;
    for (const SessionFigures &f : rows) {
        expected += f.expected;
        attended += f.attended;
    }
    QCOMPARE(expected, 4 + 2 + 5);
    QCOMPARE(attended, 3 + 1 + 3);
}

void TestAttendanceFigures::completionAtAndBelowTheThreshold_data()
{
    // Shares: A1 3/4 = 75%, A2 1/2 = 50%, B1 3/5 = 60%; school A 3/4 = 75%, school B 3/5 = 60%.
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("a1");
    QTest::addColumn<bool>("a2");
    QTest::addColumn<bool>("b1");
    QTest::addColumn<bool>("schoolA");
    QTest::addColumn<bool>("schoolB");

    QTest::newRow("50%: Amy exactly") << 50 << true << true << true << true << true;
    QTest::newRow("51%: Amy one below") << 51 << true << false << true << true << true;
    QTest::newRow("60%: Ben and Birch exactly") << 60 << true << false << true << true << true;
    QTest::newRow("61%: Ben and Birch one below") << 61 << true << false << false << true << false;
    QTest::newRow("75%: Ann and Alder exactly") << 75 << true << false << false << true << false;
    QTest::newRow("76%: Ann and Alder one below")
        << 76 << false << false << false << false << false;
    QTest::newRow("100%: nobody") << 100 << false << false << false << false << false;
}

void TestAttendanceFigures::completionAtAndBelowTheThreshold()
{
    QFETCH(int, threshold);
    QFETCH(bool, a1);
    QFETCH(bool, a2);
    QFETCH(bool, b1);
    QFETCH(bool, schoolA);
    QFETCH(bool, schoolB);
    test::TempDatabase temp;
    const HandChecked h = buildHandChecked(temp.db());
    setThreshold(temp.db(), h.w.programmeId, threshold);
    // The Work Group marked completed is over, so meeting the threshold completes it.
    WorkGroup wg = *WorkGroupStore(temp.db()).find(h.w.workGroupId);
    wg.status = WorkGroupStatus::Completed;
    WorkGroupStore(temp.db()).update(wg);
    QCOMPARE(participantFigures(temp.db(), h.w, h.w.participantA1).completed, a1);
    QCOMPARE(participantFigures(temp.db(), h.w, h.w.participantA2).completed, a2);
    QCOMPARE(participantFigures(temp.db(), h.w, h.w.participantB1).completed, b1);
    QCOMPARE(schoolFigures(temp.db(), h.w, h.w.schoolA).completed, schoolA);
    QCOMPARE(schoolFigures(temp.db(), h.w, h.w.schoolB).completed, schoolB);
}

void TestAttendanceFigures::oneSessionFewerMissesCompletion()
{
    // Ann absent at S4 instead of present: Alder attends S1 and S2 only, 2 of 4 = 50%.
    test::TempDatabase temp;
    const HandChecked h = buildHandChecked(temp.db());
    mark(temp.db(), h.w.sessions[3], h.w.participantA1, M::Absent);
    const SchoolFigures a = schoolFigures(temp.db(), h.w, h.w.schoolA);
    QCOMPARE(a.expected, 4);
    QCOMPARE(a.attended, 2);
    QCOMPARE(a.completed, false);
    const ParticipantFigures a1 = participantFigures(temp.db(), h.w, h.w.participantA1);
    QCOMPARE(a1.attended, 2);
    QCOMPARE(a1.absent, 1);
    QCOMPARE(a1.completed, false);
}

void TestAttendanceFigures::overviewAgreesWithTheFigures()
{
    test::TempDatabase temp;
    const HandChecked h = buildHandChecked(temp.db());
    // A second Work Group with its own register must not leak into the first one's numbers.
    WorkGroupStore groups(temp.db());
    WorkGroup other = *groups.find(h.w.workGroupId);
    other.id = 0;
    other.uuid = QUuid();
    other.code = QStringLiteral("TEST-02");
    groups.add(other);
    SchoolEnrolment e;
    e.workGroupId = other.id;
    e.schoolId = h.w.schoolA;
    groups.enrolSchool(e);
    ParticipantEnrolment p;
    p.workGroupId = other.id;
    p.personId = h.w.personA1;
    const RecordId otherParticipant = groups.enrolParticipant(p).id;
    Session otherSession;
    otherSession.workGroupId = other.id;
    SessionStore(temp.db()).add(otherSession);
    mark(temp.db(), otherSession.id, otherParticipant, M::Absent);

    int expected = 0;
    int attended = 0;
    for (const ParticipantFigures &f : AttendanceFigures(temp.db()).participants(h.w.workGroupId)) {
        expected += f.expected;
        attended += f.attended;
    }
    QCOMPARE(expected, 11);
    QCOMPARE(attended, 7);

    WorkGroupQuery query;
    query.text = QStringLiteral("TEST-01");
    const QList<WorkGroupOverview> rows = groups.overview(query);
    QCOMPARE(rows.size(), 1);
    const WorkGroupOverview &row = rows.first();
    QCOMPARE(row.marksExpected, expected);
    QCOMPARE(row.marksAttended, attended);
    QCOMPARE(row.attendanceRate(), 7.0 / 11.0);
    QCOMPARE(row.sessionsHeld, 5); // S1, S2, S4, S5, V
    QCOMPARE(row.sessionsPlanned, 6); // all but the cancelled S3
    QCOMPARE(row.schools, 2);
    QCOMPARE(row.participants, 2); // Amy left

    query.text = QStringLiteral("TEST-02");
    const WorkGroupOverview second = groups.overview(query).first();
    QCOMPARE(second.marksExpected, 1);
    QCOMPARE(second.marksAttended, 0);
    const QList<ParticipantFigures> otherFigures
        = AttendanceFigures(temp.db()).participants(other.id);
    QCOMPARE(otherFigures.size(), 1);
    QCOMPARE(otherFigures.first().expected, 1);
    QCOMPARE(otherFigures.first().absent, 1);
}

void TestAttendanceFigures::participantWhoJoinedLate()
{
    // Four workshops: 16 Sep, 14 Oct, 11 Nov, 9 Dec. Nia joins Birch's team on 1 November.
    //   session  A1  A2  B1  Nia
    //   S1       P   N   A   -   (before Nia joined: not expected)
    //   S2       P   N   A   -   (likewise)
    //   S3       P   N   X   P
    //   S4       P   N   P   -   (expected, no mark)
    // Nia: expected 2, attended 1, unrecorded 1. Birch: S1 no, S2 no, S3 yes, S4 yes -> 4, 2.
    // S1: expected 2 (Ann, Ben), not expected 2 (Amy marked N, Nia not yet joined).
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    Person nia;
    nia.firstName = QStringLiteral("Nia");
    nia.lastName = QStringLiteral("New");
    nia.schoolId = w.schoolB;
    PersonStore(temp.db()).add(nia);
    ParticipantEnrolment e;
    e.workGroupId = w.workGroupId;
    e.personId = nia.id;
    e.joinedOn = QDate(2024, 11, 1);
    const RecordId niaId = WorkGroupStore(temp.db()).enrolParticipant(e).id;
    const QList<M> ben = { M::Apologies, M::Apologies, M::Absent, M::Present };
    for (int i = 0; i < 4; ++i) {
        mark(temp.db(), w.sessions[i], w.participantA1, M::Present);
        mark(temp.db(), w.sessions[i], w.participantA2, M::NotExpected);
        mark(temp.db(), w.sessions[i], w.participantB1, ben[i]);
    }
    mark(temp.db(), w.sessions[2], niaId, M::Present);

    const ParticipantFigures n = participantFigures(temp.db(), w, niaId);
    QCOMPARE(n.expected, 2);
    QCOMPARE(n.attended, 1);
    QCOMPARE(n.unrecorded, 1);
    const ParticipantFigures amy = participantFigures(temp.db(), w, w.participantA2);
    QCOMPARE(amy.expected, 0);
    QCOMPARE(amy.rate(), -1.0);
    QCOMPARE(amy.completed, false); // nothing expected: not a completion
    const SchoolFigures birch = schoolFigures(temp.db(), w, w.schoolB);
    QCOMPARE(birch.expected, 4);
    QCOMPARE(birch.attended, 2);
    const QList<SessionFigures> rows = AttendanceFigures(temp.db()).sessions(w.workGroupId);
    QCOMPARE(rowOf(rows.at(0)), SessionRow({ 2, 1, 1, 0, 2, 0, 1 }));
    QCOMPARE(rowOf(rows.at(2)), SessionRow({ 3, 2, 0, 1, 1, 0, 2 }));
    QCOMPARE(rowOf(rows.at(3)), SessionRow({ 3, 2, 0, 0, 1, 1, 2 }));
}

void TestAttendanceFigures::schoolThatWithdrew()
{
    // Birch withdraws on 1 November; Ben's enrolment is left as it was (no date of leaving).
    //   session  A1  A2  B1
    //   S1       P   P   P
    //   S2       P   P   A
    //   S3       P   P   -   (after Birch withdrew: Ben is not expected)
    //   S4       P   P   -   (likewise)
    // Ben: expected 2, attended 1, unrecorded 0. Birch: expected 2, attended 1.
    // S3 and S4: expected 2 (Ann, Amy), not expected 1 (Ben), unrecorded 0.
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroupStore groups(temp.db());
    for (const SchoolEnrolmentListing &row : groups.schools(w.workGroupId)) {
        if (row.enrolment.schoolId == w.schoolB)
            groups.withdrawSchool(row.enrolment.id, QDate(2024, 11, 1));
    }
    for (int i = 0; i < 4; ++i) {
        mark(temp.db(), w.sessions[i], w.participantA1, M::Present);
        mark(temp.db(), w.sessions[i], w.participantA2, M::Present);
    }
    mark(temp.db(), w.sessions[0], w.participantB1, M::Present);
    mark(temp.db(), w.sessions[1], w.participantB1, M::Apologies);

    const ParticipantFigures ben = participantFigures(temp.db(), w, w.participantB1);
    QCOMPARE(ben.expected, 2);
    QCOMPARE(ben.attended, 1);
    QCOMPARE(ben.unrecorded, 0);
    const SchoolFigures birch = schoolFigures(temp.db(), w, w.schoolB);
    QCOMPARE(birch.expected, 2);
    QCOMPARE(birch.attended, 1);
    const QList<SessionFigures> rows = AttendanceFigures(temp.db()).sessions(w.workGroupId);
    QCOMPARE(rowOf(rows.at(2)), SessionRow({ 2, 2, 0, 0, 1, 0, 1 }));
    QCOMPARE(rowOf(rows.at(3)), SessionRow({ 2, 2, 0, 0, 1, 0, 1 }));

    // "Mark all present" at a later session leaves Ben out too.
    Session fifth;
    fifth.workGroupId = w.workGroupId;
    fifth.date = QDate(2025, 1, 13);
    SessionStore(temp.db()).add(fifth);
    const QList<AttendanceRecord> made
        = AttendanceStore(temp.db()).markAllPresent(fifth.id, QStringLiteral("Lee"));
    QCOMPARE(made.size(), 2);
    for (const AttendanceRecord &r : made)
        QVERIFY(r.participantId != w.participantB1);
}

void TestAttendanceFigures::nothingHeldYet()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    for (const ParticipantFigures &f : AttendanceFigures(temp.db()).participants(w.workGroupId)) {
        QCOMPARE(f.expected, 0);
        QCOMPARE(f.completed, false);
    }
    for (const SchoolFigures &f : AttendanceFigures(temp.db()).schools(w.workGroupId)) {
        QCOMPARE(f.expected, 0);
        QCOMPARE(f.completed, false);
    }
    QCOMPARE(AttendanceFigures(temp.db()).sessions(w.workGroupId).size(), 4);
    QVERIFY(AttendanceFigures(temp.db()).participants(9999).isEmpty());
}

QTEST_GUILESS_MAIN(TestAttendanceFigures)
#include "tst_attendancefigures.moc"
