#pragma once

#include "StoreCommand.h"
#include "domain/Attendance.h"
#include "domain/Session.h"
#include "domain/WorkGroup.h"

#include <QList>

#include <optional>

namespace hubreg::ui {

// Sets, changes or clears one participant's mark at one session. Undoing the first mark of a
// session that was only planned makes it planned again (the core marks it held), and its Work
// Group planned (or recruiting) again when that mark had started it. An undo or redo over a
// mark someone else has made since is refused.
class SetMarkCommand : public StoreCommand
{
public:
    // `mark` empty clears the mark. The mark there now is kept for undo.
    SetMarkCommand(Workspace &workspace, RecordId sessionId, RecordId participantId,
                   std::optional<AttendanceRecord> mark, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    // Writes `mark` (or clears it) over the mark this window last left there.
    void write(std::optional<AttendanceRecord> mark, bool undoing);

    RecordId m_sessionId;
    RecordId m_participantId;
    std::optional<AttendanceRecord> m_before;
    std::optional<AttendanceRecord> m_after;
    SessionStatus m_statusBefore = SessionStatus::Held;
    RecordId m_workGroupId = 0;
    WorkGroupStatus m_workGroupBefore = WorkGroupStatus::Running;
};

// Marks present everyone expected at the session who has no mark yet.
class MarkAllPresentCommand : public StoreCommand
{
public:
    MarkAllPresentCommand(Workspace &workspace, RecordId sessionId);
    int marked() const { return int(m_participants.size()); }

protected:
    void apply() override;
    void revert() override;

private:
    RecordId m_sessionId;
    QList<RecordId> m_participants;
    bool m_firstTime = true;
    SessionStatus m_statusBefore = SessionStatus::Held;
    RecordId m_workGroupId = 0;
    WorkGroupStatus m_workGroupBefore = WorkGroupStatus::Running;
};

// Puts a session back to planned when undoing has left it with no marks at all, and its Work
// Group back to `workGroupBefore` when none of its sessions is held any more.
void restorePlannedStatus(Database &db, RecordId sessionId, SessionStatus statusBefore,
                          RecordId workGroupId, WorkGroupStatus workGroupBefore);

} // namespace hubreg::ui
