// Erasure that keeps the counts: a person's personal data goes everywhere (their record, the
// notes on their marks, their role, their name in colleagues' marks, notes, settings and
// import mappings), their places and marks stay as an anonymous participant of the same school,
// every figure and return is as before, and no byte of them is left in the file.
#include "FigureSnapshot.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"
#include "database/Migrator.h"
#include "demo/DemoHub.h"
#include "history/AuditTrail.h"
#include "privacy/Erasure.h"
#include "records/AttendanceStore.h"
#include "records/ImportMappingStore.h"
#include "records/PersonStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

namespace {

const QString kFirst = QStringLiteral("Oriel");
const QString kLast = QStringLiteral("Quexley");
const QString kEmail = QStringLiteral("oriel.quexley@zzschool.example");
const QString kTrn = QStringLiteral("9876543");

// The demo hub, with one of its people in two Work Groups renamed to someone unmistakable and
// named in every kind of place outside their own record.
struct Scenario
{
    RecordId personId = 0;
    RecordId colleagueMark = 0;
    RecordId otherPersonId = 0;
    QList<RecordId> enrolments;
};

Scenario buildScenario(Database &db)
{
    DemoHub::create(db, db.clock().today());
    Scenario s;
    // Someone with marks whose school is in a second Work Group with held sessions: they join
    // it too and are marked present there.
    SqlQuery pick(
        db,
        QStringLiteral("SELECT p.person_id, e.work_group_id FROM work_group_participants p "
                       "JOIN work_group_schools e ON e.school_id = p.school_id AND "
                       "e.work_group_id <> p.work_group_id WHERE EXISTS (SELECT 1 FROM "
                       "attendance_marks m WHERE m.participant_id = p.id) AND EXISTS (SELECT 1 "
                       "FROM sessions h WHERE h.work_group_id = e.work_group_id AND h.status = "
                       "'held' AND h.kind <> 'school_visit') ORDER BY p.id LIMIT 1"));
    pick.exec();
    if (!pick.next())
        return s;
    s.personId = pick.value(0).toLongLong();
    const RecordId secondGroup = pick.value(1).toLongLong();
    ParticipantEnrolment second;
    second.workGroupId = secondGroup;
    second.personId = s.personId;
    const RecordId secondPlace = WorkGroupStore(db).enrolParticipant(second).id;
    for (qint64 session : test::idsOf(db,
                                      QStringLiteral("SELECT id FROM sessions WHERE "
                                                     "work_group_id = %1 AND status = 'held' "
                                                     "AND kind <> 'school_visit'")
                                          .arg(secondGroup))) {
        AttendanceRecord present;
        present.sessionId = session;
        present.participantId = secondPlace;
        AttendanceStore(db).setMark(present);
    }
    PersonStore people(db);
    Person person = *people.find(s.personId);
    person.firstName = kFirst;
    person.lastName = kLast;
    person.email = kEmail;
    person.trn = kTrn;
    person.phone = QStringLiteral("07700 900461");
    person.role = QStringLiteral("Maths lead");
    person.notes = QStringLiteral("Prefers afternoon sessions.");
    people.update(person);
    s.enrolments = test::idsOf(db,
                               QStringLiteral("SELECT id FROM work_group_participants WHERE "
                                              "person_id = %1 ORDER BY id")
                                   .arg(s.personId));

    AttendanceStore attendance(db);
    // A note on one of their own marks.
    SqlQuery own(db,
                 QStringLiteral("SELECT session_id, participant_id, mark FROM attendance_marks "
                                "WHERE participant_id = :p ORDER BY id LIMIT 1"));
    own.bind(QStringLiteral(":p"), s.enrolments.first()).exec();
    own.next();
    AttendanceRecord mine = *attendance.find(own.value(0).toLongLong(), own.value(1).toLongLong());
    mine.note = QStringLiteral("Oriel Quexley came with a colleague from the same school.");
    attendance.setMark(mine);

    // A colleague's mark giving them as the substitute.
    SqlQuery colleague(db,
                       QStringLiteral("SELECT m.id, m.session_id, m.participant_id FROM "
                                      "attendance_marks m JOIN work_group_participants p ON "
                                      "p.id = m.participant_id WHERE p.person_id <> :person "
                                      "ORDER BY m.id LIMIT 1"));
    colleague.bind(QStringLiteral(":person"), s.personId).exec();
    colleague.next();
    s.colleagueMark = colleague.value(0).toLongLong();
    AttendanceRecord theirs
        = *attendance.find(colleague.value(1).toLongLong(), colleague.value(2).toLongLong());
    theirs.mark = AttendanceMark::Substitute;
    theirs.substituteName = QStringLiteral("oriel  QUEXLEY");
    attendance.setMark(theirs);

    // Someone else's notes, a Work Group's notes, a setting and an import mapping.
    SqlQuery other(db, QStringLiteral("SELECT id FROM people WHERE id <> :id ORDER BY id LIMIT 1"));
    other.bind(QStringLiteral(":id"), s.personId);
    s.otherPersonId = other.scalar().toLongLong();
    Person otherPerson = *people.find(s.otherPersonId);
    otherPerson.notes = QStringLiteral("Plans with Quexley, Oriel each half term.");
    people.update(otherPerson);
    WorkGroupStore groups(db);
    WorkGroup group = *groups.find(test::idsOf(db,
                                               QStringLiteral("SELECT id FROM work_groups "
                                                              "ORDER BY id"))
                                       .last());
    group.notes = QStringLiteral("Ask %1 (TRN %2) about the venue.").arg(kEmail, kTrn);
    groups.update(group);
    db.setSetting(QStringLiteral("register/recorder"), QStringLiteral("Oriel Quexley"));
    ImportMapping mapping;
    mapping.kind = QStringLiteral("participants");
    mapping.name = QStringLiteral("Form from Oriel Quexley");
    mapping.columns.insert(QStringLiteral("email"), QStringLiteral("Email"));
    ImportMappingStore(db).save(mapping);
    return s;
}

QByteArray lowered(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return bytes;
}

// What a reader of the raw file finds of them: every part, in either case, in UTF-8 or UTF-16.
QStringList traces(const QString &path)
{
    QByteArray bytes = test::fileBytes(path);
    if (QFile::exists(path + QStringLiteral("-wal")))
        bytes += test::fileBytes(path + QStringLiteral("-wal"));
    bytes = lowered(bytes);
    QStringList found;
    for (const QString &part : { kFirst + kLast, kLast, kEmail, kTrn, QStringLiteral("900461") }) {
        const QByteArray utf8 = lowered(part.toUtf8());
        QByteArray utf16;
        for (QChar c : part.toLower()) {
            utf16 += c.toLatin1();
            utf16 += '\0';
        }
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << part;
    }
    return found;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void everyFigureAndReturnIsUnchanged();
    void personalDataGoesEverywhere();
    void noByteOfThemRemainsInTheFile();
    void freedSpaceIsClearedEvenWithoutSecureDelete();
    void confirmationSaysWhatGoesAndWhatStays();
    void aLeadIsErasedAndTheirGroupsKeepWorking();
    void someoneHeldNowhereElseIsRemoved();
    void anErasedPersonTakesNoPersonalDataAgain();
    void cancelledErasureChangesNothing();
    void schemaUpgradeAddsErasureAndRetention();
};

void TestErasure::everyFigureAndReturnIsUnchanged()
{
    test::TempDatabase temp;
    const Scenario s = buildScenario(temp.db());
    QVERIFY(s.personId > 0);
    const QStringList figuresBefore = test::figureSnapshot(temp.db());
    const QStringList returnsBefore = test::returnSnapshot(temp.db(), true);
    const QStringList fullBefore = test::returnSnapshot(temp.db(), false);
    QVERIFY(figuresBefore.size() > 100);
    QVERIFY(fullBefore.join(QLatin1Char('\n')).contains(kEmail));

    const auto outcome = Erasure(temp.db()).erase({ s.personId });
    QVERIFY(outcome);

    QCOMPARE(test::figureSnapshot(temp.db()), figuresBefore);
    QCOMPARE(test::returnSnapshot(temp.db(), true), returnsBefore);
    // The returns show the label in their place, with no email or TRN.
    const QString label = outcome->plan.people.first().label;
    QVERIFY(label.startsWith(QLatin1String("Erased participant ")));
    const QString fullAfter = test::returnSnapshot(temp.db(), false).join(QLatin1Char('\n'));
    QVERIFY(fullAfter.contains(QStringLiteral("participant_name=") + label));
    for (const QString &gone : { kEmail, kTrn, kLast })
        QVERIFY2(!fullAfter.contains(gone), qPrintable(gone));
    int rowsWithLabel = 0;
    for (const QString &row : test::returnSnapshot(temp.db(), false)) {
        if (row.startsWith(QLatin1String("participants|"))
            && row.contains(QStringLiteral("|participant_name=") + label + QLatin1Char('|'))) {
            ++rowsWithLabel;
            QVERIFY(row.contains(QLatin1String("|email=|")));
            QVERIFY(row.contains(QLatin1String("|trn=|")));
        }
    }
    QCOMPARE(rowsWithLabel, s.enrolments.size());
}

void TestErasure::personalDataGoesEverywhere()
{
    test::TempDatabase temp;
    const Scenario s = buildScenario(temp.db());
    QVERIFY(s.personId > 0);
    const int marksBefore = test::rowCount(temp.db(), QStringLiteral("attendance_marks"));
    const auto outcome = Erasure(temp.db()).erase({ s.personId });
    QVERIFY(outcome);
    const QString label = outcome->plan.people.first().label;

    const Person erased = *PersonStore(temp.db()).find(s.personId);
    QVERIFY(erased.isErased());
    QCOMPARE(erased.erasedAt, temp.clock().nowUtc());
    QCOMPARE(erased.fullName(), label);
    for (const QString &field : { erased.firstName, erased.email, erased.trn, erased.phone,
                                  erased.role, erased.yearGroup, erased.notes })
        QCOMPARE(field, QString());
    QVERIFY(erased.schoolId > 0);
    QCOMPARE(erased.uuid, PersonStore(temp.db()).find(s.personId)->uuid);

    // Places and marks are all still there; roles and notes on their marks are not.
    QCOMPARE(test::rowCount(temp.db(), QStringLiteral("attendance_marks")), marksBefore);
    QCOMPARE(test::idsOf(temp.db(),
                         QStringLiteral("SELECT id FROM work_group_participants "
                                        "WHERE person_id = %1 ORDER BY id")
                             .arg(s.personId)),
             s.enrolments);
    SqlQuery leftovers(temp.db(),
                       QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN "
                                      "work_group_participants p ON p.id = m.participant_id WHERE "
                                      "p.person_id = :id AND m.note <> ''"));
    leftovers.bind(QStringLiteral(":id"), s.personId);
    QCOMPARE(leftovers.scalar().toInt(), 0);

    // Elsewhere their name is the label; everything else in those texts stays.
    SqlQuery substitute(temp.db(),
                        QStringLiteral("SELECT mark, substitute_name FROM "
                                       "attendance_marks WHERE id = :id"));
    substitute.bind(QStringLiteral(":id"), s.colleagueMark).exec();
    QVERIFY(substitute.next());
    QCOMPARE(substitute.value(0).toString(), QStringLiteral("S"));
    QCOMPARE(substitute.value(1).toString(), label);
    QCOMPARE(PersonStore(temp.db()).find(s.otherPersonId)->notes,
             QStringLiteral("Plans with %1 each half term.").arg(label));
    QCOMPARE(temp.db().setting(QStringLiteral("register/recorder")), label);
    SqlQuery mapping(temp.db(), QStringLiteral("SELECT name FROM import_mappings"));
    QCOMPARE(mapping.scalar().toString(), QStringLiteral("Form from %1").arg(label));
    SqlQuery notes(temp.db(), QStringLiteral("SELECT notes FROM work_groups ORDER BY id DESC"));
    QCOMPARE(notes.scalar().toString(),
             QStringLiteral("Ask %1 (TRN %1) about the venue.").arg(label));

    // Nothing held anywhere still says who they were.
    const QString everything = test::dumpContents(temp.db());
    for (const QString &personal : { kLast, kEmail, kTrn, QStringLiteral("07700 900461") })
        QVERIFY2(!everything.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
    // The person was not deleted: no tombstone for them.
    QVERIFY(!test::hasTombstone(temp.db(), QStringLiteral("person"), erased.uuid));
}

void TestErasure::noByteOfThemRemainsInTheFile()
{
    test::TempDatabase temp;
    if (temp.db().isServer())
        QSKIP("About the bytes of the file; a server's files are its administrator's.");
    const Scenario s = buildScenario(temp.db());
    QVERIFY(s.personId > 0);
    // Before: in the WAL and the file both, and in space freed by earlier edits.
    QVERIFY(!traces(temp.path()).isEmpty());
    Person person = *PersonStore(temp.db()).find(s.personId);
    for (int i = 0; i < 5; ++i) {
        person.notes = QStringLiteral("Edited %1 times by %2 %3").arg(i).arg(kFirst, kLast);
        PersonStore(temp.db()).update(person);
    }
    temp.db().checkpoint();
    QVERIFY(!traces(temp.path()).isEmpty());
    person.notes = QStringLiteral("Last edit by %1 %2, left in the WAL").arg(kFirst, kLast);
    PersonStore(temp.db()).update(person);

    const auto outcome = Erasure(temp.db()).erase({ s.personId });
    QVERIFY(outcome);
    QVERIFY2(outcome->residue.clean(), qPrintable(outcome->residue.summary()));
    QVERIFY(outcome->residue.checkpointed);
    QCOMPARE(traces(temp.path()), QStringList());
    QCOMPARE(QFileInfo(temp.path() + QStringLiteral("-wal")).size(), 0);
    // And so it stays once the file is closed and opened again.
    temp.reopen();
    QCOMPARE(traces(temp.path()), QStringList());
}

void TestErasure::freedSpaceIsClearedEvenWithoutSecureDelete()
{
    test::TempDatabase temp;
    if (temp.db().isServer())
        QSKIP("About the bytes of the file; a server's files are its administrator's.");
    const Scenario s = buildScenario(temp.db());
    QVERIFY(s.personId > 0);
    temp.db().checkpoint();
    // As a file edited by another SQLite program might be: freed space keeps what it held.
    test::execDirect(temp.db(), QStringLiteral("PRAGMA secure_delete = OFF"));
    const auto outcome = Erasure(temp.db()).erase({ s.personId });
    QVERIFY(outcome);
    QVERIFY(outcome->residue.vacuumed);
    QVERIFY2(outcome->residue.clean(), qPrintable(outcome->residue.summary()));
    QCOMPARE(traces(temp.path()), QStringList());
    QVERIFY(outcome->residue.summary().contains(QLatin1String("rebuilt")));
}

void TestErasure::confirmationSaysWhatGoesAndWhatStays()
{
    test::TempDatabase temp;
    const Scenario s = buildScenario(temp.db());
    QVERIFY(s.personId > 0);
    const QString before = test::dumpContents(temp.db());
    const ErasurePlan plan = Erasure(temp.db()).plan({ s.personId });
    QCOMPARE(test::dumpContents(temp.db()), before); // a plan changes nothing

    QCOMPARE(plan.people.size(), 1);
    const ErasureSubject &subject = plan.people.first();
    QCOMPARE(subject.name, kFirst + QLatin1Char(' ') + kLast);
    QCOMPARE(subject.enrolments, s.enrolments.size());
    QVERIFY(subject.marks > 0);
    SqlQuery notes(temp.db(),
                   QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN "
                                  "work_group_participants p ON p.id = "
                                  "m.participant_id WHERE p.person_id = :id AND "
                                  "m.note <> ''"));
    notes.bind(QStringLiteral(":id"), s.personId);
    const int noted = notes.scalar().toInt();
    QVERIFY(noted >= 1);
    QCOMPARE(subject.notesOnMarks, noted);
    QCOMPARE(plan.substituteNames(), 1);
    // A setting, another person's notes, a Work Group's notes and an import mapping.
    QCOMPARE(plan.mentions.size() - plan.substituteNames(), 4);

    const QString goes = plan.goes().join(QLatin1Char('\n'));
    QVERIFY(goes.contains(QLatin1String("Their name, email, phone, TRN")));
    QVERIFY(
        goes.contains(QStringLiteral("The notes on %1 of their attendance mark(s).").arg(noted)));
    QVERIFY(goes.contains(QLatin1String("substitute on 1 colleague's mark(s)")));
    QVERIFY(goes.contains(QLatin1String("in 4 other place(s)")));
    QVERIFY2(goes.contains(QStringLiteral("the setting “register/recorder”")), qPrintable(goes));
    QVERIFY(goes.contains(QLatin1String("the saved import mapping")));
    QVERIFY(goes.contains(QLatin1String("the notes on another person's record")));
    const QString stays = plan.stays().join(QLatin1Char('\n'));
    QVERIFY(
        stays.contains(QStringLiteral("Their %1 place(s) in Work Groups and %2 attendance mark(s)")
                           .arg(subject.enrolments)
                           .arg(subject.marks)));
    QVERIFY(stays.contains(subject.label));
    QVERIFY(stays.contains(QLatin1String("(URN ")));
    QVERIFY(stays.contains(QLatin1String("every return stay as they are")));
    QVERIFY(stays.contains(QLatin1String("backups")));
}

void TestErasure::aLeadIsErasedAndTheirGroupsKeepWorking()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    Person lead;
    lead.firstName = QStringLiteral("Lee");
    lead.lastName = QStringLiteral("Lindqvist");
    lead.email = QStringLiteral("lee.lindqvist@hub.example.org");
    lead.isWorkGroupLead = true;
    PersonStore people(temp.db());
    people.add(lead);
    WorkGroupStore groups(temp.db());
    WorkGroup group = *groups.find(w.workGroupId);
    group.leadPersonId = lead.id;
    groups.update(group);

    const auto outcome = Erasure(temp.db()).erase({ lead.id });
    QVERIFY(outcome);
    QCOMPARE(outcome->plan.people.first().label, QStringLiteral("Erased Lead 1"));
    QCOMPARE(groups.find(w.workGroupId)->leadPersonId, lead.id);
    QCOMPARE(people.find(lead.id)->fullName(), QStringLiteral("Erased Lead 1"));
    QVERIFY(people.find(lead.id)->isWorkGroupLead);
    // The group still takes its register, and can be given another Lead.
    AttendanceRecord mark;
    mark.sessionId = w.sessions.first();
    mark.participantId = w.participantA1;
    AttendanceStore(temp.db()).setMark(mark);
    group = *groups.find(w.workGroupId);
    group.leadPersonId = w.personB1;
    groups.update(group);
    QCOMPARE(groups.find(w.workGroupId)->leadPersonId, w.personB1);
    QVERIFY(!test::dumpContents(temp.db()).contains(QLatin1String("Lindqvist")));
}

void TestErasure::someoneHeldNowhereElseIsRemoved()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    Person loose;
    loose.firstName = QStringLiteral("Nell");
    loose.lastName = QStringLiteral("Nowhere");
    PersonStore(temp.db()).add(loose);
    const ErasurePlan plan = Erasure(temp.db()).plan({ loose.id });
    QVERIFY(plan.people.first().removedEntirely);
    QVERIFY(plan.people.first().label.isEmpty());
    QVERIFY(plan.goes().join(QLatin1Char(' ')).contains(QLatin1String("Their record itself")));
    QVERIFY(Erasure(temp.db()).erase({ loose.id }));
    QVERIFY(!PersonStore(temp.db()).find(loose.id));
    QVERIFY(test::hasTombstone(temp.db(), QStringLiteral("person"), loose.uuid));
    // The next erased person is still number 1: nobody was labelled.
    SqlQuery ann(temp.db(), QStringLiteral("SELECT id FROM people WHERE last_name = 'Ash'"));
    const auto outcome = Erasure(temp.db()).erase({ ann.scalar().toLongLong() });
    QCOMPARE(outcome->plan.people.first().label, QStringLiteral("Erased participant 1"));
}

void TestErasure::anErasedPersonTakesNoPersonalDataAgain()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    QVERIFY(Erasure(temp.db()).erase({ w.personA1 }));
    PersonStore people(temp.db());
    Person erased = *people.find(w.personA1);
    erased.email = QStringLiteral("back@example.org");
    const auto error = test::storeErrorFrom([&] { people.update(erased); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QVERIFY(error->message().contains(QLatin1String("was erased on 01/10/2024")));
    // The file itself refuses it too, whoever writes.
    const auto direct = test::storeErrorFrom([&] {
        test::execDirect(temp.db(),
                         QStringLiteral("UPDATE people SET email = 'x@y.org' WHERE "
                                        "erased_at IS NOT NULL"));
    });
    QVERIFY(direct);
    // Erased people are left out of lists unless asked for.
    PersonQuery everyone;
    everyone.includeErased = true;
    QCOMPARE(people.count(), 2);
    QCOMPARE(people.count(everyone), 3);
    const auto again = test::storeErrorFrom([&] { Erasure(temp.db()).erase({ w.personA1 }); });
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::Conflict);
}

void TestErasure::cancelledErasureChangesNothing()
{
    test::TempDatabase temp;
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    const QString before = test::dumpContents(temp.db());
    ErasureControl control;
    int calls = 0;
    control.progress = [&calls](int, int) { ++calls; };
    control.cancelRequested = [&calls] { return calls >= 2; };
    QVERIFY(!Erasure(temp.db()).erase({ w.personA1, w.personA2 }, control));
    QCOMPARE(test::dumpContents(temp.db()), before);
}

void TestErasure::schemaUpgradeAddsErasureAndRetention()
{
    test::TempDatabase temp;
    if (temp.db().isServer())
        QSKIP("Builds a version-2 file by hand, with SQLite's own triggers.");
    const test::SmallWorkGroup w = test::buildSmallWorkGroup(temp.db());
    AttendanceRecord mark;
    mark.sessionId = w.sessions.first();
    mark.participantId = w.participantA1;
    mark.note = QStringLiteral("Ann's note");
    AttendanceStore(temp.db()).setMark(mark);
    // Back to the schema before this one, as HubRegister left files before erasure kept the
    // counts.
    int version = 0;
    for (const QString &file : Migrator::migrationFiles()) {
        ++version;
        if (file.endsWith(QLatin1String("_personal_data.sql")))
            break;
    }
    QVERIFY(version >= 3);
    // As when an old file is opened: its upgrades run before the trail's triggers are made,
    // which name today's columns.
    AuditTrail::stopRecording(temp.db());
    for (const char *sql :
         { "DROP TRIGGER attendance_marks_not_cancelled_update",
           "CREATE TRIGGER attendance_marks_not_cancelled_update BEFORE UPDATE ON "
           "attendance_marks WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = "
           "'cancelled' BEGIN SELECT RAISE(ABORT, 'A cancelled session takes no attendance "
           "marks.'); END",
           "DROP INDEX people_erased", "ALTER TABLE people DROP COLUMN erased_at",
           "ALTER TABLE hubs DROP COLUMN retention_years" })
        execSql(temp.db(), QString::fromLatin1(sql));
    execSql(temp.db(), QStringLiteral("PRAGMA user_version = %1").arg(version - 1));
    const QString before = test::dumpContents(temp.db());
    // This upgrade alone: later ones' changes are still in the file.
    Migrator(temp.db()).migrate(version - 1, version);
    QCOMPARE(temp.db().schemaVersion(), version);
    SqlQuery years(temp.db(), QStringLiteral("SELECT retention_years FROM hubs"));
    QCOMPARE(years.scalar().toInt(), 6);
    SqlQuery named(temp.db(),
                   QStringLiteral("SELECT count(*) FROM people WHERE erased_at IS NULL"));
    QCOMPARE(named.scalar().toInt(), 3);
    // Every record of the older schema is still there.
    QString after = test::dumpContents(temp.db(), {});
    QCOMPARE(after.count(QLatin1Char('\n')), before.count(QLatin1Char('\n')));

    // A cancelled session's marks keep their codes, but their notes can be cleared.
    execSql(temp.db(),
            QStringLiteral("UPDATE sessions SET status = 'cancelled' WHERE id = %1")
                .arg(w.sessions.first()));
    QVERIFY(test::storeErrorFrom(
        [&] { execSql(temp.db(), QStringLiteral("UPDATE attendance_marks SET mark = 'X'")); }));
    QVERIFY(Erasure(temp.db()).erase({ w.personA1 }));
    SqlQuery note(temp.db(), QStringLiteral("SELECT note, mark FROM attendance_marks"));
    note.exec();
    QVERIFY(note.next());
    QCOMPARE(note.value(0).toString(), QString());
    QCOMPARE(note.value(1).toString(), QStringLiteral("P"));

    // The oldest files, of schema 1, gain the same.
    const QString v1 = temp.folder() + QStringLiteral("/v1.sqlite");
    QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("schema-v1.sqlite")), v1));
    QFile::setPermissions(v1, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto old = Database::open(v1);
    SqlQuery columns(*old,
                     QStringLiteral("SELECT count(*) FROM pragma_table_info('people') WHERE "
                                    "name = 'erased_at'"));
    QCOMPARE(columns.scalar().toInt(), 1);
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
