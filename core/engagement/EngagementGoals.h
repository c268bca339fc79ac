#pragma once

#include "domain/Programme.h"

namespace hubreg {

class Database;

// The share of the area's schools the hub aims to have engaged, per phase, as the administrator
// sets it (kept in the file's settings). Defaults: the strategic goals, 75% of primary schools
// and 65% of secondary schools.
class EngagementGoals
{
public:
    static int defaultPercent(Phase phase);
    // Primary and Secondary have goals; other phases report 0.
    static int percent(const Database &db, Phase phase);
    // Throws StoreError(Invalid) unless 1..100 for Primary or Secondary.
    static void setPercent(Database &db, Phase phase, int percent);
};

} // namespace hubreg
