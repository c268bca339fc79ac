#include "SchoolTableModel.h"

#include "database/Database.h"

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
    switch (column) {
    case Urn:
        query.sortColumn = Sort::Urn;
        return true;
    case Name:
        query.sortColumn = Sort::Name;
        return true;
    case Town:
        query.sortColumn = Sort::Town;
        return true;
    case Postcode:
        query.sortColumn = Sort::Postcode;
        return true;
    case LocalAuthority:
        query.sortColumn = Sort::LocalAuthority;
        return true;
    case Phase:
        query.sortColumn = Sort::Phase;
        return true;
    case Status:
        query.sortColumn = Sort::Status;
        return true;
    default:
        return false; // the store sorts by these columns only
    }
}

QVariant SchoolTableModel::cellData(const School &row, int, int role) const
{
    return role == IdRole ? QVariant(row.id) : QVariant();
}

} // namespace hubreg::ui
