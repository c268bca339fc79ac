#pragma once

#include "database/Entity.h"

#include <QDateTime>
#include <QUuid>

namespace hubreg {

// What every stored record carries: its row id in this file, a uuid that is the same in every
// copy of the record, and when it was created and last changed (UTC).
struct Record
{
    RecordId id = 0;
    QUuid uuid;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isStored() const { return id > 0; }
};

} // namespace hubreg
