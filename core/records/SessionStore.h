#pragma once

#include "domain/Session.h"
#include "domain/WorkGroup.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

// How to lay out a whole series of sessions at once.
struct SessionSeriesPlan
{
    enum class Rhythm { OnePerHalfTerm, EveryKWeeks };

    int count = 6;
    Rhythm rhythm = Rhythm::OnePerHalfTerm;
    QDate firstDate; // the first session; later ones keep its place in each half term
    int weeksApart = 6; // for EveryKWeeks
    QTime startTime;
    QTime endTime;
    SessionMode mode = SessionMode::InPerson;
    QString venue;
    QString titlePattern; // "%1" stands for the number; default "Session %1"
};

// A Work Group's sessions: workshops, residential days, online electives and school visits.
class SessionStore
{
public:
    explicit SessionStore(Database &db)
        : m_db(db)
    { }

    // A number of 0 takes the next free one.
    void add(Session &session);
    void update(Session &session);
    // Refused once the session has attendance marks (cancel it instead).
    void remove(RecordId id);
    std::optional<Session> find(RecordId id) const;
    QList<Session> list(RecordId workGroupId) const;
    int nextNumber(RecordId workGroupId) const;
    void setStatus(RecordId id, SessionStatus status);
    // Records that a planned session took place, as taking its register says: a light write,
    // made with every first mark, that checks nothing else.
    void markHeld(RecordId id);

    // Adds the sessions again as they were (an undone series, redone), all or none.
    void addAll(QList<Session> &sessions);
    // Removes the sessions, last first, all or none.
    void removeAll(const QList<RecordId> &ids);
    // Undo of a change to a session: writes it as it was and, when that leaves its Work Group
    // with no session held, puts the Work Group's status back to `workGroupBefore`
    // (WorkGroupStore::restoreBeforeStart), in one transaction.
    void putBack(Session &session, WorkGroupStatus workGroupBefore);

    // Creates the whole series in one transaction, numbered after any existing sessions.
    QList<Session> createSeries(RecordId workGroupId, const SessionSeriesPlan &plan);
    // The dates a plan gives, for showing before anything is created.
    QList<QDate> seriesDates(RecordId workGroupId, const SessionSeriesPlan &plan) const;

private:
    void validate(const Session &session) const;
    Database &m_db;
};

} // namespace hubreg
