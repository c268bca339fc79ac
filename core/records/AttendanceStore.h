#pragma once

#include "domain/Attendance.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

// One participant's mark at one session as a writer last knew it: which mark, at which
// version, or no mark at all (a null uuid).
struct KnownMark
{
    QUuid uuid;
    int version = 0;

    static KnownMark of(const std::optional<AttendanceRecord> &mark)
    {
        return mark ? KnownMark { mark->uuid, mark->version } : KnownMark {};
    }
    friend bool operator==(const KnownMark &a, const KnownMark &b)
    {
        return a.uuid == b.uuid && a.version == b.version;
    }
};

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
    // Refuses (StoreError::Stale) unless the participant's mark at the session is still
    // `known`: an undo or redo states the mark its window last left there, so that it never
    // writes over a mark someone else has made or cleared since. Call it inside the writer's
    // transaction; on a server it holds the mark until that commits.
    void requireMark(RecordId sessionId, RecordId participantId, const KnownMark &known);
    QList<AttendanceRecord> marksForSession(RecordId sessionId) const;
    QList<AttendanceRecord> marksForWorkGroup(RecordId workGroupId) const;
    // Marks Present every participant expected at the session who has no mark yet; returns
    // the marks made.
    QList<AttendanceRecord> markAllPresent(RecordId sessionId, const QString &recordedBy);

private:
    Database &m_db;
};

} // namespace hubreg
