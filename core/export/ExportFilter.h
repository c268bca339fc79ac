#pragma once

#include "database/Entity.h"

#include <QDate>
#include <QString>

namespace hubreg {

// Which records a return covers. Every part is optional; together they narrow the selection.
struct ExportFilter
{
    QString academicYear; // "2024/25"; empty: every year
    QString programmeCode; // e.g. "TFM-DEV"; empty: every programme
    QString workGroupCode; // empty: every Work Group
    RecordId leadPersonId = 0; // Work Groups led by this person; 0: any
    RecordId hubId = 0; // 0: every hub in the file
    // Only sessions held in this range count (either end may be open). Figures such as
    // attendance and completion are then for the range.
    QDate from;
    QDate to;
};

} // namespace hubreg
