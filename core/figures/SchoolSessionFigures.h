#pragma once

#include "database/Entity.h"

#include <QList>

namespace hubreg {

class Database;

// Whether one school attended one held session (at least one of its participants did).
struct SchoolSessionFigure
{
    RecordId schoolId = 0;
    RecordId sessionId = 0;
    bool expected = false;
    bool attended = false;
};

// The school-by-session cells of a Work Group's register, counted by the same rules as
// AttendanceFigures (figures/AttendanceRules.h). Cancelled and planned sessions have none.
class SchoolSessionFigures
{
public:
    explicit SchoolSessionFigures(const Database &db)
        : m_db(db)
    { }

    QList<SchoolSessionFigure> forWorkGroup(RecordId workGroupId) const;

private:
    const Database &m_db;
};

} // namespace hubreg
