#pragma once

#include "database/Entity.h"

#include <QList>
#include <QString>

namespace hubreg {

class Database;

// Something on a Work Group that needs the administrator's or the Lead's attention.
struct WorkGroupWarning
{
    enum class Kind {
        CannotComplete, // a school cannot reach the completion threshold any more
        BelowThreshold, // a school is below the threshold so far
        RegisterMissing, // a session's date has passed and no register was taken
    };

    Kind kind = Kind::BelowThreshold;
    RecordId schoolId = 0; // for the school warnings
    RecordId sessionId = 0; // for a missing register
    QString text; // a sentence for the Work Group page
};

// The warnings for a Work Group's page: schools falling behind their completion threshold
// (CompletionRisk), and sessions not cancelled whose date is before today (the database's clock)
// that have no attendance mark at all.
class WorkGroupWarnings
{
public:
    static QList<WorkGroupWarning> of(const Database &db, RecordId workGroupId);
};

} // namespace hubreg
