#pragma once

#include "RecordMerge.h"
#include "domain/Person.h"
#include "domain/Programme.h"
#include "domain/School.h"
#include "domain/Session.h"
#include "domain/WorkGroup.h"

namespace hubreg {

class Database;

// The fields people edit in each kind of record, as a merge of two edits shows them: labelled
// as the forms label them, references read as names.
namespace recordfields {

QList<MergeField<Person>> person(Database &db);
QList<MergeField<School>> school();
QList<MergeField<WorkGroup>> workGroup(Database &db);
QList<MergeField<Session>> session(Database &db);
QList<MergeField<SchoolEnrolment>> schoolEnrolment();
QList<MergeField<ParticipantEnrolment>> participant(Database &db);
QList<MergeField<Programme>> programme();

} // namespace recordfields
} // namespace hubreg
