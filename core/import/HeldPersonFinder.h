#pragma once

#include "domain/Person.h"

#include <memory>
#include <optional>

namespace hubreg {

class Database;

// A person already held that an incoming row (an import's, a paste's) is about: the one with
// the same email address, else the one with the same name at the same school. A match by name
// alone is the weaker: two teachers may share a name, and what is held may be newer than the
// list, so callers keep the held details unless told otherwise.
struct HeldMatch
{
    Person person;
    bool byEmail = false;
};

class HeldPersonFinder
{
public:
    explicit HeldPersonFinder(Database &db);
    ~HeldPersonFinder();

    std::optional<HeldMatch> find(const Person &incoming, RecordId schoolId);

private:
    struct Queries;
    std::unique_ptr<Queries> m_queries;
};

} // namespace hubreg
