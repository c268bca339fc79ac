#include "PersonTableModel.h"

#include "store/Database.h"
#include "stores/SchoolStore.h"

namespace hubreg::ui {

PersonTableModel::PersonTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](Entity entity) {
        if (entity == Entity::Person || entity == Entity::School)
            reload();
    });
    reload();
}

void PersonTableModel::setQuery(const PersonQuery &query)
{
    m_query = query;
    reload();
}

void PersonTableModel::reload()
{
    beginResetModel();
    m_schoolNames.clear();
    m_rows = PersonStore(m_db).list(m_query);
    endResetModel();
}

const Person *PersonTableModel::personAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PersonTableModel::rowOf(RecordId personId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == personId)
            return row;
    }
    return -1;
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
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return role == SortRole ? person->sortName().toLower() : person->sortName();
        case Email:
            return person->email;
        case School:
            return schoolName(person->schoolId);
        case Role:
            return person->role;
        case Trn:
            return person->trn;
        case Lead:
            if (role == SortRole)
                return int(person->isWorkGroupLead) * 2 + int(person->isMasterySpecialist);
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
