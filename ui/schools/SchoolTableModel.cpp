#include "SchoolTableModel.h"

#include "database/Database.h"

#include <optional>

namespace hubreg::ui {

SchoolTableModel::SchoolTableModel(Database &db, QObject *parent)
    : PagedSqlTableModel(kPageSize, parent)
    , m_db(db)
{
    setColumns({
        { tr("URN"), [](const School &school) { return school.urn.toString(); } },
        { tr("Name"),
          [](const School &school) { return school.name; },
          {},
          [](const School &school) { return school.address(); } },
        { tr("Town"), [](const School &school) { return school.town; } },
        { tr("Postcode"), [](const School &school) { return school.postcode; } },
        { tr("Local authority"), [](const School &school) { return school.laName; } },
        { tr("Phase"), [](const School &school) { return school.phase; } },
        { tr("Status"), [](const School &school) { return school.status; } },
        { tr("Type"), [](const School &school) { return school.establishmentType; } },
    });
    // Counting every match is a second pass over 52,000 schools on a national register: while a
    // search is being typed the first page is enough, and the count follows when typing pauses.
    countAfterPause(kCountDelayMs);
    reloadOnChangesTo(m_db, { Entity::School }, [this] { refresh(); });
    reload();
}

QList<School> SchoolTableModel::read(const SchoolQuery &query) const
{
    return SchoolStore(m_db).list(query);
}

int SchoolTableModel::count(const SchoolQuery &query) const
{
    return SchoolStore(m_db).count(query);
}

bool SchoolTableModel::sortBy(SchoolQuery &query, int column) const
{
    using Sort = SchoolQuery::SortColumn;
    // The store does not sort by type.
    static const std::optional<Sort> kByColumn[ColumnCount]
        = { Sort::Urn,   Sort::Name,   Sort::Town,  Sort::Postcode, Sort::LocalAuthority,
            Sort::Phase, Sort::Status, std::nullopt };
    if (column < 0 || column >= ColumnCount || !kByColumn[column])
        return false;
    query.sortColumn = *kByColumn[column];
    return true;
}

QVariant SchoolTableModel::cellData(const School &row, int, int role) const
{
    return role == IdRole ? QVariant(row.id) : QVariant();
}

} // namespace hubreg::ui
