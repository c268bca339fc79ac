#include "PersonTableModel.h"

#include "database/Database.h"
#include "records/SchoolStore.h"

namespace hubreg::ui {

PersonTableModel::PersonTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Person || change.entity == Entity::School)
            reload();
    });
    // No load here: the page sets its query first, so the people are read once.
}

void PersonTableModel::setQuery(const PersonQuery &query)
{
    m_query.text = query.text;
    m_query.schoolId = query.schoolId;
    m_query.leadsOnly = query.leadsOnly;
    m_query.includeErased = query.includeErased;
    reload();
}

void PersonTableModel::reload()
{
    beginResetModel();
    m_schoolNames.clear();
    PersonQuery first = m_query;
    first.offset = 0;
    first.limit = kPageSize;
    const PersonStore store(m_db);
    m_rows = store.list(first);
    m_total = m_rows.size() < kPageSize ? int(m_rows.size()) : store.count(first);
    endResetModel();
    emit totalCountChanged(m_total);
}

bool PersonTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void PersonTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    PersonQuery next = m_query;
    next.offset = int(m_rows.size());
    next.limit = kPageSize;
    const QList<Person> more = PersonStore(m_db).list(next);
    if (more.isEmpty()) {
        // Fewer people than were counted (erased meanwhile): stop asking for more.
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void PersonTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = PersonQuery::SortColumn;
    static const Sort kByColumn[ColumnCount]
        = { Sort::Name, Sort::Email, Sort::School, Sort::Role, Sort::Trn, Sort::Lead };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortColumn = kByColumn[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

const Person *PersonTableModel::personAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PersonTableModel::rowOf(RecordId personId)
{
    for (int row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
        }
        if (m_rows.at(row).id == personId)
            return row;
    }
}

QString PersonTableModel::schoolName(RecordId schoolId) const
{
    if (schoolId <= 0)
        return {};
    auto found = m_schoolNames.constFind(schoolId);
    if (found == m_schoolNames.cend()) {
        const auto school = SchoolStore(m_db).find(schoolId);
        found = m_schoolNames.insert(schoolId, school ? school->name : QString());
    }
    return found.value();
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    const Person *person = personAt(index.row());
    if (!person)
        return {};
    if (role == IdRole)
        return person->id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return person->sortName();
        case Email:
            return person->email;
        case School:
            return schoolName(person->schoolId);
        case Role:
            return person->role;
        case Trn:
            return person->trn;
        case Lead:
            if (person->isWorkGroupLead && person->isMasterySpecialist)
                return tr("Lead, Mastery Specialist");
            if (person->isWorkGroupLead)
                return tr("Work Group Lead");
            return person->isMasterySpecialist ? tr("Mastery Specialist") : QString();
        default:
            return {};
        }
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case School:
        return tr("School");
    case Role:
        return tr("Role");
    case Trn:
        return tr("TRN");
    case Lead:
        return tr("Leads");
    default:
        return {};
    }
}

} // namespace hubreg::ui
