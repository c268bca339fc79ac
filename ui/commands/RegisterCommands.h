#pragma once

#include "StoreCommand.h"
#include "domain/Person.h"
#include "domain/School.h"

namespace hubreg::ui {

// Adds a person to the hub's records; undo erases them again.
class AddPersonCommand : public StoreCommand
{
public:
    AddPersonCommand(Workspace &workspace, const Person &person);
    RecordId personId() const { return m_firstId; }

protected:
    void apply() override;
    void revert() override;

private:
    Person m_person;
    RecordId m_firstId = 0;
};

// Changes a person's details.
class UpdatePersonCommand : public StoreCommand
{
public:
    UpdatePersonCommand(Workspace &workspace, const Person &before, const Person &after);

    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(Person person);
    Person m_before;
    Person m_after;
};

// Adds a school to the register by hand (a school GIAS does not list yet); undo removes it.
class AddSchoolCommand : public StoreCommand
{
public:
    AddSchoolCommand(Workspace &workspace, const School &school);
    RecordId schoolId() const { return m_firstId; }

protected:
    void apply() override;
    void revert() override;

private:
    School m_school;
    RecordId m_firstId = 0;
};

// Changes a school's details in the register.
class UpdateSchoolCommand : public StoreCommand
{
public:
    UpdateSchoolCommand(Workspace &workspace, const School &before, const School &after);

    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(School school);
    School m_before;
    School m_after;
};

} // namespace hubreg::ui
