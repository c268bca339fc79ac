// No lost update: every record carries a version, every change states the version it was based
// on, and a change based on a version someone else has written over since is refused with
// nothing written, on a file (two forms in one window) and on a server (two connections).
#include "TestSupport.h"
#include "database/Catalogue.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/RecordFields.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hubreg;

class TestRecordVersions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyRecordTableCarriesAVersion();
    void aChangeCountsTheVersionOn();
    void aStaleChangeIsRefusedAndTheirEditIsKept();
    void everyKindOfEditIsChecked();
    void aRegisterTakenMeanwhileRefusesASessionForm();
    void aDeletedRecordIsStillReportedGone();
    void aMarkIsRequiredAsLastKnown();
    void aHubFromBeforeVersionsStartsEveryRecordAtOne();
    void aMergeKeepsEachSidesOwnChangesAndAsksAboutTheRest();

private:
    // The first person's "window" is m_temp's connection; the other's is a second connection
    // on a server, and the same connection on a file (one program writes a file at a time).
    Database &mine() { return m_temp->db(); }
    Database &theirs() { return m_other ? *m_other : m_temp->db(); }

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<Database> m_other;
    test::SmallWorkGroup m_group;
};

void TestRecordVersions::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    m_group = test::buildSmallWorkGroup(mine());
    if (mine().isServer())
        m_other = Database::open(m_temp->path());
}

void TestRecordVersions::cleanup()
{
    m_other.reset();
    m_temp.reset();
}

void TestRecordVersions::everyRecordTableCarriesAVersion()
{
    int tables = 0;
    for (const QString &table : catalogue::tables(mine())) {
        const QStringList columns = catalogue::columns(mine(), table);
        if (!columns.contains(QLatin1String("uuid"))
            || !columns.contains(QLatin1String("updated_at")))
            continue;
        ++tables;
        QVERIFY2(columns.contains(QLatin1String("version")), qPrintable(table));
    }
    QCOMPARE(tables, 14);
}

void TestRecordVersions::aChangeCountsTheVersionOn()
{
    PersonStore people(mine());
    Person person = *people.find(m_group.personA1);
    QCOMPARE(person.version, 1);
    person.phone = QStringLiteral("0114 496 0100");
    people.update(person);
    QCOMPARE(person.version, 2); // the record handed back is the one now stored
    QCOMPARE(people.find(m_group.personA1)->version, 2);
    person.role = QStringLiteral("Maths lead");
    people.update(person); // based on what it wrote itself: not refused
    QCOMPARE(people.find(m_group.personA1)->version, 3);

    Person added;
    added.firstName = QStringLiteral("Tom");
    added.lastName = QStringLiteral("Teal");
    added.email = QStringLiteral("tom.teal@example.org");
    people.add(added);
    QCOMPARE(added.version, 1);
    QCOMPARE(people.find(added.id)->version, 1);
}

void TestRecordVersions::aStaleChangeIsRefusedAndTheirEditIsKept()
{
    // Both open the same person; they save first.
    Person mineBefore = *PersonStore(mine()).find(m_group.personA1);
    Person theirEdit = *PersonStore(theirs()).find(m_group.personA1);
    theirEdit.email = QStringLiteral("ann.ash@moved.example.org");
    PersonStore(theirs()).update(theirEdit);

    Person myEdit = mineBefore;
    myEdit.phone = QStringLiteral("0114 496 0200");
    try {
        PersonStore(mine()).update(myEdit);
        QFAIL("A change based on an old version was written");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Stale);
        QVERIFY2(error.message().contains(QStringLiteral("changed by someone else")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(mineBefore.fullName()));
    }
    QCOMPARE(myEdit.version, mineBefore.version); // the refused record is not counted on

    const Person stored = *PersonStore(mine()).find(m_group.personA1);
    QCOMPARE(stored.email, theirEdit.email);
    QCOMPARE(stored.phone, mineBefore.phone);
    QCOMPARE(stored.version, mineBefore.version + 1);

    // Based on what is stored now, the same change is written, and theirs stays.
    Person rebased = stored;
    rebased.phone = myEdit.phone;
    PersonStore(mine()).update(rebased);
    const Person both = *PersonStore(theirs()).find(m_group.personA1);
    QCOMPARE(both.email, theirEdit.email);
    QCOMPARE(both.phone, myEdit.phone);
    QCOMPARE(both.version, mineBefore.version + 2);
}

namespace {

// Reads a record twice, writes one copy with `change`, then the other: the second must be
// refused as stale, and leave the first's write as it was.
template<typename Read, typename Change, typename Write>
void expectSecondRefused(const char *kind, Read read, Change change, Write write)
{
    auto first = read();
    auto second = read();
    change(first);
    write(first);
    const auto written = read();
    change(second);
    try {
        write(second);
        QFAIL(qPrintable(QStringLiteral("%1: a stale change was written").arg(kind)));
    } catch (const StoreError &error) {
        QVERIFY2(error.kind() == StoreError::Kind::Stale,
                 qPrintable(QStringLiteral("%1: %2").arg(kind, error.message())));
    }
    QCOMPARE(read().version, written.version);
    QCOMPARE(read().updatedAt, written.updatedAt);
}

} // namespace

void TestRecordVersions::everyKindOfEditIsChecked()
{
    expectSecondRefused(
        "school", [&] { return *SchoolStore(mine()).find(m_group.schoolA); },
        [](School &s) { s.notes += QStringLiteral("x"); },
        [&](School &s) { SchoolStore(theirs()).update(s); });
    expectSecondRefused(
        "person", [&] { return *PersonStore(mine()).find(m_group.personB1); },
        [](Person &p) { p.notes += QStringLiteral("x"); },
        [&](Person &p) { PersonStore(theirs()).update(p); });
    expectSecondRefused(
        "Work Group", [&] { return *WorkGroupStore(mine()).find(m_group.workGroupId); },
        [](WorkGroup &w) { w.notes += QStringLiteral("x"); },
        [&](WorkGroup &w) { WorkGroupStore(theirs()).update(w); });
    expectSecondRefused(
        "session", [&] { return *SessionStore(mine()).find(m_group.sessions.last()); },
        [](Session &s) { s.notes += QStringLiteral("x"); },
        [&](Session &s) { SessionStore(theirs()).update(s); });
    expectSecondRefused(
        "programme", [&] { return *ProgrammeStore(mine()).find(m_group.programmeId); },
        [](Programme &p) { p.description += QStringLiteral("x"); },
        [&](Programme &p) { ProgrammeStore(theirs()).update(p); });
    expectSecondRefused(
        "hub", [&] { return *HubStore(mine()).find(m_group.hubId); },
        [](Hub &h) { h.phone += QStringLiteral("1"); },
        [&](Hub &h) { HubStore(theirs()).update(h); });
    expectSecondRefused(
        "school enrolment",
        [&] {
            const RecordId id
                = WorkGroupStore(mine()).schools(m_group.workGroupId).first().enrolment.id;
            return *WorkGroupStore(mine()).findSchoolEnrolment(id);
        },
        [](SchoolEnrolment &e) { e.notes += QStringLiteral("x"); },
        [&](SchoolEnrolment &e) { WorkGroupStore(theirs()).updateSchoolEnrolment(e); });
    expectSecondRefused(
        "participant",
        [&] { return *WorkGroupStore(mine()).findParticipant(m_group.participantB1); },
        [](ParticipantEnrolment &e) { e.role += QStringLiteral("x"); },
        [&](ParticipantEnrolment &e) { WorkGroupStore(theirs()).updateParticipant(e); });
    expectSecondRefused(
        "half term", [&] { return AcademicYearStore(mine()).halfTerms(m_group.yearId).first(); },
        [](HalfTerm &t) { t.endDate = t.endDate.addDays(-1); },
        [&](HalfTerm &t) { AcademicYearStore(theirs()).updateHalfTerm(t); });
}

void TestRecordVersions::aRegisterTakenMeanwhileRefusesASessionForm()
{
    // An administrator opens a planned session's form; meanwhile its Lead takes the register,
    // which records the session as held. Saving the form must not put it back to planned.
    const RecordId sessionId = m_group.sessions.last();
    Session form = *SessionStore(mine()).find(sessionId);
    QCOMPARE(form.status, SessionStatus::Planned);
    AttendanceRecord mark;
    mark.sessionId = sessionId;
    mark.participantId = m_group.participantA1;
    mark.mark = AttendanceMark::Present;
    AttendanceStore(theirs()).setMark(mark);
    QCOMPARE(SessionStore(mine()).find(sessionId)->status, SessionStatus::Held);

    form.venue = QStringLiteral("Room 4");
    QVERIFY_THROWS_EXCEPTION(StoreError, SessionStore(mine()).update(form));
    const Session stored = *SessionStore(mine()).find(sessionId);
    QCOMPARE(stored.status, SessionStatus::Held);
    QVERIFY(stored.venue != form.venue);
}

void TestRecordVersions::aDeletedRecordIsStillReportedGone()
{
    Person person;
    person.firstName = QStringLiteral("Gus");
    person.lastName = QStringLiteral("Gone");
    PersonStore(mine()).add(person);
    Person form = person;
    PersonStore(theirs()).erase(person.id);
    form.phone = QStringLiteral("0114 496 0300");
    try {
        PersonStore(mine()).update(form);
        QFAIL("A change to a deleted person was reported written");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    }
}

void TestRecordVersions::aMarkIsRequiredAsLastKnown()
{
    const RecordId session = m_group.sessions.first();
    const RecordId participant = m_group.participantA1;
    const auto refused = [&](const KnownMark &known) {
        try {
            Transaction transaction(mine());
            AttendanceStore(mine()).requireMark(session, participant, known);
            transaction.commit();
            return false;
        } catch (const StoreError &error) {
            return error.kind() == StoreError::Kind::Stale;
        }
    };
    // No mark, known as none: allowed; known as a mark: refused.
    QVERIFY(!refused(KnownMark()));
    AttendanceRecord mark;
    mark.sessionId = session;
    mark.participantId = participant;
    mark.mark = AttendanceMark::Late;
    mark = AttendanceStore(mine()).setMark(mark);
    QVERIFY(!refused(KnownMark::of(mark)));
    QVERIFY(refused(KnownMark()));

    // Someone else changes it: the version known before is refused, theirs allowed.
    AttendanceRecord their = *AttendanceStore(theirs()).find(session, participant);
    their.mark = AttendanceMark::Absent;
    their = AttendanceStore(theirs()).setMark(their);
    QCOMPARE(their.version, mark.version + 1);
    QVERIFY(refused(KnownMark::of(mark)));
    QVERIFY(!refused(KnownMark::of(their)));

    // Cleared and made again: the same version of a new mark is not the one known.
    AttendanceStore(theirs()).clearMark(session, participant);
    QVERIFY(refused(KnownMark::of(their)));
    AttendanceRecord again = their;
    again.uuid = QUuid();
    again = AttendanceStore(theirs()).setMark(again);
    QCOMPARE(again.version, 1);
    QVERIFY(refused(KnownMark { mark.uuid, 1 }));
    QVERIFY(!refused(KnownMark::of(again)));
    // Checking wrote nothing.
    QCOMPARE(AttendanceStore(mine()).find(session, participant)->version, 1);
}

void TestRecordVersions::aHubFromBeforeVersionsStartsEveryRecordAtOne()
{
    if (mine().isServer())
        QSKIP("The upgrade of a server's hub from schema 3 is tst_serverupgrade's");
    // tests/data/schema-v1.sqlite holds a demo hub from schema version 1.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Database::open(path);
    for (const QString &table :
         { QStringLiteral("schools"), QStringLiteral("people"), QStringLiteral("work_groups"),
           QStringLiteral("sessions"), QStringLiteral("attendance_marks") }) {
        SqlQuery versions(
            *db, QStringLiteral("SELECT min(version), max(version), count(*) FROM %1").arg(table));
        versions.exec();
        QVERIFY(versions.next());
        QCOMPARE(versions.value(0).toInt(), 1);
        QCOMPARE(versions.value(1).toInt(), 1);
        QVERIFY(versions.value(2).toInt() > 0);
    }
    // A form filled from the upgraded file saves.
    Person person = PersonStore(*db).list().first();
    person.notes = QStringLiteral("Checked after the upgrade");
    PersonStore(*db).update(person);
    QCOMPARE(PersonStore(*db).find(person.id)->version, 2);
}

void TestRecordVersions::aMergeKeepsEachSidesOwnChangesAndAsksAboutTheRest()
{
    const Person before = *PersonStore(mine()).find(m_group.personA1);
    Person their = before;
    their.phone = QStringLiteral("0114 496 0600"); // only they changed it
    their.role = QStringLiteral("Deputy head"); // both did, differently
    their.notes = QStringLiteral("Same words"); // both did, the same
    PersonStore(theirs()).update(their);
    Person yours = before;
    yours.role = QStringLiteral("Maths lead");
    yours.notes = QStringLiteral("Same words");
    yours.schoolId = m_group.schoolB; // only this edit changed these two
    yours.isMasterySpecialist = !before.isMasterySpecialist;

    RecordMerge<Person> merge(recordfields::person(mine()), before, their, yours);
    QStringList labels;
    for (const FieldMerge::Row &row : merge.rows())
        labels << row.label;
    QCOMPARE(
        labels,
        QStringList({ QStringLiteral("Phone"), QStringLiteral("Role"), QStringLiteral("School"),
                      QStringLiteral("Mastery Specialist"), QStringLiteral("Notes") }));
    QCOMPARE(merge.conflicts(), 1);
    const FieldMerge::Row &role = merge.rows().at(1);
    QVERIFY(role.conflict);
    QCOMPARE(role.before, before.role);
    QCOMPARE(role.theirs, their.role);
    QCOMPARE(role.yours, yours.role);
    const School schoolB = *SchoolStore(mine()).find(m_group.schoolB);
    QCOMPARE(merge.rows().at(2).yours,
             QStringLiteral("%1 (URN %2)").arg(schoolB.name, schoolB.urn.toString()));

    // Undecided, the conflict keeps theirs; each side's own change is kept either way.
    Person result = merge.result();
    QCOMPARE(result.phone, their.phone);
    QCOMPARE(result.role, their.role);
    QCOMPARE(result.schoolId, m_group.schoolB);
    QCOMPARE(result.isMasterySpecialist, yours.isMasterySpecialist);
    QCOMPARE(result.notes, QStringLiteral("Same words"));
    QCOMPARE(result.version, their.version); // based on what is stored now
    merge.choose(0, true); // not a conflict: not the person's to decide
    QCOMPARE(merge.result().phone, their.phone);
    merge.choose(1, true);
    result = merge.result();
    QCOMPARE(result.role, yours.role);
    QCOMPARE(result.phone, their.phone);

    PersonStore(mine()).update(result); // written over their version, so not refused
    const Person stored = *PersonStore(theirs()).find(m_group.personA1);
    QCOMPARE(stored.role, yours.role);
    QCOMPARE(stored.phone, their.phone);
    QCOMPARE(stored.schoolId, m_group.schoolB);
}

QTEST_MAIN(TestRecordVersions)
#include "tst_recordversions.moc"
