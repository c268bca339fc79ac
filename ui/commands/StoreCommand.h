#pragma once

#include "database/Entity.h"
#include "domain/Record.h"
#include "records/AttendanceStore.h"

#include <QUndoCommand>

#include <memory>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class Workspace;

// An undoable edit made through the core's stores. apply() does (or does again) the edit and
// revert() takes it back; each runs in its own transaction. A refusal from the core while
// undoing or redoing is shown to the user and the command leaves the history.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(Workspace &workspace, const QString &text);

    void redo() final;
    void undo() final;

    // Whether an edit refused as stale (someone else changed the record since it was begun)
    // can be merged with their change.
    virtual bool canMerge() const { return false; }
    // Shows the person their change beside this edit, field by field; returns the edit that
    // writes what they chose over what is stored now, or nothing when they cancel or the
    // record is gone.
    virtual std::unique_ptr<StoreCommand> mergedWithTheirs() { return {}; }

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;

    Workspace &workspace() const { return m_workspace; }
    Database &db() const;
    RecordId current(Entity entity, RecordId id) const;
    // Notes that the record stored as `from` has been made again as `to`.
    void moved(Entity entity, RecordId from, RecordId to);
    // An edit from a form: the version the form was filled from is the one it is based on.
    void basedOn(Entity entity, const Record &record);
    // Points `record` at its row now, and at the version this window last knew it at, so the
    // core refuses the write if anyone else has changed the record since (StoreError::Stale).
    void rebase(Entity entity, Record &record) const;
    // Notes the version this window's write left the record at.
    void wrote(Entity entity, const Record &record);
    // The same for one participant's mark at one session (current ids): the mark this window
    // last knew there, which an undo or redo states, and the one its write left.
    std::optional<KnownMark> knownMark(RecordId sessionId, RecordId participantId) const;
    void leftMark(RecordId sessionId, RecordId participantId, const KnownMark &mark);

private:
    friend class Workspace;
    void report(const QString &what, const QString &message);

    Workspace &m_workspace;
    bool m_alreadyApplied = false;
};

} // namespace hubreg::ui
