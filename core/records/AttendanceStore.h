#pragma once

#include "domain/Attendance.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

// The register: one mark per participant per session. Every write is its own committed
// transaction, so a mark reported saved survives the program being closed or killed.
class AttendanceStore
{
public:
    explicit AttendanceStore(Database &db)
        : m_db(db)
    { }

    // Sets (or replaces) the participant's mark. A planned session becomes held, and its Work
    // Group, if planned or recruiting, running (WorkGroupStore::startOnceHeld). Throws
    // Conflict for a cancelled session or a participant of another Work Group.
    AttendanceRecord setMark(AttendanceRecord record);
    // Removes the mark, if any; returns the mark that was there (for undo).
    std::optional<AttendanceRecord> clearMark(RecordId sessionId, RecordId participantId);
    std::optional<AttendanceRecord> find(RecordId sessionId, RecordId participantId) const;
    QList<AttendanceRecord> marksForSession(RecordId sessionId) const;
    QList<AttendanceRecord> marksForWorkGroup(RecordId workGroupId) const;
    // Marks Present every participant expected at the session who has no mark yet; returns
    // the marks made.
    QList<AttendanceRecord> markAllPresent(RecordId sessionId, const QString &recordedBy);

private:
    Database &m_db;
};

} // namespace hubreg
