#pragma once

#include "domain/Attendance.h"
#include "domain/Session.h"
#include "domain/WorkGroup.h"

#include <QList>

#include <optional>
#include <utility>

namespace hubreg {

class Database;
class StoreError;

// What a session and its Work Group were before a register step, so that undoing it puts them
// back: a session planned until its first mark, a Work Group that mark started.
struct StatusBefore
{
    SessionStatus session = SessionStatus::Held;
    WorkGroupStatus workGroup = WorkGroupStatus::Running;
};

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

    // The register as an undoable step writes it, each call one transaction. The mark is
    // replaced by `mark` (cleared when empty), refused (Stale) unless the mark there is still
    // `known`, when known; returns the mark left there.
    std::optional<AttendanceRecord> replaceMark(RecordId sessionId, RecordId participantId,
                                                const std::optional<KnownMark> &known,
                                                std::optional<AttendanceRecord> mark);
    // Undo of a mark: replaceMark, and when that leaves a session planned before with no mark,
    // the session planned again and its Work Group as it was before.
    std::optional<AttendanceRecord> takeBackMark(RecordId sessionId, RecordId participantId,
                                                 const std::optional<KnownMark> &known,
                                                 std::optional<AttendanceRecord> mark,
                                                 const StatusBefore &before);
    // Redo of Mark Everyone Present: each participant marked present again, each mark as
    // known; all or none.
    QList<AttendanceRecord>
    markPresentAgain(RecordId sessionId,
                     const QList<std::pair<RecordId, std::optional<KnownMark>>> &marks,
                     const QString &recordedBy);
    // Its undo: each mark cleared (each as known), then as takeBackMark; all or none.
    void takeBackMarks(RecordId sessionId,
                       const QList<std::pair<RecordId, std::optional<KnownMark>>> &marks,
                       const StatusBefore &before);

private:
    // setMark's write; `mustBeNew` inserts without looking for a mark there.
    AttendanceRecord putMark(AttendanceRecord record, bool mustBeNew);
    static StoreError staleMark();
    // A session planned before, left with no mark, is planned again; its Work Group as before.
    void restorePlanned(RecordId sessionId, const StatusBefore &before);

    Database &m_db;
};

} // namespace hubreg
