#pragma once

#include "database/Entity.h"

#include <QHash>
#include <QPair>

namespace hubreg::ui {

// Undoing a creation deletes the record and redoing it makes a new row with a new id. Commands
// keep the ids they first saw and look them up here, so an edit made after a creation still
// finds its record after the creation has been undone and redone.
class RecordIdMap
{
public:
    // The record's id now, following every re-creation since `id` was handed out.
    RecordId current(Entity entity, RecordId id) const;
    // Records that the record known as `from` is now stored as `to`.
    void moved(Entity entity, RecordId from, RecordId to);
    void clear() { m_next.clear(); }

private:
    QHash<QPair<int, RecordId>, RecordId> m_next;
};

} // namespace hubreg::ui
