#include "RegisterCommands.h"

#include "StaleEdit.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "records/PersonStore.h"
#include "records/RecordFields.h"
#include "records/SchoolStore.h"

#include <QCoreApplication>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::RegisterCommands)
};
} // namespace

AddPersonCommand::AddPersonCommand(Workspace &workspace, const Person &person)
    : StoreCommand(workspace, Tr::tr("Add %1").arg(person.fullName()))
    , m_person(person)
{ }

void AddPersonCommand::apply()
{
    Person stored = m_person;
    stored.id = 0;
    if (stored.schoolId > 0)
        stored.schoolId = current(Entity::School, stored.schoolId);
    PersonStore(db()).add(stored);
    moved(Entity::Person, m_person.id, stored.id);
    m_person.id = stored.id;
    m_person.uuid = stored.uuid;
    if (m_firstId == 0)
        m_firstId = stored.id;
}

void AddPersonCommand::revert()
{
    PersonStore(db()).erase(current(Entity::Person, m_person.id));
}

UpdatePersonCommand::UpdatePersonCommand(Workspace &workspace, const Person &before,
                                         const Person &after)
    : StoreCommand(workspace, Tr::tr("Change %1").arg(after.fullName()))
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::Person, m_after);
}

std::unique_ptr<StoreCommand> UpdatePersonCommand::mergedWithTheirs()
{
    return mergedEdit<UpdatePersonCommand>(
        workspace(), recordfields::person(db()), m_before,
        PersonStore(db()).find(current(Entity::Person, m_after.id)), m_after, m_after.fullName());
}

void UpdatePersonCommand::write(Person person)
{
    rebase(Entity::Person, person);
    if (person.schoolId > 0)
        person.schoolId = current(Entity::School, person.schoolId);
    PersonStore(db()).update(person);
    wrote(Entity::Person, person);
}

AddSchoolCommand::AddSchoolCommand(Workspace &workspace, const School &school)
    : StoreCommand(workspace, Tr::tr("Add %1").arg(school.name))
    , m_school(school)
{ }

void AddSchoolCommand::apply()
{
    School stored = m_school;
    stored.id = 0;
    SchoolStore(db()).add(stored);
    moved(Entity::School, m_school.id, stored.id);
    m_school.id = stored.id;
    m_school.uuid = stored.uuid;
    if (m_firstId == 0)
        m_firstId = stored.id;
}

void AddSchoolCommand::revert()
{
    SchoolStore(db()).remove(current(Entity::School, m_school.id));
}

UpdateSchoolCommand::UpdateSchoolCommand(Workspace &workspace, const School &before,
                                         const School &after)
    : StoreCommand(workspace, Tr::tr("Change %1").arg(after.name))
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::School, m_after);
}

std::unique_ptr<StoreCommand> UpdateSchoolCommand::mergedWithTheirs()
{
    return mergedEdit<UpdateSchoolCommand>(
        workspace(), recordfields::school(), m_before,
        SchoolStore(db()).find(current(Entity::School, m_after.id)), m_after, m_after.name);
}

void UpdateSchoolCommand::write(School school)
{
    rebase(Entity::School, school);
    SchoolStore(db()).update(school);
    wrote(Entity::School, school);
}

} // namespace hubreg::ui
