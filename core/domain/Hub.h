#pragma once

#include "Record.h"

#include <QString>

namespace hubreg {

// A Maths Hub: the organisation whose records this file keeps.
struct Hub : Record
{
    QString name;
    QString contactName;
    QString contactEmail;
    QString phone;
    QString website;
};

} // namespace hubreg
