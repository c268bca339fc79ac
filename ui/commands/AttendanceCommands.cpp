#include "AttendanceCommands.h"

#include "common/Workspace.h"
#include "database/Database.h"
#include "database/Transaction.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
SessionStatus statusOf(Database &db, RecordId sessionId)
{
    const auto session = SessionStore(db).find(sessionId);
    return session ? session->status : SessionStatus::Held;
}

RecordId workGroupOf(Database &db, RecordId sessionId)
{
    const auto session = SessionStore(db).find(sessionId);
    return session ? session->workGroupId : 0;
}

WorkGroupStatus workGroupStatusOf(Database &db, RecordId workGroupId)
{
    const auto group = WorkGroupStore(db).find(workGroupId);
    return group ? group->status : WorkGroupStatus::Running;
}
} // namespace

void restorePlannedStatus(Database &db, RecordId sessionId, SessionStatus statusBefore,
                          RecordId workGroupId, WorkGroupStatus workGroupBefore)
{
    if (statusBefore != SessionStatus::Planned)
        return;
    if (statusOf(db, sessionId) == SessionStatus::Held
        && AttendanceStore(db).marksForSession(sessionId).isEmpty())
        SessionStore(db).setStatus(sessionId, SessionStatus::Planned);
    WorkGroupStore(db).restoreBeforeStart(workGroupId, workGroupBefore);
}

SetMarkCommand::SetMarkCommand(Workspace &workspace, RecordId sessionId, RecordId participantId,
                               std::optional<AttendanceRecord> mark, const QString &text)
    : StoreCommand(workspace, text)
    , m_sessionId(sessionId)
    , m_participantId(participantId)
    , m_before(AttendanceStore(workspace.database()).find(sessionId, participantId))
    , m_after(std::move(mark))
    , m_statusBefore(statusOf(workspace.database(), sessionId))
    , m_workGroupId(workGroupOf(workspace.database(), sessionId))
    , m_workGroupBefore(workGroupStatusOf(workspace.database(), m_workGroupId))
{
    // The edit is based on the mark shown now.
    leftMark(current(Entity::Session, m_sessionId),
             current(Entity::ParticipantEnrolment, m_participantId), KnownMark::of(m_before));
}

void SetMarkCommand::apply()
{
    std::optional<AttendanceRecord> mark = m_after;
    if (mark)
        mark->recordedBy = workspace().recorderName();
    write(mark, false);
}

void SetMarkCommand::revert()
{
    write(m_before, true);
}

void SetMarkCommand::write(std::optional<AttendanceRecord> mark, bool undoing)
{
    const RecordId session = current(Entity::Session, m_sessionId);
    const RecordId participant = current(Entity::ParticipantEnrolment, m_participantId);
    Transaction transaction(db());
    requireMark(session, participant);
    AttendanceStore marks(db());
    if (mark) {
        mark->id = 0;
        mark->sessionId = session;
        mark->participantId = participant;
        mark = marks.setMark(*mark);
    } else {
        marks.clearMark(session, participant);
    }
    if (undoing)
        restorePlannedStatus(db(), session, m_statusBefore,
                             current(Entity::WorkGroup, m_workGroupId), m_workGroupBefore);
    transaction.commit();
    leftMark(session, participant, KnownMark::of(mark));
}

MarkAllPresentCommand::MarkAllPresentCommand(Workspace &workspace, RecordId sessionId)
    : StoreCommand(
        workspace,
        QCoreApplication::translate("hubreg::ui::MarkAllPresentCommand", "Mark everyone present"))
    , m_sessionId(sessionId)
    , m_statusBefore(statusOf(workspace.database(), sessionId))
    , m_workGroupId(workGroupOf(workspace.database(), sessionId))
    , m_workGroupBefore(workGroupStatusOf(workspace.database(), m_workGroupId))
{ }

void MarkAllPresentCommand::apply()
{
    const RecordId session = current(Entity::Session, m_sessionId);
    if (std::exchange(m_firstTime, false)) {
        for (const AttendanceRecord &made :
             AttendanceStore(db()).markAllPresent(session, workspace().recorderName())) {
            m_participants << made.participantId;
            leftMark(session, made.participantId, KnownMark::of(made));
        }
        return;
    }
    Transaction transaction(db());
    QList<AttendanceRecord> made;
    for (RecordId participant : std::as_const(m_participants)) {
        AttendanceRecord record;
        record.sessionId = session;
        record.participantId = current(Entity::ParticipantEnrolment, participant);
        record.mark = AttendanceMark::Present;
        record.recordedBy = workspace().recorderName();
        requireMark(session, record.participantId);
        made << AttendanceStore(db()).setMark(record);
    }
    transaction.commit();
    for (const AttendanceRecord &mark : std::as_const(made))
        leftMark(session, mark.participantId, KnownMark::of(mark));
}

void MarkAllPresentCommand::revert()
{
    const RecordId session = current(Entity::Session, m_sessionId);
    Transaction transaction(db());
    QList<RecordId> cleared;
    for (RecordId participant : std::as_const(m_participants)) {
        cleared << current(Entity::ParticipantEnrolment, participant);
        requireMark(session, cleared.constLast());
        AttendanceStore(db()).clearMark(session, cleared.constLast());
    }
    restorePlannedStatus(db(), session, m_statusBefore, current(Entity::WorkGroup, m_workGroupId),
                         m_workGroupBefore);
    transaction.commit();
    for (RecordId participant : std::as_const(cleared))
        leftMark(session, participant, KnownMark());
}

} // namespace hubreg::ui
