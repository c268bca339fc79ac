#pragma once

#include "Record.h"

#include <QMap>
#include <QString>

namespace hubreg {

// How the columns of an import file map to fields, saved under a name so the next file with
// the same header is read the same way.
struct ImportMapping : Record
{
    QString kind; // which import: "participants"
    QString name;
    QString headerKey; // the header it was made for (ImportMappingStore::headerKey)
    QMap<QString, QString> columns; // field key -> column heading in the file
};

} // namespace hubreg
