#pragma once

#include "database/Entity.h"

#include <QUndoCommand>

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

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;

    Workspace &workspace() const { return m_workspace; }
    Database &db() const;
    RecordId current(Entity entity, RecordId id) const;
    // Notes that the record stored as `from` has been made again as `to`.
    void moved(Entity entity, RecordId from, RecordId to);

private:
    friend class Workspace;
    void report(const QString &what, const QString &message);

    Workspace &m_workspace;
    bool m_alreadyApplied = false;
};

} // namespace hubreg::ui
