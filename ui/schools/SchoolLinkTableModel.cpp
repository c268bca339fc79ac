#include "SchoolLinkTableModel.h"

#include "domain/Validation.h"
#include "records/SchoolStore.h"

namespace hubreg::ui {

SchoolLinkTableModel::SchoolLinkTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

void SchoolLinkTableModel::setSchool(hubreg::Urn urn)
{
    beginResetModel();
    m_rows.clear();
    const SchoolStore store(m_db);
    for (const SchoolLink &link : store.linksOf(urn)) {
        Row row;
        const bool fromThis = link.urn == urn;
        row.otherUrn = fromThis ? link.linkedUrn : link.urn;
        // A link read from the other school's side says the opposite of what it says here.
        row.predecessor = fromThis ? link.isPredecessor() : link.isSuccessor();
        row.linkType = link.linkType;
        row.date = link.establishedOn;
        const auto other = store.findByUrn(row.otherUrn);
        row.otherName = other ? other->name : (fromThis ? link.linkedName : QString());
        row.otherId = other ? other->id : 0;
        m_rows << row;
    }
    endResetModel();
}

int SchoolLinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchoolLinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolLinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SchoolIdRole)
        return row.otherId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Relation:
            return row.predecessor ? tr("Came from") : tr("Became");
        case Urn:
            return row.otherUrn.toString();
        case Name:
            return row.otherName;
        case LinkType:
            return row.linkType;
        case Date:
            return validation::formatUkDate(row.date);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && row.otherId == 0)
        return tr("Not in this file's school register");
    return {};
}

QVariant SchoolLinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Relation:
        return tr("Relation");
    case Urn:
        return tr("URN");
    case Name:
        return tr("School");
    case LinkType:
        return tr("GIAS link");
    case Date:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace hubreg::ui
