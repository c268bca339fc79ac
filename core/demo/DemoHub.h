#pragma once

#include <QDate>

namespace hubreg {

class Database;

// What the demo hub generator made, for messages and tests.
struct DemoSummary
{
    int schools = 0;
    int people = 0;
    int workGroups = 0;
    int sessions = 0;
    int marks = 0;
};

// A realistic, entirely fictional Maths Hub for newcomers and demonstrations: about 60
// schools (some converted to academies, one merger, with GIAS links), Work Groups of several
// programmes over the current and the previous academic year, their participants, sessions and
// attendance. The same seed and reference date give the same hub.
class DemoHub
{
public:
    static constexpr quint32 kDefaultSeed = 20150901;

    // True when the file holds no schools, people or Work Groups yet.
    static bool isEmpty(const Database &db);

    // Creates the hub in one transaction; sessions before `today` are held with registers
    // taken. Throws StoreError (Conflict) when the file is not empty.
    static DemoSummary create(Database &db, const QDate &today, quint32 seed = kDefaultSeed);
};

} // namespace hubreg
