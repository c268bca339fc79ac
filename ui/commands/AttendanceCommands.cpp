#include "AttendanceCommands.h"

#include "common/Workspace.h"
#include "database/Database.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
// The session's and its Work Group's status now, for an undo to put back.
StatusBefore statusOf(Database &db, RecordId sessionId)
{
    StatusBefore before;
    if (const auto session = SessionStore(db).find(sessionId)) {
        before.session = session->status;
        if (const auto group = WorkGroupStore(db).find(session->workGroupId))
            before.workGroup = group->status;
    }
    return before;
}
} // namespace

SetMarkCommand::SetMarkCommand(Workspace &workspace, RecordId sessionId, RecordId participantId,
                               std::optional<AttendanceRecord> mark, const QString &text)
    : StoreCommand(workspace, text)
    , m_sessionId(sessionId)
    , m_participantId(participantId)
    , m_before(AttendanceStore(workspace.database()).find(sessionId, participantId))
    , m_after(std::move(mark))
    , m_statusBefore(statusOf(workspace.database(), sessionId))
{
    // The edit is based on the mark shown now.
    leftMark(current(Entity::Session, m_sessionId),
             current(Entity::ParticipantEnrolment, m_participantId), KnownMark::of(m_before));
}

void SetMarkCommand::apply()
{
    const RecordId session = current(Entity::Session, m_sessionId);
    const RecordId participant = current(Entity::ParticipantEnrolment, m_participantId);
    std::optional<AttendanceRecord> mark = m_after;
    if (mark)
        mark->recordedBy = workspace().recorderName();
    mark = AttendanceStore(db()).replaceMark(session, participant, knownMark(session, participant),
                                             mark);
    leftMark(session, participant, KnownMark::of(mark));
}

void SetMarkCommand::revert()
{
    const RecordId session = current(Entity::Session, m_sessionId);
    const RecordId participant = current(Entity::ParticipantEnrolment, m_participantId);
    const auto mark = AttendanceStore(db()).takeBackMark(
        session, participant, knownMark(session, participant), m_before, m_statusBefore);
    leftMark(session, participant, KnownMark::of(mark));
}

MarkAllPresentCommand::MarkAllPresentCommand(Workspace &workspace, RecordId sessionId)
    : StoreCommand(
        workspace,
        QCoreApplication::translate("hubreg::ui::MarkAllPresentCommand", "Mark everyone present"))
    , m_sessionId(sessionId)
    , m_statusBefore(statusOf(workspace.database(), sessionId))
{ }

QList<std::pair<RecordId, std::optional<KnownMark>>>
MarkAllPresentCommand::known(RecordId session) const
{
    QList<std::pair<RecordId, std::optional<KnownMark>>> marks;
    for (RecordId first : m_participants) {
        const RecordId participant = current(Entity::ParticipantEnrolment, first);
        marks.append({ participant, knownMark(session, participant) });
    }
    return marks;
}

void MarkAllPresentCommand::apply()
{
    const RecordId session = current(Entity::Session, m_sessionId);
    AttendanceStore marks(db());
    const QList<AttendanceRecord> made = std::exchange(m_firstTime, false)
        ? marks.markAllPresent(session, workspace().recorderName())
        : marks.markPresentAgain(session, known(session), workspace().recorderName());
    if (m_participants.isEmpty()) {
        for (const AttendanceRecord &mark : made)
            m_participants << mark.participantId;
    }
    for (const AttendanceRecord &mark : made)
        leftMark(session, mark.participantId, KnownMark::of(mark));
}

void MarkAllPresentCommand::revert()
{
    const RecordId session = current(Entity::Session, m_sessionId);
    const auto marks = known(session);
    AttendanceStore(db()).takeBackMarks(session, marks, m_statusBefore);
    for (const auto &[participant, mark] : marks)
        leftMark(session, participant, KnownMark());
}

} // namespace hubreg::ui
