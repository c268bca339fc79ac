#include "WorkGroupCommands.h"

#include "StaleEdit.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "eligibility/EligibleEnrolment.h"
#include "eligibility/EnrolmentCheck.h"
#include "records/PersonStore.h"
#include "records/RecordFields.h"
#include "records/SchoolStore.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

#include <tuple>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::WorkGroupCommands)
};
} // namespace

AddWorkGroupCommand::AddWorkGroupCommand(Workspace &workspace, const WorkGroup &workGroup)
    : StoreCommand(workspace, Tr::tr("Create Work Group %1").arg(workGroup.code))
    , m_workGroup(workGroup)
{ }

void AddWorkGroupCommand::apply()
{
    const RecordId previous = m_workGroup.id;
    WorkGroup stored = m_workGroup;
    stored.id = 0;
    stored.hubId = current(Entity::Hub, stored.hubId); // the hub's setup may have been redone
    stored.leadPersonId
        = stored.leadPersonId > 0 ? current(Entity::Person, stored.leadPersonId) : 0;
    WorkGroupStore(db()).add(stored);
    // The uuid stays the record's across undo and redo.
    m_workGroup.uuid = stored.uuid;
    m_workGroup.id = stored.id;
    if (m_firstId == 0)
        m_firstId = stored.id;
    moved(Entity::WorkGroup, previous, stored.id);
}

void AddWorkGroupCommand::revert()
{
    WorkGroupStore(db()).remove(current(Entity::WorkGroup, m_workGroup.id));
}

UpdateWorkGroupCommand::UpdateWorkGroupCommand(Workspace &workspace, const WorkGroup &before,
                                               const WorkGroup &after)
    : StoreCommand(workspace, Tr::tr("Change Work Group %1").arg(after.code))
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::WorkGroup, m_after);
}

std::unique_ptr<StoreCommand> UpdateWorkGroupCommand::mergedWithTheirs()
{
    return mergedEdit<UpdateWorkGroupCommand>(
        workspace(), recordfields::workGroup(db()), m_before,
        WorkGroupStore(db()).find(current(Entity::WorkGroup, m_after.id)), m_after,
        Tr::tr("Work Group %1").arg(m_after.code));
}

void UpdateWorkGroupCommand::write(WorkGroup workGroup)
{
    rebase(Entity::WorkGroup, workGroup);
    if (workGroup.leadPersonId > 0)
        workGroup.leadPersonId = current(Entity::Person, workGroup.leadPersonId);
    WorkGroupStore(db()).update(workGroup);
    wrote(Entity::WorkGroup, workGroup);
}

EnrolSchoolCommand::EnrolSchoolCommand(Workspace &workspace, const SchoolEnrolment &enrolment,
                                       const QString &schoolName)
    : StoreCommand(workspace, Tr::tr("Enrol %1").arg(schoolName))
    , m_enrolment(enrolment)
{ }

void EnrolSchoolCommand::apply()
{
    SchoolEnrolment enrolment = m_enrolment;
    enrolment.id = 0;
    enrolment.workGroupId = current(Entity::WorkGroup, enrolment.workGroupId);
    enrolment.schoolId = current(Entity::School, enrolment.schoolId);
    // A school something argues against (full, closed, ineligible, another phase) goes through
    // EligibleEnrolment, which insists on a reason. Any other keeps a reason given all the same.
    const bool warned
        = !EnrolmentCheck(db()).warnings(enrolment.schoolId, enrolment.workGroupId).isEmpty();
    const SchoolEnrolment stored = warned
        ? EligibleEnrolment::enrol(db(), enrolment, enrolment.eligibilityOverride).enrolment
        : WorkGroupStore(db()).enrolSchool(enrolment);
    m_enrolment.uuid = stored.uuid;
    moved(Entity::SchoolEnrolment, m_enrolment.id, stored.id);
    m_enrolment.id = stored.id;
}

void EnrolSchoolCommand::revert()
{
    WorkGroupStore(db()).removeSchoolEnrolment(current(Entity::SchoolEnrolment, m_enrolment.id));
}

UpdateSchoolEnrolmentCommand::UpdateSchoolEnrolmentCommand(Workspace &workspace,
                                                           const SchoolEnrolment &before,
                                                           const SchoolEnrolment &after,
                                                           const QString &text)
    : StoreCommand(workspace, text)
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::SchoolEnrolment, m_after);
}

std::unique_ptr<StoreCommand> UpdateSchoolEnrolmentCommand::mergedWithTheirs()
{
    const auto school = SchoolStore(db()).find(current(Entity::School, m_after.schoolId));
    return mergedEdit<UpdateSchoolEnrolmentCommand>(
        workspace(), recordfields::schoolEnrolment(), m_before,
        WorkGroupStore(db()).findSchoolEnrolment(current(Entity::SchoolEnrolment, m_after.id)),
        m_after, school ? Tr::tr("%1's enrolment").arg(school->name) : text(), text());
}

void UpdateSchoolEnrolmentCommand::write(SchoolEnrolment enrolment)
{
    rebase(Entity::SchoolEnrolment, enrolment);
    enrolment.workGroupId = current(Entity::WorkGroup, enrolment.workGroupId);
    enrolment.schoolId = current(Entity::School, enrolment.schoolId);
    WorkGroupStore(db()).updateSchoolEnrolment(enrolment);
    wrote(Entity::SchoolEnrolment, enrolment);
}

AddParticipantsCommand::AddParticipantsCommand(Workspace &workspace,
                                               const QList<ParticipantDraft> &drafts,
                                               const QString &text)
    : StoreCommand(workspace, text)
{
    WorkGroupStore groups(workspace.database());
    for (ParticipantDraft draft : drafts) {
        // Someone added once the Work Group is under way joins today, not at its start: the
        // sessions held before are not theirs (pasted rows, a dialog left without a date).
        if (!draft.enrolment.joinedOn.isValid()) {
            const QDate joined = groups.defaultJoinedOn(draft.enrolment.workGroupId);
            if (!draft.enrolment.leftOn.isValid() || draft.enrolment.leftOn >= joined)
                draft.enrolment.joinedOn = joined;
        }
        m_entries.append({ draft, draft.person.id <= 0, 0 });
    }
}

QList<RecordId> AddParticipantsCommand::participantIds() const
{
    QList<RecordId> ids;
    for (const Entry &entry : m_entries)
        ids << entry.firstParticipantId;
    return ids;
}

void AddParticipantsCommand::apply()
{
    QList<NewParticipant> participants;
    for (const Entry &entry : std::as_const(m_entries)) {
        NewParticipant participant;
        participant.person = entry.draft.person;
        participant.isNewPerson = entry.newPerson;
        if (participant.person.schoolId > 0)
            participant.person.schoolId = current(Entity::School, participant.person.schoolId);
        participant.enrolment = entry.draft.enrolment;
        if (!entry.newPerson)
            participant.enrolment.personId = current(Entity::Person, entry.draft.person.id);
        participant.enrolment.workGroupId
            = current(Entity::WorkGroup, participant.enrolment.workGroupId);
        if (participant.enrolment.schoolId > 0)
            participant.enrolment.schoolId
                = current(Entity::School, participant.enrolment.schoolId);
        participants << participant;
    }
    WorkGroupStore(db()).enrolParticipants(participants);
    for (int i = 0; i < participants.size(); ++i) {
        Entry &entry = m_entries[i];
        const NewParticipant &stored = participants.at(i);
        if (entry.newPerson) {
            moved(Entity::Person, entry.draft.person.id, stored.person.id);
            entry.draft.person.id = stored.person.id;
            entry.draft.person.uuid = stored.person.uuid;
        }
        moved(Entity::ParticipantEnrolment, entry.draft.enrolment.id, stored.enrolment.id);
        entry.draft.enrolment.id = stored.enrolment.id;
        entry.draft.enrolment.uuid = stored.enrolment.uuid;
        if (entry.firstParticipantId == 0)
            entry.firstParticipantId = stored.enrolment.id;
    }
}

void AddParticipantsCommand::revert()
{
    QList<RecordId> participants;
    for (const Entry &entry : std::as_const(m_entries))
        participants << current(Entity::ParticipantEnrolment, entry.draft.enrolment.id);
    WorkGroupStore(db()).removeParticipants(participants);
    // Erasure finishes with a checkpoint, which cannot run inside a transaction.
    for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry) {
        if (entry->newPerson)
            PersonStore(db()).erase(current(Entity::Person, entry->draft.person.id));
    }
}

RemoveParticipantCommand::RemoveParticipantCommand(Workspace &workspace,
                                                   const ParticipantEnrolment &enrolment,
                                                   const QString &name)
    : StoreCommand(workspace, Tr::tr("Remove %1").arg(name))
    , m_enrolment(enrolment)
{ }

void RemoveParticipantCommand::apply()
{
    WorkGroupStore(db()).removeParticipant(current(Entity::ParticipantEnrolment, m_enrolment.id));
}

void RemoveParticipantCommand::revert()
{
    ParticipantEnrolment enrolment = m_enrolment;
    enrolment.id = 0;
    enrolment.workGroupId = current(Entity::WorkGroup, enrolment.workGroupId);
    enrolment.personId = current(Entity::Person, enrolment.personId);
    enrolment.schoolId = current(Entity::School, enrolment.schoolId);
    const ParticipantEnrolment stored = WorkGroupStore(db()).enrolParticipant(enrolment);
    moved(Entity::ParticipantEnrolment, current(Entity::ParticipantEnrolment, m_enrolment.id),
          stored.id);
}

UpdateParticipantCommand::UpdateParticipantCommand(Workspace &workspace,
                                                   const ParticipantEnrolment &before,
                                                   const ParticipantEnrolment &after,
                                                   const QString &text)
    : StoreCommand(workspace, text)
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::ParticipantEnrolment, m_after);
}

void UpdateParticipantCommand::setPersonChange(const Person &before, const Person &after)
{
    m_personBefore = before;
    m_personAfter = after;
    basedOn(Entity::Person, after);
}

std::unique_ptr<StoreCommand> UpdateParticipantCommand::mergedWithTheirs()
{
    const auto stored
        = WorkGroupStore(db()).findParticipant(current(Entity::ParticipantEnrolment, m_after.id));
    if (!stored)
        return {};
    RecordMerge<ParticipantEnrolment> enrolment(recordfields::participant(db()), m_before, *stored,
                                                m_after);
    const auto who = PersonStore(db()).find(stored->personId);
    if (enrolment.theyChangedAny()
        && !workspace().mergeWithTheirs(
            enrolment, who ? Tr::tr("%1 as a participant").arg(who->fullName()) : text()))
        return {};
    auto merged = std::make_unique<UpdateParticipantCommand>(workspace(), *stored,
                                                             enrolment.result(), text());
    if (m_personAfter) {
        const auto person = PersonStore(db()).find(current(Entity::Person, m_personAfter->id));
        if (!person)
            return {};
        RecordMerge<Person> details(recordfields::person(db()), *m_personBefore, *person,
                                    *m_personAfter);
        if (details.theyChangedAny() && !workspace().mergeWithTheirs(details, person->fullName()))
            return {};
        merged->setPersonChange(*person, details.result());
    }
    return merged;
}

void UpdateParticipantCommand::write(ParticipantEnrolment enrolment, std::optional<Person> person)
{
    if (person) {
        rebase(Entity::Person, *person);
        if (person->schoolId > 0)
            person->schoolId = current(Entity::School, person->schoolId);
    }
    rebase(Entity::ParticipantEnrolment, enrolment);
    enrolment.workGroupId = current(Entity::WorkGroup, enrolment.workGroupId);
    enrolment.personId = current(Entity::Person, enrolment.personId);
    enrolment.schoolId = current(Entity::School, enrolment.schoolId);
    if (person)
        WorkGroupStore(db()).updateParticipant(enrolment, *person);
    else
        WorkGroupStore(db()).updateParticipant(enrolment);
    // Noted once both are written: a refusal of either leaves this window's versions as they were.
    if (person)
        wrote(Entity::Person, *person);
    wrote(Entity::ParticipantEnrolment, enrolment);
}

} // namespace hubreg::ui
