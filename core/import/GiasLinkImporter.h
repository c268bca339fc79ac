#pragma once

#include "ImportControl.h"
#include "ImportReport.h"

#include <QHash>
#include <QStringList>

#include <utility>

namespace hubreg {

class Database;

// Imports a GIAS links extract (links_edubasealldataYYYYMMDD.csv: URN, LinkURN, LinkName,
// LinkType, LinkEstablishedDate) into school_links, the predecessor and successor URNs that
// carry a school's history across academy conversions and mergers. A link is matched by its
// two URNs and type: new ones are added, changed names or dates updated, and none is ever
// deleted. Either URN may be missing from the register. Links that make a circle of
// predecessors are stored as GIAS gives them, each circle noted.
class GiasLinkImporter
{
public:
    explicit GiasLinkImporter(Database &db)
        : m_db(db)
    { }

    // Throws ImportError when the file cannot be imported at all, and StoreError when the
    // database refuses; either way nothing was written.
    ImportReport run(const QString &path, const ImportOptions &options = {},
                     const ImportControl &control = {});

    static QStringList requiredColumns();

private:
    // Notes each circle of predecessors the links now held make that a link of the file is
    // part of, at the first such link's line.
    void noteCircles(const QHash<std::pair<int, int>, qint64> &edgeLines,
                     ImportReport &report) const;

    Database &m_db;
};

} // namespace hubreg
