#pragma once

#include "domain/AcademicYear.h"
#include "domain/Hub.h"
#include "domain/Validation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace hubreg {

class Database;

// An academic year as the hub's settings give it: its label and its six half terms.
struct YearSettings
{
    QString label;
    QList<HalfTerm> halfTerms;
};

// What makes a file one hub's: the hub's details and contact, the local authorities of its
// area, its engagement goals, and the academic years it works in with their half-term dates.
// The first-run setup and Hub Settings edit it whole.
struct HubSettings
{
    std::optional<Hub> hub; // none while the file has no hub
    QStringList localAuthorities; // GIAS codes ("383")
    int primaryGoal = 75;
    int secondaryGoal = 65;
    QList<YearSettings> years; // oldest first
};

// Reads and writes HubSettings over HubStore, AcademicYearStore and EngagementGoals, the whole
// in one transaction, so an undo can put the settings back as they were.
class HubSettingsStore
{
public:
    explicit HubSettingsStore(Database &db)
        : m_db(db)
    { }

    // The file's hub (the first one made: HubStore::primary), its area, goals and every
    // academic year of the file.
    HubSettings load() const;
    // The settings a file with no hub starts from: no hub, the default goals, and the academic
    // year of `today` and the next, with the usual half terms.
    HubSettings startingPoint(const QDate &today) const;

    enum class Check {
        Saving, // what save() refuses: only what is wrong, so earlier settings can be put back
        Complete, // and what a working hub lacks: its local authorities, an academic year
    };

    // What is wrong, each naming its field: "name", "contactEmail", "localAuthorities",
    // "primaryGoal", "secondaryGoal", "years", and "LABEL/termN/start" or "/end" for a half
    // term. Empty when the settings can be saved (Saving) or used as they are (Complete).
    static FieldErrors check(const HubSettings &settings, Check level = Check::Complete);

    // Writes the settings as given: the hub created when it has no id yet (its id and uuid are
    // set in `settings`), or removed when `settings.hub` is empty (refused while it has Work
    // Groups); its local authorities and goals; the years listed, added when new, and those not
    // listed removed (refused while Work Groups belong to them); their half terms. What is
    // unchanged is not written. Throws StoreError (Invalid, with the field, for what
    // check(Saving) finds); nothing is written then.
    void save(HubSettings &settings);

private:
    Database &m_db;
};

} // namespace hubreg
