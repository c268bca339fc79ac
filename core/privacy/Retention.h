#pragma once

#include "database/Entity.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

class Database;

// How long one hub keeps the personal data of the people in its Work Groups.
struct HubRetention
{
    RecordId hubId = 0;
    QString hubName;
    int years = 0; // after the end of the academic year
};

// A named person whom the retention period no longer allows to be held by name.
struct RetentionCandidate
{
    RecordId personId = 0;
    QString name;
    QString email;
    QString school;
    // The last academic year they took part in or led ("2017/18"); empty for someone in no
    // Work Group, who is judged by the day their record last changed.
    QString lastYear;
    QDate lastDate; // the end of that year, or the day the record last changed
    QDate keptUntil; // the last day the period allowed; they are due from the day after
};

// The retention policy: each hub keeps personal data a number of years after the academic
// year ends (six unless set), then a purge anonymises the people past it, exactly as an
// erasure does (privacy/Erasure.h), so the figures of those years stay the same.
class Retention
{
public:
    explicit Retention(Database &db)
        : m_db(db)
    { }

    static constexpr int kDefaultYears = 6;
    static constexpr int kFewestYears = 1;
    static constexpr int kMostYears = 50;

    QList<HubRetention> hubs() const;
    // Throws StoreError (Invalid) outside kFewestYears..kMostYears, NotFound for no such hub.
    void setYears(RecordId hubId, int years);
    // The longest period of the file's hubs (kDefaultYears without a hub): the one for people
    // in no Work Group, so nobody goes sooner than some hub's policy allows.
    int longestYears() const;

    // Named people whose every Work Group (taken part in or led) ended more than its hub's
    // period before `today`, or more than `years` when given (the same for every hub), and
    // people in no Work Group whose record last changed that long ago. Oldest first.
    QList<RetentionCandidate> due(const QDate &today, std::optional<int> years = {}) const;
    // The last day the policy allows the person to be held by name (invalid if not held).
    QDate keptUntil(RecordId personId) const;

private:
    Database &m_db;
};

} // namespace hubreg
