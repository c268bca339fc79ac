#pragma once

#include "StoreCommand.h"
#include "domain/Attendance.h"
#include "records/AttendanceStore.h"

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
    RecordId m_sessionId;
    RecordId m_participantId;
    std::optional<AttendanceRecord> m_before;
    std::optional<AttendanceRecord> m_after;
    StatusBefore m_statusBefore;
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
    // The participants marked, as now stored, each with the mark this window last left.
    QList<std::pair<RecordId, std::optional<KnownMark>>> known(RecordId session) const;

    RecordId m_sessionId;
    QList<RecordId> m_participants;
    bool m_firstTime = true;
    StatusBefore m_statusBefore;
};

} // namespace hubreg::ui
