#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Database.h"
#include "database/Migrator.h"
#include "database/SqlQuery.h"
#include "records/AttendanceStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 9), QTime(7, 30), Qt::UTC);

// The default half terms of 2024/25 (see tst_academicyear): Autumn 1 2 Sep - 18 Oct,
// Autumn 2 4 Nov - 20 Dec, Spring 1 6 Jan - 14 Feb, Spring 2 24 Feb - 4 Apr,
// Summer 1 14 Apr - 23 May, Summer 2 2 Jun - 18 Jul.

Session fullSession(RecordId workGroupId)
{
    Session s;
    s.workGroupId = workGroupId;
    s.number = 9;
    s.title = QStringLiteral("Residential: reasoning");
    s.date = QDate(2025, 3, 12);
    s.startTime = QTime(9, 15);
    s.endTime = QTime(15, 45);
    s.mode = SessionMode::Hybrid;
    s.venue = QStringLiteral("Alder Primary School hall");
    s.kind = SessionKind::ResidentialDay;
    s.status = SessionStatus::Held;
    s.notes = QStringLiteral("Bring planning");
    return s;
}

void compareFields(const Session &a, const Session &e)
{
    QCOMPARE(a.workGroupId, e.workGroupId);
    QCOMPARE(a.number, e.number);
    QCOMPARE(a.title, e.title);
    QCOMPARE(a.date, e.date);
    QCOMPARE(a.startTime, e.startTime);
    QCOMPARE(a.endTime, e.endTime);
    QCOMPARE(a.mode, e.mode);
    QCOMPARE(a.venue, e.venue);
    QCOMPARE(a.kind, e.kind);
    QCOMPARE(a.visitSchoolId, e.visitSchoolId);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.notes, e.notes);
}

QList<QDate> datesOf(const QList<Session> &sessions)
{
    QList<QDate> dates;
    for (const Session &s : sessions)
        dates << s.date;
    return dates;
}
} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void addFindRoundTripsEveryField();
    void schoolVisitRoundTrip();
    void visitSchoolIsKeptForVisitsOnly();
    void numberAndTitleDefault();
    void updateRoundTripsAndMovesUpdatedAt();
    void acceptsTheFirstAndLastDayOfTheYear();
    void refusesDatesOutsideTheAcademicYear();
    void refusesEndBeforeStart();
    void refusesDuplicateNumber();
    void refusesMissingWorkGroup();
    void schoolVisitNeedsAnEnrolledSchool();
    void setStatus();
    void removeLeavesTombstone();
    void removeRefusedWithMarks();
    void movingASessionWithMarksToAnotherWorkGroupIsRefused();
    void seriesOnePerHalfTermByDefault();
    void seriesKeepsTheFirstDatesPlaceInEachHalfTerm();
    void seriesClampsToTheEndOfAHalfTerm();
    void seriesEveryKWeeks();
    void createSeriesNumbersAfterExistingSessions();
    void createSeriesRefusesABadCount();
    void createSeriesRollsBackWhenALaterSessionIsInvalid();
    void aCancelledSessionKeepsItsReason();
    void anUpgradedFileTakesReasons();
};

void TestSessionStore::addFindRoundTripsEveryField()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionStore store(temp.db());
    Session s = fullSession(w.workGroupId);
    store.add(s);
    QVERIFY(s.isStored());
    QVERIFY(!s.uuid.isNull());
    QCOMPARE(s.createdAt, temp.clock().nowUtc());
    QCOMPARE(s.updatedAt, temp.clock().nowUtc());

    const Session found = *store.find(s.id);
    QCOMPARE(found.id, s.id);
    QCOMPARE(found.uuid, s.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    compareFields(found, fullSession(w.workGroupId));
    QCOMPARE(found.durationMinutes(), 390);
    compareFields(store.list(w.workGroupId).first(), fullSession(w.workGroupId));
    QVERIFY(!store.find(s.id + 1));
}

void TestSessionStore::schoolVisitRoundTrip()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionStore store(temp.db());
    Session visit;
    visit.workGroupId = w.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    visit.visitSchoolId = w.schoolB;
    visit.date = QDate(2025, 1, 20);
    visit.mode = SessionMode::Online;
    store.add(visit);
    const Session found = *store.find(visit.id);
    QCOMPARE(found.kind, SessionKind::SchoolVisit);
    QCOMPARE(found.visitSchoolId, w.schoolB);
    QCOMPARE(found.mode, SessionMode::Online);
    QVERIFY(!found.startTime.isValid());
    QVERIFY(!found.endTime.isValid());
    QCOMPARE(found.durationMinutes(), 0);
}

void TestSessionStore::visitSchoolIsKeptForVisitsOnly()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionStore store(temp.db());
    Session s;
    s.workGroupId = w.workGroupId;
    s.kind = SessionKind::OnlineElective;
    s.visitSchoolId = w.schoolA; // left over from an earlier choice in a form
    store.add(s);
    QCOMPARE(store.find(s.id)->visitSchoolId, RecordId(0));
    QCOMPARE(store.find(s.id)->kind, SessionKind::OnlineElective);
}

void TestSessionStore::numberAndTitleDefault()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    QCOMPARE(store.nextNumber(w.workGroupId), 5);
    Session s;
    s.workGroupId = w.workGroupId;
    store.add(s);
    QCOMPARE(s.number, 5);
    QCOMPARE(s.title, QStringLiteral("Session 5"));
    QCOMPARE(store.find(s.id)->title, QStringLiteral("Session 5"));
    QVERIFY(!store.find(s.id)->date.isValid());
    QCOMPARE(store.nextNumber(w.workGroupId), 6);
    QList<int> numbers;
    for (const Session &session : store.list(w.workGroupId))
        numbers << session.number;
    QCOMPARE(numbers, QList<int>({ 1, 2, 3, 4, 5 }));
    QCOMPARE(store.nextNumber(9999), 1);
}

void TestSessionStore::updateRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionStore store(temp.db());
    Session s = fullSession(w.workGroupId);
    store.add(s);
    const QDateTime created = s.createdAt;

    temp.clock().setNow(kLater);
    Session changed = s;
    changed.number = 2;
    changed.title = QStringLiteral("Visit to Alder");
    changed.date = QDate(2024, 11, 5);
    changed.startTime = QTime();
    changed.endTime = QTime();
    changed.mode = SessionMode::InPerson;
    changed.venue = QString();
    changed.kind = SessionKind::SchoolVisit;
    changed.visitSchoolId = w.schoolA;
    changed.status = SessionStatus::Cancelled;
    changed.notes = QString();
    store.update(changed);
    QCOMPARE(changed.updatedAt, kLater);

    const Session found = *store.find(s.id);
    compareFields(found, changed);
    QCOMPARE(found.uuid, s.uuid);
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);

    changed.id = 999;
    changed.number = 50;
    const auto error = test::storeErrorFrom([&] { store.update(changed); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
}

void TestSessionStore::acceptsTheFirstAndLastDayOfTheYear()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionStore store(temp.db());
    for (const QDate &date : { QDate(2024, 9, 1), QDate(2025, 8, 31) }) {
        Session s;
        s.workGroupId = w.workGroupId;
        s.date = date;
        store.add(s);
        QCOMPARE(store.find(s.id)->date, date);
    }
}

void TestSessionStore::refusesDatesOutsideTheAcademicYear()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    for (const QDate &date : { QDate(2024, 8, 31), QDate(2025, 9, 1), QDate(2030, 1, 1) }) {
        Session s;
        s.workGroupId = w.workGroupId;
        s.date = date;
        auto error = test::storeErrorFrom([&] { store.add(s); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QCOMPARE(error->field(), QStringLiteral("date"));
        QVERIFY2(error->message().contains(QLatin1String("2024/25")), qPrintable(error->message()));
        QVERIFY(error->message().contains(date.toString(QStringLiteral("dd/MM/yyyy"))));
        QVERIFY(error->record().contains(QLatin1String("TEST-01")));

        Session stored = *store.find(w.sessions.first());
        stored.date = date;
        error = test::storeErrorFrom([&] { store.update(stored); });
        QVERIFY(error);
        QCOMPARE(error->field(), QStringLiteral("date"));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSessionStore::refusesEndBeforeStart()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    for (const QTime &end : { QTime(13, 29), QTime(13, 30), QTime(0, 0) }) {
        Session s = *store.find(w.sessions.first()); // 13:30 - 16:00
        s.endTime = end;
        const auto error = test::storeErrorFrom([&] { store.update(s); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QCOMPARE(error->field(), QStringLiteral("endTime"));
        Session fresh;
        fresh.workGroupId = w.workGroupId;
        fresh.startTime = QTime(13, 30);
        fresh.endTime = end;
        QVERIFY(test::storeErrorFrom([&] { store.add(fresh); }));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
    Session openEnded;
    openEnded.workGroupId = w.workGroupId;
    openEnded.startTime = QTime(13, 30); // no end yet is fine
    store.add(openEnded);
}

void TestSessionStore::refusesDuplicateNumber()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Session s;
    s.workGroupId = w.workGroupId;
    s.number = 2;
    auto error = test::storeErrorFrom([&] { store.add(s); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("number"));

    Session third = *store.find(w.sessions.at(2));
    third.number = 1;
    error = test::storeErrorFrom([&] { store.update(third); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    third.number = 0;
    error = test::storeErrorFrom([&] { store.update(third); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("number"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSessionStore::refusesMissingWorkGroup()
{
    test::TempDatabase temp;
    SessionStore store(temp.db());
    Session s;
    s.workGroupId = 999;
    const auto error = test::storeErrorFrom([&] { store.add(s); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("sessions")), 0);
}

void TestSessionStore::schoolVisitNeedsAnEnrolledSchool()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    School cedar;
    cedar.urn = *Urn::fromInt(100003);
    cedar.name = QStringLiteral("Cedar Primary School");
    SchoolStore(temp.db()).add(cedar);
    SessionStore store(temp.db());
    const QString before = test::dumpContents(temp.db());

    Session visit;
    visit.workGroupId = w.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    auto error = test::storeErrorFrom([&] { store.add(visit); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("visitSchoolId"));

    visit.visitSchoolId = cedar.id;
    error = test::storeErrorFrom([&] { store.add(visit); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(error->field(), QStringLiteral("visitSchoolId"));

    Session workshop = *store.find(w.sessions.first());
    workshop.kind = SessionKind::SchoolVisit;
    workshop.visitSchoolId = cedar.id;
    error = test::storeErrorFrom([&] { store.update(workshop); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSessionStore::setStatus()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    temp.clock().setNow(kLater);
    store.setStatus(w.sessions.at(1), SessionStatus::Cancelled);
    QCOMPARE(store.find(w.sessions.at(1))->status, SessionStatus::Cancelled);
    QCOMPARE(store.find(w.sessions.at(1))->updatedAt, kLater);
    QCOMPARE(store.find(w.sessions.at(0))->status, SessionStatus::Planned);
    store.setStatus(w.sessions.at(1), SessionStatus::Held);
    QCOMPARE(store.find(w.sessions.at(1))->status, SessionStatus::Held);
    const auto error = test::storeErrorFrom([&] { store.setStatus(999, SessionStatus::Held); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
}

void TestSessionStore::removeLeavesTombstone()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    const QUuid uuid = store.find(w.sessions.at(3))->uuid;
    store.remove(w.sessions.at(3));
    QVERIFY(!store.find(w.sessions.at(3)));
    QCOMPARE(store.list(w.workGroupId).size(), 3);
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("session")),
             QStringList(uuid.toString(QUuid::WithoutBraces)));
    const auto again = test::storeErrorFrom([&] { store.remove(w.sessions.at(3)); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::NotFound);
}

void TestSessionStore::removeRefusedWithMarks()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceRecord mark;
    mark.sessionId = w.sessions.at(1);
    mark.participantId = w.participantA1;
    mark.mark = AttendanceMark::NotExpected; // even a mark that counts for nothing is a register
    AttendanceStore(temp.db()).setMark(mark);
    const QString before = test::dumpContents(temp.db());
    const auto error
        = test::storeErrorFrom([&] { SessionStore(temp.db()).remove(w.sessions.at(1)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QVERIFY(error->message().contains(QLatin1String("cancel")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSessionStore::movingASessionWithMarksToAnotherWorkGroupIsRefused()
{
    // Its marks would then belong to participants of another Work Group, which the schema
    // refuses for a mark written directly.
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroup other = *WorkGroupStore(temp.db()).find(w.workGroupId);
    other.id = 0;
    other.uuid = QUuid();
    other.code = QStringLiteral("TEST-02");
    WorkGroupStore(temp.db()).add(other);
    AttendanceRecord mark;
    mark.sessionId = w.sessions.at(0);
    mark.participantId = w.participantA1;
    AttendanceStore(temp.db()).setMark(mark);

    SessionStore store(temp.db());
    const QString before = test::dumpContents(temp.db());
    Session moved = *store.find(w.sessions.at(0));
    moved.workGroupId = other.id;
    const auto error = test::storeErrorFrom([&] { store.update(moved); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(error->field(), QStringLiteral("workGroupId"));
    QCOMPARE(test::dumpContents(temp.db()), before);

    // A session without a register may move.
    Session unmarked = *store.find(w.sessions.at(1));
    unmarked.workGroupId = other.id;
    unmarked.number = 1;
    store.update(unmarked);
    QCOMPARE(store.list(other.id).size(), 1);
}

void TestSessionStore::seriesOnePerHalfTermByDefault()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionSeriesPlan plan;
    plan.count = 7;
    // The third week (start + 14 days) of each half term; the seventh has no half term left.
    QCOMPARE(SessionStore(temp.db()).seriesDates(w.workGroupId, plan),
             QList<QDate>({ QDate(2024, 9, 16), QDate(2024, 11, 18), QDate(2025, 1, 20),
                            QDate(2025, 3, 10), QDate(2025, 4, 28), QDate(2025, 6, 16), QDate() }));
    plan.count = 0;
    QVERIFY(SessionStore(temp.db()).seriesDates(w.workGroupId, plan).isEmpty());
}

void TestSessionStore::seriesKeepsTheFirstDatesPlaceInEachHalfTerm()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionSeriesPlan plan;
    plan.count = 6;
    plan.firstDate = QDate(2024, 11, 6); // Wednesday of the first week of Autumn 2
    QCOMPARE(SessionStore(temp.db()).seriesDates(w.workGroupId, plan),
             QList<QDate>({ QDate(2024, 11, 6), QDate(2025, 1, 8), QDate(2025, 2, 26),
                            QDate(2025, 4, 16), QDate(2025, 6, 4), QDate() }));
}

void TestSessionStore::seriesClampsToTheEndOfAHalfTerm()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionSeriesPlan plan;
    plan.count = 3;
    plan.firstDate = QDate(2024, 10, 18); // the last day of Autumn 1, 46 days in
    // Autumn 2 is 47 days long, so day 46 is its last; Spring 1 ends on 14 February.
    QCOMPARE(SessionStore(temp.db()).seriesDates(w.workGroupId, plan),
             QList<QDate>({ QDate(2024, 10, 18), QDate(2024, 12, 20), QDate(2025, 2, 14) }));
}

void TestSessionStore::seriesEveryKWeeks()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    SessionSeriesPlan plan;
    plan.rhythm = SessionSeriesPlan::Rhythm::EveryKWeeks;
    plan.count = 3;
    plan.weeksApart = 4;
    plan.firstDate = QDate(2024, 9, 10);
    QCOMPARE(SessionStore(temp.db()).seriesDates(w.workGroupId, plan),
             QList<QDate>({ QDate(2024, 9, 10), QDate(2024, 10, 8), QDate(2024, 11, 5) }));
    plan.weeksApart = 0; // taken as weekly
    QCOMPARE(SessionStore(temp.db()).seriesDates(w.workGroupId, plan),
             QList<QDate>({ QDate(2024, 9, 10), QDate(2024, 9, 17), QDate(2024, 9, 24) }));
    plan.firstDate = QDate(); // no first date: all to be arranged
    QCOMPARE(SessionStore(temp.db()).seriesDates(w.workGroupId, plan),
             QList<QDate>({ QDate(), QDate(), QDate() }));
}

void TestSessionStore::createSeriesNumbersAfterExistingSessions()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 2);
    SessionStore store(temp.db());
    SessionSeriesPlan plan;
    plan.count = 3;
    plan.firstDate = QDate(2025, 1, 7);
    plan.startTime = QTime(9, 0);
    plan.endTime = QTime(12, 0);
    plan.mode = SessionMode::Online;
    plan.venue = QStringLiteral("Teams");
    plan.titlePattern = QStringLiteral("Workshop %1");
    const QList<Session> made = store.createSeries(w.workGroupId, plan);
    QCOMPARE(made.size(), 3);
    QCOMPARE(datesOf(made),
             QList<QDate>({ QDate(2025, 1, 7), QDate(2025, 2, 25), QDate(2025, 4, 15) }));
    for (int i = 0; i < 3; ++i) {
        const Session stored = *store.find(made.at(i).id);
        QCOMPARE(stored.number, 3 + i);
        QCOMPARE(stored.title, QStringLiteral("Workshop %1").arg(3 + i));
        QCOMPARE(stored.date, made.at(i).date);
        QCOMPARE(stored.startTime, QTime(9, 0));
        QCOMPARE(stored.endTime, QTime(12, 0));
        QCOMPARE(stored.mode, SessionMode::Online);
        QCOMPARE(stored.venue, QStringLiteral("Teams"));
        QCOMPARE(stored.kind, SessionKind::Workshop);
        QCOMPARE(stored.status, SessionStatus::Planned);
    }
    QCOMPARE(store.list(w.workGroupId).size(), 5);

    // A pattern without %1 falls back to "Session N".
    plan.titlePattern = QStringLiteral("Workshop");
    plan.count = 1;
    plan.firstDate = QDate();
    QCOMPARE(store.createSeries(w.workGroupId, plan).first().title, QStringLiteral("Session 6"));
}

void TestSessionStore::createSeriesRefusesABadCount()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const QString before = test::dumpContents(temp.db());
    for (int count : { 0, -1, 61 }) {
        SessionSeriesPlan plan;
        plan.count = count;
        const auto error = test::storeErrorFrom(
            [&] { SessionStore(temp.db()).createSeries(w.workGroupId, plan); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QCOMPARE(error->field(), QStringLiteral("count"));
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestSessionStore::createSeriesRollsBackWhenALaterSessionIsInvalid()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    SessionSeriesPlan plan;
    plan.rhythm = SessionSeriesPlan::Rhythm::EveryKWeeks;
    plan.weeksApart = 6;
    plan.count = 4;
    plan.firstDate = QDate(2025, 6, 2); // 2 Jun, 14 Jul, 25 Aug, then 6 Oct: outside 2024/25
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { store.createSeries(w.workGroupId, plan); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("date"));
    QVERIFY(error->message().contains(QLatin1String("06/10/2025")));
    QCOMPARE(test::dumpContents(temp.db()), before);
    QCOMPARE(store.list(w.workGroupId).size(), 4);
    QCOMPARE(store.nextNumber(w.workGroupId), 5);

    // The store is still usable afterwards: the transaction was closed, not left open.
    plan.count = 3;
    QCOMPARE(store.createSeries(w.workGroupId, plan).size(), 3);
    temp.reopen();
    QCOMPARE(SessionStore(temp.db()).list(w.workGroupId).size(), 7);
}

void TestSessionStore::aCancelledSessionKeepsItsReason()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    SessionStore store(temp.db());
    Session session = *store.find(w.sessions.at(1));
    QVERIFY(session.cancellationReason.isEmpty());
    session.status = SessionStatus::Cancelled;
    session.cancellationReason = QStringLiteral("  Venue closed by snow ");
    store.update(session);
    QCOMPARE(store.find(session.id)->cancellationReason, QStringLiteral("Venue closed by snow"));
    QCOMPARE(store.list(w.workGroupId).at(1).cancellationReason,
             QStringLiteral("Venue closed by snow"));

    // Only a cancelled session has a reason: restored, it has none, whatever it was given.
    session = *store.find(session.id);
    session.status = SessionStatus::Planned;
    store.update(session);
    QVERIFY(store.find(session.id)->cancellationReason.isEmpty());
    Session added = fullSession(w.workGroupId);
    added.cancellationReason = QStringLiteral("not cancelled at all");
    store.add(added);
    QVERIFY(store.find(added.id)->cancellationReason.isEmpty());
    added.status = SessionStatus::Cancelled;
    added.cancellationReason = QStringLiteral("Lead unwell");
    store.update(added);
    QCOMPARE(store.find(added.id)->cancellationReason, QStringLiteral("Lead unwell"));
}

void TestSessionStore::anUpgradedFileTakesReasons()
{
    // A file written before reasons were kept: its cancelled sessions have none, and a new
    // cancellation keeps one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    SqlQuery columns(*db,
                     QStringLiteral("SELECT count(*) FROM pragma_table_info('sessions') "
                                    "WHERE name = 'cancellation_reason'"));
    QCOMPARE(columns.scalar().toInt(), 1);
    SqlQuery reasons(*db,
                     QStringLiteral("SELECT count(*) FROM sessions WHERE "
                                    "cancellation_reason <> ''"));
    QCOMPARE(reasons.scalar().toInt(), 0);
    SqlQuery first(*db,
                   QStringLiteral("SELECT id FROM sessions WHERE status <> 'cancelled' "
                                  "ORDER BY id LIMIT 1"));
    const RecordId id = first.scalar().toLongLong();
    QVERIFY(id > 0);
    SessionStore store(*db);
    Session session = *store.find(id);
    session.status = SessionStatus::Cancelled;
    session.cancellationReason = QStringLiteral("Strike day");
    store.update(session);
    QCOMPARE(store.find(id)->cancellationReason, QStringLiteral("Strike day"));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
