#pragma once

#include "domain/Programme.h"

#include <QList>

#include <optional>

namespace hubreg {

class Database;

// The programme catalogue: seeded by the first migration, editable afterwards.
class ProgrammeStore
{
public:
    explicit ProgrammeStore(Database &db)
        : m_db(db)
    { }

    void add(Programme &programme);
    void update(Programme &programme);
    // Refused while Work Groups use the programme (make it inactive instead).
    void remove(RecordId id);
    // The same, only as it was at `programme.version`: refused (Stale) when anyone has changed
    // it since, so that taking back its addition never removes someone else's edit with it.
    void remove(const Programme &programme);
    std::optional<Programme> find(RecordId id) const;
    std::optional<Programme> findByCode(const QString &code) const;
    QList<Programme> list(bool activeOnly = false) const;

private:
    void validate(const Programme &programme) const;
    void requireUnused(RecordId id) const;
    void bindFields(class SqlQuery &query, const Programme &programme) const;
    Database &m_db;
};

} // namespace hubreg
