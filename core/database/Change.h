#pragma once

#include "Entity.h"

#include <QList>
#include <QMetaType>

namespace hubreg {

// What one committed write changed: a kind of record and, where the writer knew them, which
// records by id, so that a screen updates just those rows. No ids means any of that kind
// (an import, a merge, a bulk write), and a screen reads it all again.
struct Change
{
    Entity entity = Entity::Setting;
    QList<RecordId> ids;

    bool isWhole() const { return ids.isEmpty(); }
    bool touches(RecordId id) const { return ids.isEmpty() || ids.contains(id); }
};

} // namespace hubreg

Q_DECLARE_METATYPE(hubreg::Change)
