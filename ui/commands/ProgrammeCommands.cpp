#include "ProgrammeCommands.h"

#include "StaleEdit.h"
#include "common/Workspace.h"
#include "records/ProgrammeStore.h"
#include "records/RecordFields.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::ProgrammeCommands)
};
} // namespace

AddProgrammeCommand::AddProgrammeCommand(Workspace &workspace, const Programme &programme)
    : StoreCommand(workspace, Tr::tr("Add programme %1").arg(programme.code))
    , m_programme(programme)
{ }

void AddProgrammeCommand::apply()
{
    const RecordId previous = m_programme.id;
    Programme stored = m_programme;
    stored.id = 0;
    ProgrammeStore(db()).add(stored);
    // The uuid stays the record's across undo and redo.
    m_programme.uuid = stored.uuid;
    m_programme.id = stored.id;
    if (m_firstId == 0)
        m_firstId = stored.id;
    moved(Entity::Programme, previous, stored.id);
    wrote(Entity::Programme, stored);
}

void AddProgrammeCommand::revert()
{
    Programme stored = m_programme;
    rebase(Entity::Programme, stored);
    ProgrammeStore(db()).remove(stored);
}

UpdateProgrammeCommand::UpdateProgrammeCommand(Workspace &workspace, const Programme &before,
                                               const Programme &after)
    : StoreCommand(workspace, Tr::tr("Change programme %1").arg(after.code))
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::Programme, m_after);
}

std::unique_ptr<StoreCommand> UpdateProgrammeCommand::mergedWithTheirs()
{
    return mergedEdit<UpdateProgrammeCommand>(
        workspace(), recordfields::programme(), m_before,
        ProgrammeStore(db()).find(current(Entity::Programme, m_after.id)), m_after,
        Tr::tr("Programme %1").arg(m_after.code));
}

void UpdateProgrammeCommand::write(Programme programme)
{
    rebase(Entity::Programme, programme);
    ProgrammeStore(db()).update(programme);
    wrote(Entity::Programme, programme);
}

RemoveProgrammeCommand::RemoveProgrammeCommand(Workspace &workspace, const Programme &programme)
    : StoreCommand(workspace, Tr::tr("Remove programme %1").arg(programme.code))
    , m_programme(programme)
{
    basedOn(Entity::Programme, m_programme);
}

void RemoveProgrammeCommand::apply()
{
    Programme stored = m_programme;
    rebase(Entity::Programme, stored);
    ProgrammeStore(db()).remove(stored);
}

void RemoveProgrammeCommand::revert()
{
    const RecordId previous = current(Entity::Programme, m_programme.id);
    Programme stored = m_programme;
    stored.id = 0;
    ProgrammeStore(db()).add(stored);
    moved(Entity::Programme, previous, stored.id);
    wrote(Entity::Programme, stored);
}

} // namespace hubreg::ui
