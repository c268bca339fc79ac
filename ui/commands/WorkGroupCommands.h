#pragma once

#include "StoreCommand.h"
#include "domain/Person.h"
#include "domain/WorkGroup.h"

#include <QList>

#include <optional>

namespace hubreg::ui {

// Creates a Work Group; undo removes it.
class AddWorkGroupCommand : public StoreCommand
{
public:
    AddWorkGroupCommand(Workspace &workspace, const WorkGroup &workGroup);
    // The id it was first stored with (look it up in the workspace's ids after undo/redo).
    RecordId workGroupId() const { return m_firstId; }

protected:
    void apply() override;
    void revert() override;

private:
    WorkGroup m_workGroup;
    RecordId m_firstId = 0;
};

// Changes a Work Group's details.
class UpdateWorkGroupCommand : public StoreCommand
{
public:
    UpdateWorkGroupCommand(Workspace &workspace, const WorkGroup &before, const WorkGroup &after);

    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(WorkGroup workGroup);
    WorkGroup m_before;
    WorkGroup m_after;
};

// Enrols a school in a Work Group, refusing one that something argues against (EnrolmentCheck)
// without a reason (the enrolment's eligibility override); undo takes the enrolment away again.
class EnrolSchoolCommand : public StoreCommand
{
public:
    EnrolSchoolCommand(Workspace &workspace, const SchoolEnrolment &enrolment,
                       const QString &schoolName);

protected:
    void apply() override;
    void revert() override;

private:
    SchoolEnrolment m_enrolment;
};

// Changes a school's enrolment: withdrawal (with its date), reinstatement, commitment, notes.
class UpdateSchoolEnrolmentCommand : public StoreCommand
{
public:
    UpdateSchoolEnrolmentCommand(Workspace &workspace, const SchoolEnrolment &before,
                                 const SchoolEnrolment &after, const QString &text);

    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(SchoolEnrolment enrolment);
    SchoolEnrolment m_before;
    SchoolEnrolment m_after;
};

// A participant to add: an existing person (person.id set) or a new one to create first.
struct ParticipantDraft
{
    Person person;
    ParticipantEnrolment enrolment;
};

// Adds one or more participants to a Work Group in one step (a pasted block is one undo);
// people created for them are erased again on undo. One without a Joined date gets
// WorkGroupStore::defaultJoinedOn (today once a session is held).
class AddParticipantsCommand : public StoreCommand
{
public:
    AddParticipantsCommand(Workspace &workspace, const QList<ParticipantDraft> &drafts,
                           const QString &text);
    // The participant ids as first stored.
    QList<RecordId> participantIds() const;

protected:
    void apply() override;
    void revert() override;

private:
    struct Entry
    {
        ParticipantDraft draft;
        bool newPerson = false;
        RecordId firstParticipantId = 0;
    };
    QList<Entry> m_entries;
};

// Takes a participant added by mistake out of a Work Group (refused once they have marks);
// undo puts them back.
class RemoveParticipantCommand : public StoreCommand
{
public:
    RemoveParticipantCommand(Workspace &workspace, const ParticipantEnrolment &enrolment,
                             const QString &name);

protected:
    void apply() override;
    void revert() override;

private:
    ParticipantEnrolment m_enrolment;
};

// Changes a participant: details, lead participant, school (a move), the date they left; and
// the person's own details when those were edited with them.
class UpdateParticipantCommand : public StoreCommand
{
public:
    UpdateParticipantCommand(Workspace &workspace, const ParticipantEnrolment &before,
                             const ParticipantEnrolment &after, const QString &text);
    void setPersonChange(const Person &before, const Person &after);

    // The participant and, when edited with them, the person: each merged that was changed.
    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after, m_personAfter); }
    void revert() override { write(m_before, m_personBefore); }

private:
    void write(ParticipantEnrolment enrolment, std::optional<Person> person);
    ParticipantEnrolment m_before;
    ParticipantEnrolment m_after;
    std::optional<Person> m_personBefore;
    std::optional<Person> m_personAfter;
};

} // namespace hubreg::ui
