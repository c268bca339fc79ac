#pragma once

#include "domain/ExportTemplate.h"

#include <optional>

namespace hubreg {

class Database;

// Named export layouts (columns chosen, ordered and renamed), kept in the database so every
// administrator of the hub uses the same ones.
class ExportTemplateStore
{
public:
    explicit ExportTemplateStore(Database &db)
        : m_db(db)
    { }

    // Saves the template under its name, replacing one of the same report and name.
    void save(ExportTemplate &exportTemplate);
    std::optional<ExportTemplate> find(ReportKind report, const QString &name) const;
    QList<ExportTemplate> list(ReportKind report) const;
    void remove(RecordId id);

private:
    Database &m_db;
};

} // namespace hubreg
