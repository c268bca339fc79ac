#pragma once

#include "EligibilityRule.h"
#include "Record.h"

#include <QString>
#include <QStringList>

namespace hubreg {

enum class Phase { EarlyYears, Primary, CrossPhase, Secondary, Post16 };

QString toStorage(Phase phase);
Phase phaseFromStorage(const QString &text);
QString displayName(Phase phase);
QList<Phase> allPhases();

// What a Work Group works on: an NCP, a local or a Research and Innovation project.
// Programmes are editable records, seeded from the hubs' published catalogue.
struct Programme : Record
{
    QString code;
    QString title;
    Phase phase = Phase::Primary;
    QString strand;
    QString description;
    int defaultSessions = 6;
    int participantsPerSchool = 2;
    QString participantGuidance;
    QString rolesExpected;
    int completionThreshold = 75; // percent of held sessions a school must attend
    EligibilityRule prerequisites;
    bool active = true;
};

} // namespace hubreg
