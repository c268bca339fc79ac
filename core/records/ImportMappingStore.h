#pragma once

#include "domain/ImportMapping.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace hubreg {

class Database;

// Saved column mappings of import files, found again by name or by the file's header.
class ImportMappingStore
{
public:
    explicit ImportMappingStore(Database &db)
        : m_db(db)
    { }

    // Saves the mapping under its name, replacing one of the same kind and name.
    void save(ImportMapping &mapping);
    std::optional<ImportMapping> findByName(const QString &kind, const QString &name) const;
    // The mapping last saved for a file with this header (in any column order).
    std::optional<ImportMapping> findByHeader(const QString &kind, const QStringList &header) const;
    QList<ImportMapping> list(const QString &kind) const;
    void remove(RecordId id);

    // The header normalised: trimmed, lower case, sorted, so column order does not matter.
    static QString headerKey(const QStringList &header);

private:
    Database &m_db;
};

} // namespace hubreg
