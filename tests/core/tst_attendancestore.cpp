#include "FailingWrites.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/SqlQuery.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 14), QTime(15, 5, 9, 120), Qt::UTC);

AttendanceRecord markOf(RecordId session, RecordId participant, AttendanceMark mark)
{
    AttendanceRecord r;
    r.sessionId = session;
    r.participantId = participant;
    r.mark = mark;
    return r;
}

// A second Work Group with one participant of its own.
RecordId addOtherParticipant(Database &db, const test::SmallWorkGroup &w)
{
    WorkGroupStore groups(db);
    WorkGroup other = *groups.find(w.workGroupId);
    other.id = 0;
    other.uuid = QUuid();
    other.code = QStringLiteral("TEST-02");
    groups.add(other);
    SchoolEnrolment e;
    e.workGroupId = other.id;
    e.schoolId = w.schoolA;
    groups.enrolSchool(e);
    ParticipantEnrolment p;
    p.workGroupId = other.id;
    p.personId = w.personA1;
    return groups.enrolParticipant(p).id;
}

QList<RecordId> participantsOf(const QList<AttendanceRecord> &marks)
{
    QList<RecordId> ids;
    for (const AttendanceRecord &m : marks)
        ids << m.participantId;
    return ids;
}
} // namespace

class TestAttendanceStore : public QObject
{
    Q_OBJECT

private slots:
    void setMarkRoundTripsEveryField();
    void everyCodeRoundTrips();
    void replacingAMarkKeepsTheRecord();
    void substituteNameIsKeptForSubstitutesOnly();
    void firstMarkMakesAPlannedSessionHeld();
    void refusesAMarkForACancelledSession();
    void refusesAMarkForAParticipantOfAnotherWorkGroup();
    void schemaRefusesWhatTheStoreRefuses();
    void refusesMissingSessionOrParticipant();
    void clearMarkLeavesTombstone();
    void marksForSessionAndWorkGroup();
    void markAllPresentMarksOnlyThoseExpected();
    void markAllPresentAtASchoolVisit();
    void markAllPresentRollsBackCompletely();
    void takingBackTheFirstMarkPlansTheSessionAndGroupAgain();
    void takingBackMarksIsAllOrNone();
};

void TestAttendanceStore::setMarkRoundTripsEveryField()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceStore store(temp.db());
    AttendanceRecord r = markOf(w.sessions.at(0), w.participantB1, AttendanceMark::Substitute);
    r.substituteName = QStringLiteral(" Sam Sub ");
    r.note = QStringLiteral("Ben on a course");
    r.recordedBy = QStringLiteral("Lee Lead");
    const AttendanceRecord made = store.setMark(r);
    QVERIFY(made.isStored());
    QVERIFY(!made.uuid.isNull());
    QCOMPARE(made.createdAt, temp.clock().nowUtc());
    QCOMPARE(made.recordedAt, temp.clock().nowUtc());

    const AttendanceRecord found = *store.find(w.sessions.at(0), w.participantB1);
    QCOMPARE(found.id, made.id);
    QCOMPARE(found.uuid, made.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    QCOMPARE(found.sessionId, w.sessions.at(0));
    QCOMPARE(found.participantId, w.participantB1);
    QCOMPARE(found.mark, AttendanceMark::Substitute);
    QCOMPARE(found.substituteName, QStringLiteral("Sam Sub"));
    QCOMPARE(found.note, QStringLiteral("Ben on a course"));
    QCOMPARE(found.recordedBy, QStringLiteral("Lee Lead"));
    QCOMPARE(found.recordedAt, temp.clock().nowUtc());
    QVERIFY(!store.find(w.sessions.at(0), w.participantA1));
}

void TestAttendanceStore::everyCodeRoundTrips()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 7);
    AttendanceStore store(temp.db());
    const QList<AttendanceMark> marks = allAttendanceMarks();
    QCOMPARE(marks.size(), 7);
    for (int i = 0; i < marks.size(); ++i)
        store.setMark(markOf(w.sessions.at(i), w.participantA1, marks.at(i)));
    SqlQuery codes(
        temp.db(),
        QStringLiteral("SELECT %1 FROM (SELECT m.mark, s.number FROM "
                       "attendance_marks m JOIN sessions s ON s.id = "
                       "m.session_id ORDER BY s.number) AS ordered")
            .arg(temp.db().dialect().joinedText(QStringLiteral("mark"), QStringLiteral("''"),
                                                QStringLiteral("number"))));
    QCOMPARE(codes.scalar().toString(), QStringLiteral("PLESAXN"));
    for (int i = 0; i < marks.size(); ++i)
        QCOMPARE(store.find(w.sessions.at(i), w.participantA1)->mark, marks.at(i));
}

void TestAttendanceStore::replacingAMarkKeepsTheRecord()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceStore store(temp.db());
    const AttendanceRecord first
        = store.setMark(markOf(w.sessions.at(0), w.participantA1, AttendanceMark::Absent));
    temp.clock().setNow(kLater);
    AttendanceRecord change = markOf(w.sessions.at(0), w.participantA1, AttendanceMark::Late);
    change.note = QStringLiteral("Traffic");
    change.recordedBy = QStringLiteral("Admin");
    const AttendanceRecord second = store.setMark(change);
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.uuid, first.uuid);

    const AttendanceRecord found = *store.find(w.sessions.at(0), w.participantA1);
    QCOMPARE(found.id, first.id);
    QCOMPARE(found.uuid, first.uuid);
    QCOMPARE(found.mark, AttendanceMark::Late);
    QCOMPARE(found.note, QStringLiteral("Traffic"));
    QCOMPARE(found.recordedBy, QStringLiteral("Admin"));
    QCOMPARE(found.createdAt, first.createdAt);
    QCOMPARE(found.updatedAt, kLater);
    QCOMPARE(found.recordedAt, kLater);
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("attendance_marks")), 1);
}

void TestAttendanceStore::substituteNameIsKeptForSubstitutesOnly()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceStore store(temp.db());
    AttendanceRecord r = markOf(w.sessions.at(0), w.participantA1, AttendanceMark::Substitute);
    r.substituteName = QStringLiteral("Sam Sub");
    store.setMark(r);
    r.mark = AttendanceMark::Present; // corrected: Ann came after all
    store.setMark(r);
    const AttendanceRecord found = *store.find(w.sessions.at(0), w.participantA1);
    QCOMPARE(found.mark, AttendanceMark::Present);
    QCOMPARE(found.substituteName, QString());
}

void TestAttendanceStore::firstMarkMakesAPlannedSessionHeld()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore sessions(temp.db());
    QCOMPARE(sessions.find(w.sessions.at(1))->status, SessionStatus::Planned);
    temp.clock().setNow(kLater);
    AttendanceStore(temp.db()).setMark(
        markOf(w.sessions.at(1), w.participantA2, AttendanceMark::Apologies));
    QCOMPARE(sessions.find(w.sessions.at(1))->status, SessionStatus::Held);
    QCOMPARE(sessions.find(w.sessions.at(1))->updatedAt, kLater);
    QCOMPARE(sessions.find(w.sessions.at(0))->status, SessionStatus::Planned);
}

void TestAttendanceStore::refusesAMarkForACancelledSession()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceStore store(temp.db());
    store.setMark(markOf(w.sessions.at(2), w.participantA1, AttendanceMark::Present));
    SessionStore(temp.db()).setStatus(w.sessions.at(2), SessionStatus::Cancelled);
    const QString before = test::dumpContents(temp.db());
    // Neither a new mark nor a change to one taken before the cancellation.
    for (RecordId participant : { w.participantB1, w.participantA1 }) {
        const auto error = test::storeErrorFrom(
            [&] { store.setMark(markOf(w.sessions.at(2), participant, AttendanceMark::Absent)); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Conflict);
        QCOMPARE(error->field(), QStringLiteral("sessionId"));
        QVERIFY2(error->message().contains(QLatin1String("TEST-01")), qPrintable(error->message()));
        QVERIFY(error->message().contains(QLatin1String("cancelled")));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAttendanceStore::refusesAMarkForAParticipantOfAnotherWorkGroup()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const RecordId outsider = addOtherParticipant(temp.db(), w);
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] {
        AttendanceStore(temp.db()).setMark(
            markOf(w.sessions.at(0), outsider, AttendanceMark::Present));
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(error->field(), QStringLiteral("participantId"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAttendanceStore::schemaRefusesWhatTheStoreRefuses()
{
    // The triggers hold even for a writer that skips the store's checks.
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const RecordId outsider = addOtherParticipant(temp.db(), w);
    SessionStore(temp.db()).setStatus(w.sessions.at(3), SessionStatus::Cancelled);
    const QString before = test::dumpContents(temp.db());
    auto insert = [&](RecordId session, RecordId participant) {
        return test::storeErrorFrom([&] {
            test::execDirect(temp.db(),
                             QStringLiteral("INSERT INTO attendance_marks (uuid, session_id, "
                                            "participant_id, mark, recorded_at, created_at, "
                                            "updated_at) VALUES ('x', %1, %2, 'P', 'now', 'now', "
                                            "'now')")
                                 .arg(session)
                                 .arg(participant));
        });
    };
    const auto cancelled = insert(w.sessions.at(3), w.participantA1);
    QVERIFY(cancelled);
    QVERIFY(cancelled->message().contains(QLatin1String("cancelled")));
    const auto crossGroup = insert(w.sessions.at(0), outsider);
    QVERIFY(crossGroup);
    QVERIFY(crossGroup->message().contains(QLatin1String("Work Group")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAttendanceStore::refusesMissingSessionOrParticipant()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    auto error = test::storeErrorFrom(
        [&] { store.setMark(markOf(999, w.participantA1, AttendanceMark::Present)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    error = test::storeErrorFrom(
        [&] { store.setMark(markOf(w.sessions.at(0), 999, AttendanceMark::Present)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QCOMPARE(error->field(), QStringLiteral("participantId"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAttendanceStore::clearMarkLeavesTombstone()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceStore store(temp.db());
    AttendanceRecord r = markOf(w.sessions.at(0), w.participantA1, AttendanceMark::Late);
    r.note = QStringLiteral("10 minutes");
    const AttendanceRecord made = store.setMark(r);
    const auto cleared = store.clearMark(w.sessions.at(0), w.participantA1);
    QVERIFY(cleared);
    QCOMPARE(cleared->id, made.id);
    QCOMPARE(cleared->mark, AttendanceMark::Late);
    QCOMPARE(cleared->note, QStringLiteral("10 minutes"));
    QVERIFY(!store.find(w.sessions.at(0), w.participantA1));
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("attendance_mark")),
             QStringList(made.uuid.toString(QUuid::WithoutBraces)));
    QVERIFY(!test::tombstoneRows(temp.db())
                 .join(QLatin1Char('\n'))
                 .contains(QLatin1String("10 minutes")));
    // Nothing to clear: nothing returned, nothing changed.
    const QString before = test::dumpContents(temp.db());
    QVERIFY(!store.clearMark(w.sessions.at(0), w.participantA1));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAttendanceStore::marksForSessionAndWorkGroup()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const RecordId outsider = addOtherParticipant(temp.db(), w);
    AttendanceStore store(temp.db());
    store.setMark(markOf(w.sessions.at(1), w.participantB1, AttendanceMark::Present));
    store.setMark(markOf(w.sessions.at(0), w.participantB1, AttendanceMark::Absent));
    store.setMark(markOf(w.sessions.at(0), w.participantA1, AttendanceMark::Present));
    Session otherSession;
    otherSession.workGroupId = WorkGroupStore(temp.db()).findByCode(QStringLiteral("TEST-02"))->id;
    SessionStore(temp.db()).add(otherSession);
    store.setMark(markOf(otherSession.id, outsider, AttendanceMark::Present));

    QCOMPARE(participantsOf(store.marksForSession(w.sessions.at(0))),
             QList<RecordId>({ w.participantA1, w.participantB1 }));
    // By session number, then participant.
    const QList<AttendanceRecord> all = store.marksForWorkGroup(w.workGroupId);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).sessionId, w.sessions.at(0));
    QCOMPARE(all.at(0).participantId, w.participantA1);
    QCOMPARE(all.at(1).sessionId, w.sessions.at(0));
    QCOMPARE(all.at(1).participantId, w.participantB1);
    QCOMPARE(all.at(2).sessionId, w.sessions.at(1));
    QVERIFY(store.marksForSession(w.sessions.at(3)).isEmpty());
}

void TestAttendanceStore::markAllPresentMarksOnlyThoseExpected()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroupStore groups(temp.db());
    // Session 3 is on 11 November 2024. Amy left on 31 October; a newcomer joins on 1 December;
    // Ben already has apologies recorded.
    groups.leave(w.participantA2, QDate(2024, 10, 31));
    Person late;
    late.firstName = QStringLiteral("Nia");
    late.lastName = QStringLiteral("New");
    late.schoolId = w.schoolB;
    PersonStore(temp.db()).add(late);
    ParticipantEnrolment newcomer;
    newcomer.workGroupId = w.workGroupId;
    newcomer.personId = late.id;
    newcomer.joinedOn = QDate(2024, 12, 1);
    groups.enrolParticipant(newcomer);
    AttendanceStore store(temp.db());
    store.setMark(markOf(w.sessions.at(2), w.participantB1, AttendanceMark::Apologies));

    temp.clock().setNow(kLater);
    const QList<AttendanceRecord> made
        = store.markAllPresent(w.sessions.at(2), QStringLiteral("Lee"));
    QCOMPARE(participantsOf(made), QList<RecordId>({ w.participantA1 }));
    QCOMPARE(made.first().mark, AttendanceMark::Present);
    const AttendanceRecord ann = *store.find(w.sessions.at(2), w.participantA1);
    QCOMPARE(ann.recordedBy, QStringLiteral("Lee"));
    QCOMPARE(ann.recordedAt, kLater);
    QCOMPARE(store.find(w.sessions.at(2), w.participantB1)->mark, AttendanceMark::Apologies);
    QCOMPARE(store.marksForSession(w.sessions.at(2)).size(), 2);

    // Run again: everyone expected has a mark, so nothing more is made.
    const QString before = test::dumpContents(temp.db());
    QVERIFY(store.markAllPresent(w.sessions.at(2), QStringLiteral("Lee")).isEmpty());
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestAttendanceStore::markAllPresentAtASchoolVisit()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    Session visit;
    visit.workGroupId = w.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    visit.visitSchoolId = w.schoolA;
    SessionStore(temp.db()).add(visit);
    const QList<AttendanceRecord> made
        = AttendanceStore(temp.db()).markAllPresent(visit.id, QStringLiteral("Lee"));
    QCOMPARE(participantsOf(made), QList<RecordId>({ w.participantA1, w.participantA2 }));
    QCOMPARE(SessionStore(temp.db()).find(visit.id)->status, SessionStatus::Held);
}

void TestAttendanceStore::markAllPresentRollsBackCompletely()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    // A failure in the middle: the third participant's mark cannot be written. By then the
    // first two marks are made and the planned session has been set to held.
    const QString refusal
        = test::refuseInserts(temp.db(), QStringLiteral("attendance_marks"),
                              QStringLiteral("NEW.participant_id = %1").arg(w.participantB1),
                              QStringLiteral("simulated failure"));
    const QString before = test::dumpContents(temp.db());
    AttendanceStore store(temp.db());
    const auto error = test::storeErrorFrom(
        [&] { store.markAllPresent(w.sessions.at(0), QStringLiteral("Lee")); });
    QVERIFY(error);
    QVERIFY(error->message().contains(QLatin1String("simulated failure")));
    QCOMPARE(test::dumpContents(temp.db()), before);
    QCOMPARE(SessionStore(temp.db()).find(w.sessions.at(0))->status, SessionStatus::Planned);

    // Nothing was left half-open: the next write works and is kept.
    test::stopRefusing(temp.db(), refusal, QStringLiteral("attendance_marks"));
    QCOMPARE(store.markAllPresent(w.sessions.at(0), QStringLiteral("Lee")).size(), 3);
    temp.reopen();
    QCOMPARE(AttendanceStore(temp.db()).marksForSession(w.sessions.at(0)).size(), 3);
}

void TestAttendanceStore::takingBackTheFirstMarkPlansTheSessionAndGroupAgain()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroup group = *WorkGroupStore(temp.db()).find(w.workGroupId);
    group.status = WorkGroupStatus::Recruiting;
    WorkGroupStore(temp.db()).update(group);
    const RecordId session = w.sessions.at(0);
    AttendanceStore store(temp.db());
    const StatusBefore before { SessionStatus::Planned, WorkGroupStatus::Recruiting };
    const auto first = store.replaceMark(session, w.participantA1, KnownMark(),
                                         markOf(0, 0, AttendanceMark::Present));
    const auto second = store.replaceMark(session, w.participantA2, KnownMark(),
                                          markOf(0, 0, AttendanceMark::Late));
    QCOMPARE(SessionStore(temp.db()).find(session)->status, SessionStatus::Held);
    QCOMPARE(WorkGroupStore(temp.db()).find(w.workGroupId)->status, WorkGroupStatus::Running);

    // Taking back one of two marks leaves the session held: the other mark says it was.
    QVERIFY(
        !store.takeBackMark(session, w.participantA2, KnownMark::of(second), std::nullopt, before));
    QCOMPARE(SessionStore(temp.db()).find(session)->status, SessionStatus::Held);
    QCOMPARE(WorkGroupStore(temp.db()).find(w.workGroupId)->status, WorkGroupStatus::Running);
    // Taking back the last: the session planned again, the Work Group recruiting again.
    store.takeBackMark(session, w.participantA1, KnownMark::of(first), std::nullopt, before);
    QCOMPARE(SessionStore(temp.db()).find(session)->status, SessionStatus::Planned);
    QCOMPARE(WorkGroupStore(temp.db()).find(w.workGroupId)->status, WorkGroupStatus::Recruiting);
}

void TestAttendanceStore::takingBackMarksIsAllOrNone()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const RecordId session = w.sessions.at(0);
    AttendanceStore store(temp.db());
    const QList<AttendanceRecord> made = store.markAllPresent(session, QStringLiteral("Lead"));
    QCOMPARE(made.size(), 3);
    QList<std::pair<RecordId, std::optional<KnownMark>>> known;
    for (const AttendanceRecord &mark : made)
        known.append({ mark.participantId, KnownMark::of(mark) });
    // Someone else changes the last of them.
    store.setMark(markOf(session, made.last().participantId, AttendanceMark::Late));
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] {
        store.takeBackMarks(session, known, { SessionStatus::Planned, WorkGroupStatus::Running });
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Stale);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

QTEST_GUILESS_MAIN(TestAttendanceStore)
#include "tst_attendancestore.moc"
