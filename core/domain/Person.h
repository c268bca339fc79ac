#pragma once

#include "Record.h"

#include <QString>

namespace hubreg {

// A teacher or leader the hub works with: a Work Group Lead, a participant, or both.
// Names, email and TRN are personal data. An erased person keeps only what the figures need
// (their school, flags, and their places and marks elsewhere) under a name such as
// "Erased participant 3".
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
    QDateTime erasedAt; // UTC; invalid while the person is named

    bool isErased() const { return erasedAt.isValid(); }
    QString fullName() const;
    QString sortName() const; // "Last, First"
};

} // namespace hubreg
