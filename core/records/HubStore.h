#pragma once

#include "domain/Hub.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace hubreg {

class Database;

// The Maths Hubs in this file (usually one) and the local authorities each serves.
class HubStore
{
public:
    explicit HubStore(Database &db)
        : m_db(db)
    { }

    void add(Hub &hub);
    void update(Hub &hub);
    // Refused while Work Groups belong to the hub.
    void remove(RecordId id);
    std::optional<Hub> find(RecordId id) const;
    QList<Hub> list() const;
    // The hub this file is kept for: the first one, created on demand with `fallbackName`.
    Hub primary(const QString &fallbackName = {});

    QStringList localAuthorities(RecordId hubId) const;
    // The local authorities of every hub in the file, each once, in code order: the area a GIAS
    // import may be limited to.
    QStringList allLocalAuthorities() const;
    void setLocalAuthorities(RecordId hubId, const QStringList &laCodes);
    // Sets how many years after their last academic year the hub keeps a person's data (which
    // periods are allowed is Retention's rule). Throws NotFound when the hub is gone.
    void setRetentionYears(RecordId hubId, int years);

private:
    void validate(const Hub &hub) const;
    Database &m_db;
};

} // namespace hubreg
