#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

#include <tuple>

using namespace hubreg;

namespace {
const QDateTime kLater(QDate(2024, 10, 5), QTime(12, 0, 0, 5), Qt::UTC);

RecordId addSchool(Database &db, int urn, const QString &name)
{
    School s;
    s.urn = *Urn::fromInt(urn);
    s.name = name;
    s.laName = QStringLiteral("Leeds");
    s.phase = QStringLiteral("Primary");
    SchoolStore(db).add(s);
    return s.id;
}

RecordId addPerson(Database &db, const QString &first, const QString &last, RecordId school = 0)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.email = first.toLower() + QStringLiteral("@example.org");
    p.schoolId = school;
    PersonStore(db).add(p);
    return p.id;
}

// A second Work Group in the same hub and year, with one school of its own.
struct OtherGroup
{
    RecordId workGroupId = 0;
    RecordId schoolId = 0;
    RecordId participantId = 0;
};

OtherGroup addOtherGroup(Database &db, const test::SmallWorkGroup &w)
{
    OtherGroup o;
    WorkGroup wg;
    wg.hubId = w.hubId;
    wg.programmeId = ProgrammeStore(db).findByCode(QStringLiteral("MN"))->id;
    wg.academicYearId = w.yearId;
    wg.code = QStringLiteral("MN-02");
    wg.title = QStringLiteral("Mastering Number");
    WorkGroupStore groups(db);
    groups.add(wg);
    o.workGroupId = wg.id;
    o.schoolId = addSchool(db, 100009, QStringLiteral("Hazel Primary School"));
    SchoolEnrolment e;
    e.workGroupId = wg.id;
    e.schoolId = o.schoolId;
    groups.enrolSchool(e);
    ParticipantEnrolment p;
    p.workGroupId = wg.id;
    p.personId = addPerson(db, QStringLiteral("Hal"), QStringLiteral("Hazel"), o.schoolId);
    o.participantId = groups.enrolParticipant(p).id;
    return o;
}

RecordId enrolmentOf(WorkGroupStore &groups, RecordId workGroupId, RecordId schoolId)
{
    for (const SchoolEnrolmentListing &row : groups.schools(workGroupId)) {
        if (row.enrolment.schoolId == schoolId)
            return row.enrolment.id;
    }
    return 0;
}
} // namespace

class TestWorkGroupStore : public QObject
{
    Q_OBJECT

private slots:
    void addFindRoundTripsEveryField();
    void updateRoundTripsAndMovesUpdatedAt();
    void refusesInvalidFields_data();
    void refusesInvalidFields();
    void refusesMissingReferences();
    void refusesDuplicateCodeIgnoringCase();
    void enrolSchoolRoundTrip();
    void enrolSchoolRefusals();
    void withdrawSchool();
    void enrolParticipantRoundTrip();
    void enrolParticipantFromASchoolNotInTheGroup();
    void enrolParticipantRefusals();
    void updateParticipantAndLeave();
    void listingsOfSchoolsAndParticipants();
    void removeParticipantWithoutMarks();
    void removeParticipantRefusedWithMarks();
    void removeSchoolEnrolmentRefusedWithParticipants();
    void removeSchoolEnrolmentWithoutParticipants();
    void removeSchoolEnrolmentRefusedWithVisits();
    void removeWithoutAttendanceTakesEnrolmentsAndSessions();
    void removeRefusedWithAttendance();
    void overviewCountsAndFilters();
    void attendanceCanBeCountedAfterTheRows();
    void overviewSearchIsLiteral();
};

void TestWorkGroupStore::addFindRoundTripsEveryField()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const RecordId lead = addPerson(temp.db(), QStringLiteral("Lee"), QStringLiteral("Lead"));
    const RecordId programme = ProgrammeStore(temp.db()).findByCode(QStringLiteral("TFM-SUS"))->id;
    WorkGroupStore store(temp.db());
    WorkGroup wg;
    wg.hubId = w.hubId;
    wg.programmeId = programme;
    wg.academicYearId = w.yearId;
    wg.code = QStringLiteral("NCP 24-11 YH03");
    wg.title = QStringLiteral("Sustaining Teaching for Mastery, Leeds");
    wg.leadPersonId = lead;
    wg.status = WorkGroupStatus::Recruiting;
    wg.capacity = 12;
    wg.notes = QStringLiteral("Meets at Alder");
    store.add(wg);
    QVERIFY(wg.isStored());
    QVERIFY(!wg.uuid.isNull());
    QCOMPARE(wg.createdAt, temp.clock().nowUtc());
    QCOMPARE(wg.updatedAt, temp.clock().nowUtc());

    for (const WorkGroup &found :
         { *store.find(wg.id), *store.findByCode(QStringLiteral("ncp 24-11 yh03")) }) {
        QCOMPARE(found.id, wg.id);
        QCOMPARE(found.uuid, wg.uuid);
        QCOMPARE(found.createdAt, temp.clock().nowUtc());
        QCOMPARE(found.updatedAt, temp.clock().nowUtc());
        QCOMPARE(found.hubId, w.hubId);
        QCOMPARE(found.programmeId, programme);
        QCOMPARE(found.academicYearId, w.yearId);
        QCOMPARE(found.code, QStringLiteral("NCP 24-11 YH03"));
        QCOMPARE(found.title, QStringLiteral("Sustaining Teaching for Mastery, Leeds"));
        QCOMPARE(found.leadPersonId, lead);
        QCOMPARE(found.status, WorkGroupStatus::Recruiting);
        QCOMPARE(found.capacity, 12);
        QCOMPARE(found.notes, QStringLiteral("Meets at Alder"));
    }
    QCOMPARE(store.count(), 2);
    QVERIFY(!store.find(wg.id + 10));
}

void TestWorkGroupStore::updateRoundTripsAndMovesUpdatedAt()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    WorkGroupStore store(temp.db());
    WorkGroup wg = *store.find(w.workGroupId);
    const QDateTime created = wg.createdAt;
    const RecordId lead = addPerson(temp.db(), QStringLiteral("Lee"), QStringLiteral("Lead"));
    const RecordId year = AcademicYearStore(temp.db()).ensure(QStringLiteral("2025/26")).id;
    const RecordId programme = ProgrammeStore(temp.db()).findByCode(QStringLiteral("TFM-EMB"))->id;

    temp.clock().setNow(kLater);
    wg.programmeId = programme;
    wg.academicYearId = year;
    wg.code = QStringLiteral("TEST-02");
    wg.title = QStringLiteral("Renamed");
    wg.leadPersonId = lead;
    wg.status = WorkGroupStatus::Completed;
    wg.capacity = 1;
    wg.notes = QStringLiteral("Finished early");
    store.update(wg);
    QCOMPARE(wg.updatedAt, kLater);

    const WorkGroup found = *store.find(w.workGroupId);
    QCOMPARE(found.uuid, wg.uuid);
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);
    QCOMPARE(found.programmeId, programme);
    QCOMPARE(found.academicYearId, year);
    QCOMPARE(found.code, QStringLiteral("TEST-02"));
    QCOMPARE(found.title, QStringLiteral("Renamed"));
    QCOMPARE(found.leadPersonId, lead);
    QCOMPARE(found.status, WorkGroupStatus::Completed);
    QCOMPARE(found.capacity, 1);
    QCOMPARE(found.notes, QStringLiteral("Finished early"));

    wg.leadPersonId = 0;
    wg.status = WorkGroupStatus::Cancelled;
    store.update(wg);
    QCOMPARE(store.find(w.workGroupId)->leadPersonId, RecordId(0));
    QCOMPARE(store.find(w.workGroupId)->status, WorkGroupStatus::Cancelled);
}

void TestWorkGroupStore::refusesInvalidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<bool>("noHub");
    QTest::addColumn<bool>("noProgramme");
    QTest::addColumn<bool>("noYear");

    QTest::newRow("blank code") << "code" << QStringLiteral(" ") << 7 << false << false << false;
    QTest::newRow("capacity 0") << "capacity" << QStringLiteral("X") << 0 << false << false
                                << false;
    QTest::newRow("capacity 201") << "capacity" << QStringLiteral("X") << 201 << false << false
                                  << false;
    QTest::newRow("no hub") << "hubId" << QStringLiteral("X") << 7 << true << false << false;
    QTest::newRow("no programme") << "programmeId" << QStringLiteral("X") << 7 << false << true
                                  << false;
    QTest::newRow("no year") << "academicYearId" << QStringLiteral("X") << 7 << false << false
                             << true;
}

void TestWorkGroupStore::refusesInvalidFields()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(int, capacity);
    QFETCH(bool, noHub);
    QFETCH(bool, noProgramme);
    QFETCH(bool, noYear);
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const QString before = test::dumpContents(temp.db());
    WorkGroup wg;
    wg.hubId = noHub ? 0 : w.hubId;
    wg.programmeId = noProgramme ? 0 : w.programmeId;
    wg.academicYearId = noYear ? 0 : w.yearId;
    wg.code = code;
    wg.capacity = capacity;
    WorkGroupStore store(temp.db());
    const auto error = test::storeErrorFrom([&] { store.add(wg); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), field);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::refusesMissingReferences()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const QString before = test::dumpContents(temp.db());
    WorkGroupStore store(temp.db());
    auto attempt = [&](RecordId hub, RecordId programme, RecordId year, RecordId lead) {
        WorkGroup wg;
        wg.hubId = hub;
        wg.programmeId = programme;
        wg.academicYearId = year;
        wg.leadPersonId = lead;
        wg.code = QStringLiteral("NEW-01");
        return test::storeErrorFrom([&] { store.add(wg); });
    };
    for (const auto &error :
         { attempt(999, w.programmeId, w.yearId, 0), attempt(w.hubId, 999, w.yearId, 0),
           attempt(w.hubId, w.programmeId, 999, 0),
           attempt(w.hubId, w.programmeId, w.yearId, 999) }) {
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    }
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::refusesDuplicateCodeIgnoringCase()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const OtherGroup other = addOtherGroup(temp.db(), w);
    const QString before = test::dumpContents(temp.db());
    WorkGroupStore store(temp.db());
    WorkGroup wg = *store.find(w.workGroupId);
    wg.id = 0;
    wg.uuid = QUuid();
    wg.code = QStringLiteral(" test-01 ");
    auto error = test::storeErrorFrom([&] { store.add(wg); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(error->field(), QStringLiteral("code"));
    QVERIFY(error->message().contains(QLatin1String("test-01")));

    WorkGroup second = *store.find(other.workGroupId);
    second.code = QStringLiteral("Test-01");
    error = test::storeErrorFrom([&] { store.update(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::enrolSchoolRoundTrip()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const RecordId cedar = addSchool(temp.db(), 100003, QStringLiteral("Cedar Primary School"));
    WorkGroupStore store(temp.db());
    SchoolEnrolment e;
    e.workGroupId = w.workGroupId;
    e.schoolId = cedar;
    e.joinedOn = QDate(2024, 9, 20);
    e.withdrawnOn = QDate(2025, 3, 1);
    e.headCommitment = true;
    e.eligibilityOverride
        = QStringLiteral("Took part in 2019 under its old URN; agreed by the hub");
    e.notes = QStringLiteral("Two new teachers");
    const SchoolEnrolment made = store.enrolSchool(e);
    QVERIFY(made.isStored());
    QVERIFY(!made.uuid.isNull());
    QCOMPARE(made.createdAt, temp.clock().nowUtc());

    const SchoolEnrolment found = *store.findSchoolEnrolment(made.id);
    QCOMPARE(found.uuid, made.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    QCOMPARE(found.workGroupId, w.workGroupId);
    QCOMPARE(found.schoolId, cedar);
    QCOMPARE(found.joinedOn, QDate(2024, 9, 20));
    QCOMPARE(found.withdrawnOn, QDate(2025, 3, 1));
    QVERIFY(found.isWithdrawn());
    QCOMPARE(found.headCommitment, true);
    QCOMPARE(found.eligibilityOverride, e.eligibilityOverride);
    QCOMPARE(found.notes, QStringLiteral("Two new teachers"));

    temp.clock().setNow(kLater);
    SchoolEnrolment changed = found;
    changed.joinedOn = QDate();
    changed.withdrawnOn = QDate();
    changed.headCommitment = false;
    changed.eligibilityOverride = QString();
    changed.notes = QStringLiteral("Back in");
    store.updateSchoolEnrolment(changed);
    const SchoolEnrolment updated = *store.findSchoolEnrolment(made.id);
    QVERIFY(!updated.joinedOn.isValid());
    QVERIFY(!updated.isWithdrawn());
    QCOMPARE(updated.headCommitment, false);
    QCOMPARE(updated.eligibilityOverride, QString());
    QCOMPARE(updated.notes, QStringLiteral("Back in"));
    QCOMPARE(updated.createdAt, found.createdAt);
    QCOMPARE(updated.updatedAt, kLater);
}

void TestWorkGroupStore::enrolSchoolRefusals()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const RecordId cedar = addSchool(temp.db(), 100003, QStringLiteral("Cedar Primary School"));
    const QString before = test::dumpContents(temp.db());
    WorkGroupStore store(temp.db());

    SchoolEnrolment again;
    again.workGroupId = w.workGroupId;
    again.schoolId = w.schoolA;
    auto error = test::storeErrorFrom([&] { store.enrolSchool(again); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QVERIFY(error->message().contains(QLatin1String("Alder Primary School")));
    QVERIFY(error->message().contains(QLatin1String("TEST-01")));

    SchoolEnrolment missingSchool;
    missingSchool.workGroupId = w.workGroupId;
    missingSchool.schoolId = 999;
    error = test::storeErrorFrom([&] { store.enrolSchool(missingSchool); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    SchoolEnrolment missingGroup;
    missingGroup.workGroupId = 999;
    missingGroup.schoolId = cedar;
    error = test::storeErrorFrom([&] { store.enrolSchool(missingGroup); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    SchoolEnrolment backwards;
    backwards.workGroupId = w.workGroupId;
    backwards.schoolId = cedar;
    backwards.joinedOn = QDate(2024, 10, 1);
    backwards.withdrawnOn = QDate(2024, 9, 30);
    error = test::storeErrorFrom([&] { store.enrolSchool(backwards); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("withdrawnOn"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::withdrawSchool()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    WorkGroupStore store(temp.db());
    const RecordId enrolment = enrolmentOf(store, w.workGroupId, w.schoolB);
    const QString before = test::dumpContents(temp.db());
    // Joined 1 September: withdrawing before that, or without a date, is refused.
    auto error = test::storeErrorFrom([&] { store.withdrawSchool(enrolment, QDate(2024, 8, 31)); });
    QVERIFY(error);
    QCOMPARE(error->field(), QStringLiteral("withdrawnOn"));
    error = test::storeErrorFrom([&] { store.withdrawSchool(enrolment, QDate()); });
    QVERIFY(error);
    QCOMPARE(error->field(), QStringLiteral("withdrawnOn"));
    QCOMPARE(test::dumpContents(temp.db()), before);

    store.withdrawSchool(enrolment, QDate(2025, 1, 10));
    QCOMPARE(store.findSchoolEnrolment(enrolment)->withdrawnOn, QDate(2025, 1, 10));
    error = test::storeErrorFrom([&] { store.withdrawSchool(999, QDate(2025, 1, 10)); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
}

void TestWorkGroupStore::enrolParticipantRoundTrip()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    WorkGroupStore store(temp.db());
    // The person's own school is used when the enrolment names none.
    const RecordId dan
        = addPerson(temp.db(), QStringLiteral("Dan"), QStringLiteral("Dogwood"), w.schoolB);
    ParticipantEnrolment e;
    e.workGroupId = w.workGroupId;
    e.personId = dan;
    e.isLeadParticipant = true;
    e.role = QStringLiteral(" Year 2 Lead Teacher ");
    e.joinedOn = QDate(2024, 10, 1);
    e.leftOn = QDate(2025, 2, 1);
    const ParticipantEnrolment made = store.enrolParticipant(e);
    QVERIFY(made.isStored());
    QVERIFY(!made.uuid.isNull());
    QCOMPARE(made.schoolId, w.schoolB);

    const ParticipantEnrolment found = *store.findParticipant(made.id);
    QCOMPARE(found.uuid, made.uuid);
    QCOMPARE(found.createdAt, temp.clock().nowUtc());
    QCOMPARE(found.updatedAt, temp.clock().nowUtc());
    QCOMPARE(found.workGroupId, w.workGroupId);
    QCOMPARE(found.personId, dan);
    QCOMPARE(found.schoolId, w.schoolB);
    QCOMPARE(found.isLeadParticipant, true);
    QCOMPARE(found.role, QStringLiteral("Year 2 Lead Teacher"));
    QCOMPARE(found.joinedOn, QDate(2024, 10, 1));
    QCOMPARE(found.leftOn, QDate(2025, 2, 1));
    QVERIFY(found.hasLeft());

    // A person with no school of their own may represent a school named on the enrolment.
    const RecordId eve = addPerson(temp.db(), QStringLiteral("Eve"), QStringLiteral("Elm"));
    ParticipantEnrolment named;
    named.workGroupId = w.workGroupId;
    named.personId = eve;
    named.schoolId = w.schoolA;
    QCOMPARE(store.findParticipant(store.enrolParticipant(named).id)->schoolId, w.schoolA);
}

void TestWorkGroupStore::enrolParticipantFromASchoolNotInTheGroup()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const RecordId cedar = addSchool(temp.db(), 100003, QStringLiteral("Cedar Primary School"));
    const RecordId carl
        = addPerson(temp.db(), QStringLiteral("Carl"), QStringLiteral("Cedar"), cedar);
    const QString before = test::dumpContents(temp.db());
    ParticipantEnrolment e;
    e.workGroupId = w.workGroupId;
    e.personId = carl;
    const auto error = test::storeErrorFrom([&] { WorkGroupStore(temp.db()).enrolParticipant(e); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(error->field(), QStringLiteral("schoolId"));
    // The message names the school and the Work Group.
    QVERIFY2(error->message().contains(QLatin1String("Cedar Primary School")),
             qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("TEST-01")), qPrintable(error->message()));
    QCOMPARE(test::dumpContents(temp.db()), before);

    // The same for an enrolment naming a school of another Work Group.
    const OtherGroup other = addOtherGroup(temp.db(), w);
    const QString withOther = test::dumpContents(temp.db());
    ParticipantEnrolment elsewhere;
    elsewhere.workGroupId = w.workGroupId;
    elsewhere.personId = w.personA1;
    elsewhere.schoolId = other.schoolId;
    const auto second
        = test::storeErrorFrom([&] { WorkGroupStore(temp.db()).enrolParticipant(elsewhere); });
    QVERIFY(second);
    QCOMPARE(second->kind(), StoreError::Kind::Conflict);
    QVERIFY(second->message().contains(QLatin1String("Hazel Primary School")));
    QCOMPARE(test::dumpContents(temp.db()), withOther);
}

void TestWorkGroupStore::enrolParticipantRefusals()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    const RecordId homeless = addPerson(temp.db(), QStringLiteral("Nora"), QStringLiteral("None"));
    const QString before = test::dumpContents(temp.db());
    WorkGroupStore store(temp.db());

    ParticipantEnrolment again;
    again.workGroupId = w.workGroupId;
    again.personId = w.personA1;
    auto error = test::storeErrorFrom([&] { store.enrolParticipant(again); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Duplicate);
    QVERIFY(error->message().contains(QLatin1String("Ann Ash")));

    ParticipantEnrolment noSchool;
    noSchool.workGroupId = w.workGroupId;
    noSchool.personId = homeless;
    error = test::storeErrorFrom([&] { store.enrolParticipant(noSchool); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("schoolId"));

    ParticipantEnrolment nobody;
    nobody.workGroupId = w.workGroupId;
    nobody.personId = 999;
    error = test::storeErrorFrom([&] { store.enrolParticipant(nobody); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QCOMPARE(error->field(), QStringLiteral("personId"));

    ParticipantEnrolment noGroup;
    noGroup.workGroupId = 999;
    noGroup.personId = homeless;
    noGroup.schoolId = w.schoolA;
    error = test::storeErrorFrom([&] { store.enrolParticipant(noGroup); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    ParticipantEnrolment backwards;
    backwards.workGroupId = w.workGroupId;
    backwards.personId = homeless;
    backwards.schoolId = w.schoolA;
    backwards.joinedOn = QDate(2024, 11, 1);
    backwards.leftOn = QDate(2024, 10, 31);
    error = test::storeErrorFrom([&] { store.enrolParticipant(backwards); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(error->field(), QStringLiteral("leftOn"));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::updateParticipantAndLeave()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    WorkGroupStore store(temp.db());
    ParticipantEnrolment p = *store.findParticipant(w.participantA2);
    const QDateTime created = p.createdAt;
    temp.clock().setNow(kLater);
    p.schoolId = w.schoolB; // moved to the other school of the group
    p.isLeadParticipant = true;
    p.role = QStringLiteral("Maths lead");
    p.joinedOn = QDate(2024, 9, 10);
    store.updateParticipant(p);
    ParticipantEnrolment found = *store.findParticipant(w.participantA2);
    QCOMPARE(found.schoolId, w.schoolB);
    QCOMPARE(found.isLeadParticipant, true);
    QCOMPARE(found.role, QStringLiteral("Maths lead"));
    QCOMPARE(found.joinedOn, QDate(2024, 9, 10));
    QCOMPARE(found.createdAt, created);
    QCOMPARE(found.updatedAt, kLater);

    const RecordId cedar = addSchool(temp.db(), 100003, QStringLiteral("Cedar Primary School"));
    const QString before = test::dumpContents(temp.db());
    auto error = test::storeErrorFrom([&] { store.leave(w.participantA2, QDate(2024, 9, 9)); });
    QVERIFY(error);
    QCOMPARE(error->field(), QStringLiteral("leftOn"));
    error = test::storeErrorFrom([&] { store.leave(w.participantA2, QDate()); });
    QVERIFY(error);
    QCOMPARE(error->field(), QStringLiteral("leftOn"));
    found.schoolId = cedar; // not in the Work Group
    error = test::storeErrorFrom([&] { store.updateParticipant(found); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QVERIFY(error->message().contains(QLatin1String("Cedar Primary School")));
    QCOMPARE(test::dumpContents(temp.db()), before);

    store.leave(w.participantA2, QDate(2025, 1, 31));
    QCOMPARE(store.findParticipant(w.participantA2)->leftOn, QDate(2025, 1, 31));
}

void TestWorkGroupStore::listingsOfSchoolsAndParticipants()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    addOtherGroup(temp.db(), w);
    WorkGroupStore store(temp.db());
    const QList<SchoolEnrolmentListing> schools = store.schools(w.workGroupId);
    QCOMPARE(schools.size(), 2);
    QCOMPARE(schools.at(0).schoolName, QStringLiteral("Alder Primary School"));
    QCOMPARE(schools.at(0).urn, *Urn::fromInt(100001));
    QCOMPARE(schools.at(0).phase, QStringLiteral("Primary"));
    QCOMPARE(schools.at(0).enrolment.joinedOn, QDate(2024, 9, 1));
    QCOMPARE(schools.at(1).schoolName, QStringLiteral("Birch Primary School"));

    // By school, then last name.
    const QList<ParticipantListing> people = store.participants(w.workGroupId);
    QCOMPARE(people.size(), 3);
    QCOMPARE(people.at(0).fullName(), QStringLiteral("Ann Ash"));
    QCOMPARE(people.at(0).email, QStringLiteral("ann.ash@example.org"));
    QCOMPARE(people.at(0).schoolName, QStringLiteral("Alder Primary School"));
    QCOMPARE(people.at(0).schoolUrn, *Urn::fromInt(100001));
    QCOMPARE(people.at(0).enrolment.id, w.participantA1);
    QCOMPARE(people.at(1).fullName(), QStringLiteral("Amy Aspen"));
    QCOMPARE(people.at(2).fullName(), QStringLiteral("Ben Beech"));
    QCOMPARE(people.at(2).schoolName, QStringLiteral("Birch Primary School"));
}

void TestWorkGroupStore::removeParticipantWithoutMarks()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroupStore store(temp.db());
    const QUuid uuid = store.findParticipant(w.participantA2)->uuid;
    store.removeParticipant(w.participantA2);
    QVERIFY(!store.findParticipant(w.participantA2));
    QVERIFY(PersonStore(temp.db()).find(w.personA2)); // the person stays
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("participant_enrolment")),
             QStringList(uuid.toString(QUuid::WithoutBraces)));
    const auto again = test::storeErrorFrom([&] { store.removeParticipant(w.participantA2); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::NotFound);
}

void TestWorkGroupStore::removeParticipantRefusedWithMarks()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceRecord mark;
    mark.sessionId = w.sessions.first();
    mark.participantId = w.participantA2;
    mark.mark = AttendanceMark::Apologies;
    AttendanceStore(temp.db()).setMark(mark);
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom(
        [&] { WorkGroupStore(temp.db()).removeParticipant(w.participantA2); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QVERIFY(error->message().contains(QLatin1String("TEST-01")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::removeSchoolEnrolmentRefusedWithParticipants()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroupStore store(temp.db());
    const RecordId enrolment = enrolmentOf(store, w.workGroupId, w.schoolB);
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { store.removeSchoolEnrolment(enrolment); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::removeSchoolEnrolmentWithoutParticipants()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroupStore store(temp.db());
    store.removeParticipant(w.participantB1);
    const RecordId enrolment = enrolmentOf(store, w.workGroupId, w.schoolB);
    const QUuid uuid = store.findSchoolEnrolment(enrolment)->uuid;
    store.removeSchoolEnrolment(enrolment);
    QVERIFY(!store.findSchoolEnrolment(enrolment));
    QCOMPARE(store.schools(w.workGroupId).size(), 1);
    QVERIFY(SchoolStore(temp.db()).find(w.schoolB)); // the school stays in the register
    QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("school_enrolment"), uuid));
}

void TestWorkGroupStore::removeSchoolEnrolmentRefusedWithVisits()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    WorkGroupStore store(temp.db());
    store.removeParticipant(w.participantB1);
    Session visit;
    visit.workGroupId = w.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    visit.visitSchoolId = w.schoolB;
    SessionStore(temp.db()).add(visit);
    const RecordId enrolment = enrolmentOf(store, w.workGroupId, w.schoolB);
    const QString before = test::dumpContents(temp.db());
    const auto error = test::storeErrorFrom([&] { store.removeSchoolEnrolment(enrolment); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QVERIFY(error->message().contains(QLatin1String("visits")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::removeWithoutAttendanceTakesEnrolmentsAndSessions()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const OtherGroup other = addOtherGroup(temp.db(), w);
    WorkGroupStore store(temp.db());
    const QUuid groupUuid = store.find(w.workGroupId)->uuid;
    QStringList enrolmentUuids;
    for (const SchoolEnrolmentListing &row : store.schools(w.workGroupId))
        enrolmentUuids << row.enrolment.uuid.toString(QUuid::WithoutBraces);
    QStringList participantUuids;
    for (const ParticipantListing &row : store.participants(w.workGroupId))
        participantUuids << row.enrolment.uuid.toString(QUuid::WithoutBraces);
    QStringList sessionUuids;
    for (const Session &s : SessionStore(temp.db()).list(w.workGroupId))
        sessionUuids << s.uuid.toString(QUuid::WithoutBraces);
    enrolmentUuids.sort();
    participantUuids.sort();
    sessionUuids.sort();

    store.remove(w.workGroupId);

    QVERIFY(!store.find(w.workGroupId));
    QVERIFY(store.schools(w.workGroupId).isEmpty());
    QVERIFY(store.participants(w.workGroupId).isEmpty());
    QVERIFY(SessionStore(temp.db()).list(w.workGroupId).isEmpty());
    QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("work_group"), groupUuid));
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("school_enrolment")), enrolmentUuids);
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("participant_enrolment")),
             participantUuids);
    QCOMPARE(test::tombstoneUuids(temp.db(), QStringLiteral("session")), sessionUuids);
    // People, schools and the other Work Group are untouched.
    QCOMPARE(PersonStore(temp.db()).count(), 4);
    QCOMPARE(SchoolStore(temp.db()).count(), 3);
    QCOMPARE(store.schools(other.workGroupId).size(), 1);
    QCOMPARE(store.participants(other.workGroupId).size(), 1);
}

void TestWorkGroupStore::removeRefusedWithAttendance()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceRecord mark;
    mark.sessionId = w.sessions.at(2);
    mark.participantId = w.participantB1;
    AttendanceStore(temp.db()).setMark(mark);
    const QString before = test::dumpContents(temp.db());
    const auto error
        = test::storeErrorFrom([&] { WorkGroupStore(temp.db()).remove(w.workGroupId); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::InUse);
    QVERIFY(error->message().contains(QLatin1String("TEST-01")));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestWorkGroupStore::overviewCountsAndFilters()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    addOtherGroup(temp.db(), w); // MN-02: planned, no register
    WorkGroupStore store(temp.db());
    const RecordId lead = addPerson(temp.db(), QStringLiteral("Lee"), QStringLiteral("Lead"));
    WorkGroup wg = *store.find(w.workGroupId);
    wg.leadPersonId = lead;
    store.update(wg);
    // Session 4 cancelled, one participant left, school B withdrawn.
    SessionStore(temp.db()).setStatus(w.sessions.at(3), SessionStatus::Cancelled);
    store.leave(w.participantA2, QDate(2024, 10, 31));
    store.withdrawSchool(enrolmentOf(store, w.workGroupId, w.schoolB), QDate(2024, 12, 1));
    // Session 1: Ann present, Amy apologies, Ben absent (held; 3 expected, 1 attended).
    AttendanceStore attendance(temp.db());
    for (const auto &[participant, code] : { qMakePair(w.participantA1, AttendanceMark::Present),
                                             qMakePair(w.participantA2, AttendanceMark::Apologies),
                                             qMakePair(w.participantB1, AttendanceMark::Absent) }) {
        AttendanceRecord mark;
        mark.sessionId = w.sessions.at(0);
        mark.participantId = participant;
        mark.mark = code;
        attendance.setMark(mark);
    }

    const QList<WorkGroupOverview> all = store.overview();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).workGroup.code, QStringLiteral("MN-02")); // same year: by code
    const WorkGroupOverview &row = all.at(1);
    QCOMPARE(row.workGroup.id, w.workGroupId);
    QCOMPARE(row.programmeCode, QStringLiteral("TFM-DEV"));
    QCOMPARE(row.programmeTitle, QStringLiteral("Teaching for Mastery Development Work Group"));
    QCOMPARE(row.academicYear, QStringLiteral("2024/25"));
    QCOMPARE(row.leadName, QStringLiteral("Lee Lead"));
    QCOMPARE(row.schools, 1); // B withdrawn
    QCOMPARE(row.participants, 2); // Amy left
    QCOMPARE(row.sessionsHeld, 1); // only session 1 has a register
    QCOMPARE(row.sessionsPlanned, 3); // four less the cancelled one
    QCOMPARE(row.marksExpected, 3);
    QCOMPARE(row.marksAttended, 1);
    QCOMPARE(row.attendanceRate(), 1.0 / 3.0);
    QCOMPARE(all.at(0).marksExpected, 0);
    QCOMPARE(all.at(0).attendanceRate(), -1.0);
    QCOMPARE(all.at(0).leadName, QString());

    auto codes = [&](const WorkGroupQuery &query) {
        QStringList result;
        for (const WorkGroupOverview &o : store.overview(query))
            result << o.workGroup.code;
        return result;
    };
    WorkGroupQuery query;
    query.programmeId = w.programmeId;
    QCOMPARE(codes(query), QStringList(QStringLiteral("TEST-01")));
    query = {};
    query.leadPersonId = lead;
    QCOMPARE(codes(query), QStringList(QStringLiteral("TEST-01")));
    query = {};
    query.status = WorkGroupStatus::Planned;
    QCOMPARE(codes(query), QStringList(QStringLiteral("MN-02")));
    query = {};
    query.academicYearId = AcademicYearStore(temp.db()).ensure(QStringLiteral("2023/24")).id;
    QVERIFY(codes(query).isEmpty());
    query.academicYearId = w.yearId;
    QCOMPARE(codes(query).size(), 2);
    query = {};
    query.text = QStringLiteral("mastering"); // programme title
    QCOMPARE(codes(query), QStringList(QStringLiteral("MN-02")));
    query.text = QStringLiteral("lee lea"); // the Lead's name
    QCOMPARE(codes(query), QStringList(QStringLiteral("TEST-01")));
    query.text = QStringLiteral("test-0"); // code
    QCOMPARE(codes(query), QStringList(QStringLiteral("TEST-01")));
}

void TestWorkGroupStore::attendanceCanBeCountedAfterTheRows()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    addOtherGroup(temp.db(), w); // MN-02: planned, no register
    WorkGroupStore store(temp.db());
    // Session 1: Ann present, Amy late, Ben absent; session 2: Ann apologies, the rest
    // unrecorded (still expected). Expected 6, attended 2.
    AttendanceStore attendance(temp.db());
    const QList<std::tuple<int, RecordId, AttendanceMark>> marks
        = { { 0, w.participantA1, AttendanceMark::Present },
            { 0, w.participantA2, AttendanceMark::Late },
            { 0, w.participantB1, AttendanceMark::Absent },
            { 1, w.participantA1, AttendanceMark::Apologies } };
    for (const auto &[session, participant, code] : marks) {
        AttendanceRecord mark;
        mark.sessionId = w.sessions.at(session);
        mark.participantId = participant;
        mark.mark = code;
        attendance.setMark(mark);
    }

    WorkGroupQuery query;
    query.withAttendance = false;
    const QList<WorkGroupOverview> rows = store.overview(query);
    QCOMPARE(rows.size(), 2);
    QList<RecordId> ids;
    for (const WorkGroupOverview &row : rows) {
        QVERIFY(!row.attendanceCounted);
        QCOMPARE(row.marksExpected, 0);
        ids << row.workGroup.id;
    }
    QCOMPARE(rows.at(1).workGroup.id, w.workGroupId);
    QCOMPARE(rows.at(1).sessionsHeld, 2); // the other figures come with the rows

    const QHash<RecordId, WorkGroupAttendance> counted = store.attendance(ids);
    QCOMPARE(counted.size(), 1); // MN-02 has no held session
    QCOMPARE(counted.value(w.workGroupId).expected, 6);
    QCOMPARE(counted.value(w.workGroupId).attended, 2);
    QVERIFY(store.attendance({}).isEmpty());
    // The same figures as the rows that come with their attendance.
    const QList<WorkGroupOverview> whole = store.overview();
    QVERIFY(whole.at(1).attendanceCounted);
    QCOMPARE(whole.at(1).marksExpected, 6);
    QCOMPARE(whole.at(1).marksAttended, 2);
    // Sorting by attendance needs it counted, whatever was asked.
    query.sortColumn = WorkGroupQuery::SortColumn::Attendance;
    query.descending = true;
    const QList<WorkGroupOverview> sorted = store.overview(query);
    QCOMPARE(sorted.at(0).workGroup.id, w.workGroupId);
    QVERIFY(sorted.at(0).attendanceCounted);
    QCOMPARE(sorted.at(0).marksAttended, 2);
    // Counting without the joins the search needs gives the same numbers.
    query = {};
    QCOMPARE(store.count(query), 2);
    query.academicYearId = w.yearId;
    QCOMPARE(store.count(query), 2);
    query.text = QStringLiteral("test-0");
    QCOMPARE(store.count(query), 1);
}

void TestWorkGroupStore::overviewSearchIsLiteral()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db(), 0);
    WorkGroupStore store(temp.db());
    for (const char *code : { "50%_x", "500 x", "O'Brien's group" }) {
        WorkGroup wg;
        wg.hubId = w.hubId;
        wg.programmeId = w.programmeId;
        wg.academicYearId = w.yearId;
        wg.code = QString::fromUtf8(code);
        store.add(wg);
    }
    auto codes = [&](const QString &text) {
        WorkGroupQuery query;
        query.text = text;
        QStringList result;
        for (const WorkGroupOverview &o : store.overview(query))
            result << o.workGroup.code;
        return result;
    };
    QCOMPARE(codes(QStringLiteral("O'Brien")), QStringList(QStringLiteral("O'Brien's group")));
    QCOMPARE(codes(QStringLiteral("50%_x")), QStringList(QStringLiteral("50%_x")));
    QCOMPARE(codes(QStringLiteral("%")), QStringList(QStringLiteral("50%_x")));
    QCOMPARE(codes(QStringLiteral("_")), QStringList(QStringLiteral("50%_x")));
    QVERIFY(codes(QStringLiteral("\\")).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkGroupStore)
#include "tst_workgroupstore.moc"
