#pragma once

#include "database/Entity.h"

#include <QDateTime>
#include <QUuid>

namespace hubreg {

// What every stored record carries: its row id in this file, a uuid that is the same in every
// copy of the record, when it was created and last changed (UTC), and its version here.
struct Record
{
    RecordId id = 0;
    QUuid uuid;
    QDateTime createdAt;
    QDateTime updatedAt;
    // How many times this database has written the record, as it was when read: a change states
    // it, and is refused (StoreError::Stale) if the record has been written since. 0: not read.
    int version = 0;

    bool isStored() const { return id > 0; }
};

} // namespace hubreg
