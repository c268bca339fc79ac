#pragma once

#include "Entity.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace hubreg {

// What one committed write changed: a kind of record and, where the writer knew them, which
// records by id, so that a screen updates just those rows. No ids means any of that kind
// (an import, a merge, a bulk write), and a screen reads it all again.
struct Change
{
    Entity entity = Entity::Setting;
    QList<RecordId> ids;
    // Committed by someone else on the same hub server, not by this program.
    bool byOthers = false;

    bool isWhole() const { return ids.isEmpty(); }
    bool touches(RecordId id) const { return ids.isEmpty() || ids.contains(id); }

    // A change as the server's notices name it: "AttendanceMark 12,13", or "Person" for any.
    // Nothing for a notice this version does not know.
    static std::optional<Change> fromNotice(const QString &notice);
};

} // namespace hubreg

Q_DECLARE_METATYPE(hubreg::Change)
