// Undo and redo of every kind of edit, checked in the database: undoing a creation deletes,
// redoing makes the record again, and later edits still find it under its new id.
#include "GuiTest.h"
#include "commands/AttendanceCommands.h"
#include "commands/RegisterCommands.h"
#include "commands/SessionCommands.h"
#include "commands/WorkGroupCommands.h"
#include "common/Workspace.h"
#include "conflicts/EditConflictDialog.h"
#include "conflicts/EditConflictModel.h"
#include "records/AcademicYearStore.h"
#include "records/AttendanceStore.h"
#include "records/PersonStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recreatedRecordsKeepTheirLaterEdits();
    void sessionSeriesComesAndGoesAsOneStep();
    void participantChangesUndo();
    void schoolEnrolmentChangesUndo();
    void refusalIsShownAndNothingIsPushed();
    void ineligibleSchoolNeedsAReason();
    void ownEditsUndoAndRedoInAnyNumber();
    void undoAfterSomeoneElsesEditIsRefused();
    void aFormSavedAfterSomeoneElsesEditIsMergedFieldByField();
    void aMergeCancelledWritesNothing();
    void aChangeNobodyCanSeeIsNotAskedAbout();
    void ownMarksOnOneParticipantUndoAndRedoInTurn();
    void aParticipantSavedAfterSomeoneElsesChangeIsMerged();
    void aSchoolEnrolmentSavedAfterSomeoneElsesChangeIsMerged();
    void undoOfAMarkSomeoneElseChangedIsRefused();
    void redoOfAMarkSomeoneElseMadeMeanwhileIsRefused();
    void undoOfMarkEveryonePresentOverSomeoneElsesMarkIsRefused();

private:
    Database &db() { return m_temp->db(); }

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<Workspace> m_workspace;
    test::SmallWorkGroup m_group;
};

void TestCommands::init()
{
    test::useTestSettings();
    m_temp = std::make_unique<test::TempDatabase>();
    m_group = test::buildSmallWorkGroup(db());
    m_undo = std::make_unique<QUndoStack>();
    m_workspace = std::make_unique<Workspace>(db(), m_undo.get(), nullptr);
}

void TestCommands::cleanup()
{
    m_undo->clear();
    m_workspace.reset();
    m_undo.reset();
    m_temp.reset();
}

void TestCommands::recreatedRecordsKeepTheirLaterEdits()
{
    // A new person joins the group, gets a mark, and the lot is undone and redone twice.
    ParticipantDraft draft;
    draft.person.firstName = QStringLiteral("Nia");
    draft.person.lastName = QStringLiteral("New");
    draft.person.email = QStringLiteral("nia.new@example.org");
    draft.person.schoolId = m_group.schoolB;
    draft.enrolment.workGroupId = m_group.workGroupId;
    draft.enrolment.schoolId = m_group.schoolB;
    auto *add = new AddParticipantsCommand(*m_workspace, { draft }, QStringLiteral("Add Nia"));
    QVERIFY(m_workspace->run(add));
    const RecordId participant = add->participantIds().first();
    AttendanceRecord mark;
    mark.mark = AttendanceMark::Late;
    mark.note = QStringLiteral("Train delayed");
    QVERIFY(m_workspace->run(new SetMarkCommand(*m_workspace, m_group.sessions.first(), participant,
                                                mark, QStringLiteral("Mark Nia late"))));
    QCOMPARE(SessionStore(db()).find(m_group.sessions.first())->status, SessionStatus::Held);

    for (int round = 0; round < 2; ++round) {
        m_undo->undo();
        m_undo->undo();
        QVERIFY(!PersonStore(db()).findByEmail(QStringLiteral("nia.new@example.org")));
        QCOMPARE(WorkGroupStore(db()).participants(m_group.workGroupId).size(), 3);
        QCOMPARE(SessionStore(db()).find(m_group.sessions.first())->status, SessionStatus::Planned);
        if (round == 1) {
            // Someone else takes the freed row ids, so the redone records get new ones. A file
            // gives the last id freed again; a server never gives an id twice.
            Person other;
            other.lastName = QStringLiteral("Other");
            PersonStore(db()).add(other);
            ParticipantEnrolment taken;
            taken.workGroupId = m_group.workGroupId;
            taken.personId = other.id;
            taken.schoolId = m_group.schoolA;
            const RecordId takenId = WorkGroupStore(db()).enrolParticipant(taken).id;
            if (db().isServer())
                QVERIFY(takenId != participant);
            else
                QCOMPARE(takenId, participant);
        }
        m_undo->redo();
        m_undo->redo();
        const auto person = PersonStore(db()).findByEmail(QStringLiteral("nia.new@example.org"));
        QVERIFY(person);
        const RecordId now = m_workspace->ids().current(Entity::ParticipantEnrolment, participant);
        // Redone under its old id where that is free again (a file's first round), else a new
        // one that the later edits follow.
        QCOMPARE(now != participant, round == 1 || db().isServer());
        const auto stored = AttendanceStore(db()).find(m_group.sessions.first(), now);
        QVERIFY(stored);
        QCOMPARE(stored->mark, AttendanceMark::Late);
        QCOMPARE(stored->note, QStringLiteral("Train delayed"));
    }
}

void TestCommands::sessionSeriesComesAndGoesAsOneStep()
{
    SessionSeriesPlan plan;
    plan.count = 3;
    plan.rhythm = SessionSeriesPlan::Rhythm::EveryKWeeks;
    plan.firstDate = QDate(2025, 1, 13);
    plan.weeksApart = 2;
    QVERIFY(m_workspace->run(new AddSessionsCommand(*m_workspace, m_group.workGroupId, plan)));
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).size(), 7);
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).last().date, QDate(2025, 2, 10));
    m_undo->undo();
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).size(), 4);
    m_undo->redo();
    const QList<Session> sessions = SessionStore(db()).list(m_group.workGroupId);
    QCOMPARE(sessions.size(), 7);
    QCOMPARE(sessions.at(4).title, QStringLiteral("Session 5"));
    QCOMPARE(sessions.at(4).date, QDate(2025, 1, 13));

    // Cancelling and removing are undone too.
    Session cancelled = sessions.at(5);
    cancelled.status = SessionStatus::Cancelled;
    QVERIFY(m_workspace->run(new UpdateSessionCommand(*m_workspace, sessions.at(5), cancelled,
                                                      QStringLiteral("Cancel"))));
    QCOMPARE(SessionStore(db()).find(sessions.at(5).id)->status, SessionStatus::Cancelled);
    QVERIFY(m_workspace->run(new RemoveSessionCommand(*m_workspace, sessions.at(6))));
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).size(), 6);
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).size(), 7);
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).at(5).status, SessionStatus::Planned);
    QCOMPARE(SessionStore(db()).list(m_group.workGroupId).at(6).number, 7);
}

void TestCommands::participantChangesUndo()
{
    const ParticipantEnrolment before
        = *WorkGroupStore(db()).findParticipant(m_group.participantA2);
    ParticipantEnrolment after = before;
    after.isLeadParticipant = true;
    after.schoolId = m_group.schoolB;
    after.leftOn = QDate(2025, 2, 1);
    QVERIFY(m_workspace->run(
        new UpdateParticipantCommand(*m_workspace, before, after, QStringLiteral("Move"))));
    auto stored = *WorkGroupStore(db()).findParticipant(m_group.participantA2);
    QVERIFY(stored.isLeadParticipant);
    QCOMPARE(stored.schoolId, m_group.schoolB);
    QCOMPARE(stored.leftOn, QDate(2025, 2, 1));
    m_undo->undo();
    stored = *WorkGroupStore(db()).findParticipant(m_group.participantA2);
    QVERIFY(!stored.isLeadParticipant);
    QCOMPARE(stored.schoolId, m_group.schoolA);
    QVERIFY(!stored.leftOn.isValid());

    QVERIFY(m_workspace->run(
        new RemoveParticipantCommand(*m_workspace, before, QStringLiteral("Amy"))));
    QVERIFY(!WorkGroupStore(db()).findParticipant(m_group.participantA2));
    m_undo->undo();
    QCOMPARE(WorkGroupStore(db()).participants(m_group.workGroupId).size(), 3);
    const RecordId back
        = m_workspace->ids().current(Entity::ParticipantEnrolment, m_group.participantA2);
    QCOMPARE(WorkGroupStore(db()).findParticipant(back)->personId, m_group.personA2);
}

void TestCommands::schoolEnrolmentChangesUndo()
{
    const SchoolEnrolment before
        = WorkGroupStore(db()).schools(m_group.workGroupId).first().enrolment;
    SchoolEnrolment after = before;
    after.withdrawnOn = QDate(2025, 1, 31);
    QVERIFY(m_workspace->run(
        new UpdateSchoolEnrolmentCommand(*m_workspace, before, after, QStringLiteral("Withdraw"))));
    QCOMPARE(WorkGroupStore(db()).findSchoolEnrolment(before.id)->withdrawnOn, QDate(2025, 1, 31));
    m_undo->undo();
    QVERIFY(!WorkGroupStore(db()).findSchoolEnrolment(before.id)->isWithdrawn());

    School added;
    added.urn = *Urn::fromInt(100777);
    added.name = QStringLiteral("Cherry Primary School");
    auto *school = new AddSchoolCommand(*m_workspace, added);
    QVERIFY(m_workspace->run(school));
    SchoolEnrolment enrolment;
    enrolment.workGroupId = m_group.workGroupId;
    enrolment.schoolId = school->schoolId();
    enrolment.eligibilityOverride = QStringLiteral("Hub's decision");
    QVERIFY(m_workspace->run(new EnrolSchoolCommand(*m_workspace, enrolment, added.name)));
    m_undo->undo();
    m_undo->undo();
    QVERIFY(!SchoolStore(db()).findByUrn(added.urn));
    m_undo->redo();
    m_undo->redo();
    const auto again = SchoolStore(db()).findByUrn(added.urn);
    QVERIFY(again);
    QCOMPARE(WorkGroupStore(db()).schools(m_group.workGroupId).size(), 3);
    bool found = false;
    for (const SchoolEnrolmentListing &row : WorkGroupStore(db()).schools(m_group.workGroupId))
        found = found
            || (row.enrolment.schoolId == again->id
                && row.enrolment.eligibilityOverride == enrolment.eligibilityOverride);
    QVERIFY(found);
}

void TestCommands::refusalIsShownAndNothingIsPushed()
{
    // Ann Ash is already in the group.
    ParticipantDraft draft;
    draft.person = *PersonStore(db()).find(m_group.personA1);
    draft.enrolment.workGroupId = m_group.workGroupId;
    draft.enrolment.schoolId = m_group.schoolA;
    const int messages = Prompter::messageCount();
    QVERIFY(!m_workspace->run(
        new AddParticipantsCommand(*m_workspace, { draft }, QStringLiteral("Add Ann again"))));
    QCOMPARE(Prompter::messageCount(), messages + 1);
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("already a participant")));
    QCOMPARE(m_undo->count(), 0);

    // An undo that the core refuses is reported and leaves the history.
    QVERIFY(m_workspace->run(new AddSessionsCommand(*m_workspace, [this] {
        Session s;
        s.workGroupId = m_group.workGroupId;
        return s;
    }())));
    const Session added = SessionStore(db()).list(m_group.workGroupId).last();
    AttendanceRecord mark;
    mark.sessionId = added.id;
    mark.participantId = m_group.participantA1;
    AttendanceStore(db()).setMark(mark); // not through a command: the session now has a register
    m_undo->undo();
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("cancel it instead")));
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(SessionStore(db()).find(added.id));
}

void TestCommands::ineligibleSchoolNeedsAReason()
{
    WorkGroup next = *WorkGroupStore(db()).find(m_group.workGroupId);
    next.id = 0;
    next.uuid = QUuid();
    next.code = QStringLiteral("TEST-NEXT");
    next.academicYearId = AcademicYearStore(db()).ensure(QStringLiteral("2025/26")).id;
    WorkGroupStore(db()).add(next);
    SchoolEnrolment enrolment;
    enrolment.workGroupId = next.id;
    enrolment.schoolId = m_group.schoolA; // took part in TEST-01, a Development group

    QVERIFY(!m_workspace->run(
        new EnrolSchoolCommand(*m_workspace, enrolment, QStringLiteral("Alder"))));
    QVERIFY(Prompter::lastMessage().contains(QStringLiteral("not eligible")));
    QVERIFY(WorkGroupStore(db()).schools(next.id).isEmpty());

    enrolment.eligibilityOverride = QStringLiteral("Hub's decision");
    QVERIFY(
        m_workspace->run(new EnrolSchoolCommand(*m_workspace, enrolment, QStringLiteral("Alder"))));
    QCOMPARE(WorkGroupStore(db()).schools(next.id).first().enrolment.eligibilityOverride,
             QStringLiteral("Hub's decision"));
    m_undo->undo();
    m_undo->redo();
    QCOMPARE(WorkGroupStore(db()).schools(next.id).first().enrolment.eligibilityOverride,
             QStringLiteral("Hub's decision"));

    // An eligible school keeps a reason given for another warning (a full group).
    School fresh;
    fresh.urn = *Urn::fromInt(100003);
    fresh.name = QStringLiteral("Cedar Primary School");
    SchoolStore(db()).add(fresh);
    SchoolEnrolment full;
    full.workGroupId = next.id;
    full.schoolId = fresh.id;
    full.eligibilityOverride = QStringLiteral("An eighth school, agreed with the Lead");
    QVERIFY(m_workspace->run(new EnrolSchoolCommand(*m_workspace, full, fresh.name)));
    QString kept;
    for (const SchoolEnrolmentListing &row : WorkGroupStore(db()).schools(next.id)) {
        if (row.enrolment.schoolId == fresh.id)
            kept = row.enrolment.eligibilityOverride;
    }
    QCOMPARE(kept, full.eligibilityOverride);
}

void TestCommands::ownEditsUndoAndRedoInAnyNumber()
{
    // Two edits of one person, then a new school a third edit points at; all undone and redone
    // twice. Each write states the version this window left the record at, so none is refused.
    const Person first = *PersonStore(db()).find(m_group.personA1);
    Person second = first;
    second.phone = QStringLiteral("0114 496 0001");
    QVERIFY(m_workspace->run(new UpdatePersonCommand(*m_workspace, first, second)));
    Person third = *PersonStore(db()).find(m_group.personA1);
    QCOMPARE(third.version, first.version + 1);
    Person fourth = third;
    fourth.role = QStringLiteral("Head of maths");
    QVERIFY(m_workspace->run(new UpdatePersonCommand(*m_workspace, third, fourth)));
    School school;
    school.urn = *Urn::fromInt(149001);
    school.name = QStringLiteral("Lately Opened Academy");
    auto *addSchool = new AddSchoolCommand(*m_workspace, school);
    QVERIFY(m_workspace->run(addSchool));
    const School added = *SchoolStore(db()).find(addSchool->schoolId());
    School renamed = added;
    renamed.name = QStringLiteral("Lately Opened Academy Trust");
    QVERIFY(m_workspace->run(new UpdateSchoolCommand(*m_workspace, added, renamed)));

    const int messages = Prompter::messageCount();
    for (int round = 0; round < 2; ++round) {
        while (m_undo->canUndo())
            m_undo->undo();
        const Person back = *PersonStore(db()).find(m_group.personA1);
        QCOMPARE(back.phone, first.phone);
        QCOMPARE(back.role, first.role);
        QVERIFY(!SchoolStore(db()).findByUrn(school.urn));
        while (m_undo->canRedo())
            m_undo->redo();
        const Person again = *PersonStore(db()).find(m_group.personA1);
        QCOMPARE(again.phone, second.phone);
        QCOMPARE(again.role, fourth.role);
        QCOMPARE(SchoolStore(db()).findByUrn(school.urn)->name, renamed.name);
    }
    QCOMPARE(Prompter::messageCount(), messages);
    QCOMPARE(m_undo->count(), 4);
}

void TestCommands::undoAfterSomeoneElsesEditIsRefused()
{
    const Person before = *PersonStore(db()).find(m_group.personA1);
    Person after = before;
    after.phone = QStringLiteral("0114 496 0002");
    QVERIFY(m_workspace->run(new UpdatePersonCommand(*m_workspace, before, after)));

    // Someone else (another window, or a colleague on the hub's server) changes the person.
    Person theirs = *PersonStore(db()).find(m_group.personA1);
    theirs.email = QStringLiteral("ann.ash@newschool.example.org");
    PersonStore(db()).update(theirs);

    const int messages = Prompter::messageCount();
    m_undo->undo();
    QCOMPARE(Prompter::messageCount(), messages + 1);
    QVERIFY2(Prompter::lastMessage().contains(QStringLiteral("changed by someone else")),
             qPrintable(Prompter::lastMessage()));
    QCOMPARE(m_undo->count(), 0); // the refused step leaves the history
    const Person stored = *PersonStore(db()).find(m_group.personA1);
    QCOMPARE(stored.email, theirs.email); // their edit kept
    QCOMPARE(stored.phone, after.phone); // and nothing of the undo written
    QCOMPARE(stored.version, theirs.version);
}

namespace {

// Runs `check` on the merge dialog as soon as it is shown (it runs modal).
template<typename Check> void onMergeDialog(Check check)
{
    QTimer::singleShot(0, [check] {
        auto *dialog = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            QFAIL("No merge dialog was shown");
        check(*dialog);
    });
}

QString cell(EditConflictDialog &dialog, int row, int column)
{
    return dialog.model()->index(row, column).data().toString();
}

} // namespace

void TestCommands::aFormSavedAfterSomeoneElsesEditIsMergedFieldByField()
{
    // A form is filled from the Work Group; before it is saved, someone else changes it.
    const WorkGroup before = *WorkGroupStore(db()).find(m_group.workGroupId);
    WorkGroup theirs = before;
    theirs.capacity = 30;
    theirs.title = QStringLiteral("Their title");
    WorkGroupStore(db()).update(theirs);

    WorkGroup mine = before;
    mine.title = QStringLiteral("My title");
    mine.notes = QStringLiteral("My notes");
    bool shown = false;
    onMergeDialog([&](EditConflictDialog &dialog) {
        shown = true;
        // Title: both changed; capacity: only they did; notes: only this edit did.
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Field), QStringLiteral("Title"));
        QCOMPARE(cell(dialog, 0, EditConflictModel::Before), before.title);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Theirs), theirs.title);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Yours), mine.title);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Kept), QStringLiteral("Theirs"));
        QCOMPARE(cell(dialog, 1, EditConflictModel::Field), QStringLiteral("Capacity"));
        QCOMPARE(cell(dialog, 2, EditConflictModel::Field), QStringLiteral("Notes"));
        dialog.table()->selectRow(0);
        QTest::keyClick(dialog.table(), Qt::Key_Y);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Kept), QStringLiteral("Yours"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveMergedPushButton"))->click();
    });
    QVERIFY(m_workspace->run(new UpdateWorkGroupCommand(*m_workspace, before, mine)));
    QVERIFY(shown);
    const WorkGroup stored = *WorkGroupStore(db()).find(m_group.workGroupId);
    QCOMPARE(stored.title, mine.title);
    QCOMPARE(stored.capacity, 30);
    QCOMPARE(stored.notes, mine.notes);
    QCOMPARE(stored.version, theirs.version + 1);
    QCOMPARE(m_undo->count(), 1);

    // Undo takes back only what the merge wrote: their change stays.
    m_undo->undo();
    const WorkGroup undone = *WorkGroupStore(db()).find(m_group.workGroupId);
    QCOMPARE(undone.title, theirs.title);
    QCOMPARE(undone.capacity, 30);
    QCOMPARE(undone.notes, before.notes);
}

void TestCommands::aMergeCancelledWritesNothing()
{
    const Person before = *PersonStore(db()).find(m_group.personB1);
    Person theirs = before;
    theirs.phone = QStringLiteral("0114 496 0400");
    PersonStore(db()).update(theirs);
    Person mine = before;
    mine.phone = QStringLiteral("0114 496 0500");
    onMergeDialog([](EditConflictDialog &dialog) {
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Field), QStringLiteral("Phone"));
        dialog.reject();
    });
    QVERIFY(!m_workspace->run(new UpdatePersonCommand(*m_workspace, before, mine)));
    QCOMPARE(m_undo->count(), 0);
    const Person stored = *PersonStore(db()).find(m_group.personB1);
    QCOMPARE(stored.phone, theirs.phone);
    QCOMPARE(stored.version, theirs.version);
}

void TestCommands::aChangeNobodyCanSeeIsNotAskedAbout()
{
    // Someone saves the person unchanged: the version moves on, no field does.
    const Person before = *PersonStore(db()).find(m_group.personA2);
    Person resaved = before;
    PersonStore(db()).update(resaved);
    Person mine = before;
    mine.role = QStringLiteral("Year 6 teacher");
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        if (auto *dialog = QApplication::activeModalWidget()) {
            shown = true;
            dialog->close();
        }
    });
    QVERIFY(m_workspace->run(new UpdatePersonCommand(*m_workspace, before, mine)));
    QCoreApplication::processEvents();
    QVERIFY(!shown);
    const Person stored = *PersonStore(db()).find(m_group.personA2);
    QCOMPARE(stored.role, mine.role);
    QCOMPARE(stored.version, resaved.version + 1);
}

namespace {
std::optional<AttendanceRecord> markNamed(AttendanceMark mark)
{
    AttendanceRecord record;
    record.mark = mark;
    return record;
}
} // namespace

void TestCommands::aParticipantSavedAfterSomeoneElsesChangeIsMerged()
{
    // A participant's form, with the person's own details, filled; meanwhile a colleague
    // records the participant's role and the person's phone.
    const ParticipantEnrolment before
        = *WorkGroupStore(db()).findParticipant(m_group.participantA1);
    const Person personBefore = *PersonStore(db()).find(m_group.personA1);
    ParticipantEnrolment theirs = before;
    theirs.role = QStringLiteral("Year 2 teacher");
    WorkGroupStore(db()).updateParticipant(theirs);
    Person theirPerson = personBefore;
    theirPerson.phone = QStringLiteral("0114 496 0303");
    PersonStore(db()).update(theirPerson);

    ParticipantEnrolment mine = before;
    mine.leftOn = QDate(2025, 2, 14);
    Person myPerson = personBefore;
    myPerson.email = QStringLiteral("ann.ash@moved.example.org");
    auto *command = new UpdateParticipantCommand(*m_workspace, before, mine,
                                                 QStringLiteral("Change participant"));
    command->setPersonChange(personBefore, myPerson);
    QStringList asked;
    const auto answer = [&](EditConflictDialog &dialog) {
        // Nothing both changed: shown, and saved as it stands.
        QCOMPARE(dialog.model()->rowCount(), 2);
        asked << cell(dialog, 0, EditConflictModel::Field) + QLatin1Char('/')
                + cell(dialog, 1, EditConflictModel::Field);
        dialog.findChild<QPushButton *>(QStringLiteral("saveMergedPushButton"))->click();
    };
    // One dialog for the participant; the next, for the person, once the first is answered.
    onMergeDialog([&](EditConflictDialog &dialog) {
        onMergeDialog(answer);
        answer(dialog);
    });
    QVERIFY(m_workspace->run(command));
    QCOMPARE(
        asked,
        (QStringList { QStringLiteral("Role in the group/Left"), QStringLiteral("Email/Phone") }));
    const ParticipantEnrolment stored
        = *WorkGroupStore(db()).findParticipant(m_group.participantA1);
    QCOMPARE(stored.role, theirs.role);
    QCOMPARE(stored.leftOn, mine.leftOn);
    const Person person = *PersonStore(db()).find(m_group.personA1);
    QCOMPARE(person.phone, theirPerson.phone);
    QCOMPARE(person.email, myPerson.email);
    // Undo takes back only this edit.
    m_undo->undo();
    QCOMPARE(WorkGroupStore(db()).findParticipant(m_group.participantA1)->role, theirs.role);
    QVERIFY(!WorkGroupStore(db()).findParticipant(m_group.participantA1)->leftOn.isValid());
    QCOMPARE(PersonStore(db()).find(m_group.personA1)->email, personBefore.email);
    QCOMPARE(PersonStore(db()).find(m_group.personA1)->phone, theirPerson.phone);
}

void TestCommands::aSchoolEnrolmentSavedAfterSomeoneElsesChangeIsMerged()
{
    const QList<SchoolEnrolmentListing> schools = WorkGroupStore(db()).schools(m_group.workGroupId);
    const SchoolEnrolment before = schools.first().enrolment;
    SchoolEnrolment theirs = before;
    theirs.notes = QStringLiteral("Their note");
    WorkGroupStore(db()).updateSchoolEnrolment(theirs);
    SchoolEnrolment mine = before;
    mine.notes = QStringLiteral("My note");
    mine.headCommitment = true;
    onMergeDialog([&](EditConflictDialog &dialog) {
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(cell(dialog, 0, EditConflictModel::Field), QStringLiteral("Head's commitment"));
        QCOMPARE(cell(dialog, 1, EditConflictModel::Field), QStringLiteral("Notes"));
        QCOMPARE(cell(dialog, 1, EditConflictModel::Kept), QStringLiteral("Theirs"));
        dialog.table()->selectRow(1);
        QTest::keyClick(dialog.table(), Qt::Key_Y);
        dialog.findChild<QPushButton *>(QStringLiteral("saveMergedPushButton"))->click();
    });
    QVERIFY(m_workspace->run(new UpdateSchoolEnrolmentCommand(*m_workspace, before, mine,
                                                              QStringLiteral("Change enrolment"))));
    const SchoolEnrolment stored = *WorkGroupStore(db()).findSchoolEnrolment(before.id);
    QCOMPARE(stored.notes, mine.notes);
    QVERIFY(stored.headCommitment);
    QCOMPARE(stored.version, theirs.version + 1);
}

void TestCommands::ownMarksOnOneParticipantUndoAndRedoInTurn()
{
    // One participant marked three times in turn, by this window only: each undo and redo
    // finds the mark the one before left, whichever command left it.
    const RecordId session = m_group.sessions.at(1);
    const auto markOf = [&] {
        const auto mark = AttendanceStore(db()).find(session, m_group.participantB1);
        return mark ? std::optional<AttendanceMark>(mark->mark) : std::nullopt;
    };
    const QList<AttendanceMark> marks { AttendanceMark::Present, AttendanceMark::Late,
                                        AttendanceMark::Apologies };
    for (AttendanceMark mark : marks)
        QVERIFY(m_workspace->run(new SetMarkCommand(*m_workspace, session, m_group.participantB1,
                                                    markNamed(mark), QStringLiteral("Mark"))));
    const int messages = Prompter::messageCount();
    for (int round = 0; round < 2; ++round) {
        m_undo->undo();
        QCOMPARE(markOf(), AttendanceMark::Late);
        m_undo->undo();
        QCOMPARE(markOf(), AttendanceMark::Present);
        m_undo->undo();
        QCOMPARE(markOf(), std::nullopt);
        m_undo->redo();
        m_undo->redo();
        m_undo->redo();
        QCOMPARE(markOf(), AttendanceMark::Apologies);
    }
    QCOMPARE(Prompter::messageCount(), messages);
    QCOMPARE(m_undo->count(), 3);
}

void TestCommands::undoOfAMarkSomeoneElseChangedIsRefused()
{
    const RecordId session = m_group.sessions.at(1);
    QVERIFY(m_workspace->run(new SetMarkCommand(*m_workspace, session, m_group.participantB1,
                                                markNamed(AttendanceMark::Late),
                                                QStringLiteral("Mark late"))));
    // Someone else (the Lead, on the hub's server) marks the participant present meanwhile.
    AttendanceRecord present;
    present.sessionId = session;
    present.participantId = m_group.participantB1;
    present.mark = AttendanceMark::Present;
    AttendanceStore(db()).setMark(present);

    const int messages = Prompter::messageCount();
    m_undo->undo();
    QCOMPARE(Prompter::messageCount(), messages + 1);
    QVERIFY2(Prompter::lastMessage().contains(QStringLiteral("changed by someone else")),
             qPrintable(Prompter::lastMessage()));
    QCOMPARE(AttendanceStore(db()).find(session, m_group.participantB1)->mark,
             AttendanceMark::Present);
    QCOMPARE(m_undo->count(), 0);
}

void TestCommands::redoOfAMarkSomeoneElseMadeMeanwhileIsRefused()
{
    const RecordId session = m_group.sessions.at(1);
    QVERIFY(m_workspace->run(new SetMarkCommand(*m_workspace, session, m_group.participantB1,
                                                markNamed(AttendanceMark::Late),
                                                QStringLiteral("Mark late"))));
    m_undo->undo();
    QVERIFY(!AttendanceStore(db()).find(session, m_group.participantB1));
    // Between the undo and the redo, someone else marks the participant absent.
    AttendanceRecord absent;
    absent.sessionId = session;
    absent.participantId = m_group.participantB1;
    absent.mark = AttendanceMark::Absent;
    AttendanceStore(db()).setMark(absent);

    const int messages = Prompter::messageCount();
    m_undo->redo();
    QCOMPARE(Prompter::messageCount(), messages + 1);
    QCOMPARE(AttendanceStore(db()).find(session, m_group.participantB1)->mark,
             AttendanceMark::Absent);
}

void TestCommands::undoOfMarkEveryonePresentOverSomeoneElsesMarkIsRefused()
{
    const RecordId session = m_group.sessions.at(1);
    auto *command = new MarkAllPresentCommand(*m_workspace, session);
    QVERIFY(m_workspace->run(command));
    QVERIFY(command->marked() >= 2);
    const QList<AttendanceRecord> made = AttendanceStore(db()).marksForSession(session);
    // Own undo and redo: nothing refused.
    m_undo->undo();
    QVERIFY(AttendanceStore(db()).marksForSession(session).isEmpty());
    m_undo->redo();
    QCOMPARE(AttendanceStore(db()).marksForSession(session).size(), made.size());

    // Someone else then changes one of those marks to late.
    AttendanceRecord late = made.constLast();
    late.mark = AttendanceMark::Late;
    AttendanceStore(db()).setMark(late);

    const int messages = Prompter::messageCount();
    m_undo->undo();
    QCOMPARE(Prompter::messageCount(), messages + 1);
    // Nothing undone: every mark is still there, theirs as they made it.
    const QList<AttendanceRecord> now = AttendanceStore(db()).marksForSession(session);
    QCOMPARE(now.size(), made.size());
    QCOMPARE(AttendanceStore(db()).find(session, late.participantId)->mark, AttendanceMark::Late);
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
