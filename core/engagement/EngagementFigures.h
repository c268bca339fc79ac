#pragma once

#include "database/Entity.h"
#include "domain/Programme.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hubreg {

class Database;

// How much of one phase of the hub's area the hub reached in a year. "Engaged" is the DfE's
// sense: completed a Work Group.
struct PhaseEngagement
{
    Phase phase = Phase::Primary;
    int schools = 0; // state-funded open schools of the phase in the area
    int tookPart = 0; // of them: took part in a Work Group of the year
    int completed = 0; // ... completed one of the year's Work Groups (engaged this year)
    int tookPartEver = 0; // ... took part in the year or any earlier one
    int engagedEver = 0; // ... completed one in the year or any earlier one: the goal's measure
    int goalPercent = 0;

    double share(int count) const { return schools > 0 ? double(count) / schools : 0.0; }
    // Engaged-ever share over the goal: 1.0 when the goal is reached.
    double progress() const;
    // How many more schools must be engaged to reach the goal (0 once reached).
    int schoolsToGoal() const;
};

// The same figures for one academic year.
struct YearEngagement
{
    QString academicYear;
    QList<PhaseEngagement> phases; // primary, secondary
};

// A school of the area that has not completed a Work Group and is not in one under way.
struct AreaSchool
{
    RecordId schoolId = 0;
    Urn urn;
    QString name;
    QString laName;
    QString phase; // GIAS phase
    QString town;
    QString postcode;
    QString lastTookPart; // the latest year it took part without completing; empty if never
};

// The hub's engagement picture, computed in SQL (engagement/EngagementSql.h says exactly which
// schools and Work Groups count). Every figure for a year counts Work Groups of that year and
// earlier ones, follows GIAS links (a school is counted once with its predecessors' history), and
// counts Work Groups of any hub in the file: the DfE counts a school engaged whoever ran the group.
class EngagementFigures
{
public:
    explicit EngagementFigures(const Database &db)
        : m_db(db)
    { }

    // Primary then secondary, for `academicYear` ("2025/26"), with the goals set for the hub.
    QList<PhaseEngagement> byPhase(RecordId hubId, const QString &academicYear) const;
    // Each year that has Work Groups, up to and including `academicYear`, oldest first.
    QList<YearEngagement> overYears(RecordId hubId, const QString &academicYear) const;
    // Area schools not engaged by the end of `academicYear` (no completed Work Group in it or
    // before), by name, leaving out those in a Work Group (of that year or before) that is not
    // over yet: they are on their way, and count once it is.
    QList<AreaSchool> notYetEngaged(RecordId hubId, const QString &academicYear) const;

private:
    const Database &m_db;
};

// The not-yet-engaged list as a CSV file (core/csv's writer): URN, school, local authority, phase,
// town, postcode, and the latest year it took part (without completing).
QByteArray notYetEngagedCsv(const QList<AreaSchool> &schools);

} // namespace hubreg
