#pragma once

#include "database/Entity.h"
#include "domain/Validation.h"

#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

class Database;

// A school a name or URN might mean, for a person to choose from.
struct SchoolCandidate
{
    RecordId id = 0;
    Urn urn;
    QString name;
    QString town;
    QString postcode;
    QString status;
    bool exactName = false; // the same name, once case, punctuation and "the" are ignored

    // "St Mary's CE Primary School, Leeds (URN 107000)".
    QString describe() const;
};

// A school looked up from what a participant row says of it (SchoolMatcher::lookUp): the one
// found, or why none was, with the schools a name could mean for a person to choose from.
struct SchoolLookup
{
    enum class Problem {
        None,
        BadUrn, // the URN given is not six digits
        UnknownUrn, // no school in the register has it
        Missing, // neither a URN nor a name
        NoMatch, // no school has the name
        Ambiguous, // several could be meant
    };

    std::optional<SchoolCandidate> school;
    bool byUrn = false; // found by its URN, not its name
    Problem problem = Problem::None;
    QString message; // why none was found, for a report or a preview
    QList<SchoolCandidate> candidates;
};

// Finds the register's school for what a participant list says: its URN, or its name (with
// the postcode to tell apart schools of the same name).
class SchoolMatcher
{
public:
    explicit SchoolMatcher(const Database &db)
        : m_db(db)
    { }

    std::optional<SchoolCandidate> byUrn(Urn urn) const;
    // Schools whose name holds every word of `name`, best first: exact names, then those at
    // `postcode`, then open ones.
    QList<SchoolCandidate> candidates(const QString &name, const QString &postcode = {},
                                      int limit = 5) const;
    // The one school `name` (and `postcode`) must mean, if there is exactly one: the only exact
    // name, or the only open one among exact names, or the only candidate at the postcode.
    std::optional<SchoolCandidate> match(const QString &name, const QString &postcode = {}) const;

    // The school a row means: by URN when it gives one, else by name (and postcode), as the
    // participant import and the Participants tab's paste both find it.
    SchoolLookup lookUp(const QString &urnText, const QString &name,
                        const QString &postcode = {}) const;

    // Lower case, "&" as "and", apostrophes and full stops dropped ("St. Mary's C.E." is
    // "st marys ce"), other punctuation as spaces, a leading "the" dropped.
    static QString normalisedName(const QString &name);

private:
    const Database &m_db;
};

} // namespace hubreg
