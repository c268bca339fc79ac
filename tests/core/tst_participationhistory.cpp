#include "TestSupport.h"
#include "figures/AttendanceFigures.h"
#include "figures/SchoolSessionFigures.h"
#include "history/ParticipationHistory.h"
#include "records/AttendanceStore.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QTest>

using namespace hubreg;

class TestParticipationHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_temp.reset(); }
    void schoolHistoryFollowsPredecessors();
    void personFiguresMatchTheWorkGroupFigures();
    void personMarksListEverySessionThatConcernsThem();
    void schoolSessionCellsAgreeWithTheTotals();

private:
    void mark(RecordId session, RecordId participant, AttendanceMark mark);

    std::unique_ptr<test::TempDatabase> m_temp;
    test::SmallWorkGroup m_group;
};

void TestParticipationHistory::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    m_group = test::buildSmallWorkGroup(m_temp->db());
}

void TestParticipationHistory::mark(RecordId session, RecordId participant, AttendanceMark value)
{
    AttendanceRecord record;
    record.sessionId = session;
    record.participantId = participant;
    record.mark = value;
    AttendanceStore(m_temp->db()).setMark(record);
}

void TestParticipationHistory::schoolHistoryFollowsPredecessors()
{
    Database &db = m_temp->db();
    // Alder Primary (100001) became Alder Academy (100901): GIAS links both ways.
    School academy;
    academy.urn = *Urn::fromInt(100901);
    academy.name = QStringLiteral("Alder Academy");
    SchoolStore(db).add(academy);
    SchoolLink link;
    link.urn = academy.urn;
    link.linkedUrn = *Urn::fromInt(100001);
    link.linkType = QStringLiteral("Predecessor");
    SchoolStore(db).upsertLink(link);
    mark(m_group.sessions.at(0), m_group.participantA1, AttendanceMark::Present);
    mark(m_group.sessions.at(1), m_group.participantA2, AttendanceMark::Absent);
    mark(m_group.sessions.at(1), m_group.participantA1, AttendanceMark::Apologies);

    const QList<SchoolParticipation> history = ParticipationHistory(db).forSchool(academy.id);
    QCOMPARE(history.size(), 1);
    const SchoolParticipation &row = history.first();
    QCOMPARE(row.schoolId, m_group.schoolA);
    QCOMPARE(row.urn.value(), 100001);
    QCOMPARE(row.schoolName, QStringLiteral("Alder Primary School"));
    QCOMPARE(row.workGroupCode, QStringLiteral("TEST-01"));
    QCOMPARE(row.programmeCode, QStringLiteral("TFM-DEV"));
    QCOMPARE(row.academicYear, QStringLiteral("2024/25"));
    QCOMPARE(row.participants, 2);
    QCOMPARE(row.expected, 2);
    QCOMPARE(row.attended, 1);
    QVERIFY(!row.completed); // 50% is below 75%

    // The predecessor's own history does not take in its successor's.
    QCOMPARE(ParticipationHistory(db).forSchool(m_group.schoolA).size(), 1);
    QCOMPARE(ParticipationHistory(db).forSchool(m_group.schoolB).first().expected, 2);
}

void TestParticipationHistory::personFiguresMatchTheWorkGroupFigures()
{
    Database &db = m_temp->db();
    mark(m_group.sessions.at(0), m_group.participantA1, AttendanceMark::Present);
    mark(m_group.sessions.at(1), m_group.participantA1, AttendanceMark::Late);
    mark(m_group.sessions.at(2), m_group.participantA1, AttendanceMark::Apologies);
    mark(m_group.sessions.at(3), m_group.participantA1, AttendanceMark::NotExpected);
    SessionStore(db).setStatus(m_group.sessions.at(3), SessionStatus::Held);

    const QList<PersonParticipation> rows = ParticipationHistory(db).forPerson(m_group.personA1);
    QCOMPARE(rows.size(), 1);
    ParticipantFigures expected;
    for (const ParticipantFigures &f : AttendanceFigures(db).participants(m_group.workGroupId)) {
        if (f.participantId == m_group.participantA1)
            expected = f;
    }
    QCOMPARE(rows.first().expected, expected.expected);
    QCOMPARE(rows.first().attended, expected.attended);
    QCOMPARE(rows.first().apologies, expected.apologies);
    QCOMPARE(rows.first().completed, expected.completed);
    QCOMPARE(rows.first().expected, 3);
    QCOMPARE(rows.first().attended, 2);
    QCOMPARE(rows.first().schoolName, QStringLiteral("Alder Primary School"));
}

void TestParticipationHistory::personMarksListEverySessionThatConcernsThem()
{
    Database &db = m_temp->db();
    // A visit to the other school does not concern Ann.
    Session visit;
    visit.workGroupId = m_group.workGroupId;
    visit.kind = SessionKind::SchoolVisit;
    visit.visitSchoolId = m_group.schoolB;
    visit.date = QDate(2025, 3, 3);
    SessionStore(db).add(visit);
    AttendanceRecord record;
    record.sessionId = m_group.sessions.at(0);
    record.participantId = m_group.participantA1;
    record.mark = AttendanceMark::Substitute;
    record.substituteName = QStringLiteral("Sam");
    record.note = QStringLiteral("Covering");
    AttendanceStore(db).setMark(record);

    const QList<PersonSessionMark> marks
        = ParticipationHistory(db).marksForPerson(m_group.personA1);
    QCOMPARE(marks.size(), 4);
    QCOMPARE(marks.first().mark, AttendanceMark::Substitute);
    QCOMPARE(marks.first().substituteName, QStringLiteral("Sam"));
    QCOMPARE(marks.first().note, QStringLiteral("Covering"));
    QVERIFY(!marks.at(1).mark.has_value());
    QCOMPARE(ParticipationHistory(db).marksForPerson(m_group.personB1).size(), 5);
}

void TestParticipationHistory::schoolSessionCellsAgreeWithTheTotals()
{
    Database &db = m_temp->db();
    mark(m_group.sessions.at(0), m_group.participantA1, AttendanceMark::Absent);
    mark(m_group.sessions.at(0), m_group.participantA2, AttendanceMark::Late);
    mark(m_group.sessions.at(0), m_group.participantB1, AttendanceMark::Apologies);
    mark(m_group.sessions.at(1), m_group.participantB1, AttendanceMark::Present);
    SessionStore(db).setStatus(m_group.sessions.at(2), SessionStatus::Cancelled);

    const QList<SchoolSessionFigure> cells
        = SchoolSessionFigures(db).forWorkGroup(m_group.workGroupId);
    QCOMPARE(cells.size(), 4); // two schools, two held sessions; cancelled and planned have none
    QHash<QPair<RecordId, RecordId>, SchoolSessionFigure> byCell;
    for (const SchoolSessionFigure &cell : cells)
        byCell.insert(qMakePair(cell.schoolId, cell.sessionId), cell);
    QVERIFY(byCell.value(qMakePair(m_group.schoolA, m_group.sessions.at(0))).attended);
    QVERIFY(!byCell.value(qMakePair(m_group.schoolB, m_group.sessions.at(0))).attended);
    QVERIFY(byCell.value(qMakePair(m_group.schoolB, m_group.sessions.at(1))).attended);
    QVERIFY(!byCell.value(qMakePair(m_group.schoolA, m_group.sessions.at(1))).attended);
    for (const SchoolFigures &school : AttendanceFigures(db).schools(m_group.workGroupId)) {
        int expected = 0;
        int attended = 0;
        for (const SchoolSessionFigure &cell : cells) {
            if (cell.schoolId == school.schoolId) {
                expected += cell.expected ? 1 : 0;
                attended += cell.attended ? 1 : 0;
            }
        }
        QCOMPARE(expected, school.expected);
        QCOMPARE(attended, school.attended);
    }
}

QTEST_GUILESS_MAIN(TestParticipationHistory)
#include "tst_participationhistory.moc"
