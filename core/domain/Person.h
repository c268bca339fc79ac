#pragma once

#include "Record.h"

#include <QString>

namespace hubreg {

// A teacher or leader the hub works with: a Work Group Lead, a participant, or both.
// Names, email and TRN are personal data.
struct Person : Record
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString role; // job role at school ("Maths lead", "Year 2 teacher")
    RecordId schoolId = 0;
    QString yearGroup;
    QString trn;
    bool isWorkGroupLead = false;
    bool isMasterySpecialist = false;
    QString notes;

    QString fullName() const;
    QString sortName() const; // "Last, First"
};

} // namespace hubreg
