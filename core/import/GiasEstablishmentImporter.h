#pragma once

#include "ImportControl.h"
#include "ImportReport.h"

#include <QStringList>

namespace hubreg {

class Database;

struct GiasEstablishmentOptions : ImportOptions
{
    // Schools not yet held are added only in these local authorities (GIAS "LA (code)"),
    // for example HubStore::localAuthorities(hub); empty adds them everywhere.
    QStringList localAuthorities;
    // Schools not yet held are added only when open ("Open", "Open, but proposed to close").
    bool openSchoolsOnly = false;
};

// Imports a GIAS establishment extract (edubasealldataYYYYMMDD.csv) into the school register.
// Columns are found by heading; a column missing from the extract leaves that field as it
// was. Schools are matched by URN: changed ones are updated, new ones added (within the
// options' limits), closed ones take GIAS's closed status. Nothing is ever deleted, and fields
// GIAS does not have (notes, barrier, Mastery Specialist) are never touched. The file is
// checked whole before anything is written, then written in one transaction.
class GiasEstablishmentImporter
{
public:
    explicit GiasEstablishmentImporter(Database &db)
        : m_db(db)
    { }

    // Throws ImportError when the file cannot be imported at all, and StoreError when the
    // database refuses; either way nothing was written.
    ImportReport run(const QString &path, const GiasEstablishmentOptions &options = {},
                     const ImportControl &control = {});

    static QStringList requiredColumns();
    // Every GIAS heading the import reads.
    static QStringList knownColumns();

private:
    Database &m_db;
};

} // namespace hubreg
