#include "RecordFields.h"

#include "PersonStore.h"
#include "ProgrammeStore.h"
#include "SchoolStore.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace hubreg::recordfields {

namespace {

// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::recordfields)
};

QString yesNo(const bool &value)
{
    return value ? Tr::tr("Yes") : Tr::tr("No");
}

QString date(const QDate &value)
{
    return validation::formatUkDate(value);
}

QString known(const int &value)
{
    return value < 0 ? QString() : QString::number(value);
}

template<typename R>
MergeField<R> schoolField(Database &db, RecordId R::*member, const QString &label)
{
    return memberField<R, RecordId>(member, label, [&db](const RecordId &id) {
        if (id <= 0)
            return QString();
        const auto school = SchoolStore(db).find(id);
        return school ? Tr::tr("%1 (URN %2)").arg(school->name, school->urn.toString())
                      : QString::number(id);
    });
}

template<typename R>
MergeField<R> personField(Database &db, RecordId R::*member, const QString &label)
{
    return memberField<R, RecordId>(member, label, [&db](const RecordId &id) {
        if (id <= 0)
            return QString();
        const auto person = PersonStore(db).find(id);
        return person ? person->fullName() : QString::number(id);
    });
}

} // namespace

QList<MergeField<Person>> person(Database &db)
{
    return {
        textField(&Person::firstName, Tr::tr("First name")),
        textField(&Person::lastName, Tr::tr("Last name")),
        textField(&Person::email, Tr::tr("Email")),
        textField(&Person::phone, Tr::tr("Phone")),
        textField(&Person::role, Tr::tr("Role")),
        schoolField(db, &Person::schoolId, Tr::tr("School")),
        textField(&Person::yearGroup, Tr::tr("Year group")),
        textField(&Person::trn, Tr::tr("TRN")),
        memberField<Person, bool>(&Person::isWorkGroupLead, Tr::tr("Work Group Lead"), yesNo),
        memberField<Person, bool>(&Person::isMasterySpecialist, Tr::tr("Mastery Specialist"),
                                  yesNo),
        textField(&Person::notes, Tr::tr("Notes")),
    };
}

QList<MergeField<School>> school()
{
    return {
        memberField<School, Urn>(&School::urn, Tr::tr("URN"),
                                 [](const Urn &urn) { return urn.toString(); }),
        textField(&School::name, Tr::tr("Name")),
        textField(&School::laCode, Tr::tr("LA code")),
        textField(&School::laName, Tr::tr("Local authority")),
        textField(&School::establishmentType, Tr::tr("Type")),
        textField(&School::typeGroup, Tr::tr("Type group")),
        textField(&School::phase, Tr::tr("Phase")),
        textField(&School::status, Tr::tr("Status")),
        textField(&School::street, Tr::tr("Street")),
        textField(&School::locality, Tr::tr("Locality")),
        textField(&School::address3, Tr::tr("Address 3")),
        textField(&School::town, Tr::tr("Town")),
        textField(&School::county, Tr::tr("County")),
        textField(&School::postcode, Tr::tr("Postcode")),
        textField(&School::trustName, Tr::tr("Trust")),
        textField(&School::headTitle, Tr::tr("Head's title")),
        textField(&School::headFirstName, Tr::tr("Head's first name")),
        textField(&School::headLastName, Tr::tr("Head's last name")),
        textField(&School::telephone, Tr::tr("Telephone")),
        textField(&School::website, Tr::tr("Website")),
        memberField<School, QDate>(&School::openDate, Tr::tr("Opened"), date),
        memberField<School, QDate>(&School::closeDate, Tr::tr("Closed"), date),
        memberField<School, int>(&School::statutoryLowAge, Tr::tr("Lowest age"), known),
        memberField<School, int>(&School::statutoryHighAge, Tr::tr("Highest age"), known),
        memberField<School, int>(&School::pupils, Tr::tr("Pupils"), known),
        memberField<School, bool>(&School::hasMasterySpecialist, Tr::tr("Mastery Specialist"),
                                  yesNo),
        textField(&School::barrier, Tr::tr("Barrier")),
        textField(&School::notes, Tr::tr("Notes")),
    };
}

QList<MergeField<WorkGroup>> workGroup(Database &db)
{
    return {
        memberField<WorkGroup, RecordId>(&WorkGroup::programmeId, Tr::tr("Programme"),
                                         [&db](const RecordId &id) {
                                             const auto programme = ProgrammeStore(db).find(id);
                                             return programme ? programme->code
                                                              : QString::number(id);
                                         }),
        textField(&WorkGroup::code, Tr::tr("Code")),
        textField(&WorkGroup::title, Tr::tr("Title")),
        personField(db, &WorkGroup::leadPersonId, Tr::tr("Lead")),
        memberField<WorkGroup, WorkGroupStatus>(
            &WorkGroup::status, Tr::tr("Status"),
            [](const WorkGroupStatus &status) { return displayName(status); }),
        memberField<WorkGroup, int>(&WorkGroup::capacity, Tr::tr("Capacity"),
                                    [](const int &schools) { return QString::number(schools); }),
        textField(&WorkGroup::notes, Tr::tr("Notes")),
    };
}

QList<MergeField<Session>> session(Database &db)
{
    const auto time = [](const QTime &at) {
        return at.isValid() ? at.toString(QStringLiteral("HH:mm")) : QString();
    };
    return {
        textField(&Session::title, Tr::tr("Title")),
        memberField<Session, QDate>(&Session::date, Tr::tr("Date"), date),
        memberField<Session, QTime>(&Session::startTime, Tr::tr("Start"), time),
        memberField<Session, QTime>(&Session::endTime, Tr::tr("End"), time),
        memberField<Session, SessionMode>(
            &Session::mode, Tr::tr("Mode"),
            [](const SessionMode &mode) { return displayName(mode); }),
        textField(&Session::venue, Tr::tr("Venue")),
        memberField<Session, SessionKind>(
            &Session::kind, Tr::tr("Kind"),
            [](const SessionKind &kind) { return displayName(kind); }),
        schoolField(db, &Session::visitSchoolId, Tr::tr("School visited")),
        memberField<Session, SessionStatus>(
            &Session::status, Tr::tr("Status"),
            [](const SessionStatus &status) { return displayName(status); }),
        textField(&Session::notes, Tr::tr("Notes")),
        textField(&Session::cancellationReason, Tr::tr("Why cancelled")),
    };
}

QList<MergeField<SchoolEnrolment>> schoolEnrolment()
{
    return {
        memberField<SchoolEnrolment, QDate>(&SchoolEnrolment::joinedOn, Tr::tr("Joined"), date),
        memberField<SchoolEnrolment, QDate>(&SchoolEnrolment::withdrawnOn, Tr::tr("Withdrawn"),
                                            date),
        memberField<SchoolEnrolment, bool>(&SchoolEnrolment::headCommitment,
                                           Tr::tr("Head's commitment"), yesNo),
        textField(&SchoolEnrolment::eligibilityOverride, Tr::tr("Reason for enrolling")),
        textField(&SchoolEnrolment::notes, Tr::tr("Notes")),
    };
}

QList<MergeField<ParticipantEnrolment>> participant(Database &db)
{
    return {
        schoolField(db, &ParticipantEnrolment::schoolId, Tr::tr("School")),
        textField(&ParticipantEnrolment::role, Tr::tr("Role in the group")),
        memberField<ParticipantEnrolment, bool>(&ParticipantEnrolment::isLeadParticipant,
                                                Tr::tr("Lead participant"), yesNo),
        memberField<ParticipantEnrolment, QDate>(&ParticipantEnrolment::joinedOn, Tr::tr("Joined"),
                                                 date),
        memberField<ParticipantEnrolment, QDate>(&ParticipantEnrolment::leftOn, Tr::tr("Left"),
                                                 date),
    };
}

QList<MergeField<Programme>> programme()
{
    const auto number = [](const int &value) { return QString::number(value); };
    return {
        textField(&Programme::code, Tr::tr("Code")),
        textField(&Programme::title, Tr::tr("Title")),
        memberField<Programme, Phase>(&Programme::phase, Tr::tr("Phase"),
                                      [](const Phase &phase) { return displayName(phase); }),
        textField(&Programme::strand, Tr::tr("Strand")),
        textField(&Programme::description, Tr::tr("Description")),
        memberField<Programme, int>(&Programme::defaultSessions, Tr::tr("Default sessions"),
                                    number),
        memberField<Programme, int>(&Programme::participantsPerSchool,
                                    Tr::tr("Participants per school"), number),
        textField(&Programme::participantGuidance, Tr::tr("Guidance")),
        textField(&Programme::rolesExpected, Tr::tr("Roles expected")),
        memberField<Programme, int>(&Programme::completionThreshold, Tr::tr("Completion threshold"),
                                    [](const int &percent) { return Tr::tr("%1%").arg(percent); }),
        memberField<Programme, EligibilityRule>(&Programme::prerequisites, Tr::tr("Prerequisites"),
                                                [](const EligibilityRule &rule) {
                                                    return rule.isNone() ? QString()
                                                                         : rule.describe();
                                                }),
        memberField<Programme, bool>(&Programme::active, Tr::tr("Offered to schools"), yesNo),
    };
}

} // namespace hubreg::recordfields
