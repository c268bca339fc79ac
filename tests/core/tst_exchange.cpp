#include "ExchangeTestHelpers.h"
#include "StoreTestHelpers.h"
#include "database/Migrator.h"
#include "exchange/ExchangeBook.h"
#include "records/SchoolStore.h"

#include <QFileInfo>
#include <QTest>

using namespace hubreg;
using namespace hubreg::test;

namespace {

const QStringList kLenasGroups { QStringLiteral("TEST-01"), QStringLiteral("TEST-02") };

Session sessionIn(Database &db, RecordId id)
{
    return *SessionStore(db).find(id);
}

void setMark(Database &db, RecordId session, RecordId participant, AttendanceMark mark,
             const QString &note = {}, const QString &substitute = {})
{
    AttendanceRecord record;
    record.sessionId = session;
    record.participantId = participant;
    record.mark = mark;
    record.note = note;
    record.substituteName = substitute;
    record.recordedBy = QStringLiteral("Tester");
    AttendanceStore(db).setMark(record);
}

QString markOf(Database &db, RecordId session, RecordId participant)
{
    const auto mark = AttendanceStore(db).find(session, participant);
    return mark ? QString(codeOf(mark->mark)) : QString();
}

} // namespace

// The exchange between a hub's file and a Lead's copy, with real files on both sides: the first
// pack makes the copy, offline edits on both sides come back and merge field by field, conflicts
// are decided, deletions travel, and both sides end with the same records.
class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void firstPackMakesTheLeadsCopyWithNothingElse();
    void everyKindOfRecordALeadEditsReachesTheHub();
    void aFieldConflictIsDecidedEitherWay_data();
    void aFieldConflictIsDecidedEitherWay();
    void identicalChangesAreNotConflicts();
    void aLeadsDeletionAgainstAHubEdit_data();
    void aLeadsDeletionAgainstAHubEdit();
    void aLeadsEditAgainstAHubDeletion_data();
    void aLeadsEditAgainstAHubDeletion();
    void aChangeTheHubHasNotSeenIsKeptInTheCopy();
    void theHubsDecisionReachesTheCopy();
    void theSamePackTwiceChangesNothing();
    void returnsOutOfOrder();
    void hubPacksOutOfOrder();
    void theSameMarkEnteredOnBothSides();
    void aLatePersonTheHubAlreadyHoldsIsMatchedByEmail();
    void aPersonRemovedFromACopyStaysForOtherGroups();
    void massDeletionAsksFirst();
    void aCopyAsksBeforeLosingAWorkGroup();
    void versionsChangeOnlyWithTheRecord();
    void previewChangesNothing();
    void undecidedConflictsWriteNothing();
    void textsAreTakenLiterally();
    void anOlderFileTakesPartAfterItsUpgrade();
};

void TestExchange::firstPackMakesTheLeadsCopyWithNothingElse()
{
    ExchangeSides sides;
    const ExchangeReport report = sides.openInLead(sides.sendToLead());
    QVERIFY(report.committed);
    QCOMPARE(report.counts.value(QStringLiteral("work_group")).added, 2);
    QCOMPARE(report.counts.value(QStringLiteral("session")).added, 5);
    QCOMPARE(report.counts.value(QStringLiteral("attendance_mark")).added, 3);
    Database &lead = *sides.lead;
    const auto identity = ExchangeIdentityStore(lead).require();
    QVERIFY(identity.isLead());
    QCOMPARE(identity.hubName, QStringLiteral("Test Maths Hub"));
    QCOMPARE(identity.leadUuid, uuidOf(*sides.hub, QStringLiteral("people"), sides.leadPersonId));
    QCOMPARE(identity.lastHubSeq, 1);
    QVERIFY(identity.lastExchangeAt.isValid());
    QCOMPARE(exchangedContents(lead, kLenasGroups), exchangedContents(*sides.hub, kLenasGroups));
    // Nobody else's personal data: not the other Lead, not their participant.
    QCOMPARE(
        valueOf(lead, QStringLiteral("SELECT count(*) FROM work_groups WHERE code = 'OTHER-01'"))
            .toInt(),
        0);
    QCOMPARE(
        valueOf(lead,
                QStringLiteral(
                    "SELECT count(*) FROM people WHERE email LIKE 'olly%' OR email LIKE 'zed%'"))
            .toInt(),
        0);
    QCOMPARE(valueOf(lead, QStringLiteral("SELECT count(*) FROM people")).toInt(), 4);
    // The hub's schools, as the hub has them.
    QCOMPARE(
        valueOf(lead, QStringLiteral("SELECT name FROM schools WHERE urn = 100002")).toString(),
        QStringLiteral("Birch Primary School"));
    QVERIFY((QFileInfo(sides.leadPath).permissions()
             & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
            == QFileDevice::Permissions());
}

void TestExchange::everyKindOfRecordALeadEditsReachesTheHub()
{
    ExchangeSides sides;
    sides.startExchange();
    Database &lead = *sides.lead;
    const auto &w = sides.w;

    // Offline at the Lead's: the second session's register with a substitute and a note...
    const RecordId session2 = sides.inLead(QStringLiteral("sessions"), w.sessions.at(1));
    const RecordId a1 = sides.inLead(QStringLiteral("work_group_participants"), w.participantA1);
    const RecordId a2 = sides.inLead(QStringLiteral("work_group_participants"), w.participantA2);
    const RecordId b1 = sides.inLead(QStringLiteral("work_group_participants"), w.participantB1);
    setMark(lead, session2, a1, AttendanceMark::Present);
    setMark(lead, session2, a2, AttendanceMark::Substitute, QStringLiteral("covering a class"),
            QStringLiteral("Sam Spruce"));
    setMark(lead, session2, b1, AttendanceMark::Apologies, QStringLiteral("Ofsted visit"));
    // ... a late participant, a new person at the second school...
    Person late;
    late.firstName = QStringLiteral("Lucy");
    late.lastName = QStringLiteral("Larch");
    late.email = QStringLiteral("lucy.larch@example.org");
    late.schoolId = sides.inLead(QStringLiteral("schools"), w.schoolB);
    PersonStore(lead).add(late);
    ParticipantEnrolment lateEnrolment;
    lateEnrolment.workGroupId = sides.inLead(QStringLiteral("work_groups"), w.workGroupId);
    lateEnrolment.personId = late.id;
    lateEnrolment.joinedOn = QDate(2024, 10, 14);
    lateEnrolment.role = QStringLiteral("Year 2 teacher");
    lateEnrolment = WorkGroupStore(lead).enrolParticipant(lateEnrolment);
    setMark(lead, session2, lateEnrolment.id, AttendanceMark::Late);
    // ... a participant who left, a school's notes, a session moved and another cancelled.
    WorkGroupStore(lead).leave(a1, QDate(2024, 12, 1));
    const RecordId schoolEnrolment = idOf(
        lead, QStringLiteral("work_group_schools"),
        valueOf(
            *sides.hub,
            QStringLiteral(
                "SELECT uuid FROM work_group_schools WHERE work_group_id = %1 AND school_id = %2")
                .arg(w.workGroupId)
                .arg(w.schoolB))
            .toString());
    SchoolEnrolment enrolment = *WorkGroupStore(lead).findSchoolEnrolment(schoolEnrolment);
    enrolment.headCommitment = true;
    enrolment.notes = QStringLiteral("Head signed the form");
    WorkGroupStore(lead).updateSchoolEnrolment(enrolment);
    Session moved = sessionIn(lead, sides.inLead(QStringLiteral("sessions"), w.sessions.at(2)));
    moved.date = QDate(2024, 11, 20);
    moved.venue = QStringLiteral("Birch Primary hall");
    SessionStore(lead).update(moved);
    Session cancelled = sessionIn(lead, sides.inLead(QStringLiteral("sessions"), w.sessions.at(3)));
    cancelled.status = SessionStatus::Cancelled;
    cancelled.cancellationReason = QStringLiteral("Snow closed the school");
    SessionStore(lead).update(cancelled);
    // Meanwhile at the hub, other fields of other records.
    Person ann = *PersonStore(*sides.hub).find(w.personA1);
    ann.phone = QStringLiteral("01234 567890");
    PersonStore(*sides.hub).update(ann);
    Session first = sessionIn(*sides.hub, w.sessions.at(0));
    first.notes = QStringLiteral("Room 4");
    SessionStore(*sides.hub).update(first);

    const QString back = sides.sendToHub();
    auto merge = sides.mergeAtHub(back);
    const ExchangeReport preview = merge->preview();
    QVERIFY2(preview.conflicts.isEmpty(), qPrintable(preview.summary()));
    QVERIFY(preview.leftOut.isEmpty());
    QCOMPARE(preview.counts.value(QStringLiteral("attendance_mark")).added, 4);
    QCOMPARE(preview.counts.value(QStringLiteral("person")).added, 1);
    QCOMPARE(preview.counts.value(QStringLiteral("participant_enrolment")).added, 1);
    QCOMPARE(preview.counts.value(QStringLiteral("participant_enrolment")).changed, 1);
    QCOMPARE(preview.counts.value(QStringLiteral("session")).changed, 3); // moved, cancelled, held
    QCOMPARE(preview.counts.value(QStringLiteral("school_enrolment")).changed, 1);
    const ExchangeReport report = merge->apply(false);
    QVERIFY(report.committed);

    Database &hub = *sides.hub;
    QCOMPARE(markOf(hub, w.sessions.at(1), w.participantA2), QStringLiteral("S"));
    const auto substitute = AttendanceStore(hub).find(w.sessions.at(1), w.participantA2);
    QCOMPARE(substitute->substituteName, QStringLiteral("Sam Spruce"));
    QCOMPARE(substitute->note, QStringLiteral("covering a class"));
    QCOMPARE(AttendanceStore(hub).find(w.sessions.at(1), w.participantB1)->note,
             QStringLiteral("Ofsted visit"));
    const auto lucy = PersonStore(hub).findByEmail(QStringLiteral("lucy.larch@example.org"));
    QVERIFY(lucy);
    QCOMPARE(lucy->schoolId, w.schoolB);
    QCOMPARE(valueOf(hub,
                     QStringLiteral("SELECT role FROM work_group_participants WHERE person_id = %1")
                         .arg(lucy->id))
                 .toString(),
             QStringLiteral("Year 2 teacher"));
    QCOMPARE(WorkGroupStore(hub).findParticipant(w.participantA1)->leftOn, QDate(2024, 12, 1));
    QCOMPARE(sessionIn(hub, w.sessions.at(2)).date, QDate(2024, 11, 20));
    QCOMPARE(sessionIn(hub, w.sessions.at(2)).venue, QStringLiteral("Birch Primary hall"));
    QCOMPARE(sessionIn(hub, w.sessions.at(3)).status, SessionStatus::Cancelled);
    QCOMPARE(sessionIn(hub, w.sessions.at(3)).cancellationReason,
             QStringLiteral("Snow closed the school"));
    QCOMPARE(sessionIn(hub, w.sessions.at(1)).status, SessionStatus::Held); // a register was taken
    QCOMPARE(valueOf(hub,
                     QStringLiteral("SELECT notes FROM work_group_schools WHERE id = %1")
                         .arg(valueOf(hub,
                                      QStringLiteral("SELECT id FROM work_group_schools WHERE "
                                                     "work_group_id = %1 AND school_id = %2")
                                          .arg(w.workGroupId)
                                          .arg(w.schoolB))
                                  .toLongLong()))
                 .toString(),
             QStringLiteral("Head signed the form"));
    // The hub's own edits stand.
    QCOMPARE(PersonStore(hub).find(w.personA1)->phone, QStringLiteral("01234 567890"));
    QCOMPARE(sessionIn(hub, w.sessions.at(0)).notes, QStringLiteral("Room 4"));

    // The next pack carries the hub's view back; then both sides hold the same records.
    const ExchangeReport update = sides.openInLead(sides.sendToLead());
    QVERIFY(update.committed);
    QCOMPARE(update.kept, 0);
    QCOMPARE(exchangedContents(lead, kLenasGroups), exchangedContents(hub, kLenasGroups));
    QCOMPARE(ReturnPackWriter(lead).pendingChanges(), 0);
}

void TestExchange::aFieldConflictIsDecidedEitherWay_data()
{
    QTest::addColumn<bool>("leadWins");
    QTest::newRow("the Lead's date") << true;
    QTest::newRow("the hub's date") << false;
}

void TestExchange::aFieldConflictIsDecidedEitherWay()
{
    QFETCH(bool, leadWins);
    ExchangeSides sides;
    sides.startExchange();
    Session atLead
        = sessionIn(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    atLead.date = QDate(2024, 11, 19);
    atLead.venue = QStringLiteral("The Lead's venue"); // only the Lead: merges by itself
    SessionStore(*sides.lead).update(atLead);
    Session atHub = sessionIn(*sides.hub, sides.w.sessions.at(2));
    atHub.date = QDate(2024, 11, 26);
    atHub.notes = QStringLiteral("The hub's notes"); // only the hub
    SessionStore(*sides.hub).update(atHub);

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.conflicts.size(), 1);
    const ExchangeConflict conflict = preview.conflicts.first();
    QCOMPARE(conflict.type, ExchangeConflict::Type::Field);
    QCOMPARE(conflict.field, QStringLiteral("held_on"));
    QCOMPARE(conflict.fieldLabel, QStringLiteral("Date"));
    QCOMPARE(conflict.record, QStringLiteral("Session 3 of Work Group TEST-01"));
    QCOMPARE(conflict.baseText, QStringLiteral("11/11/2024"));
    QCOMPARE(conflict.hubText, QStringLiteral("26/11/2024"));
    QCOMPARE(conflict.leadText, QStringLiteral("19/11/2024"));
    QVERIFY(conflict.hasBase);

    merge->decide(conflict.key(), leadWins ? Side::Lead : Side::Hub);
    QCOMPARE(merge->conflicts().first().resultText(),
             leadWins ? conflict.leadText : conflict.hubText);
    QVERIFY(merge->apply(false).committed);
    const Session merged = sessionIn(*sides.hub, sides.w.sessions.at(2));
    QCOMPARE(merged.date, leadWins ? QDate(2024, 11, 19) : QDate(2024, 11, 26));
    QCOMPARE(merged.venue, QStringLiteral("The Lead's venue"));
    QCOMPARE(merged.notes, QStringLiteral("The hub's notes"));

    // The decision reaches the copy, which then holds exactly what the hub holds.
    sides.openInLead(sides.sendToLead());
    const Session copy
        = sessionIn(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    QCOMPARE(copy.date, merged.date);
    QCOMPARE(copy.notes, QStringLiteral("The hub's notes"));
    QCOMPARE(exchangedContents(*sides.lead, kLenasGroups),
             exchangedContents(*sides.hub, kLenasGroups));
    QCOMPARE(ReturnPackWriter(*sides.lead).pendingChanges(), 0);
}

void TestExchange::identicalChangesAreNotConflicts()
{
    ExchangeSides sides;
    sides.startExchange();
    const RecordId session2 = sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(1));
    Session atLead = sessionIn(*sides.lead, session2);
    atLead.date = QDate(2024, 10, 30);
    SessionStore(*sides.lead).update(atLead);
    Session atHub = sessionIn(*sides.hub, sides.w.sessions.at(1));
    atHub.date = QDate(2024, 10, 30);
    SessionStore(*sides.hub).update(atHub);
    // The same mark changed the same way on both sides (who recorded it and when differ).
    setMark(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(0)),
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA2),
            AttendanceMark::Absent);
    sides.hubClock.setNow(sides.hubClock.nowUtc().addSecs(3600));
    setMark(*sides.hub, sides.w.sessions.at(0), sides.w.participantA2, AttendanceMark::Absent);

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport preview = merge->preview();
    QVERIFY(preview.conflicts.isEmpty());
    QVERIFY(merge->apply(false).committed);
    QCOMPARE(sessionIn(*sides.hub, sides.w.sessions.at(1)).date, QDate(2024, 10, 30));
    QCOMPARE(markOf(*sides.hub, sides.w.sessions.at(0), sides.w.participantA2),
             QStringLiteral("X"));
}

void TestExchange::aLeadsDeletionAgainstAHubEdit_data()
{
    QTest::addColumn<bool>("leadWins");
    QTest::newRow("deleted") << true;
    QTest::newRow("kept") << false;
}

void TestExchange::aLeadsDeletionAgainstAHubEdit()
{
    QFETCH(bool, leadWins);
    ExchangeSides sides;
    sides.startExchange();
    const RecordId session1 = sides.w.sessions.at(0);
    // The Lead clears a mark taken by mistake; the hub meanwhile corrects the same mark.
    AttendanceStore(*sides.lead)
        .clearMark(sides.inLead(QStringLiteral("sessions"), session1),
                   sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantB1));
    setMark(*sides.hub, session1, sides.w.participantB1, AttendanceMark::Late);
    // And a mark nobody touched at the hub, cleared by the Lead: simply deleted.
    AttendanceStore(*sides.lead)
        .clearMark(sides.inLead(QStringLiteral("sessions"), session1),
                   sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1));

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.conflicts.size(), 1);
    const ExchangeConflict conflict = preview.conflicts.first();
    QCOMPARE(conflict.type, ExchangeConflict::Type::LeadDeletedHubEdited);
    QCOMPARE(conflict.record,
             QStringLiteral("Mark of Ben Beech at Session 1 of Work Group TEST-01"));
    merge->decideAll(leadWins ? Side::Lead : Side::Hub);
    const ExchangeReport report = merge->apply(false);
    QCOMPARE(report.deletions, leadWins ? 2 : 1);
    QCOMPARE(markOf(*sides.hub, session1, sides.w.participantA1), QString());
    QCOMPARE(markOf(*sides.hub, session1, sides.w.participantB1),
             leadWins ? QString() : QStringLiteral("L"));

    // The copy follows: a kept mark comes back to it with the hub's value.
    sides.openInLead(sides.sendToLead());
    QCOMPARE(markOf(*sides.lead, sides.inLead(QStringLiteral("sessions"), session1),
                    sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantB1)),
             leadWins ? QString() : QStringLiteral("L"));
    QCOMPARE(exchangedContents(*sides.lead, kLenasGroups),
             exchangedContents(*sides.hub, kLenasGroups));
}

void TestExchange::aLeadsEditAgainstAHubDeletion_data()
{
    QTest::addColumn<bool>("leadWins");
    QTest::newRow("restored") << true;
    QTest::newRow("stays deleted") << false;
}

void TestExchange::aLeadsEditAgainstAHubDeletion()
{
    QFETCH(bool, leadWins);
    ExchangeSides sides;
    sides.startExchange();
    const RecordId session4 = sides.w.sessions.at(3);
    const QString uuid = uuidOf(*sides.hub, QStringLiteral("sessions"), session4);
    Session atLead = sessionIn(*sides.lead, sides.inLead(QStringLiteral("sessions"), session4));
    atLead.venue = QStringLiteral("Alder Primary library");
    SessionStore(*sides.lead).update(atLead);
    SessionStore(*sides.hub).remove(session4);

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.conflicts.size(), 1);
    QCOMPARE(preview.conflicts.first().type, ExchangeConflict::Type::LeadEditedHubDeleted);
    merge->decide(preview.conflicts.first().key(), leadWins ? Side::Lead : Side::Hub);
    merge->apply(false);
    const RecordId restored = idOf(*sides.hub, QStringLiteral("sessions"), uuid);
    QCOMPARE(restored > 0, leadWins);
    if (leadWins) {
        QCOMPARE(sessionIn(*sides.hub, restored).venue, QStringLiteral("Alder Primary library"));
        QVERIFY(!hasTombstone(*sides.hub, QStringLiteral("session"), QUuid::fromString(uuid)));
    }

    sides.openInLead(sides.sendToLead());
    QCOMPARE(idOf(*sides.lead, QStringLiteral("sessions"), uuid) > 0, leadWins);
    QCOMPARE(exchangedContents(*sides.lead, kLenasGroups),
             exchangedContents(*sides.hub, kLenasGroups));
}

void TestExchange::aChangeTheHubHasNotSeenIsKeptInTheCopy()
{
    ExchangeSides sides;
    sides.startExchange();
    const RecordId session3 = sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2));
    Session atLead = sessionIn(*sides.lead, session3);
    atLead.date = QDate(2024, 11, 18);
    SessionStore(*sides.lead).update(atLead);
    // The hub changes something else of the same session and sends a pack before any return.
    Session atHub = sessionIn(*sides.hub, sides.w.sessions.at(2));
    atHub.title = QStringLiteral("Reasoning with number");
    SessionStore(*sides.hub).update(atHub);
    // The hub deletes a session the Lead has just taken a register for: kept in the copy.
    setMark(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(3)),
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1),
            AttendanceMark::Present);
    SessionStore(*sides.hub).remove(sides.w.sessions.at(3));

    const ExchangeReport update = sides.openInLead(sides.sendToLead());
    QVERIFY(update.kept >= 2);
    const Session both = sessionIn(*sides.lead, session3);
    QCOMPARE(both.date, QDate(2024, 11, 18));
    QCOMPARE(both.title, QStringLiteral("Reasoning with number"));
    QCOMPARE(
        valueOf(*sides.lead,
                QStringLiteral("SELECT count(*) FROM sessions WHERE number = 4 AND work_group_id = "
                               "(SELECT id FROM work_groups WHERE code = 'TEST-01')"))
            .toInt(),
        1);

    // The return brings the date without a conflict (the hub did not change it), and the
    // register against the deletion is the administrator's to decide.
    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.conflicts.size(), 1);
    QCOMPARE(preview.conflicts.first().type, ExchangeConflict::Type::LeadEditedHubDeleted);
    merge->decideAll(Side::Lead);
    merge->apply(false);
    QCOMPARE(sessionIn(*sides.hub, sides.w.sessions.at(2)).date, QDate(2024, 11, 18));
    QCOMPARE(
        valueOf(*sides.hub,
                QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN sessions s ON s.id = "
                               "m.session_id WHERE s.number = 4 AND s.work_group_id = %1")
                    .arg(sides.w.workGroupId))
            .toInt(),
        1);
}

void TestExchange::theHubsDecisionReachesTheCopy()
{
    ExchangeSides sides;
    sides.startExchange();
    // The Lead marks Ben absent; the hub, told otherwise, has him present with a note.
    const RecordId session1 = sides.w.sessions.at(0);
    setMark(*sides.lead, sides.inLead(QStringLiteral("sessions"), session1),
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantB1),
            AttendanceMark::Absent);
    setMark(*sides.hub, session1, sides.w.participantB1, AttendanceMark::Late,
            QStringLiteral("train delayed"));
    auto merge = sides.mergeAtHub(sides.sendToHub());
    merge->preview();
    merge->decideAll(Side::Hub);
    merge->apply(false);
    // Acknowledged: the copy takes the hub's mark instead of keeping its own as unsent.
    const ExchangeReport update = sides.openInLead(sides.sendToLead());
    QCOMPARE(update.kept, 0);
    QCOMPARE(markOf(*sides.lead, sides.inLead(QStringLiteral("sessions"), session1),
                    sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantB1)),
             QStringLiteral("L"));
    QCOMPARE(ExchangeIdentityStore(*sides.lead).require().ackedSeq, 1);
    QCOMPARE(ReturnPackWriter(*sides.lead).pendingChanges(), 0);
}

void TestExchange::theSamePackTwiceChangesNothing()
{
    ExchangeSides sides;
    const QString first = sides.sendToLead();
    sides.openInLead(first);
    const QString copyBefore = dumpContents(*sides.lead);
    const ExchangeReport again = sides.openInLead(first);
    QVERIFY(again.alreadyTaken);
    QVERIFY(!again.committed);
    QCOMPARE(dumpContents(*sides.lead), copyBefore);

    setMark(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(1)),
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1),
            AttendanceMark::Present);
    const QString back = sides.sendToHub();
    sides.mergeAtHub(back)->apply(false);
    const QString hubBefore = dumpContents(*sides.hub);
    auto twice = sides.mergeAtHub(back);
    const ExchangeReport report = twice->apply(false);
    QVERIFY(report.alreadyTaken);
    QVERIFY(report.summary().contains(QStringLiteral("nothing changed")));
    QCOMPARE(dumpContents(*sides.hub), hubBefore);
}

void TestExchange::returnsOutOfOrder()
{
    ExchangeSides sides;
    sides.startExchange();
    const RecordId session2 = sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(1));
    setMark(*sides.lead, session2,
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1),
            AttendanceMark::Present);
    const QString first = sides.sendToHub();
    setMark(*sides.lead, session2,
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA2),
            AttendanceMark::Absent);
    const QString second = sides.sendToHub();

    // The second return carries the first's changes too: taken in with a note, nothing missed.
    auto merge = sides.mergeAtHub(second);
    const ExchangeReport report = merge->apply(false);
    QVERIFY(report.committed);
    QCOMPARE(report.notes.size(), 1);
    QVERIFY2(report.notes.first().contains(QStringLiteral("not imported")),
             qPrintable(report.notes.first()));
    QCOMPARE(markOf(*sides.hub, sides.w.sessions.at(1), sides.w.participantA1),
             QStringLiteral("P"));
    QCOMPARE(markOf(*sides.hub, sides.w.sessions.at(1), sides.w.participantA2),
             QStringLiteral("X"));

    // The first, arriving late, is out of sequence: refused, the file unchanged.
    const QString before = dumpContents(*sides.hub);
    const auto error = [&]() -> std::optional<ExchangeError> {
        try {
            sides.mergeAtHub(first)->preview();
        } catch (const ExchangeError &e) {
            return e;
        }
        return std::nullopt;
    }();
    QVERIFY(error);
    QCOMPARE(error->kind(), ExchangeError::Kind::OutOfSequence);
    QVERIFY2(error->message().contains(QStringLiteral("out of sequence")),
             qPrintable(error->message()));
    QCOMPARE(dumpContents(*sides.hub), before);
}

void TestExchange::hubPacksOutOfOrder()
{
    ExchangeSides sides;
    sides.startExchange();
    const QString second = sides.sendToLead();
    const QString third = sides.sendToLead();
    const ExchangeReport report = sides.openInLead(third);
    QVERIFY(report.committed);
    QVERIFY(!report.notes.isEmpty()); // pack 2 was skipped, and it says so
    const QString before = dumpContents(*sides.lead);
    try {
        sides.openInLead(second);
        QFAIL("an older pack was taken in");
    } catch (const ExchangeError &error) {
        QCOMPARE(error.kind(), ExchangeError::Kind::OutOfSequence);
    }
    QCOMPARE(dumpContents(*sides.lead), before);
}

void TestExchange::theSameMarkEnteredOnBothSides()
{
    ExchangeSides sides;
    sides.startExchange();
    const RecordId session2 = sides.w.sessions.at(1);
    setMark(*sides.lead, sides.inLead(QStringLiteral("sessions"), session2),
            sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1),
            AttendanceMark::Present);
    setMark(*sides.hub, session2, sides.w.participantA1, AttendanceMark::Present);
    const QString hubUuid = AttendanceStore(*sides.hub)
                                .find(session2, sides.w.participantA1)
                                ->uuid.toString(QUuid::WithoutBraces);

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport report = merge->apply(false);
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(valueOf(*sides.hub,
                     QStringLiteral("SELECT count(*) FROM attendance_marks WHERE session_id = %1")
                         .arg(session2))
                 .toInt(),
             1);
    // The copy takes the hub's uuid for its mark with the next pack.
    sides.openInLead(sides.sendToLead());
    QVERIFY(idOf(*sides.lead, QStringLiteral("attendance_marks"), hubUuid) > 0);
    QCOMPARE(exchangedContents(*sides.lead, kLenasGroups),
             exchangedContents(*sides.hub, kLenasGroups));
}

void TestExchange::aLatePersonTheHubAlreadyHoldsIsMatchedByEmail()
{
    ExchangeSides sides;
    sides.startExchange();
    // Zed is at the hub (another Lead's group) but not in Lena's copy; she adds him herself.
    Person zed;
    zed.firstName = QStringLiteral("Zed");
    zed.lastName = QStringLiteral("Zebra");
    zed.email = QStringLiteral("zed.zebra@example.org");
    zed.schoolId = sides.inLead(QStringLiteral("schools"), sides.w.schoolA);
    PersonStore(*sides.lead).add(zed);
    ParticipantEnrolment enrolment;
    enrolment.workGroupId = sides.inLead(QStringLiteral("work_groups"), sides.w.workGroupId);
    enrolment.personId = zed.id;
    WorkGroupStore(*sides.lead).enrolParticipant(enrolment);

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport report = merge->preview();
    // Matched by email, the same name and school: nothing to decide, and no second Zed.
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(report.counts.value(QStringLiteral("person")).added, 0);
    QCOMPARE(report.counts.value(QStringLiteral("participant_enrolment")).added, 1);
    merge->apply(false);
    QCOMPARE(
        valueOf(
            *sides.hub,
            QStringLiteral(
                "SELECT count(*) FROM people WHERE email = 'zed.zebra@example.org' COLLATE NOCASE"))
            .toInt(),
        1);
    QCOMPARE(
        valueOf(*sides.hub,
                QStringLiteral(
                    "SELECT count(*) FROM work_group_participants p JOIN people x ON x.id = "
                    "p.person_id WHERE x.email = 'zed.zebra@example.org' AND p.work_group_id = %1")
                    .arg(sides.w.workGroupId))
            .toInt(),
        1);
    sides.openInLead(sides.sendToLead());
    QCOMPARE(exchangedContents(*sides.lead, kLenasGroups),
             exchangedContents(*sides.hub, kLenasGroups));
    QCOMPARE(ReturnPackWriter(*sides.lead).pendingChanges(), 0);
}

void TestExchange::aPersonRemovedFromACopyStaysForOtherGroups()
{
    ExchangeSides sides;
    // Ann also takes part in another Lead's group, which Lena's copy knows nothing of.
    const RecordId other = WorkGroupStore(*sides.hub).findByCode(QStringLiteral("OTHER-01"))->id;
    ParticipantEnrolment elsewhere;
    elsewhere.workGroupId = other;
    elsewhere.personId = sides.w.personA1;
    WorkGroupStore(*sides.hub).enrolParticipant(elsewhere);
    sides.startExchange();
    // The Lead takes Ann out of their copy as the program lets them: marks cleared, the
    // enrolment removed, then the person (who is in no group of the copy any more).
    const RecordId inCopy
        = sides.inLead(QStringLiteral("work_group_participants"), sides.w.participantA1);
    for (RecordId session : sides.w.sessions)
        AttendanceStore(*sides.lead)
            .clearMark(sides.inLead(QStringLiteral("sessions"), session), inCopy);
    WorkGroupStore(*sides.lead).removeParticipant(inCopy);
    PersonStore(*sides.lead).erase(sides.inLead(QStringLiteral("people"), sides.w.personA1));

    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport report = merge->apply(true);
    QVERIFY(report.committed);
    QVERIFY(PersonStore(*sides.hub).find(sides.w.personA1));
    QCOMPARE(report.notes.size(), 1);
    QVERIFY2(
        report.notes.first().startsWith(QStringLiteral("Ann Ash was removed from the Lead's copy")),
        qPrintable(report.notes.first()));
    QVERIFY(!WorkGroupStore(*sides.hub).findParticipant(sides.w.participantA1));
    QCOMPARE(
        valueOf(*sides.hub,
                QStringLiteral("SELECT count(*) FROM work_group_participants WHERE person_id = %1")
                    .arg(sides.w.personA1))
            .toInt(),
        1);
    QCOMPARE(markOf(*sides.hub, sides.w.sessions.at(0), sides.w.participantA1), QString());
    // The copy and the hub agree again after the next pack.
    sides.openInLead(sides.sendToLead());
    QCOMPARE(exchangedContents(*sides.lead, kLenasGroups),
             exchangedContents(*sides.hub, kLenasGroups));
    QCOMPARE(ReturnPackWriter(*sides.lead).pendingChanges(), 0);
}

void TestExchange::massDeletionAsksFirst()
{
    ExchangeSides sides;
    sides.startExchange();
    // Nine marks taken at the Lead's and taken in by the hub; then all twelve of the group's
    // marks cleared at the Lead's.
    for (int s = 1; s < 4; ++s)
        for (RecordId participant :
             { sides.w.participantA1, sides.w.participantA2, sides.w.participantB1 })
            setMark(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(s)),
                    sides.inLead(QStringLiteral("work_group_participants"), participant),
                    AttendanceMark::Present);
    sides.mergeAtHub(sides.sendToHub())->apply(false);
    sides.openInLead(sides.sendToLead());
    const QList<AttendanceRecord> marks
        = AttendanceStore(*sides.lead)
              .marksForWorkGroup(sides.inLead(QStringLiteral("work_groups"), sides.w.workGroupId));
    QCOMPARE(marks.size(), 12);
    for (const AttendanceRecord &mark : marks)
        AttendanceStore(*sides.lead).clearMark(mark.sessionId, mark.participantId);

    const QString back = sides.sendToHub();
    auto merge = sides.mergeAtHub(back);
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.deletions, 12);
    QVERIFY(preview.asksBeforeDeleting());
    const QString before = dumpContents(*sides.hub);
    try {
        merge->apply(false);
        QFAIL("twelve deletions went through unasked");
    } catch (const ExchangeError &error) {
        QCOMPARE(error.kind(), ExchangeError::Kind::DeletionsUnconfirmed);
    }
    QCOMPARE(dumpContents(*sides.hub), before);
    QCOMPARE(merge->apply(true).deletions, 12);
    QCOMPARE(valueOf(*sides.hub,
                     QStringLiteral("SELECT count(*) FROM attendance_marks m JOIN sessions s ON "
                                    "s.id = m.session_id WHERE s.work_group_id = %1")
                         .arg(sides.w.workGroupId))
                 .toInt(),
             0);
}

void TestExchange::aCopyAsksBeforeLosingAWorkGroup()
{
    ExchangeSides sides;
    sides.startExchange();
    // The hub sends only the second group: the first (and its records) leaves the copy.
    const QString narrower = sides.sendToLead({ QStringLiteral("TEST-02") });
    const QString before = dumpContents(*sides.lead);
    try {
        sides.openInLead(narrower, false);
        QFAIL("a Work Group left the copy unasked");
    } catch (const ExchangeError &error) {
        QCOMPARE(error.kind(), ExchangeError::Kind::DeletionsUnconfirmed);
    }
    QCOMPARE(dumpContents(*sides.lead), before);
    const ExchangeReport report = sides.openInLead(narrower, true);
    QVERIFY(report.deletions > 10);
    QCOMPARE(valueOf(*sides.lead,
                     QStringLiteral("SELECT count(*) FROM work_groups WHERE code = 'TEST-01'"))
                 .toInt(),
             0);
    QCOMPARE(valueOf(*sides.lead,
                     QStringLiteral("SELECT count(*) FROM work_groups WHERE code = 'TEST-02'"))
                 .toInt(),
             1);
}

void TestExchange::versionsChangeOnlyWithTheRecord()
{
    ExchangeSides sides;
    sides.sendToLead();
    const QString session = uuidOf(*sides.hub, QStringLiteral("sessions"), sides.w.sessions.at(0));
    const QString other = uuidOf(*sides.hub, QStringLiteral("sessions"), sides.w.sessions.at(1));
    ExchangeBook book(*sides.hub);
    const qint64 first = book.versions(QStringLiteral("session")).value(session).version;
    const qint64 untouched = book.versions(QStringLiteral("session")).value(other).version;
    QVERIFY(first > 0);
    Session changed = sessionIn(*sides.hub, sides.w.sessions.at(0));
    changed.venue = QStringLiteral("Somewhere else");
    SessionStore(*sides.hub).update(changed);
    // The hub's clock going backwards changes nothing: versions are the hub's own numbers.
    sides.hubClock.setNow(sides.hubClock.nowUtc().addYears(-3));
    sides.sendToLead();
    const auto versions = ExchangeBook(*sides.hub).versions(QStringLiteral("session"));
    QVERIFY(versions.value(session).version > first);
    QCOMPARE(versions.value(other).version, untouched);
}

void TestExchange::previewChangesNothing()
{
    ExchangeSides sides;
    sides.startExchange();
    Session moved
        = sessionIn(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    moved.date = QDate(2024, 11, 21);
    SessionStore(*sides.lead).update(moved);
    auto merge = sides.mergeAtHub(sides.sendToHub());
    const QString before = dumpContents(*sides.hub);
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.changed(), 1);
    QVERIFY(!preview.committed);
    const ExchangeReport dry = merge->apply(false, true);
    QCOMPARE(dry.changed(), 1);
    QCOMPARE(dumpContents(*sides.hub), before);
}

void TestExchange::undecidedConflictsWriteNothing()
{
    ExchangeSides sides;
    sides.startExchange();
    Session atLead
        = sessionIn(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    atLead.venue = QStringLiteral("A");
    atLead.title = QStringLiteral("Lead's title");
    SessionStore(*sides.lead).update(atLead);
    Session atHub = sessionIn(*sides.hub, sides.w.sessions.at(2));
    atHub.venue = QStringLiteral("B");
    atHub.title = QStringLiteral("Hub's title");
    SessionStore(*sides.hub).update(atHub);
    auto merge = sides.mergeAtHub(sides.sendToHub());
    const ExchangeReport preview = merge->preview();
    QCOMPARE(preview.conflicts.size(), 2);
    merge->decide(preview.conflicts.first().key(), Side::Lead);
    const QString before = dumpContents(*sides.hub);
    try {
        merge->apply(false);
        QFAIL("a merge with a conflict undecided was written");
    } catch (const ExchangeError &error) {
        QCOMPARE(error.kind(), ExchangeError::Kind::Undecided);
    }
    QCOMPARE(dumpContents(*sides.hub), before);
    merge->decide(preview.conflicts.last().key(), Side::Hub);
    QVERIFY(merge->apply(false).committed);
}

void TestExchange::textsAreTakenLiterally()
{
    ExchangeSides sides;
    sides.startExchange();
    const QString hostile
        = QStringLiteral("'); DROP TABLE sessions; -- %1 %n \"quoted\" \u00e9\u2019");
    Session atLead
        = sessionIn(*sides.lead, sides.inLead(QStringLiteral("sessions"), sides.w.sessions.at(2)));
    atLead.notes = hostile;
    SessionStore(*sides.lead).update(atLead);
    sides.mergeAtHub(sides.sendToHub())->apply(false);
    QCOMPARE(sessionIn(*sides.hub, sides.w.sessions.at(2)).notes, hostile);
}

void TestExchange::anOlderFileTakesPartAfterItsUpgrade()
{
    // A schema-1 file (the demo hub) is upgraded on opening, and then sends a Lead a pack.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    QVERIFY(QFile::copy(testDataPath(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = Database::open(path);
    QCOMPARE(db->schemaVersion(), Migrator::latestVersion());
    QVERIFY(db->schemaVersion() >= 4);
    QCOMPARE(rowCount(*db, QStringLiteral("exchange_packs")), 0);
    const QString email
        = valueOf(*db,
                  QStringLiteral("SELECT p.email FROM work_groups w JOIN people p ON p.id = "
                                 "w.lead_person_id WHERE p.email <> '' LIMIT 1"))
              .toString();
    QVERIFY(!email.isEmpty());
    ExchangeIdentityStore(*db).createHub(HubPackWriter::hubNameFor(*db), kHubPassphrase,
                                         packcrypto::PasswordCost::minimum(),
                                         packcrypto::makeKeys());
    const auto keys
        = ExchangeIdentityStore::unlock(ExchangeIdentityStore(*db).require(), kHubPassphrase);
    HubPackRequest request;
    request.leadEmail = email;
    const QString code
        = valueOf(*db,
                  QStringLiteral("SELECT code FROM work_groups w JOIN people p ON p.id = "
                                 "w.lead_person_id WHERE p.email = '%1' LIMIT 1")
                      .arg(email))
              .toString();
    request.workGroupCodes = { code };
    request.codeCost = packcrypto::PasswordCost::minimum();
    const HubPackResult result
        = HubPackWriter(*db).write(request, keys, dir.filePath(QStringLiteral("pack.hubpack")));
    QVERIFY(result.firstPack);
    QVERIFY(result.records > 10);
    QCOMPARE(rowCount(*db, QStringLiteral("exchange_packs")), 1);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
