#pragma once

#include "StoreCommand.h"
#include "domain/Programme.h"

namespace hubreg::ui {

// Adds a programme to the catalogue; undo takes it out again, refused once someone else has
// changed it or a Work Group uses it.
class AddProgrammeCommand : public StoreCommand
{
public:
    AddProgrammeCommand(Workspace &workspace, const Programme &programme);
    // The id it was first stored with (look it up in the workspace's ids after undo/redo).
    RecordId programmeId() const { return m_firstId; }

protected:
    void apply() override;
    void revert() override;

private:
    Programme m_programme;
    RecordId m_firstId = 0;
};

// Changes a programme's details, prerequisites or threshold; merged field by field with
// someone else's change made meanwhile.
class UpdateProgrammeCommand : public StoreCommand
{
public:
    UpdateProgrammeCommand(Workspace &workspace, const Programme &before, const Programme &after);

    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(Programme programme);
    Programme m_before;
    Programme m_after;
};

// Takes a programme no Work Group uses out of the catalogue, as it was last seen; undo puts it
// back.
class RemoveProgrammeCommand : public StoreCommand
{
public:
    RemoveProgrammeCommand(Workspace &workspace, const Programme &programme);

protected:
    void apply() override;
    void revert() override;

private:
    Programme m_programme;
};

} // namespace hubreg::ui
