#pragma once

#include "database/Entity.h"
#include "records/AttendanceStore.h"

#include <QHash>
#include <QPair>

namespace hubreg::ui {

// Undoing a creation deletes the record and redoing it makes a new row with a new id. Commands
// keep the ids they first saw and look them up here, so an edit made after a creation still
// finds its record after the creation has been undone and redone.
// It also keeps the version this window last knew each record at (read in a form, or left by
// its own write), which an undo or redo states when it writes: if anyone else has written the
// record since, the core refuses the write instead of overwriting their change.
class RecordIdMap
{
public:
    // The record's id now, following every re-creation since `id` was handed out.
    RecordId current(Entity entity, RecordId id) const;
    // Records that the record known as `from` is now stored as `to`, a new row (version 1).
    void moved(Entity entity, RecordId from, RecordId to);
    // The version this window last knew the record with this (current) id at, or `otherwise`.
    int version(Entity entity, RecordId id, int otherwise) const;
    void setVersion(Entity entity, RecordId id, int version);
    // The mark this window last knew the participant to have at the session (current ids), if
    // it has known one: the marks of one person are written by many commands in turn, so this
    // memory is the window's, not any one command's.
    std::optional<KnownMark> knownMark(RecordId sessionId, RecordId participantId) const;
    void setKnownMark(RecordId sessionId, RecordId participantId, const KnownMark &mark);
    void clear()
    {
        m_next.clear();
        m_versions.clear();
        m_marks.clear();
    }

private:
    QHash<QPair<int, RecordId>, RecordId> m_next;
    QHash<QPair<int, RecordId>, int> m_versions;
    QHash<QPair<RecordId, RecordId>, KnownMark> m_marks;
};

} // namespace hubreg::ui
